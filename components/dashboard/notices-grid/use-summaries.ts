// The grid's reads: the summary rows a filter can keep (through one index when the filter names
// an indexed field, else the whole summaries table — small rows, fine at 10,000), the filter's
// choices from the indexes' keys alone, and the collection's size. Never the notices or facts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { filterOptions, filterSummaries, indexedRange, inVocabularyOrder, type FilterOptions, type IndexedRange, type SummaryFilter } from '@/lib/collection/summary-filter';
import type { RectifyLensDb, SummaryRow } from '@/lib/db';
import { getDb } from '@/entrypoints/background/database';

function readRange(db: RectifyLensDb, r: IndexedRange | null): Promise<SummaryRow[]> {
  const t = db.summaries;
  if (!r) return t.toArray();
  if ('equals' in r) return t.where(r.index).equals(r.equals).toArray();
  if ('between' in r) return t.where('year').between(r.between[0], r.between[1], true, true).toArray();
  return t.where('warningCount').above(r.above).toArray();
}

const zh = new Intl.Collator('zh-Hans-CN');

async function indexedChoices(db: RectifyLensDb): Promise<Omit<FilterOptions, 'cities'>> {
  const keys = async (index: string) => ((await db.summaries.orderBy(index).uniqueKeys()) as string[]).filter(Boolean).sort(zh.compare);
  const [issuers, bodies, provinces, tags, codes, years] = await Promise.all([
    keys('issuer'), keys('inspectionBody'), keys('province'), keys('tags'), keys('codes'),
    db.summaries.orderBy('year').uniqueKeys() as Promise<number[]>,
  ]);
  return { issuers, bodies, provinces, tags, codes, years };
}

export interface Summaries {
  /** undefined while loading. */
  rows: SummaryRow[] | undefined;
  total: number | undefined;
  options: FilterOptions;
}

const NO_OPTIONS: FilterOptions = { issuers: [], bodies: [], provinces: [], cities: [], tags: [], codes: [], years: [] };

export function useSummaries(filter: SummaryFilter): Summaries {
  const range = indexedRange(filter);
  const rangeKey = JSON.stringify(range);
  const base = useLiveQuery(() => readRange(getDb(), range), [rangeKey]);
  const total = useLiveQuery(() => getDb().summaries.count(), []);
  const choices = useLiveQuery(() => indexedChoices(getDb()), []);
  const rows = useMemo(() => (base ? filterSummaries(base, filter) : undefined), [base, filter]);
  const options = useMemo<FilterOptions>(() => {
    if (!choices) return NO_OPTIONS;
    // Codes in vocabulary order, and the cities of the rows read (no city index).
    return { ...choices, codes: inVocabularyOrder(choices.codes), cities: base ? filterOptions(base).cities : [] };
  }, [choices, base]);
  return { rows, total, options };
}

