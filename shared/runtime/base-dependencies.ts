// The composition root's storage half: the adapters every handler needs, built from the Config. Local
// and AWS differ only in the endpoints and credentials that the Config carries, never in code paths.
// It imports neither the classifier nor the HTTP client, so a bundle built on it (review-api,
// build-report) carries neither; dependencies.ts adds them for the code that fetches or classifies
// (review-api adds only the HTTP client, for the evidence archive: api-dependencies.ts).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbCaseRepository } from '../adapters/dynamodb/dynamodb-case-repository';
import { DynamoDbGazetteerRepository } from '../adapters/dynamodb/dynamodb-gazetteer-repository';
import { DynamoDbItemRepository } from '../adapters/dynamodb/dynamodb-item-repository';
import { DynamoDbReviewRecords } from '../adapters/dynamodb/dynamodb-review-records';
import { DynamoDbSourceRepository } from '../adapters/dynamodb/dynamodb-source-repository';
import { DynamoDbSourceStateRepository } from '../adapters/dynamodb/dynamodb-source-state-repository';
import { LambdaReportDrafts } from '../adapters/lambda/lambda-report-drafts';
import { LambdaReportRequests, type LambdaSdk } from '../adapters/lambda/lambda-report-requests';
import { S3ObjectStore } from '../adapters/s3/s3-object-store';
import { loadSdk } from '../adapters/sdk-loader';
import { OutboxUrgentNotifier } from '../adapters/outbox/outbox-urgent-notifier';
import { loadSnsSdk, SnsUrgentNotifier } from '../adapters/sns/sns-urgent-notifier';
import { SqsIngestQueue } from '../adapters/sqs/sqs-ingest-queue';
import type { Config } from '../config/config';
import type { CaseRepository } from '../ports/case-repository';
import type { GazetteerRepository } from '../ports/gazetteer-repository';
import type { ItemRepository, SourceStateRepository } from '../ports/item-repository';
import type { ReviewRecords } from '../ports/review-records';
import type { ObjectStore } from '../ports/object-store';
import type { SourceRepository } from '../ports/source-repository';
import type { IngestQueue } from '../ports/ingest-queue';
import type { ReportDrafts } from '../ports/report-drafts';
import type { ReportRequests } from '../ports/report-requests';
import type { UrgentNotifier } from '../ports/urgent-notifier';
import { createLogger, type AppLogger } from './logger';

export interface BaseDependencies {
  config: Config;
  logger: AppLogger;
  items: ItemRepository;
  sourceStates: SourceStateRepository;
  /** The case registry's records, rebuilt from approved entries on every decision that touches a case. */
  cases: CaseRepository;
  /** Notes, holds and urgent-notice markers beside the items. */
  reviewRecords: ReviewRecords;
  /** Staff's outlet and region names. */
  gazetteer: GazetteerRepository;
  /** The sources to poll, as staff manage them (seeded from the built-in catalog). */
  sources: SourceRepository;
  objects: ObjectStore;
  now: () => Date;
  /** Present when SOZWATCH_INGEST_QUEUE_URL is set (the ingest Lambdas' dispatch). */
  ingestQueue?: IngestQueue;
  /**
   * Rebuilds of a month's report through the build-report function, when SOZWATCH_REPORT_FUNCTION is
   * set (the review API in AWS). Local servers build in process instead (shared/report/in-process-report-requests.ts),
   * which this module does not import: the ingest and review bundles would carry the whole report renderer.
   */
  reportRequests?: ReportRequests;
  /** Report drafts and publishing through the build-report function, when SOZWATCH_REPORT_FUNCTION is set. */
  reportDrafts?: ReportDrafts;
  /** Announces urgent new items: SNS when SOZWATCH_URGENT_TOPIC_ARN is set, else a JSON-lines outbox when SOZWATCH_URGENT_OUTBOX is. */
  urgentNotifier?: UrgentNotifier;
}

export interface BuildOptions {
  serviceName?: string;
  /** CLI: logs to stderr so stdout carries only data. */
  logToStderr?: boolean;
  now?: () => Date;
}

export function createDynamoDbClient(config: Config): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    credentials: config.credentials,
    maxAttempts: 4,
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

function s3ClientConfig(config: Config): S3ClientConfig {
  return {
    region: config.region,
    endpoint: config.s3Endpoint,
    credentials: config.credentials,
    // Path-style addressing works on S3 and on s3rver alike (no per-bucket DNS on loopback).
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 4,
  };
}

/** Synchronous, for callers outside the Lambdas (local servers); loads the S3 SDK on the call. */
export function createS3Client(config: Config): S3Client {
  const { S3Client: Client } = loadSdk<typeof import('@aws-sdk/client-s3')>('@aws-sdk/client-s3');
  return new Client(s3ClientConfig(config));
}

// S3, SQS and Lambda clients load on first use (shared/adapters/sdk-loader.ts): esbuild hoists any
// static import of an external package to the top of the bundle, so none is imported here by value.
async function loadS3Client(config: Config): Promise<S3Client> {
  return createS3Client(config);
}

async function loadSqsClient(config: Config): Promise<SQSClient> {
  const { SQSClient: Client } = loadSdk<typeof import('@aws-sdk/client-sqs')>('@aws-sdk/client-sqs');
  return new Client({ region: config.region, credentials: config.credentials, maxAttempts: 4 });
}

async function loadLambdaSdk(config: Config): Promise<LambdaSdk> {
  const { LambdaClient: Client, InvokeCommand } = loadSdk<typeof import('@aws-sdk/client-lambda')>('@aws-sdk/client-lambda');
  const client = new Client({ region: config.region, endpoint: config.lambdaEndpoint, credentials: config.credentials, maxAttempts: 4 });
  return { client, InvokeCommand };
}

export function buildBaseDependencies(config: Config, options: BuildOptions = {}): BaseDependencies {
  const documentClient = createDynamoDbClient(config);
  return {
    config,
    logger: createLogger(options.serviceName ?? 'sozwatch', { level: config.logLevel, toStderr: options.logToStderr }),
    items: new DynamoDbItemRepository(documentClient, config.tableName),
    sourceStates: new DynamoDbSourceStateRepository(documentClient, config.tableName),
    cases: new DynamoDbCaseRepository(documentClient, config.tableName),
    reviewRecords: new DynamoDbReviewRecords(documentClient, config.tableName),
    gazetteer: new DynamoDbGazetteerRepository(documentClient, config.tableName),
    sources: new DynamoDbSourceRepository(documentClient, config.tableName),
    objects: new S3ObjectStore(() => loadS3Client(config), config.bucketName),
    now: options.now ?? (() => new Date()),
    ingestQueue: config.ingestQueueUrl
      ? new SqsIngestQueue(() => loadSqsClient(config), config.ingestQueueUrl)
      : undefined,
    urgentNotifier: config.urgentTopicArn
      ? new SnsUrgentNotifier(() => loadSnsSdk(config.region), config.urgentTopicArn)
      : config.urgentOutboxFile
        ? new OutboxUrgentNotifier(config.urgentOutboxFile)
        : undefined,
    reportRequests: config.reportFunctionName ? new LambdaReportRequests(() => loadLambdaSdk(config), config.reportFunctionName) : undefined,
    reportDrafts: config.reportFunctionName ? new LambdaReportDrafts(() => loadLambdaSdk(config), config.reportFunctionName) : undefined,
  };
}
