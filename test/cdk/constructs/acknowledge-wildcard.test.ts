// flattenReference must render references exactly as cdk-nag does, or an acknowledgement silently misses.
import { describe, expect, it } from 'vitest';
import { flattenReference } from '../../../cdk/constructs/acknowledge-wildcard';

describe('flattenReference', () => {
  it('renders joins, imports, attributes, refs and Sub placeholders the way cdk-nag names findings', () => {
    expect(flattenReference({ 'Fn::Join': ['', [{ 'Fn::ImportValue': 'stack-bucket-arn' }, '/reports/*']] })).toBe('stack-bucket-arn/reports/*');
    expect(flattenReference({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Fn1234ABCD', 'Arn'] }, ':*']] })).toBe('<Fn1234ABCD.Arn>:*');
    expect(flattenReference({ 'Fn::Join': [':', ['arn', { Ref: 'AWS::Partition' }, 's3']] })).toBe('arn:<AWS::Partition>:s3');
    expect(flattenReference({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::b/*' })).toBe('arn:<AWS::Partition>:s3:::b/*');
    expect(flattenReference('plain')).toBe('plain');
  });
});
