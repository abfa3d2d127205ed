// What a decision on one item keeps beside it: the archived evidence of an approved entry (taken before
// the write so the entry carries it) and the case registry's records (refreshed after it). Neither can
// make the decision fail: a failed archive is recorded on the entry, a failed refresh is logged.
import type { ReportEntry, StoredItem } from '../domain/item';
import type { CaseRepository } from '../ports/case-repository';
import type { ItemRepository } from '../ports/item-repository';
import { recordCasesOfDecision } from './case-registry';
import { archiveEvidence, type EvidenceDependencies } from './evidence-archive';

export interface DecisionRecordDependencies {
  items: Pick<ItemRepository, 'get' | 'getMany' | 'listByStatus'>;
  cases?: CaseRepository;
  evidence?: EvidenceDependencies;
  logger?: { warn(message: string, ...extra: unknown[]): void };
}

/** Actions whose input carries the report entry the approval or edit writes. */
const ENTRY_ACTIONS = new Set(['approve', 'entry']);

/**
 * Before the write: reads the item as it is, and for an approval or an entry edit archives its source
 * onto `input.entry.evidence` (an earlier archived copy is kept; an earlier failure is retried). The
 * reviewer's form never sends evidence: whatever it held is replaced by what the server knows.
 */
export async function beforeDecision(deps: DecisionRecordDependencies, action: string, input: { id: string; version?: number; entry?: ReportEntry }): Promise<StoredItem | undefined> {
  if (!deps.cases && !(deps.evidence && ENTRY_ACTIONS.has(action))) return undefined;
  const before = await deps.items.get(input.id);
  // A stale version is refused by the write anyway: no page is fetched for a decision that will lose.
  if (before && before.version === input.version && deps.evidence && input.entry && ENTRY_ACTIONS.has(action)) {
    const evidence = await archiveEvidence(deps.evidence, before, before.entry?.evidence);
    if (evidence.status === 'failed') deps.logger?.warn('evidence not archived; an approval or edit after the retry interval tries again', { itemId: before.id, error: evidence.error, attempts: evidence.attempts });
    input.entry = { ...input.entry, evidence };
  }
  return before;
}

/** After the write: the case records of the case the item is in now and of the one it was in before. */
export async function afterDecision(deps: DecisionRecordDependencies, before: StoredItem | undefined, after: StoredItem): Promise<void> {
  if (deps.cases) await recordCasesOfDecision({ items: deps.items, cases: deps.cases, ...(deps.logger ? { logger: deps.logger } : {}) }, before, after);
}
