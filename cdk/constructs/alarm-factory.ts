// Alarms every stack raises the same way: one naming scheme, one topic, missing data treated on purpose.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { METRICS } from '../config';

export class AlarmFactory {
  constructor(
    private readonly scope: Construct,
    private readonly topic: ITopic,
    private readonly stage: string,
  ) {}

  /** Any message in a dead-letter queue means work that was given up on and needs a person. */
  deadLetterQueue(id: string, queue: IQueue, what: string): cloudwatch.Alarm {
    return this.add(id, {
      alarmDescription: `${what}: messages in the dead-letter queue ${queue.queueName}. Inspect them, fix the cause, redrive.`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /** Unhandled errors of a function (a failed source is not one: it is reported per SQS record). */
  functionErrors(id: string, fn: lambda.IFunction, periods = 1): cloudwatch.Alarm {
    return this.add(id, {
      alarmDescription: `${fn.functionName} threw unhandled errors in ${periods} consecutive 15-minute periods. See its log group.`,
      metric: fn.metricErrors({ period: Duration.minutes(15), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: periods,
      datapointsToAlarm: periods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /**
   * Some source of one ingest function stayed unhealthy (by shared/ingest's judgement) for `periods`
   * whole periods. Missing data (no run, e.g. courts at night) is ignored rather than counted healthy.
   */
  sourceUnhealthy(id: string, service: string, window: { periodHours: number; periods: number }, treatMissingData: cloudwatch.TreatMissingData): cloudwatch.Alarm {
    return this.add(id, {
      alarmDescription:
        `A source of ${service} has been unhealthy for ${window.periodHours * window.periods} hours (failing or silent). ` +
        `Logs Insights on its log group: filter ${METRICS.sourcesUnhealthy} > 0 | fields sources.`,
      metric: new cloudwatch.Metric({
        namespace: METRICS.namespace,
        metricName: METRICS.sourcesUnhealthy,
        dimensionsMap: { [METRICS.serviceDimension]: service },
        // Each batch reports its own count; the period's Maximum is the worst batch.
        statistic: 'Maximum',
        period: Duration.hours(window.periodHours),
      }),
      threshold: 1,
      evaluationPeriods: window.periods,
      datapointsToAlarm: window.periods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData,
    });
  }

  /** A scheduled function that stopped being invoked at all (schedule disabled, throttled, quota). */
  notInvoked(id: string, fn: lambda.IFunction, period: Duration): cloudwatch.Alarm {
    return this.add(id, {
      alarmDescription: `${fn.functionName} was not invoked in the last ${period.toHumanString()}. Check its schedule.`,
      metric: fn.metricInvocations({ period, statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }

  add(id: string, props: cloudwatch.AlarmProps): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this.scope, id, { alarmName: `${this.stage}-sozwatch-${kebab(id)}`, ...props });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    return alarm;
  }
}

function kebab(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
