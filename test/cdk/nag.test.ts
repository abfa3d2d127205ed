// cdk-nag AwsSolutions over the whole app (both the private and the public-reports configuration): no
// unacknowledged finding, every acknowledgement has a reason, and the check does catch a bad resource.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { addSozwatchStacks, createApp, type SozwatchStacks } from '../../cdk/sozwatch-app';
import { buildStacks, type ConfigOverrides, testConfig } from './test-app';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: Array<{ constructPath: string }>;
}

const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Synthesises with the nag plugin attached and returns the findings from the validation report. */
function nag(overrides: ConfigOverrides, tamper?: (stacks: SozwatchStacks) => void): { violations: Violation[]; app: IConstruct } {
  const outdir = mkdtempSync(join(tmpdir(), 'sozwatch-nag-'));
  outdirs.push(outdir);
  const app = createApp({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  const stacks = addSozwatchStacks(app, testConfig(overrides));
  tamper?.(stacks);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // A finding makes synth throw after writing the report; the report is the thing to read either way.
  let thrown: unknown;
  try {
    app.synth();
  } catch (error) {
    thrown = error;
  }
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as { pluginReports: Array<{ violations: Violation[] }> };
  const violations = report.pluginReports.flatMap((r) => r.violations);
  if (thrown && violations.length === 0) throw thrown;
  return { violations, app };
}

function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} (${v.severity}) at ${c.constructPath}`));
}

/** Acknowledgements as Validations stores them: metadata `{ "Annotation::<rule id>": reason }` per construct. */
function acknowledgements(root: IConstruct): Array<{ id: string; reason: string; path: string }> {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>))
      .map(([key, reason]) => ({ id: key.replace(/^Annotation::/, ''), reason, path: c.node.path })),
  );
}

describe('cdk-nag AwsSolutions', { timeout: 300_000 }, () => {
  it('finds nothing unacknowledged in the default app (private reports, no alarm e-mail)', () => {
    const { violations } = nag({});
    expect(describeViolations(violations)).toEqual([]);
  });

  it('finds nothing unacknowledged with public reports through CloudFront and an alarm e-mail', () => {
    const { violations, app } = nag({ reports: { public: true }, alarmEmail: 'ops@example.org', stage: 'dev' });
    expect(describeViolations(violations)).toEqual([]);
    const acks = acknowledgements(app);
    expect(acks.map((a) => a.id)).toEqual(expect.arrayContaining(['AwsSolutions-CFR1', 'AwsSolutions-CFR3', 'AwsSolutions-APIG4', 'AwsSolutions-L1']));
    for (const ack of acks) {
      // A reason a reviewer can check: what is exempted and why, not "not needed".
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('acknowledges wildcards only where they are prefix- or version-scoped', () => {
    const { app } = nag({ reports: { public: true } });
    const wildcards = acknowledgements(app).filter((a) => a.id.startsWith('AwsSolutions-IAM5'));
    // Logical-id hashes stripped: <NewsFunction90F722BE.Arn> becomes <NewsFunction.Arn>.
    expect(wildcards.map((a) => a.id.replace(/[0-9A-F]{8}\.Arn/, '.Arn')).sort()).toEqual([
      'AwsSolutions-IAM5[Resource::<BuildReportFunction.Arn>:*]',
      'AwsSolutions-IAM5[Resource::<CourtsFunction.Arn>:*]',
      'AwsSolutions-IAM5[Resource::<NewsFunction.Arn>:*]',
      // build-report (read, write) and review-api (read only): drafts and publish records.
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/audit/reports/*]',
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/audit/reports/*]',
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/drafts/*]',
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/drafts/*]',
      // review-api alone: the evidence archive.
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/evidence/*]',
      // build-report alone: the published reports.
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/reports/*]',
      // build-report (read) and review-api (read and write).
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/settings/*]',
      'AwsSolutions-IAM5[Resource::prod-sozwatch-data-reports-bucket-arn/settings/*]',
    ]);
  });

  it('leaves no unacknowledged CDK warning or error on any stack, in either configuration', () => {
    for (const overrides of [{}, { reports: { public: true }, alarmEmail: 'ops@example.org' }]) {
      const stacks = buildStacks(overrides);
      for (const stack of Object.values(stacks)) {
        const annotations = Annotations.fromStack(stack);
        expect(annotations.findWarning('*', Match.anyValue()), stack.stackName).toEqual([]);
        expect(annotations.findError('*', Match.anyValue()), stack.stackName).toEqual([]);
      }
    }
  });

  it('does report a non-compliant resource added to the app (the check is live)', () => {
    const { violations } = nag({}, (stacks) => new s3.Bucket(stacks.data, 'CarelessBucket'));
    const found = describeViolations(violations);
    expect(found).toContain('AwsSolutions-S1 (error) at Data/CarelessBucket/Resource');
    expect(found).toContain('AwsSolutions-S10 (error) at Data/CarelessBucket/Resource');
    expect(found.every((f) => f.includes('CarelessBucket'))).toBe(true);
  });
});
