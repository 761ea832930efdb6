// Traditional-character pages: the fixtures converted at test time with opencc-js (cn→t, and
// cn→tw for Taiwan variants) must fold to the same length and give the same detection, notice
// fields and facts as the simplified originals.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../lib/detect/detect-notice';
import { extract } from '../../lib/extract';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { foldText, isTraditional } from '../../lib/text/fold';

const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
const NEAR_MISSES = resolve(__dirname, '../fixtures/near-misses');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const simplified = new Map(fixtures.map((f) => [f, readFileSync(join(FIXTURES, f), 'utf8')]));

describe.each([
  ['cn→t', toTraditional],
  ['cn→tw', toTaiwan],
])('fixtures in traditional characters (%s)', (_name, convert) => {
  const cases = fixtures.map((f) => {
    const text = simplified.get(f)!;
    return [f, text, convert(text)] as const;
  });

  it.each(cases)('%s: converted, folded back to the same length', (_f, text, traditional) => {
    expect(traditional).not.toBe(text);
    expect(isTraditional(traditional)).toBe(true);
    expect(isTraditional(text)).toBe(false);
    const folded = foldText(traditional);
    expect(folded.length).toBe(traditional.length);
    // OpenCC's round trip is not perfect (著/着 in Taiwan usage), but nearly.
    let differing = 0;
    for (let i = 0; i < text.length; i++) if (folded[i] !== text[i]) differing++;
    expect(differing).toBeLessThan(text.length / 500);
  });

  it.each(cases)('%s: same detection and notice fields', (_f, text, traditional) => {
    expect(detectNotice(foldText(traditional))).toEqual(detectNotice(foldText(text)));
    expect(extractNoticeFields(foldText(traditional))).toEqual(extractNoticeFields(foldText(text)));
  });

  it.each(cases)('%s: same facts (code, value) from the whole pipeline', (_f, text, traditional) => {
    const pairs = (t: string) => extract(t).facts.map((f) => `${f.code}=${f.value}`).sort();
    expect(pairs(traditional)).toEqual(pairs(text));
  });
});

describe('near misses in traditional characters', () => {
  const files = readdirSync(NEAR_MISSES).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('%s stays a near miss', (f) => {
    const text = readFileSync(join(NEAR_MISSES, f), 'utf8');
    const d = detectNotice(foldText(toTraditional(text)));
    expect(d.isNotice).toBe(false);
    expect(d.score).toBe(detectNotice(foldText(text)).score);
  });
});
