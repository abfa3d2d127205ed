// Builds the sozwatch app for template tests: bundling skipped (no esbuild, no network), default config
// with per-test overrides, and helpers to read the IAM statements attached to one role.
import { Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { type DeployConfig, defaultConfig } from '../../cdk/config';
import { addSozwatchStacks, createApp, type SozwatchStacks } from '../../cdk/sozwatch-app';

export type ConfigOverrides = Partial<Omit<DeployConfig, 'reviewers' | 'reports'>> & {
  reviewers?: Partial<DeployConfig['reviewers']>;
  reports?: Partial<DeployConfig['reports']>;
};

export function testConfig(overrides: ConfigOverrides = {}): DeployConfig {
  return {
    ...defaultConfig,
    ...overrides,
    reviewers: { ...defaultConfig.reviewers, cognitoDomainPrefix: 'sozwatch-test', ...overrides.reviewers },
    reports: { ...defaultConfig.reports, ...overrides.reports },
  };
}

const built = new Map<string, SozwatchStacks>();

/** One app per distinct configuration per test file: synthesis is the slow part and is deterministic. */
export function buildStacks(overrides: ConfigOverrides = {}): SozwatchStacks {
  const key = JSON.stringify(overrides);
  let stacks = built.get(key);
  if (!stacks) {
    const app = createApp({ context: { 'aws:cdk:bundling-stacks': [] } });
    stacks = addSozwatchStacks(app, testConfig(overrides));
    built.set(key, stacks);
  }
  return stacks;
}

export function template(stack: Stack): Template {
  return Template.fromStack(stack);
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
}

/** Every statement of every AWS::IAM::Policy attached to the role whose logical id starts with `rolePrefix`. */
export function roleStatements(t: Template, rolePrefix: string): Statement[] {
  const roles = Object.keys(t.findResources('AWS::IAM::Role')).filter((id) => id.startsWith(rolePrefix));
  if (roles.length !== 1) throw new Error(`expected one role starting with ${rolePrefix}, found ${roles.join(', ') || 'none'}`);
  const policies = Object.values(t.findResources('AWS::IAM::Policy')) as Array<{
    Properties: { Roles: Array<{ Ref: string }>; PolicyDocument: { Statement: Statement[] } };
  }>;
  return policies.filter((p) => p.Properties.Roles.some((r) => r.Ref === roles[0])).flatMap((p) => p.Properties.PolicyDocument.Statement);
}

export function actionsOf(statements: Statement[]): string[] {
  return [...new Set(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])))].sort();
}

/** The role carries no managed policies (AWSLambdaBasicExecutionRole would allow writing any log group). */
export function managedPolicies(t: Template, rolePrefix: string): unknown[] {
  const [role] = Object.entries(t.findResources('AWS::IAM::Role')).filter(([id]) => id.startsWith(rolePrefix));
  return ((role?.[1] as { Properties: { ManagedPolicyArns?: unknown[] } }).Properties.ManagedPolicyArns ?? []);
}
