import { describe, expect, it } from 'vitest';
import { plan985KhHndt } from '../examples/plan-985-kh-hndt.js';
import { clonePlan } from '../index.js';
import type { Plan } from '../model/plan.js';
import { findCopies, sentences } from './copies.js';

const options = { threshold: 0.8, minWords: 8 };
const lowerWith = (parts: Partial<Plan>): Plan => ({
  ...clonePlan(plan985KhHndt),
  intro: undefined as never,
  purposes: [],
  requirements: [],
  content: [],
  methodNotes: [],
  actionPlanNotes: [],
  implementation: [],
  ...parts,
});

describe('sentences', () => {
  it('splits at . ; : ! ? and line breaks, drops list markers, folds case, marks and numbers', () => {
    const text = '- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.\n2. Cấp xã; HỌC TẬP';
    const list = sentences(text);
    expect(list.map((s) => text.slice(s.start, s.end))).toEqual([
      'Thời gian:',
      '½ ngày, hoàn thành trước ngày 15/9/2020.',
      'Cấp xã;',
      'HỌC TẬP',
    ]);
    expect(list[1]?.words).toEqual(['0', 'ngay', 'hoan', 'thanh', 'truoc', 'ngay', '0', '0', '0']);
    expect(list[3]?.words).toEqual(['hoc', 'tap']);
  });

  it('reads NFD text as NFC', () => {
    const nfd = 'Học tập nghị quyết'.normalize('NFD');
    expect(sentences(nfd)[0]?.words).toEqual(['hoc', 'tap', 'nghi', 'quyet']);
  });
});

describe('findCopies', () => {
  const section = plan985KhHndt.actionPlanNotes![1]!;

  it('finds a copied item, with its span in the item and the upper sentence', () => {
    const lower = lowerWith({ content: ['Nội dung riêng của huyện.', section] });
    const copies = findCopies(lower, clonePlan(plan985KhHndt), options);
    expect(copies).toHaveLength(1);
    const c = copies[0]!;
    expect(c.path).toEqual(['content', 1]);
    expect(c.upperPath).toEqual(['actionPlanNotes', 1]);
    expect(c.inSource).toBe(false);
    expect(section.slice(c.start, c.end)).toBe(section.trim());
    expect(c.sentences).toBe(3);
    expect(c.similarity).toBe(1);
    expect(c.share).toBe(1);
  });

  it('still finds it after retyping: case, spacing, punctuation, numbers and NFD', () => {
    const retyped = section
      .toUpperCase()
      .replace(/,/g, ' ,')
      .replace(/2020-2025/g, '2021-2026')
      .normalize('NFD');
    const copies = findCopies(
      lowerWith({ purposes: [retyped] }),
      clonePlan(plan985KhHndt),
      options,
    );
    expect(copies.map((c) => [c.path, c.sentences, c.similarity])).toEqual([
      [['purposes', 0], 3, 1],
    ]);
  });

  it('does not flag the same subject in the unit’s own words', () => {
    const own =
      'Hội Nông dân huyện Nga Sơn tổ chức cho cán bộ, hội viên ở 27 xã tìm hiểu Nghị quyết 58 qua các buổi sinh hoạt chi hội, gắn với phong trào nông dân sản xuất, kinh doanh giỏi của địa phương.';
    expect(findCopies(lowerWith({ content: [own] }), clonePlan(plan985KhHndt), options)).toEqual(
      [],
    );
  });

  it('judges only sentences of at least minWords words, and only the own prose', () => {
    const short = 'Làm rõ trách nhiệm các cấp hội.';
    expect(findCopies(lowerWith({ content: [short] }), clonePlan(plan985KhHndt), options)).toEqual(
      [],
    );
    // Audiences, materials, notes of sessions are carried down: not judged.
    const carried = lowerWith({});
    expect(findCopies(carried, clonePlan(plan985KhHndt), options)).toEqual([]);
  });

  it('keeps a sentence whose share of shared word triples is under the threshold', () => {
    const half = `${plan985KhHndt.content![2]!.slice(0, 70)} trên địa bàn huyện miền núi, gắn với việc giữ gìn bản sắc văn hóa các dân tộc và phát triển rừng bền vững.`;
    const strict = findCopies(lowerWith({ content: [half] }), clonePlan(plan985KhHndt), options);
    const loose = findCopies(lowerWith({ content: [half] }), clonePlan(plan985KhHndt), {
      ...options,
      threshold: 0.3,
    });
    expect(strict).toEqual([]);
    expect(loose).toHaveLength(1);
    expect(loose[0]!.similarity).toBeGreaterThan(0.3);
    expect(loose[0]!.similarity).toBeLessThan(0.8);
  });

  it('does not count the subject both plans share, nor the opening that cites the upper plan', () => {
    const subject = `Tổ chức học tập, quán triệt ${plan985KhHndt.header.title}.`;
    const citing =
      'Thực hiện Kế hoạch số 985-KH/HNDT của Hội Nông dân tỉnh, để Nghị quyết thấm sâu, lan tỏa và nhanh chóng đi vào cuộc sống của cán bộ, hội viên, nông dân và các tầng lớp nhân dân, Ban Thường vụ Hội Nông dân huyện ban hành kế hoạch như sau:';
    const loose = { ...options, threshold: 0.5 };
    const opening = lowerWith({ content: [subject], intro: citing });
    expect(findCopies(opening, clonePlan(plan985KhHndt), loose)).toEqual([]);
    // The same sentence elsewhere than the opening is judged.
    expect(
      findCopies(lowerWith({ content: [citing] }), clonePlan(plan985KhHndt), loose),
    ).toHaveLength(1);
  });

  it('maps spans into the source text when the import gave them', () => {
    const text = `KẾ HOẠCH\n\n1. Nội dung học tập\n- ${section}\n`;
    const start = text.indexOf(section);
    const lower = lowerWith({ content: [section] });
    const copies = findCopies(lower, clonePlan(plan985KhHndt), {
      ...options,
      source: {
        text,
        sources: { '/content/0': { start: start - 2, end: start + section.length } },
      },
    });
    expect(copies).toHaveLength(1);
    expect(copies[0]!.inSource).toBe(true);
    expect(text.slice(copies[0]!.start, copies[0]!.end)).toBe(section);
  });
});
