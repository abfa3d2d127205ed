// The one HTTP layer for feeds, court pages and imports: guarded (the outbound-fetch policy of
// fetch-policy.ts on every request and redirect hop, robots.txt included), polite (robots.txt, one
// request at a time per host, a delay, an honest User-Agent), bounded (timeouts, size cap after
// decompression, redirect limit) and conditional (ETag).
import type { LookupAddress } from 'node:dns';
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import robotsParser from 'robots-parser';
import { FetchRefusedError, RetryableError, SkipSourceError } from '../../domain/errors';
import { parseFetchUrl, resolveAllowedAddresses, systemResolve, type FetchPolicy, type Resolve } from './fetch-policy';
// A named import: the bundlers keep only this field of package.json, not the whole file.
import { version as packageVersion } from '../../../package.json';

export const SOZWATCH_VERSION: string = packageVersion;

/** The cause of a RetryableError when the request ran out of time (its own timeouts or the caller's signal). */
export class FetchTimeout extends Error {}

export function userAgent(contactUrl: string, version = SOZWATCH_VERSION): string {
  return `sozwatch/${version} (+${contactUrl})`;
}

export interface HttpClientOptions {
  userAgent: string;
  /** Until the response headers arrive (covers DNS, connect, TLS and the server's think time). */
  connectTimeoutMs?: number;
  /** The whole exchange, body included: a slow-dripping body is cut here. */
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Pause between two requests to the same host; robots.txt's Crawl-delay raises it. */
  hostDelayMs?: number;
  /** Upper bound on a robots.txt Crawl-delay we honour, so one odd robots.txt cannot stall a run. */
  maxCrawlDelayMs?: number;
  /** Extra attempts after a retryable failure. */
  retries?: number;
  backoffBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the error goes back to the caller (SQS retries later). */
  maxRetryWaitMs?: number;
  respectRobots?: boolean;
  robotsTtlMs?: number;
  /**
   * Hosts (`host` or `host:port`) that may resolve to loopback or private addresses: only the demo's,
   * the tests' and the bench's own servers. Every other host must resolve to public addresses only.
   */
  allowedPrivateHosts?: readonly string[];
  /** Name resolution (the system resolver by default); every address it returns is checked. */
  resolve?: Resolve;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface HttpRequest {
  url: string;
  /** Validators from the last 200, sent back verbatim. */
  etag?: string;
  lastModified?: string;
  accept?: string;
  signal?: AbortSignal;
}

export interface HttpOk {
  kind: 'ok';
  status: number;
  url: string;
  /** After redirects. */
  finalUrl: string;
  body: Buffer;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  redirects: number;
  attempts: number;
}

export interface HttpNotModified {
  kind: 'not-modified';
  status: 304;
  url: string;
  finalUrl: string;
  redirects: number;
  attempts: number;
}

export type HttpResult = HttpOk | HttpNotModified;

export interface HttpFetcher {
  fetch(request: HttpRequest): Promise<HttpResult>;
}

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

const REDIRECT = new Set([301, 302, 303, 307, 308]);

interface HostSlot {
  tail: Promise<void>;
  lastAt: number;
}

interface RobotsEntry {
  robots: ReturnType<typeof robotsParser> | undefined;
  fetchedAt: number;
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

export class HttpClient implements HttpFetcher {
  private readonly options: Required<Omit<HttpClientOptions, 'sleep' | 'now' | 'allowedPrivateHosts' | 'resolve'>>;
  private readonly policy: FetchPolicy;
  private readonly resolve: Resolve;
  private readonly httpAgent = new HttpAgent({ keepAlive: true });
  private readonly httpsAgent = new HttpsAgent({ keepAlive: true });
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly hosts = new Map<string, HostSlot>();
  private readonly robots = new Map<string, RobotsEntry>();

  constructor(options: HttpClientOptions) {
    this.options = {
      userAgent: options.userAgent,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      totalTimeoutMs: options.totalTimeoutMs ?? 30_000,
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      hostDelayMs: options.hostDelayMs ?? 1_000,
      maxCrawlDelayMs: options.maxCrawlDelayMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffBaseMs: options.backoffBaseMs ?? 1_000,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
      respectRobots: options.respectRobots ?? true,
      robotsTtlMs: options.robotsTtlMs ?? 6 * 3600_000,
    };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
    this.policy = { allowedPrivateHosts: [...(options.allowedPrivateHosts ?? [])] };
    this.resolve = options.resolve ?? systemResolve;
  }

