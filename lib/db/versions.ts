// Every schema version of the database, oldest first. A bump appends an entry (never edits an
// old one) and adds a case to tests/unit/db-migrations.test.ts: open old, seed, open new, assert.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows written by the previous version; absent when only indexes changed. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      notices: '++id, url, canonicalUrl, textHash, savedAt, updatedAt',
      facts: '++id, noticeId, code',
    },
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
