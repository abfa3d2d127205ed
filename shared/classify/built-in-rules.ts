// The built-in rules: the rule modules themselves, or — in a Lambda bundle — the packed copy of them that
// the bundler defines as __SOZWATCH_PACKED_RULES__ (cdk/constructs/bundling.ts). There the check below
// is a constant, so the bundler drops the rule modules and embeds only the packed string.
import { defaultRules } from './rules/index';
import { unpackRules } from './rules/packed-rules';
import type { RuleSet } from './rules/rule-types';

declare const __SOZWATCH_PACKED_RULES__: string | undefined;

export function builtInRules(): RuleSet {
  return typeof __SOZWATCH_PACKED_RULES__ === 'string' ? unpackRules(__SOZWATCH_PACKED_RULES__) : defaultRules;
}
