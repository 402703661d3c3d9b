import { readFileSync } from 'node:fs';
import { parsePlan } from '@rollout/core';
import { importPlans } from '@rollout/import';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';

// Plans invented for these tests in other provinces' styles: none of them is in the corpus.
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('a district Party committee plan (K.T. BÍ THƯ / PHÓ BÍ THƯ, trước 20/01/2021, quý I/2021)', () => {
  const input = fixture('district-party.txt');
  const { plans, issues, unread, sources } = importPlans(input);
  const plan = plans[0]!;

  it('reads the header of a Party document', () => {
    expect(plans).toHaveLength(1);
    expect(plan.header).toEqual({
      issuer: { name: 'HUYỆN ỦY KIM SƠN', parent: 'ĐẢNG BỘ TỈNH NINH BÌNH', kind: 'party' },
      motto: 'party',
      reference: '112-KH/HU',
      place: 'Kim Sơn',
      date: '2020-12-28',
      title:
        'Học tập, quán triệt và triển khai thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII',
    });
  });

  it('reads the directive cited in the title', () => {
    expect(plan.resolutions).toEqual([
      {
        id: 'ct-05',
        kind: 'directive',
        reference: '05-CT/TW',
        issuedOn: '2016-05-15',
        issuer: 'Bộ Chính trị',
        term: 'XII',
      },
    ]);
  });

  it('reads three tiers with their durations and deadlines', () => {
    expect(plan.tiers.map((t) => t.level)).toEqual(['district', 'commune', 'branch']);
    expect(plan.sessions.map((s) => [s.tier, s.duration.halfDays, s.deadline, s.method])).toEqual([
      ['district', 2, { kind: 'by', date: '2021-01-20' }, 'in-person'],
      ['commune', 1, { kind: 'within', quarter: '2021-Q1' }, 'in-person'],
      ['branch', 3, { kind: 'span', from: '2021-03-16', to: '2021-03-17' }, 'in-person'],
    ]);
    expect(plan.audiences[2]?.name).toBe('Đảng viên trong chi bộ');
  });

  it('reads the materials listed after "gồm:", the follow-ups, recipients and signature', () => {
    expect(plan.materials.map((m) => [m.kind, m.title])).toEqual([
      ['resolution', 'Chỉ thị số 05-CT/TW của Bộ Chính trị'],
      ['guide', 'Tài liệu hướng dẫn học tập của Ban Tuyên giáo Trung ương'],
      ['plan', 'Kế hoạch của Ban Thường vụ Tỉnh ủy'],
    ]);
    expect(plan.materials[0]?.resolution).toBe('ct-05');
    const byKind = Object.fromEntries(plan.deliverables.map((d) => [d.kind, d]));
    expect(byKind['action-plan']?.due).toEqual({ kind: 'by', date: '2021-04-30' });
    expect(byKind.reflection?.per).toBe('attendee');
    expect(byKind.report?.recurrence).toBe('half-yearly');
    expect(plan.recipients).toEqual([
      { name: 'Ban Thường vụ Tỉnh ủy', purpose: 'report' },
      { name: 'Các chi, đảng bộ cơ sở', purpose: 'implement' },
      { name: 'VP', purpose: 'archive' },
    ]);
    expect(plan.signature).toEqual({
      mode: 'acting-for',
      authority: 'Bí thư',
      title: 'Phó Bí thư',
      name: 'Nguyễn Văn An',
    });
  });

  it('validates, and leaves nothing unread', () => {
    expect(parsePlan(plan).success).toBe(true);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(unread).toEqual([]);
    expect(
      input.slice(
        sources[0]!['/sessions/1/deadline']!.start,
        sources[0]!['/sessions/1/deadline']!.end,
      ),
    ).toContain('quý I/2021');
  });
});

