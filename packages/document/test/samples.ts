// Sample documents made in code, shared by the renderer tests and the page-image check
// (packages/docx/scripts/page-images.ts): a plan that stretches the layout, and the
// roll-up of a province of 27 district unions and 81 commune unions as 985-KH/HNDT rolls
// out. Deterministic: no clock, no randomness.
import type { Plan, ProgressEvent, ReadonlyPlan, RollupResult, Session, Unit } from '@rollout/core';
import { addCalendarDays, clonePlan, plan985KhHndt, rollup } from '@rollout/core';
import fc from 'fast-check';

/** The 27 districts, towns and cities of Thanh Hóa in 2020 (the "27 huyện, thị, thành Hội" of 985-KH/HNDT). */
export const THANH_HOA_DISTRICTS = [
  'thành phố Thanh Hóa',
  'thành phố Sầm Sơn',
  'thị xã Bỉm Sơn',
  'thị xã Nghi Sơn',
  'huyện Bá Thước',
  'huyện Cẩm Thủy',
  'huyện Đông Sơn',
  'huyện Hà Trung',
  'huyện Hậu Lộc',
  'huyện Hoằng Hóa',
  'huyện Lang Chánh',
  'huyện Mường Lát',
  'huyện Nga Sơn',
  'huyện Ngọc Lặc',
  'huyện Như Thanh',
  'huyện Như Xuân',
  'huyện Nông Cống',
  'huyện Quan Hóa',
  'huyện Quan Sơn',
  'huyện Quảng Xương',
  'huyện Thạch Thành',
  'huyện Thiệu Hóa',
  'huyện Thọ Xuân',
  'huyện Thường Xuân',
  'huyện Triệu Sơn',
  'huyện Vĩnh Lộc',
  'huyện Yên Định',
] as const;

/**
 * A plan that stretches the layout: 40 sessions in one tier (lettered past y), 200
 * recipients, a summary line of several lines.
 */
export function stretchedPlan(base: Plan = clonePlan(plan985KhHndt)): Plan {
  const district = base.sessions.find((s) => s.tier === 'district') ?? base.sessions[0];
  if (!district) throw new Error('the base plan has no session');
  const sessions: Session[] = [
    ...base.sessions.filter((s) => s.tier !== 'district'),
    ...Array.from({ length: 40 }, (_, i) => ({
      ...district,
      id: `s-district-${i + 1}`,
      host: `Hội Nông dân ${THANH_HOA_DISTRICTS[i % 27]}${i >= 27 ? ` (đợt ${Math.floor(i / 27) + 1})` : ''}`,
      deadline: { kind: 'by' as const, date: addCalendarDays('2020-09-10', i % 6)! },
    })),
  ];
  return {
    ...base,
    id: 'stretched',
    header: {
      ...base.header,
      title: `${base.header.title}, gắn với việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ XII, nhiệm kỳ 2018 - 2023, trong toàn thể cán bộ, hội viên, nông dân và các tầng lớp nhân dân trên địa bàn tỉnh`,
    },
    sessions,
    recipients: [
      ...Array.from({ length: 199 }, (_, i) => ({
        name: `Hội Nông dân ${THANH_HOA_DISTRICTS[i % 27]}${i >= 27 ? `, chi hội số ${i}` : ''}`,
        purpose: 'implement' as const,
      })),
      { name: 'VP - TG', purpose: 'archive' as const },
    ],
  };
}

