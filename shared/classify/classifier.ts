// The classifier: rules compiled once into one automaton; `classify` is pure and synchronous and
// returns flag, score, ranked categories, every match with offsets, explanations and extracted facts.
import type { Classification, ClassifyInput, Classify, ExtractedFacts, LawArticleRef, MatchField, TermMatch } from '../domain/classification';
import type { CategoryId } from '../domain/taxonomy';
import { findAmountsKzt } from './amounts';
import { OUTLETS, REGIONS } from './gazetteer';
import { findLawArticles } from './law-articles';
import { compileMatcher, parseTerm, wordChars, type Matcher, type MatcherTerm } from './matcher';
import { foldKazakhLetters, foldKazakhTerm, normalizeTerm, normalizeText, originalSpan, type NormalizedText } from './normalize';
import { builtInRules } from './built-in-rules';
import type { Rule, RuleSet, Term } from './rules/rule-types';

type Use =
  | { kind: 'rule'; rule: number; side: 0 | 1; wordClass?: string }
  | { kind: 'seq'; seq: number; part: number }
  | { kind: 'mask' }
  | { kind: 'unless'; yieldRule: number }
  | { kind: 'exclusionUnless'; rule: number }
  | { kind: 'region'; name: string }
  | { kind: 'outlet'; name: string };

interface CompiledRule {
  rule: Rule;
  /** Terms on side A (or the only side) and B, as indices into the matcher's term list. */
  within: number;
  near: boolean;
}

export interface CompiledRules {
  ruleSet: RuleSet;
  matcher: Matcher;
  /** Readable notation of each matcher term, e.g. `журналист*`. */
  notation: string[];
  uses: Use[][];
  rules: CompiledRule[];
  /** Phrases with stems inside (`заведомо ложн* информаци*`): consecutive words, `*` alone = any word. */
  sequences: Sequence[];
  /** Matcher terms that only exist as Kazakh spelling variants of another term. */
  spellingVariants: ReadonlySet<number>;
}

interface Sequence {
  rule: number;
  side: 0 | 1;
  notation: string;
  wordClass?: string;
  /**
   * Literal chunks ending at each inner stem (`отказ*`, `в предоставлени*`, `информаци*`), so that
   * short words never become terms of their own; null for a `*` wildcard word.
   */
  parts: Array<number | null>;
  /** Word offset of each part from the first. */
  offsets: number[];
}

interface FieldScan {
  field: MatchField;
  original: string;
  norm: NormalizedText;
  /** Word number at each char of the normalised text. */
  wordAt: Int32Array;
  /** Sentence number at each char of the normalised text. */
  sentenceAt: Int32Array;
  hits: Array<{ term: number; start: number; end: number }>;
}

interface Hit {
  field: FieldScan;
  label: string;
  /** The word list (`@journalist`) the rule took the term from, if any: shown as `journalist-class`. */
  wordClass?: string;
  start: number;
  end: number;
  /** Word and sentence number counted over the headline and then the text, set when NEAR pairs hits. */
  word?: number;
  sentence?: number;
}

interface ExpandedTerm {
  term: string;
  /** The outermost word list the term came from (`press` for `@press` → `@journalist` → `журналист*`). */
  wordClass?: string;
  /** A spelling variant made for Kazakh (`и`→`і`, reduced letters), not a term written in the rules. */
  variant?: boolean;
}

// Kazakh typed in Latin letters without diacritics loses ә/а, ө/о, ұ/ү/у, ғ/г, ң/н (they read as the plain
// letter after transliteration), so Kazakh terms also match in that reduced spelling.
const REDUCED: Record<string, string> = { ә: 'а', ө: 'о', ұ: 'у', ү: 'у', ғ: 'г', ң: 'н', и: 'і' };

function reducedSpelling(term: string): string | undefined {
  const reduced = term.replace(/[әөұүғңи]/g, (ch) => REDUCED[ch]!);
  if (reduced === term) return undefined;
  // Only where the reduced form still looks Kazakh (қ, і) or is long enough not to be a Russian word
  // (`ұстал*` reduced is the Russian `устал*`).
  return /[қі]/.test(reduced) || reduced.replace(/\*/g, '').length >= 6 ? reduced : undefined;
}

const VOICED_BEFORE_VOWEL = /([кқп])\*$/;
const VOICED: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };

