import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../shared/api/start-review-server';
import { runDemo, type DemoResult } from '../../shared/demo/run-demo';

describe('the demo pipeline end to end (local servers, recorded sources, review decisions, report)', () => {
  let result: DemoResult;
  let out: string;
  const lines: string[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sozwatch-demo-'));
    result = await runDemo({ outDir: out, log: (line) => lines.push(line) });
  }, 120_000);
  afterAll(async () => {
    await result?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('ingests every recorded source through the real fetch, parse and classify path', () => {
    expect(result.ingest.sources.map((s) => [s.sourceId, s.outcome])).toEqual(
      expect.arrayContaining([
        ['demo-news-ru', 'ok'],
        ['demo-news-kk', 'ok'],
        ['demo-news-en', 'ok'],
        ['demo-court-kst-ru', 'ok'],
      ]),
    );
    expect(result.ingest.totals).toMatchObject({ fetched: 33, new: 33, errors: 0 });
    // Most items are ordinary news: the rules leave them out of the queue.
    expect(result.ingest.totals.flagged).toBeLessThan(result.ingest.totals.fetched / 2);
  });

  it('applies every recorded decision', () => {
    expect(result.decided.missing).toEqual([]);
    // The Russian, English and Kazakh stories of one detention are one event.
    expect(result.decided).toMatchObject({ approved: 9, merged: 2 });
    // The recorded false positive (a journalist «задержался», was late) is rejected with its reason.
    expect(lines.some((line) => /rejected\s+«Журналист задержался на пресс-конференции акима»: Ложное срабатывание/.test(line))).toBe(true);
  });

  it('announces the urgent stories to the outbox once each, and prints them', () => {
    const notices = readFileSync(result.urgentOutbox, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { title: string; urgentCategory: string; score: number });
    // The detention in Russian, English and Kazakh and the attack in Atyrau at least; only urgent categories, high scores.
    expect(notices.map((n) => n.title)).toEqual(
      expect.arrayContaining([
        'В Алматы задержали журналиста во время съёмки мирного собрания',
        'Journalist detained while covering a peaceful assembly in Almaty',
        'Алматыда бейбіт жиынды түсірген тілші ұсталды',
        'Атырауда тілшіге шабуыл жасалды',
      ]),
    );
    for (const notice of notices) {
      expect(['attack', 'detention', 'threat']).toContain(notice.urgentCategory);
      expect(notice.score).toBeGreaterThanOrEqual(0.6);
    }
    expect(new Set(notices.map((n) => n.title)).size).toBe(notices.length);
    expect(lines.some((line) => line.includes('[attack') && line.includes('Атырауда тілшіге шабуыл жасалды'))).toBe(true);
    expect(result.env.SOZWATCH_URGENT_OUTBOX).toBe(result.urgentOutbox);
  });

  it('reports the approved entries and their statistics, without rejected or merged items', async () => {
    const data = result.report.data;
    expect(result.month).toBe('2026-10');
    expect(data.entries).toHaveLength(9);
    expect(data.charges.month).toMatchObject({ civil: 2, civilHonourDignity: 2, criminal: 2, criminalInCourt: 1, administrative: 0 });
    expect(data.judicialActs.month).toEqual({ total: 2, forDefendants: 1 });
    expect(data.damages.month).toEqual({ claimedKzt: 15_000_000, awardedKzt: 500_000 });
    const titles = data.entries.map((e) => e.title);
    expect(titles).not.toContain('Журналисты сыграли в футбол с депутатами в честь Дня работников СМИ');
    expect(titles).not.toContain('Journalist detained while covering a peaceful assembly in Almaty');
    const rejected = await result.deps.items.listByStatus({ status: 'rejected', limit: 50 });
    const duplicates = await result.deps.items.listByStatus({ status: 'duplicate', limit: 50 });
    const printed = new Set(data.entries.map((e) => e.id));
    for (const item of [...rejected.items, ...duplicates.items]) expect(printed.has(item.id)).toBe(false);
  });

  it('publishes to the local S3 and exports the same bytes to the output folder', async () => {
    expect(result.exported.map((e) => e.key)).toContain('reports/2026/10/report.kk.html');
    for (const { key, path } of result.exported) {
      const stored = await result.deps.objects.get(key);
      expect(readFileSync(path).equals(stored!.body)).toBe(true);
    }
    const ru = readFileSync(join(out, 'reports/2026/10/report.ru.html'), 'utf8');
    expect(ru).toContain('Нарушения свободы слова в Казахстане. Октябрь 2026');
    // The obstruction entry was written in Kazakh only: the Russian report says so.
    expect(ru).toContain('Текст доступен только на казахском языке.');
    expect(readFileSync(join(out, 'reports/index.html'), 'utf8')).toContain('href="2026/10/report.en.html"');
    expect(lines.some((l) => l.includes('reports/2026/10/report.ru.html'))).toBe(true);
  });

  it('serves the review page over the same stack when asked to keep serving', async () => {
    const review = await startReviewServer(result.deps, { port: 0 });
    try {
      expect(review.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${review.url}/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
    } finally {
      await review.close();
    }
  });
});
