/**
 * Recognise: methods (*trực tuyến*, *tập trung*, *phát thanh, truyền hình*,
 * *tự nghiên cứu*).
 */
import type { Found } from './found.js';

/** Methods named in a folded text, in text order, without repeats. */
export function findMethods(
  folded: string,
): Found<'online' | 'in-person' | 'broadcast' | 'self-study'>[] {
  const out: Found<'online' | 'in-person' | 'broadcast' | 'self-study'>[] = [];
  const add = (re: RegExp, value: 'online' | 'in-person' | 'broadcast' | 'self-study') => {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) out.push({ start: m.index, end: m.index + m[0].length, value });
  };
  add(/\btruc tuyen\b|\bonline\b|\bdiem cau\b/g, 'online');
  add(
    /\bhoc tap trung\b|\b(?:hinh thuc|hoi nghi|lop hoc|hoc tap|hoc)\s+(?:tap trung|truc tiep)\b|\btap trung tai\b/g,
    'in-person',
  );
  add(/\bphat thanh\b|\btruyen hinh\b/g, 'broadcast');
  add(/\btu nghien cuu\b|\btu hoc\b/g, 'self-study');
  return out.sort((a, b) => a.start - b.start);
}
