import { type DeepReadonly, deepFreeze } from '../model/deep-readonly.js';
import type { Plan } from '../model/plan.js';

/**
 * A provincial committee's plan under the two-level local government (province →
 * commune, no district), for the Politburo's resolutions 79-NQ/TW and 80-NQ/TW
 * of January 2026: **modelled**, not a real text.
 *
 * @remarks No real 2025–26 plan with per-tier deadlines is in the corpus, so this
 * one is written in the style of the real plans (985-KH/HNDT, the provincial plan
 * for 58-NQ/TW) for the facts of the period: the two resolutions are real
 * (79-NQ/TW of 6/1/2026 on the state economy, 80-NQ/TW of 7/1/2026 on Vietnamese
 * culture, Politburo of the XIIIth term), the national online conference of the
 * Secretariat is the province tier's session, and the tiers are those of the
 * two-level preset: *cấp tỉnh*; *cấp xã và tương đương* (the commune and ward
 * party committees and the committees directly under the province committee,
 * which since 1/7/2025 are not a district tier); *chi bộ*. Its number is left
 * blank (`-KH/TU`), as in a draft, and its signer unnamed. The dates run across
 * Tết Bính Ngọ 2026 (days off 14–22/2/2026): the plan is dated 9/2; the province
 * tier studies by 27/2 (the last working day of February), communes by
 * 31/3/2026, cells by 29/4 (before the holidays of 30/4 and 1/5); the
 * province's action programme is due 15 working days after the national
 * conference (Tết's working days do not count), the communes' action plans by
 * 15/4, their reports by 20/4, and inspection within the second quarter.
 * Schedule it over a province's real communes with `@rollout/vn-units`.
 * @example
 * ```ts
 * validatePlan(planTwoLevelProvince).filter((i) => i.severity === 'error'); // => []
 * planTwoLevelProvince.tiers.map((t) => t.level); // => ['province', 'commune', 'branch']
 * ```
 * @category Presets
 */
