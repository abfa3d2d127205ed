// `rules explain "<text>"` shows why a text is or is not flagged; `rules reference` prints the rules
// as Markdown for staff (docs/classifier-rules.md is this output).
import { createClassifier } from '../../classify/classifier';
import { detectLanguage } from '../../classify/detect-language';
import { rulesReference } from '../../classify/rules-reference';
import { defaultRules } from '../../classify/rules/index';
import { UsageError, type CliCommand } from '../command';

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'explain the classifier on a text, or print the rules reference (Markdown)',
  usage: [
    'usage: npm run --silent cli -- rules explain "<text>" [--title "<title>"]',
    '       npm run --silent cli -- rules reference',
  ].join('\n'),
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'reference') {
      io.stdout.write(rulesReference(defaultRules));
      return 0;
    }
    if (sub !== 'explain') throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'missing subcommand');
    const titleAt = rest.indexOf('--title');
    const title = titleAt >= 0 ? (rest[titleAt + 1] ?? '') : '';
    const text = rest.filter((_, i) => titleAt < 0 || (i !== titleAt && i !== titleAt + 1)).join(' ');
    if (!text && !title) throw new UsageError('missing text');
    const c = createClassifier()({ title, text });
    const lines = [
      `${c.flagged ? 'FLAGGED' : 'not flagged'}  score ${c.score}  categories [${c.categories.join(', ')}]  language ${detectLanguage(`${title} ${text}`) ?? 'ru'}  rules ${c.rulesVersion}`,
      ...(c.explanation.length ? c.explanation.map((e) => `  ${e}`) : ['  no rule matched']),
      `  facts: ${JSON.stringify(c.facts)}`,
      '',
    ];
    io.stdout.write(lines.join('\n'));
    return 0;
  },
};
