// Links found in source documents, made absolute against the page they came from.

/** `href` resolved against `base`; undefined when empty, unparsable or not http(s) (javascript:, mailto:, file:…). */
export function absoluteUrl(href: string | undefined, base: string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
