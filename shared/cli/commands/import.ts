// `import --url U | --text-file F [--title T] [--lang ru] [--source ID] [--actor NAME]`: adds one court
// act or article to the review queue by hand (the acts bank is behind reCAPTCHA: staff fetch it themselves).
import { readFile } from 'node:fs/promises';
import { isLanguage } from '../../domain/taxonomy';
import { importItem, type ImportItemInput } from '../../ingest/import-item';
import { UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: import --url URL [--title T] [--lang ru|kk|en] [--source ID] [--actor NAME]
       import --text-file FILE | --text TEXT [--url URL] [--title T] [--lang ru|kk|en] [--source ID] [--actor NAME]

By URL the page is fetched (robots.txt respected) and its title and main text extracted; for a PDF or a
page behind a CAPTCHA, save or copy the text to a file and use --text-file (with --url to keep the link).
The item is classified and stored as pending with an "import" audit record. Prints the item as JSON.`;

export async function parseImportArgs(args: string[], env: Record<string, string | undefined>): Promise<ImportItemInput> {
  const input: ImportItemInput = { actor: env.SOZWATCH_ACTOR?.trim() || `cli:${env.USER?.trim() || 'unknown'}` };
  let textFile: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (!next) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--url') input.url = value();
    else if (arg === '--text-file') textFile = value();
    else if (arg === '--text') input.text = value();
    else if (arg === '--title') input.title = value();
    else if (arg === '--source') input.sourceId = value();
    else if (arg === '--actor') input.actor = value();
    else if (arg === '--lang') {
      const lang = value();
      if (!isLanguage(lang)) throw new UsageError(`--lang must be ru, kk or en, got "${lang}"`);
      input.lang = lang;
    } else if (!arg.startsWith('--') && !input.url && /^https?:\/\//i.test(arg)) input.url = arg;
    else throw new UsageError(`unknown option ${arg}`);
  }
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
    const input = await parseImportArgs(args, io.env);
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
