// Seeding the table from the built-in catalog and the source write path, on the real local DynamoDB
// API: seeding twice inserts nothing twice, an edited source is never overwritten, a changed catalog
// definition is reported as "differs" until `seed --update` or "apply catalog" takes it; `sources list`
// prints the table as JSON lines, seeding an empty one first.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesCommand } from '../../../shared/cli/commands/sources';
import { ConflictError } from '../../../shared/domain/errors';
import type { SourceDefinition } from '../../../shared/sources/catalog';
import { applyCatalogDefinition, changeSource, createSource, editSource, seedSources, setSourceEnabled, sourcesToPoll } from '../../../shared/sources/manage-sources';
import { catalogFingerprint } from '../../../shared/sources/source-record';
import { fixtureSource } from '../../support/feed-builder';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;

const catalog: SourceDefinition[] = [
  fixtureSource('alpha', 'https://alpha.example.kz/rss'),
  fixtureSource('beta', 'https://beta.example.kz/rss', { language: 'kk' }),
  fixtureSource('gamma', 'https://gamma.example.kz/rss', { group: 'regional' }),
];

function cliIo() {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const stderr = new PassThrough().resume();
  return { io: { stdin: new PassThrough(), stdout, stderr, env: stack.env }, lines: () => Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((l: string) => JSON.parse(l)) };
}

