// The rule set packed as one string: JSON, gzip-compressed, base64. The Lambda bundles embed the rules
// this way (cdk/constructs/bundling.ts defines it at bundle time), because as JavaScript object literals
// the word lists were most of each bundle; unpacking costs a few milliseconds on the first classification.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { RuleSet } from './rule-types';

export function packRules(rules: RuleSet): string {
  return gzipSync(JSON.stringify(rules), { level: 9 }).toString('base64');
}

export function unpackRules(packed: string): RuleSet {
  return JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as RuleSet;
}
