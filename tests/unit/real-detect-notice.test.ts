// Floors on the real development set (../shared/fixtures/real, read from there, never copied in):
// detection must be right on every page, and the notice fields right one by one, per document and
// overall, at the figures reached (42/42 pages, 237/237 fields). The gold of a traditional page
// holds only some fields; only those are compared, as ../shared/tools/score.mjs does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectNotice } from '../../lib/detect/detect-notice';
import { extractNoticeFields } from '../../lib/notice/extract-notice-fields';
import { foldText } from '../../lib/text/fold';

const REAL = resolve(__dirname, '../../../shared/fixtures/real');
const stems = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort() : [];
const FLOOR_FIELDS = 237;

interface Gold { detection: { isNotice: boolean }; notice?: Record<string, string | null> }

const norm = (v: unknown) => (v === undefined || v === '' ? null : typeof v === 'string' ? v.trim() : v);

describe.skipIf(stems.length === 0)('the real development set', () => {
  let right = 0;
  it.each(stems)('%s: detection and notice fields as the gold', (stem) => {
    const folded = foldText(readFileSync(join(REAL, `${stem}.txt`), 'utf8'));
    const gold = JSON.parse(readFileSync(join(REAL, `${stem}.gold.json`), 'utf8')) as Gold;
    const detection = detectNotice(folded);
    expect(detection.isNotice, detection.reasons.join('; ')).toBe(gold.detection.isNotice);
    if (!gold.notice) return;
    const got = extractNoticeFields(folded) as Record<string, string | null>;
    for (const [field, want] of Object.entries(gold.notice)) {
      expect(norm(got[field]), `${stem} ${field}`).toBe(norm(want));
      right++;
    }
  });

  it(`has every notice field right overall (${FLOOR_FIELDS})`, () => {
    expect(stems.length).toBe(42);
    expect(right).toBeGreaterThanOrEqual(FLOOR_FIELDS);
  });
});
