// Typed errors whose names say what the caller does: retry, skip the source, stop, or answer 4xx.

/** A stable machine code (the page words it in ru/kk/en) and the values its wording needs. */
export interface ErrorDetail {
  code?: string;
  params?: Record<string, string | number>;
  /** Further fields of the API's answer (e.g. who holds an item). */
  extra?: Record<string, unknown>;
}

export abstract class SozwatchError extends Error {
  abstract readonly kind: 'retryable' | 'skip-source' | 'fatal' | 'not-found' | 'conflict' | 'validation' | 'unauthorized' | 'forbidden' | 'upstream';
  readonly code?: string;
  readonly params?: Record<string, string | number>;
  readonly extra?: Record<string, unknown>;
  constructor(message: string, options?: { cause?: unknown } & ErrorDetail) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.code) this.code = options.code;
    if (options?.params) this.params = options.params;
    if (options?.extra) this.extra = options.extra;
  }
}

/** A transient failure (timeout, 5xx, throttling): the same call may succeed later. */
export class RetryableError extends SozwatchError {
  readonly kind = 'retryable' as const;
  constructor(message: string, readonly retryAfterMs?: number, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** This source cannot be processed now (unusable document, 404, robots.txt disallow): log, count, move on. */
export class SkipSourceError extends SozwatchError {
  readonly kind = 'skip-source' as const;
}

/** The outbound-fetch policy refused a URL (not http/https, or an address that is loopback, private,
 * link-local…): a source with such a URL is skipped like any unusable source; a URL a person typed is a 400. */
export class FetchRefusedError extends SkipSourceError {}

/** A site fetched on a person's behalf (import by URL, "test now") failed or ran out of time: 502 or 504, never 500. */
export class UpstreamError extends SozwatchError {
  readonly kind = 'upstream' as const;
  constructor(message: string, readonly timedOut = false, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A broken deployment or programming error: stop the run. */
export class FatalError extends SozwatchError {
  readonly kind = 'fatal' as const;
}

export class NotFoundError extends SozwatchError {
  readonly kind = 'not-found' as const;
}

/** An optimistic-lock or state precondition failed; `current` is the state that won the race, when known. */
export class ConflictError<T = unknown> extends SozwatchError {
  readonly kind = 'conflict' as const;
  constructor(message: string, readonly current?: T, detail?: ErrorDetail) {
    super(message, detail);
  }
}

export class ValidationError extends SozwatchError {
  readonly kind = 'validation' as const;
  constructor(message: string, readonly issues: string[] = [message], detail?: ErrorDetail) {
    super(message, detail);
  }
}

export class UnauthorizedError extends SozwatchError {
  readonly kind = 'unauthorized' as const;
}

export class ForbiddenError extends SozwatchError {
  readonly kind = 'forbidden' as const;
}

export function isRetryable(error: unknown): boolean {
  return error instanceof RetryableError;
}
