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
const TRADITIONAL = resolve(__dirname, '../fixtures/traditional');
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

describe('pages written in traditional characters (tests/fixtures/traditional)', () => {
  const read = (f: string) => readFileSync(join(TRADITIONAL, f), 'utf8');

  it('a notice with Hong Kong variants (衞, 發佈): detected, fields in simplified', () => {
    const folded = foldText(read('notice-hk-variants.txt'));
    expect(detectNotice(folded).isNotice).toBe(true);
    expect(extractNoticeFields(folded)).toEqual({
      title: '中共某某市某某区委关于巡察整改进展情况的通报',
      issuer: '中共某某市某某区卫生健康局党组',
      inspectedUnit: '某某市某某区卫生健康局党组',
      inspectionBody: '市委第三巡察组',
      inspectionType: '巡察',
      inspectionStart: '2022-11-07',
      inspectionEnd: '2023-01-06',
      feedbackDate: '2023-03-02',
      publishedDate: '2023-08-14',
    });
    const pairs = extract(read('notice-hk-variants.txt')).facts.map((f) => `${f.code}=${f.value}`);
    expect(pairs).toEqual(expect.arrayContaining(['party_discipline=4', 'party_warning=3', 'admonishment=3']));
  });

  it('news of an inspection team arriving is not a notice', () => {
    expect(detectNotice(foldText(read('near-miss-arrival.txt'))).isNotice).toBe(false);
  });
});
