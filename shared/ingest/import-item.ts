// Staff add an item the crawler cannot reach (a judicial act from the reCAPTCHA-protected acts bank,
// an article from an unlisted site) by URL or as pasted text; it goes straight to the review queue.
import { FetchRefusedError, RetryableError, SkipSourceError, UpstreamError, ValidationError } from '../domain/errors';
import { itemId } from '../domain/ids';
import { stripUnsafeControls } from '../domain/unsafe-text';
import type { AuditRecord, StoredItem } from '../domain/item';
import { toStoredItem } from '../domain/stored-item';
import { isLanguage, type Language } from '../domain/taxonomy';
import type { Classify } from '../domain/classification';
import type { ItemRepository } from '../ports/item-repository';
import { decodeBody } from '../sources/charset';
import { FetchTimeout, PAGE_ACCEPT, RedirectRefusedError, type HttpFetcher, type HttpResult } from '../sources/http/http-client';
import { detectLanguage, languageFromTag } from '../classify/detect-language';
import { extractPageText } from '../sources/page-text';
import { applyChange } from '../review/apply-change';

export interface ImportItemDependencies {
  items: ItemRepository;
  classify: Classify;
  http: HttpFetcher;
  now: () => Date;
  /** The whole fetch of a URL, retries included (IMPORT_DEADLINE_MS unless a test shortens it). */
  importDeadlineMs?: number;
}

/** Below the review function's 15 s timeout (and the API's 30 s), so a slow site is a 504, never a killed function. */
export const IMPORT_DEADLINE_MS = 10_000;

export interface ImportItemInput {
  url?: string;
  /** Pasted text (e.g. copied from a PDF of a judicial act). */
  text?: string;
  title?: string;
  lang?: string;
  sourceId?: string;
  actor: string;
}

export interface ImportItemResult {
  item: StoredItem;
  /** False when the same item was already stored (then it is sent to the queue if it was ignored). */
  created: boolean;
}

export const MANUAL_SOURCE_ID = 'manual';
const MAX_TEXT = 200_000;

/**
 * Fetches a URL a reviewer typed. A URL the fetch policy refuses stays FetchRefusedError (400); every
 * failure of the site becomes an UpstreamError the reviewer can read (502, or 504 when out of time).
 */
async function fetchForImport(deps: ImportItemDependencies, url: string): Promise<HttpResult> {
  const deadlineMs = deps.importDeadlineMs ?? IMPORT_DEADLINE_MS;
  const signal = AbortSignal.timeout(deadlineMs);
  try {
    return await deps.http.fetch({ url, accept: PAGE_ACCEPT, signal });
  } catch (error) {
    if (error instanceof FetchRefusedError && !(error instanceof RedirectRefusedError)) throw error;
    if (signal.aborted || (error instanceof Error && error.cause instanceof FetchTimeout)) {
      throw new UpstreamError(`${url} did not answer in time (the import waits at most ${deadlineMs / 1000} s): try again later, or paste the text`, true, { cause: error });
    }
    if (error instanceof SkipSourceError || error instanceof RetryableError) {
      throw new UpstreamError(`could not fetch ${url}: ${error.message}`, false, { cause: error });
    }
    throw error;
  }
}

function readPage(html: string, url: string): ReturnType<typeof extractPageText> {
  try {
    return extractPageText(html, url);
  } catch (error) {
    if (error instanceof SkipSourceError) throw new UpstreamError(`the page at ${url} could not be read: ${error.message}`, false, { cause: error });
    throw error;
  }
}

export async function importItem(deps: ImportItemDependencies, input: ImportItemInput): Promise<ImportItemResult> {
  const url = input.url?.trim() || undefined;
  const pasted = input.text?.trim() || undefined;
  if (!input.actor?.trim()) throw new ValidationError('an import needs the actor (who adds it)');
  if (!url && !pasted) throw new ValidationError('give a URL or the text to import');
  if (input.lang !== undefined && !isLanguage(input.lang)) throw new ValidationError(`lang must be ru, kk or en, got ${input.lang}`);
  if (url && !/^https?:\/\//i.test(url)) throw new ValidationError(`not an http(s) URL: ${url}`);

  let title = input.title?.trim() ?? '';
  let text = pasted ?? '';
  let pageLang: Language | undefined;
  let finalUrl = url ?? '';
  if (url && !pasted) {
    const response = await fetchForImport(deps, url);
    if (response.kind !== 'ok') throw new UpstreamError(`${url} answered 304 Not Modified to a plain request`);
    if (/application\/pdf/i.test(response.contentType ?? '') || response.body.subarray(0, 5).toString('latin1') === '%PDF-') {
      throw new ValidationError('the URL is a PDF: copy its text and import it with --text-file (or the text field) and the URL');
    }
    const page = readPage(decodeBody(response.body, response.contentType).text, url);
    title ||= page.title;
    text = page.text;
    pageLang = languageFromTag(page.lang);
    finalUrl = response.finalUrl;
  }
  title = stripUnsafeControls(title);
  text = stripUnsafeControls(text);
  if (!title) title = text.split('\n').find((line) => line.trim())?.trim().slice(0, 200) ?? '';
  if (!text) throw new ValidationError(`no text found to import${url ? ` at ${url}` : ''}`);
  text = text.slice(0, MAX_TEXT);

  const now = deps.now();
  const at = now.toISOString();
  const language: Language = (input.lang as Language | undefined) ?? pageLang ?? detectLanguage(`${title}\n${text}`) ?? 'ru';
  const sourceId = input.sourceId?.trim() || MANUAL_SOURCE_ID;
  const id = itemId({ sourceId, url: finalUrl || undefined, title, publishedAt: at });
  const classification = deps.classify({ title, text, lang: language });
  const item = toStoredItem(
    { id, sourceId, sourceKind: 'manual', url: finalUrl, title, summary: text.slice(0, 500), text, language, publishedAt: at, fetchedAt: at },
    classification,
    at,
    { status: 'pending', addedBy: input.actor },
  );
  const audit: AuditRecord = { itemId: id, at, actor: input.actor, action: 'import', toStatus: 'pending', toVersion: 1, note: url ? `imported from ${url}` : 'imported from pasted text' };

  if ((await deps.items.saveIfNew(item)) === 'stored') {
    await deps.items.appendAudit(audit);
    return { item, created: true };
  }
  const existing = await deps.items.get(id);
  if (!existing) throw new ValidationError(`item ${id} vanished while importing`);
  if (existing.status !== 'ignored') return { item: existing, created: false };
  // The crawler saw it and the rules missed it: the import sends it to the queue.
  const updated = await applyChange(deps, {
    id,
    version: existing.version,
    actor: { id: input.actor, groups: [] },
    action: 'import',
    changes: () => ({ addedBy: input.actor }),
    note: audit.note,
  });
  return { item: updated, created: false };
}