describe('a two-level commune plan of 2025 (no district tier, month without a year)', () => {
  const { plans, issues } = importPlans(fixture('commune-2025.txt'));
  const plan = plans[0]!;

  it('reads a header laid out one field a line, with "Số:" and a short date', () => {
    expect(plan.header.issuer).toEqual({
      name: 'ĐẢNG ỦY XÃ BẢO HÀ',
      parent: 'ĐẢNG BỘ TỈNH LÀO CAI',
      kind: 'party',
    });
    expect(plan.header.reference).toBe('45-KH/ĐU');
    expect(plan.header.date).toBe('2025-10-10');
    expect(plan.resolutions[0]).toMatchObject({
      reference: '66-NQ/TW',
      issuedOn: '2025-04-30',
      issuer: 'Bộ Chính trị',
      title: 'Về đổi mới công tác xây dựng và thi hành pháp luật',
    });
  });

  it('has a commune tier and a branch tier; "dự kiến trong tháng 11" takes its year from the plan', () => {
    expect(plan.tiers.map((t) => t.level)).toEqual(['commune', 'branch']);
    expect(plan.sessions.map((s) => s.deadline)).toEqual([
      { kind: 'within', month: '2025-11' },
      { kind: 'within', month: '2025-12' },
    ]);
    expect(plan.sessions.map((s) => s.duration.halfDays)).toEqual([1, 1]);
    const inferred = issues.find((i) => i.code === 'import/inferred-year');
    expect(inferred?.path).toEqual(['plans', 0, 'sessions', 0, 'deadline']);
    expect(inferred?.message.vi).toContain('2025');
  });

  it('reads a signature laid out below the recipients, one line each', () => {
    expect(plan.signature).toEqual({
      mode: 'on-behalf',
      authority: 'Đảng ủy',
      title: 'Bí thư',
      name: 'Lê Thị Hoa',
    });
    expect(plan.recipients.map((r) => r.purpose)).toEqual(['report', 'implement', 'archive']);
  });
});

describe('a plan of a committee’s board in a centrally-run city (Ban Tuyên giáo Thành ủy Hà Nội)', () => {
  const { plans, issues } = importPlans(fixture('city-propaganda.txt'));
  const plan = plans[0]!;

  it('reads "Hội nghị cấp thành phố" as the province-level tier of a centrally-run city', () => {
    expect(plan.tiers.map((t) => t.level)).toEqual(['province', 'district', 'commune']);
    expect(plan.sessions.map((s) => [s.deadline, s.duration.halfDays, s.method])).toEqual([
      [{ kind: 'within', month: '2022-08' }, 2, 'online'],
      [{ kind: 'by', date: '2022-09-30' }, 2, 'in-person'],
      [{ kind: 'within', month: '2022-10' }, 2, 'in-person'],
    ]);
    // The city's "Hình thức: trực tuyến" is its own, not the plan's: the others are assumed.
    expect(issues.filter((i) => i.code === 'import/assumed-method').map((i) => i.path)).toEqual([
      ['plans', 0, 'sessions', 1, 'method'],
      ['plans', 0, 'sessions', 2, 'method'],
    ]);
  });

  it('takes the issuer, term and plenum of a resolution from the title when its sentence names none', () => {
    expect(plan.resolutions).toEqual([
      {
        id: 'nq-18',
        kind: 'resolution',
        reference: '18-NQ/TW',
        issuedOn: '2022-06-16',
        issuer: 'Ban Chấp hành Trung ương',
        term: 'XIII',
        plenum: 5,
        title:
          'Tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất',
      },
    ]);
  });

  it('keeps tier blocks out of the content, and reads the report with its due date', () => {
    expect(plan.content).toHaveLength(1);
    expect(plan.deliverables).toEqual([
      expect.objectContaining({
        kind: 'report',
        submitTo: 'Ban Tuyên giáo Thành ủy',
        due: { kind: 'by', date: '2022-11-15' },
      }),
    ]);
    expect(plan.signature).toEqual({
      mode: 'acting-for',
      authority: 'Trưởng ban',
      title: 'Phó Trưởng ban',
      name: 'Trần Thị Minh',
    });
  });

  it('reads "cấp thành phố" as district level when the city is under a province', () => {
    const text = [
      'ĐẢNG BỘ TỈNH THANH HÓA                 ĐẢNG CỘNG SẢN VIỆT NAM',
      'THÀNH ỦY THANH HÓA',
      'Số 301-KH/TU                           Thanh Hóa, ngày 10 tháng 10 năm 2022',
      'KẾ HOẠCH',
      'Học tập Nghị quyết số 29-NQ/TW',
      '1. Cấp thành phố',
      '- Thành phần: Ban Chấp hành Đảng bộ thành phố.',
      '- Thời gian: ½ ngày, hoàn thành trước ngày 30/11/2022.',
      '2. Cấp cơ sở',
      '- Thành phần: toàn thể đảng viên.',
      '- Thời gian: ½ ngày, hoàn thành trước ngày 31/12/2022.',
    ].join('\n');
    expect(importPlans(text).plans[0]?.tiers.map((t) => t.level)).toEqual(['district', 'commune']);
  });

  it.each([
    ['K.T BÍ THƯ', 'acting-for', 'Bí thư'],
    ['KT. CHỦ TỊCH', 'acting-for', 'Chủ tịch'],
    ['TM. BAN CHẤP HÀNH', 'on-behalf', 'Ban Chấp hành'],
    ['T/L BAN THƯỜNG VỤ', 'by-order', 'Ban Thường vụ'],
  ])('reads the signature mode of "%s"', (line, mode, authority) => {
    const text = `KẾ HOẠCH\nHọc tập Nghị quyết số 29-NQ/TW\n1. Cấp tỉnh\n- Thành phần: cán bộ.\n- Thời gian: ½ ngày, hoàn thành trước ngày 30/11/2022.\nNơi nhận:                          ${line}\n- Như trên;                         PHÓ BÍ THƯ\n- Lưu VP.                           Nguyễn Văn Hải`;
    expect(importPlans(text).plans[0]?.signature).toEqual({
      mode,
      authority,
      title: 'Phó Bí thư',
      name: 'Nguyễn Văn Hải',
    });
  });
});

