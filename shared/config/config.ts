// The one place that reads the environment. Everything else receives a Config (the stack) or
// CliSettings (the command line's own options), both built here.
import { parseAllowedPrivateHosts } from '../sources/http/fetch-policy';

export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';

export interface Config {
  tableName: string;
  bucketName: string;
  region: string;
  /** Set locally (dynalite / DynamoDB Local / s3rver); absent in AWS, where the SDK's defaults apply. */
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  /** Explicit credentials for the local servers; absent in AWS (the Lambda role is used). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  logLevel: LogLevel;
  /** Contact URL sent in the User-Agent of every request to a source. */
  contactUrl: string;
  /** JWT verification: a Cognito user pool in AWS, a local issuer's JWKS locally. */
  auth?: AuthConfig;
  /** The SQS queue the ingest dispatch fills (SOZWATCH_INGEST_QUEUE_URL); absent locally, where the CLI ingests directly. */
  ingestQueueUrl?: string;
  /** The SNS topic that announces urgent items to staff by e-mail (SOZWATCH_URGENT_TOPIC_ARN; AWS). */
  urgentTopicArn?: string;
  /** A JSON-lines file urgent items are announced to instead (SOZWATCH_URGENT_OUTBOX; local). */
  urgentOutboxFile?: string;
  /** The build-report function that report requests invoke (SOZWATCH_REPORT_FUNCTION); absent locally, where they build in process. */
  reportFunctionName?: string;
  /** Set for tests against a stand-in Lambda API on loopback (SOZWATCH_LAMBDA_ENDPOINT). */
  lambdaEndpoint?: string;
  /**
   * Hosts (`host` or `host:port`) the HTTP client may reach on loopback or private addresses
   * (SOZWATCH_ALLOWED_PRIVATE_HOSTS, comma-separated): the demo's, tests' and bench's own servers.
   * Empty by default everywhere; absent means empty.
   */
  allowedPrivateHosts?: string[];
}

export type AuthConfig =
  | {
      kind: 'cognito';
      userPoolId: string;
      clientId: string;
      /** The hosted sign-in base URL (SOZWATCH_AUTH_DOMAIN): the review page sends users there. */
      hostedUiDomain?: string;
    }
  | { kind: 'jwks'; issuer: string; jwksUri: string; audience: string };

