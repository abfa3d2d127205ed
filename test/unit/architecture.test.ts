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
    const allowed = ['shared/config/config.ts', 'shared/cli/main.ts', 'shared/local/main.ts'];
    expect(readers.filter((f) => !allowed.includes(f) && !f.includes('/demo/') && !f.startsWith('shared/local/'))).toEqual([]);
  });

  it('keeps handlers thin: no AWS SDK client imports in lambdas/', () => {
    expect(lambdas.filter((f) => /from '@aws-sdk\//.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