describe('a news article reporting three provinces’ plans', () => {
  const input = fixture('three-provinces.txt');
  const { plans, unread } = importPlans(input);

  it('splits the article into one plan per issuing body', () => {
    expect(
      plans.map((p) => [p.header.issuer.name, p.header.reference, p.header.place, p.header.date]),
    ).toEqual([
      ['Ban Thường vụ Tỉnh ủy Nghệ An', '245-KH/TU', 'Nghệ An', '2021-06-02'],
      ['Ban Thường vụ Tỉnh ủy Hà Tĩnh', '118-KH/TU', 'Hà Tĩnh', '2021-06-04'],
      ['Ban Thường vụ Tỉnh ủy Quảng Bình', '77-KH/TU', 'Quảng Bình', '2021-06-07'],
    ]);
  });

  it('gives each plan its own tiers and deadlines', () => {
    const summary = plans.map((p) =>
      p.sessions.map(
        (s) => `${p.tiers.find((t) => t.id === s.tier)?.level}:${JSON.stringify(s.deadline)}`,
      ),
    );
    expect(summary).toEqual([
      [
        'province:{"kind":"by","date":"2021-06-15"}',
        'district:{"kind":"by","date":"2021-06-30"}',
        'commune:{"kind":"within","month":"2021-07"}',
      ],
      ['province:{"kind":"by","date":"2021-06-20"}', 'district:{"kind":"by","date":"2021-07-10"}'],
      [
        'district:{"kind":"within","month":"2021-07"}',
        'branch:{"kind":"within","quarter":"2021-Q3"}',
      ],
    ]);
    expect(plans[1]?.sessions[0]?.duration).toEqual({ halfDays: 2 });
    expect(plans[0]?.sessions[0]?.method).toBe('online');
  });

  it('reads the conclusion cited before the plans, and ignores photo captions', () => {
    expect(plans[0]?.resolutions[0]).toMatchObject({
      reference: '01-KL/TW',
      kind: 'conclusion',
      issuedOn: '2021-05-18',
      issuer: 'Bộ Chính trị',
      term: 'XIII',
    });
    expect(unread.map((u) => u.text)).toEqual(['Minh Châu']);
  });
});

