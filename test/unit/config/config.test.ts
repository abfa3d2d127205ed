import { describe, expect, it } from 'vitest';
import { ConfigError, loadCliSettings, loadConfig, loadLocalServerSettings } from '../../../shared/config/config';

const base = { SOZWATCH_TABLE: 't', SOZWATCH_BUCKET: 'b', AWS_REGION: 'eu-central-1' };

describe('loadConfig', () => {
  it('fails fast naming every missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow('missing environment variable(s): SOZWATCH_TABLE, SOZWATCH_BUCKET, AWS_REGION');
  });
  it('reads AWS settings without endpoints or credentials', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ tableName: 't', bucketName: 'b', region: 'eu-central-1', logLevel: 'INFO' });
    expect(config.dynamodbEndpoint).toBeUndefined();
    expect(config.credentials).toBeUndefined();
    expect(config.auth).toBeUndefined();
  });
  it('reads local endpoints and credentials', () => {
    const config = loadConfig({
      ...base,
      SOZWATCH_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      SOZWATCH_S3_ENDPOINT: 'http://127.0.0.1:4569',
      SOZWATCH_ACCESS_KEY_ID: 'S3RVER',
      SOZWATCH_SECRET_ACCESS_KEY: 'S3RVER',
      SOZWATCH_LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({ dynamodbEndpoint: 'http://127.0.0.1:8000', s3Endpoint: 'http://127.0.0.1:4569', logLevel: 'DEBUG' });
    expect(config.credentials).toEqual({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });
  });
  it('rejects an unknown log level and half-configured auth', () => {
    expect(() => loadConfig({ ...base, SOZWATCH_LOG_LEVEL: 'LOUD' })).toThrow(/SOZWATCH_LOG_LEVEL must be one of/);
    expect(() => loadConfig({ ...base, SOZWATCH_USER_POOL_ID: 'eu-central-1_x' })).toThrow(/SOZWATCH_USER_POOL_CLIENT_ID/);
    expect(() => loadConfig({ ...base, SOZWATCH_JWT_ISSUER: 'http://127.0.0.1:1' })).toThrow(/SOZWATCH_JWKS_URI, SOZWATCH_JWT_AUDIENCE/);
  });
  it('reads Cognito and local JWKS auth', () => {
    expect(loadConfig({ ...base, SOZWATCH_USER_POOL_ID: 'p', SOZWATCH_USER_POOL_CLIENT_ID: 'c' }).auth).toEqual({ kind: 'cognito', userPoolId: 'p', clientId: 'c' });
    expect(
      loadConfig({ ...base, SOZWATCH_JWT_ISSUER: 'i', SOZWATCH_JWKS_URI: 'http://127.0.0.1:1/jwks.json', SOZWATCH_JWT_AUDIENCE: 'a' }).auth,
    ).toEqual({ kind: 'jwks', issuer: 'i', jwksUri: 'http://127.0.0.1:1/jwks.json', audience: 'a' });
  });
});

describe('loadCliSettings', () => {
  it('uses the embedded stack without SOZWATCH_TABLE, with defaults for everything', () => {
    expect(loadCliSettings({})).toEqual({ usesConfiguredStack: false, localDataDir: '.local', logLevel: 'INFO', contactUrl: 'https://github.com/sozwatch/sozwatch', actor: 'cli:unknown', allowedPrivateHosts: [] });
  });
  it('reads the stack switch, data directory, log level, contact, actor and allowed private hosts', () => {
    expect(loadCliSettings({ SOZWATCH_TABLE: 't', SOZWATCH_LOCAL_DATA: '/tmp/x', SOZWATCH_LOG_LEVEL: 'warn', SOZWATCH_CONTACT_URL: 'https://ngo.example/', USER: 'aigerim', SOZWATCH_ALLOWED_PRIVATE_HOSTS: '127.0.0.1:8080' })).toEqual({
      usesConfiguredStack: true,
      localDataDir: '/tmp/x',
      logLevel: 'WARN',
      contactUrl: 'https://ngo.example/',
      actor: 'cli:aigerim',
      allowedPrivateHosts: ['127.0.0.1:8080'],
    });
    expect(loadCliSettings({ SOZWATCH_ACTOR: 'staff:dana', USER: 'aigerim' }).actor).toBe('staff:dana');
    expect(() => loadCliSettings({ SOZWATCH_LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });
});

describe('loadLocalServerSettings', () => {
  it('defaults to .local and ports 8000/4569, and refuses a port that is not one', () => {
    expect(loadLocalServerSettings({})).toEqual({ localDataDir: '.local', dynamodbPort: 8000, s3Port: 4569 });
    expect(loadLocalServerSettings({ SOZWATCH_LOCAL_DYNAMODB_PORT: '0', SOZWATCH_LOCAL_S3_PORT: '9000' })).toMatchObject({ dynamodbPort: 0, s3Port: 9000 });
    expect(() => loadLocalServerSettings({ SOZWATCH_LOCAL_S3_PORT: 'http' })).toThrow(/port number/);
  });
});

describe('urgent notices settings', () => {
  it('reads the SNS topic and the local outbox, both optional', () => {
    const base = { SOZWATCH_TABLE: 't', SOZWATCH_BUCKET: 'b', AWS_REGION: 'eu-central-1' };
    expect(loadConfig(base)).toMatchObject({ urgentTopicArn: undefined, urgentOutboxFile: undefined });
    expect(loadConfig({ ...base, SOZWATCH_URGENT_TOPIC_ARN: ' arn:aws:sns:eu-central-1:1:urgent ', SOZWATCH_URGENT_OUTBOX: '/tmp/outbox.jsonl' })).toMatchObject({
      urgentTopicArn: 'arn:aws:sns:eu-central-1:1:urgent',
      urgentOutboxFile: '/tmp/outbox.jsonl',
    });
  });
});
