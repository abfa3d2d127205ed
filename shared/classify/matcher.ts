// One Aho–Corasick automaton over UTF-16 code units for every rule term, compiled once in four phases
// (alphabet, trie, DFA, scan-table layout): a dense DFA over a compressed alphabet, so scanning costs one
// table lookup per char whatever the number of terms.

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

/** Alphabet phase: chars compressed to classes, with a virtual BOUNDARY symbol. */
interface Alphabet {
  classOf: Uint16Array;
  /** 1 for a class of separator chars, 0 for a class of word chars. */
  isSeparator: number[];
  /** Classes of real chars; BOUNDARY is the next number. */
  size: number;
}

// Class 0: a letter or digit no term uses (back to the root); class 1: any other separator no term
// uses; then one class per char the terms use. BOUNDARY is a virtual symbol that the automaton reads
// after every separator: terms that must start a word begin with it, so the automaton only follows them
// from word starts and idles at the root inside other words.
function buildAlphabet(terms: readonly MatcherTerm[]): Alphabet {
  const isWordChar = wordChars();
  const classOf = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) if (isWordChar[c] === 0) classOf[c] = 1;
  const isSeparator: number[] = [0, 1];
  let size = 2;
  for (const term of terms) {
    for (let i = 0; i < term.text.length; i++) {
      const c = term.text.charCodeAt(i);
      if (classOf[c]! <= 1) {
        isSeparator.push(isWordChar[c] === 1 ? 0 : 1);
        classOf[c] = size++;
      }
    }
  }
  return { classOf, isSeparator, size };
}

/** Trie phase: a dense goto table (-1 = no edge) over the alphabet and BOUNDARY, and each state's own terms. */
interface Trie {
  goto: Int32Array;
  stateCount: number;
  ownTerms: number[][];
}

function buildTrie(terms: readonly MatcherTerm[], alphabet: Alphabet): Trie {
  const BOUNDARY = alphabet.size;
  const A = alphabet.size + 1;
  let capacity = 1024;
  let goto = new Int32Array(capacity * A).fill(-1);
  let stateCount = 1;
  const ownTerms: number[][] = [[]];
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
    }
    return next;
  };
  terms.forEach((term, index) => {
    let s = term.boundaryStart ? step(0, BOUNDARY) : 0;
    for (let i = 0; i < term.text.length; i++) {
      const c = alphabet.classOf[term.text.charCodeAt(i)]!;
      s = step(s, c);
      if (alphabet.isSeparator[c] === 1) s = step(s, BOUNDARY);
    }
    ownTerms[s]!.push(index);
  });
  return { goto, stateCount, ownTerms };
}

/** DFA phase: failure and dictionary links, the full transition table, and the breadth-first order. */
interface Dfa {
  delta: Int32Array;
  dictLink: Int32Array;
  bfs: number[];
}

function buildDfa(trie: Trie, alphabet: Alphabet): Dfa {
  const { goto, stateCount, ownTerms } = trie;
  const A = alphabet.size + 1;
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
  return { delta, dictLink, bfs: [0, ...queue.subarray(0, tail)] };
}

/** Layout phase: the scan table the hot loop reads, with reporting states last. */
interface ScanTable {
  table: Uint16Array | Uint32Array;
  /** Row width: the real char classes (a separator's entry already includes the BOUNDARY step). */
  width: number;
  /** States numbered from here on report terms. */
  reportFrom: number;
  /** The state at a text start, as if a separator preceded it. */
  initial: number;
  outStart: Int32Array;
  out: Int32Array;
}

function layoutScanTable(trie: Trie, dfa: Dfa, alphabet: Alphabet): ScanTable {
  const { stateCount, ownTerms } = trie;
  const { delta, dictLink, bfs } = dfa;
  const BOUNDARY = alphabet.size;
  const A = alphabet.size + 1;
  // Renumber states: those that report nothing first, then those that report, each group breadth-first
  // so the shallow states text visits most sit together in memory; one comparison then tells the
  // hot loop whether to report.
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

  // Row-major table of state ids, 16-bit while there are at most 65,536 states: 10,000 stems make
  // about 42,000 states, and halving the bytes keeps more of the visited rows in cache.
  const W = A - 1;
  const table = stateCount <= 65536 ? new Uint16Array(stateCount * W) : new Uint32Array(stateCount * W);
  for (let id = 0; id < stateCount; id++) {
    const old = order[id]!;
    for (let c = 0; c < W; c++) {
      let target = delta[old * A + c]!;
      if (alphabet.isSeparator[c] === 1) target = delta[target * A + BOUNDARY]!;
      table[id * W + c] = newId[target]!;
    }
  }
  return { table, width: W, reportFrom, initial: newId[delta[BOUNDARY]!]!, outStart, out: Int32Array.from(outList) };
}

export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const alphabet = buildAlphabet(terms);
  const trie = buildTrie(terms, alphabet);
  const dfa = buildDfa(trie, alphabet);
  const { table, width: W, reportFrom, initial, outStart, out } = layoutScanTable(trie, dfa, alphabet);
  const { classOf } = alphabet;
  const { stateCount } = trie;
  const isWordChar = wordChars();
  const lengths = Int32Array.from(terms.map((t) => t.text.length));
  const needStart = Uint8Array.from(terms.map((t) => (t.boundaryStart ? 1 : 0)));
  const needEnd = Uint8Array.from(terms.map((t) => (t.boundaryEnd ? 1 : 0)));

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

  // One pass, one table lookup per char: item-sized texts (a few KB) are far below the length at which
  // interleaving several independent scans to keep more table loads in flight pays (bench/classifier.ts).
  function scan(text: string, onMatch?: (term: number, start: number, end: number) => void): number {
    const sink: number[] | undefined = onMatch ? [] : undefined;
    let s = initial;
    let count = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      s = table[s * W + classOf[text.charCodeAt(i)]!]!;
      if (s >= reportFrom) count += report(text, s, i, sink);
    }
    if (onMatch) for (let k = 0; k < sink!.length; k += 3) onMatch(sink![k]!, sink![k + 1]!, sink![k + 2]!);
    return count;
  }

  return { terms, stateCount, alphabetSize: W, scan };
}
