// The JSON lines (Powertools logs and EMF metrics) a piece of code writes to stdout, captured in process.
import { vi } from 'vitest';

export async function captureJsonLines<T>(run: () => T | Promise<T>): Promise<{ result: T; lines: Array<Record<string, unknown>> }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const result = await run();
    const lines = written.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as Record<string, unknown>);
    return { result, lines };
  } finally {
    spy.mockRestore();
  }
}
