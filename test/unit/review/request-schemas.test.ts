import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { approveBodySchema, importBodySchema, mergeBodySchema, parseJsonBody, parseWith, queueQuerySchema } from '../../../shared/api/request-schemas';

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
});
