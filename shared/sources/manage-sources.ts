// The source use cases: seeding the table from the built-in catalog, reading what to poll, and the one
// write path of a source record (read, check the version the writer saw, write the whole record with one
// conditional Put, append the audit record) behind add, edit, pause, resume and "apply catalog".
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import { staleVersionError } from '../ports/item-repository';
import type { SourceRepository } from '../ports/source-repository';
import { changedItem, diffChanges } from '../review/apply-change';
import { CATALOG, type SourceDefinition } from './catalog';
import {
  catalogChanges,
  definitionFields,
  enabledSources,
  newSourceRecord,
  planSeed,
  type SourceAction,
  type SourceRecord,
} from './source-record';
import { assertUsableSource } from './source-validation';

export interface SourceDependencies {
  sources: SourceRepository;
  now: () => Date;
}

/** Who seeds on deploy: the scheduled dispatch. */
export const SEED_ACTOR = 'system:seed';

export interface SeedResult {
  inserted: string[];
  /** Stored sources whose catalog definition changed: not overwritten, shown as "catalog differs". */
  differs: string[];
  /** Sources `--update` applied the catalog's definition to. */
  updated: string[];
  unchanged: number;
}

/**
 * Inserts the catalog sources the table lacks (each by a conditional Put on absence, so two seeds at
 * once insert each source once) and never overwrites a stored one; `update` names sources whose
 * stored record is to take the catalog's definition now.
 */
export async function seedSources(
  deps: SourceDependencies,
  input: { actor: string; catalog?: readonly SourceDefinition[]; update?: string[]; stored?: SourceRecord[] },
): Promise<SeedResult> {
  const catalog = input.catalog ?? CATALOG;
  const unknown = (input.update ?? []).filter((id) => !catalog.some((entry) => entry.id === id));
  if (unknown.length) throw new ValidationError(`not in the built-in catalog: ${unknown.join(', ')}`);
  const stored = input.stored ?? (await deps.sources.list());
  const plan = planSeed(catalog, stored);
  const at = deps.now().toISOString();
  const result: SeedResult = { inserted: [], differs: [], updated: [], unchanged: plan.unchanged.length };
  for (const entry of plan.insert) {
    const record = newSourceRecord(entry, { at, actor: input.actor, origin: 'catalog' });
    if ((await deps.sources.createIfAbsent(record)) !== 'stored') continue;
    result.inserted.push(entry.id);
    await deps.sources.appendAudit({ sourceId: entry.id, at, actor: input.actor, action: 'seed', toVersion: 1, note: 'from the built-in catalog' });
  }
  const byId = new Map(stored.map((record) => [record.id, record]));
  for (const id of plan.differs) {
    const record = byId.get(id)!;
    if (!input.update?.includes(id)) {
      result.differs.push(id);
      continue;
    }
    await applyCatalogDefinition(deps, { id, version: record.version, actor: input.actor, catalog });
    result.updated.push(id);
  }
  return result;
}

/**
 * The stored sources, seeding the catalog first: `missing` inserts whatever the table lacks (the
 * scheduled dispatch, so a deploy's new catalog entries appear on its first tick), `if-empty` only
 * seeds a table without any source (the CLI and the page on a fresh stack).
 */
export async function readSources(
  deps: SourceDependencies,
  input: { seed: 'missing' | 'if-empty'; actor?: string; catalog?: readonly SourceDefinition[] },
): Promise<SourceRecord[]> {
  const stored = await deps.sources.list();
  const needsSeed = input.seed === 'missing' ? planSeed(input.catalog ?? CATALOG, stored).insert.length > 0 : stored.length === 0;
  if (!needsSeed) return stored;
  await seedSources(deps, { actor: input.actor ?? SEED_ACTOR, catalog: input.catalog, stored });
  return deps.sources.list();
}

/** The enabled sources, what a run polls. */
export async function sourcesToPoll(deps: SourceDependencies, input: { seed: 'missing' | 'if-empty'; actor?: string; catalog?: readonly SourceDefinition[] }): Promise<SourceRecord[]> {
  return enabledSources(await readSources(deps, input));
}

