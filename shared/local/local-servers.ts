// Real DynamoDB-API (dynalite, or an external DynamoDB Local) and S3-API (s3rver) servers on loopback,
// with the table and bucket created from the shared schema. Used by `npm run local`, the CLI's
// embedded default, the demo and the integration tests.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { storeObjectsAtomically } from './s3rver-atomic-put';
import { loadConfig, type Config } from '../config/config';
import { createTableInput } from '../adapters/dynamodb/table-schema';
import { createS3Client } from '../runtime/dependencies';

export const LOCAL_HOST = '127.0.0.1';
// s3rver accepts only these credentials; dynalite accepts any.
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalServersOptions {
  /** Keep data on disk here (LevelDB + s3rver files); in memory / a temp dir when absent. */
  dataDir?: string;
  dynamodbPort?: number;
  s3Port?: number;
  tableName?: string;
  bucketName?: string;
  /** Use an already running DynamoDB-API server (e.g. AWS's DynamoDB Local) instead of dynalite. */
  dynamodbEndpoint?: string;
  logLevel?: Config['logLevel'];
}

export interface LocalServers {
  /** The environment a process needs to use these servers, exactly as in AWS but for endpoints. */
  env: Record<string, string>;
  config: Config;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOCAL_HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

export async function ensureTable(config: Config): Promise<void> {
  const client = new DynamoDBClient({ region: config.region, endpoint: config.dynamodbEndpoint, credentials: config.credentials });
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: config.tableName }));
      return;
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') throw error;
    }
    await client.send(new CreateTableCommand(createTableInput(config.tableName)));
    for (let attempt = 0; attempt < 100; attempt++) {
      const table = await client.send(new DescribeTableCommand({ TableName: config.tableName }));
      const indexesActive = (table.Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
      if (table.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`table ${config.tableName} did not become ACTIVE`);
  } finally {
    client.destroy();
  }
}

export async function ensureBucket(config: Config): Promise<void> {
  const client = createS3Client(config);
  try {
    await client.send(new HeadBucketCommand({ Bucket: config.bucketName }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: config.bucketName }));
  } finally {
    client.destroy();
  }
}

export async function startLocalServers(options: LocalServersOptions = {}): Promise<LocalServers> {
  const tableName = options.tableName ?? 'sozwatch';
  const bucketName = options.bucketName ?? 'sozwatch-reports';
  const cleanups: Array<() => Promise<void>> = [];
  try {
    let dynamodbEndpoint = options.dynamodbEndpoint;
    if (!dynamodbEndpoint) {
      const path = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
      if (path) mkdirSync(path, { recursive: true });
      const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
      const port = await listen(server, options.dynamodbPort ?? 0);
      cleanups.push(() => close(server));
      dynamodbEndpoint = `http://${LOCAL_HOST}:${port}`;
    }

    const s3Directory = options.dataDir ? join(options.dataDir, 's3') : mkdtempSync(join(tmpdir(), 'sozwatch-s3-'));
    mkdirSync(s3Directory, { recursive: true });
    if (!options.dataDir) cleanups.push(async () => rmSync(s3Directory, { recursive: true, force: true }));
    const s3 = new S3rver({ address: LOCAL_HOST, port: options.s3Port ?? 0, silent: true, directory: s3Directory });
    const s3PartialDirectory = `${s3Directory}.partial`;
    storeObjectsAtomically(s3, s3PartialDirectory);
    if (!options.dataDir) cleanups.push(async () => rmSync(s3PartialDirectory, { recursive: true, force: true }));
    const { port: s3Port } = await s3.run();
    cleanups.push(() => s3.close());

    const env: Record<string, string> = {
      SOZWATCH_TABLE: tableName,
      SOZWATCH_BUCKET: bucketName,
      AWS_REGION: 'us-east-1',
      SOZWATCH_DYNAMODB_ENDPOINT: dynamodbEndpoint,
      SOZWATCH_S3_ENDPOINT: `http://${LOCAL_HOST}:${s3Port}`,
      SOZWATCH_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      SOZWATCH_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      SOZWATCH_LOG_LEVEL: options.logLevel ?? 'INFO',
      // Urgent items are announced to a file beside the data, where AWS sends an e-mail.
      ...(options.dataDir ? { SOZWATCH_URGENT_OUTBOX: join(options.dataDir, 'urgent-outbox.jsonl') } : {}),
    };
    const config = loadConfig(env);
    await ensureTable(config);
    await ensureBucket(config);
    let stopped = false;
    return {
      env,
      config,
      async stop() {
        if (stopped) return;
        stopped = true;
        for (const cleanup of cleanups.reverse()) await cleanup();
      },
    };
  } catch (error) {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    throw error;
  }
}
