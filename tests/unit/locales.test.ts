// The locale files agree (every key in every locale), zh_TW.yml and the runtime message table are
// what `npm run locales` writes from them, and no component renders a string of its own: JSX text
// and user-facing attributes in components/**/*.tsx and entrypoints/**/*.tsx must come from t().
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { flatMessages, isContentKey, localeMessagesJson, makeZhTw, UI_LOCALES, type UiLocale } from '../../scripts/lib/locale-build';
import { repoRoot } from '../../scripts/lib/paths';
import { UI_LOCALES as RUNTIME_LOCALES } from '../../components/ui-language';

const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');
const yaml: Record<UiLocale, string> = { en: read('locales/en.yml'), zh_CN: read('locales/zh_CN.yml'), zh_TW: read('locales/zh_TW.yml') };
const flat = Object.fromEntries(UI_LOCALES.map((l) => [l, flatMessages(yaml[l])])) as Record<UiLocale, Record<string, string>>;
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort().join(',');

describe('locale files', () => {
  it('the script builds the locales the UI offers', () => expect([...UI_LOCALES]).toEqual([...RUNTIME_LOCALES]));

  for (const a of UI_LOCALES) {
    for (const b of UI_LOCALES) {
      if (a === b) continue;
      it(`${a} has every key of ${b}`, () => {
        expect(Object.keys(flat[b]).filter((k) => !(k in flat[a]))).toEqual([]);
      });
    }
  }

  it('a message has the same $n placeholders in every locale', () => {
    const bad = Object.keys(flat.en).filter((k) => UI_LOCALES.some((l) => k in flat[l] && placeholders(flat[l][k]!) !== placeholders(flat.en[k]!)));
    expect(bad).toEqual([]);
  });

  it('zh_TW.yml is what `npm run locales` writes from zh_CN.yml', () => {
    expect(yaml.zh_TW).toBe(makeZhTw(yaml.zh_CN));
  });

  it('components/locale-messages(.content).json are what `npm run locales` writes', () => {
    expect(read('components/locale-messages.json')).toBe(localeMessagesJson(yaml, 'pages'));
    expect(read('components/locale-messages.content.json')).toBe(localeMessagesJson(yaml, 'content'));
  });

  // The content script loads only the content sections (components/i18n-content.ts).
  it.each(['entrypoints/content/lens-ui.ts', 'entrypoints/content/lens.ts', 'entrypoints/content/fact-card-model.ts', 'entrypoints/content/frame-messaging.ts', 'components/ui-figures.ts'])(
    '%s uses only keys of the content sections, all of them defined',
    (file) => {
      const keys = [...read(file).matchAll(/(?:i18n\.t|translate)\((?:[\w.]+(?:\(\))?, )?'([\w.]+)'/g)].map((m) => m[1]!);
      const unitKeys = [...read(file).matchAll(/'(units\.\w+)'/g)].map((m) => m[1]!);
      expect(keys.length + unitKeys.length).toBeGreaterThan(0);
      expect([...keys, ...unitKeys].filter((k) => !isContentKey(k) || !(k in flat.en))).toEqual([]);
    },
  );

  it('the conversion is deterministic and keeps the structure', () => {
    expect(makeZhTw(yaml.zh_CN)).toBe(makeZhTw(yaml.zh_CN));
    expect(Object.keys(flatMessages(makeZhTw(yaml.zh_CN)))).toEqual(Object.keys(flat.zh_CN));
  });

  it.each([
    ['发布日期', '發布日期'],
    ['代码', '代碼'],
    ['保存', '儲存'],
    ['文件', '文件'],
  ])('zh_TW says %s as %s', (cn, tw) => {
    expect(makeZhTw(`k: ${cn}`)).toContain(`k: ${tw}`);
  });
});

// Attributes a user reads or hears.
const TEXT_ATTRIBUTES = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label', 'aria-description', 'aria-placeholder']);
/** Strings with no word in them: punctuation, digits, symbols, emoji. */
const NO_WORDS = /^[\s\p{P}\p{S}\p{N}\p{Emoji_Presentation}\p{Extended_Pictographic}]*$/u;

function tsxFiles(dir: string): string[] {
  const abs = path.join(repoRoot, dir);
  return readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}

/** Every hard-coded user-facing string in a .tsx file: "file:line text". */
export function hardCodedStrings(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (NO_WORDS.test(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push(`${file}:${line + 1} ${text.trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))) {
        report(init.expression, init.expression.text);
      }
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) && node.expression) {
      // {'text'} as a child is a hard-coded string too.
      const e = node.expression;
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no hard-coded UI strings', () => {
  it('the scanner finds text, attributes and string children, and lets symbols through', () => {
    const src = `const a = <div title="Close" aria-label={'Shut'}>Hello {'there'} <b>→ 3 / 4 ✓</b>{i18n.t('x')}<i placeholder="…" /></div>;`;
    expect(hardCodedStrings('x.tsx', src).map((s) => s.replace(/^x\.tsx:\d+ /, ''))).toEqual(['Close', 'Shut', 'Hello', 'there']);
  });

  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints')];
  it('finds the .tsx files', () => expect(files.length).toBeGreaterThan(5));
  it.each(files)('%s renders only locale strings', (file) => {
    expect(hardCodedStrings(file, read(file))).toEqual([]);
  });
});