function expand(terms: Term[] | undefined, lexicon: Record<string, Term[]>, lang: string, wordClass?: string, seen: string[] = []): ExpandedTerm[] {
  const out: ExpandedTerm[] = [];
  for (const term of terms ?? []) {
    if (term.startsWith('@')) {
      const name = term.slice(1);
      const list = lexicon[name];
      if (!list) throw new Error(`unknown word list ${term}`);
      if (seen.includes(name)) throw new Error(`word list ${term} includes itself`);
      out.push(...expand(list, lexicon, lang, wordClass ?? name, [...seen, name]));
      continue;
    }
    const norm = normalizeTerm(term);
    const variants = [norm];
    // Kazakh spells Russian loanwords with и, Latin-script Kazakh transliterates i to і: accept both.
    if (lang === 'kk' && norm.includes('и')) variants.push(norm.replace(/и/g, 'і'));
    if (lang === 'kk' || (lang === 'any' && /[әғқңөұүһі]/.test(norm))) {
      const reduced = reducedSpelling(norm);
      if (reduced) variants.push(reduced);
    }
    // A Kazakh stem ending in к, қ or п voices it before a vowel: әкімдік* → әкімдігі, сұрақ* → сұрағына.
    if (/[әғқңөұүһі]/.test(norm) && VOICED_BEFORE_VOWEL.test(norm)) {
      for (const v of [...variants]) variants.push(v.replace(VOICED_BEFORE_VOWEL, (_, ch: string) => `${VOICED[ch]}*`));
    }
    variants.forEach((v, k) => out.push({ term: v, ...(wordClass ? { wordClass } : {}), ...(k > 0 ? { variant: true } : {}) }));
  }
  return out;
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const index = new Map<string, number>();
  const notation: string[] = [];
  const uses: Use[][] = [];
  const variantIds = new Set<number>();
  const writtenIds = new Set<number>();
  const termId = (t: string, variant = false): number => {
    let id = index.get(t);
    if (id === undefined) {
      id = notation.length;
      index.set(t, id);
      notation.push(t);
      uses.push([]);
    }
    (variant ? variantIds : writtenIds).add(id);
    return id;
  };
  const rules: CompiledRule[] = [];
  const sequences: Sequence[] = [];
  // Masks and `unless` words only mark a text; unlike rule terms they cannot be split into sequences.
  const registerWhole = (terms: Term[], lang: string, owner: string, use: Use): void => {
    for (const { term } of expand(terms, ruleSet.lexicon, lang)) {
      if (term.split(' ').slice(0, -1).some((w) => w.endsWith('*'))) throw new Error(`${owner}: only a final stem is allowed (${term})`);
      uses[termId(term)]!.push(use);
    }
  };
  const register = ({ term: t, wordClass, variant }: ExpandedTerm, rule: number, side: 0 | 1): void => {
    const words = t.split(' ');
    const innerStem = words.slice(0, -1).some((w) => w.endsWith('*'));
    if (!innerStem) {
      uses[termId(t, variant)]!.push(wordClass ? { kind: 'rule', rule, side, wordClass } : { kind: 'rule', rule, side });
      return;
    }
    const seq = sequences.length;
    const parts: Array<number | null> = [];
    const offsets: number[] = [];
    let chunk: string[] = [];
    let offset = 0;
    const flush = (): void => {
      if (chunk.length === 0) return;
      const id = termId(chunk.join(' '), variant);
      uses[id]!.push({ kind: 'seq', seq, part: parts.length });
      parts.push(id);
      offsets.push(offset);
      offset += chunk.length;
      chunk = [];
    };
    for (const w of words) {
      if (w === '*') {
        flush();
        parts.push(null);
        offsets.push(offset);
        offset += 1;
        continue;
      }
      chunk.push(w);
      if (w.endsWith('*')) flush();
    }
    flush();
    sequences.push({ rule, side, notation: t, parts, offsets, ...(wordClass ? { wordClass } : {}) });
  };
  ruleSet.rules.forEach((rule, r) => {
    if (rule.kind === 'mask') {
      if (rule.terms.length === 0) throw new Error(`rule ${rule.id} has no terms`);
      registerWhole(rule.terms, rule.lang, `mask ${rule.id}`, { kind: 'mask' });
      rules.push({ rule, within: 0, near: false });
      return;
    }
    const near = rule.kind === 'near' || (rule.kind === 'exclude' && !!rule.a);
    const sideA = rule.kind === 'near' ? rule.a : rule.kind === 'exclude' ? (rule.a ?? rule.terms) : rule.terms;
    const sideB = rule.kind === 'near' ? rule.b : rule.kind === 'exclude' ? rule.b : undefined;
    if (!sideA || sideA.length === 0) throw new Error(`rule ${rule.id} has no terms`);
    if (near && (!sideB || sideB.length === 0)) throw new Error(`rule ${rule.id} has no B terms`);
    for (const t of expand(sideA, ruleSet.lexicon, rule.lang)) register(t, r, 0);
    if (near) for (const t of expand(sideB, ruleSet.lexicon, rule.lang)) register(t, r, 1);
    const within = rule.kind === 'near' ? rule.within : rule.kind === 'exclude' ? (rule.within ?? 0) : 0;
    if (rule.kind === 'exclude' && rule.unless) registerWhole(rule.unless, rule.lang, `exclusion ${rule.id} (unless)`, { kind: 'exclusionUnless', rule: r });
    rules.push({ rule, within, near });
  });
  (ruleSet.yields ?? []).forEach((y, i) => registerWhole(y.unless, 'any', `yield ${y.id}`, { kind: 'unless', yieldRule: i }));
  for (const entry of REGIONS) for (const t of entry.terms) uses[termId(normalizeTerm(t))]!.push({ kind: 'region', name: entry.name });
  for (const entry of OUTLETS) for (const t of entry.terms) uses[termId(normalizeTerm(t))]!.push({ kind: 'outlet', name: entry.name });
  const matcher = compileMatcher(notation.map(parseTerm));
  const spellingVariants = new Set([...variantIds].filter((id) => !writtenIds.has(id)));
  return { ruleSet, matcher, notation, uses, rules, sequences, spellingVariants };
}

