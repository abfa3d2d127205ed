// What the classifier says about one item: stored with the item so reviewers see why it was flagged.
import type { CategoryId, LawCode } from './taxonomy';

export type MatchField = 'title' | 'text';

export interface TermMatch {
  /** The rule's readable form, e.g. `журналист*` or `журналист* NEAR задерж*`. */
  term: string;
  category: CategoryId;
  field: MatchField;
  /** Character offsets into the field's original (un-normalised) text, end exclusive. */
  start: number;
  end: number;
  ruleId?: string;
  weight?: number;
}

export interface LawArticleRef {
  /** `media`: the law "О масс-медиа" / "О СМИ". */
  code: LawCode;
  article: string;
  part?: string;
}

export interface ExtractedFacts {
  amountsKzt: number[];
  lawArticles: LawArticleRef[];
  regions: string[];
  outlets: string[];
}

export interface Classification {
  flagged: boolean;
  score: number;
  /** Ranked, strongest first. */
  categories: CategoryId[];
  matches: TermMatch[];
  rulesVersion: string;
  /** One line per strong match, e.g. `журналист* NEAR задерж*: «…журналиста задержали…»`. */
  explanation: string[];
  facts: ExtractedFacts;
}

export const EMPTY_FACTS: ExtractedFacts = { amountsKzt: [], lawArticles: [], regions: [], outlets: [] };

export interface ClassifyInput {
  title?: string;
  text: string;
  lang?: string;
}

/** The classifier as the rest of the pipeline sees it (pure, synchronous). */
export type Classify = (input: ClassifyInput) => Classification;
