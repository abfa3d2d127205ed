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