function scanField(compiled: CompiledRules, field: MatchField, original: string, kazakh: boolean): FieldScan {
  const norm = normalizeText(original, { kazakh });
  const text = norm.text;
  const isWordChar = wordChars();
  const wordAt = new Int32Array(text.length + 1);
  const sentenceAt = new Int32Array(text.length + 1);
  let words = 0;
  let sentences = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar[c] && (i === 0 || !isWordChar[text.charCodeAt(i - 1)])) words++;
    // A sentence ends at . ! ? … followed by a space (abbreviations split a sentence early, which only
    // makes NEAR across adjacent sentences a little shorter).
    if (i > 0 && c === 0x20 && SENTENCE_END.has(text.charCodeAt(i - 1))) sentences++;
    wordAt[i] = words;
    sentenceAt[i] = sentences;
  }
  wordAt[text.length] = words;
  sentenceAt[text.length] = sentences;
  const hits: FieldScan['hits'] = [];
  const terms = compiled.matcher.terms;
  const onMatch = (term: number, start: number, end: number): void => {
    // A stem match is reported to the end of its word (`журналист*` → «журналиста»): reviewers see words.
    let stop = end;
    if (!terms[term]!.boundaryEnd) while (stop < text.length && isWordChar[text.charCodeAt(stop)]) stop++;
    hits.push({ term, start, end: stop });
  };
  if (norm.transliteratedFrom === undefined) compiled.matcher.scan(text, onMatch);
  else {
    const loose = looseMatcher(compiled);
    loose.matcher.scan(foldKazakhLetters(text), (term, start, end) => onMatch(loose.original[term]!, start, end));
  }
  return { field, original, norm, wordAt, sentenceAt, hits };
}

interface LooseMatcher {
  matcher: Matcher;
  /** Loose term index → the term's index in the main matcher (its uses). */
  original: Int32Array;
}

const LOOSE = new WeakMap<CompiledRules, LooseMatcher>();

/**
 * The automaton for Kazakh transliterated from Latin or Arabic letters: every term folded like the text
 * (see `foldKazakhLetters`), built on the first such text. The spelling variants made for Kazakh terms
 * (`и`→`і`, reduced letters) fold onto their original and are left out, so a word is not counted twice.
 */
function looseMatcher(compiled: CompiledRules): LooseMatcher {
  let loose = LOOSE.get(compiled);
  if (loose) return loose;
  const terms: MatcherTerm[] = [];
  const original: number[] = [];
  compiled.matcher.terms.forEach((term, id) => {
    if (compiled.spellingVariants.has(id)) return;
    for (const text of foldKazakhTerm(term.text)) {
      if (LOOSE_COLLISIONS.has(text)) continue;
      terms.push({ ...term, text });
      original.push(id);
    }
  });
  loose = { matcher: compileMatcher(terms), original: Int32Array.from(original) };
  LOOSE.set(compiled, loose);
  return loose;
}

/** Russian terms that, folded, spell common Kazakh words (`иске` is «іске», to the case / into action). */
const LOOSE_COLLISIONS = new Set<string>(['иске']);

const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026]);

