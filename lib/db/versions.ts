// Every schema version of the database, oldest first. A bump appends an entry (never edits an
// old one) and adds a case to tests/unit/db-migrations.test.ts: open old, seed, open new, assert.
import type { Transaction } from 'dexie';
import { trustedCanonicalUrl } from '../identity/trusted-canonical';

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
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
