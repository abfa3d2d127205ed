// The review page's modules as files: every script in shared/web is a listed, served module of a
// readable size, and none keeps its own copy of a list the API serves with the taxonomy.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES } from '../../../shared/domain/item';
import { CASE_OUTCOMES, CASE_STAGES, CASE_TYPES, CATEGORY_GROUP_IDS, CATEGORY_IDS, LAW_CODES } from '../../../shared/domain/taxonomy';
import { PAGE_MODULES, WEB_FILES } from '../../../shared/web/web-assets';

const DIR = 'shared/web';
const scripts = readdirSync(DIR).filter((name) => name.endsWith('.js'));
const source = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

describe('review page modules', () => {
  it('lists and serves every script in shared/web, each under /assets/ with a JavaScript type', () => {
    expect([...PAGE_MODULES].sort()).toEqual(scripts.sort());
    for (const name of scripts) expect(WEB_FILES[`/assets/${name}`]).toEqual({ file: name, contentType: 'text/javascript; charset=utf-8' });
  });

  it('keeps each module to about 300 lines', () => {
    const long = scripts.map((name) => [name, source(name).split('\n').length] as const).filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('takes categories, groups and the legal-case vocabulary from the API, never from a list of its own', () => {
    // A status may be named where the page decides what an item's status allows; `pending` is also an outcome.
    const ids = [...CATEGORY_IDS, ...CATEGORY_GROUP_IDS, ...CASE_TYPES, ...CASE_STAGES, ...CASE_OUTCOMES, ...LAW_CODES].filter(
      (id) => !(ITEM_STATUSES as readonly string[]).includes(id),
    );
    // The dictionaries (review-strings-*.js) are keyed by these ids (`ct_civil`) and some English strings read like them ('civil').
    const code = scripts.filter((name) => name !== 'review-i18n.js' && !name.startsWith('review-strings-'));
    const copies = code.flatMap((name) => ids.filter((id) => source(name).includes(`'${id}'`)).map((id) => `${name}: '${id}'`));
    expect(copies).toEqual([]);
  });
});
