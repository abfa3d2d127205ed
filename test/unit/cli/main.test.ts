import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const read = (stream: PassThrough) => () => stream.read()?.toString() ?? '';
  return { io: { stdin: new PassThrough(), stdout, stderr, env: {} }, out: read(stdout), err: read(stderr) };
}

describe('CLI dispatcher', () => {
  it('prints help on --help to stdout and exits 0', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    expect(t.out()).toMatch(/usage: npm run --silent cli -- <command>/);
  });
  it('names an unknown command on stderr and exits 2', async () => {
    const t = io();
    expect(await runCli(['frobnicate'], t.io)).toBe(2);
    expect(t.err()).toMatch(/unknown command "frobnicate"/);
    expect(t.out()).toBe('');
  });
});

describe('command arguments', () => {
  it('parse the options of a command, with usage errors for mistakes', async () => {
    const { parseCommandArgs, languageArg, UsageError } = await import('../../../shared/cli/command');
    const { parseIngestArgs } = await import('../../../shared/cli/commands/ingest');
    const { parseFeedArgs } = await import('../../../shared/cli/commands/feed');
    expect(parseIngestArgs(['--kind', 'news', '--source', 'tengrinews-ru,nur-ru', '--source', 'orda-ru'])).toMatchObject({
      kind: 'news',
      sourceIds: ['tengrinews-ru', 'nur-ru', 'orda-ru'],
    });
    expect(parseIngestArgs(['--kind', 'telegram'])).toMatchObject({ kind: 'telegram' });
    expect(() => parseIngestArgs(['--kind', 'podcast'])).toThrow('--kind must be news, courts or a source kind');
    expect(parseFeedArgs(['feed.xml', '--lang', 'kk'])).toMatchObject({ target: 'feed.xml', lang: 'kk' });
    expect(() => parseCommandArgs(['--nope'], {})).toThrow(UsageError);
    expect(() => parseCommandArgs(['a', 'b'], {}, 1)).toThrow('unexpected argument b');
    expect(() => parseIngestArgs(['--kind'])).toThrow(UsageError);
    expect(() => parseIngestArgs(['--concurrency', '0'])).toThrow('--concurrency must be an integer from 1 to 32');
    expect(() => languageArg('de')).toThrow('--lang must be one of ru, kk, en');
  });
});
