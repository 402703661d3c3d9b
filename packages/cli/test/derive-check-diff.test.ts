import type { DeepMutable } from '@rollout/core';
// `rollout derive`, `rollout check`, `rollout diff` (issue 20), and the round the
// issue is checked by: a district plan derived from 985-KH/HNDT, rendered to
// DOCX, imported back and checked against 985-KH/HNDT.
import { type Plan, plan985KhHndt, planNq58Province } from '@rollout/core';
import { renderText } from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { parsePlanJson, stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;
const units = thanhHoaFarmersUnionTree();
const upperFile = stringifyPlan(plan985KhHndt, { pretty: true });
const unitsFile = JSON.stringify({ units });

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  const f = fakeIo(files);
  const code = await runCli(argv, f.io);
  return { code, out: f.out(), err: f.err(), f };
}

/** The Nga Sơn district union's draft, as `rollout derive` writes it. */
async function ngaSon(): Promise<Plan> {
  const r = await run(
    [
      'derive',
      'upper.json',
      '--unit',
      'hnd-nga-son',
      '--units',
      'units.json',
      '-o',
      'nga-son.json',
    ],
    { 'upper.json': upperFile, 'units.json': unitsFile },
  );
  expect(r.code).toBe(0);
  const read = parsePlanJson(r.f.writtenText('nga-son.json') ?? '');
  if (!read.success) throw new Error(JSON.stringify(read.issues));
  return read.data;
}

interface CheckJson {
  fits: boolean;
  lower: { file: string; read: string; plan: number };
  issues: { code: string; severity: string; path: (string | number)[]; message: string }[];
  copies: {
    path: (string | number)[];
    start: number;
    end: number;
    inSource: boolean;
    text: string;
  }[];
}

async function check(file: string, data: string | Uint8Array, ...extra: string[]) {
  const r = await run(['check', file, '--against', 'upper.json', '--format', 'json', ...extra], {
    [file]: data,
    'upper.json': upperFile,
  });
  return { ...r, doc: r.out ? (JSON.parse(r.out) as CheckJson) : undefined };
}

