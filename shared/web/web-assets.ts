// The review page's static files, read once from this directory. The Lambda bundle copies them next
// to its entry file, where `import.meta.url` then points, so one lookup serves both layouts.
import { readFileSync } from 'node:fs';

export interface WebAsset {
  contentType: string;
  body: string;
}

/** URL path → file, the complete list the page needs (nothing else is ever served from disk). */
export const WEB_FILES: Record<string, { file: string; contentType: string }> = {
  '/': { file: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/assets/review-page.js': { file: 'review-page.js', contentType: 'text/javascript; charset=utf-8' },
  '/assets/review-i18n.js': { file: 'review-i18n.js', contentType: 'text/javascript; charset=utf-8' },
  '/assets/review-page.css': { file: 'review-page.css', contentType: 'text/css; charset=utf-8' },
};

export type WebAssets = Map<string, WebAsset>;

export function loadWebAssets(directory: URL = new URL('./', import.meta.url)): WebAssets {
  const assets: WebAssets = new Map();
  for (const [path, { file, contentType }] of Object.entries(WEB_FILES)) {
    assets.set(path, { contentType, body: readFileSync(new URL(file, directory), 'utf8') });
  }
  return assets;
}
