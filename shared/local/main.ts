// `npm run local`: the local DynamoDB and S3 servers, data kept under .local/ so a restart keeps the queue.
import { resolve } from 'node:path';
import { loadLocalServerSettings } from '../config/config';
import { startLocalServers } from './local-servers';

const settings = loadLocalServerSettings();
const dataDir = resolve(settings.localDataDir);
const servers = await startLocalServers({ dataDir, dynamodbPort: settings.dynamodbPort, s3Port: settings.s3Port });
process.stdout.write(
  [
    `sozwatch local servers running (data in ${dataDir})`,
    `  DynamoDB API: ${servers.env.SOZWATCH_DYNAMODB_ENDPOINT}  table ${servers.env.SOZWATCH_TABLE}`,
    `  S3 API:       ${servers.env.SOZWATCH_S3_ENDPOINT}  bucket ${servers.env.SOZWATCH_BUCKET}`,
    '',
    'To point the CLI at them from another terminal:',
    ...Object.entries(servers.env).map(([name, value]) => `  export ${name}=${value}`),
    '',
    'Ctrl-C stops them.',
    '',
  ].join('\n'),
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('stopping…\n');
  await servers.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