  /** Fetches with retries (retryable errors only), exponential backoff and Retry-After. */
  async fetch(request: HttpRequest): Promise<HttpResult> {
    let attempt = 0;
    for (;;) {
      attempt += 1;
      try {
        const result = await this.fetchFollowingRedirects(request);
        return { ...result, attempts: attempt };
      } catch (error) {
        if (!(error instanceof RetryableError) || attempt > this.options.retries || request.signal?.aborted) throw error;
        const backoff = this.options.backoffBaseMs * 2 ** (attempt - 1);
        const wait = Math.max(backoff, error.retryAfterMs ?? 0);
        if (wait > this.options.maxRetryWaitMs) throw error;
        // A caller's deadline also ends the wait: a Retry-After must not outlast it.
        await sleepUnlessAborted(this.sleep, wait, request.signal);
        if (request.signal?.aborted) throw error;
      }
    }
  }

  private async fetchFollowingRedirects(request: HttpRequest): Promise<Omit<HttpOk, 'attempts'> | Omit<HttpNotModified, 'attempts'>> {
    const seen = new Set<string>();
    let current = parseFetchUrl(request.url);
    for (let redirects = 0; ; redirects += 1) {
      seen.add(current.href);
      const response = await this.requestOnce(current, request, redirects === 0).catch((error: unknown) => {
        throw redirects > 0 ? refusedAtRedirect(error, request.url) : error;
      });
      if (response.kind === 'redirect') {
        if (redirects >= this.options.maxRedirects) {
          throw new SkipSourceError(`too many redirects (more than ${this.options.maxRedirects}) from ${request.url}`);
        }
        let next: URL;
        try {
          next = parseFetchUrl(resolveLocation(response.location, current));
        } catch (error) {
          throw refusedAtRedirect(error, request.url);
        }
        if (seen.has(next.href)) throw new SkipSourceError(`redirect loop at ${next.href}`);
        current = next;
        continue;
      }
      if (response.kind === 'not-modified') {
        return { kind: 'not-modified', status: 304, url: request.url, finalUrl: current.href, redirects };
      }
      return { ...response.ok, url: request.url, finalUrl: current.href, redirects };
    }
  }

  private async requestOnce(
    url: URL,
    request: HttpRequest,
    conditional: boolean,
  ): Promise<
    | { kind: 'redirect'; location: string }
    | { kind: 'not-modified' }
    | { kind: 'ok'; ok: { kind: 'ok'; status: number; body: Buffer; contentType?: string; etag?: string; lastModified?: string } }
  > {
    return this.withHostSlot(url, async () => {
      if (this.options.respectRobots && url.pathname !== '/robots.txt') await this.checkRobots(url, request.signal);
      const headers: Record<string, string> = {
        'user-agent': this.options.userAgent,
        accept: request.accept ?? FEED_ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'ru, kk;q=0.9, en;q=0.5',
      };
      // Validators belong to the URL they came from; after a redirect they would be sent to another resource.
      if (conditional && request.etag) headers['if-none-match'] = request.etag;
      if (conditional && request.lastModified) headers['if-modified-since'] = request.lastModified;
      const { response, body } = await this.exchange(url, headers, request.signal);
      const status = response.status;
      if (REDIRECT.has(status)) {
        const location = response.header('location');
        if (!location) throw new SkipSourceError(`HTTP ${status} without a Location header at ${url.href}`);
        return { kind: 'redirect', location };
      }
      if (status === 304) return { kind: 'not-modified' };
      if (status >= 200 && status < 300) {
        return {
          kind: 'ok',
          ok: {
            kind: 'ok',
            status,
            body: body ?? Buffer.alloc(0),
            contentType: response.header('content-type') ?? undefined,
            etag: response.header('etag') ?? undefined,
            lastModified: response.header('last-modified') ?? undefined,
          },
        };
      }
      throw statusError(status, url.href, parseRetryAfter(response.header('retry-after'), this.now()));
    });
  }