beforeAll(async () => {
  stack = await startLocalStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe(`source records on ${DYNAMODB_BACKEND}`, () => {
  it('seeding twice inserts each catalog source once, also when two seeds run at once', async () => {
    const [one, two] = await Promise.all([seedSources(stack.deps, { actor: 'test', catalog }), seedSources(stack.deps, { actor: 'test', catalog })]);
    expect([...one.inserted, ...two.inserted].sort()).toEqual(['alpha', 'beta', 'gamma']);
    const again = await seedSources(stack.deps, { actor: 'test', catalog });
    expect(again).toEqual({ inserted: [], differs: [], updated: [], unchanged: 3 });
    const stored = await stack.deps.sources.list();
    expect(stored.map((s) => [s.id, s.version, s.origin, s.enabled, s.catalogFingerprint])).toEqual(
      catalog.map((s) => [s.id, 1, 'catalog', true, catalogFingerprint(s)]),
    );
    expect((await stack.deps.sources.listAudit('alpha')).map((a) => a.action)).toEqual(['seed']);
  });

  it('never overwrites an edited source; a changed catalog definition is reported until applied', async () => {
    const edited = await editSource(stack.deps, { id: 'alpha', version: 1, actor: 'aigerim', definition: { url: 'https://alpha.example.kz/feed/', note: 'moved' } });
    expect(edited).toMatchObject({ version: 2, url: 'https://alpha.example.kz/feed/', editedByStaff: true, updatedBy: 'aigerim' });
    const changedCatalog = catalog.map((s) => (s.id === 'alpha' || s.id === 'beta' ? { ...s, pollMinutes: 60 } : s));
    const seeded = await seedSources(stack.deps, { actor: 'test', catalog: changedCatalog });
    expect(seeded).toEqual({ inserted: [], differs: ['alpha', 'beta'], updated: [], unchanged: 1 });
    expect(await stack.deps.sources.get('alpha')).toMatchObject({ version: 2, url: 'https://alpha.example.kz/feed/', pollMinutes: 15 });

    const updated = await seedSources(stack.deps, { actor: 'test', catalog: changedCatalog, update: ['beta'] });
    expect(updated).toEqual({ inserted: [], differs: ['alpha'], updated: ['beta'], unchanged: 1 });
    expect(await stack.deps.sources.get('beta')).toMatchObject({ version: 2, pollMinutes: 60, catalogFingerprint: catalogFingerprint(changedCatalog[1]!) });

    const applied = await applyCatalogDefinition(stack.deps, { id: 'alpha', version: 2, actor: 'aigerim', catalog: changedCatalog });
    expect(applied).toMatchObject({ version: 3, url: 'https://alpha.example.kz/rss', note: 'local fixture', pollMinutes: 60 });
    expect(applied.editedByStaff).toBeUndefined();
    expect((await seedSources(stack.deps, { actor: 'test', catalog: changedCatalog })).differs).toEqual([]);
    const audit = await stack.deps.sources.listAudit('alpha');
    expect(audit.map((a) => a.action).sort()).toEqual(['apply-catalog', 'edit', 'seed']);
    expect(audit.find((a) => a.action === 'edit')!.changes).toMatchObject({ url: { before: 'https://alpha.example.kz/rss', after: 'https://alpha.example.kz/feed/' } });
  });

  it('a write from a version someone else changed loses with the winner, and changes nothing', async () => {
    const current = (await stack.deps.sources.get('gamma'))!;
    const results = await Promise.allSettled([
      setSourceEnabled(stack.deps, { id: 'gamma', version: current.version, actor: 'a', enabled: false }),
      editSource(stack.deps, { id: 'gamma', version: current.version, actor: 'b', definition: { name: 'Gamma' } }),
    ]);
    const lost = results.filter((r) => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(((lost[0] as PromiseRejectedResult).reason as ConflictError<{ version: number }>).current?.version).toBe(current.version + 1);
    expect((await stack.deps.sources.get('gamma'))!.version).toBe(current.version + 1);
    await expect(changeSource(stack.deps, { id: 'nowhere', version: 1, actor: 'a', action: 'edit', changes: () => ({}) })).rejects.toThrow(/not found/);
  });

  it('a staff-added source with a taken id is a conflict; only enabled sources are polled', async () => {
    await expect(createSource(stack.deps, { definition: fixtureSource('beta', 'https://x.example.kz/'), actor: 'a' })).rejects.toBeInstanceOf(ConflictError);
    await createSource(stack.deps, { definition: fixtureSource('delta', 'https://delta.example.kz/rss'), actor: 'a', enabled: false });
    const polled = (await sourcesToPoll(stack.deps, { seed: 'missing', catalog })).map((s) => s.id);
    expect(polled).toContain('alpha');
    expect(polled).not.toContain('delta');
  });

  it("the dispatch's seeding inserts a catalog entry a deploy added to a table that already has sources", async () => {
    const deployed = [...catalog, fixtureSource('epsilon', 'https://epsilon.example.kz/rss')];
    expect((await sourcesToPoll(stack.deps, { seed: 'if-empty', catalog: deployed })).map((s) => s.id)).not.toContain('epsilon');
    expect((await sourcesToPoll(stack.deps, { seed: 'missing', catalog: deployed })).map((s) => s.id)).toContain('epsilon');
    expect(await stack.deps.sources.get('epsilon')).toMatchObject({ version: 1, origin: 'catalog', updatedBy: 'system:seed' });
  });

  it('`sources list` seeds the built-in catalog into an empty table and prints one JSON line per stored source', async () => {
    const fresh = await startLocalStack();
    try {
      const previous = stack;
      stack = fresh;
      const first = cliIo();
      expect(await sourcesCommand.run(['list'], first.io)).toBe(0);
      const listed = first.lines();
      expect(listed.length).toBeGreaterThan(20);
      expect(listed.every((s: any) => s.version === 1 && s.enabled === true && typeof s.kind === 'string')).toBe(true);
      const seed = cliIo();
      expect(await sourcesCommand.run(['seed'], seed.io)).toBe(0);
      expect(seed.lines()).toEqual([{ inserted: [], differs: [], updated: [], unchanged: listed.length }]);
      const second = cliIo();
      await sourcesCommand.run(['list', '--kind', 'courts'], second.io);
      expect(second.lines().every((s: any) => s.kind === 'court')).toBe(true);
      stack = previous;
    } finally {
      await fresh.stop();
    }
  });
});
