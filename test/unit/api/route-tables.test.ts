// The split of the route table between review-api (routes.ts) and review-fetch (fetch-routes.ts): API
// Gateway sends FETCH_ROUTE_KEYS to review-fetch, so those keys, and only those, must be review-fetch's
// routes, and review-api must have no route of its own for them.
import { describe, expect, it } from 'vitest';
import { FETCH_ROUTE_KEYS } from '../../../shared/api/fetch-route-keys';
import { FETCH_ROUTES } from '../../../shared/api/fetch-routes';
import { ROUTES, type Route } from '../../../shared/api/routes';
import { REVIEW_AND_FETCH_ROUTES } from '../../../shared/api/start-review-server';

/** A concrete path for an API Gateway route path: each `{name}` becomes one segment. */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, 'some-id');
const answering = (routes: readonly Route<never>[], method: string, path: string) => routes.filter((r) => r.method === method && r.pattern.test(path));

describe('route tables', () => {
  it('gives every API Gateway key of review-fetch exactly one fetch route, and every fetch route a key', () => {
    for (const { method, path } of FETCH_ROUTE_KEYS) expect(answering(FETCH_ROUTES, method, samplePath(path)), `${method} ${path}`).toHaveLength(1);
    const keyed = FETCH_ROUTES.filter((route) => FETCH_ROUTE_KEYS.some(({ method, path }) => route.method === method && route.pattern.test(samplePath(path))));
    expect(keyed).toHaveLength(FETCH_ROUTES.length);
  });

  it('leaves review-api no route for a path and method API Gateway sends to review-fetch', () => {
    for (const { method, path } of FETCH_ROUTE_KEYS) expect(answering(ROUTES, method, samplePath(path)), `${method} ${path}`).toEqual([]);
  });

  it('routes a request the same in one local process as across the two functions', () => {
    expect(REVIEW_AND_FETCH_ROUTES).toHaveLength(ROUTES.length + FETCH_ROUTES.length);
    for (const { method, path } of FETCH_ROUTE_KEYS) expect(answering(REVIEW_AND_FETCH_ROUTES, method, samplePath(path))).toEqual(answering(FETCH_ROUTES, method, samplePath(path)));
  });

  it('keeps the import and both source tests in the fetch table', () => {
    const keys = FETCH_ROUTE_KEYS.map(({ method, path }) => `${method} ${path}`);
    expect(keys).toEqual(expect.arrayContaining(['POST /api/items/import', 'POST /api/sources/test', 'POST /api/sources/{id}/test']));
  });
});
