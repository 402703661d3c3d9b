import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validPlan } from '../../test/arbitraries.js';
import { addCalendarDays } from '../calendar/iso-date.js';
import { plan985KhHndt } from '../examples/plan-985-kh-hndt.js';
import { planNq58Province } from '../examples/plan-nq58-province.js';
import type { DeepMutable } from '../index.js';
import type { Plan } from '../model/plan.js';
import { diffPlans, type PlanChange } from './diff-plans.js';

/** A deep copy (the plan model is plain JSON). */
const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;

const brief = (c: PlanChange) => [c.kind, c.part, c.key, 'field' in c ? c.field : null];

describe('diffPlans: 985-KH/HNDT and an amended version', () => {
  const amended = copy(plan985KhHndt);
  amended.sessions[1]!.deadline = { kind: 'by', date: '2020-09-30' };
  amended.sessions[2]!.deadline = { kind: 'within', month: '2020-11' };
  amended.recipients.splice(4, 1);
  const diff = diffPlans(plan985KhHndt, amended);

  it('names the two moved deadlines and the removed recipient, nothing else', () => {
    expect(diff.issues).toEqual([]);
    expect(diff.changes.map(brief)).toEqual([
      ['deadline-moved', 'session', 's-district', 'deadline'],
      ['deadline-moved', 'session', 's-commune', 'deadline'],
      ['removed', 'recipient', 'Các Ban, TT tỉnh Hội', null],
    ]);
  });

  it('gives each move its rules, last days and days, and a sentence in both languages', () => {
    const [district, commune, recipient] = diff.changes;
    expect(district).toMatchObject({
      from: { kind: 'by', date: '2020-09-15' },
      to: { kind: 'by', date: '2020-09-30' },
      fromDate: '2020-09-15',
      toDate: '2020-09-30',
      days: 15,
      a: '/sessions/1/deadline',
      b: '/sessions/1/deadline',
    });
    expect(district?.message.vi).toBe(
      'Hội nghị Hội Nông dân các huyện, thị, thành phố: thời hạn dời từ “hoàn thành trước ngày 15/9/2020” sang “hoàn thành trước ngày 30/9/2020” (muộn hơn 15 ngày).',
    );
    expect(district?.message.en).toBe(
      'Session of Hội Nông dân các huyện, thị, thành phố: deadline moved from “by 15 September 2020” to “by 30 September 2020” (15 days later).',
    );
    expect(commune).toMatchObject({ fromDate: '2020-10-15', toDate: '2020-11-30', days: 46 });
    expect(commune?.after?.vi).toBe('trong tháng 11/2020');
    expect(recipient).toMatchObject({
      a: '/recipients/4',
      b: null,
      before: { vi: 'Các Ban, TT tỉnh Hội (C/đ)' },
      value: { name: 'Các Ban, TT tỉnh Hội', purpose: 'direct' },
    });
    expect(recipient?.message.vi).toBe('Bỏ nơi nhận: Các Ban, TT tỉnh Hội.');
  });

  it('summarises both plans and is plain JSON', () => {
    expect(diff.a).toEqual({
      reference: '985-KH/HNDT',
      date: '2020-09-03',
      issuer: 'BCH HND TỈNH THANH HOÁ',
      title: plan985KhHndt.header.title,
    });
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    expect(copy(diff)).toEqual(diff);
  });
});

describe('diffPlans: parts and matching', () => {
  it('reports header fields, text items, audiences, tiers and the signature', () => {
    const b = copy(plan985KhHndt);
    b.header.reference = '1012-KH/HNDT';
    b.header.date = '2020-10-01';
    b.purposes = [...b.purposes!, 'Mục đích bổ sung.'];
    b.requirements![1] = 'Yêu cầu viết lại.';
    b.audiences[1]!.name = 'Ban Chấp hành huyện Hội';
    b.tiers[2]!.name = 'Cơ sở Hội';
    b.signature!.name = 'Nguyễn Văn B';
    b.sessions[0]!.method = 'in-person';
    b.sessions[1]!.duration = { halfDays: 2 };
    expect(diffPlans(plan985KhHndt, b).changes.map(brief)).toEqual([
      ['changed', 'header', 'reference', 'reference'],
      ['changed', 'header', 'date', 'date'],
      ['added', 'text', 'purposes', null],
      ['changed', 'text', 'requirements', 'text'],
      ['changed', 'tier', 'commune', 'name'],
      ['changed', 'audience', 'aud-district', 'name'],
      ['changed', 'session', 's-province', 'method'],
      ['changed', 'session', 's-district', 'duration'],
      ['changed', 'signature', 'signature', 'name'],
    ]);
    const method = diffPlans(plan985KhHndt, b).changes.find((c) => c.key === 's-province');
    expect(method?.message.vi).toBe(
      'Hội nghị Cấp tỉnh: phương thức đổi từ “trực tuyến” thành “tập trung”.',
    );
  });

  it('does not report a reordered recipient list; matches names whatever their case or diacritics', () => {
    const b = copy(plan985KhHndt);
    b.recipients.reverse();
    b.recipients[0] = { ...b.recipients[0]!, name: 'vp - tg' };
    expect(diffPlans(plan985KhHndt, b).changes.map(brief)).toEqual([
      ['changed', 'recipient', 'VP - TG', 'name'],
    ]);
  });

  it('matches sessions of two imports by tier when their ids differ', () => {
    const b = copy(plan985KhHndt);
    b.sessions = b.sessions.map((s, i) => ({ ...s, id: `session-${i}` }));
    const changes = diffPlans(plan985KhHndt, b).changes;
    expect(
      changes.every((c) => c.kind === 'changed' && c.part === 'session' && c.field === 'id'),
    ).toBe(true);
    expect(changes).toHaveLength(3);
  });

  it('adds and removes whole entities', () => {
    const b = copy(planNq58Province);
    b.sessions.push({ ...b.sessions[1]!, id: 's-new', title: 'Hội nghị bổ sung' });
    b.materials.splice(1, 1);
    b.deliverables = b.deliverables.filter((d) => d.kind !== 'action-plan');
    expect(diffPlans(planNq58Province, b).changes.map(brief)).toEqual([
      ['removed', 'material', 'mat-scheme', null],
      ['added', 'session', 's-new', null],
      ['removed', 'deliverable', 'action-plan', null],
    ]);
  });

  it('reports inputs that are not plans as issues, never throws', () => {
    const r = diffPlans(plan985KhHndt, { header: 1 } as unknown as Plan);
    expect(r.changes).toEqual([]);
    expect(r.a?.reference).toBe('985-KH/HNDT');
    expect(r.b).toBeNull();
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.path[0] === 'b')).toBe(true);
  });
});

