// `sources list`: one JSON line per stored source (the built-in catalog seeded into the empty table of
// a local stack), `kind` naming every kind, filters by lane or kind.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main';
import { CATALOG } from '../../../shared/sources/catalog';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
});
afterAll(async () => {
  await stack?.stop();
});

async function list(args: string[]): Promise<{ code: number; lines: Array<Record<string, unknown>> }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await runCli(['sources', 'list', ...args], { stdin: new PassThrough(), stdout, stderr: new PassThrough().resume(), env: stack.env });
  const text = Buffer.concat(chunks).toString('utf8');
  return { code, lines: text.split('\n').filter(Boolean).map((line: string) => JSON.parse(line) as Record<string, unknown>) };
}

describe('sources list', () => {
  it('prints one JSON line per source with its kind, evidence and settings', async () => {
    const { code, lines } = await list([]);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(CATALOG.map((s) => s.id).sort());
    expect(lines.every((l) => l.enabled === true && l.version === 1 && l.origin === 'catalog')).toBe(true);
    expect(new Set(lines.map((l) => l.kind))).toEqual(new Set(['feed', 'html-list', 'telegram', 'search', 'court']));
    expect(lines.find((l) => l.id === 'vlast-ru')).toMatchObject({ kind: 'html-list', settings: { item: '.news-list .news-list__item' } });
    expect(lines.every((l) => typeof l.evidence === 'string')).toBe(true);
  });

  it('filters by lane or by kind', async () => {
    const telegram = await list(['--kind', 'telegram']);
    expect(telegram.lines.length).toBeGreaterThan(0);
    expect(telegram.lines.every((l) => l.kind === 'telegram' && String(l.url).startsWith('https://t.me/s/'))).toBe(true);
    const news = await list(['--kind', 'news']);
    const courts = await list(['--kind', 'courts']);
    expect(news.lines.some((l) => l.kind === 'court')).toBe(false);
    expect(courts.lines.every((l) => l.kind === 'court')).toBe(true);
    expect(news.lines.length + courts.lines.length).toBe(CATALOG.length);
  });
});