/**
 * How far NEAR reaches across a sentence boundary: a term of one sentence pairs with a term of the same
 * or the next sentence («Журналист вёл репортаж с митинга. Его задержали…») within this many words.
 */
export const SENTENCE_REACH = 20;

function snippet(scan: FieldScan, start: number, end: number): string {
  const span = originalSpan(scan.norm, start, end);
  const from = Math.max(0, span.start - 30);
  const to = Math.min(scan.original.length, span.end + 30);
  const text = scan.original.slice(from, to).replace(/\s+/g, ' ').trim();
  return `«${from > 0 ? '…' : ''}${text}${to < scan.original.length ? '…' : ''}»`;
}

interface Firing {
  rule: CompiledRule;
  evidence: Hit[];
  /** A NEAR pair further apart than the rule's window, in the same or adjacent sentences. */
  acrossSentences?: boolean;
}

function fire(compiled: CompiledRules, scans: FieldScan[]): Firing[] {
  // Exclusion rules whose `unless` words occur: they do not fire.
  const exclusionsLifted = new Set<number>();
  const perRule = new Map<number, { a: Hit[]; b: Hit[] }>();
  const record = (rule: number, side: 0 | 1, hit: Hit): void => {
    let entry = perRule.get(rule);
    if (!entry) perRule.set(rule, (entry = { a: [], b: [] }));
    (side === 0 ? entry.a : entry.b).push(hit);
  };
  for (const scan of scans) {
    // Sequence parts seen in this field: seq -> part -> hits.
    const seqHits = new Map<number, Map<number, FieldScan['hits']>>();
    const masks = scan.hits.filter((h) => compiled.uses[h.term]!.some((u) => u.kind === 'mask'));
    for (const h of scan.hits) {
      // A word inside a compound that means something else (`law` in `law enforcement`) is no evidence;
      // a term as specific as the mask itself (`administrative proceedings`) still is.
      const notation = compiled.notation;
      if (masks.some((m) => m.start <= h.start && h.end <= m.end && notation[h.term]!.length < notation[m.term]!.length)) continue;
      // One Hit per word class, shared by every rule that uses the term (a stem like `журналист*` is in
      // dozens of rules).
      let plain: Hit | undefined;
      let byClass: Map<string, Hit> | undefined;
      for (const use of compiled.uses[h.term]!) {
        if (use.kind === 'rule') {
          let hit: Hit | undefined;
          if (!use.wordClass) hit = plain ??= { field: scan, label: notation[h.term]!, start: h.start, end: h.end };
          else {
            byClass ??= new Map();
            hit = byClass.get(use.wordClass);
            if (!hit) byClass.set(use.wordClass, (hit = { field: scan, label: notation[h.term]!, start: h.start, end: h.end, wordClass: use.wordClass }));
          }
          record(use.rule, use.side, hit);
        }
        else if (use.kind === 'exclusionUnless') exclusionsLifted.add(use.rule);
        else if (use.kind === 'seq') {
          let parts = seqHits.get(use.seq);
          if (!parts) seqHits.set(use.seq, (parts = new Map()));
          let list = parts.get(use.part);
          if (!list) parts.set(use.part, (list = []));
          list.push(h);
        }
      }
    }
    for (const [s, parts] of seqHits) {
      const seq = compiled.sequences[s]!;
      for (const first of parts.get(0) ?? []) {
        const w0 = scan.wordAt[first.start]!;
        let end = first.end;
        let ok = true;
        for (let k = 1; k < seq.parts.length && ok; k++) {
          if (seq.parts[k] === null) continue;
          const next = (parts.get(k) ?? []).find((h) => scan.wordAt[h.start] === w0 + seq.offsets[k]!);
          if (next) end = next.end;
          else ok = false;
        }
        if (ok) record(seq.rule, seq.side, { field: scan, label: seq.notation, start: first.start, end, ...(seq.wordClass ? { wordClass: seq.wordClass } : {}) });
      }
    }
  }
  const title = scans.find((s) => s.field === 'title');
  const titleWords = title ? title.wordAt[title.norm.text.length]! + 1 : 0;
  const titleSentences = title ? title.sentenceAt[title.norm.text.length]! + 1 : 0;
  const firings: Firing[] = [];
  for (const [r, { a, b }] of perRule) {
    if (exclusionsLifted.has(r)) continue;
    const rule = compiled.rules[r]!;
    if (!rule.near) {
      if (a.length > 0) firings.push({ rule, evidence: a });
      continue;
    }
    // Closest pair by word distance: B sorted by word once, each A binary-searched (a text full of
    // hits would make the all-pairs loop quadratic).
    let best: [Hit, Hit] | undefined;
    let bestGap = Infinity;
    // The title reads as the words (and the sentence) just before the text: a headline «Угрозы редакции»
    // pairs with the first words of the text, never with its middle.
    const place = (h: Hit): void => {
      if (h.word !== undefined) return;
      const inText = h.field.field === 'text';
      h.word = h.field.wordAt[h.start]! + (inText ? titleWords : 0);
      h.sentence = h.field.sentenceAt[h.start]! + (inText ? titleSentences : 0);
    };
    for (const h of a) place(h);
    for (const h of b) place(h);
    const word = (h: Hit): number => h.word!;
    const reach = Math.max(rule.within, SENTENCE_REACH);
    const sortedB = b.length > 1 ? [...b].sort((p, q) => p.word! - q.word!) : b;
    for (const x of a) {
      if (bestGap <= 1) break;
      const wx = x.word!;
      const sx = x.sentence!;
      let lo = 0;
      let hi = sortedB.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const y = sortedB[mid]!;
        if (word(y) < wx - reach) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < sortedB.length; k++) {
        const y = sortedB[k]!;
        if (word(y) > wx + reach) break;
        // Two terms of one NEAR rule must be different words: `доступ*` inside `ограничен* доступ*` is one.
        if (y.field === x.field && x.start < y.end && y.start < x.end) continue;
        const gap = Math.abs(wx - word(y));
        if (gap > rule.within && Math.abs(sx - y.sentence!) > 1) continue;
        if (gap < bestGap) {
          best = [x, y];
          bestGap = gap;
        }
      }
    }
    if (best) firings.push(bestGap > rule.within ? { rule, evidence: best, acrossSentences: true } : { rule, evidence: best });
  }
  return firings;
}

