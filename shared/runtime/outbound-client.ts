// The HTTP client every outbound request goes through (behind the outbound-fetch policy), built from the
// Config in one place: the fetching dependencies and the review API's evidence archive both use it.
import type { Config } from '../config/config';
import { HttpClient, userAgent, type HttpFetcher } from '../sources/http/http-client';

export function outboundClient(config: Config): HttpFetcher {
  return new HttpClient({ userAgent: userAgent(config.contactUrl), allowedPrivateHosts: config.allowedPrivateHosts });
}
