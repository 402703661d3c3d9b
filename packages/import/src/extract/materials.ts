/** Extract: study materials (*Tài liệu học tập gồm: …*), each with its kind. */
import type { Material, MaterialKind, Resolution } from '@rollout/core';
import { clean, type Span, stripItem } from '../segment/lines.js';
import { trimSpan } from '../segment/reader.js';
import type { Sectioned } from '../segment/sections.js';
import { splitList } from '../segment/words.js';
import type { PlanContext } from './context.js';

export function readMaterials(
  ctx: PlanContext,
  sectioned: Sectioned[],
  resolutions: Array<{ res: Resolution }>,
): Array<{ m: Omit<Material, 'id'>; span: Span }> {
  const r = ctx.r;
  const out: Array<{ m: Omit<Material, 'id'>; span: Span }> = [];
  const add = (span: Span) => {
    const s = trimSpan(r, span);
    const title = stripItem(r.text(s)).replace(/^(?:\d{1,2}[.)]|[a-zđ]\))\s*/u, '');
    if (title.length < 4) return;
    const full = r.fold(s);
    const lead = /^(?:[-–+•*]\s*)?(?:(?:\d{1,2}[.)]|[a-z]\))\s*)?/.exec(full)![0].length;
    const f = full.slice(lead);
    let kind: MaterialKind = 'other';
    if (/^(?:nghi quyet|chi thi|ket luan|quy dinh)\b/.test(f)) kind = 'resolution';
    else if (/^de an\b/.test(f)) kind = 'scheme';
    else if (/^(?:ke hoach|chuong trinh)\s+hanh dong\b/.test(f)) kind = 'action-plan';
    else if (/^(?:ke hoach|chuong trinh)\b/.test(f)) kind = 'plan';
    else if (/^(?:huong dan|de cuong|tai lieu)\b/.test(f)) kind = 'guide';
    const m: Omit<Material, 'id'> = { kind, title };
    const cua = /\scua\s+(.+?)(?=\s+(?:ve|thuc hien|thuc hien|trien khai|“)\b|\s*[“",;]|$)/.exec(f);
    if (cua && cua[1]!.length <= 80) {
      const is = s.start + lead + cua.index + cua[0].indexOf(cua[1]!);
      (m as { issuer?: string }).issuer = clean(r.nfc.slice(is, is + cua[1]!.length)).replace(
        /[.,;]$/,
        '',
      );
    }
    if (kind === 'resolution') {
      const num = /^(?:nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s*)?(\d{1,4})/.exec(f);
      const res = num
        ? resolutions.find((x) => Number(x.res.reference.split('-')[0]) === Number(num[1]))
        : undefined;
      if (res) (m as { resolution?: string }).resolution = res.res.id;
    }
    r.mark(s);
    out.push({ m, span: s });
  };
  for (const s of sectioned) {
    if (s.heading) continue;
    const f = r.fold(s.para);
    const g =
      /\btai lieu (?:hoc tap|nghien cuu|quan triet)?\s*(?:gom(?:\s+co)?|bao gom|la)\s*:?\s*/.exec(
        f,
      );
    if (!g && (s.sub ?? s.section) === 'materials') {
      for (const it of splitList(r, s.para)) add(it);
      continue;
    }
    if (g) {
      const start = s.para.start + g.index + g[0].length;
      r.mark({ start: s.para.start + g.index, end: start });
      for (const it of splitList(r, { start, end: s.para.end })) add(it);
    }
  }
  return out;
}