  /**
   * One request/response through node:http(s), connecting only to addresses the fetch policy accepted
   * (global fetch has no lookup hook). The body is read only for 2xx answers, decoded here
   * (gzip/deflate/br) and capped after decoding, so a gzip bomb stops at the cap.
   */
  private async exchange(url: URL, headers: Record<string, string>, outer?: AbortSignal): Promise<{ response: RawResponse; body?: Buffer }> {
    const controller = new AbortController();
    let reason = '';
    let timedOut = false;
    let incoming: IncomingMessage | undefined;
    const abort = (why: string) => {
      reason ||= why;
      controller.abort();
      incoming?.destroy(new Error(why));
    };
    const timeout = (why: string) => {
      timedOut ||= !reason;
      abort(why);
    };
    const connectTimer = setTimeout(() => timeout(`no response within ${this.options.connectTimeoutMs} ms`), this.options.connectTimeoutMs);
    const totalTimer = setTimeout(() => timeout(`not complete within ${this.options.totalTimeoutMs} ms`), this.options.totalTimeoutMs);
    const onOuterAbort = () => timeout('the source time budget ran out');
    const failure = (message: string, error: unknown) => new RetryableError(message, undefined, { cause: timedOut ? new FetchTimeout(reason, { cause: error }) : error });
    if (outer?.aborted) onOuterAbort();
    outer?.addEventListener('abort', onOuterAbort);
    try {
      let addresses: LookupAddress[];
      try {
        addresses = await untilAborted(resolveAllowedAddresses(url, this.policy, this.resolve), controller.signal);
      } catch (error) {
        if (error instanceof FetchRefusedError) throw error;
        throw failure(`${url.href}: ${reason || `cannot resolve ${url.hostname} (${describeNetworkError(error)})`}`, error);
      }
      let response: IncomingMessage;
      try {
        response = await this.send(url, headers, addresses, controller.signal);
        incoming = response;
      } catch (error) {
        throw failure(`${url.href}: ${reason || describeNetworkError(error)}`, error);
      } finally {
        clearTimeout(connectTimer);
      }
      const raw = rawResponse(response);
      if (raw.status < 200 || raw.status >= 300) {
        response.destroy();
        return { response: raw };
      }
      const encoding = raw.header('content-encoding')?.trim().toLowerCase();
      const declared = Number(raw.header('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > this.options.maxBytes && !encoding) {
        response.destroy();
        throw new SkipSourceError(`${url.href}: body of ${declared} bytes exceeds the cap of ${this.options.maxBytes}`);
      }
      const decoder = decoderFor(encoding);
      const decoded: Readable = decoder ? pipeline(response, decoder, () => undefined) : response;
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of decoded as AsyncIterable<Buffer>) {
          size += chunk.byteLength;
          if (size > this.options.maxBytes) {
            abort('size cap');
            decoded.destroy();
            throw new SkipSourceError(`${url.href}: body exceeds the cap of ${this.options.maxBytes} bytes${decoder ? ' once decompressed' : ''}`);
          }
          chunks.push(chunk);
        }
      } catch (error) {
        if (error instanceof SkipSourceError) throw error;
        throw failure(`${url.href}: body ${reason || describeNetworkError(error)}`, error);
      }
      return { response: raw, body: Buffer.concat(chunks, size) };
    } finally {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  private async send(url: URL, headers: Record<string, string>, addresses: LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
    try {
      return await this.sendOnce(url, headers, addresses, signal);
    } catch (error) {
      // A kept-alive socket the server closed while idle fails at once; the request never reached it.
      if (!(error instanceof StaleSocketError) || signal.aborted) throw error instanceof StaleSocketError ? error.cause : error;
      return this.sendOnce(url, headers, addresses, signal);
    }
  }

  private sendOnce(url: URL, headers: Record<string, string>, addresses: LookupAddress[], signal: AbortSignal): Promise<IncomingMessage> {
    const secure = url.protocol === 'https:';
    return new Promise((resolve, reject) => {
      const request = (secure ? httpsRequest : httpRequest)(url, {
        method: 'GET',
        headers,
        signal,
        agent: secure ? this.httpsAgent : this.httpAgent,
        // The connection goes to the addresses checked above; no second DNS lookup.
        lookup: checkedLookup(addresses),
      });
      request.once('response', resolve);
      request.once('error', (error: NodeJS.ErrnoException) => {
        const stale = request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
        reject(stale ? new StaleSocketError(error.message, { cause: error }) : error);
      });
      request.end();
    });
  }

  /** Serialises requests per host and keeps the delay between them. */
  private async withHostSlot<T>(url: URL, task: () => Promise<T>): Promise<T> {
    const host = url.host;
    const slot = this.hosts.get(host) ?? { tail: Promise.resolve(), lastAt: Number.NEGATIVE_INFINITY };
    this.hosts.set(host, slot);
    const previous = slot.tail;
    let release!: () => void;
    slot.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      const delay = this.hostDelay(url);
      const wait = slot.lastAt + delay - this.now();
      if (wait > 0) await this.sleep(wait);
      return await task();
    } finally {
      slot.lastAt = this.now();
      release();
    }
  }

  private hostDelay(url: URL): number {
    const entry = this.robots.get(url.origin);
    const crawlDelay = entry?.robots?.getCrawlDelay(this.options.userAgent);
    const fromRobots = crawlDelay ? Math.min(crawlDelay * 1000, this.options.maxCrawlDelayMs) : 0;
    return Math.max(this.options.hostDelayMs, fromRobots);
  }

