// The review page's static files, read once from this directory. The Lambda bundle copies them next
// to its entry file, where `import.meta.url` then points, so one lookup serves both layouts. The page's
// script is a set of ES modules importing each other by relative URL (`./review-api.js`), so they all
// sit flat under /assets/ as they sit flat here and in the bundle.
import { readFileSync } from 'node:fs';

export interface WebAsset {
  contentType: string;
  body: string;
}

/** The pages' ES modules: each page's entry (PAGE_ENTRIES) and the modules they import, some shared by both. */
export const PAGE_MODULES = [
  'review-page.js',
  'review-state.js',
  'review-i18n.js',
  'review-strings-ru.js',
  'review-strings-kk.js',
  'review-strings-en.js',
  'review-dom.js',
  'review-api.js',
  'review-queue.js',
  'review-detail.js',
  'review-forms.js',
  'review-actions.js',
  'review-notes.js',
  'review-gazetteer.js',
  'sources-page.js',
  'sources-i18n.js',
  'sources-list.js',
  'sources-form.js',
] as const;

/** The entry module of each page: review-page.js (the queue at /) and sources-page.js (the sources at /sources). */
export const PAGE_ENTRIES = ['review-page.js', 'sources-page.js'] as const;

/** URL path → file, the complete list the page needs (nothing else is ever served from disk). */
export const WEB_FILES: Record<string, { file: string; contentType: string }> = {
  '/': { file: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/sources': { file: 'sources.html', contentType: 'text/html; charset=utf-8' },
  '/assets/review-page.css': { file: 'review-page.css', contentType: 'text/css; charset=utf-8' },
  '/assets/sources-page.css': { file: 'sources-page.css', contentType: 'text/css; charset=utf-8' },
  ...Object.fromEntries(PAGE_MODULES.map((file) => [`/assets/${file}`, { file, contentType: 'text/javascript; charset=utf-8' }])),
};

export type WebAssets = Map<string, WebAsset>;

export function loadWebAssets(directory: URL = new URL('./', import.meta.url)): WebAssets {
  const assets: WebAssets = new Map();
  for (const [path, { file, contentType }] of Object.entries(WEB_FILES)) {
    assets.set(path, { contentType, body: readFileSync(new URL(file, directory), 'utf8') });
  }
  return assets;
}
