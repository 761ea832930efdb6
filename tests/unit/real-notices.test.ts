// Floors on the real published notices of ../shared/fixtures/real (read from there, never copied)
// and the seed notices: facts scored as the multiset of (code, value) like ../shared/tools/score.mjs,
// notice fields one by one, detection exactly. Each floor sits at the figure reached, so a rule
// change that loses a fact or a field anywhere fails here; the figures are printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const SHARED = join(__dirname, '../../../shared/fixtures');
const FIELDS = ['issuer', 'inspectedUnit', 'inspectionBody', 'inspectionType', 'inspectionStart', 'inspectionEnd', 'feedbackDate', 'publishedDate'] as const;
/** Overall floors: facts precision and recall, notice fields right (of those the gold names). */
const FLOORS = { real: { P: 1, R: 1, fields: 237 }, seeds: { P: 1, R: 1, fields: 24 } };

interface Gold {
  detection: { isNotice: boolean };
  notice?: Record<string, string | null>;
  facts?: { code: string; value: number | null }[];
}

const key = (f: { code: string; value: number | null }) => `${f.code}=${f.value ?? 'null'}`;
function tally(facts: { code: string; value: number | null }[]) {
  const m = new Map<string, number>();
  for (const f of facts) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

function scoreSet(dir: string) {
  const stems = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.replace(/\.gold\.json$/, '')).sort();
  return stems.map((stem) => {
    const gold = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8')) as Gold;
    const out = extract(readFileSync(join(dir, `${stem}.txt`), 'utf8'), { source: stem });
    const g = tally(gold.facts ?? []);
    const p = tally(out.detection.isNotice ? out.facts : []);
    let tp = 0;
    for (const [k, n] of g) tp += Math.min(n, p.get(k) ?? 0);
    const predicted = [...p.values()].reduce((a, b) => a + b, 0);
    const wanted = (gold.facts ?? []).length;
    const named = FIELDS.filter((f) => gold.notice && f in gold.notice);
    const right = named.filter((f) => (gold.notice![f] ?? null) === (out.notice[f] ?? null)).length;
    return { stem, gold, out, tp, fp: predicted - tp, fn: wanted - tp, right, named: named.length };
  });
}

describe.each([
  ['real', join(SHARED, 'real')],
  ['seeds', SHARED],
] as const)('%s notices', (set, dir) => {
  const rows = scoreSet(dir);
  const floors = FLOORS[set];

  it.each(rows.map((r) => [r.stem, r] as const))('%s: detection, facts and fields at their floors', (stem, r) => {
    expect(r.out.detection.isNotice, `${stem} detection`).toBe(r.gold.detection.isNotice);
    if (!r.gold.detection.isNotice) return;
    expect({ fp: r.fp, fn: r.fn }, `${stem} facts`).toEqual({ fp: 0, fn: 0 });
    expect(r.right, `${stem} notice fields`).toBe(r.named);
  });

  it('overall floors', () => {
    const t = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn, right: a.right + r.right, named: a.named + r.named }), { tp: 0, fp: 0, fn: 0, right: 0, named: 0 });
    const P = t.tp / Math.max(1, t.tp + t.fp);
    const R = t.tp / Math.max(1, t.tp + t.fn);
    console.log(`${set}: facts P=${P.toFixed(3)} R=${R.toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}); notice fields ${t.right}/${t.named}`);
    expect(P).toBeGreaterThanOrEqual(floors.P);
    expect(R).toBeGreaterThanOrEqual(floors.R);
    expect(t.right).toBeGreaterThanOrEqual(floors.fields);
  });
});
