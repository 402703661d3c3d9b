import { describe, expect, it } from 'vitest';
import { fold } from '../normalise/source-text.js';
import { findAttendees, findBridgePoints } from './counts.js';

const f = (s: string) => fold(s.normalize('NFC'));

describe('recognise/counts: bridge points and attendees', () => {
  it('reads "hơn 600 điểm cầu" as 600 and "gần 1.000 điểm cầu" as approximate', () => {
    expect(
      findBridgePoints(f('truyền trực tuyến đến hơn 600 điểm cầu')).map((c) => c.value),
    ).toEqual([600]);
    expect(
      findBridgePoints(f('kết nối trực tuyến đến gần 1.000 điểm cầu')).map((c) => c.value),
    ).toEqual([undefined]);
  });

  it('reads the audience of a session, in thousands too', () => {
    expect(findAttendees(f('với hơn 20.000 đại biểu tham dự')).map((c) => c.value)).toEqual([
      20000,
    ]);
    expect(findAttendees(f('cho hơn 400 cán bộ cốt cán toàn huyện')).map((c) => c.value)).toEqual([
      400,
    ]);
    expect(
      findAttendees(f('với sự tham gia của 180 đồng chí cán bộ Đoàn')).map((c) => c.value),
    ).toEqual([180]);
    expect(findAttendees(f('với hơn 41 nghìn đại biểu tham dự')).map((c) => c.value)).toEqual([
      41000,
    ]);
  });

  it('takes no share for an attendance (11/21 huyện, 34/34 đảng bộ)', () => {
    expect(findAttendees(f('có 11/21 huyện với 1.803 đồng chí'))).toHaveLength(1);
    expect(findBridgePoints(f('34/34 điểm cầu'))).toEqual([]);
  });
});
