// The one definition of the single table: key attributes, GSIs and key formats. The CDK data stack and
// the local runtime both build the table from this module, so AWS and local cannot drift apart.

export const KEY = { pk: 'pk', sk: 'sk' } as const;
export const TTL_ATTRIBUTE = 'expiresAt';

export interface IndexSchema {
  name: string;
  partitionKey: string;
  sortKey: string;
}

/** Review queue: every item by status, newest first by publishedAt. Absent on records that are not items. */
export const STATUS_INDEX: IndexSchema = { name: 'gsi1-status', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' };
/** Monthly report: approved items by their entry's month, sorted by event date. Sparse: approved items only. */
export const MONTH_INDEX: IndexSchema = { name: 'gsi2-month', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' };
/** Search by source: every item by source id and publishedAt. */
export const SOURCE_INDEX: IndexSchema = { name: 'gsi3-source', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' };

export const INDEXES: readonly IndexSchema[] = [STATUS_INDEX, MONTH_INDEX, SOURCE_INDEX];

/** Every key attribute is a string. */
export const ATTRIBUTE_DEFINITIONS = [KEY.pk, KEY.sk, ...INDEXES.flatMap((i) => [i.partitionKey, i.sortKey])].map((name) => ({
  AttributeName: name,
  AttributeType: 'S' as const,
}));

export const ENTITY = {
  item: 'item',
  audit: 'audit',
  sourceState: 'source-state',
  note: 'note',
  take: 'take',
  urgentNotice: 'urgent-notice',
  gazetteerName: 'gazetteer-name',
  source: 'source',
  sourceAudit: 'source-audit',
} as const;

/** Bumped when the stored shape of an entity changes incompatibly. */
export const SCHEMA_VERSION = 1;

export const keys = {
  item: (id: string) => ({ [KEY.pk]: `ITEM#${id}`, [KEY.sk]: 'ITEM' }),
  audit: (itemId: string, at: string, unique: string) => ({ [KEY.pk]: `ITEM#${itemId}`, [KEY.sk]: `AUDIT#${at}#${unique}` }),
  auditPrefix: 'AUDIT#',
  note: (itemId: string, at: string, unique: string) => ({ [KEY.pk]: `ITEM#${itemId}`, [KEY.sk]: `NOTE#${at}#${unique}` }),
  notePrefix: 'NOTE#',
  /** Who is working on the item now: one record beside it, expired by TTL, never part of the item. */
  take: (itemId: string) => ({ [KEY.pk]: `ITEM#${itemId}`, [KEY.sk]: 'TAKE' }),
  /** Marks that the item's urgent notice went out, so a rerun or a retry does not send it again. */
  urgentNotice: (itemId: string) => ({ [KEY.pk]: `ITEM#${itemId}`, [KEY.sk]: 'URGENT' }),
  gazetteerName: (kind: string, id: string) => ({ [KEY.pk]: 'GAZETTEER', [KEY.sk]: `${kind.toUpperCase()}#${id}` }),
  gazetteerPartition: 'GAZETTEER',
  sourceState: (sourceId: string) => ({ [KEY.pk]: 'SOURCES', [KEY.sk]: `SOURCE#${sourceId}` }),
  sourcesPartition: 'SOURCES',
  /** Source records (what to poll, as staff manage it) in their own partition, listed by one Query. */
  sourceRecord: (sourceId: string) => ({ [KEY.pk]: 'SOURCE-RECORDS', [KEY.sk]: `SOURCE#${sourceId}` }),
  sourceRecordsPartition: 'SOURCE-RECORDS',
  sourceAudit: (sourceId: string, at: string, unique: string) => ({ [KEY.pk]: `SOURCE-AUDIT#${sourceId}`, [KEY.sk]: `AUDIT#${at}#${unique}` }),
  sourceAuditPartition: (sourceId: string) => `SOURCE-AUDIT#${sourceId}`,
  statusPartition: (status: string) => `STATUS#${status}`,
  monthPartition: (month: string) => `MONTH#${month}`,
  sourcePartition: (sourceId: string) => `SOURCE#${sourceId}`,
};

/** The CreateTable input, shared by the local runtime (the CDK stack maps the same fields). */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: ATTRIBUTE_DEFINITIONS,
    KeySchema: [
      { AttributeName: KEY.pk, KeyType: 'HASH' as const },
      { AttributeName: KEY.sk, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: INDEXES.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
