import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import {
  approveBodySchema,
  importBodySchema,
  mergeBodySchema,
  parseJsonBody,
  parseWith,
  queueQuerySchema,
  reportPathSchema,
  searchQuerySchema,
} from '../../../shared/api/request-schemas';

const entry = { category: 'civil', text: { ru: 'Иск о защите чести к изданию.' }, eventDate: '2024-03-05' };

function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('request validation', () => {
  it('accepts a complete approval and drops empty languages', () => {
    const body = parseWith(approveBodySchema, {
      version: 3,
      entry: {
        ...entry,
        text: { ru: ' Иск. ', kk: '  ' },
        legalCase: { caseKey: 'k-1', type: 'civil', stage: 'filed', honourDignity: true, amountClaimedKzt: 5_000_000, lawArticle: { code: 'civil', article: '143' } },
      },
    });
    expect(body.entry.text).toEqual({ ru: 'Иск.' });
    expect(body.entry.legalCase?.amountClaimedKzt).toBe(5_000_000);
  });

  it('names each wrong field in the message', () => {
    const found = issues(() => parseWith(approveBodySchema, { version: 0, entry: { ...entry, category: 'gossip', eventDate: '2024-02-30', text: {} } }));
    expect(found.some((m) => m.startsWith('version:'))).toBe(true);
    expect(found.some((m) => m.startsWith('entry.category:'))).toBe(true);
    expect(found).toContain('entry.eventDate: is not a calendar date');
    expect(found).toContain('entry.text: needs the paragraph in at least one language');
  });

  it('answers a malformed date with a message, not a crash', () => {
    // The calendar check used to run on '2024-13-01' too, where toISOString throws (a 500, not a 400).
    for (const eventDate of ['2024-13-01', '2024-1-01', 'soon']) {
      expect(issues(() => parseWith(approveBodySchema, { version: 1, entry: { ...entry, eventDate } }))).toEqual(['entry.eventDate: must be a date yyyy-mm-dd']);
    }
  });

  it('refuses unknown fields and negative or fractional amounts', () => {
    const found = issues(() =>
      parseWith(approveBodySchema, { version: 1, entry: { ...entry, outlett: 'x', legalCase: { caseKey: 'k', type: 'civil', stage: 'filed', amountClaimedKzt: -1, amountAwardedKzt: 1.5 } } }),
    );
    expect(found.some((m) => m.startsWith('entry:') && /outlett/.test(m))).toBe(true);
    expect(found).toContain('entry.legalCase.amountClaimedKzt: must not be negative');
    expect(found).toContain('entry.legalCase.amountAwardedKzt: must be a whole number of tenge');
  });

  it('applies queue defaults and coerces the limit from the query string', () => {
    expect(parseWith(queueQuerySchema, {})).toEqual({ status: 'pending', sort: 'date', order: 'newest', limit: 50 });
    expect(parseWith(queueQuerySchema, { limit: '20', from: '2024-03-01', to: '2024-03-02T10:00:00Z' }).limit).toBe(20);
    expect(issues(() => parseWith(queueQuerySchema, { limit: '1000', status: 'maybe', from: 'yesterday' }))).toHaveLength(3);
  });

  it('requires two items to merge and a url or text to import, refusing javascript: URLs', () => {
    expect(issues(() => parseWith(mergeBodySchema, { representativeId: 'a', items: [{ id: 'a', version: 1 }] }))).toEqual(['items: merging needs at least two items']);
    expect(issues(() => parseWith(importBodySchema, { title: 'x' }))).toEqual(['request: give a url or the pasted text']);
    expect(issues(() => parseWith(importBodySchema, { url: 'javascript:alert(1)' }))[0]).toMatch(/^url:/);
  });

  it('reports a missing or malformed JSON body', () => {
    expect(issues(() => parseJsonBody(undefined))).toEqual(['request: a JSON body is required']);
    expect(issues(() => parseJsonBody('{nope'))).toEqual(['request: the body is not valid JSON']);
  });

  it('outputs the use cases\' field names for the wire\'s source, lang and status', () => {
    expect(parseWith(queueQuerySchema, { source: 'tengrinews', lang: 'kk' })).toEqual({ status: 'pending', sort: 'date', order: 'newest', limit: 50, sourceId: 'tengrinews', language: 'kk' });
    const search = parseWith(searchQuerySchema, { source: 'orda', status: 'ignored,pending', q: 'суд' });
    expect(search).toEqual({ q: 'суд', sourceId: 'orda', statuses: ['ignored', 'pending'], limit: 50 });
    expect(Object.keys(parseWith(searchQuerySchema, {}))).toEqual(['limit']);
  });

  it('accepts only calendar dates and instants as query bounds', () => {
    for (const from of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-02-30T10:00:00Z', '0000-01-01', '2026-02-28T25:00:00Z', '2026-02-28T10:00:00']) {
      expect(issues(() => parseWith(queueQuerySchema, { from }))).toEqual(['from: must be a calendar date yyyy-mm-dd or an ISO date-time']);
    }
    for (const from of ['2024-02-29', '2026-02-28T23:59:59.999Z', '2026-03-01T05:00:00+05:00']) expect(parseWith(queueQuerySchema, { from }).from).toBe(from);
  });

  it('refuses from after to in the queue and the search, comparing Almaty days with instants', () => {
    expect(issues(() => parseWith(queueQuerySchema, { from: '2026-03-02', to: '2026-03-01' }))).toEqual(['from: from must not be after to']);
    expect(issues(() => parseWith(searchQuerySchema, { from: '2026-03-02T00:00:00Z', to: '2026-03-01' }))).toEqual(['from: from must not be after to']);
    // Almaty's 2 March begins at 19:00 UTC on 1 March: an instant after that is within the day.
    expect(parseWith(queueQuerySchema, { from: '2026-03-02', to: '2026-03-01T20:00:00Z' }).to).toBe('2026-03-01T20:00:00Z');
    expect(parseWith(searchQuerySchema, { from: '2026-03-01', to: '2026-03-01' }).from).toBe('2026-03-01');
  });

  it('takes report months yyyy-mm from 1900 on, refusing 0000-01 and impossible months', () => {
    expect(parseWith(reportPathSchema, { month: '2026-02' })).toEqual({ month: '2026-02' });
    expect(parseWith(reportPathSchema, { month: '1900-01' })).toEqual({ month: '1900-01' });
    expect(issues(() => parseWith(reportPathSchema, { month: '0000-01' }))).toEqual(['month: must be a month of 1900 or later']);
    for (const month of ['2026-13', '2026-00', '2026-1', '202601']) expect(issues(() => parseWith(reportPathSchema, { month }))).toEqual(['month: must be a month yyyy-mm']);
  });

  it('refuses event dates that are not on the calendar or before 1900', () => {
    for (const eventDate of ['2026-02-30', '2023-02-29', '0000-01-01', '1899-12-31']) {
      expect(issues(() => parseWith(approveBodySchema, { version: 1, entry: { ...entry, eventDate } }))).toEqual(['entry.eventDate: is not a calendar date']);
    }
  });
});
