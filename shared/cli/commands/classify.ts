// `classify`: JSON lines `{"id","lang"?,"title"?,"text","url"?}` on stdin, one JSON line per input on
// stdout in the same order (the contract in docs/decisions.md); a bad line gets an "error" field.
import { createInterface } from 'node:readline';
import type { Classify } from '../../domain/classification';
import { createClassifier } from '../../classify/classifier';
import { detectLanguage } from '../../classify/detect-language';
import type { CliCommand } from '../command';

export interface ClassifyOutputLine {
  id: string | number | null;
  flagged: boolean;
  score: number;
  categories: string[];
  matches: Array<{ term: string; category: string; start: number; end: number; field: string }>;
  lang?: string;
  rulesVersion?: string;
  explanation?: string[];
  facts?: unknown;
  error?: string;
}

/** Classifies one input line; never throws, so one bad line cannot stop the stream. */
export function classifyLine(classify: Classify, line: string, verbose = false): ClassifyOutputLine {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, flagged: false, score: 0, categories: [], matches: [], error: 'not a JSON line' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { id: null, flagged: false, score: 0, categories: [], matches: [], error: 'not a JSON object' };
  }
  const o = input as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
  if (typeof o.text !== 'string' && typeof o.title !== 'string') {
    return { id, flagged: false, score: 0, categories: [], matches: [], error: 'missing "text"' };
  }
  const title = typeof o.title === 'string' ? o.title : '';
  const text = typeof o.text === 'string' ? o.text : '';
  const c = classify({ title, text, ...(typeof o.lang === 'string' ? { lang: o.lang } : {}) });
  const out: ClassifyOutputLine = {
    id,
    flagged: c.flagged,
    score: c.score,
    categories: c.categories,
    matches: c.matches.map((m) => ({ term: m.term, category: m.category, start: m.start, end: m.end, field: m.field })),
    lang: typeof o.lang === 'string' && o.lang ? o.lang : detectLanguage(`${title} ${text}`) ?? 'ru',
    rulesVersion: c.rulesVersion,
  };
  if (verbose) {
    out.explanation = c.explanation;
    out.facts = c.facts;
  }
  return out;
}

export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'classify JSON lines from stdin, one JSON result line per input',
  usage: [
    'usage: npm run --silent cli -- classify [--explain]',
    '',
    'Reads JSON lines {"id","lang"?,"title"?,"text","url"?} on stdin and writes one line per input, same order:',
    '{"id","flagged","score","categories","matches":[{"term","category","start","end","field"}],"lang","rulesVersion"}',
    'A malformed input line gives an output line with an "error" field.',
    '  --explain   add the one-line explanations and the extracted facts to every output line',
  ].join('\n'),
  async run(args, io) {
    const verbose = args.includes('--explain');
    const classify = createClassifier();
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const ok = io.stdout.write(`${JSON.stringify(classifyLine(classify, line, verbose))}\n`);
      if (!ok) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    return 0;
  },
};
