import { type Plan, parentSessionOf, parsePlan, schedule, tierPreset } from '@rollout/core';

// A plan issued after 1 July 2025: the preset for its date has no district.
const tiers = tierPreset(undefined, '2025-09-01');
console.log(tiers.map((t) => t.level).join(' → ')); // province → commune → branch

const plan: Plan = {
  header: {
    issuer: { name: 'TỈNH ỦY THANH HÓA', parent: 'ĐẢNG BỘ TỈNH THANH HÓA', kind: 'party' },
    motto: 'party',
    reference: '45-KH/TU',
    place: 'Thanh Hóa',
    date: '2025-09-01',
    title: 'Học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh',
  },
  resolutions: [
    {
      id: 'nq',
      kind: 'resolution',
      reference: '01-NQ/ĐH',
      issuedOn: '2025-08-20',
      issuer: 'Đại hội Đảng bộ tỉnh',
    },
  ],
  tiers: tiers.slice(0, 2),
  audiences: [
    { id: 'aud-province', tier: 'province', name: 'Ban Chấp hành Đảng bộ tỉnh' },
    { id: 'aud-commune', tier: 'commune', name: 'Đảng ủy các xã, phường' },
  ],
  materials: [],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      audiences: ['aud-province'],
      method: 'online',
      bridgePoints: { count: 166 },
      duration: { halfDays: 2 },
      deadline: { kind: 'held', date: '2025-09-10' },
    },
    {
      id: 's-commune',
      tier: 'commune',
      audiences: ['aud-commune'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'within', month: '2025-09' },
    },
  ],
  deliverables: [],
  recipients: [{ name: 'Các đảng ủy xã, phường', purpose: 'implement' }],
  signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Bí thư' },
};

const result = parsePlan(plan);
console.log(result.success); // true
const commune = plan.sessions[1];
if (commune) console.log(parentSessionOf(plan, commune)?.id); // s-province: no district in between

// A tree carried over from before the reform still has a district: it is reported, not guessed at.
const units = [
  { id: 'th', name: 'Tỉnh ủy Thanh Hóa', level: 'province' as const },
  { id: 'old-district', name: 'Huyện ủy (cũ)', level: 'district' as const, parent: 'th' },
  { id: 'xa', name: 'Đảng ủy xã', level: 'commune' as const, parent: 'th' },
];
console.log(
  schedule(plan, { units })
    .issues.map((i) => i.code)
    .join(', '),
); // cascade/unit-without-tier