// --- Properties -----------------------------------------------------------------

/** A mutation of a plan and the change it must be named by. */
type Mutation = (p: Plan) => [string, string, string, string | null] | null;

const MUTATIONS: Record<string, Mutation> = {
  moveDeadline: (p) => {
    const s = p.sessions.at(-1);
    if (!s) return null;
    s.deadline = {
      kind: 'by',
      date: addCalendarDays(p.header.date ?? '2020-01-01', 400) ?? '2099-12-31',
    };
    return ['deadline-moved', 'session', s.id, 'deadline'];
  },
  method: (p) => {
    const s = p.sessions[0];
    if (!s) return null;
    s.method = s.method === 'broadcast' ? 'self-study' : 'broadcast';
    return ['changed', 'session', s.id, 'method'];
  },
  duration: (p) => {
    const s = p.sessions[0];
    if (!s) return null;
    s.duration = { halfDays: s.duration.halfDays + 7 };
    return ['changed', 'session', s.id, 'duration'];
  },
  audienceName: (p) => {
    const a = p.audiences[0];
    if (!a) return null;
    a.name = `${a.name} (sửa)`;
    return ['changed', 'audience', a.id, 'name'];
  },
  addSession: (p) => {
    const s = p.sessions[0];
    if (!s) return null;
    p.sessions.push({ ...copy(s), id: 'added-session', title: 'Hội nghị thêm' });
    return ['added', 'session', 'added-session', null];
  },
  removeMaterial: (p) => {
    // One no session names, so that removing it changes nothing else.
    let i = p.materials.length - 1;
    while (i >= 0 && p.sessions.some((s) => s.materials?.includes(p.materials[i]!.id))) i--;
    if (i < 0) return null;
    const [m] = p.materials.splice(i, 1);
    return ['removed', 'material', m!.id, null];
  },
  removeDeliverable: (p) => {
    const d = p.deliverables.shift();
    if (!d) return null;
    return ['removed', 'deliverable', d.id, null];
  },
  removeRecipient: (p) => {
    const r = p.recipients.pop();
    return r ? ['removed', 'recipient', r.name, null] : null;
  },
  addRecipient: (p) => {
    p.recipients.unshift({ name: 'Nơi nhận được thêm', purpose: 'inform' });
    return ['added', 'recipient', 'Nơi nhận được thêm', null];
  },
  date: (p) => {
    p.header.date = addCalendarDays(p.header.date ?? '2020-01-01', 1) ?? '2099-12-31';
    return ['changed', 'header', 'date', 'date'];
  },
  reference: (p) => {
    p.header.reference = `9${p.header.reference}`;
    return ['changed', 'header', 'reference', 'reference'];
  },
  purpose: (p) => {
    p.purposes = [...(p.purposes ?? []), 'Một mục đích mới.'];
    return ['added', 'text', 'purposes', null];
  },
  signer: (p) => {
    if (!p.signature) return null;
    p.signature = { ...p.signature, name: `${p.signature.name ?? ''} Mới`.trim() };
    return ['changed', 'signature', 'signature', 'name'];
  },
};

describe('diffPlans: properties', () => {
  const plans = fc.oneof(validPlan, fc.constant(plan985KhHndt), fc.constant(planNq58Province));

  it('a plan against itself, or a copy of itself, has no change', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expect(diffPlans(plan, plan).changes).toEqual([]);
        expect(diffPlans(plan, copy(plan)).changes).toEqual([]);
      }),
    );
  });

  it('names every mutation made to a plan, each exactly once', () => {
    fc.assert(
      fc.property(plans, fc.subarray(Object.keys(MUTATIONS), { minLength: 1 }), (plan, names) => {
        const b = copy(plan);
        const expected = names.map((n) => MUTATIONS[n]!(b)).filter((x) => x !== null);
        const changes = diffPlans(plan, b).changes.map(brief);
        expect(changes).toHaveLength(expected.length);
        for (const e of expected) expect(changes).toContainEqual(e);
      }),
      { numRuns: 200 },
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const b = copy(plan);
        MUTATIONS.moveDeadline!(b);
        const before = [JSON.stringify(plan), JSON.stringify(b)];
        diffPlans(plan, b);
        expect([JSON.stringify(plan), JSON.stringify(b)]).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
