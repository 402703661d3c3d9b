// Generated unit trees and a two-level plan for the tests of derivePlan and
// checkAgainstUpper (issue 20). The district names of Thanh Hóa are real (the
// 27 district-level units of 2020, when 985-KH/HNDT was issued); the commune
// unions below them are generated. The two-level province's communes are
// generated too (core cannot depend on @rollout/vn-units); the CLI's tests run
// the same round over the real communes.
import type { Plan, Unit } from '../packages/core/src/index.js';

/** The 27 district-level units of Thanh Hóa in September 2020: 2 cities, 2 towns, 23 districts. */
export const THANH_HOA_DISTRICTS_2020: readonly { readonly kind: string; readonly name: string }[] =
  [
    { kind: 'thành phố', name: 'Thanh Hóa' },
    { kind: 'thành phố', name: 'Sầm Sơn' },
    { kind: 'thị xã', name: 'Bỉm Sơn' },
    { kind: 'thị xã', name: 'Nghi Sơn' },
    ...[
      'Bá Thước',
      'Cẩm Thủy',
      'Đông Sơn',
      'Hà Trung',
      'Hậu Lộc',
      'Hoằng Hóa',
      'Lang Chánh',
      'Mường Lát',
      'Nga Sơn',
      'Ngọc Lặc',
      'Như Thanh',
      'Như Xuân',
      'Nông Cống',
      'Quan Hóa',
      'Quan Sơn',
      'Quảng Xương',
      'Thạch Thành',
      'Thiệu Hóa',
      'Thọ Xuân',
      'Thường Xuân',
      'Triệu Sơn',
      'Vĩnh Lộc',
      'Yên Định',
    ].map((name) => ({ kind: 'huyện', name })),
  ];

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The Farmers' Union of Thanh Hóa as a unit tree: the provincial union, its 27
 * district unions (real names) and, under each, 8–20 generated commune unions.
 */
