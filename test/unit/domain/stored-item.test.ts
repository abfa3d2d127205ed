import { describe, expect, it } from 'vitest';
import type { NormalizedItem } from '../../../shared/domain/item';
import { toStoredItem } from '../../../shared/domain/stored-item';
import { classification } from '../../support/items';

const item: NormalizedItem = {
  id: 'x1',
  sourceId: 'feed',
  sourceKind: 'feed',
  url: 'https://news.example.kz/1',
  title: 'Журналиста задержали',
  summary: 'Журналиста задержали после публикации.',
  language: 'ru',
  publishedAt: '2025-01-02T03:04:05.000Z',
  fetchedAt: '2025-01-02T04:00:00.000Z',
};

describe('toStoredItem', () => {
  it('queues a flagged item and keeps an unflagged one as ignored, at version 1', () => {
    const at = '2025-01-02T04:00:01.000Z';
    expect(toStoredItem(item, classification(), at)).toEqual({ ...item, status: 'pending', classification: classification(), version: 1, createdAt: at, updatedAt: at });
    expect(toStoredItem(item, classification({ flagged: false }), at).status).toBe('ignored');
  });

  it('lets an import queue an unflagged item and name who added it', () => {
    const stored = toStoredItem(item, classification({ flagged: false }), 'now', { status: 'pending', addedBy: 'staff:dana' });
    expect(stored).toMatchObject({ status: 'pending', addedBy: 'staff:dana' });
    expect('addedBy' in toStoredItem(item, classification(), 'now')).toBe(false);
  });
});
