// The sources page's view of each source: the stored record, whether the built-in catalog's definition
// differs, and its health from the source state the ingest run keeps. Pure: the state already carries
// per-day counts of new and flagged items, so the page needs no read of the items themselves.
import { almatyDate } from '../domain/time';
import { assessHealth } from '../ingest/assess-health';
import type { SourceState } from '../ports/item-repository';
import type { SourceDefinition } from './catalog';
import { catalogDiffers, hoursSince, type SourceRecord } from './source-record';

export const HEALTH_WINDOW_DAYS = 7;

export interface SourceHealth {
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorKind?: string;
  consecutiveFailures: number;
  /** Items newly stored in the last 7 Almaty days (today included), and of those the flagged ones. */
  itemsLast7Days: number;
  flaggedLast7Days: number;
  newestItemAt?: string;
  /** Whole hours since the newest item's publication; absent before any item. */
  silentHours?: number;
  /** Why the source needs a look (empty when healthy or never polled). */
  unhealthy: string[];
}

export interface SourceView extends SourceRecord {
  inCatalog: boolean;
  catalogDiffers: boolean;
  health: SourceHealth;
}

function sumSince(perDay: Record<string, number> | undefined, firstDay: string): number {
  let total = 0;
  for (const [day, count] of Object.entries(perDay ?? {})) if (day >= firstDay) total += count;
  return total;
}

export function sourceHealth(record: SourceRecord, state: SourceState | undefined, now: Date): SourceHealth {
  // Almaty keeps one offset all year, so 24-hour steps land on whole days.
  const firstDay = almatyDate(new Date(now.getTime() - (HEALTH_WINDOW_DAYS - 1) * 86_400_000));
  const silentHours = hoursSince(state?.newestItemAt, now);
  return {
    ...(state?.lastAttemptAt ? { lastAttemptAt: state.lastAttemptAt } : {}),
    ...(state?.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
    ...(state?.lastError ? { lastError: state.lastError } : {}),
    ...(state?.lastErrorKind ? { lastErrorKind: state.lastErrorKind } : {}),
    consecutiveFailures: state?.consecutiveFailures ?? 0,
    itemsLast7Days: sumSince(state?.yieldPerDay, firstDay),
    flaggedLast7Days: sumSince(state?.flaggedPerDay, firstDay),
    ...(state?.newestItemAt ? { newestItemAt: state.newestItemAt } : {}),
    ...(silentHours !== undefined ? { silentHours } : {}),
    unhealthy: state ? assessHealth(record, state, now) : [],
  };
}

/** Every stored source with its health and catalog status, in id order. */
export function sourceViews(records: readonly SourceRecord[], states: readonly SourceState[], catalog: readonly SourceDefinition[], now: Date): SourceView[] {
  const stateById = new Map(states.map((state) => [state.sourceId, state]));
  const catalogById = new Map(catalog.map((entry) => [entry.id, entry]));
  return [...records]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((record) => ({
      ...record,
      inCatalog: catalogById.has(record.id),
      catalogDiffers: catalogDiffers(record, catalogById.get(record.id)),
      health: sourceHealth(record, stateById.get(record.id), now),
    }));
}
