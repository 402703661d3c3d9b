import { describe, expect, it } from 'vitest';
import { daysInMonth, withinRange } from '../src/index.js';

describe('withinRange: the ends of a month, quarter or year (date-fns on UTC dates)', () => {
  it('gives the last day of every month of a leap year, a century year and 400-year year', () => {
    for (const y of [2020, 2021, 2100, 2000, 1]) {
      for (let m = 1; m <= 12; m++) {
        const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
        const last = daysInMonth(y, m);
        expect(withinRange({ kind: 'within', month })).toEqual({
          start: `${month}-01`,
          end: `${month}-${String(last).padStart(2, '0')}`,
        });
      }
    }
    expect(withinRange({ kind: 'within', month: '2100-02' }).end).toBe('2100-02-28');
    expect(withinRange({ kind: 'within', month: '2000-02' }).end).toBe('2000-02-29');
  });

  it('keeps the years 1–99 as themselves (the Date constructor would read 1901–1999)', () => {
    expect(withinRange({ kind: 'within', month: '0024-02' }).end).toBe('0024-02-29');
    expect(withinRange({ kind: 'within', quarter: '0099-Q4' })).toEqual({
      start: '0099-10-01',
      end: '0099-12-31',
    });
  });

  it('ends every quarter on its last day, up to 9999', () => {
    expect(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => withinRange({ kind: 'within', quarter: `2021-${q}` })),
    ).toEqual([
      { start: '2021-01-01', end: '2021-03-31' },
      { start: '2021-04-01', end: '2021-06-30' },
      { start: '2021-07-01', end: '2021-09-30' },
      { start: '2021-10-01', end: '2021-12-31' },
    ]);
    expect(withinRange({ kind: 'within', quarter: '9999-Q4' }).end).toBe('9999-12-31');
    expect(withinRange({ kind: 'within', year: '2021' })).toEqual({
      start: '2021-01-01',
      end: '2021-12-31',
    });
  });

  it('never rolls a month that does not exist into the next year', () => {
    const r = withinRange({ kind: 'within', month: '2020-13' } as never);
    expect(r.end.startsWith('2020-13')).toBe(true);
  });
});
