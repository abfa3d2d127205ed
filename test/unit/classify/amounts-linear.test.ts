// Guards against super-linear amount extraction. The old single regular expression split a run of
// three-digit groups in 2^n ways before failing: at 60 groups these calls would not return for years,
// so they can only pass when extraction is linear (the bench measures speed; this only catches blow-up).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../shared/cli/commands/classify';
import { findAmountsKzt } from '../../../shared/classify/amounts';
import { createClassifier } from '../../../shared/classify/classifier';
import { normalizeText } from '../../../shared/classify/normalize';

const groups = (n: number, separator = ' ') => Array.from({ length: n }, () => '111').join(separator);

describe('findAmountsKzt on hostile runs of digit groups', () => {
  it.each([
    ['60 groups and no currency', `${groups(60)} штраф`],
    ['60 groups, a scale word, no currency', `${groups(60)} млн рублей`],
    ['60 groups behind KZT', `kzt ${groups(60)}x`],
    ['60 groups with no-break spaces', `${groups(60, '\u00a0')} долларов`],
    ['60 groups separated by scale words', `${Array.from({ length: 60 }, () => '111 тыс').join(' ')} usd`],
    ['20,000 groups', `${groups(20_000)} штраф`],
  ])('%s: returns', (_name, text) => {
    expect(findAmountsKzt(text)).toEqual(expect.any(Array));
  });

  it('a long run before a currency is still one amount; what follows is still found', () => {
    expect(findAmountsKzt(`${groups(60)} тенге, затем штраф 500 000 тенге`)).toEqual([expect.any(Number), 500_000]);
  });

  it('the classifier on an item with 40 digit groups finishes like an ordinary item', () => {
    const classify = createClassifier();
    const text = `Суд оштрафовал журналиста на ${groups(40)} ${groups(40)} тенге за публикацию`;
    const result = classify({ title: 'Суд оштрафовал журналиста', text: normalizeText(text).text, lang: 'ru' });
    expect(result.flagged).toBe(true);
  });

  it('`classify` (the command) answers an item with 40 digit groups beside an ordinary one', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const hostile = { id: 'groups', lang: 'ru', title: 'Штраф', text: `Суд оштрафовал редакцию на ${groups(40)} рублей` };
    const ordinary = { id: 'plain', lang: 'ru', title: 'Штраф', text: 'Суд оштрафовал редакцию на 500 000 тенге' };
    stdin.end(`${JSON.stringify(hostile)}\n${JSON.stringify(ordinary)}\n`);
    const code = await classifyCommand.run([], { stdin, stdout, stderr: new PassThrough(), env: {} });
    expect(code).toBe(0);
    const [first, second] = out.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect([first!.id, second!.id]).toEqual(['groups', 'plain']);
  });
});
