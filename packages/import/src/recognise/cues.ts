/**
 * Recognise: the words that tell what a clause is about — a study session
 * (*hội nghị*, *học tập*, *quán triệt*), an action plan, a report, an exemption.
 */

export const LEARNING =
  /\bhoi nghi\b|\bhoc tap\b|\bquan triet\b|\bnghien cuu\b|\blop hoc\b|\bbo (?:duong|tuc)\b/;
export const ACTION_PLAN = /\b(?:ke hoach|chuong trinh)\s+hanh dong\b/;
export const ACTION_VERB = /\b(?:xay dung|ban hanh|thao luan|thong qua|hoan thien)\b/;
export const REPORT = /\bbao cao\b/;
export const EXEMPTION =
  /\bkhong (?:can |phai |nhat thiet phai )?(?:mo|to chuc)(?: lai)? (?:hoi nghi|lop)?\s*(?:rieng|lai)\b/;
