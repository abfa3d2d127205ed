// Walks the court-parser registry: every parser must have an example page and a golden, and match it.
// Goldens are rewritten only with UPDATE_GOLDEN=1 (then read the diff before committing).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SkipSourceError } from '../../../shared/domain/errors';
import { COURT_PARSERS } from '../../../shared/sources/courts/court-parsers';
import { loadPage } from '../../../shared/sources/courts/scrape-court';

const dir = new URL('../../fixtures/courts/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(COURT_PARSERS.map((p) => [p.id, p] as const))('court parser %s', (id, parser) => {
  const base = new URL(`${id}/`, dir);
  it('has an example page, a detail page, meta and a golden', () => {
    for (const file of ['list.html', 'detail.html', 'meta.json']) expect(existsSync(new URL(file, base)), `${id}/${file}`).toBe(true);
    expect(update || existsSync(new URL('expected.json', base)), `${id}/expected.json (run with UPDATE_GOLDEN=1)`).toBe(true);
  });

  it('parses its example pages into the golden output', () => {
    const meta = JSON.parse(readFileSync(new URL('meta.json', base), 'utf8')) as { listUrl: string; detailUrl: string; now: string };
    const now = new Date(meta.now);
    const $list = loadPage(readFileSync(new URL('list.html', base), 'utf8'), id);
    const $detail = loadPage(readFileSync(new URL('detail.html', base), 'utf8'), id);
    const actual = {
      matches: parser.matches($list),
      list: parser.parseList($list, meta.listUrl, now),
      detail: parser.parseDetail ? parser.parseDetail($detail, meta.detailUrl, now) : null,
    };
    const goldenPath = new URL('expected.json', base);
    if (update) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(actual).toEqual(golden);
    expect(actual.matches).toBe(true);
    expect(actual.list.entries.length).toBeGreaterThan(0);
  });

  it('does not match a page of another structure', () => {
    expect(parser.matches(loadPage('<html><body><div class="content"><p>Сайт на реконструкции</p></div></body></html>', id))).toBe(false);
  });
});

describe('hostile pages', () => {
  const deep = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
  const scripts = `<html><body>${'<script>while(true){}</script>'.repeat(5_000)}<div class="view-content"><div class="views-row"><div class="views-field-title"><a href="javascript:alert(1)">x</a></div></div></div></body></html>`;
  const huge = `<html><body>${'<p>а</p>'.repeat(500_000)}</body></html>`;

  it.each([
    ['deeply nested', deep],
    ['script-laden with a javascript: link', scripts],
    ['huge', huge],
  ])('%s: every parser returns or skips, never crashes the run', (_name, html) => {
    for (const parser of COURT_PARSERS) {
      try {
        const $ = loadPage(html, parser.id);
        const matched = parser.matches($);
        const page = parser.parseList($, 'https://sud.gov.kz/rus/news', new Date('2024-03-15T00:00:00Z'));
        expect(page.entries.every((e) => e.url.startsWith('http'))).toBe(true);
        expect(typeof matched).toBe('boolean');
      } catch (error) {
        expect(error).toBeInstanceOf(SkipSourceError);
      }
    }
  });
});
