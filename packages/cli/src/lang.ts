/** The language of people-facing output. */
export type Lang = 'vi' | 'en';

/** Picks the Vietnamese or English text. */
export const t = (lang: Lang, vi: string, en: string): string => (lang === 'en' ? en : vi);
