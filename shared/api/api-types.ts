// The HTTP shapes the pure API handler speaks; the Lambda and the local server translate to them.

export interface ApiRequest {
  method: string;
  /** Path without the query string, e.g. `/api/items/abc`. */
  path: string;
  query: Record<string, string | undefined>;
  /** Header names lower-case. */
  headers: Record<string, string | undefined>;
  body?: string;
  /** API Gateway's request id (a fresh UUID locally): quoted in a 500 so staff can point at the log line. */
  requestId?: string;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
