// s3rver 3.7 answers a PUT before its file is written (it resolves when the request body has been read,
// or at once for a buffer) and writes over the live file, so a GET right after a PUT, or during one,
// can read a short object. Amazon S3 never does either. This store method writes the whole body to a
// file beside the bucket tree and renames it into place before the PUT is answered.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type S3rver from 's3rver';

export function storeObjectsAtomically(s3: S3rver, partialDirectory: string): void {
  mkdirSync(partialDirectory, { recursive: true });
  const store = s3.store;
  store.putObject = async (object) => {
    const body = Buffer.isBuffer(object.content) ? object.content : await buffer(object.content as Readable);
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    const partialPath = join(partialDirectory, randomUUID());
    try {
      await writeFile(partialPath, body);
      await mkdir(dirname(objectPath), { recursive: true });
      await rename(partialPath, objectPath);
    } finally {
      await rm(partialPath, { force: true });
    }
    const md5 = createHash('md5').update(body).digest('hex');
    await store.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size: body.length, md5 };
  };
}
