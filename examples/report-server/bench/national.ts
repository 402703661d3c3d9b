// The national scale of the reporting service: a two-level tree (province →
// commune, the local government in force since 1 July 2025) with a plan for it,
// and a stream of progress events generated on the fly (never held all at once).
import type { Plan, ProgressEvent, Unit } from '@rollout/core';
import { unitTree } from '@rollout/vn-units';

/** A plan of the Central Committee's secretariat rolled out to the 34 provinces and their communes. */
export const NATIONAL_PLAN: Plan = {
  id: 'kh-quoc-gia',
  header: {
    issuer: { name: 'BAN BÍ THƯ', parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG', kind: 'party' },
    reference: '01-KH/TW',
    place: 'Hà Nội',
    date: '2026-01-05',
    title: 'Học tập, quán triệt và triển khai thực hiện Nghị quyết',
  },
  resolutions: [],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    { id: 'commune', level: 'commune', name: 'Cấp xã' },
  ],
  audiences: [{ id: 'a', name: 'Cán bộ, đảng viên' }],
  materials: [],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      audiences: ['a'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2026-02-10' },
      bridgePoints: { description: 'điểm cầu Trung ương đến các tỉnh, thành phố' },
    },
    {
      id: 's-commune',
      tier: 'commune',
      audiences: ['a'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2026-03-13' },
      bridgePoints: { description: 'điểm cầu các xã, phường, đặc khu' },
    },
  ],
  deliverables: [
    { id: 'refl', kind: 'reflection', per: 'attendee' },
    {
      id: 'ap',
      kind: 'action-plan',
      per: 'unit',
      due: { kind: 'after', ref: 's-commune', days: 15, calendar: 'calendar' },
    },
  ],
  recipients: [],
  signature: {
    mode: 'on-behalf',
    authority: 'Ban Bí thư',
    title: 'Thường trực Ban Bí thư',
    name: 'Nguyễn Văn A',
  },
};

/**
 * The real national tree: the party committees of Vietnam's 34 provinces over
 * their 3,321 communes (`@rollout/vn-units`), 3,355 units.
 */
export function nationalTree(): Unit[] {
  return unitTree().units;
}

const DAY0 = Date.UTC(2026, 0, 20);
const iso = (offset: number) => new Date(DAY0 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The `n`-th event of the national stream, for `units`: mostly attendance
 * reports of the session, one per bridge point or per member (partial
 * reports on one date add up), and reflections in parts; then action plans,
 * reports sent and inspections. Deterministic in `n`.
 *
 * @param units - The tree.
 * @param n - The event's number (its id is `<prefix>-<n>`).
 * @param prefix - The id prefix.
 * @returns The event.
 */
export function nationalEvent(units: readonly Unit[], n: number, prefix = 'n'): ProgressEvent {
  const u = units[(n * 7919) % units.length]!;
  const k = (n * 2654435761) >>> 0;
  const session = u.level === 'province' ? 's-province' : 's-commune';
  const base = {
    id: `${prefix}-${n}`,
    unit: u.id,
    recordedBy: 'Ban Tuyên giáo',
    recordedAt: '2026-03-01T08:00:00+07:00',
  };
  // The first events of the stream: each unit's action plan, once.
  if (n < units.length) {
    const own = units[n]!;
    return {
      kind: 'action-plan-issued',
      ...base,
      unit: own.id,
      reference: `${(n % 97) + 1}-KH/ĐU`,
      date: iso(40 + (k % 20)),
      deliverable: 'ap',
    };
  }
  switch (k % 20) {
    case 0:
    case 1:
      return { kind: 'report-sent', ...base, date: iso(50 + (k % 30)), period: 'quý I/2026' };
    case 2:
      return { kind: 'inspection-done', ...base, date: iso(60 + (k % 30)), by: 'Ủy ban Kiểm tra' };
    case 3:
    case 4:
    case 5:
    case 6:
    case 7: {
      const expected = 1 + (k % 5);
      return {
        kind: 'reflections-submitted',
        ...base,
        session,
        submitted: k % (expected + 1),
        expected,
      };
    }
    default:
      // One date per unit: the partial reports of one session add up.
      return {
        kind: 'session-held',
        ...base,
        session,
        date: iso(u.level === 'province' ? 10 : 40),
        method: 'online',
        bridgePoints: k % 2,
        attendees: { present: k % 2, expected: 1 },
      };
  }
}

/** Events `from` … `to - 1` of the national stream as NDJSON text. */
export function nationalBatch(
  units: readonly Unit[],
  from: number,
  to: number,
  prefix = 'n',
): string {
  let text = '';
  for (let n = from; n < to; n++) text += `${JSON.stringify(nationalEvent(units, n, prefix))}\n`;
  return text;
}
