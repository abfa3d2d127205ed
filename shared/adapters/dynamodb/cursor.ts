// Opaque pagination cursors: DynamoDB's LastEvaluatedKey, base64url-encoded JSON.
import { ValidationError } from '../../domain/errors';

export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value);
      if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string')) return value as Record<string, unknown>;
    }
  } catch {
    // fall through to the validation error
  }
  throw new ValidationError('cursor is not valid: pass back the cursor of the previous page unchanged');
}
