// `import --url U | --text-file F [--title T] [--lang ru] [--source ID] [--actor NAME]`: adds one court
// act or article to the review queue by hand (the acts bank is behind reCAPTCHA: staff fetch it themselves).
import { readFile } from 'node:fs/promises';
import { loadCliSettings } from '../../config/config';
import { importItem, type ImportItemInput } from '../../ingest/import-item';
import { languageArg, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: import --url URL [--title T] [--lang ru|kk|en] [--source ID] [--actor NAME]
       import --text-file FILE | --text TEXT [--url URL] [--title T] [--lang ru|kk|en] [--source ID] [--actor NAME]

By URL the page is fetched (robots.txt respected) and its title and main text extracted; for a PDF or a
page behind a CAPTCHA, save or copy the text to a file and use --text-file (with --url to keep the link).
The item is classified and stored as pending with an "import" audit record. Prints the item as JSON.`;

/** `actor` is who the CLI acts as (CliSettings.actor) when --actor is not given. */
export async function parseImportArgs(args: string[], actor: string): Promise<ImportItemInput> {
  const spec = { type: 'string' } as const;
  const { values, positionals } = parseCommandArgs(
    args,
    { url: spec, 'text-file': spec, text: spec, title: spec, source: spec, actor: spec, lang: spec },
    1,
  );
  const bareUrl = positionals[0];
  if (bareUrl !== undefined && (values.url || !/^https?:\/\//i.test(bareUrl))) throw new UsageError(`unexpected argument ${bareUrl}`);
  const input: ImportItemInput = {
    actor: values.actor ?? actor,
    url: values.url ?? bareUrl,
    text: values.text,
    title: values.title,
    sourceId: values.source,
    lang: languageArg(values.lang),
  };
  const textFile = values['text-file'];
  if (textFile) input.text = await readFile(textFile, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${textFile}`);
  });
  if (!input.url && !input.text) throw new UsageError('give --url, --text-file or --text');
  return input;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'add one court act or article to the review queue by URL or from a text file',
  usage: USAGE,
  async run(args, io) {
    const input = await parseImportArgs(args, loadCliSettings(io.env).actor);
    return withCliRuntime(
      io,
      async ({ deps }) => {
        const { item, created } = await importItem(deps, input);
        io.stdout.write(
          `${JSON.stringify({ id: item.id, created, status: item.status, title: item.title, url: item.url, lang: item.language, flagged: item.classification.flagged, categories: item.classification.categories })}\n`,
        );
        return 0;
      },
      'sozwatch-import',
    );
  },
};
