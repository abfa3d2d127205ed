import { describe, expect, it } from 'vitest';
import { assessHealth } from '../../../shared/ingest/ingest-sources';
import { CATALOG, selectSources } from '../../../shared/sources/catalog';
import { courtParser } from '../../../shared/sources/courts/court-parsers';
import { sourceSettings } from '../../../shared/sources/kinds/source-kind';
import { SOURCE_KIND_MODULES } from '../../../shared/sources/kinds/source-kinds';

describe('the source catalog', () => {
  it('has unique ids, absolute https URLs, known parsers, valid settings, evidence, and no entry claiming a live check', () => {
    expect(new Set(CATALOG.map((s) => s.id)).size).toBe(CATALOG.length);
    for (const s of CATALOG) {
      expect(new URL(s.url).protocol, s.id).toBe('https:');
      if (s.kind === 'court') expect(courtParser(s.parser), s.id).toBeDefined();
      else expect(s.parser, s.id).toBe(s.kind === 'feed' ? 'rss' : s.kind);
      expect(() => sourceSettings(SOURCE_KIND_MODULES[s.kind], s), s.id).not.toThrow();
      expect(s.verified, s.id).toBe(false);
      expect(s.note.length, s.id).toBeGreaterThan(0);
      expect(s.evidence?.length ?? 0, s.id).toBeGreaterThan(10);
      expect(s.pollMinutes, s.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('has at least 40 outlets and channels, 12 of them in Kazakh, and news searches in ru and kk', () => {
    const outlets = CATALOG.filter((s) => s.kind === 'feed' || s.kind === 'html-list' || s.kind === 'telegram');
    expect(outlets.length).toBeGreaterThanOrEqual(40);
    expect(outlets.filter((s) => s.language === 'kk').length).toBeGreaterThanOrEqual(12);
    expect(CATALOG.filter((s) => s.kind === 'telegram').length).toBeGreaterThanOrEqual(6);
    expect(new Set(CATALOG.filter((s) => s.kind === 'search').map((s) => s.language))).toEqual(new Set(['ru', 'kk']));
  });

  it('reads the outlets known to have no feed from their lists, never from an RSS URL', () => {
    const host = (url: string) => new URL(url).host.replace(/^www\./, '');
    for (const outlet of ['vlast.kz', 'zakon.kz', 'ratel.kz', 'kaztag.kz', 'ulysmedia.kz', 'adilsoz.kz']) {
      const entries = CATALOG.filter((s) => host(s.url) === outlet);
      expect(entries.length, outlet).toBeGreaterThan(0);
      expect(entries.filter((s) => s.kind === 'feed'), outlet).toEqual([]);
    }
  });

  it('reads Azattyq from its Kazakhstan section, not the World one', () => {
    const azattyq = CATALOG.filter((s) => s.id.startsWith('azattyq-'));
    expect(azattyq.map((s) => s.url)).toEqual(['https://rus.azattyq.org/api/zgroqe_uoq', 'https://www.azattyq.org/api/']);
    expect(CATALOG.some((s) => s.url.includes('zrqomeuuo_'))).toBe(false);
  });

  it('covers the outlets and courts named in the issue', () => {
    const hosts = new Set(CATALOG.map((s) => new URL(s.url).host.replace(/^www\./, '')));
    for (const host of ['tengrinews.kz', 'kaz.tengrinews.kz', 'nur.kz', 'kaz.nur.kz', 'kaz.inform.kz', 'kz.kursiv.media', 'astanatimes.com', 'orda.kz', 'egemen.kz', 'rus.azattyq.org', 'azattyq.org', '24.kz', 'vlast.kz', 'informburo.kz', 'zakon.kz', 'ratel.kz', 'exclusive.kz', 'sud.gov.kz', 'kst.sud.kz',
      'kapital.kz', 'inbusiness.kz', 'time.kz', 'profit.kz', 'lsm.kz', 'jasqazaq.kz', 'total.kz', 'almaty.tv', 'spik.kz', 't.me']) {
      expect(hosts.has(host), host).toBe(true);
    }
  });

  it('selects by kind, group and id, and reports unknown ids', () => {
    expect(selectSources({ kind: 'court' }).sources.every((s) => s.kind === 'court')).toBe(true);
    // A lane selects every kind it schedules.
    const news = selectSources({ kind: 'news' }).sources;
    expect(new Set(news.map((s) => s.kind))).toEqual(new Set(['feed', 'html-list', 'telegram', 'search']));
    expect(selectSources({ kind: 'courts' }).sources).toEqual(selectSources({ kind: 'court' }).sources);
    expect(news.length + selectSources({ kind: 'courts' }).sources.length).toBe(CATALOG.length);
    expect(selectSources({ group: 'international' }).sources.map((s) => s.id)).toEqual(['azattyq-ru', 'azattyq-kk']);
    expect(selectSources({ sourceIds: ['nur-ru', 'nope'] })).toMatchObject({ sources: [{ id: 'nur-ru' }], unknown: ['nope'] });
  });
});

describe('assessHealth', () => {
  const source = CATALOG.find((s) => s.id === 'tengrinews-ru')!;
  const now = new Date('2024-03-12T12:00:00Z');
  it('is healthy after a recent success with recent items', () => {
    expect(assessHealth(source, { sourceId: source.id, consecutiveFailures: 0, lastSuccessAt: now.toISOString(), lastItemCount: 50, newestItemAt: '2024-03-12T11:00:00Z' }, now)).toEqual([]);
  });
  it('reports silence beyond the expected interval, repeated failures and CAPTCHA pages', () => {
    expect(assessHealth(source, { sourceId: source.id, consecutiveFailures: 0, lastSuccessAt: now.toISOString(), lastItemCount: 50, newestItemAt: '2024-03-11T12:00:00Z' }, now)).toEqual([
      'no new item for 24 h (expected within 6 h)',
    ]);
    expect(assessHealth(source, { sourceId: source.id, consecutiveFailures: 4, lastError: 'skip-source: a CAPTCHA page instead of a feed' }, now)).toEqual([
      'failed 4 times in a row',
      'returns a CAPTCHA page',
    ]);
  });
  it('does not call a source silent when it is not expected to publish', () => {
    const quiet = { ...source, expectsItems: false };
    expect(assessHealth(quiet, { sourceId: source.id, consecutiveFailures: 0, lastSuccessAt: now.toISOString(), lastItemCount: 0 }, now)).toEqual([]);
  });
});
