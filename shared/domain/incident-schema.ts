// Validation of the incident facts a reviewer submits (zod/mini), apart from the data in incident.ts so
// code that only counts or prints facts (the report build) does not carry the validator.
import * as z from 'zod/mini';
import { ValidationError } from './errors';
import { incidentProblems, PERPETRATOR_KINDS, SUBCATEGORY_IDS, TARGET_GENDERS, TARGET_KINDS, type IncidentFacts } from './incident';
import type { CategoryId } from './taxonomy';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const name = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** The facts as a reviewer submits them: unknown fields are refused, links must be http(s). */
export const incidentFactsSchema = z.strictObject({
  perpetrator: z.optional(z.enum(PERPETRATOR_KINDS)),
  targetKind: z.optional(z.enum(TARGET_KINDS)),
  targetGender: z.optional(z.enum(TARGET_GENDERS)),
  city: z.optional(name(200)),
  sourceLinks: z.optional(
    z.array(z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters'), z.refine(isHttpUrl, 'must be an http(s) URL'))).check(z.maxLength(20, 'at most 20 links')),
  ),
  subcategory: z.optional(z.enum(SUBCATEGORY_IDS)),
});

/** Parses and checks submitted facts for an entry of `category`; a ValidationError names every problem. */
export function parseIncidentFacts(category: CategoryId, input: unknown): IncidentFacts {
  const parsed = incidentFactsSchema.safeParse(input);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'incident'}: ${issue.message}`);
    throw new ValidationError(`invalid incident facts: ${messages.join('; ')}`, messages);
  }
  const facts = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as IncidentFacts;
  const problems = incidentProblems(category, facts);
  if (problems.length > 0) throw new ValidationError(`invalid incident facts: ${problems.join('; ')}`, problems);
  return facts;
}
