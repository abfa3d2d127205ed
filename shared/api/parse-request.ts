// Parsing a request's JSON body and checking it with a zod schema, without any schema of its own: the
// fetch routes (import-schema.ts, source-schemas.ts) use it alone, so review-fetch's bundle does not
// carry every review schema and the domain modules they import (request-schemas.ts).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ValidationError } from '../domain/errors';

// zod/mini carries no messages of its own: the English locale keeps the defaults in the 400s.
z.config(en());

/** A machine code for the page to word a refused input, and the field at fault. */
export type ValidationDetail = (error: z.core.$ZodError) => { code: string; params?: Record<string, string> };

export const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** `validation`, with `params.field` naming the first field at fault. */
export const fieldDetail: ValidationDetail = (error) => {
  const first = error.issues[0];
  return first?.path.length ? { code: 'validation', params: { field: first.path.join('.') } } : { code: 'validation' };
};

function describe(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`);
}

export function parseWithDetail<S extends z.ZodMiniType>(schema: S, value: unknown, detail: ValidationDetail = fieldDetail): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = describe(result.error);
    throw new ValidationError(issues.join('; '), issues, detail(result.error));
  }
  return result.data;
}

export function parseJsonBody(body: string | undefined): unknown {
  if (!body) throw new ValidationError('request: a JSON body is required');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ValidationError('request: the body is not valid JSON');
  }
}
