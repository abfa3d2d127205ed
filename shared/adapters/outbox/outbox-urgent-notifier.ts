// Urgent notices as JSON lines appended to a local file: what the demo prints and the tests read,
// where AWS sends an e-mail through SNS. One line per notice, written with a single append.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { UrgentAlert, UrgentNotifier } from '../../ports/urgent-notifier';

export class OutboxUrgentNotifier implements UrgentNotifier {
  constructor(private readonly file: string) {}

  async notify(alert: UrgentAlert): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(alert)}\n`, 'utf8');
  }
}
