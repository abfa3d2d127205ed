import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../shared/sources/catalog';
import { sourceHealth, sourceViews } from '../../../shared/sources/source-health';
import { catalogChanges, catalogDiffers, catalogFingerprint, newSourceRecord, planSeed, type SourceRecord } from '../../../shared/sources/source-record';
import { fixtureSource } from '../../support/feed-builder';

const at = '2026-12-01T00:00:00.000Z';
const record = (id: string, extra: Partial<SourceRecord> = {}): SourceRecord => ({ ...newSourceRecord(fixtureSource(id, `https://${id}.example.kz/rss`), { at, actor: 'seed', origin: 'catalog' }), ...extra });

describe('source records', () => {
  it('a fingerprint ignores field order and record-only fields, and changes with any definition field', () => {
    const source = fixtureSource('alpha', 'https://alpha.example.kz/rss');
    const reordered = Object.fromEntries(Object.entries(source).reverse()) as typeof source;
    expect(catalogFingerprint(reordered)).toBe(catalogFingerprint(source));
    expect(catalogFingerprint({ ...source, ...{ enabled: false, version: 7 } } as typeof source)).toBe(catalogFingerprint(source));
    expect(catalogFingerprint({ ...source, pollMinutes: 16 })).not.toBe(catalogFingerprint(source));
    expect(catalogFingerprint({ ...source, maxPages: 2 })).not.toBe(catalogFingerprint(source));
    expect(new Set(CATALOG.map(catalogFingerprint)).size).toBe(CATALOG.length);
  });

  it('seeding plans inserts for what is missing only, and names stored sources whose definition changed', () => {
    const catalog = [fixtureSource('alpha', 'https://alpha.example.kz/rss'), fixtureSource('beta', 'https://beta.example.kz/rss', { pollMinutes: 30 }), fixtureSource('gamma', 'https://gamma.example.kz/rss')];
    const stored = [record('alpha'), record('beta'), record('staff-only', { origin: 'staff', catalogFingerprint: undefined })];
    const plan = planSeed(catalog, stored);
    expect(plan.insert.map((s) => s.id)).toEqual(['gamma']);
    expect(plan.differs).toEqual(['beta']);
    expect(plan.unchanged).toEqual(['alpha']);
    // An edit by staff does not make the catalog "differ": only a change of the code's definition does.
    expect(catalogDiffers(record('alpha', { url: 'https://elsewhere.kz/', editedByStaff: true }), catalog[0])).toBe(false);
    expect(catalogDiffers(record('alpha'), undefined)).toBe(false);
  });

  it("applying the catalog sets every definition field, removes the ones it lacks, keeps enabled and clears the staff mark", () => {
    const entry = fixtureSource('alpha', 'https://alpha.example.kz/rss');
    const changes = catalogChanges(record('alpha', { url: 'https://x.kz/', maxPages: 3, enabled: false, editedByStaff: true }), entry);
    expect(changes).toMatchObject({ url: entry.url, maxPages: null, editedByStaff: null, catalogFingerprint: catalogFingerprint(entry) });
    expect(changes).not.toHaveProperty('enabled');
  });
});

describe('source health', () => {
  const now = new Date('2026-12-08T06:00:00Z'); // 11:00 in Almaty
  it('counts new and flagged items of the last 7 Almaty days, today included, and how long the source is silent', () => {
    const health = sourceHealth(record('alpha'), {
      sourceId: 'alpha',
      consecutiveFailures: 0,
      lastSuccessAt: '2026-12-08T05:00:00Z',
      lastItemCount: 10,
      newestItemAt: '2026-12-08T01:30:00Z',
      yieldPerDay: { '2026-12-01': 100, '2026-12-02': 5, '2026-12-08': 7 },
      flaggedPerDay: { '2026-12-01': 9, '2026-12-02': 1, '2026-12-08': 2 },
    }, now);
    expect(health).toMatchObject({ itemsLast7Days: 12, flaggedLast7Days: 3, silentHours: 4, unhealthy: [] });
  });

  it('a never polled source has no health verdict; a failing one says why and with which kind of error', () => {
    expect(sourceHealth(record('alpha'), undefined, now)).toEqual({ consecutiveFailures: 0, itemsLast7Days: 0, flaggedLast7Days: 0, unhealthy: [] });
    const failing = sourceHealth(record('alpha'), { sourceId: 'alpha', consecutiveFailures: 3, lastError: 'skip-source: HTTP 404', lastErrorKind: 'skip-source' }, now);
    expect(failing).toMatchObject({ lastErrorKind: 'skip-source', unhealthy: ['failed 3 times in a row'] });
  });

  it('views list every stored source in id order with its catalog status', () => {
    const catalog = [fixtureSource('beta', 'https://beta.example.kz/rss', { pollMinutes: 99 })];
    const views = sourceViews([record('beta'), record('alpha', { origin: 'staff' })], [], catalog, now);
    expect(views.map((v) => [v.id, v.inCatalog, v.catalogDiffers])).toEqual([
      ['alpha', false, false],
      ['beta', true, true],
    ]);
  });
});
