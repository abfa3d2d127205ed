// Writes report files to a local directory, mirroring their S3 keys (CLI --out, the demo's out/demo/).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ReportFile } from './build-report';

/** Writes the files under `dir`; returns their absolute paths in the same order. */
export async function exportReportFiles(files: readonly ReportFile[], dir: string): Promise<string[]> {
  const root = resolve(dir);
  const paths: string[] = [];
  for (const file of files) {
    const path = join(root, ...file.key.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.body);
    paths.push(path);
  }
  return paths;
}
