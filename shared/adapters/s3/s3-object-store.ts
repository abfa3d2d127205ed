// ObjectStore on S3 (s3rver locally): reports and their index.
import type { S3Client } from '@aws-sdk/client-s3';
import { translateAwsError } from '../aws-errors';
import { loadSdk, onFirstUse } from '../sdk-loader';
import type { ObjectStore, PutObjectOptions, StoredObject } from '../../ports/object-store';

// Only build-report writes objects: the S3 package loads on first use (shared/adapters/sdk-loader.ts).
const sdk = () => loadSdk<typeof import('@aws-sdk/client-s3')>('@aws-sdk/client-s3');

export class S3ObjectStore implements ObjectStore {
  private readonly connect: () => Promise<S3Client>;

  /** `client` may be a loader, called on first use. */
  constructor(
    client: S3Client | (() => Promise<S3Client>),
    private readonly bucket: string,
  ) {
    this.connect = onFirstUse(typeof client === 'function' ? client : () => Promise.resolve(client));
  }

  async put(key: string, body: string | Buffer, options: PutObjectOptions): Promise<void> {
    try {
      const [client, { PutObjectCommand }] = [await this.connect(), sdk()];
      await client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          // A Buffer with a known length: a stream body would be sent chunk-framed, which s3rver mishandles.
          Body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
          ContentType: options.contentType,
          CacheControl: options.cacheControl,
        }),
      );
    } catch (error) {
      translateAwsError(error, `object store put ${key}`);
    }
  }

  async get(key: string): Promise<StoredObject | undefined> {
    try {
      const [client, { GetObjectCommand }] = [await this.connect(), sdk()];
      const result = await client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const bytes = await result.Body?.transformToByteArray();
      return { body: Buffer.from(bytes ?? []), contentType: result.ContentType, cacheControl: result.CacheControl };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'NoSuchKey' || name === 'NotFound') return undefined;
      return translateAwsError(error, `object store get ${key}`);
    }
  }

  async list(prefix: string): Promise<string[]> {
    const found: string[] = [];
    let token: string | undefined;
    try {
      const [client, { ListObjectsV2Command }] = [await this.connect(), sdk()];
      do {
        const result = await client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
        for (const object of result.Contents ?? []) if (object.Key) found.push(object.Key);
        token = result.IsTruncated ? result.NextContinuationToken : undefined;
      } while (token);
    } catch (error) {
      translateAwsError(error, `object store list ${prefix}`);
    }
    return found.sort();
  }
}
