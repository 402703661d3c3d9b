// fast-check generators of valid plans, shared by the core's property tests.
import fc from 'fast-check';
import { addCalendarDays } from '../src/calendar/iso-date.js';
import type { Plan } from '../src/model/plan.js';
import { TIER_LEVELS, type TierLevel } from '../src/model/tier.js';

const viWords = [
  'Ban Chấp hành',
  'Tỉnh hội',
  'cán bộ',
  'hội viên',
  'nông dân',
  'đảng viên',
  'Thường trực',
  'Huyện ủy',
];
const viText = fc
  .array(fc.constantFrom(...viWords), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(' '));

/** A weekday ISO date between 2019 and 2030. */
const baseDate = fc.integer({ min: 17_900, max: 21_900 }).map((day) => {
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow === 0 ? addCalendarDays(iso, 1)! : dow === 6 ? addCalendarDays(iso, 2)! : iso;
});

const weekday = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? addCalendarDays(iso, 1)! : d === 6 ? addCalendarDays(iso, 2)! : iso;
};

/** Generates plans that satisfy every semantic rule (with no errors; warnings allowed). */
export const validPlan: fc.Arbitrary<Plan> = fc
  .record({
    issued: baseDate,
    planLag: fc.integer({ min: 0, max: 30 }),
    levels: fc.subarray([...TIER_LEVELS.slice(1)] as TierLevel[], { minLength: 1 }),
    gaps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 4, maxLength: 4 }),
    halfDays: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
    names: fc.array(viText, { minLength: 4, maxLength: 4 }),
    online: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    withinMonth: fc.boolean(),
    number: fc.integer({ min: 1, max: 9999 }),
    purposes: fc.array(
      fc.constantFrom('report', 'implement', 'direct', 'inform', 'archive' as const),
      {
        maxLength: 5,
      },
    ),
    reflectionDays: fc.integer({ min: 1, max: 30 }),
  })
  .map((g) => {
    const planDate = addCalendarDays(g.issued, g.planLag)!;
    let cursor = planDate;
    const tiers = g.levels.map((level, i) => ({ id: `t${i}`, level, name: g.names[i]! }));
    const audiences = tiers.map((t, i) => ({ id: `a${i}`, tier: t.id, name: g.names[i]! }));
    const sessions = tiers.map((t, i) => {
      cursor = weekday(addCalendarDays(cursor, g.gaps[i]!)!);
      const online = g.online[i]!;
      return {
        id: `s${i}`,
        tier: t.id,
        audiences: [`a${i}`],
        method: online ? ('online' as const) : ('in-person' as const),
        duration: { halfDays: g.halfDays[i]! },
        deadline: { kind: 'by' as const, date: cursor },
        ...(online ? { bridgePoints: { count: 10 * (i + 1) } } : {}),
      };
    });
    const last = cursor;
    const plan: Plan = {
      header: {
        issuer: { name: 'BAN THƯỜNG VỤ TỈNH ỦY', parent: 'ĐẢNG BỘ TỈNH', kind: 'party' },
        reference: `${g.number}-KH/TU`,
        place: 'Thanh Hóa',
        date: planDate,
        title: 'Học tập, quán triệt Nghị quyết',
      },
      resolutions: [
        {
          id: 'r1',
          kind: 'resolution',
          reference: '58-NQ/TW',
          issuedOn: g.issued,
          issuer: 'Bộ Chính trị',
        },
      ],
      tiers,
      audiences,
      materials: [
        { id: 'm1', kind: 'resolution', title: 'Nghị quyết số 58-NQ/TW', resolution: 'r1' },
      ],
      sessions,
      deliverables: [
        {
          id: 'd-reflection',
          kind: 'reflection',
          per: 'attendee',
          due: { kind: 'by', date: weekday(addCalendarDays(last, g.reflectionDays)!) },
        },
        {
          id: 'd-action',
          kind: 'action-plan',
          tier: 't0',
          per: 'unit',
          due: { kind: 'after', ref: 's0', days: 15, calendar: 'calendar' },
        },
      ],
      recipients: g.purposes.map((purpose, i) => ({ name: `Nơi nhận ${i + 1}`, purpose })),
      signature: {
        mode: 'on-behalf',
        authority: 'Ban Thường vụ',
        title: 'Bí thư',
        name: 'Nguyễn Văn A',
      },
    };
    return plan;
  });
