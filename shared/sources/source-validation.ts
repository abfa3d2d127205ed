// Whether a source a person typed can be polled: a known kind, settings its kind's schema
// accepts, a court parser that exists. Checked before a source is saved, so a bad one is a 400 on the
// page rather than a fatal error in every later run.
import { ValidationError } from '../domain/errors';
import type { SourceDefinition } from './catalog';
import { courtParser } from './courts/court-parsers';
import { sourceKindSettings } from './kinds/kind-settings';

export function assertUsableSource(source: SourceDefinition): void {
  const settings = sourceKindSettings(source.kind);
  if (!settings) throw new ValidationError(`kind: unknown source kind "${String(source.kind)}"`);
  const parsed = settings.safeParse(source.settings ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `settings${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
    throw new ValidationError(issues.join('; '), issues);
  }
  if (source.kind === 'court' && !courtParser(source.parser)) throw new ValidationError(`parser: no court parser "${source.parser}"`);
}
