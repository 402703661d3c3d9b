// Issues: one severity table, messages in one language each with names and dates as
// people write them, formatIssue for display.
import {
  clonePlan,
  createIssue,
  formatIssue,
  ISSUE_CODES,
  type Plan,
  parsePlan,
  plan985KhHndt,
  schedule,
  validatePlan,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../src/validate/severities.js';

describe('issues', () => {
  it('the severity table that issues use is the codes table', () => {
    for (const [code, info] of Object.entries(ISSUE_CODES))
      expect(SEVERITIES[code as keyof typeof SEVERITIES], code).toBe(info.severity);
    expect(Object.keys(SEVERITIES).sort()).toEqual(Object.keys(ISSUE_CODES).sort());
  });

  it('Vietnamese messages carry no English form text, English ones no Vietnamese weekday', () => {
    const r = parsePlan({
      ...clonePlan(plan985KhHndt),
      header: { ...clonePlan(plan985KhHndt).header, date: '3/9/2020' },
    });
    const format = r.issues.find((i) => i.code === 'schema/invalid-format')!;
    expect(format.message.vi).toBe(
      'Sai định dạng: cần một ngày dạng YYYY-MM-DD, ví dụ 2020-09-15.',
    );
    expect(format.message.vi).not.toMatch(/Expected/);
    const sunday: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, deadline: { kind: 'by', date: '2020-09-13' } } : s,
      ),
    };
    const dayOff = schedule(sunday).issues.find((i) => i.code === 'date/deadline-on-day-off')!;
    expect(dayOff.message.en).toContain('(Sunday)');
    expect(dayOff.message.en).not.toMatch(/Chủ nhật|thứ/);
    expect(dayOff.message.vi).toContain('13/9/2020');
  });

  it('names sessions by their title or their tier, never by id alone', () => {
    const bad: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district' ? { ...s, deadline: { kind: 'by', date: '2020-08-20' } } : s,
      ),
    };
    const issue = validatePlan(bad).find((i) => i.code === 'cascade/before-parent')!;
    expect(issue.message.vi).not.toContain('"s-district"');
    expect(issue.message.vi).toContain('20/8/2020');
    expect(issue.message.vi).toContain('31/8/2020');
    if (issue.code === 'cascade/before-parent') {
      expect(issue.params.session).toBe('s-district');
      expect(issue.message.vi).toContain(issue.params.sessionName);
    }
  });

  it('the recipient purpose message lists what is accepted', () => {
    const input = clonePlan(plan985KhHndt) as unknown as {
      recipients: { purpose: string }[];
    };
    input.recipients[0]!.purpose = 'B/c';
    const issue = parsePlan(input).issues.find((i) => i.code === 'recipient/unknown-purpose')!;
    for (const word of ['report', 'implement', 'direct', 'inform', 'archive'])
      expect(issue.message.vi).toContain(word);
  });

  it('formatIssue writes one language, with what the caller asks for', () => {
    const issue = createIssue('signature/missing', ['signature']);
    expect(formatIssue(issue)).toBe('Kế hoạch thiếu phần chữ ký.');
    expect(
      formatIssue(issue, { lang: 'en', withSeverity: true, withCode: true, withPath: true }),
    ).toBe('ERROR signature/missing at signature: The plan has no signature block.');
    expect(formatIssue(issue, { withSeverity: true, withPath: true })).toBe(
      'LỖI tại signature: Kế hoạch thiếu phần chữ ký.',
    );
  });

  it('unit-level cascade issues name the unit and point at it', () => {
    const units = [
      { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' as const },
      {
        id: 'nga-son',
        name: 'Hội Nông dân huyện Nga Sơn',
        level: 'district' as const,
        parent: 'tinh',
      },
    ];
    const { issues } = schedule(plan985KhHndt, {
      units,
      actuals: [{ activity: 's-district', unit: 'nga-son', date: '2020-09-18' }],
    });
    const late = issues.find((i) => i.code === 'cascade/late')!;
    expect(late.path).toEqual(['units', 1]);
    expect(late.params).toMatchObject({
      unitId: 'nga-son',
      unitName: 'Hội Nông dân huyện Nga Sơn',
    });
    expect(late.message.vi.startsWith('Hội Nông dân huyện Nga Sơn chậm 3 ngày')).toBe(true);
  });
});
