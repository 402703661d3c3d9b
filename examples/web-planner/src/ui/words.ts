import { type DateRule, formatDateRule } from '@rollout/core';
import type { Lang, Names } from '../lib/names.js';

/** A date rule in words, with the activities it refers to named (never their ids). */
export function ruleWordsFor(rule: DateRule, names: Names, lang: Lang): string {
  // Rules of unchanged sessions are the same objects from one edit to the next: their words are kept.
  const ref = rule.kind === 'after' && 'ref' in rule ? names.activity(rule.ref) : '';
  const known = cache.get(rule);
  if (known && known.lang === lang && known.ref === ref) return known.text;
  const text = formatDateRule(rule, { lang, resolveRef: () => ref });
  cache.set(rule, { lang, ref, text });
  return text;
}

const cache = new WeakMap<DateRule, { lang: Lang; ref: string; text: string }>();
