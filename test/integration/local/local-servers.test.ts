import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalServers } from '../../../shared/local/local-servers';
import { buildDependencies } from '../../../shared/runtime/dependencies';
import { storedItem } from '../../support/items';

describe('local servers with a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sozwatch-local-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keep the queue and the reports across a restart', async () => {
    const item = storedItem();
    const first = await startLocalServers({ dataDir, logLevel: 'SILENT' });
    const firstDeps = buildDependencies(first.config);
    await firstDeps.items.saveIfNew(item);
    await firstDeps.objects.put('reports/index.html', '<p>index</p>', { contentType: 'text/html' });
    await first.stop();

    const second = await startLocalServers({ dataDir, logLevel: 'SILENT' });
    try {
      const deps = buildDependencies(second.config);
      expect(await deps.items.get(item.id)).toEqual(item);
      expect((await deps.items.listByStatus({ status: 'pending' })).items.map((i) => i.id)).toContain(item.id);
      expect((await deps.objects.get('reports/index.html'))?.body.toString()).toBe('<p>index</p>');
    } finally {
      await second.stop();
    }
  });
});
