import { readFileSync } from 'node:fs';
import { calendarFromOverrides } from '@rollout/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCalendarJson } from '../src/index.js';

const schema = JSON.parse(
  readFileSync(new URL('../schema/calendar.json', import.meta.url), 'utf8'),
);
const valid = new Ajv2020({ strict: true }).compile(schema);
const codes = (r: { issues: readonly { code: string; path: readonly (string | number)[] }[] }) =>
  r.issues.map((i) => [i.code, i.path.join('.')]);

const file = {
  format: 'rollout/calendar',
  version: 1,
  daysOff: [
    '2027-02-11',
    { date: '2027-11-24', name: 'Ngày Văn hóa Việt Nam', source: 'Bộ luật Lao động (sửa đổi)' },
  ],
  workdays: [{ date: '2027-02-20', name: 'Làm bù ngày 11/02/2027' }],
};

describe('calendar files (--calendar)', () => {
  it('reads the documented shape, envelope or bare, and the calendar follows it', () => {
    const r = parseCalendarJson(JSON.stringify(file));
    expect(codes(r)).toEqual([]);
    expect(r.success).toBe(true);
    const cal = calendarFromOverrides(r.success ? r.data : {});
    expect(cal.isWorkingDay('2027-02-11')).toBe(false);
    expect(cal.dayOff('2027-11-24')?.name).toBe('Ngày Văn hóa Việt Nam');
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
    const { format: _f, version: _v, ...bare } = file;
    expect(parseCalendarJson(JSON.stringify(bare)).success).toBe(true);
  });

  it('reports bad files as issues with paths: JSON, format, version, shape, dates, conflicts', () => {
    expect(codes(parseCalendarJson('{ "daysOff": [ }'))[0]![0]).toBe('json/syntax');
    expect(codes(parseCalendarJson('{ "format": "rollout/plan" }'))).toEqual([
      ['json/unknown-format', 'format'],
    ]);
    expect(codes(parseCalendarJson('{ "version": 9 }'))).toEqual([
      ['json/unsupported-version', 'version'],
    ]);
    expect(codes(parseCalendarJson('{ "dayOff": [] }'))).toEqual([
      ['schema/unknown-key', 'dayOff'],
    ]);
    expect(codes(parseCalendarJson('{ "daysOff": ["2027-02-30"] }'))).toEqual([
      ['date/nonexistent', 'daysOff.0'],
    ]);
    expect(
      codes(
        parseCalendarJson('{ "daysOff": ["2027-02-11"], "workdays": [{ "date": "2027-02-11" }] }'),
      ),
    ).toEqual([['calendar/conflicting-day', 'workdays.0.date']]);
    expect(codes(parseCalendarJson('[]'))[0]![0]).toBe('schema/invalid-type');
  });

  it('the shipped JSON Schema accepts what the reader accepts and refuses unknown keys', () => {
    expect(valid(file)).toBe(true);
    expect(valid({ daysOff: ['2027-02-11'] })).toBe(true);
    expect(valid({ ...file, extra: 1 })).toBe(false);
    expect(valid({ ...file, format: 'rollout/plan' })).toBe(false);
    expect(valid({ daysOff: [{ date: '2027-02-11', note: 'x' }] })).toBe(false);
  });
});
