/**
 * Extract: the conferences of one tier block, when it holds several
 * (*Cấp tỉnh: Tổ chức 3 hội nghị: Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức.
 * Thời gian 1 ngày, hoàn thành trong tháng 1/2021. Hội nghị do Liên đoàn Lao
 * động tỉnh tổ chức. Thời gian 1 buổi, …*): each sentence that opens with a
 * session noun starts one, with its host; the sentences after it, up to the
 * next, are its own.
 */
import { findDeadlines } from '../recognise/deadlines.js';
import { findDuration } from '../recognise/durations.js';
import { clean, type Span } from '../segment/lines.js';
import { clauses } from '../segment/reader.js';
import type { PlanContext } from './context.js';

/** One conference of a tier block: its text and its host. */
export interface SessionUnit {
  readonly span: Span;
  readonly spans: Span[];
  readonly host: string | undefined;
}

const OPENS = /(?:^|:\s*)(?:[-–+•]\s*)?(?:hoi nghi|lop hoc|lop boi duong|buoi hoc)\b/;
/** *do X tổ chức*, *giao X tổ chức*, *X chủ trì*: the host, at most 80 code units. */
const HOST = /\b(?:do|giao(?:\s+cho)?)\s+([^,;:.]{3,80}?)\s+(?:to chuc|chu tri|thuc hien)\b/;

/** The conferences of a block; fewer than two means the block is one session. */
export function sessionUnits(ctx: PlanContext, paras: readonly Span[]): SessionUnit[] {
  const r = ctx.r;
  const units: Array<{ span: Span; spans: Span[]; host: string | undefined }> = [];
  for (const p of paras) {
    for (const c of clauses(r, p)) {
      const f = r.fold(c);
      const open = OPENS.exec(f);
      if (open) {
        const at = c.start + open.index + open[0].length - open[0].trimStart().length;
        const start = f.charAt(open.index) === ':' ? c.start + open.index + 1 : at;
        const host = HOST.exec(f.slice(start - c.start));
        const hs = host ? start + host.index + host[0].indexOf(host[1]!, 2) : 0;
        units.push({
          span: { start, end: c.end },
          spans: [{ start, end: c.end }],
          host: host ? clean(r.nfc.slice(hs, hs + host[1]!.length)) : undefined,
        });
        continue;
      }
      const last = units[units.length - 1];
      if (last) {
        last.spans.push(c);
        last.span = { start: last.span.start, end: c.end };
      }
    }
  }
  const timed = units.filter((u) =>
    u.spans.some(
      (s) => findDeadlines(r.fold(s)).length > 0 || findDuration(r.fold(s)) !== undefined,
    ),
  );
  return timed.length >= 2 ? timed : [];
}