export const planTwoLevelProvince: DeepReadonly<Plan> = deepFreeze<Plan>({
  id: 'KH-TU-NQ79-NQ80',
  header: {
    issuer: { name: 'TỈNH ỦY THANH HÓA', parent: 'ĐẢNG BỘ TỈNH THANH HÓA', kind: 'party' },
    motto: 'party',
    reference: '-KH/TU',
    place: 'Thanh Hóa',
    date: '2026-02-09',
    title:
      'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 79-NQ/TW, ngày 6/1/2026 của Bộ Chính trị về phát triển kinh tế nhà nước và Nghị quyết số 80-NQ/TW, ngày 7/1/2026 của Bộ Chính trị về phát triển văn hóa Việt Nam',
  },
  intro:
    'Thực hiện Nghị quyết số 79-NQ/TW, ngày 6/1/2026 và Nghị quyết số 80-NQ/TW, ngày 7/1/2026 của Bộ Chính trị và hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương, Ban Thường vụ Tỉnh ủy ban hành kế hoạch nghiên cứu, học tập, quán triệt và triển khai thực hiện hai Nghị quyết trong Đảng bộ tỉnh, cụ thể như sau:',
  resolutions: [
    {
      id: 'nq-79',
      kind: 'resolution',
      reference: '79-NQ/TW',
      issuedOn: '2026-01-06',
      issuer: 'Bộ Chính trị',
      term: 'XIII',
      title: 'Về phát triển kinh tế nhà nước',
    },
    {
      id: 'nq-80',
      kind: 'resolution',
      reference: '80-NQ/TW',
      issuedOn: '2026-01-07',
      issuer: 'Bộ Chính trị',
      term: 'XIII',
      title: 'Về phát triển văn hóa Việt Nam',
    },
  ],
  purposes: [
    'Làm cho cán bộ, đảng viên và các tầng lớp Nhân dân trong tỉnh nắm vững quan điểm, mục tiêu, nhiệm vụ và giải pháp nêu trong hai Nghị quyết; tạo sự thống nhất cao về nhận thức và hành động trong Đảng bộ và hệ thống chính trị từ tỉnh đến cơ sở.',
    'Cụ thể hóa hai Nghị quyết bằng chương trình hành động của Ban Chấp hành Đảng bộ tỉnh và kế hoạch hành động của các cấp ủy, sát với điều kiện của từng xã, phường.',
  ],
  requirements: [
    'Việc học tập, quán triệt phải nghiêm túc, thiết thực, gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị sau khi sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp.',
    'Sau hội nghị, cán bộ, đảng viên viết bài thu hoạch; kết quả học tập là một tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm.',
    'Các cấp ủy bố trí thời gian hợp lý trước và sau kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026, bảo đảm hoàn thành đúng thời gian quy định.',
  ],
  content: [
    'Những nội dung cơ bản, cốt lõi của Nghị quyết số 79-NQ/TW về phát triển kinh tế nhà nước và Nghị quyết số 80-NQ/TW về phát triển văn hóa Việt Nam.',
    'Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh thực hiện hai Nghị quyết.',
  ],
  methodNotes: [
    'Cấp tỉnh: dự Hội nghị trực tuyến toàn quốc do Ban Bí thư tổ chức tại điểm cầu Tỉnh ủy, hoàn thành trước ngày 27/02/2026; các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy kết nối điểm cầu ở nơi đủ điều kiện.',
    'Cấp xã và tương đương: tổ chức hội nghị tập trung 01 ngày, trong đó dành 1/2 ngày thảo luận kế hoạch hành động của cấp mình; nơi đủ điều kiện có thể kết hợp trực tuyến.',
    'Chi bộ: quán triệt trong sinh hoạt chi bộ định kỳ; đảng viên tự nghiên cứu tài liệu.',
  ],
  actionPlanNotes: [
    'Ban Thường vụ Tỉnh ủy chỉ đạo xây dựng Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh, hoàn thành trong 15 ngày làm việc sau Hội nghị trực tuyến toàn quốc.',
    'Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy xây dựng, ban hành kế hoạch hành động của cấp mình sau hội nghị học tập, hoàn thành trước ngày 15/4/2026.',
  ],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    {
      id: 'commune',
      level: 'commune',
      name: 'Cấp xã và tương đương',
      unitKinds: ['Đảng ủy xã, phường', 'Đảng ủy trực thuộc Tỉnh ủy'],
    },
    { id: 'branch', level: 'branch', name: 'Chi bộ' },
  ],
  audiences: [
    {
      id: 'aud-province',
      tier: 'province',
      name: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các ban, sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh; báo cáo viên cấp tỉnh',
      members: [
        'Ủy viên Ban Chấp hành Đảng bộ tỉnh',
        'lãnh đạo các ban, sở, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh',
        'báo cáo viên cấp tỉnh',
      ],
    },
    {
      id: 'aud-commune',
      tier: 'commune',
      name: 'Ban Chấp hành đảng bộ xã, phường và đảng bộ trực thuộc Tỉnh ủy; bí thư, phó bí thư chi bộ; cán bộ, công chức cấp xã',
      members: [
        'Ban Chấp hành đảng bộ xã, phường và đảng bộ trực thuộc Tỉnh ủy',
        'bí thư, phó bí thư chi bộ',
        'cán bộ, công chức cấp xã',
      ],
    },
    { id: 'aud-branch', tier: 'branch', name: 'Toàn thể đảng viên trong chi bộ' },
  ],
  materials: [
    {
      id: 'mat-nq79',
      kind: 'resolution',
      resolution: 'nq-79',
      issuer: 'Bộ Chính trị',
      title:
        'Nghị quyết số 79-NQ/TW, ngày 6/1/2026 của Bộ Chính trị về phát triển kinh tế nhà nước',
    },
    {
      id: 'mat-nq80',
      kind: 'resolution',
      resolution: 'nq-80',
      issuer: 'Bộ Chính trị',
      title:
        'Nghị quyết số 80-NQ/TW, ngày 7/1/2026 của Bộ Chính trị về phát triển văn hóa Việt Nam',
    },
    {
      id: 'mat-outline',
      kind: 'guide',
      issuer: 'Ban Tuyên giáo và Dân vận Trung ương',
      title: 'Tài liệu nghiên cứu, học tập và đề cương tuyên truyền hai Nghị quyết',
    },
    {
      id: 'mat-action-programme',
      kind: 'action-plan',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh',
      deliverable: 'action-programme',
      title: 'Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh thực hiện hai Nghị quyết',
    },
  ],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      title:
        'Hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW',
      audiences: ['aud-province'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2026-02-27' },
      host: 'Ban Bí thư Trung ương Đảng',
      bridgePoints: {
        description:
          'Điểm cầu Tỉnh ủy; điểm cầu các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy ở nơi đủ điều kiện',
      },
      resolutions: ['nq-79', 'nq-80'],
      materials: ['mat-nq79', 'mat-nq80', 'mat-outline'],
      note: 'Thời gian theo thông báo của Trung ương.',
    },
    {
      id: 's-commune',
      tier: 'commune',
      title: 'Hội nghị nghiên cứu, học tập, quán triệt hai Nghị quyết cấp xã và tương đương',
      audiences: ['aud-commune'],
      method: 'in-person',
      alternativeMethods: ['online'],
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'by', date: '2026-03-31' },
      host: 'Ban Thường vụ đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy',
      exemption: {
        session: 's-province',
        note: 'Các đồng chí đã dự Hội nghị trực tuyến toàn quốc tại điểm cầu cấp xã không phải dự lại hội nghị của cấp mình.',
      },
      resolutions: ['nq-79', 'nq-80'],
      materials: ['mat-nq79', 'mat-nq80', 'mat-outline', 'mat-action-programme'],
    },
    {
      id: 's-branch',
      tier: 'branch',
      audiences: ['aud-branch'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2026-04-29' },
      note: 'Quán triệt trong sinh hoạt chi bộ định kỳ tháng 4/2026, hoàn thành trước ngày 29/4/2026.',
      resolutions: ['nq-79', 'nq-80'],
    },
  ],
  deliverables: [
    {
      id: 'action-programme',
      kind: 'action-plan',
      tier: 'province',
      per: 'unit',
      title: 'Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh',
      due: { kind: 'after', ref: 's-province', days: 15, calendar: 'working' },
      description:
        'Ban Thường vụ Tỉnh ủy chỉ đạo xây dựng Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh thực hiện hai Nghị quyết, hoàn thành trong 15 ngày làm việc sau Hội nghị trực tuyến toàn quốc.',
    },
    {
      id: 'action-plan',
      kind: 'action-plan',
      tier: 'commune',
      per: 'unit',
      due: { kind: 'by', date: '2026-04-15' },
      description:
        'Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy thảo luận, ban hành kế hoạch hành động của cấp mình, hoàn thành trước ngày 15/4/2026.',
    },
    {
      id: 'reflection',
      kind: 'reflection',
      per: 'attendee',
      countsInEvaluation: true,
      description:
        'Cán bộ, đảng viên viết bài thu hoạch sau hội nghị; kết quả là một tiêu chí đánh giá, xếp loại cuối năm.',
    },
    {
      id: 'report',
      kind: 'report',
      tier: 'commune',
      per: 'unit',
      recurrence: 'once',
      submitTo: 'Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy)',
      due: { kind: 'by', date: '2026-04-20' },
      description:
        'Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy báo cáo kết quả học tập, quán triệt và ban hành kế hoạch hành động về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 20/4/2026.',
    },
    {
      id: 'inspection',
      kind: 'inspection',
      tier: 'province',
      per: 'unit',
      due: { kind: 'within', quarter: '2026-Q2' },
      description:
        'Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy kiểm tra, đôn đốc việc học tập, quán triệt và xây dựng kế hoạch hành động ở cấp xã.',
    },
  ],
  implementation: [
    {
      actor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      text: 'Tham mưu tổ chức hội nghị cấp tỉnh; hướng dẫn, kiểm tra, đôn đốc các đảng ủy xã, phường và đảng ủy trực thuộc thực hiện kế hoạch; tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh ủy và Ban Tuyên giáo và Dân vận Trung ương.',
    },
    {
      actor: 'Văn phòng Tỉnh ủy',
      text: 'Bảo đảm điểm cầu trực tuyến tại Tỉnh ủy và kết nối đến các điểm cầu cấp xã đủ điều kiện.',
    },
    {
      actor: 'Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy',
      text: 'Xây dựng kế hoạch cụ thể, tổ chức học tập, quán triệt trước và sau kỳ nghỉ Tết, chỉ đạo các chi bộ quán triệt trong sinh hoạt định kỳ; báo cáo kết quả đúng thời gian.',
    },
  ],
  recipients: [
    { name: 'Ban Bí thư Trung ương Đảng', purpose: 'report' },
    { name: 'Ban Tuyên giáo và Dân vận Trung ương', purpose: 'report' },
    { name: 'Các đồng chí Tỉnh ủy viên', purpose: 'inform' },
    { name: 'Các ban, cơ quan tham mưu, giúp việc Tỉnh ủy', purpose: 'implement' },
    { name: 'Các đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy', purpose: 'implement' },
    { name: 'Văn phòng Tỉnh ủy', purpose: 'archive' },
  ],
  signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Phó Bí thư Thường trực' },
});
