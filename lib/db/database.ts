// The one IndexedDB database of the extension. It lives in the extension origin (background,
// popup, dashboard); content scripts never open it, they send records by message. Each context
// opens its handle in its entrypoint (entrypoints/background/database.ts); lib/ takes it as a
// parameter.
import Dexie, { type EntityTable } from 'dexie';
import type { AnnotationRow, CorrectionRow } from './annotation-schema';
import type { ArchiveRow } from './archive-schema';
import type { CollectItemRow, CollectRunRow } from './collect-schema';
import type { FactRow, NoticeRow } from './schema';
import type { StatsRow, SummaryRow } from './summary-schema';
import { SCHEMA_VERSIONS, type SchemaVersion } from './versions';

export const DB_NAME = 'rectify-lens';

export class RectifyLensDb extends Dexie {
  notices!: EntityTable<NoticeRow, 'id'>;
  facts!: EntityTable<FactRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;
  annotations!: EntityTable<AnnotationRow, 'noticeId'>;
  archives!: EntityTable<ArchiveRow, 'noticeId'>;
  summaries!: EntityTable<SummaryRow, 'noticeId'>;
  stats!: EntityTable<StatsRow, 'key'>;
  collectRuns!: EntityTable<CollectRunRow, 'id'>;
  collectItems!: EntityTable<CollectItemRow, 'id'>;

  /** `upTo` opens the database as an older version declared it (migration tests only). */
  constructor(name = DB_NAME, upTo?: number) {
    super(name);
    declareVersions(this, SCHEMA_VERSIONS.filter((v) => upTo === undefined || v.version <= upTo));
  }
}

function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
