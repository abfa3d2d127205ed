// Keeps the evidence of an approved entry: the page it came from, fetched through the HTTP client (and
// so under its outbound-fetch policy), or the stored text of a pasted import, archived in the bucket
// under a key named by its sha256. An archive that fails is recorded on the entry and never blocks the
// approval; the next approval or edit of the entry tries again.
import { createHash } from 'node:crypto';
import type { ArchivedEvidence, EvidenceRecord } from '../domain/evidence';
import type { StoredItem } from '../domain/item';
import type { ObjectStore } from '../ports/object-store';
import { PAGE_ACCEPT, type HttpFetcher } from '../sources/http/http-client';

export const EVIDENCE_PREFIX = 'evidence/';
/** Below the review function's 15 s so an approval still answers when the site hangs. */
export const EVIDENCE_DEADLINE_MS = 8000;

export interface EvidenceDependencies {
  http: HttpFetcher;
  objects: Pick<ObjectStore, 'put'>;
  now: () => Date;
}

function sha256(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

function extensionOf(contentType: string): string {
  if (/html/i.test(contentType)) return 'html';
  if (/pdf/i.test(contentType)) return 'pdf';
  if (/xml/i.test(contentType)) return 'xml';
  return 'txt';
}

/** The key of an archived copy: per item, named by content, so the same bytes are stored once. */
export function evidenceKey(itemId: string, digest: string, contentType: string): string {
  return `${EVIDENCE_PREFIX}${itemId}/${digest}.${extensionOf(contentType)}`;
}

/** Pasted imports keep their text; everything else has the URL it came from. */
function archivesStoredText(item: StoredItem): boolean {
  return !/^https?:\/\//i.test(item.url ?? '');
}

async function store(deps: EvidenceDependencies, item: StoredItem, body: Buffer, contentType: string, source: ArchivedEvidence['source'], url?: string): Promise<ArchivedEvidence> {
  const digest = sha256(body);
  const key = evidenceKey(item.id, digest, contentType);
  await deps.objects.put(key, body, { contentType });
  return { status: 'archived', key, sha256: digest, retrievedAt: deps.now().toISOString(), ...(url ? { url } : {}), source, contentType, bytes: body.length };
}

/**
 * A failed archive is tried again by a later approval or edit once this much time has passed: a site
 * that just failed is rarely back within minutes, and the reviewer's next save should not wait on it again.
 */
export const EVIDENCE_RETRY_AFTER_MS = 10 * 60 * 1000;

/** Archives under way, by item: simultaneous approvals of one item (of which one will win) share one fetch. */
const inFlight = new Map<string, Promise<EvidenceRecord>>();

/**
 * Archives the item's source once however many decisions ask at the same time, and returns what to
 * record on its entry (see `archiveEvidenceNow`).
 */
export function archiveEvidence(deps: EvidenceDependencies, item: StoredItem, previous?: EvidenceRecord): Promise<EvidenceRecord> {
  if (previous?.status === 'archived') return Promise.resolve(previous);
  if (previous?.status === 'failed' && deps.now().getTime() - Date.parse(previous.attemptedAt) < EVIDENCE_RETRY_AFTER_MS) return Promise.resolve(previous);
  const running = inFlight.get(item.id);
  if (running) return running;
  const started = archiveEvidenceNow(deps, item, previous).finally(() => inFlight.delete(item.id));
  inFlight.set(item.id, started);
  return started;
}

/**
 * Archives the item's source and returns what to record on its entry. Never throws: a fetch or storage
 * failure comes back as a `failed` record counting the attempts (`previous` carries the earlier ones).
 */
async function archiveEvidenceNow(deps: EvidenceDependencies, item: StoredItem, previous?: EvidenceRecord): Promise<EvidenceRecord> {
  const attempts = (previous?.status === 'failed' ? previous.attempts : 0) + 1;
  try {
    if (archivesStoredText(item)) {
      const text = [item.title, item.text ?? item.summary ?? ''].filter(Boolean).join('\n\n');
      return await store(deps, item, Buffer.from(text, 'utf8'), 'text/plain; charset=utf-8', 'stored-text');
    }
    const response = await deps.http.fetch({ url: item.url, accept: PAGE_ACCEPT, signal: AbortSignal.timeout(EVIDENCE_DEADLINE_MS) });
    if (response.kind !== 'ok') throw new Error(`${item.url} answered ${response.status} to a plain request`);
    return await store(deps, item, response.body, response.contentType ?? 'application/octet-stream', 'page', response.finalUrl);
  } catch (error) {
    return {
      status: 'failed',
      attemptedAt: deps.now().toISOString(),
      attempts,
      error: error instanceof Error ? error.message : String(error),
      ...(archivesStoredText(item) ? {} : { url: item.url }),
    };
  }
}
