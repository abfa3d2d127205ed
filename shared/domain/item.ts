// The normalised item (one story from a feed or court page) and its stored, reviewable form.
import type { Classification, LawArticleRef } from './classification';
import type { IncidentFacts } from './incident';
import type { CaseOutcome, CaseStage, CaseType, CategoryId, Language } from './taxonomy';

export type { CaseOutcome, CaseStage, CaseType } from './taxonomy';

export type SourceKind = 'feed' | 'court' | 'html-list' | 'telegram' | 'search' | 'manual';

/** What every source adapter yields, whatever the format it came from. */
export interface NormalizedItem {
  id: string;
  sourceId: string;
  sourceKind: SourceKind;
  url: string;
  guid?: string;
  title: string;
  /** Plain text: entities decoded, tags stripped. */
  summary: string;
  /** Full text when the source gives it (court detail page, full-text feed). */
  text?: string;
  language: Language;
  /** ISO-8601 instant. */
  publishedAt: string;
  fetchedAt: string;
}

export const ITEM_STATUSES = ['ignored', 'pending', 'approved', 'rejected', 'duplicate'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];


/** A legal case behind an entry; stages of one case share `caseKey` so it is counted once. */
export interface LegalCase {
  caseKey: string;
  type: CaseType;
  /** Civil: a claim for honour, dignity and business reputation (Civil Code art. 143). */
  honourDignity?: boolean;
  stage: CaseStage;
  /** Criminal: the case has reached a court. */
  inCourt?: boolean;
  /** A judicial act (verdict, decision, ruling) was issued in the event's month. */
  judicialAct?: boolean;
  outcome?: CaseOutcome;
  lawArticle?: LawArticleRef;
  /** The court hearing the case at this stage. */
  court?: string;
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
}

/** The report entry a reviewer writes when approving. */
export interface ReportEntry {
  category: CategoryId;
  /** The printed paragraph per language; at least one language. */
  text: Partial<Record<Language, string>>;
  /** yyyy-mm-dd, the date of the event (Asia/Almaty). */
  eventDate: string;
  outlet?: string;
  region?: string;
  people?: string[];
  legalCase?: LegalCase;
  /** Who did it, to whom, where, and the finer subcategory (incident.ts). */
  incident?: IncidentFacts;
  /** An event in the country printed for context: never counted in the statistics. */
  context?: boolean;
}

export interface StoredItem extends NormalizedItem {
  status: ItemStatus;
  classification: Classification;
  /** Optimistic-lock counter, starts at 1, +1 on every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
  entry?: ReportEntry;
  rejectionReason?: string;
  /** For `duplicate`: the item that represents the event. */
  mergedInto?: string;
  /** For the representative item: the items merged into it. */
  mergedIds?: string[];
  /** Who sent it to the queue by hand (a miss of the rules, or an imported act). */
  addedBy?: string;
}

export interface AuditRecord {
  itemId: string;
  at: string;
  actor: string;
  /** `note`: a staff note was added (the item is unchanged); `name`: an outlet or region name was set. */
  action: 'ingest' | 'approve' | 'reject' | 'merge' | 'reopen' | 'edit' | 'enqueue' | 'import' | 'mark-duplicate' | 'detach' | 'note' | 'name';
  fromStatus?: ItemStatus;
  toStatus?: ItemStatus;
  fromVersion?: number;
  toVersion?: number;
  /** Field-level before/after of what changed. */
  changes?: Record<string, { before: unknown; after: unknown }>;
  note?: string;
}