describe('rollout derive', () => {
  it('writes the draft as a plan file and says what the clerk must write', async () => {
    const r = await run(
      [
        'derive',
        'upper.json',
        '--unit',
        'hnd-nga-son',
        '--units',
        'units.json',
        '-o',
        'out.json',
        '--issued-on',
        '2020-09-08',
      ],
      { 'upper.json': upperFile, 'units.json': unitsFile },
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const text = r.f.writtenText('out.json')!;
    expect(JSON.parse(text).format).toBe('rollout/plan');
    const plan = parsePlanJson(text);
    expect(plan.success).toBe(true);
    if (!plan.success) return;
    expect(plan.data.header).toMatchObject({
      issuer: { name: 'BCH HỘI NÔNG DÂN HUYỆN NGA SƠN' },
      reference: '-KH/HNDH',
      date: '2020-09-08',
    });
    expect(r.out).toMatch(/^Dự thảo kế hoạch của BCH HỘI NÔNG DÂN HUYỆN NGA SƠN: \d+ giá trị/);
    expect(r.out).toContain('/purposes: Viết mục đích');
  });

  it('prints the plan file on standard output without -o, the summary on standard error', async () => {
    const r = await run(['derive', 'upper.json', '--tier', 'commune', '--lang', 'en'], {
      'upper.json': upperFile,
    });
    expect(r.code).toBe(0);
    expect(parsePlanJson(r.out).success).toBe(true);
    expect(r.err).toMatch(/^Draft plan of ………: /);
  });

  it('--format json: one document with the plan file, what was derived and the blanks', async () => {
    const r = await run(
      [
        'derive',
        'upper.json',
        '--unit',
        'hnd-nga-son',
        '--units',
        'units.json',
        '--format',
        'json',
      ],
      { 'upper.json': upperFile, 'units.json': unitsFile },
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['plan', 'derived', 'blanks', 'issues']);
    expect(doc.plan.format).toBe('rollout/plan');
    expect(doc.derived).toContainEqual(
      expect.objectContaining({
        path: '/header/issuer/name',
        source: 'unit',
        note: expect.any(String),
      }),
    );
    expect(doc.blanks.map((b: { path: string }) => b.path)).toContain('/header/date');
    expect(doc.issues).toEqual([]);
  });

  it.each([
    [['derive', 'upper.json'], /usage: rollout derive/],
    [['derive', 'upper.json', '--unit', 'x'], /--unit needs --units|--unit cần --units/],
    [['derive', 'upper.json', '--tier', 'district', '--issued-on', '3/9/2020'], /--issued-on/],
    [['derive', 'upper.json', '--tier', 'district', '--format', 'md'], /--format/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await run(argv, { 'upper.json': upperFile });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('an unknown unit or a tier that is not below is exit 2 with its issue', async () => {
    const r = await run(['derive', 'upper.json', '--unit', 'nowhere', '--units', 'units.json'], {
      'upper.json': upperFile,
      'units.json': unitsFile,
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('derive/unknown-unit');
    const top = await run(['derive', 'upper.json', '--tier', 'province'], {
      'upper.json': upperFile,
    });
    expect(top.code).toBe(2);
    expect(top.err).toContain('derive/not-below');
  });

  it('an invalid upper plan is exit 1, nothing written', async () => {
    const bad = copy(plan985KhHndt) as Plan;
    bad.sessions[1]!.tier = 'nowhere';
    const r = await run(['derive', 'upper.json', '--tier', 'district', '-o', 'x.json'], {
      'upper.json': stringifyPlan(bad),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('ref/unknown-tier');
    expect(r.f.written.size).toBe(0);
  });
});

describe('rollout check', () => {
  it('a derived plan fits (exit 0), as JSON and as text', async () => {
    const plan = await ngaSon();
    const r = await check('nga-son.json', stringifyPlan(plan));
    expect(r.code).toBe(0);
    expect(r.doc).toEqual({
      fits: true,
      lower: { file: 'nga-son.json', read: 'json', plan: 1 },
      issues: [],
      copies: [],
    });
    const text = await run(['check', 'nga-son.json', '--against', 'upper.json'], {
      'nga-son.json': stringifyPlan(plan),
      'upper.json': upperFile,
    });
    expect(text.out).toBe('nga-son.json: phù hợp với kế hoạch cấp trên upper.json.\n');
  });

  it('a late deadline does not fit (exit 1), with the code, path and message', async () => {
    const plan = await ngaSon();
    plan.sessions[0]!.deadline = { kind: 'by', date: '2020-09-16' };
    const r = await check('late.json', stringifyPlan(plan), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.doc?.fits).toBe(false);
    expect(r.doc?.issues).toEqual([
      {
        code: 'check/deadline-later',
        severity: 'error',
        path: ['sessions', 0, 'deadline'],
        params: {
          activity: 's-district',
          label: 'Hội nghị học tập, quán triệt',
          labelEn: 'The study session',
          lowerDeadline: '2020-09-16',
          tier: 'Hội Nông dân huyện Nga Sơn',
          upperDeadline: '2020-09-15',
        },
        message:
          'The deadline of "The study session" at tier "Hội Nông dân huyện Nga Sơn" is 16 September 2020, later than the upper plan allows (15 September 2020).',
      },
    ]);
  });

  it('checks a plan’s text (.txt), and lists a lower plan file’s own validation errors', async () => {
    const plan = await ngaSon();
    const txt = await check('nga-son.txt', renderText(plan));
    expect(txt.code).toBe(0);
    expect(txt.doc?.lower.read).toBe('text');
    const broken = copy(plan);
    broken.sessions[1]!.audiences = ['nobody'];
    const r = await check('broken.json', stringifyPlan(broken));
    expect(r.code).toBe(1);
    expect(r.doc?.issues.map((i) => i.code)).toContain('ref/unknown-audience');
  });

  it('input it cannot use is exit 2', async () => {
    const noAgainst = await run(['check', 'a.json'], { 'a.json': upperFile });
    expect(noAgainst.code).toBe(2);
    const notPlan = await check('x.json', '{"hello": 1}');
    expect(notPlan.code).toBe(2);
    expect(notPlan.err).toMatch(/không phải tệp kế hoạch dùng được/);
    const empty = await check('x.txt', 'Không có gì ở đây.');
    expect(empty.code).toBe(2);
    const second = await check('y.txt', renderText(plan985KhHndt), '--plan', '2');
    expect(second.code).toBe(2);
    expect(second.err).toMatch(/không có kế hoạch thứ 2/);
  });
});

describe('the round of issue 20: derive → DOCX → import → check against 985-KH/HNDT', () => {
  it('the derived district plan, rendered to DOCX and read back, fits', async () => {
    const plan = await ngaSon();
    const r = await check('nga-son.docx', await renderDocx(plan));
    expect(r.doc?.lower.read).toBe('docx');
    expect(r.doc?.issues).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a deadline moved past 15/9/2020 is flagged', async () => {
    const plan = await ngaSon();
    plan.sessions[0]!.deadline = { kind: 'by', date: '2020-09-25' };
    const r = await check('late.docx', await renderDocx(plan));
    expect(r.code).toBe(1);
    expect(r.doc?.issues.map((i) => [i.code, i.path])).toEqual([
      ['check/deadline-later', ['sessions', 0, 'deadline']],
    ]);
  });

  it('the action plan removed is flagged', async () => {
    const plan = await ngaSon();
    plan.deliverables = plan.deliverables.filter((d) => d.kind !== 'action-plan');
    plan.materials = plan.materials.filter((m) => m.deliverable === undefined);
    const r = await check('no-action-plan.docx', await renderDocx(plan));
    expect(r.code).toBe(1);
    expect(new Set(r.doc?.issues.map((i) => i.code))).toEqual(new Set(['check/missing-follow-up']));
    expect(r.doc?.issues.length).toBeGreaterThan(0);
  });

  it('section II copied from the province is flagged, with its spans in the DOCX text', async () => {
    const plan = await ngaSon();
    plan.content = [...plan985KhHndt.content!];
    plan.methodNotes = [...plan985KhHndt.methodNotes!];
    plan.actionPlanNotes = [...plan985KhHndt.actionPlanNotes!];
    const docx = await renderDocx(plan);
    const r = await check('copied.docx', docx);
    expect(r.code).toBe(1);
    const copied = r.doc!.issues.filter((i) => i.code === 'check/copied-text');
    expect(copied.map((i) => i.path[0])).toEqual([
      'content',
      'content',
      'content',
      'methodNotes',
      'methodNotes',
      'actionPlanNotes',
      'actionPlanNotes',
    ]);
    const { docxToText } = await import('@rollout/import');
    const text = await docxToText(docx);
    for (const c of r.doc!.copies) {
      expect(c.inSource).toBe(true);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    // The DOCX keeps symbols whole with non-breaking hyphens and spaces (58‑NQ/TW).
    const plain = (t: string) => t.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
    expect(r.doc!.copies.map((c) => plain(c.text))).toEqual([
      ...plan985KhHndt.content!,
      ...plan985KhHndt.methodNotes!,
      ...plan985KhHndt.actionPlanNotes!,
    ]);
  });
});

describe('rollout diff', () => {
  const amended = copy(plan985KhHndt) as Plan;
  amended.sessions[1]!.deadline = { kind: 'by', date: '2020-09-25' };
  amended.sessions[2]!.deadline = { kind: 'by', date: '2020-10-30' };
  amended.recipients = amended.recipients.filter((r) => r.name !== 'Thường trực tỉnh Hội');
  const files = { 'a.json': upperFile, 'b.json': stringifyPlan(amended, { pretty: true }) };

  it('985-KH/HNDT against a version with two deadlines moved and a recipient removed', async () => {
    const r = await run(['diff', 'a.json', 'b.json'], files);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      '1. Hội nghị Hội Nông dân các huyện, thị, thành phố: thời hạn dời từ “hoàn thành trước ngày 15/9/2020” sang “hoàn thành trước ngày 25/9/2020” (muộn hơn 10 ngày).',
      '2. Hội nghị Hội Nông dân xã, phường, thị trấn, chi Hội: thời hạn dời từ “hoàn thành trước ngày 15/10/2020” sang “hoàn thành trước ngày 30/10/2020” (muộn hơn 15 ngày).',
      '3. Bỏ nơi nhận: Thường trực tỉnh Hội.',
      'a.json → b.json: 3 thay đổi.',
      '',
    ]);
  });

  it('--format json: the changes, typed, with messages in the chosen language', async () => {
    const r = await run(['diff', 'a.json', 'b.json', '--format', 'json', '--lang', 'en'], files);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['a', 'b', 'changes']);
    expect(
      doc.changes.map((c: { kind: string; part: string; key: string }) => [c.kind, c.part, c.key]),
    ).toEqual([
      ['deadline-moved', 'session', 's-district'],
      ['deadline-moved', 'session', 's-commune'],
      ['removed', 'recipient', 'Thường trực tỉnh Hội'],
    ]);
    expect(doc.changes[0]).toMatchObject({
      fromDate: '2020-09-15',
      toDate: '2020-09-25',
      days: 10,
      fieldLabel: 'deadline',
    });
    expect(doc.changes[2].message).toBe('Removed recipient: Thường trực tỉnh Hội.');
  });

  it('--format md and html: the changes side by side', async () => {
    const md = await run(['diff', 'a.json', 'b.json', '--format', 'md'], files);
    expect(md.out).toContain('| 3 | Thường trực tỉnh Hội | Bỏ | Thường trực tỉnh Hội (Biết) | — |');
    const html = await run(['diff', 'a.json', 'b.json', '--format', 'html'], files);
    expect(html.out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.out.match(/<td class="after">/g)).toHaveLength(3);
  });

  it('no change; a plan that does not validate is still compared; a file that is not a plan is exit 2', async () => {
    const same = await run(['diff', 'a.json', 'a.json'], files);
    expect(same.out).toBe('a.json và a.json: không khác nhau.\n');
    const invalid = copy(planNq58Province) as Plan;
    invalid.sessions[0]!.audiences = ['nobody'];
    const r = await run(['diff', 'a.json', 'b.json'], {
      'a.json': stringifyPlan(planNq58Province),
      'b.json': stringifyPlan(invalid),
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. Hội nghị Cấp tỉnh/);
    expect(r.err).toMatch(/b\.json chưa hợp lệ/);
    const bad = await run(['diff', 'a.json', 'c.txt'], { ...files, 'c.txt': 'KẾ HOẠCH' });
    expect(bad.code).toBe(2);
  });
});
