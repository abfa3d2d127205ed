// cdk/config: context overrides for the values a deployer changes, validated before any synth.
import { describe, expect, it } from 'vitest';
import { configFromContext, defaultConfig } from '../../cdk/config';

const context = (values: Record<string, unknown>) => (key: string) => values[key];

describe('configFromContext', () => {
  it('keeps the defaults without context: prod, private reports, no alarm e-mail, Almaty schedules', () => {
    const config = configFromContext(context({}));
    expect(config.stage).toBe('prod');
    expect(config.reports.public).toBe(false);
    expect(config.alarmEmail).toBeUndefined();
    expect(config.schedules).toMatchObject({ news: 'rate(15 minutes)', report: 'cron(0 3 1 * ? *)' });
    expect(config.schedules.timeZone.timezoneName).toBe('Asia/Almaty');
    expect(config.reviewers.cognitoDomainPrefix).toBe('sozwatch-reviewers-prod');
  });

  it('applies stage, alarm e-mail, public reports and comma-separated URL lists', () => {
    const config = configFromContext(
      context({ stage: 'dev', alarmEmail: ' ops@example.org ', reportsPublic: 'true', callbackUrls: 'https://a.example/cb, https://b.example/cb' }),
    );
    expect(config).toMatchObject({ stage: 'dev', alarmEmail: 'ops@example.org', reports: { public: true } });
    expect(config.reviewers.callbackUrls).toEqual(['https://a.example/cb', 'https://b.example/cb']);
    expect(config.reviewers.cognitoDomainPrefix).toBe('sozwatch-reviewers-dev');
    expect(defaultConfig.stage).toBe('prod');
  });

  it('rejects a stage that cannot prefix resource names and an alarm address that is not one', () => {
    expect(() => configFromContext(context({ stage: 'Prod_1' }))).toThrow(/stage must be/);
    expect(() => configFromContext(context({ alarmEmail: 'ops' }))).toThrow(/not an e-mail address/);
  });
});
