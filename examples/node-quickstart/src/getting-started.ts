import { type Plan, parsePlan, schedule } from '@rollout/core';

const plan: Plan = {
  header: {
    issuer: {
      name: 'BCH HỘI NÔNG DÂN TỈNH',
      parent: 'HỘI NÔNG DÂN VIỆT NAM',
      kind: 'mass-organisation',
    },
    motto: 'state',
    reference: '12-KH/HNDT',
    place: 'Thanh Hóa',
    date: '2020-09-03',
    title: 'Học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị',
  },
  resolutions: [
    {
      id: 'nq-58',
      kind: 'resolution',
      reference: '58-NQ/TW',
      issuedOn: '2020-08-05',
      issuer: 'Bộ Chính trị',
    },
  ],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    { id: 'district', level: 'district', name: 'Cấp huyện' },
  ],
  audiences: [
    { id: 'aud-province', tier: 'province', name: 'Ban Chấp hành Tỉnh hội' },
    { id: 'aud-district', tier: 'district', name: 'Ban Chấp hành huyện Hội' },
  ],
  materials: [],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      audiences: ['aud-province'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-10' },
    },
    {
      id: 's-district',
      tier: 'district',
      audiences: ['aud-district'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-30' },
    },
  ],
  deliverables: [{ id: 'action-plan', kind: 'action-plan', per: 'unit' }],
  recipients: [{ name: 'Các huyện Hội', purpose: 'implement' }],
  signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Chủ tịch' },
};

const result = parsePlan(plan);
console.log(
  result.success,
  result.issues.map((i) => i.code),
); // true []
console.log(schedule(plan).nodes.map((n) => `${n.activity}@${n.tier} ${n.earliest} → ${n.latest}`));
