import type { Lang } from '../lib/names.js';

/**
 * The UI's language: Vietnamese first, English on request. Words are written
 * where they are used, `t('Lưu', 'Save')`, so that each Vietnamese phrase
 * sits beside its meaning.
 */
let current: Lang = 'vi';

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

export function t(vi: string, en: string): string {
  return current === 'vi' ? vi : en;
}
