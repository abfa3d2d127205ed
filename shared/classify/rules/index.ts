// The default rule set: every category's rules, the article table, exclusions and word lists.
// Bump RULES_VERSION whenever a rule changes, so stored classifications say which rules made them.
import { accessToInformationRules } from './access-to-information';
import { administrativeRules } from './administrative';
import { articleRules } from './articles';
import { attackRules } from './attack';
import { blockingRules } from './blocking';
import { civilRules } from './civil';
import { criminalRules } from './criminal';
import { cyberattackRules } from './cyberattack';
import { detentionRules } from './detention';
import { exclusionRules } from './exclusions';
import { legislationRules } from './legislation';
import { lexicon } from './lexicon';
import { maskRules } from './masks';
import { mediaClosureRules } from './media-closure';
import { obstructionRules } from './obstruction';
import type { RuleSet } from './rule-types';
import { threatRules } from './threat';
import { yieldRules } from './yields';

export const RULES_VERSION = '2026-12-06.41';

// Built by one call marked pure, so a Lambda bundle that embeds the packed rules instead
// (shared/classify/built-in-rules.ts) leaves these modules out.
export const defaultRules: RuleSet = /* @__PURE__ */ (() => ({
  version: RULES_VERSION,
  threshold: 3,
  lexicon,
  articles: articleRules,
  yields: yieldRules,
  rules: [
    ...attackRules,
    ...threatRules,
    ...detentionRules,
    ...obstructionRules,
    ...accessToInformationRules,
    ...blockingRules,
    ...mediaClosureRules,
    ...cyberattackRules,
    ...criminalRules,
    ...civilRules,
    ...administrativeRules,
    ...legislationRules,
    ...exclusionRules,
    ...maskRules,
  ],
}))();
