import { describe, expect, it } from 'vitest';
import { fold } from '../normalise/source-text.js';
import { findTimes, type TimeFound } from './dates.js';
import { findDeadlines } from './deadlines.js';

const times = (text: string) => findTimes(fold(text.normalize('NFC')));
const one = (text: string): Pick<TimeFound, 'cue' | 'value'> => {
  const [t] = times(text);
  return { cue: t!.cue, value: t!.value };
};

describe('recognise/dates: known and implied parts, and the cue before them', () => {
  it.each([
    [
      'hoàn thành trước ngày 15/9/2020',
      'by',
      { kind: 'date', date: { day: 15, month: 9, year: 2020 } },
    ],
    [
      'hoàn thành trước ngày 10-9-2020',
      'by',
      { kind: 'date', date: { day: 10, month: 9, year: 2020 } },
    ],
    ['Ngày 27.8, Huyện ủy Phú Ninh tổ chức', 'bare', { kind: 'date', date: { day: 27, month: 8 } }],
    [
      'Sáng 14/11, Đảng ủy các cơ quan Đảng tỉnh',
      'bare',
      { kind: 'date', date: { day: 14, month: 11 } },
    ],
    [
      'LSO-Sáng nay (3/11), Hội Nông dân tỉnh',
      'bare',
      { kind: 'date', date: { day: 3, month: 11 } },
    ],
    [
      'đã học trực tuyến ngày 31/8/2020',
      'held',
      { kind: 'date', date: { day: 31, month: 8, year: 2020 } },
    ],
    [
      'tính đến hết ngày 1/1/2021, Đảng bộ huyện',
      'progress',
      { kind: 'date', date: { day: 1, month: 1, year: 2021 } },
    ],
    ['hoàn thành trong tháng 4 năm 2015', 'within', { kind: 'month', month: 4, year: 2015 }],
    ['hoàn thành cuối tháng 1/2021', 'within', { kind: 'month', month: 1, year: 2021 }],
    ['hoàn thành trong 2/2021', 'within', { kind: 'month', month: 2, year: 2021 }],
    ['hoàn thành trong quý I/2021', 'within', { kind: 'quarter', quarter: 1, year: 2021 }],
    [
      'thời gian hoàn thành trong quý IV.2019',
      'within',
      { kind: 'quarter', quarter: 4, year: 2019 },
    ],
    ['là nhiệm vụ trọng tâm quý IV/2017', 'focus', { kind: 'quarter', quarter: 4, year: 2017 }],
    ['dự kiến trong tháng 11', 'within', { kind: 'month', month: 11 }],
    [
      'chậm nhất ngày 5 tháng 10 năm 2021',
      'by',
      { kind: 'date', date: { day: 5, month: 10, year: 2021 } },
    ],
  ])('%s', (text, cue, value) => {
    expect(one(text)).toEqual({ cue, value });
  });

  it('reads a span with the parts its first end leaves out taken from its second', () => {
    expect(one('từ ngày 16 - 17/3/2021').value).toEqual({
      kind: 'range',
      from: { day: 16 },
      to: { day: 17, month: 3, year: 2021 },
    });
  });

  it('shares the cue of the expression it is joined to (quý IV/2017 và tháng 01/2018)', () => {
    expect(times('là nhiệm vụ trọng tâm quý IV/2017 và tháng 01/2018').map((t) => t.cue)).toEqual([
      'focus',
      'focus',
    ]);
  });

  it('takes no count for a date: 14/14 đoàn, 11/21 huyện, 34/34 đảng bộ, 200/637', () => {
    for (const text of [
      'chỉ đạo 14/14 đoàn cấp huyện',
      'có 11/21 huyện, thị, thành Đoàn',
      'ở 34/34 đảng bộ',
      'đã có 200/637 đảng bộ',
    ])
      expect(times(text), text).toEqual([]);
  });

  it('marks a date the stored page cuts off, and completes nothing', () => {
    const t = times('Từ nay đến hết 30/4/202');
    expect(t.map((x) => x.value.kind)).toEqual(['cut']);
    expect(findDeadlines(fold('Từ nay đến hết 30/4/202'))).toEqual([]);
  });

  it('makes deadline rules only where the cue makes one', () => {
    const rules = (text: string) =>
      findDeadlines(fold(text)).map((d) => d.value.rule ?? d.value.dayMonth);
    expect(rules('hoàn thành trước ngày 15-9-2020')).toEqual([{ kind: 'by', date: '2020-09-15' }]);
    expect(rules('Sáng ngày 22/12/2022, Ban Thường vụ')).toEqual([]);
    expect(rules('trước ngày 30/9')).toEqual([{ day: 30, month: 9, kind: 'by' }]);
    expect(rules('trong ngày 20/3/2023')).toEqual([
      { kind: 'span', from: '2023-03-20', to: '2023-03-20' },
    ]);
    expect(rules('nhiệm vụ trọng tâm quý IV/2017')).toEqual([]);
  });
});
