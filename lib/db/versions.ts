// Every schema version of the database, oldest first. A bump appends an entry (never edits an
// old one) and adds a case to tests/unit/db-migrations.test.ts: open old, seed, open new, assert.
import type { Transaction } from 'dexie';
import { trustedCanonicalUrl } from '../identity/trusted-canonical';
import { rebuildSummaries, type SummaryTables } from './refresh-summary';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows written by the previous version; absent when only indexes changed. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

const V1_STORES = {
  notices: '++id, url, canonicalUrl, textHash, savedAt, updatedAt',
  facts: '++id, noticeId, code',
};

const V3_STORES = {
  notices: '++id, url, canonicalUrl, textHash, savedAt, updatedAt, engineVersion',
  facts: '++id, noticeId, code',
  // A researcher's corrections, tags and note: apart from what was extracted (lib/db/annotation-schema.ts).
  corrections: '++id, noticeId, factId',
  annotations: 'noticeId, *tags',
  // The flattened text of each notice, compressed (lib/db/archive-schema.ts).
  archives: 'noticeId',
  // Derived, small rows for views at scale: one per notice, indexed for every filter and sort.
  summaries: 'noticeId, savedAt, updatedAt, year, issuer, inspectionBody, inspectionType, province, divisionCode, host, *codes, *tags, warningCount',
  stats: 'key',
  // List-page collection: runs and their queue, so a run resumes after a restart.
  collectRuns: '++id, status, createdAt',
  collectItems: '++id, runId, [runId+status], [runId+seq], url',
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  {
    // v2: a canonical URL is believed only on the page's own site. v1 stored whatever the page
    // declared, so a row could carry another site's URL; it gets its own page URL back. The
    // optional textSignature field needs no index.
    version: 2,
    stores: V1_STORES,
    upgrade: async (tx) => {
      await tx
        .table('notices')
        .toCollection()
        .modify((row: { url: string; canonicalUrl: string }) => {
          const trusted = trustedCanonicalUrl(row.url, row.canonicalUrl);
          if (trusted !== row.canonicalUrl) row.canonicalUrl = trusted;
        });
    },
  },
  {
    // v3: the workspace tables. Existing notices get their summaries and the collection totals;
    // nothing of theirs is rewritten (engineVersion stays absent: unknown engine, no archive).
    version: 3,
    stores: V3_STORES,
    upgrade: async (tx) => {
      const tables = Object.fromEntries(
        ['notices', 'facts', 'corrections', 'annotations', 'summaries', 'stats'].map((n) => [n, tx.table(n)]),
      ) as unknown as SummaryTables;
      await rebuildSummaries(tables);
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
