// The lint rules that guard the HTML sinks, eval and the pure core, run through ESLint's Node API
// on planted snippets: each forbidden construct must be an error under the repository's own
// eslint.config.js, so a rule cannot be weakened or dropped without this test failing.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const PAGE = 'entrypoints/content/planted.ts';
const UI = 'components/planted.tsx';
const LIB = 'lib/collection/planted.ts';

const FORBIDDEN: [construct: string, file: string, code: string, rule: string][] = [
  ['innerHTML = text', PAGE, 'export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'no-unsanitized/property'],
  ['innerHTML = literal', PAGE, "export const f = (el: Element) => { el.innerHTML = '<b>x</b>'; };", 'no-restricted-properties'],
  ['innerHTML += text', PAGE, 'export const f = (el: Element, s: string) => { el.innerHTML += s; };', 'no-unsanitized/property'],
  ['outerHTML = text', PAGE, 'export const f = (el: Element, s: string) => { el.outerHTML = s; };', 'no-unsanitized/property'],
  ['insertAdjacentHTML(text)', PAGE, "export const f = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);", 'no-unsanitized/method'],
  ['insertAdjacentHTML(literal)', PAGE, "export const f = (el: Element) => el.insertAdjacentHTML('beforeend', '<i>');", 'no-restricted-properties'],
  ['document.write(text)', PAGE, 'export const f = (s: string) => document.write(s);', 'no-unsanitized/method'],
  ['document.write(literal)', PAGE, "export const f = () => document.write('<p>');", 'no-restricted-properties'],
  ['document.writeln', PAGE, "export const f = () => document.writeln('<p>');", 'no-restricted-properties'],
  ['dangerouslySetInnerHTML in JSX', UI, 'export const C = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;', 'no-restricted-syntax'],
  ['dangerouslySetInnerHTML as a prop object', UI, "import { createElement } from 'react';\nexport const C = (s: string) => createElement('div', { dangerouslySetInnerHTML: { __html: s } });", 'no-restricted-syntax'],
  ['eval', PAGE, 'export const f = (s: string) => eval(s);', 'no-eval'],
  ['setTimeout with a string', PAGE, "export const f = () => setTimeout('alert(1)', 0);", 'no-implied-eval'],
  ['window.setInterval with a string', PAGE, "export const f = () => window.setInterval('alert(1)', 9);", 'no-implied-eval'],
  ['new Function', PAGE, "export const f = new Function('a', 'return a');", 'no-new-func'],
  ['Function(...)', PAGE, "export const f = Function('return 1');", 'no-new-func'],
  // eslint-disable-next-line no-script-url -- the planted snippet is text to lint, never run
  ['javascript: URL', PAGE, "export const u = 'javascript:alert(1)';", 'no-script-url'],
  ...['document', 'window', 'browser', 'chrome', 'navigator', 'crypto'].map(
    (name): [string, string, string, string] => [`lib/ using ${name}`, LIB, `export const f = () => String(${name});`, 'no-restricted-globals'],
  ),
  ['lib/ using globalThis.navigator', LIB, 'export const f = () => String(globalThis.navigator);', 'no-restricted-properties'],
  ['lib/ using self.crypto', LIB, 'export const f = () => String(self.crypto);', 'no-restricted-properties'],
  ...['wxt/browser', '#imports', 'webextension-polyfill', 'wxt/utils/storage', 'dexie', 'dexie-react-hooks'].map(
    (mod): [string, string, string, string] => [`lib/ importing ${mod}`, LIB, `import * as m from '${mod}';\nexport const f = () => m;`, 'no-restricted-imports'],
  ),
  ['lib/db/ importing wxt/browser', 'lib/db/planted.ts', "import { browser } from 'wxt/browser';\nexport const f = () => browser;", 'no-restricted-imports'],
];

const ALLOWED: [what: string, file: string, code: string][] = [
  ['textContent from page text', PAGE, 'export const f = (el: Element, s: string) => { el.textContent = s; };'],
  ['lib/db/ importing dexie', 'lib/db/planted.ts', "import Dexie from 'dexie';\nexport const f = () => Dexie;"],
  ['an entrypoint using browser and document', 'entrypoints/background.ts', "import { browser } from 'wxt/browser';\nexport const f = () => [browser.runtime.id, document.title, crypto.randomUUID()];"],
  ['lib/ naming a local "window"', LIB, 'export const f = (text: string) => { const window = text.slice(0, 3); return window; };'],
];

// The first lint of a run loads typescript-eslint and the config: slow on a loaded machine.
const LINT_TIMEOUT = 60_000;

describe('eslint.config.js', () => {
  it.each(FORBIDDEN)('%s is an error', async (_construct, file, code, rule) => {
    expect(await errors(file, code)).toContain(rule);
  }, LINT_TIMEOUT);

  it.each(ALLOWED)('%s passes', async (_what, file, code) => {
    expect(await errors(file, code)).toEqual([]);
  }, LINT_TIMEOUT);
});
