// The shape of classifier rules as staff read and edit them: plain data, one file per category.
import type { CategoryId, Language } from '../../domain/taxonomy';

/**
 * A term in rule notation, normalised like the text (lower case, ё→е):
 * `журналист*` a stem (word start, any ending: журналиста, журналистер, журналистерді);
 * `суд` a whole word; `заведомо ложн*` a phrase (words separated by single spaces);
 * `*медиа*` anywhere inside a word. `@who` names a shared word list from `lexicon.ts`.
 */
export type Term = string;

interface RuleBase {
  /** Stable id, e.g. `detention.ru.who-near-detained`; shown to reviewers and in the reference page. */
  id: string;
  /** The language the wording belongs to (all rules run on every text; this is for readers and tests). */
  lang: Language | 'any';
}

/**
 * Fires when any of the terms occurs in the title or the text. With `requires`, it counts only when each
 * listed category has already reached the threshold from the other rules (after exclusions): words that
 * add a second category to an established case (a pre-trial arrest in a criminal case) but prove nothing alone.
 */
export interface AnyRule extends RuleBase {
  kind: 'any';
  category: CategoryId;
  terms: Term[];
  weight: number;
  requires?: CategoryId[];
}

/** Fires when a term of `a` and a term of `b` occur within `within` words of each other, in either order. */
export interface NearRule extends RuleBase {
  kind: 'near';
  category: CategoryId;
  a: Term[];
  b: Term[];
  within: number;
  weight: number;
  /** As for `AnyRule`: counts only when these categories are already established. */
  requires?: CategoryId[];
}

/**
 * Compound words whose parts mean something else: a term of another rule found inside a mask match is
 * ignored (`law` inside `law enforcement`, `закон*` inside `законную силу`, `үкім*` inside `үкімет`).
 * Masks are whole words or phrases with at most a final stem; they are never evidence themselves.
 */
export interface MaskRule extends RuleBase {
  kind: 'mask';
  terms: Term[];
}

/**
 * Cancels evidence: when it fires, `weight` is subtracted from each listed category (or all), so a
 * congratulation on the Day of Mass Media Workers or a blocked bank card does not flag an item unless
 * the rest of the text is strong enough on its own.
 */
export interface ExclusionRule extends RuleBase {
  kind: 'exclude';
  cancels: CategoryId[] | 'all';
  /** Either terms alone, or `a` NEAR `b` like a near rule. */
  terms?: Term[];
  a?: Term[];
  b?: Term[];
  within?: number;
  weight: number;
  /**
   * The exclusion does not apply when one of these occurs: a murder or a bribe that a post is accused of
   * falsely reporting is the subject of a speech case, not a trial that explains the words away.
   */
  unless?: Term[];
}

export type Rule = AnyRule | NearRule | ExclusionRule | MaskRule;

/** A law article cited in a text, and what it says about the category when it appears. */
export interface ArticleRule {
  code: 'criminal' | 'administrative' | 'civil' | 'media';
  article: string;
  category: CategoryId;
  weight: number;
  title: string;
}

/**
 * A category that gives way to others: when one of `to` is established, `category` is dropped unless one
 * of `unless` occurs (or a law article of `unlessArticleCode` is cited). Insult and false information are
 * framings of both criminal and administrative cases; only the criminal procedure's own words make the
 * case criminal.
 */
export interface YieldRule {
  id: string;
  category: CategoryId;
  to: CategoryId[];
  unless: Term[];
  unlessArticleCode?: ArticleRule['code'];
}

export interface RuleSet {
  version: string;
  rules: Rule[];
  articles: ArticleRule[];
  /** Named word lists referenced from rules as `@name`. */
  lexicon: Record<string, Term[]>;
  /** Categories that give way to others without words of their own. */
  yields?: YieldRule[];
  /** Evidence a category needs to be reported; the item is flagged when any category reaches it. */
  threshold: number;
}
