// Guards for the rules the architecture depends on, checked over the source tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const shared = sourceFiles('shared');
const lambdas = sourceFiles('lambdas');

describe('architecture', () => {
  it('never scans the table outside an explicit admin command', () => {
    const scanning = [...shared, ...lambdas].filter((f) => !f.includes('/admin/') && /\bScan(Command|CommandInput|Input)\b|\bpaginateScan\b/.test(readFileSync(f, 'utf8')));
    expect(scanning).toEqual([]);
  });

  it('uses no DynamoDB transactions (dynalite lacks them)', () => {
    expect(shared.filter((f) => /Transact(Write|Get)/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('reads the environment in one place only', () => {
    const readers = [...shared, ...lambdas].filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')));
    // The CLI's entry point hands process.env over whole as io.env (see the next test).
    const allowed = ['shared/config/config.ts', 'shared/cli/main.ts'];
    expect(readers.filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it('reads the command line\'s environment (io.env) in the config only', () => {
    // The CLI receives the environment as io.env; other modules hand it whole to the config's loaders.
    const handedOver = /\b(?:loadConfig|loadCliSettings)\(io\.env\)/g;
    const readsEnv = /\bio\.env\b|\benv\??\.[A-Z][A-Z0-9_]+\b|\benv\s*\[|\{[^{}]*\}\s*=\s*(?:io\.)?env\b/;
    const readers = [...shared, ...lambdas].filter((f) => readsEnv.test(readFileSync(f, 'utf8').replace(handedOver, '')));
    // shared/local/main.ts prints the environment it gives the servers' clients (`servers.env`); it reads none.
    const allowed = ['shared/config/config.ts', 'shared/local/main.ts'];
    expect(readers.filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it('writes stored items through applyChange only (the one write path)', () => {
    const writers = [...shared, ...lambdas].filter((f) => /\bitems\.replace\(/.test(readFileSync(f, 'utf8')));
    expect(writers).toEqual(['shared/review/apply-change.ts']);
  });

  it('writes stored sources through changeSource only (the same shape of write path)', () => {
    const writers = [...shared, ...lambdas].filter((f) => /\bsources\.replace\(/.test(readFileSync(f, 'utf8')));
    expect(writers).toEqual(['shared/sources/manage-sources.ts']);
  });

  it('keeps handlers thin: no AWS SDK client imports in lambdas/', () => {
    expect(lambdas.filter((f) => /from '@aws-sdk\//.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