export class ConfigError extends Error {
  constructor(readonly missing: string[], message?: string) {
    super(message ?? `missing environment variable(s): ${missing.join(', ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'];

export function loadConfig(env: Env = process.env): Config {
  const missing: string[] = [];
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) missing.push(name);
    return value ?? '';
  };
  const tableName = required('SOZWATCH_TABLE');
  const bucketName = required('SOZWATCH_BUCKET');
  const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
  if (!region) missing.push('AWS_REGION');
  if (missing.length > 0) throw new ConfigError(missing);

  const accessKeyId = env.SOZWATCH_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.SOZWATCH_SECRET_ACCESS_KEY?.trim();
  return {
    tableName,
    bucketName,
    region,
    dynamodbEndpoint: env.SOZWATCH_DYNAMODB_ENDPOINT?.trim() || undefined,
    s3Endpoint: env.SOZWATCH_S3_ENDPOINT?.trim() || undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    logLevel: logLevel(env),
    contactUrl: contactUrl(env),
    auth: loadAuthConfig(env),
    ingestQueueUrl: env.SOZWATCH_INGEST_QUEUE_URL?.trim() || undefined,
    urgentTopicArn: env.SOZWATCH_URGENT_TOPIC_ARN?.trim() || undefined,
    urgentOutboxFile: env.SOZWATCH_URGENT_OUTBOX?.trim() || undefined,
    reportFunctionName: env.SOZWATCH_REPORT_FUNCTION?.trim() || undefined,
    lambdaEndpoint: env.SOZWATCH_LAMBDA_ENDPOINT?.trim() || undefined,
    allowedPrivateHosts: loadAllowedPrivateHosts(env),
  };
}

const DEFAULT_CONTACT_URL = 'https://github.com/sozwatch/sozwatch';

function logLevel(env: Env): LogLevel {
  const raw = (env.SOZWATCH_LOG_LEVEL ?? env.POWERTOOLS_LOG_LEVEL ?? 'INFO').trim().toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new ConfigError([], `SOZWATCH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got ${raw}`);
  return raw as LogLevel;
}

function contactUrl(env: Env): string {
  return env.SOZWATCH_CONTACT_URL?.trim() || DEFAULT_CONTACT_URL;
}

/** What the command line takes from the environment besides the stack's Config. */
export interface CliSettings {
  /** SOZWATCH_TABLE is set: commands use that stack (loadConfig); otherwise they start the embedded local one. */
  usesConfiguredStack: boolean;
  /** Where the embedded local stack keeps its data (SOZWATCH_LOCAL_DATA, default `.local`). */
  localDataDir: string;
  logLevel: LogLevel;
  contactUrl: string;
  /** Who the CLI acts as in audit records: SOZWATCH_ACTOR, else `cli:<login name>`. */
  actor: string;
  /** SOZWATCH_ALLOWED_PRIVATE_HOSTS: loopback or private hosts the HTTP client may fetch (empty by default). */
  allowedPrivateHosts: string[];
}

export function loadCliSettings(env: Env = process.env): CliSettings {
  return {
    usesConfiguredStack: Boolean(env.SOZWATCH_TABLE?.trim()),
    localDataDir: env.SOZWATCH_LOCAL_DATA?.trim() || '.local',
    logLevel: logLevel(env),
    contactUrl: contactUrl(env),
    actor: env.SOZWATCH_ACTOR?.trim() || `cli:${env.USER?.trim() || 'unknown'}`,
    allowedPrivateHosts: loadAllowedPrivateHosts(env),
  };
}

/** `npm run local`: where the local servers keep their data and the ports they listen on. */
export interface LocalServerSettings {
  localDataDir: string;
  dynamodbPort: number;
  s3Port: number;
}

export function loadLocalServerSettings(env: Env = process.env): LocalServerSettings {
  const port = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) throw new ConfigError([], `${name} must be a port number 0..65535, got ${raw}`);
    return value;
  };
  return {
    localDataDir: env.SOZWATCH_LOCAL_DATA?.trim() || '.local',
    dynamodbPort: port('SOZWATCH_LOCAL_DYNAMODB_PORT', 8000),
    s3Port: port('SOZWATCH_LOCAL_S3_PORT', 4569),
  };
}

/** SOZWATCH_ALLOWED_PRIVATE_HOSTS alone, for commands that fetch without a storage stack. */
export function loadAllowedPrivateHosts(env: Env = process.env): string[] {
  try {
    return parseAllowedPrivateHosts(env.SOZWATCH_ALLOWED_PRIVATE_HOSTS);
  } catch (error) {
    throw new ConfigError([], `SOZWATCH_ALLOWED_PRIVATE_HOSTS: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function loadAuthConfig(env: Env): AuthConfig | undefined {
  const userPoolId = env.SOZWATCH_USER_POOL_ID?.trim();
  const clientId = env.SOZWATCH_USER_POOL_CLIENT_ID?.trim();
  if (userPoolId || clientId) {
    if (!userPoolId || !clientId) {
      throw new ConfigError([userPoolId ? 'SOZWATCH_USER_POOL_CLIENT_ID' : 'SOZWATCH_USER_POOL_ID']);
    }
    const hostedUiDomain = env.SOZWATCH_AUTH_DOMAIN?.trim() || undefined;
    return { kind: 'cognito', userPoolId, clientId, ...(hostedUiDomain ? { hostedUiDomain } : {}) };
  }
  const issuer = env.SOZWATCH_JWT_ISSUER?.trim();
  const jwksUri = env.SOZWATCH_JWKS_URI?.trim();
  const audience = env.SOZWATCH_JWT_AUDIENCE?.trim();
  if (issuer || jwksUri || audience) {
    const absent = [
      ['SOZWATCH_JWT_ISSUER', issuer],
      ['SOZWATCH_JWKS_URI', jwksUri],
      ['SOZWATCH_JWT_AUDIENCE', audience],
    ]
      .filter(([, v]) => !v)
      .map(([k]) => k as string);
    if (absent.length) throw new ConfigError(absent);
    return { kind: 'jwks', issuer: issuer!, jwksUri: jwksUri!, audience: audience! };
  }
  return undefined;
}
