// Where published reports live (S3 in AWS, s3rver locally).

export interface PutObjectOptions {
  contentType: string;
  cacheControl?: string;
}

export interface StoredObject {
  body: Buffer;
  contentType?: string;
  cacheControl?: string;
}

export interface ObjectStore {
  put(key: string, body: string | Buffer, options: PutObjectOptions): Promise<void>;
  /** Undefined when the key does not exist. */
  get(key: string): Promise<StoredObject | undefined>;
  list(prefix: string): Promise<string[]>;
}
