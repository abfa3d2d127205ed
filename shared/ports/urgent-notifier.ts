// Announces a new item that staff must see at once (an attack, a detention or a threat with a high
// score): SNS e-mail in AWS, a JSON-lines outbox file locally.
import type { CategoryId, Language } from '../domain/taxonomy';

export interface UrgentAlert {
  itemId: string;
  title: string;
  url: string;
  language: Language;
  sourceId: string;
  publishedAt: string;
  score: number;
  categories: CategoryId[];
  /** The category that made it urgent. */
  urgentCategory: CategoryId;
  /** When the notice was sent. */
  at: string;
}

export interface UrgentNotifier {
  notify(alert: UrgentAlert): Promise<void>;
}
