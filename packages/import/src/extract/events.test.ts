import { describe, expect, it } from 'vitest';
import { createSourceText } from '../normalise/source-text.js';
import { paragraphs, Reader } from '../segment/reader.js';
import { readEvents } from './events.js';

const events = (text: string, year = 2020) => {
  const r = new Reader(createSourceText(text));
  const scope = { start: 0, end: r.nfc.length };
  return readEvents(r, paragraphs(r, r.lines), year, () => false, scope).map((e) => ({
    organiser: r.text(e.organiser.body),
    owner: r.text(e.owner.body),
    level: e.organiser.level,
    date: e.date.value,
    method: e.method?.value,
    bridgePoints: e.bridgePoints?.value,
    attendees: e.attendees?.value,
  }));
};

describe('extract/events: sessions a news report says were held', () => {
  it('reads the organiser, its tier, the method and the counts of a later sentence', () => {
    const got = events(
      'Sáng ngày 22/12/2022, Ban Thường vụ Tỉnh ủy Thanh Hóa đã tổ chức Hội nghị trực tuyến cán bộ chủ chốt nghiên cứu, học tập, quán triệt các Nghị quyết.\n\nHội nghị được truyền trực tuyến đến hơn 600 điểm cầu với hơn 20.000 đại biểu tham dự.',
    );
    expect(got).toEqual([
      {
        organiser: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
        owner: 'Ban Thường vụ Tỉnh ủy Thanh Hóa',
        level: 'province',
        date: { kind: 'date', date: { day: 22, month: 12, year: 2022 } },
        method: 'online',
        bridgePoints: 600,
        attendees: 20000,
      },
    ]);
  });

  it('a session held "do X tổ chức" is X’s; one "trực tuyến từ X" is X’s too', () => {
    expect(
      events(
        'ngày 30/11/2017, Ban Thường vụ Huyện ủy triệu tập cán bộ chủ chốt dự Hội nghị học tập, quán triệt bằng hình thức trực tuyến do Thành ủy Hà Nội tổ chức.',
      )[0],
    ).toMatchObject({ organiser: 'Thành ủy Hà Nội', level: 'province', method: 'online' });
    expect(
      events(
        'Sáng 14/11, Đảng ủy các cơ quan Đảng tỉnh tổ chức học tập, quán triệt theo hình thức trực tuyến từ Tỉnh ủy.',
      )[0],
    ).toMatchObject({ organiser: 'Tỉnh ủy', level: 'province' });
  });

  it('X chỉ đạo Y tổ chức: Y holds it at its tier, the plan is X’s', () => {
    expect(
      events(
        'Ngày 13/3/2023, Ban Thường vụ Tỉnh đoàn chỉ đạo 14/14 đoàn cấp huyện đồng loạt tổ chức học tập, quán triệt Nghị quyết.',
      )[0],
    ).toMatchObject({
      organiser: 'đoàn cấp huyện',
      owner: 'Ban Thường vụ Tỉnh đoàn',
      level: 'district',
    });
  });

  it('a plenum, a plan’s date and a progress count are no sessions', () => {
    expect(
      events(
        'Từ ngày 3 đến ngày 9-10-2022, Ban Chấp hành Trung ương Đảng khóa XIII đã tổ chức Hội nghị lần thứ 6 để thảo luận.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Ngày 10/3/2023, Ban Thường vụ Tỉnh đoàn ban hành Kế hoạch số 150-KH/TĐTN về việc tổ chức học tập, quán triệt Nghị quyết.',
      ),
    ).toEqual([]);
    expect(
      events('đến ngày 20/3/2018, có 11/21 huyện, thị, thành Đoàn tổ chức Hội nghị học tập.'),
    ).toEqual([]);
  });
});
