// A request whose time budget ran out before its host was resolved: the lookup still running must not
// end the process with an unhandled rejection when it fails later (the review API archives evidence
// under a deadline; a host that does not resolve used to crash it).
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../../../shared/sources/http/http-client';

describe('a request aborted before its host resolves', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown): void => {
    unhandled.push(reason);
  };
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('fails cleanly, and the lookup that fails afterwards is not left unhandled', async () => {
    process.on('unhandledRejection', record);
    const lookupFailsLater = (hostname: string) =>
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })), 20));
    const client = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, sleep: async () => undefined, resolve: lookupFailsLater });
    await expect(client.fetch({ url: 'https://no-such-host.example.kz/news/1', signal: AbortSignal.abort() })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(unhandled).toEqual([]);
  });
});