export async function loadSource(deps: SourceDependencies, id: string): Promise<SourceRecord> {
  const record = await deps.sources.get(id);
  if (!record) throw new NotFoundError(`source ${id} not found`);
  return record;
}

export interface SourceChangeRequest {
  id: string;
  /** The version the writer saw; a different stored version means someone else changed it first. */
  version: number;
  actor: string;
  action: Exclude<SourceAction, 'seed' | 'create'>;
  /** The fields to set from the record as stored (`null` removes one); may throw to refuse the change. */
  changes: (current: SourceRecord) => Record<string, unknown>;
  note?: string;
}

/** The one write path of a stored source: version check, whole-record conditional Put, audit. */
export async function changeSource(deps: SourceDependencies, request: SourceChangeRequest): Promise<SourceRecord> {
  const current = await loadSource(deps, request.id);
  if (current.version !== request.version) throw staleVersionError(current, request.version, 'source');
  const changes = { ...request.changes(current), updatedBy: request.actor };
  const at = deps.now().toISOString();
  const updated = await deps.sources.replace(changedItem(current, changes, at), current.version);
  await deps.sources.appendAudit({
    sourceId: request.id,
    at,
    actor: request.actor,
    action: request.action,
    fromVersion: current.version,
    toVersion: updated.version,
    changes: diffChanges(current, changes),
    ...(request.note ? { note: request.note } : {}),
  });
  return updated;
}

/** A source a reviewer adds; it is polled from the next run on. An id already in the table is a conflict. */
export async function createSource(deps: SourceDependencies, input: { definition: SourceDefinition; actor: string; enabled?: boolean }): Promise<SourceRecord> {
  assertUsableSource(input.definition);
  const at = deps.now().toISOString();
  const record = newSourceRecord(input.definition, { at, actor: input.actor, origin: 'staff', enabled: input.enabled });
  if ((await deps.sources.createIfAbsent(record)) !== 'stored') {
    throw new ConflictError(`a source with id ${input.definition.id} already exists`, (await deps.sources.get(input.definition.id)) ?? null);
  }
  await deps.sources.appendAudit({ sourceId: record.id, at, actor: input.actor, action: 'create', toVersion: 1, changes: diffChanges({}, definitionFields(record)) });
  return record;
}

/** A reviewer's edit of what the source is; fields left out stay, `null` removes an optional one. */
export function editSource(deps: SourceDependencies, input: { id: string; version: number; actor: string; definition: Record<string, unknown> }): Promise<SourceRecord> {
  return changeSource(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'edit',
    changes: (current) => {
      assertUsableSource(changedItem(current, input.definition, current.updatedAt));
      const changed = Object.keys(diffChanges(current, input.definition)).length > 0;
      return { ...input.definition, ...(changed ? { editedByStaff: true } : {}) };
    },
  });
}

export function setSourceEnabled(deps: SourceDependencies, input: { id: string; version: number; actor: string; enabled: boolean; note?: string }): Promise<SourceRecord> {
  return changeSource(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: input.enabled ? 'resume' : 'pause',
    note: input.note,
    changes: (current) => {
      if (current.enabled === input.enabled) throw new ConflictError(`source ${current.id} is already ${current.enabled ? 'enabled' : 'paused'}`, current);
      return { enabled: input.enabled };
    },
  });
}

/** Takes the built-in catalog's definition of the source, replacing a reviewer's edits; enabled is kept. */
export function applyCatalogDefinition(deps: SourceDependencies, input: { id: string; version: number; actor: string; catalog?: readonly SourceDefinition[] }): Promise<SourceRecord> {
  const entry = (input.catalog ?? CATALOG).find((candidate) => candidate.id === input.id);
  if (!entry) throw new NotFoundError(`source ${input.id} is not in the built-in catalog`);
  return changeSource(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'apply-catalog',
    changes: (current) => catalogChanges(current, entry),
    note: 'the built-in catalog definition applied',
  });
}
