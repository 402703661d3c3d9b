import { type DateRule, formatDateRule } from '@rollout/core';
import type { Lang, Names } from '../lib/names.js';

/** A date rule in words, with the activities it refers to named (never their ids). */
export function ruleWordsFor(rule: DateRule, names: Names, lang: Lang): string {
  return formatDateRule(rule, { lang, resolveRef: (r) => names.activity(r) });
}
