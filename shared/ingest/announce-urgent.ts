// A new item flagged as an attack, a detention or a threat with a high score is announced to staff at
// once, so a detention at night is not first seen the next morning. Once per item: a conditional
// marker beside the item is written before the notice, so a rerun or a retried batch finds it and
// stays silent; a notice that fails removes its marker, and the next run that sees the item tries again.
import type { StoredItem } from '../domain/item';
import type { CategoryId } from '../domain/taxonomy';
import type { ReviewRecords } from '../ports/review-records';
import type { UrgentNotifier } from '../ports/urgent-notifier';
import type { AppLogger } from '../runtime/logger';

export const URGENT_CATEGORIES: readonly CategoryId[] = ['attack', 'detention', 'threat'];
/** The classifier's score at twice its flagging threshold: clear wording, not a passing mention. */
export const URGENT_MIN_SCORE = 0.6;

export interface UrgentDependencies {
  reviewRecords: Pick<ReviewRecords, 'claimUrgentNotice' | 'releaseUrgentNotice'>;
  urgentNotifier: UrgentNotifier;
  logger: Pick<AppLogger, 'info' | 'error'>;
  now: () => Date;
}

/** The urgent category an item was flagged with, or undefined when it is not urgent. */
export function urgentCategory(item: StoredItem): CategoryId | undefined {
  if (item.status !== 'pending' || !item.classification.flagged || item.classification.score < URGENT_MIN_SCORE) return undefined;
  return item.classification.categories.find((c) => URGENT_CATEGORIES.includes(c));
}

/** Sends the item's notice unless it is not urgent or was sent before; true when it was sent now. */
export async function announceIfUrgent(deps: UrgentDependencies, item: StoredItem): Promise<boolean> {
  const category = urgentCategory(item);
  if (!category) return false;
  const at = deps.now().toISOString();
  if (!(await deps.reviewRecords.claimUrgentNotice(item.id, at))) return false;
  try {
    await deps.urgentNotifier.notify({
      itemId: item.id,
      title: item.title,
      url: item.url,
      language: item.language,
      sourceId: item.sourceId,
      publishedAt: item.publishedAt,
      score: item.classification.score,
      categories: item.classification.categories,
      urgentCategory: category,
      at,
    });
  } catch (error) {
    await deps.reviewRecords.releaseUrgentNotice(item.id, deps.now().toISOString());
    deps.logger.error('urgent notice not sent; the next run that sees the item tries again', {
      itemId: item.id,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
  deps.logger.info('urgent notice sent', { itemId: item.id, category });
  return true;
}
