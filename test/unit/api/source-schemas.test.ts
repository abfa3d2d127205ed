import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../shared/api/request-schemas';
import { createSourceBodySchema, editSourceBodySchema, testSourceBodySchema } from '../../../shared/api/source-schemas';

const valid = { id: 'local-outlet', name: 'Local outlet', kind: 'feed', url: 'https://outlet.kz/rss', language: 'kk', group: 'regional' };

describe('sources request schemas', () => {
  it('fills the defaults of a new source and the parser its kind implies', () => {
    expect(parseWith(createSourceBodySchema, valid)).toEqual({ ...valid, parser: 'rss', pollMinutes: 30, expectsItems: true, maxSilenceHours: 48, verified: false, note: '' });
    expect(parseWith(testSourceBodySchema, { ...valid, id: undefined })).toMatchObject({ id: 'test-now', parser: 'rss' });
  });

  it.each([
    [{ ...valid, id: 'A b' }, /^id:/],
    [{ ...valid, url: 'javascript:alert(1)' }, /^url:/],
    [{ ...valid, language: 'de' }, /^language:/],
    [{ ...valid, kind: 'court' }, /^parser:/],
    [{ ...valid, kind: 'court', parser: 'nope' }, /^parser:/],
    [{ ...valid, pollMinutes: 1 }, /^pollMinutes:/],
    [{ ...valid, settings: { item: 'x'.repeat(9000) } }, /^settings:/],
    [{ ...valid, surprise: true }, /surprise/],
  ])('refuses %j with the field named', (body, message) => {
    expect(() => parseWith(createSourceBodySchema, body)).toThrow(message);
  });

  it('an edit names at least one field besides the version; null removes an optional field', () => {
    expect(parseWith(editSourceBodySchema, { version: 3, note: 'x', maxPages: null })).toEqual({ version: 3, definition: { note: 'x', maxPages: null } });
    expect(() => parseWith(editSourceBodySchema, { version: 3 })).toThrow(/at least one field/);
    expect(() => parseWith(editSourceBodySchema, { version: 3, id: 'other' })).toThrow();
    expect(() => parseWith(editSourceBodySchema, { version: 3, name: null })).toThrow(/^name:/);
  });
});
