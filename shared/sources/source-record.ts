// A source as staff manage it: a catalog definition stored in the table, plus what the table adds
// (enabled, version, who changed it last, which catalog definition it was seeded from). Pure: no I/O.
import { createHash } from 'node:crypto';
import { SOURCE_TYPES, type SourceDefinition, type SourceGroup } from './catalog';

/** The closed lists a source's kind and group come from (the API validates against them, the page offers them). */
export const SOURCE_KINDS = SOURCE_TYPES;
export const SOURCE_GROUPS = ['national', 'business', 'international', 'state', 'regional', 'monitor', 'courts', 'search'] as const satisfies readonly SourceGroup[];

export interface SourceRecord extends SourceDefinition {
  /** Paused sources stay listed with their history but are never polled. */
  enabled: boolean;
  /** Optimistic-lock counter, starts at 1, +1 on every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Seeded from the built-in catalog, or added by a reviewer. */
  origin: 'catalog' | 'staff';
  /** Fingerprint of the catalog definition this record was seeded from or last applied; absent when staff added it. */
  catalogFingerprint?: string;
  /** A reviewer changed what the source is (not only paused or resumed it) since it was seeded or applied. */
  editedByStaff?: boolean;
  /** When someone last confirmed the source works (yyyy-mm-dd or an ISO instant). */
  lastVerifiedAt?: string;
}

/** What a source is, as opposed to its state in the table: the fields a catalog entry or a reviewer sets. */
export const DEFINITION_FIELDS = [
  'name',
  'kind',
  'url',
  'language',
  'group',
  'parser',
  'pollMinutes',
  'expectsItems',
  'maxSilenceHours',
  'verified',
  'note',
  'evidence',
  'maxPages',
  'fetchDetails',
  'settings',
] as const satisfies readonly (keyof SourceRecord)[];

export type DefinitionField = (typeof DEFINITION_FIELDS)[number];

export type SourceAction = 'seed' | 'create' | 'edit' | 'pause' | 'resume' | 'apply-catalog';

export interface SourceAuditRecord {
  sourceId: string;
  at: string;
  actor: string;
  action: SourceAction;
  fromVersion?: number;
  toVersion: number;
  /** Field-level before/after of what changed. */
  changes?: Record<string, { before: unknown; after: unknown }>;
  note?: string;
}

/** JSON with object keys sorted, so equal definitions give equal text whatever order their fields were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The definition fields of a source, the ones it has. */
export function definitionFields(source: Partial<SourceDefinition>): Partial<Pick<SourceRecord, DefinitionField>> {
  const picked: Record<string, unknown> = {};
  for (const field of DEFINITION_FIELDS) if ((source as Record<string, unknown>)[field] !== undefined) picked[field] = (source as Record<string, unknown>)[field];
  return picked as Partial<Pick<SourceRecord, DefinitionField>>;
}

/** Tells whether the code's definition of a source changed since a record was seeded from it. */
export function catalogFingerprint(definition: SourceDefinition): string {
  return createHash('sha256').update(canonicalJson({ id: definition.id, ...definitionFields(definition) })).digest('hex').slice(0, 16);
}

/** Version 1 of a source record. Catalog sources start enabled; so do sources a reviewer adds (they can pause them). */
export function newSourceRecord(definition: SourceDefinition, options: { at: string; actor: string; origin: SourceRecord['origin']; enabled?: boolean }): SourceRecord {
  return {
    id: definition.id,
    ...(definitionFields(definition) as Pick<SourceRecord, DefinitionField>),
    enabled: options.enabled ?? true,
    version: 1,
    createdAt: options.at,
    updatedAt: options.at,
    updatedBy: options.actor,
    origin: options.origin,
    ...(options.origin === 'catalog' ? { catalogFingerprint: catalogFingerprint(definition) } : {}),
  };
}

/** The catalog's definition differs from the one the record was seeded from or last applied (or it never was). */
export function catalogDiffers(record: SourceRecord, catalogEntry: SourceDefinition | undefined): boolean {
  return catalogEntry !== undefined && record.catalogFingerprint !== catalogFingerprint(catalogEntry);
}

export interface SeedPlan {
  /** Catalog sources the table lacks: inserted. */
  insert: SourceDefinition[];
  /** Stored sources whose catalog definition changed: left alone, shown as "catalog differs". */
  differs: string[];
  /** Stored sources that match their catalog definition. */
  unchanged: string[];
}

/** What seeding does: inserts what is missing and never touches a stored source. */
export function planSeed(catalog: readonly SourceDefinition[], stored: readonly SourceRecord[]): SeedPlan {
  const byId = new Map(stored.map((record) => [record.id, record]));
  const plan: SeedPlan = { insert: [], differs: [], unchanged: [] };
  for (const entry of catalog) {
    const record = byId.get(entry.id);
    if (!record) plan.insert.push(entry);
    else if (catalogDiffers(record, entry)) plan.differs.push(entry.id);
    else plan.unchanged.push(entry.id);
  }
  return plan;
}

/**
 * The changes that make a record what the catalog says it is. Fields the catalog entry leaves out
 * are removed (null), so an applied record equals the code's definition; enabled is kept.
 */
export function catalogChanges(record: SourceRecord, entry: SourceDefinition): Record<string, unknown> {
  const wanted = definitionFields(entry) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const field of DEFINITION_FIELDS) {
    if (wanted[field] !== undefined) changes[field] = wanted[field];
    else if ((record as unknown as Record<string, unknown>)[field] !== undefined) changes[field] = null;
  }
  changes.catalogFingerprint = catalogFingerprint(entry);
  changes.editedByStaff = null;
  return changes;
}

/** The sources a run polls: enabled ones only. */
export function enabledSources(records: readonly SourceRecord[]): SourceRecord[] {
  return records.filter((record) => record.enabled);
}

/** Hours since `since`, whole, or undefined without a time. */
export function hoursSince(since: string | undefined, now: Date): number | undefined {
  if (!since) return undefined;
  const at = Date.parse(since);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.floor((now.getTime() - at) / 3_600_000));
}
