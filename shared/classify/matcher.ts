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

let wordCharTable: Uint8Array | undefined;

/**
 * Letters and digits of any script: the chars that make up a word (1) or not (0). Built on first
 * use, not at import, so handlers that never classify skip ~10 ms of cold start.
 */
export function wordChars(): Uint8Array {
  wordCharTable ??= buildWordCharTable();
  return wordCharTable;
}

function buildWordCharTable(): Uint8Array {
  const table = new Uint8Array(65536);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (re.test(String.fromCharCode(c))) table[c] = 1;
  }
  return table;
}

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
  // Alphabet compression. Class 0: a letter or digit no term uses (back to the root); class 1: any
  // other separator no term uses; then one class per char the terms use. BOUNDARY is a virtual
  // symbol that the automaton reads after every separator: terms that must start a word begin with
  // it, so the automaton only follows them from word starts and idles at the root inside other words.
  const isWordChar = wordChars();
  const classOf = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) if (isWordChar[c] === 0) classOf[c] = 1;
  const isSeparator: number[] = [0, 1];
  let alphabetSize = 2;
  for (const term of terms) {
    for (let i = 0; i < term.text.length; i++) {
      const c = term.text.charCodeAt(i);
      if (classOf[c]! <= 1) {
        isSeparator.push(isWordChar[c] === 1 ? 0 : 1);
        classOf[c] = alphabetSize++;
      }
    }
  }
  const BOUNDARY = alphabetSize;
  const A = alphabetSize + 1; // during construction only; the scan table has no BOUNDARY column

  // Trie with a growable dense goto table (-1 = no edge).
  let capacity = 1024;
  let goto = new Int32Array(capacity * A).fill(-1);
  let stateCount = 1;
  const ownTerms: number[][] = [[]];
  const depth: number[] = [0];
  const step = (s: number, c: number): number => {
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
    return next;
  };
  terms.forEach((term, index) => {
    let s = term.boundaryStart ? step(0, BOUNDARY) : 0;
    for (let i = 0; i < term.text.length; i++) {
      const c = classOf[term.text.charCodeAt(i)]!;
      s = step(s, c);
      if (isSeparator[c] === 1) s = step(s, BOUNDARY);
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

  // Renumber states: those that report nothing first, then those that report, each group breadth-first
  // so the shallow states text visits most sit together in memory; one comparison then tells the
  // hot loop whether to report.
  const bfs = [0, ...queue.subarray(0, tail)];
  const reports = (st: number): boolean => ownTerms[st]!.length > 0 || dictLink[st]! >= 0;
  const order = [...bfs.filter((st) => !reports(st)), ...bfs.filter((st) => reports(st))];
  const firstReporting = order.findIndex((st) => reports(st));
  const reportFrom = firstReporting < 0 ? stateCount : firstReporting;
  const newId = new Int32Array(stateCount);
  order.forEach((old, id) => (newId[old] = id));

  // Every term a state reports, its own and those of its dictionary-suffix chain, flattened so that
  // reporting is one contiguous loop.
  const outStart = new Int32Array(stateCount + 1);
  const outList: number[] = [];
  for (let id = 0; id < stateCount; id++) {
    outStart[id] = outList.length;
    for (let st = order[id]!; st >= 0; st = dictLink[st]!) outList.push(...ownTerms[st]!);
  }
  outStart[stateCount] = outList.length;
  const out = Int32Array.from(outList);

  // Row-major table of state ids, 16-bit while there are at most 65,536 states: 10,000 stems make
  // about 42,000 states, and halving the bytes keeps more of the visited rows in cache. A
  // separator's entry already includes the BOUNDARY step that follows it.
  const W = A - 1;
  const table = stateCount <= 65536 ? new Uint16Array(stateCount * W) : new Uint32Array(stateCount * W);
  for (let id = 0; id < stateCount; id++) {
    const old = order[id]!;
    for (let c = 0; c < W; c++) {
      let target = delta[old * A + c]!;
      if (isSeparator[c] === 1) target = delta[target * A + BOUNDARY]!;
      table[id * W + c] = newId[target]!;
    }
  }
  /** The state at a text start, as if a separator preceded it. */
  const initial = newId[delta[BOUNDARY]!]!;
  const lengths = Int32Array.from(terms.map((t) => t.text.length));
  const needStart = Uint8Array.from(terms.map((t) => (t.boundaryStart ? 1 : 0)));
  const needEnd = Uint8Array.from(terms.map((t) => (t.boundaryEnd ? 1 : 0)));

  let maxLength = 1;
  for (const d of depth) if (d > maxLength) maxLength = d;

  /** Reports the terms of the state reached at `i`; returns how many passed the boundary checks. */
  function report(text: string, s: number, i: number, sink: number[] | undefined): number {
    const state = s;
    const n = text.length;
    let count = 0;
    for (let k = outStart[state]!, last = outStart[state + 1]!; k < last; k++) {
      const term = out[k]!;
      const start = i + 1 - lengths[term]!;
      if (needStart[term] === 1 && start > 0 && isWordChar[text.charCodeAt(start - 1)] === 1) continue;
      if (needEnd[term] === 1 && i + 1 < n && isWordChar[text.charCodeAt(i + 1)] === 1) continue;
      count++;
      if (sink !== undefined) sink.push(term, start, i + 1);
    }
    return count;
  }

  /** One automaton run over [from, to), starting `warm` chars earlier without reporting. */
  function scanRange(text: string, from: number, to: number, sink: number[] | undefined): number {
    let s = 0;
    let i0 = from - maxLength;
    if (i0 <= 0) {
      i0 = 0;
      s = initial;
    }
    let count = 0;
    for (let i = i0; i < from; i++) s = table[s * W + classOf[text.charCodeAt(i)]!]!;
    for (let i = from; i < to; i++) {
      s = table[s * W + classOf[text.charCodeAt(i)]!]!;
      if (s >= reportFrom) count += report(text, s, i, sink);
    }
    return count;
  }

  // Long texts are scanned as eight interleaved lanes. Each step of one lane waits for the previous
  // table load (a dependent chain through a table larger than the L2 cache), so independent chains
  // keep several loads in flight. A lane starts `maxLength` chars early to reach the exact state a
  // single pass would have (an Aho–Corasick state depends only on that many preceding symbols).
  const LANES = 8;
  const MIN_LANE = 4096;

  function scan(text: string, onMatch?: (term: number, start: number, end: number) => void): number {
    const n = text.length;
    const sinks: Array<number[] | undefined> = Array.from({ length: LANES }, () => (onMatch ? [] : undefined));
    let count = 0;
    if (n < LANES * MIN_LANE) {
      count = scanRange(text, 0, n, sinks[0]);
    } else {
      const lane = Math.ceil(n / LANES);
      const b = Array.from({ length: LANES }, (_, k) => k * lane);
      const warm = (from: number): number => {
        let s = 0;
        for (let i = from - maxLength; i < from; i++) s = table[s * W + classOf[text.charCodeAt(i)]!]!;
        return s;
      };
      let s0 = initial;
      let s1 = warm(b[1]!);
      let s2 = warm(b[2]!);
      let s3 = warm(b[3]!);
      let s4 = warm(b[4]!);
      let s5 = warm(b[5]!);
      let s6 = warm(b[6]!);
      let s7 = warm(b[7]!);
      const b1 = b[1]!, b2 = b[2]!, b3 = b[3]!, b4 = b[4]!, b5 = b[5]!, b6 = b[6]!, b7 = b[7]!;
      const last = n - b7; // the last lane is the shortest
      for (let j = 0; j < last; j++) {
        s0 = table[s0 * W + classOf[text.charCodeAt(j)]!]!;
        s1 = table[s1 * W + classOf[text.charCodeAt(b1 + j)]!]!;
        s2 = table[s2 * W + classOf[text.charCodeAt(b2 + j)]!]!;
        s3 = table[s3 * W + classOf[text.charCodeAt(b3 + j)]!]!;
        s4 = table[s4 * W + classOf[text.charCodeAt(b4 + j)]!]!;
        s5 = table[s5 * W + classOf[text.charCodeAt(b5 + j)]!]!;
        s6 = table[s6 * W + classOf[text.charCodeAt(b6 + j)]!]!;
        s7 = table[s7 * W + classOf[text.charCodeAt(b7 + j)]!]!;
        if (s0 >= reportFrom) count += report(text, s0, j, sinks[0]);
        if (s1 >= reportFrom) count += report(text, s1, b1 + j, sinks[1]);
        if (s2 >= reportFrom) count += report(text, s2, b2 + j, sinks[2]);
        if (s3 >= reportFrom) count += report(text, s3, b3 + j, sinks[3]);
        if (s4 >= reportFrom) count += report(text, s4, b4 + j, sinks[4]);
        if (s5 >= reportFrom) count += report(text, s5, b5 + j, sinks[5]);
        if (s6 >= reportFrom) count += report(text, s6, b6 + j, sinks[6]);
        if (s7 >= reportFrom) count += report(text, s7, b7 + j, sinks[7]);
      }
      const states = [s0, s1, s2, s3, s4, s5, s6];
      for (let k = 0; k < LANES - 1; k++) {
        let s = states[k]!;
        const base = b[k]!;
        for (let j = last; j < lane; j++) {
          s = table[s * W + classOf[text.charCodeAt(base + j)]!]!;
          if (s >= reportFrom) count += report(text, s, base + j, sinks[k]);
        }
      }
    }
    if (onMatch) {
      // Lanes cover consecutive ranges, so reporting them in lane order keeps matches in end order.
      for (const sink of sinks) for (let k = 0; k < sink!.length; k += 3) onMatch(sink![k]!, sink![k + 1]!, sink![k + 2]!);
    }
    return count;
  }

  return { terms, stateCount, alphabetSize: W, scan };
}
