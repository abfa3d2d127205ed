// Staff add an item the crawler cannot reach (a judicial act from the reCAPTCHA-protected acts bank,
// an article from an unlisted site) by URL or as pasted text; it goes straight to the review queue.
import { ValidationError } from '../domain/errors';
import { itemId } from '../domain/ids';
import type { AuditRecord, StoredItem } from '../domain/item';
import { isLanguage, type Language } from '../domain/taxonomy';
import type { Classify } from '../domain/classification';
import type { ItemRepository } from '../ports/item-repository';
import { decodeBody } from '../sources/charset';
import { PAGE_ACCEPT, type HttpFetcher } from '../sources/http/http-client';
import { detectLanguage, languageFromTag } from '../classify/detect-language';
import { extractPageText } from '../sources/page-text';

export interface ImportItemDependencies {
  items: ItemRepository;
  classify: Classify;
  http: HttpFetcher;
  now: () => Date;
}

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
    const response = await deps.http.fetch({ url, accept: PAGE_ACCEPT });
    if (response.kind !== 'ok') throw new ValidationError(`${url} answered 304 to an unconditional request`);
    if (/application\/pdf/i.test(response.contentType ?? '') || response.body.subarray(0, 5).toString('latin1') === '%PDF-') {
      throw new ValidationError('the URL is a PDF: copy its text and import it with --text-file (or the text field) and the URL');
    }
    const page = extractPageText(decodeBody(response.body, response.contentType).text, url);
    title ||= page.title;
    text = page.text;
    pageLang = languageFromTag(page.lang);
    finalUrl = response.finalUrl;
  }
  if (!title) title = text.split('\n').find((line) => line.trim())?.trim().slice(0, 200) ?? '';
  if (!text) throw new ValidationError(`no text found to import${url ? ` at ${url}` : ''}`);
  text = text.slice(0, MAX_TEXT);

  const now = deps.now();
  const at = now.toISOString();
  const language: Language = (input.lang as Language | undefined) ?? pageLang ?? detectLanguage(`${title}\n${text}`) ?? 'ru';
  const sourceId = input.sourceId?.trim() || MANUAL_SOURCE_ID;
  const id = itemId({ sourceId, url: finalUrl || undefined, title, publishedAt: at });
  const classification = deps.classify({ title, text, lang: language });
  const item: StoredItem = {
    id,
    sourceId,
    sourceKind: 'manual',
    url: finalUrl,
    title,
    summary: text.slice(0, 500),
    text,
    language,
    publishedAt: at,
    fetchedAt: at,
    status: 'pending',
    classification,
    version: 1,
    createdAt: at,
    updatedAt: at,
    addedBy: input.actor,
  };
  const audit: AuditRecord = { itemId: id, at, actor: input.actor, action: 'import', toStatus: 'pending', toVersion: 1, note: url ? `imported from ${url}` : 'imported from pasted text' };

  if ((await deps.items.saveIfNew(item)) === 'stored') {
    await deps.items.appendAudit(audit);
    return { item, created: true };
  }
  const existing = await deps.items.get(id);
  if (!existing) throw new ValidationError(`item ${id} vanished while importing`);
  if (existing.status !== 'ignored') return { item: existing, created: false };
  // The crawler saw it and the rules missed it: the import sends it to the queue.
  const updated = await deps.items.update(id, { version: existing.version, statuses: ['ignored'] }, { status: 'pending', addedBy: input.actor }, at);
  await deps.items.appendAudit({ ...audit, fromStatus: 'ignored', fromVersion: existing.version, toVersion: updated.version });
  return { item: updated, created: false };
}
