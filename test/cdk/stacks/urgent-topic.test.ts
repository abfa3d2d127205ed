// The urgent-notice topic: in the ingestion stack, encrypted with the AWS managed SNS key, TLS only,
// one e-mail subscription per address given, and its ARN in both ingest functions' environment.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { configFromContext, defaultConfig } from '../../../cdk/config';
import { buildStacks, template } from '../test-app';

describe('urgent-notice topic', { timeout: 300_000 }, () => {
  const t = template(buildStacks({ urgentEmails: ['duty@example.org', 'editor@example.org'] }).ingestion);
  const topicId = () => {
    const ids = Object.keys(t.findResources('AWS::SNS::Topic')).filter((id) => id.startsWith('UrgentTopic'));
    expect(ids).toHaveLength(1);
    return ids[0]!;
  };

  it('is encrypted with the AWS managed key and refuses plain HTTP', () => {
    t.hasResourceProperties('AWS::SNS::Topic', {
      TopicName: 'prod-sozwatch-urgent',
      KmsMasterKeyId: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('alias/aws/sns')])]) }),
    });
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('has an e-mail subscription for each address, and none without addresses', () => {
    for (const email of ['duty@example.org', 'editor@example.org']) {
      t.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: email, TopicArn: { Ref: topicId() } });
    }
    t.resourceCountIs('AWS::SNS::Subscription', 2);
    template(buildStacks().ingestion).resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('is named to both ingest functions', () => {
    for (const name of ['prod-ingest-news', 'prod-ingest-courts']) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: name,
        Environment: { Variables: Match.objectLike({ SOZWATCH_URGENT_TOPIC_ARN: { Ref: topicId() } }) },
      });
    }
  });

  it('takes the addresses from the context and refuses one that is not an address', () => {
    const context: Record<string, string> = { urgentEmails: 'a@example.org, b@example.org' };
    expect(configFromContext((key) => context[key], defaultConfig).urgentEmails).toEqual(['a@example.org', 'b@example.org']);
    expect(() => configFromContext((key) => ({ urgentEmails: 'not-an-address' })[key], defaultConfig)).toThrow(/urgentEmails/);
  });
});
