// The routes API Gateway sends to review-fetch (the CDK review stack reads this list); every other
// route goes to review-api. fetch-routes.ts holds their handlers, and a unit test keeps the two equal.
// No imports: the CDK app reads it without loading any handler code.

export interface FetchRouteKey {
  method: 'POST';
  /** API Gateway's path syntax: `{name}` is one path segment. */
  path: string;
}

export const FETCH_ROUTE_KEYS: readonly FetchRouteKey[] = [
  { method: 'POST', path: '/api/items/import' },
  { method: 'POST', path: '/api/sources/test' },
  { method: 'POST', path: '/api/sources/{id}/test' },
];
