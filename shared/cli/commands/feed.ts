// `feed <url-or-path>`: one feed or court page through the real source adapter, as JSON lines
// {"id","title","url","publishedAt","summary","lang","guid"} (the contract in docs/decisions.md).
import { languageArg, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { readDocument, type ReadOptions } from './source-cli';

const USAGE = `usage: feed <url-or-path> [--source ID] [--lang ru|kk|en] [--court PARSER_ID] [--base URL]

Fetches (politely: robots.txt, User-Agent with the contact URL) or reads one RSS/RDF/Atom feed or court
news page and writes its normalised items as JSON lines. A local HTML file is read with the court parser
that matches it. Exit 0 with the items (none for an empty feed); exit 1 with one line on stderr when the
document is unusable (HTML instead of a feed, malformed XML, entity declarations, over the size cap…).`;

export function parseFeedArgs(args: string[]): { target: string } & Omit<ReadOptions, 'now'> {
  const { values, positionals } = parseCommandArgs(
    args,
    { source: { type: 'string' }, court: { type: 'string' }, base: { type: 'string' }, lang: { type: 'string' } },
    1,
  );
  const target = positionals[0];
  if (!target) throw new UsageError('give a feed URL or a file path');
  return { target, sourceId: values.source, court: values.court, base: values.base, lang: languageArg(values.lang) };
}

export const feedCommand: CliCommand = {
  name: 'feed',
  summary: 'print the normalised items of one feed or court page (URL or file) as JSON lines',
  usage: USAGE,
  async run(args, io) {
    const { target, ...options } = parseFeedArgs(args);
    const items = await readDocument(target, io, { ...options, now: new Date() });
    for (const item of items) {
      io.stdout.write(
        `${JSON.stringify({ id: item.id, title: item.title, url: item.url, publishedAt: item.publishedAt, summary: item.summary, lang: item.language, guid: item.guid ?? null })}\n`,
      );
    }
    return 0;
  },
};
