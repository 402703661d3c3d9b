import { parsePlan } from '@rollout/core';
import { importPlans } from '@rollout/import';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';
import { exact, type Fact, factsOf, material, recipient, score, text } from './facts.js';

const read = (name: string) => readCorpus(name);
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Facts of plan 985-KH/HNDT (corpus 001), written by hand from the text. */
const EXPECTED_001: Fact[] = [
  text('header', 'issuer', 'BCH HND TỈNH THANH HOÁ'),
  text('header', 'parent', 'HỘI NÔNG DÂN VIỆT NAM'),
  exact('header', 'kind', 'mass-organisation'),
  exact('header', 'motto', 'state'),
  exact('header', 'reference', '985-KH/HNDT'),
  text('header', 'place', 'Thanh Hóa'),
  exact('header', 'date', '2020-09-03'),
  text(
    'header',
    'title',
    'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  ),
  exact('resolution', 'reference', '58-NQ/TW'),
  exact('resolution', '58-NQ/TW.issuedOn', '2020-08-05'),
  text('resolution', '58-NQ/TW.issuer', 'Bộ Chính trị'),
  exact('resolution', '58-NQ/TW.term', 'XII'),
  text(
    'resolution',
    '58-NQ/TW.title',
    'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  ),
  exact('tier', 'level', 'province'),
  exact('tier', 'level', 'district'),
  exact('tier', 'level', 'commune'),
  text(
    'audience',
    'province#0',
    'Ban Chấp hành Tỉnh hội, các đồng chí báo cáo viên cấp tỉnh, trưởng, phó các ban trung tâm và cán bộ chỉ đạo của Tỉnh hội',
  ),
  text(
    'audience',
    'district#0',
    'Ban Chấp hành huyện Hội, Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn',
  ),
  text(
    'audience',
    'commune#0',
    'Ban Chấp hành Hội xã, chi Hội trưởng và tổ chức tuyên truyền đến toàn thể cán bộ, hội viên nông dân',
  ),
  exact('duration', 'province#0', 1),
  exact('duration', 'district#0', 1),
  exact('duration', 'commune#0', 1),
  exact('deadline', 'province#0', 'held:2020-08-31'),
  exact('deadline', 'district#0', 'by:2020-09-15'),
  exact('deadline', 'commune#0', 'by:2020-10-15'),
  material(
    'resolution',
    'Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị “Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045”',
  ),
  material(
    'scheme',
    'Đề án xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  ),
  material(
    'plan',
    'Kế hoạch của BTV Tỉnh ủy về nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của các cấp ủy thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của BTV Tỉnh hội về nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của Ban Chấp hành Tỉnh hội về hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
  ),
  exact('deliverable', 'kind', 'reflection'),
  { kind: 'deliverable', fact: 'reflection.countsInEvaluation' },
  exact('deliverable', 'kind', 'action-plan'),
  exact('deliverable', 'kind', 'report'),
  exact('deliverable', 'report.recurrence', 'periodic'),
  exact('deliverable', 'kind', 'inspection'),
  recipient('Ban Tuyên huấn TW Hội', 'report'),
  recipient('Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy', 'report'),
  recipient('Thường trực tỉnh Hội', 'inform'),
  recipient('27 huyện, thị, thành Hội', 'implement'),
  recipient('Các Ban, TT tỉnh Hội', 'direct'),
  recipient('VP - TG', 'archive'),
  exact('signature', 'mode', 'on-behalf'),
  text('signature', 'authority', 'Ban Thường vụ'),
  text('signature', 'title', 'Chủ tịch'),
  text('signature', 'name', 'Trần Bình Quân'),
];

/** Facts of the provincial plan reported by the news article (corpus 000), by hand. */
const EXPECTED_000: Fact[] = [
  text('header', 'issuer', 'Ban Thường vụ Tỉnh ủy'),
  exact('header', 'kind', 'party'),
  text('header', 'place', 'Thanh Hóa'),
  text(
    'header',
    'title',
    'Nghiên cứu, học tập quán triệt và triển khai thực hiện Nghị quyết 58 của Bộ Chính trị',
  ),
  exact('resolution', 'reference', '58-NQ/TW'),
  exact('resolution', '58-NQ/TW.issuedOn', '2020-08-05'),
  text('resolution', '58-NQ/TW.issuer', 'Bộ Chính trị'),
  exact('resolution', '58-NQ/TW.term', 'XII'),
  text(
    'resolution',
    '58-NQ/TW.title',
    'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  ),
  exact('tier', 'level', 'province'),
  exact('tier', 'level', 'district'),
  exact('tier', 'level', 'commune'),
  text(
    'audience',
    'province#0',
    'Trường Chính trị tỉnh, Hội Nhà báo Thanh Hóa và các cơ quan báo chí xuất bản, Hội Văn học nghệ thuật tỉnh, Liên hiệp các Hội khoa học – kỹ thuật tỉnh',
  ),
  text('audience', 'district#0', 'các huyện, thị, thành ủy'),
  text('audience', 'district#1', 'các đảng ủy trực thuộc Tỉnh ủy'),
  text('audience', 'district#2', 'Ủy ban MTTQ và các đoàn thể chính trị - xã hội'),
  text('audience', 'commune#0', 'Cấp cơ sở'),
  exact('duration', 'province#0', 2),
  exact('duration', 'district#0', 2),
  exact('duration', 'district#0.discussion', 1),
  exact('duration', 'district#1', 2),
  exact('duration', 'district#1.discussion', 1),
  exact('duration', 'district#2', 2),
  exact('duration', 'district#2.discussion', 1),
  exact('duration', 'commune#0', 2),
  exact('duration', 'commune#0.discussion', 1),
  exact('deadline', 'province#0', 'by:2020-09-10'),
  exact('deadline', 'district#0', 'by:2020-09-15'),
  exact('deadline', 'district#1', 'by:2020-09-15'),
  exact('deadline', 'district#2', 'by:2020-09-15'),
  material(
    'resolution',
    'Nghị quyết số 58 của Bộ Chính trị “Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045”',
  ),
  material(
    'scheme',
    'Đề án xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 58 của Bộ Chính trị',
  ),
  material(
    'action-plan',
    'Kế hoạch hành động của các cấp ủy thực hiện Nghị quyết số 58 của Bộ Chính trị',
  ),
  exact('deliverable', 'kind', 'reflection'),
  { kind: 'deliverable', fact: 'reflection.countsInEvaluation' },
  exact('deliverable', 'kind', 'action-plan'),
  exact('deliverable', 'action-plan.due', 'by:2020-09-30'),
];

const measured = (file: string, expected: Fact[]) => {
  const result = importPlans(read(file));
  const plan = result.plans[0]!;
  const actual = factsOf(plan, result.issues);
  const all = score(expected, actual);
  const tiers = score(expected, actual, ['deadline', 'duration']);
  return { result, plan, all, tiers };
};

const m001 = measured('001_c4a0ee48a2404adc.txt', EXPECTED_001);
const m000 = measured('000_71fe7784b61734bc.txt', EXPECTED_000);

describe('precision and recall on the corpus (targets: 100% of tier deadlines and durations, ≥ 90% of all facts)', () => {
  it(`001 (985-KH/HNDT): all facts precision ${pct(m001.all.precision)}, recall ${pct(m001.all.recall)}; tier deadlines+durations recall ${pct(m001.tiers.recall)}, precision ${pct(m001.tiers.precision)}`, () => {
    expect(m001.result.plans).toHaveLength(1);
    expect(m001.tiers.missed, 'missed tier deadlines/durations').toEqual([]);
    expect(m001.tiers.recall).toBe(1);
    expect(m001.tiers.precision).toBe(1);
    expect(m001.all.recall, `missed: ${m001.all.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    expect(m001.all.precision, `extra: ${m001.all.extra.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });

  it(`000 (news article): all facts precision ${pct(m000.all.precision)}, recall ${pct(m000.all.recall)}; tier deadlines+durations recall ${pct(m000.tiers.recall)}, precision ${pct(m000.tiers.precision)}`, () => {
    expect(m000.result.plans).toHaveLength(1);
    expect(m000.tiers.missed, 'missed tier deadlines/durations').toEqual([]);
    expect(m000.tiers.recall).toBe(1);
    expect(m000.all.recall, `missed: ${m000.all.missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    expect(m000.all.precision, `extra: ${m000.all.extra.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

describe('corpus 001: the complete plan', () => {
  it('validates with core parsePlan (no errors)', () => {
    const parsed = parsePlan(m001.plan);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it('reads the recipients laid out beside the signature, continuation line included', () => {
    expect(m001.plan.recipients).toEqual([
      { name: 'Ban Tuyên huấn TW Hội', purpose: 'report' },
      { name: 'Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy', purpose: 'report' },
      { name: 'Thường trực tỉnh Hội', purpose: 'inform' },
      { name: '27 huyện, thị, thành Hội', purpose: 'implement' },
      { name: 'Các Ban, TT tỉnh Hội', purpose: 'direct' },
      { name: 'VP - TG', purpose: 'archive' },
    ]);
    expect(m001.plan.signature).toEqual({
      mode: 'on-behalf',
      authority: 'Ban Thường vụ',
      title: 'Chủ tịch',
      name: 'Trần Bình Quân',
    });
  });

  it('every session carries a tier with a level and a deadline rule', () => {
    for (const s of m001.plan.sessions) {
      const tier = m001.plan.tiers.find((t) => t.id === s.tier);
      expect(tier?.level).toMatch(/^(province|district|commune|branch)$/);
      expect(s.deadline.kind).toMatch(/^(by|within|span|after|held)$/);
    }
  });

  it('reads the exemption of those who attended the provincial online conference', () => {
    const [province, district, commune] = m001.plan.sessions;
    expect(province?.method).toBe('online');
    expect(district?.exemption?.session).toBe(province?.id);
    expect(commune?.exemption?.session).toBe(province?.id);
  });

  it('points each fact to where it was read in the original text', () => {
    const input = read('001_c4a0ee48a2404adc.txt');
    const src = m001.result.sources[0]!;
    const slice = (path: string) => {
      const span = src[path];
      expect(span, path).toBeDefined();
      return input.slice(span!.start, span!.end).normalize('NFC');
    };
    expect(slice('/header/reference')).toContain('985 -KH/HNDT');
    expect(slice('/sessions/1/deadline')).toContain('15/9/2020');
    expect(slice('/sessions/2/deadline')).toContain('15/10/2020');
    expect(slice('/sessions/0/deadline')).toContain('31/8/2020');
    expect(slice('/header/date')).toContain('3 tháng 9 năm 2020');
    expect(slice('/recipients/3/purpose')).toBe('(T/h)');
    expect(slice('/signature')).toContain('BAN THƯỜNG VỤ');
  });

  it('leaves in unread only the lead-in it could not place, never the facts', () => {
    const texts = m001.result.unread.map((u) => u.text);
    expect(texts.join('\n')).not.toMatch(/Thành phần|Thời gian|Nơi nhận|985/);
    for (const u of m001.result.unread) {
      expect(read('001_c4a0ee48a2404adc.txt').slice(u.start, u.end)).toBe(u.text);
    }
  });
});

describe('news articles with few plan facts (002, 004)', () => {
  for (const file of ['002_17d86c001578df32.txt', '004_1603a95637daf57a.txt']) {
    it(`${file}: does not crash, reports gaps as issues and leaves the rest in unread`, () => {
      const input = read(file);
      const result = importPlans(input);
      expect(result.unread.length).toBeGreaterThan(0);
      for (const u of result.unread) {
        expect(u.text.trim().length).toBeGreaterThan(0);
        expect(input.slice(u.start, u.end)).toBe(u.text);
      }
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      for (const plan of result.plans) {
        for (const s of plan.sessions) expect(plan.tiers.some((t) => t.id === s.tier)).toBe(true);
      }
    });
  }

  it('004: reads the local resolution cited with its own issuer, not a central body', () => {
    const result = importPlans(read('004_1603a95637daf57a.txt'));
    expect(result.plans[0]?.resolutions).toEqual([
      expect.objectContaining({
        reference: '05-NQ/TU',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'Phát triển TP Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
      }),
    ]);
  });

  it('002: reads the three resolutions of the 6th plenum cited by number only, inferring their symbols', () => {
    const result = importPlans(read('002_17d86c001578df32.txt'));
    const refs = result.plans.flatMap((p) => p.resolutions.map((r) => r.reference));
    expect(refs).toEqual(expect.arrayContaining(['27-NQ/TW', '28-NQ/TW', '29-NQ/TW']));
    const inferred = result.issues.filter((i) => i.code === 'import/inferred-symbol');
    expect(inferred.length).toBeGreaterThanOrEqual(3);
    expect(inferred[0]?.severity).toBe('info');
    const r27 = result.plans[0]?.resolutions.find((r) => r.reference === '27-NQ/TW');
    expect(r27?.term).toBe('XIII');
    expect(r27?.plenum).toBe(6);
  });
});
