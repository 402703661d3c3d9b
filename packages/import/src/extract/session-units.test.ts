import { describe, expect, it } from 'vitest';
import { createSourceText } from '../normalise/source-text.js';
import { Reader } from '../segment/reader.js';
import { createContext } from './context.js';
import { sessionUnits } from './session-units.js';

describe('extract/session-units: several conferences in one tier block, each with its host', () => {
  it('splits "Tổ chức 3 hội nghị: Hội nghị do … tổ chức. Thời gian …" into its conferences', () => {
    const text =
      'Tổ chức 3 hội nghị: Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức. Thời gian 1 ngày, hoàn thành trong tháng 1/2021. Hội nghị Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy tổ chức. Thời gian 1 ngày, hoàn thành cuối tháng 1/2021. Hội nghị do Liên đoàn Lao động tỉnh tổ chức. Thời gian 1 buổi, hoàn thành trong tháng 3/2021.';
    const r = new Reader(createSourceText(text));
    const units = sessionUnits(createContext(r, r.lines, undefined), [r.lines[0]!]);
    expect(units.map((u) => u.host)).toEqual([
      'Ban Thường vụ Tỉnh ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Liên đoàn Lao động tỉnh',
    ]);
  });

  it('a block that holds one conference is one session', () => {
    const text = 'Thành phần: Ban Chấp hành. Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.';
    const r = new Reader(createSourceText(text));
    expect(sessionUnits(createContext(r, r.lines, undefined), [r.lines[0]!])).toEqual([]);
  });
});