function toMatch(hit: Hit, term: string, category: CategoryId, ruleId: string, weight: number): TermMatch {
  const span = originalSpan(hit.field.norm, hit.start, hit.end);
  return { term, category, field: hit.field.field, start: span.start, end: span.end, ruleId, weight };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** `journalist-class «журналист*»` when the term came from a word list, else the term. */
function describeHit(hit: Hit): string {
  return hit.wordClass ? `${hit.wordClass}-class «${hit.label}»` : hit.label;
}

/** Points a category got from one piece of evidence; `acts` are the spans that say what happened. */
interface Evidence {
  category: CategoryId;
  points: number;
  acts: Hit[];
  /** From a NEAR pair across sentences: enough to flag, not to add a second category. */
  distant?: boolean;
  /**
   * Whether these acts are taken by the category: only full-weight rules that stand on their own take
   * them; a weaker or conditional rule (violence is also obstruction, once obstruction is established)
   * borrows the words of another category and leaves them to it.
   */
  claims: boolean;
}

/** What the scoring phases build up for one text. */
interface Tally {
  scores: Map<CategoryId, number>;
  /**
   * Scores plus the further readings of acts already counted (the same arrest named with the journalist
   * and with the publication): not evidence of another act, but of how plainly the text says it. The
   * item's score is read from here.
   */
  strength: Map<CategoryId, number>;
  evidence: Evidence[];
  matches: TermMatch[];
  explanation: string[];
  /** Evidence already counted, so the ru, kk and en variants of a rule firing on the same words count once. */
  counted: Set<string>;
  lawArticles: LawArticleRef[];
}

function addPoints(tally: Tally, category: CategoryId, points: number, acts: Hit[], claims: boolean, distant = false): void {
  tally.scores.set(category, (tally.scores.get(category) ?? 0) + points);
  addStrength(tally, category, points);
  tally.evidence.push(distant ? { category, points, acts, claims, distant } : { category, points, acts, claims });
}

const ruleWeight = (f: Firing): number => (f.rule.rule.kind === 'mask' ? 0 : f.rule.rule.weight);

const isConditional = (f: Firing): boolean => (f.rule.rule.kind === 'any' || f.rule.rule.kind === 'near') && !!f.rule.rule.requires?.length;

/** Scoring phase: one fired rule adds its weight, with its matches and a one-line explanation. */
function scoreFiring(tally: Tally, { rule: cr, evidence, acrossSentences }: Firing, threshold: number): void {
  const rule = cr.rule;
  if (rule.kind === 'exclude' || rule.kind === 'mask') return;
  // A conditional rule is further evidence even on the same words (`making video` once a detention is established).
  // One act counts once per category: a NEAR pair is keyed by what happened (its B side), so «the ministry
  // refused» and «the outlet … refused» are one refusal, not two.
  const spans = (hits: Hit[]): string => hits.map((h) => `${h.field.field}:${h.start}:${h.end}`).sort().join(',');
  const act = `${rule.category}|${rule.requires?.join('+') ?? ''}|${spans(cr.near ? [evidence[1]!] : evidence)}`;
  const reading = cr.near ? `${act}|${spans(evidence)}` : act;
  // The same words through another rule add nothing; another reading of a counted act adds strength only.
  if (tally.counted.has(reading)) return;
  const actCounted = tally.counted.has(act);
  tally.counted.add(reading).add(act);
  if (actCounted) {
    addStrength(tally, rule.category, rule.weight);
    return;
  }
  // Several different terms of one rule are more evidence than one, up to twice the rule's weight.
  const distinct = cr.near ? 1 : new Set(evidence.map((h) => h.label)).size;
  const points = Math.min(2 * rule.weight, rule.weight + 0.5 * (distinct - 1));
  const claims = !rule.requires?.length && rule.weight >= threshold;
  if (cr.near) {
    const [x, y] = evidence as [Hit, Hit];
    // The B side of a NEAR rule (y) says what happened (detained, fined); the A side who it happened to.
    addPoints(tally, rule.category, points, [y], claims, acrossSentences === true);
    const term = `${x.label} NEAR ${y.label}`;
    const explained = `${describeHit(x)} NEAR ${describeHit(y)}`;
    if (x.field !== y.field) {
      // Headline and first words of the text: each side is reported in its own field.
      for (const h of [x, y]) tally.matches.push(toMatch(h, term, rule.category, rule.id, rule.weight));
      const [t, b] = x.field.field === 'title' ? [x, y] : [y, x];
      tally.explanation.push(`${explained} → ${rule.category} +${rule.weight}: ${snippet(t.field, t.start, t.end)} … ${snippet(b.field, b.start, b.end)}`);
      return;
    }
    const start = Math.min(x.start, y.start);
    const end = Math.max(x.end, y.end);
    const span = originalSpan(x.field.norm, start, end);
    tally.matches.push({ term, category: rule.category, field: x.field.field, start: span.start, end: span.end, ruleId: rule.id, weight: rule.weight });
    tally.explanation.push(`${explained} → ${rule.category} +${rule.weight}: ${snippet(x.field, start, end)}`);
    return;
  }
  addPoints(tally, rule.category, points, evidence, claims);
  const seen = new Set<string>();
  for (const hit of evidence) {
    const at = `${hit.field.field}:${hit.start}:${hit.end}`;
    if (seen.has(at)) continue;
    seen.add(at);
    tally.matches.push(toMatch(hit, hit.label, rule.category, rule.id, rule.weight));
  }
  const first = evidence[0]!;
  tally.explanation.push(`${describeHit(first)} → ${rule.category} +${rule.weight}: ${snippet(first.field, first.start, first.end)}`);
}

/** Articles phase: a cited law article counts for its category, once per article. */
function scoreArticles(tally: Tally, compiled: CompiledRules, scans: FieldScan[]): void {
  const countedArticles = new Set<string>();
  for (const scan of scans) {
    for (const found of findLawArticles(scan.norm.text)) {
      const ref: LawArticleRef = { code: found.code, article: found.article, ...(found.part ? { part: found.part } : {}) };
      if (!tally.lawArticles.some((a) => a.code === ref.code && a.article === ref.article && a.part === ref.part)) tally.lawArticles.push(ref);
      const rule = compiled.ruleSet.articles.find((a) => a.article === found.article && a.code === found.code);
      if (!rule || countedArticles.has(`${rule.code}:${rule.article}`)) continue;
      countedArticles.add(`${rule.code}:${rule.article}`);
      const hit: Hit = { field: scan, label: `art. ${rule.article}`, start: found.start, end: found.end };
      addPoints(tally, rule.category, rule.weight, [hit], true);
      const term = `${rule.code} art. ${rule.article}`;
      const span = originalSpan(scan.norm, found.start, found.end);
      tally.matches.push({ term, category: rule.category, field: scan.field, start: span.start, end: span.end, ruleId: `article.${rule.code}.${rule.article}`, weight: rule.weight });
      tally.explanation.push(`${term} (${rule.title}) → ${rule.category} +${rule.weight}: ${snippet(scan, found.start, found.end)}`);
    }
  }
}

/** Exclusions phase: benign contexts (awards, bank cards, drug sites) subtract from the categories they cancel. */
function applyExclusions(tally: Tally, firings: Firing[]): Map<CategoryId, number> {
  const cancelledBy = new Map<CategoryId, number>();
  for (const { rule: cr, evidence } of firings) {
    const rule = cr.rule;
    if (rule.kind !== 'exclude') continue;
    const cancelled = rule.cancels === 'all' ? [...tally.scores.keys()] : rule.cancels;
    for (const c of cancelled) {
      if (!tally.scores.has(c)) continue;
      tally.scores.set(c, tally.scores.get(c)! - rule.weight);
      addStrength(tally, c, -rule.weight);
      cancelledBy.set(c, (cancelledBy.get(c) ?? 0) + rule.weight);
    }
    const first = evidence[0]!;
    const term = cr.near ? `${describeHit(evidence[0]!)} NEAR ${describeHit(evidence[1]!)}` : describeHit(first);
    tally.explanation.push(`excluded by ${rule.id} (${term}) −${rule.weight} ${rule.cancels === 'all' ? 'all' : rule.cancels.join(',')}: ${snippet(first.field, first.start, first.end)}`);
  }
  return cancelledBy;
}

/**
 * Conditional-rules phase: rules that only add to an established case look at the scores after exclusions,
 * all at once, so that one conditional rule cannot establish the case another one needs.
 */
function applyConditionalRules(tally: Tally, firings: Firing[], threshold: number): void {
  const established = new Set([...tally.scores.entries()].filter(([, s]) => s >= threshold).map(([c]) => c));
  for (const f of firings) {
    const rule = f.rule.rule;
    if (!isConditional(f) || rule.kind === 'exclude' || rule.kind === 'mask') continue;
    if (rule.requires!.every((c) => established.has(c))) scoreFiring(tally, f, threshold);
  }
}

function addStrength(tally: Tally, category: CategoryId, points: number): void {
  tally.strength.set(category, (tally.strength.get(category) ?? 0) + points);
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end;
}

/**
 * Ranking phase: categories that reached the threshold, strongest first. The first one stands on its
 * score; each further one must reach the threshold on acts of its own, not on words that already made
 * a stronger category (one «задержан» is a detention, not also a criminal case).
 */
function rankCategories(tally: Tally, cancelledBy: Map<CategoryId, number>, threshold: number): Array<[CategoryId, number]> {
  // On equal scores, what the headline and the lead say comes first, as a reviewer reads.
  const firstAt = (c: CategoryId): number => {
    let best = Infinity;
    for (const e of tally.evidence) if (e.category === c) for (const h of e.acts) best = Math.min(best, h.field.field === 'title' ? h.start - 1e9 : h.start);
    return best;
  };
  const ranked = [...tally.scores.entries()]
    .filter(([, s]) => s >= threshold)
    .map(([c, s]) => ({ c, s, at: firstAt(c) }))
    .sort((a, b) => b.s - a.s || a.at - b.at || a.c.localeCompare(b.c))
    .map(({ c, s }) => [c, s] as [CategoryId, number]);
  const kept: Array<[CategoryId, number]> = [];
  const usedActs: Array<{ category: CategoryId; hit: Hit }> = [];
  for (const [category, score] of ranked) {
    const own = tally.evidence.filter((e) => e.category === category);
    if (kept.length > 0) {
      const taken = (h: Hit): boolean => usedActs.some((u) => !SAME_ACT_TWO_CATEGORIES.has(`${u.category}+${category}`) && overlaps(h, u.hit));
      const ownPoints = own.filter((e) => !e.distant && !e.acts.some(taken)).reduce((n, e) => n + e.points, 0);
      if (ownPoints - (cancelledBy.get(category) ?? 0) < threshold) continue;
    }
    kept.push([category, score]);
    for (const e of own) if (e.claims) for (const hit of e.acts) usedActs.push({ category, hit });
  }
  return kept;
}


/**
 * Pairs a reviewer records together for one act: an arrest is both a detention and a measure of the
 * criminal or administrative case it belongs to; violence against a reporter at work also obstructs the work.
 */
const SAME_ACT_TWO_CATEGORIES = new Set([
  'criminal+detention', 'detention+criminal', 'administrative+detention', 'detention+administrative',
]);

/** Yield phase: a category drops out when a category it gives way to is reported and its own words are absent. */
function applyYields(compiled: CompiledRules, scans: FieldScan[], tally: Tally, ranked: Array<[CategoryId, number]>): Array<[CategoryId, number]> {
  const yields = compiled.ruleSet.yields ?? [];
  if (yields.length === 0 || ranked.length < 2) return ranked;
  const kept = new Set(ranked.map(([c]) => c));
  yields.forEach((y, i) => {
    // Against what is still kept, in order, so two categories never give way to each other and vanish both.
    if (!kept.has(y.category) || !y.to.some((c) => kept.has(c))) return;
    const own = scans.some((scan) => scan.hits.some((h) => compiled.uses[h.term]!.some((u) => u.kind === 'unless' && u.yieldRule === i)));
    const article = y.unlessArticleCode !== undefined && tally.lawArticles.some((a) => a.code === y.unlessArticleCode);
    if (own || article) return;
    kept.delete(y.category);
    tally.explanation.push(`${y.category} gives way to ${y.to.filter((c) => kept.has(c)).join(', ')} (${y.id}): none of its own words`);
  });
  return ranked.filter(([c]) => kept.has(c));
}

/** Facts phase: tenge amounts, law articles, regions and outlets named in the text. */
function extractFacts(compiled: CompiledRules, scans: FieldScan[], lawArticles: LawArticleRef[]): ExtractedFacts {
  const regions: string[] = [];
  const outlets: string[] = [];
  for (const scan of scans) {
    for (const h of scan.hits) {
      for (const use of compiled.uses[h.term]!) {
        if (use.kind === 'region' && !regions.includes(use.name)) regions.push(use.name);
        if (use.kind === 'outlet' && !outlets.includes(use.name)) outlets.push(use.name);
      }
    }
  }
  // "Almaty Region" contains "Almaty": the city is mentioned only if it also occurs on its own.
  return {
    amountsKzt: [...new Set(scans.flatMap((s) => findAmountsKzt(s.norm.text)))],
    lawArticles,
    regions: dropContainedRegions(scans, compiled, regions),
    outlets,
  };
}

export function classifyWith(compiled: CompiledRules, input: ClassifyInput): Classification {
  const scans: FieldScan[] = [];
  // An item known to be Kazakh has its Latin-script title and text read as Kazakh however short they are.
  const kazakh = input.lang === 'kk';
  if (input.title) scans.push(scanField(compiled, 'title', input.title, kazakh));
  scans.push(scanField(compiled, 'text', input.text ?? '', kazakh));
  const firings = fire(compiled, scans);

  const tally: Tally = { scores: new Map(), strength: new Map(), evidence: [], matches: [], explanation: [], counted: new Set(), lawArticles: [] };
  // Strongest rules first: when several rules fire on the same words, the heaviest one is counted.
  // Among equal weights a pair within its rule's window before one that reaches across sentences: one act
  // counts once, and the close reading of it is the one that may add a second category.
  const byWeight = [...firings].sort((x, y) => ruleWeight(y) - ruleWeight(x) || Number(x.acrossSentences === true) - Number(y.acrossSentences === true));
  const threshold = compiled.ruleSet.threshold;
  for (const f of byWeight) if (!isConditional(f)) scoreFiring(tally, f, threshold);
  scoreArticles(tally, compiled, scans);
  const cancelledBy = applyExclusions(tally, firings);
  applyConditionalRules(tally, firings, threshold);
  const ranked = applyYields(compiled, scans, tally, rankCategories(tally, cancelledBy, threshold));

  const categories = ranked.map(([c]) => c);
  const top = ranked[0] ? tally.strength.get(ranked[0][0])! : Math.max(0, ...tally.scores.values());
  const flagged = categories.length > 0;
  const matches = tally.matches.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  return {
    flagged,
    score: round(flagged ? 1 - Math.exp(-top / (2 * threshold)) : Math.max(0, top) / (4 * threshold)),
    categories,
    matches,
    rulesVersion: compiled.ruleSet.version,
    explanation: tally.explanation,
    facts: extractFacts(compiled, scans, tally.lawArticles),
  };
}

function dropContainedRegions(scans: FieldScan[], compiled: CompiledRules, regions: string[]): string[] {
  const standalone = new Set<string>();
  for (const scan of scans) {
    const regionHits = scan.hits.filter((h) => compiled.uses[h.term]!.some((u) => u.kind === 'region'));
    for (const h of regionHits) {
      const inside = regionHits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start);
      if (inside) continue;
      for (const u of compiled.uses[h.term]!) if (u.kind === 'region') standalone.add(u.name);
    }
  }
  return regions.filter((r) => standalone.has(r));
}

export function createClassifier(rules: RuleSet = builtInRules()): Classify {
  const compiled = compileRules(rules);
  return (input) => classifyWith(compiled, input);
}