  private async checkRobots(url: URL, signal?: AbortSignal): Promise<void> {
    let entry = this.robots.get(url.origin);
    if (!entry || this.now() - entry.fetchedAt > this.options.robotsTtlMs) {
      entry = { robots: await this.loadRobots(url, signal), fetchedAt: this.now() };
      this.robots.set(url.origin, entry);
    }
    if (entry.robots && entry.robots.isDisallowed(url.href, this.options.userAgent)) {
      throw new SkipSourceError(`robots.txt of ${url.host} disallows ${url.pathname}`);
    }
  }

  /** Google's reading of robots.txt: 4xx means no rules; 5xx or no answer means try later. */
  private async loadRobots(url: URL, signal?: AbortSignal): Promise<ReturnType<typeof robotsParser> | undefined> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    const headers = { 'user-agent': this.options.userAgent, accept: 'text/plain, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br' };
    let location = robotsUrl;
    for (let hop = 0; hop <= this.options.maxRedirects; hop += 1) {
      const { response, body } = await this.exchange(location, headers, signal).catch((error: unknown) => {
        throw hop > 0 ? refusedAtRedirect(error, robotsUrl.href) : error;
      });
      const next = response.header('location');
      if (REDIRECT.has(response.status) && next) {
        // Each hop is checked like the page itself: a robots.txt redirect must not reach a private host.
        try {
          location = parseFetchUrl(resolveLocation(next, location));
        } catch (error) {
          throw refusedAtRedirect(error, robotsUrl.href);
        }
        continue;
      }
      if (response.status >= 200 && response.status < 300) return robotsParser(robotsUrl.href, (body ?? Buffer.alloc(0)).toString('utf8'));
      if (response.status >= 400 && response.status < 500) return undefined;
      throw new RetryableError(`robots.txt of ${url.host} answered HTTP ${response.status}`);
    }
    return undefined;
  }
}

function statusError(status: number, url: string, retryAfterMs?: number): Error {
  if (status === 429 || status === 503) return new RetryableError(`HTTP ${status} from ${url}`, retryAfterMs);
  if (status >= 500) return new RetryableError(`HTTP ${status} from ${url}`);
  if (status === 410) return new SkipSourceError(`HTTP 410 Gone from ${url}: the source was removed`);
  if (status === 404) return new SkipSourceError(`HTTP 404 Not Found from ${url}`);
  if (status === 401 || status === 403) return new SkipSourceError(`HTTP ${status} from ${url}: access refused to sozwatch`);
  return new SkipSourceError(`HTTP ${status} from ${url}`);
}

/**
 * The policy refused a URL a site redirected to, not the URL that was asked for: for a person who typed
 * the first URL that is the site's fault (502), while a refused first URL is theirs (400).
 */
export class RedirectRefusedError extends FetchRefusedError {}

function refusedAtRedirect(error: unknown, from: string): unknown {
  if (!(error instanceof FetchRefusedError) || error instanceof RedirectRefusedError) return error;
  return new RedirectRefusedError(`${from} redirected to a URL sozwatch does not fetch: ${error.message}`, { cause: error });
}

/** A Location header against the URL that sent it; an unparsable one is a refused URL, like any bad URL. */
function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchRefusedError(`not a URL in a redirect from ${base.href}: ${location.slice(0, 200)}`);
  }
}

interface RawResponse {
  status: number;
  header(name: string): string | undefined;
}

function rawResponse(message: IncomingMessage): RawResponse {
  return {
    status: message.statusCode ?? 0,
    header: (name) => {
      const value = message.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

function decoderFor(encoding: string | undefined): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      return createInflate();
    default:
      return undefined;
  }
}

class StaleSocketError extends Error {}

/** Serves the checked addresses to the socket as if DNS had answered them. */
function checkedLookup(addresses: LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    const usable = family ? addresses.filter((address) => address.family === family) : addresses;
    const first = usable[0];
    if (!first) {
      const error = Object.assign(new Error(`${hostname} has no IPv${family} address`), { code: 'ENOTFOUND' });
      callback(error, '', 0);
      return;
    }
    if (options.all) (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, usable);
    else callback(null, first.address, first.family);
  };
}

function sleepUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return sleep(ms);
  return untilAborted(sleep(ms), signal).catch(() => undefined);
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  // The promise is already running (a DNS lookup): if nobody waits for it any more, its later failure
  // must not surface as an unhandled rejection, which ends the process.
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new Error('aborted'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

