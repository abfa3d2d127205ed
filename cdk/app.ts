// CDK entry point (cdk.json): the sozwatch stacks, checked by cdk-nag's AwsSolutions pack at synth.
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { configFromContext } from './config';
import { addSozwatchStacks, createApp } from './sozwatch-app';

const app = createApp();
const config = configFromContext((key) => app.node.tryGetContext(key));
addSozwatchStacks(app, {
  ...config,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// Unacknowledged findings fail the synth, so an insecure change cannot reach `cdk deploy`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
