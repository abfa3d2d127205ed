import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

describe('S3ObjectStore on s3rver', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('puts and gets objects byte for byte with content type and cache headers', async () => {
    const body = '<h1>Нарушения свободы слова — Қазақстан</h1>';
    await stack.deps.objects.put('reports/2024/03/report.ru.html', body, { contentType: 'text/html; charset=utf-8', cacheControl: 'max-age=300' });
    const stored = await stack.deps.objects.get('reports/2024/03/report.ru.html');
    expect(stored?.body.toString('utf8')).toBe(body);
    expect(stored?.contentType).toBe('text/html; charset=utf-8');
    expect(stored?.cacheControl).toBe('max-age=300');
    expect(await stack.deps.objects.get('reports/none')).toBeUndefined();
  });

  it('lists keys under a prefix across pages', async () => {
    // More than one ListObjectsV2 page (1,000 keys), the case that needs Node's legacy OpenSSL provider.
    const names = Array.from({ length: 1005 }, (_, i) => `many/${String(i).padStart(4, '0')}.txt`);
    for (let i = 0; i < names.length; i += 50) {
      await Promise.all(names.slice(i, i + 50).map((key) => stack.deps.objects.put(key, key, { contentType: 'text/plain' })));
    }
    await stack.deps.objects.put('other/x.txt', 'x', { contentType: 'text/plain' });
    expect(await stack.deps.objects.list('many/')).toEqual(names);
  }, 120_000);
});
