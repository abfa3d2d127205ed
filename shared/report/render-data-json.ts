// data.json: the report's data with a manifest (rules versions, item ids, sha256 of the data), for
// anyone who wants to check or reuse the figures. Deterministic: no timestamps, sorted keys.
import { createHash } from 'node:crypto';
import type { ReportData } from './report-statistics';

export const REPORT_MANIFEST_SCHEMA = 'sozwatch.report-manifest/1';

export interface ReportManifest {
  schema: typeof REPORT_MANIFEST_SCHEMA;
  generator: 'sozwatch';
  month: string;
  /** Classifier rules versions of the items printed, sorted. */
  rulesVersions: string[];
  /** Ids of the items printed, sorted. */
  itemIds: string[];
  /** sha256 (hex) of `canonicalJson(data)`. */
  dataSha256: string;
}

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function reportManifest(data: ReportData): ReportManifest {
  return {
    schema: REPORT_MANIFEST_SCHEMA,
    generator: 'sozwatch',
    month: data.month,
    rulesVersions: [...new Set(data.entries.map((e) => e.rulesVersion))].sort(),
    itemIds: data.entries.map((e) => e.id).sort(),
    dataSha256: createHash('sha256').update(canonicalJson(data)).digest('hex'),
  };
}

export function renderDataJson(data: ReportData): string {
  return `${JSON.stringify(sortKeys({ manifest: reportManifest(data), data }), null, 2)}\n`;
}