describe('a Youth Union article in one paragraph (mass organisation, unit lists, one-day span)', () => {
  it('reads the plan of Ban Thường vụ Tỉnh đoàn with its three tiers', () => {
    const text =
      'Ngày 10/3/2023, Ban Thường vụ Tỉnh đoàn Quảng Nam ban hành Kế hoạch số 150-KH/TĐTN về việc tổ chức học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII. Theo kế hoạch, Tỉnh đoàn tổ chức hội nghị trực tuyến cấp tỉnh trong ngày 20/3/2023 với sự tham gia của cán bộ chủ chốt; các huyện đoàn, thành đoàn, đoàn trực thuộc tổ chức cho đoàn viên học tập trước ngày 15/4/2023; các chi đoàn hoàn thành trong quý II/2023.\n\nPV';
    const { plans, unread } = importPlans(text);
    const plan = plans[0]!;
    expect(plan.header).toMatchObject({
      issuer: { name: 'Ban Thường vụ Tỉnh đoàn Quảng Nam', kind: 'mass-organisation' },
      reference: '150-KH/TĐTN',
      place: 'Quảng Nam',
    });
    expect(plan.sessions.map((s) => [s.tier, s.deadline, s.method])).toEqual([
      ['province', { kind: 'span', from: '2023-03-20', to: '2023-03-20' }, 'online'],
      ['district', { kind: 'by', date: '2023-04-15' }, 'in-person'],
      ['branch', { kind: 'within', quarter: '2023-Q2' }, 'in-person'],
    ]);
    expect(plan.audiences[1]?.name).toBe('Các huyện đoàn, thành đoàn, đoàn trực thuộc');
    expect(unread.map((u) => u.text)).toEqual(['PV']);
  });
});

describe('a schedule laid out as a table (one cell a line, as DOCX tables come out)', () => {
  it('reads each row: tier, audience, deadline', () => {
    const text = [
      'KẾ HOẠCH',
      'Học tập, quán triệt Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị',
      'II. THỜI GIAN, THÀNH PHẦN',
      'TT',
      'Cấp tổ chức',
      'Thành phần',
      'Thời gian',
      '1',
      'Cấp tỉnh',
      'Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ngành',
      'Hoàn thành trước ngày 15/02/2025',
      '2',
      'Cấp huyện và tương đương',
      'Ban Thường vụ các huyện ủy, đảng ủy trực thuộc',
      'Trong tháng 3/2025',
      '3',
      'Chi bộ',
      'Toàn thể đảng viên',
      'Trong quý II/2025',
    ].join('\n');
    const { plans, unread } = importPlans(text);
    const plan = plans[0]!;
    expect(
      plan.sessions.map((s) => [
        s.tier,
        s.deadline,
        plan.audiences.find((a) => a.id === s.audiences[0])?.name,
      ]),
    ).toEqual([
      [
        'province',
        { kind: 'by', date: '2025-02-15' },
        'Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ngành',
      ],
      [
        'district',
        { kind: 'within', month: '2025-03' },
        'Ban Thường vụ các huyện ủy, đảng ủy trực thuộc',
      ],
      ['branch', { kind: 'within', quarter: '2025-Q2' }, 'Toàn thể đảng viên'],
    ]);
    expect(unread).toEqual([]);
  });
});

