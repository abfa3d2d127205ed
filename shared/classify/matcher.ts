// One Aho–Corasick automaton over UTF-16 code units for every rule term, compiled once: a dense DFA
// over a compressed alphabet, so scanning costs one table lookup per char whatever the number of terms.

/** A compiled term: `журналист*` (stem: word start, any ending), `журналист` (whole word), `*медиа*`. */
export interface MatcherTerm {
  /** Normalised text of the term without the `*` markers; may contain single spaces. */
  text: string;
  /** The match must start at a word boundary (no leading `*`). */
  boundaryStart: boolean;
  /** The match must end at a word boundary (no trailing `*`). */
  boundaryEnd: boolean;
}

/** Parses the rule notation (`журналист*`, `*медиа*`, `суд`) into a matcher term; text must be normalised. */
export function parseTerm(notation: string): MatcherTerm {
  let text = notation;
  const boundaryStart = !text.startsWith('*');
  if (!boundaryStart) text = text.slice(1);
  const boundaryEnd = !text.endsWith('*');
  if (!boundaryEnd) text = text.slice(0, -1);
  if (text.length === 0) throw new Error(`empty term "${notation}"`);
  return { text, boundaryStart, boundaryEnd };
}

/** Letters and digits of any script: the chars that make up a word. */
export const WORD_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
})();

export interface Matcher {
  readonly terms: readonly MatcherTerm[];
  readonly stateCount: number;
  readonly alphabetSize: number;
  /**
   * Reports every match, overlapping ones included, as (term index, start, end exclusive) through
   * `onMatch`, in order of end position. Returns the number of matches.
   */
  scan(text: string, onMatch?: (term: number, start: number, end: number) => void): number;
}

export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  // Alphabet compression: class 0 is "any char no term uses", which always leads back to the root.
  const classOf = new Uint16Array(65536);
  let alphabetSize = 1;
  for (const term of terms) {
    for (let i = 0; i < term.text.length; i++) {
      const c = term.text.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = alphabetSize++;
    }
  }
  const A = alphabetSize;

  // Trie with a growable dense goto table (-1 = no edge).
  let capacity = 1024;
  let goto = new Int32Array(capacity * A).fill(-1);
  let stateCount = 1;
  const ownTerms: number[][] = [[]];
  const depth: number[] = [0];
  terms.forEach((term, index) => {
    let s = 0;
    for (let i = 0; i < term.text.length; i++) {
      const c = classOf[term.text.charCodeAt(i)]!;
      let next = goto[s * A + c]!;
      if (next < 0) {
        if (stateCount === capacity) {
          capacity *= 2;
          const grown = new Int32Array(capacity * A).fill(-1);
          grown.set(goto);
          goto = grown;
        }
        next = stateCount++;
        goto[s * A + c] = next;
        ownTerms.push([]);
        depth.push(depth[s]! + 1);
      }
      s = next;
    }
    ownTerms[s]!.push(index);
  });

  // Breadth-first: failure links, dictionary links and the full DFA transition table.
  const fail = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount).fill(-1);
  const delta = new Int32Array(stateCount * A);
  const queue = new Int32Array(stateCount);
  let head = 0;
  let tail = 0;
  for (let c = 0; c < A; c++) {
    const next = goto[c]!;
    if (next > 0) {
      delta[c] = next;
      fail[next] = 0;
      queue[tail++] = next;
    } else delta[c] = 0;
  }
  while (head < tail) {
    const s = queue[head++]!;
    const f = fail[s]!;
    dictLink[s] = ownTerms[f]!.length > 0 ? f : dictLink[f]!;
    for (let c = 0; c < A; c++) {
      const next = goto[s * A + c]!;
      if (next >= 0) {
        fail[next] = delta[f * A + c]!;
        delta[s * A + c] = next;
        queue[tail++] = next;
      } else delta[s * A + c] = delta[f * A + c]!;
    }
  }

  // Pre-multiplied targets, complemented (negative) when the target state reports something, so the
  // hot loop is one load, one add and one sign test per char.
  const reports = new Uint8Array(stateCount);
  for (let s = 0; s < stateCount; s++) reports[s] = ownTerms[s]!.length > 0 || dictLink[s]! >= 0 ? 1 : 0;
  const table = new Int32Array(stateCount * A);
  for (let i = 0; i < table.length; i++) {
    const target = delta[i]!;
    table[i] = reports[target] ? ~(target * A) : target * A;
  }
  const termStart: number[] = [];
  const termList: number[] = [];
  for (let s = 0; s < stateCount; s++) {
    termStart.push(termList.length);
    termList.push(...ownTerms[s]!);
  }
  termStart.push(termList.length);
  const ownStart = Int32Array.from(termStart);
  const own = Int32Array.from(termList);
  const lengths = Int32Array.from(terms.map((t) => t.text.length));
  const needStart = Uint8Array.from(terms.map((t) => (t.boundaryStart ? 1 : 0)));
  const needEnd = Uint8Array.from(terms.map((t) => (t.boundaryEnd ? 1 : 0)));

  function scan(text: string, onMatch?: (term: number, start: number, end: number) => void): number {
    const n = text.length;
    let s = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const t = table[s + classOf[text.charCodeAt(i)]!]!;
      if (t >= 0) {
        s = t;
        continue;
      }
      s = ~t;
      // Walk this state's own terms, then its dictionary-suffix chain.
      let state = s / A;
      while (state >= 0) {
        for (let k = ownStart[state]!; k < ownStart[state + 1]!; k++) {
          const term = own[k]!;
          const start = i + 1 - lengths[term]!;
          if (needStart[term] && start > 0 && WORD_CHAR[text.charCodeAt(start - 1)]) continue;
          if (needEnd[term] && i + 1 < n && WORD_CHAR[text.charCodeAt(i + 1)]) continue;
          count++;
          if (onMatch) onMatch(term, start, i + 1);
        }
        state = dictLink[state]!;
      }
    }
    return count;
  }

  return { terms, stateCount, alphabetSize: A, scan };
}
