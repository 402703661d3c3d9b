/**
 * Recognise: counts a news report gives of a session — its bridge points
 * (*truyền trực tuyến đến hơn 600 điểm cầu*) and its attendees (*với hơn
 * 20.000 đại biểu tham dự*, *cho hơn 400 cán bộ cốt cán*, *với sự tham gia
 * của 180 đồng chí*).
 *
 * @remarks *hơn N* or *trên N* (more than N) gives N, a lower bound the report
 * vouches for; *gần*, *khoảng* or *hàng N* (nearly, about) is approximate and gives
 * no count. A count written as a share (*34/34 đảng bộ*, *11/21 huyện*) is
 * progress, not attendance, and is never read here.
 */
import type { Found } from './found.js';

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d{1,6})`;
const QUALIFIER = String.raw`(?:(hon|tren|gan|khoang|hang|xap xi|gan nhu)\s+)?`;

const THOUSANDS = String.raw`(?:\s+(nghin|ngan))?`;
const BRIDGE = new RegExp(
  String.raw`(?<![\d/])${QUALIFIER}${NUMBER}${THOUSANDS}\s+diem cau\b`,
  'g',
);
const ATTENDEES = new RegExp(
  String.raw`(?<![\d/])${QUALIFIER}${NUMBER}${THOUSANDS}\s+(?:dai bieu|can bo|dang vien|doan vien|hoi vien|dong chi|nguoi|hoc vien)\b`,
  'g',
);

function read(re: RegExp, folded: string): Found<number | undefined>[] {
  const out: Found<number | undefined>[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const approx = m[1] !== undefined && m[1] !== 'hon' && m[1] !== 'tren';
    const n = Number(m[2]!.replace(/[.,]/g, '')) * (m[3] ? 1000 : 1);
    out.push({ start: m.index, end: m.index + m[0].length, value: approx ? undefined : n });
  }
  return out;
}

/** Bridge-point counts; `value` undefined when the text gives only an approximation. */
export function findBridgePoints(folded: string): Found<number | undefined>[] {
  return read(BRIDGE, folded);
}

/** Attendee counts; `value` undefined when the text gives only an approximation. */
export function findAttendees(folded: string): Found<number | undefined>[] {
  return read(ATTENDEES, folded).filter(
    // "… tham dự", "với …", "cho …", "của …" make it the audience of a session.
    (c) =>
      /(?:voi|cho|cua|co|gom)\s+(?:su tham gia cua\s+)?(?:\S+\s+)?$/.test(
        folded.slice(Math.max(0, c.start - 30), c.start),
      ) ||
      /^\s*(?:\S+\s+){0,3}(?:tham du|tham gia|du hoi nghi)/.test(folded.slice(c.end, c.end + 40)),
  );
}