export function thanhHoaFarmersUnionTree(): Unit[] {
  const units: Unit[] = [
    { id: 'hnd-thanh-hoa', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province' },
  ];
  THANH_HOA_DISTRICTS_2020.forEach(({ kind, name }, i) => {
    const id = `hnd-${slug(name)}${kind === 'huyện' ? '' : `-${slug(kind)}`}`;
    units.push({
      id,
      name: `Hội Nông dân ${kind} ${name}`,
      level: 'district',
      parent: 'hnd-thanh-hoa',
    });
    const communes = 8 + ((i * 7) % 13);
    for (let c = 1; c <= communes; c++) {
      units.push({
        id: `${id}-xa-${c}`,
        name: `Hội Nông dân xã ${name} ${c}`,
        level: 'commune',
        parent: id,
      });
    }
  });
  return units;
}

/**
 * A province of the two-level era (since 1 July 2025) as a Party unit tree:
 * the provincial committee and `communes` generated commune committees.
 */
export function twoLevelProvinceTree(communes = 166): Unit[] {
  const units: Unit[] = [{ id: 'tu-thanh-hoa', name: 'Tỉnh ủy Thanh Hóa', level: 'province' }];
  for (let c = 1; c <= communes; c++) {
    units.push({
      id: `du-xa-${c}`,
      name: c % 9 === 0 ? `Đảng ủy phường Số ${c}` : `Đảng ủy xã Số ${c}`,
      level: 'commune',
      parent: 'tu-thanh-hoa',
    });
  }
  return units;
}

/**
 * A provincial Party plan of the two-level era: province → commune → party
 * cell, for resolutions 66-NQ/TW and 68-NQ/TW of 2025. The communes study by
 * 30/9/2025, the party cells within 10 working days after their commune; each
 * commune issues its action plan within 15 days after its session and reports
 * to the provincial propaganda board.
 */
export function twoLevelProvincePlan(): Plan {
  return {
    header: {
      issuer: { name: 'TỈNH ỦY THANH HÓA', parent: 'ĐẢNG BỘ TỈNH THANH HÓA', kind: 'party' },
      motto: 'party',
      reference: '45-KH/TU',
      place: 'Thanh Hóa',
      date: '2025-08-04',
      title:
        'Học tập, quán triệt và triển khai thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị',
    },
    intro:
      'Thực hiện Hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch học tập, quán triệt và triển khai thực hiện các nghị quyết trong toàn Đảng bộ tỉnh như sau.',
    resolutions: [
      {
        id: 'nq-66',
        kind: 'resolution',
        reference: '66-NQ/TW',
        issuedOn: '2025-04-30',
        issuer: 'Bộ Chính trị',
        title:
          'Về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới',
      },
      {
        id: 'nq-68',
        kind: 'resolution',
        reference: '68-NQ/TW',
        issuedOn: '2025-05-04',
        issuer: 'Bộ Chính trị',
        title: 'Về phát triển kinh tế tư nhân',
      },
    ],
    purposes: [
      'Giúp cán bộ, đảng viên nắm vững quan điểm, mục tiêu, nhiệm vụ và giải pháp của các nghị quyết, tạo sự thống nhất cao trong nhận thức và hành động của các cấp ủy, tổ chức đảng trong tỉnh.',
    ],
    requirements: [
      'Các cấp ủy, tổ chức đảng tổ chức học tập nghiêm túc, thiết thực, gắn với chương trình hành động của cấp mình; người đứng đầu cấp ủy trực tiếp quán triệt và chịu trách nhiệm về chất lượng học tập.',
    ],
    tiers: [
      { id: 'province', level: 'province', name: 'Cấp tỉnh' },
      { id: 'commune', level: 'commune', name: 'Cấp xã', unitKinds: ['Đảng ủy xã, phường'] },
      { id: 'branch', level: 'branch', name: 'Chi bộ' },
    ],
    audiences: [
      {
        id: 'aud-province',
        tier: 'province',
        name: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ban, ngành',
      },
      {
        id: 'aud-commune',
        tier: 'commune',
        name: 'Ban Chấp hành Đảng bộ xã, bí thư các chi bộ, cán bộ chủ chốt của xã',
        members: ['Ban Chấp hành Đảng bộ xã', 'bí thư các chi bộ', 'cán bộ chủ chốt của xã'],
      },
      { id: 'aud-branch', tier: 'branch', name: 'Toàn thể đảng viên' },
    ],
    materials: [
      {
        id: 'mat-66',
        kind: 'resolution',
        resolution: 'nq-66',
        title: 'Nghị quyết số 66-NQ/TW, ngày 30/4/2025 của Bộ Chính trị',
      },
      {
        id: 'mat-68',
        kind: 'resolution',
        resolution: 'nq-68',
        title: 'Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị',
      },
      {
        id: 'mat-province-programme',
        kind: 'action-plan',
        issuer: 'Tỉnh ủy Thanh Hóa',
        deliverable: 'action-plan',
        title: 'Chương trình hành động của Tỉnh ủy Thanh Hóa thực hiện các nghị quyết',
      },
    ],
    sessions: [
      {
        id: 's-province',
        tier: 'province',
        audiences: ['aud-province'],
        method: 'online',
        duration: { halfDays: 2 },
        deadline: { kind: 'held', date: '2025-08-12' },
        bridgePoints: { count: 167 },
      },
      {
        id: 's-commune',
        tier: 'commune',
        audiences: ['aud-commune'],
        method: 'in-person',
        duration: { halfDays: 1 },
        deadline: { kind: 'by', date: '2025-09-30' },
      },
      {
        id: 's-branch',
        tier: 'branch',
        audiences: ['aud-branch'],
        method: 'in-person',
        duration: { halfDays: 1 },
        deadline: { kind: 'after', ref: 's-commune', days: 10, calendar: 'working' },
      },
    ],
    deliverables: [
      { id: 'reflection', kind: 'reflection', per: 'attendee', countsInEvaluation: true },
      {
        id: 'action-plan',
        kind: 'action-plan',
        per: 'unit',
        due: { kind: 'after', ref: 's-commune', days: 15, calendar: 'calendar' },
        tier: 'commune',
      },
      {
        id: 'report',
        kind: 'report',
        tier: 'commune',
        per: 'unit',
        recurrence: 'once',
        submitTo: 'Tỉnh ủy qua Ban Tuyên giáo và Dân vận Tỉnh ủy',
        due: { kind: 'by', date: '2025-10-15' },
      },
    ],
    implementation: [
      {
        actor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
        text: 'Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn, theo dõi, đôn đốc và tổng hợp kết quả học tập, báo cáo Ban Thường vụ Tỉnh ủy.',
      },
    ],
    recipients: [
      { name: 'Ban Tuyên giáo và Dân vận Trung ương', purpose: 'report' },
      { name: 'Các đảng ủy xã, phường', purpose: 'implement' },
      { name: 'Văn phòng Tỉnh ủy', purpose: 'archive' },
    ],
    signature: {
      mode: 'on-behalf',
      authority: 'Ban Thường vụ',
      title: 'Bí thư',
      name: 'Nguyễn Văn A',
    },
  };
}