/** The unit tree of a province union, 27 district unions and 81 commune unions (three under each). */
export function provinceUnits(): Unit[] {
  const units: Unit[] = [
    { id: 'tinh', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province', tier: 'province' },
  ];
  THANH_HOA_DISTRICTS.forEach((district, i) => {
    const id = `h${String(i + 1).padStart(2, '0')}`;
    units.push({
      id,
      name: `Hội Nông dân ${district}`,
      level: 'district',
      tier: 'district',
      parent: 'tinh',
      expected: { 's-district': 40 },
    });
    ['Đông', 'Tây', 'Nam'].forEach((side, k) => {
      units.push({
        id: `${id}-x${k + 1}`,
        name: `Hội Nông dân xã ${side} ${district.replace(/^(thành phố|thị xã|huyện) /, '')}`,
        level: 'commune',
        tier: 'commune',
        parent: id,
        expected: { 's-commune': 120 },
      });
    });
  });
  return units;
}

const rec = { recordedBy: 'Ban Tuyên giáo Tỉnh hội', recordedAt: '2020-10-20T08:00:00+07:00' };

/**
 * The roll-up of 985-KH/HNDT over the province on 20/10/2020: the province held online
 * on 31/8; 20 district unions on time, 4 late (by 1, 3, 5 and 8 days), 3 not yet; of the
 * communes, some on time, some late, some exempt (they attended the provincial online
 * session), some not yet, and some with no report at all; reflections and action plans
 * from part of them.
 */
export function provinceRollup(): {
  plan: ReadonlyPlan;
  units: Unit[];
  events: ProgressEvent[];
  report: RollupResult;
} {
  const plan = plan985KhHndt;
  const units = provinceUnits();
  const events: ProgressEvent[] = [
    {
      kind: 'session-held',
      ...rec,
      unit: 'tinh',
      session: 's-province',
      date: '2020-08-31',
      method: 'online',
      bridgePoints: 28,
      attendees: { present: 312, expected: 320 },
    },
  ];
  const lateDays = [1, 3, 5, 8];
  units
    .filter((u) => u.level === 'district')
    .forEach((u, i) => {
      if (i >= 24) return; // three district unions have not held theirs yet
      const date =
        i < 20
          ? addCalendarDays('2020-09-08', i % 7)!
          : addCalendarDays('2020-09-15', lateDays[i - 20] ?? 1)!;
      events.push({
        kind: 'session-held',
        ...rec,
        unit: u.id,
        session: 's-district',
        date,
        method: 'online',
        bridgePoints: 1,
        attendees: { present: 34 + (i % 6), expected: 40 },
      });
      if (i % 2 === 0)
        events.push({
          kind: 'reflections-submitted',
          ...rec,
          unit: u.id,
          session: 's-district',
          submitted: 30 + (i % 5),
          expected: 34 + (i % 6),
        });
      if (i % 3 === 0)
        events.push({
          kind: 'action-plan-issued',
          ...rec,
          unit: u.id,
          reference: `${10 + i}-KH/HND`,
          date: addCalendarDays(date, 5)!,
          deliverable: 'action-plan',
        });
      if (i % 4 === 0)
        events.push({ kind: 'report-sent', ...rec, unit: u.id, date: addCalendarDays(date, 7)! });
    });
  units
    .filter((u) => u.level === 'commune')
    .forEach((u, i) => {
      const kind = i % 9;
      if (kind === 8) return; // no report at all
      if (kind === 7) {
        events.push({
          kind: 'session-skipped',
          ...rec,
          unit: u.id,
          session: 's-commune',
          date: '2020-08-31',
          exemption: 's-province',
        });
        return;
      }
      if (kind === 6) return; // past the deadline, not held
      const late = kind === 5;
      const date = late
        ? addCalendarDays('2020-10-15', 1 + (i % 4))!
        : addCalendarDays('2020-09-25', i % 14)!;
      events.push({
        kind: 'session-held',
        ...rec,
        unit: u.id,
        session: 's-commune',
        date,
        method: kind === 4 ? 'in-person' : 'online',
        ...(kind === 4 ? {} : { bridgePoints: 1 }),
        attendees: { present: 95 + (i % 20), expected: 120 },
      });
      if (kind < 3)
        events.push({
          kind: 'reflections-submitted',
          ...rec,
          unit: u.id,
          session: 's-commune',
          submitted: 80 + (i % 10),
          expected: 95,
        });
    });
  const report = rollup(plan, events, { units, today: '2020-10-20' }).toJSON();
  return { plan, units, events, report };
}

/** Any UTF-16: well-formed code points of every plane, lone halves, and the usual suspects. */
export const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom(
        '\u202E',
        '\uFFFE',
        '\uFFFF',
        '\u{10FFFF}',
        '\r\n',
        '\u2028',
        '\u001B[2J',
        '\u0007',
        '<',
        '&',
        '*',
        '|',
      ),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((parts) => parts.join(''));