describe('phrases of the genre', () => {
  const sessionOf = (time: string) => {
    const text = `KẾ HOẠCH\nHọc tập Nghị quyết số 12-NQ/TW\nIII. KẾ HOẠCH HỌC TẬP\n1. Cấp tỉnh\n- Thành phần: Ban Chấp hành Đảng bộ tỉnh.\n- Thời gian: ${time}\n`;
    return importPlans(text, { defaultYear: 2021 }).plans[0]?.sessions[0];
  };

  it.each([
    ['½ ngày, hoàn thành trước ngày 15/9/2020.', 1, { kind: 'by', date: '2020-09-15' }],
    ['1/2 ngày, trước 20/01/2021.', 1, { kind: 'by', date: '2021-01-20' }],
    ['01 buổi, hoàn thành trong tháng 12/2020.', 1, { kind: 'within', month: '2020-12' }],
    ['1 ngày, từ ngày 16 - 17/3/2021.', 2, { kind: 'span', from: '2021-03-16', to: '2021-03-17' }],
    [
      '1,5 ngày, từ ngày 30/3 – 2/4/2021.',
      3,
      { kind: 'span', from: '2021-03-30', to: '2021-04-02' },
    ],
    ['dự kiến 1 ngày, hoàn thành trước ngày 10-9-2020.', 2, { kind: 'by', date: '2020-09-10' }],
    ['½ ngày, đã học trực tuyến ngày 31/8/2020.', 1, { kind: 'held', date: '2020-08-31' }],
    ['1 ngày, trong quý I/2021.', 2, { kind: 'within', quarter: '2021-Q1' }],
    ['2 ngày, trong năm 2021.', 4, { kind: 'within', year: '2021' }],
    ['1 ngày, chậm nhất ngày 5 tháng 10 năm 2021.', 2, { kind: 'by', date: '2021-10-05' }],
    ['½ ngày, hoàn thành trước ngày 15 / 9 / 2020.', 1, { kind: 'by', date: '2020-09-15' }],
    ['½ ngày, tháng 10/2021.', 1, { kind: 'within', month: '2021-10' }],
    [
      'nửa ngày, từ ngày 16/3/2021 đến hết ngày 17/3/2021.',
      1,
      { kind: 'span', from: '2021-03-16', to: '2021-03-17' },
    ],
    ['một buổi, hoàn thành trước ngày 5 tháng 10 năm 2021.', 1, { kind: 'by', date: '2021-10-05' }],
    ['01 ngày, trong ngày 5/10/2021.', 2, { kind: 'span', from: '2021-10-05', to: '2021-10-05' }],
  ])('Thời gian: %s', (time, halfDays, deadline) => {
    const s = sessionOf(time);
    expect(s?.duration).toEqual({ halfDays });
    expect(s?.deadline).toEqual(deadline);
  });

  it('reads deadlines written before their tier ("… đối với cấp huyện; … đối với cấp cơ sở")', () => {
    const text =
      'KẾ HOẠCH\nHọc tập Nghị quyết số 12-NQ/TW\nIII. THỜI GIAN\n- Hoàn thành trước ngày 15/9/2020 đối với cấp huyện; trước ngày 30/9/2020 đối với cấp cơ sở.\n';
    expect(importPlans(text).plans[0]?.sessions.map((s) => [s.tier, s.deadline])).toEqual([
      ['district', { kind: 'by', date: '2020-09-15' }],
      ['commune', { kind: 'by', date: '2020-09-30' }],
    ]);
  });

  it('reads the discussion share "trong đó dành 1/2 ngày để thảo luận"', () => {
    const s = sessionOf(
      '1 ngày, trong đó dành 1/2 ngày để thảo luận, hoàn thành trước ngày 15/9/2020.',
    );
    expect(s?.duration).toEqual({ halfDays: 2 });
    expect(s?.discussion).toEqual({ halfDays: 1 });
  });

  it('reports an impossible date (31/2) instead of inventing one', () => {
    const text =
      'KẾ HOẠCH\nHọc tập Nghị quyết số 12-NQ/TW\n1. Cấp tỉnh\n- Thành phần: Ban Chấp hành.\n- Thời gian: ½ ngày, hoàn thành trước ngày 31/2/2021.\n';
    const result = importPlans(text);
    expect(result.issues.some((i) => i.code === 'import/invalid-date')).toBe(true);
    expect(result.plans[0]?.sessions[0]?.deadline.kind).not.toBe('by');
  });

  it.each([
    ['cấp tỉnh', 'province'],
    ['Cấp huyện và tương đương', 'district'],
    ['Các huyện, thị, thành ủy', 'district'],
    ['Hội Nông dân các huyện, thị, thành phố', 'district'],
    ['Đảng ủy trực thuộc Tỉnh ủy', 'district'],
    ['Ủy ban MTTQ và các đoàn thể chính trị - xã hội', 'district'],
    ['Cấp cơ sở', 'commune'],
    ['Đảng ủy các xã, phường, thị trấn', 'commune'],
    ['Các chi bộ', 'branch'],
    ['Chi hội', 'branch'],
  ])('tier heading "%s" → %s', (heading, level) => {
    const text = `KẾ HOẠCH\nHọc tập Nghị quyết số 12-NQ/TW\n1. ${heading}\n- Thành phần: cán bộ chủ chốt.\n- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.\n`;
    const plan = importPlans(text).plans[0];
    expect(plan?.tiers.map((t) => t.level)).toEqual([level]);
  });

  it('infers the symbol of a resolution cited by number at a Central Committee plenum, with an info issue', () => {
    const text =
      'Ban Chấp hành Trung ương Đảng khóa XIII đã ban hành Nghị quyết số 18 về “Tiếp tục đổi mới, hoàn thiện thể chế”. Tỉnh ủy Bình Định ban hành kế hoạch học tập, các huyện ủy tổ chức hội nghị hoàn thành trước ngày 30/8/2022.';
    const result = importPlans(text);
    expect(result.plans[0]?.resolutions[0]).toMatchObject({
      reference: '18-NQ/TW',
      issuer: 'Ban Chấp hành Trung ương',
      term: 'XIII',
      title: 'Tiếp tục đổi mới, hoàn thiện thể chế',
    });
    const info = result.issues.find((i) => i.code === 'import/inferred-symbol');
    expect(info?.severity).toBe('info');
    expect(info?.message.en).toContain('18-NQ/TW');
  });

  it('reads a relative due date "trong vòng 15 ngày làm việc sau hội nghị" as an after rule', () => {
    const text =
      'KẾ HOẠCH\nHọc tập Nghị quyết số 12-NQ/TW\n1. Cấp huyện\n- Thành phần: cán bộ chủ chốt.\n- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.\n2. Cấp cơ sở\n- Thành phần: đảng viên.\n- Thời gian: ½ ngày, hoàn thành trước ngày 30/9/2020.\nIV. TỔ CHỨC THỰC HIỆN\n- Trong vòng 15 ngày làm việc sau hội nghị, các đơn vị xây dựng kế hoạch hành động.\n';
    const plan = importPlans(text).plans[0]!;
    expect(plan.deliverables).toEqual([
      expect.objectContaining({
        kind: 'action-plan',
        due: { kind: 'after', ref: 's-commune', days: 15, calendar: 'working' },
      }),
    ]);
  });

  it('reads a state header (Số: 123/KH-SNV) and a day and month without a year', () => {
    const text = [
      'UBND TỈNH AN GIANG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ NỘI VỤ                    Độc lập - Tự do - Hạnh phúc',
      'Số: 123/KH-SNV               An Giang, ngày 20 tháng 8 năm 2020',
      'KẾ HOẠCH',
      'Học tập Nghị quyết số 12-NQ/TW',
      '1. Cấp tỉnh',
      '- Thành phần gồm lãnh đạo Sở; thời gian: ½ ngày, hoàn thành trước ngày 30/9.',
      '2. Cấp huyện',
      '- Thành phần: cán bộ chủ chốt.',
      '- Thời gian: ½ ngày, trước ngày 15/1.',
    ].join('\n');
    const result = importPlans(text);
    const plan = result.plans[0]!;
    expect(plan.header).toMatchObject({
      issuer: { name: 'SỞ NỘI VỤ', parent: 'UBND TỈNH AN GIANG', kind: 'state' },
      motto: 'state',
      reference: '123/KH-SNV',
      date: '2020-08-20',
    });
    expect(plan.audiences.map((a) => a.name)).toEqual(['lãnh đạo Sở', 'cán bộ chủ chốt']);
    // 15/1 comes after a plan of August 2020: January of the next year.
    expect(plan.sessions.map((s) => s.deadline)).toEqual([
      { kind: 'by', date: '2020-09-30' },
      { kind: 'by', date: '2021-01-15' },
    ]);
    expect(result.issues.filter((i) => i.code === 'import/inferred-year')).toHaveLength(2);
  });

  it('splits a text holding two documents at their headers', () => {
    const corpus = readCorpus('001_c4a0ee48a2404adc.txt');
    const { plans, sources } = importPlans(`${corpus}\n\n${fixture('district-party.txt')}`);
    expect(plans.map((p) => p.header.reference)).toEqual(['985-KH/HNDT', '112-KH/HU']);
    expect(plans.map((p) => p.tiers.map((t) => t.level))).toEqual([
      ['province', 'district', 'commune'],
      ['district', 'commune', 'branch'],
    ]);
    expect(sources[1]!['/header/reference']!.start).toBeGreaterThan(corpus.length);
  });
});
