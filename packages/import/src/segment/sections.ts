/**
 * Segment: a document body into its sections (*I. MỤC ĐÍCH, YÊU CẦU*, *II. NỘI
 * DUNG*, *III. KẾ HOẠCH HỌC TẬP* …) and numbered sub-sections.
 */

import type { PlanContext } from '../extract/context.js';
import { findTierWords } from '../recognise/tier-words.js';
import type { Paragraph } from './reader.js';

export type SectionKind =
  | 'purposes'
  | 'content'
  | 'methods'
  | 'materials'
  | 'tiers'
  | 'implementation'
  | 'actionPlan'
  | 'followUps'
  | 'other';

export const ROMAN_HEADING = /^(?:[IVX]{1,4}|[A-Z])\s*[.)/-]\s*\S/u;
export const NUMBERED = /^(\d{1,2})\s*[.)/]\s*|^([a-zđ])\s*\)\s*/u;

export function sectionKind(folded: string): SectionKind {
  if (/muc dich|yeu cau/.test(folded)) return 'purposes';
  // *Sau học tập, quán triệt*, *Sản phẩm sau hội nghị*: the follow-ups (deliverables).
  if (/^\W*(?:[\divx]+\W+)?(?:sau (?:hoc tap|hoi nghi|quan triet)|san pham)\b/.test(folded))
    return 'followUps';
  if (/tai lieu/.test(folded) && !/noi dung/.test(folded)) return 'materials';
  if (/^\W*(?:[ivx]+\W+)?(?:thoi gian|thanh phan)/.test(folded)) return 'tiers';
  if (/phuong thuc|hinh thuc/.test(folded) && !/noi dung/.test(folded)) return 'methods';
  if (/noi dung/.test(folded)) return 'content';
  if (/to chuc thuc hien|trach nhiem/.test(folded)) return 'implementation';
  if (/(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh)\s+hanh dong/.test(folded))
    return 'actionPlan';
  if (
    /ke hoach hoc tap|thoi gian|thanh phan|lich hoc|to chuc hoc tap|cac cap|to chuc hoi nghi/.test(
      folded,
    )
  )
    return 'tiers';
  return 'other';
}

/** A body paragraph with its section. */
export interface Sectioned {
  readonly para: Paragraph;
  readonly section: SectionKind;
  readonly sub: SectionKind | undefined;
  readonly heading: boolean;
  readonly intro: boolean;
}

export function sections(ctx: PlanContext, body: Paragraph[]) {
  const r = ctx.r;
  const out: Array<{
    para: Paragraph;
    section: SectionKind;
    sub: SectionKind | undefined;
    heading: boolean;
    intro: boolean;
  }> = [];
  let section: SectionKind | undefined;
  let sub: SectionKind | undefined;
  for (const para of body) {
    const t = r.text(para);
    const f = r.fold(para);
    const short = t.length <= 120 && !/[.;]$/.test(t.trim());
    if (ROMAN_HEADING.test(t) && /^[IVX]{1,4}\s*[.)]/u.test(t) && short) {
      section = sectionKind(f);
      sub = undefined;
      r.mark(para);
      out.push({ para, section, sub, heading: true, intro: false });
      continue;
    }
    const num = NUMBERED.exec(t);
    if (num && short && section !== undefined && !/:\s*\S/.test(t.slice(num[0].length))) {
      const k = sectionKind(f.slice(num[0].length));
      const materialItem =
        (sub ?? section) === 'materials' &&
        /^\s*(?:nghi quyet|chi thi|ket luan|quy dinh|de an|huong dan|tai lieu|de cuong|ke hoach|chuong trinh|sach)\b/.test(
          f.slice(num[0].length),
        );
      if (!materialItem && (k !== 'other' || section !== 'tiers')) {
        sub = k === 'other' ? undefined : k;
        if (findTierWords(f).length === 0 || k !== 'other') {
          r.mark(para);
          out.push({ para, section, sub, heading: true, intro: false });
          continue;
        }
      }
    }
    // A mid-body "Tài liệu học tập" line without numbering is a heading too.
    if (short && /^tai lieu (?:hoc tap|nghien cuu)\s*:?$/.test(f.trim())) {
      sub = 'materials';
      r.mark(para);
      out.push({ para, section: section ?? 'other', sub, heading: true, intro: false });
      continue;
    }
    out.push({
      para,
      section: section ?? 'other',
      sub,
      heading: false,
      intro: section === undefined,
    });
  }
  return out;
}
