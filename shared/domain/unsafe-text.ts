// Characters that change how text around them is shown without being text themselves: bidirectional
// overrides and isolates (U+202E turns `gpj.exe` around), the invisible direction marks, and NUL, which
// some viewers and tools treat as the end of the string. Stored text never keeps them.

const UNSAFE_CONTROLS = /[\u0000\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripUnsafeControls(text: string): string;
export function stripUnsafeControls(text: string | undefined): string | undefined;
export function stripUnsafeControls(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(UNSAFE_CONTROLS, '');
}

/** The same item with every top-level string field cleaned (title, summary, text, url, guid…). */
export function withoutUnsafeControls<T extends object>(item: T): T {
  const cleaned = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(cleaned)) {
    if (typeof value === 'string') cleaned[key] = stripUnsafeControls(value);
  }
  return cleaned as T;
}
