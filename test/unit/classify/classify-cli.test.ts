// The `classify` command: the JSON-lines contract other tools rely on, and a golden file over texts
// written for this test. Update the golden on purpose with SOZWATCH_UPDATE_GOLDEN=1 and read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../shared/cli/commands/classify';

const FIXTURES = new URL('../../fixtures/classify/', import.meta.url);

async function runClassify(input: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  stdin.end(input);
  const code = await classifyCommand.run(args, { stdin, stdout, stderr, env: {} });
  return { code, stdout: out, stderr: err };
}

describe('classify command', () => {
  it('writes one JSON line per input line, in order, with the contract fields', async () => {
    const input = readFileSync(new URL('golden-input.jsonl', FIXTURES), 'utf8');
    const { code, stdout, stderr } = await runClassify(input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    const inputs = input.trimEnd().split('\n');
    expect(lines).toHaveLength(inputs.length);
    const outs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outs.map((o) => o.id)).toEqual(['g01', 'g02', 'g03', 'g04', 'g05', 'g06', 'g07', 'g08', 'g09', 'g10', 'g11', 'g12', null, 'g14']);
    for (const o of outs.filter((x) => !x.error)) {
      expect(o).toEqual(
        expect.objectContaining({ flagged: expect.any(Boolean), score: expect.any(Number), categories: expect.any(Array), matches: expect.any(Array) }),
      );
      for (const m of o.matches as Array<Record<string, unknown>>) expect(Object.keys(m).sort()).toEqual(['category', 'end', 'field', 'start', 'term']);
    }
    expect(outs[12]).toMatchObject({ id: null, flagged: false, error: 'not a JSON line' });
    expect(outs[13]).toMatchObject({ id: 'g14', flagged: false, error: 'missing "text"' });
  });

  it('reports offsets into the original field', async () => {
    const { stdout } = await runClassify(
      `${JSON.stringify({ id: 'x', title: 'Блогера <b>задержали</b>', text: 'В Алматы &laquo;задержали&raquo; блогера.' })}\n`,
    );
    const out = JSON.parse(stdout) as { matches: Array<{ field: string; start: number; end: number }> };
    const title = 'Блогера <b>задержали</b>';
    const text = 'В Алматы &laquo;задержали&raquo; блогера.';
    expect(out.matches.length).toBeGreaterThan(0);
    for (const m of out.matches) {
      const field = m.field === 'title' ? title : text;
      const span = field.slice(m.start, m.end);
      expect(span).toMatch(/^(блогера|задержали|Блогера)/);
      expect(span).toMatch(/(блогера|задержали)$/);
    }
  });

  it('reports offsets into the original Latin- and Arabic-script Kazakh, not into its Cyrillic reading', async () => {
    const texts = ['Polısııa tilshini Almatyda ustady.', 'Polisiya tilşini Almatıda ūstadı.', 'پوليتسيا ءتىلشىنى الماتىدا ۇستادى.'];
    const { stdout } = await runClassify(texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n'));
    const outs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { lang: string; categories: string[]; matches: Array<{ term: string; start: number; end: number }> });
    const spans = [['tilshini', 'ustady'], ['tilşini', 'ūstadı'], ['ءتىلشىنى', 'ۇستادى']];
    outs.forEach((out, i) => {
      expect(out.lang).toBe('kk');
      expect(out.categories).toEqual(['detention']);
      const near = out.matches.find((m) => m.term.includes(' NEAR '))!;
      const span = texts[i]!.slice(near.start, near.end);
      expect(span.startsWith(spans[i]![0]!), span).toBe(true);
      expect(span.endsWith(spans[i]![1]!), span).toBe(true);
    });
  });

  it('matches the golden output (with --explain: explanations and facts)', async () => {
    const input = readFileSync(new URL('golden-input.jsonl', FIXTURES), 'utf8');
    const { stdout } = await runClassify(input, ['--explain']);
    const goldenUrl = new URL('golden-expected.jsonl', FIXTURES);
    if (process.env.SOZWATCH_UPDATE_GOLDEN === '1') writeFileSync(goldenUrl, stdout);
    expect(stdout).toBe(readFileSync(goldenUrl, 'utf8'));
  });
});
