import { type DeepReadonly, deepFreeze } from '../model/deep-readonly.js';
import type { Plan } from '../model/plan.js';

/**
 * The Thanh Hóa Provincial Party Standing Board's plan for resolution
 * 58-NQ/TW, as a news article of August 2020 reports it, modelled by hand.
 *
 * @remarks The article reports the plan while it was being finalised: it gives
 * no number, date, recipients or signer, so the header carries the draft form
 * `-KH/TU` (number left blank) with no date, and the signature block of a Standing Board
 * plan without a name. The provincial online conference was held on 31/8/2020
 * (plan 985-KH/HNDT of the Farmers' Union records it); it linked three tiers
 * and was also broadcast on provincial radio and television; one day, half of
 * it for discussing the action plan. The provincial session for the press,
 * arts and science associations is due by 10/9/2020; district party
 * committees, party committees directly under the province, the Fatherland
 * Front and the mass organisations by 15/9/2020; action plans of the party
 * committees by 30/9/2020; reflections count in the year-end evaluation.
 * Every text quotes the article; the sessions carry no titles, since the
 * article gives none (renderers head them by their hosts). Only the header
 * (issuer, parent, place) and the signature are the modeller's, as the
 * article does not print them, and the day the provincial conference was
 * held, which 985-KH/HNDT gives.
 * @example
 * ```ts
 * validatePlan(planNq58Province).filter((i) => i.severity === 'error'); // => []
 * planNq58Province.tiers.map((t) => t.level); // => ['province', 'district', 'commune']
 * ```
 * @category Presets
 */
export const planNq58Province: DeepReadonly<Plan> = deepFreeze<Plan>({
  id: 'KH-TU-NQ58',
  header: {
    issuer: { name: 'TỈNH ỦY THANH HÓA', parent: 'ĐẢNG BỘ TỈNH THANH HÓA', kind: 'party' },
    motto: 'party',
    reference: '-KH/TU',
    place: 'Thanh Hóa',
    title:
      'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  },
  resolutions: [
    {
      id: 'nq-58',
      kind: 'resolution',
      reference: '58-NQ/TW',
      issuedOn: '2020-08-05',
      issuer: 'Bộ Chính trị',
      term: 'XII',
      title: 'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
    },
  ],
  purposes: [
    'Làm cho toàn thể cán bộ, đảng viên và các tầng lớp Nhân dân trong tỉnh nắm được đầy đủ sự cần thiết, cơ sở ban hành Nghị quyết; nắm vững các nội dung, quan điểm, mục tiêu, nhiệm vụ và giải pháp nêu trong Nghị quyết; tạo sự thống nhất cao về nhận thức và hành động trong Đảng bộ và toàn xã hội, cổ vũ, động viên cán bộ, đảng viên và các tầng lớp Nhân dân quyết tâm thực hiện thắng lợi Nghị quyết của Bộ Chính trị.',
  ],
  requirements: [
    'Sau hội nghị, phải tiến hành viết thu hoạch cá nhân và đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm.',
    'Các cấp ủy chỉ đạo xây dựng kế hoạch học tập, quán triệt, tuyên truyền và kế hoạch hành động thực hiện Nghị quyết một cách thiết thực, hiệu quả, phù hợp với tình hình và điều kiện cụ thể của cấp mình.',
  ],
  methodNotes: [
    'Phương thức học tập, quán triệt theo hình thức hội nghị trực tuyến ở 3 cấp từ tỉnh đến cơ sở, kết hợp với việc tổ chức học tập qua sóng phát thanh và truyền hình Thanh Hóa.',
    'Thời gian nghiên cứu, học tập, quán triệt Nghị quyết dự kiến tổ chức hội nghị 1 ngày, trong đó dành 1/2 ngày để thảo luận, thông qua kế hoạch hành động của cấp ủy thực hiện Nghị quyết; sau đó tiếp tục tự nghiên cứu tài liệu và viết thu hoạch.',
  ],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    {
      id: 'district',
      level: 'district',
      name: 'Cấp huyện và tương đương',
      unitKinds: [
        'Huyện, thị, thành ủy',
        'Đảng ủy trực thuộc Tỉnh ủy',
        'Ủy ban MTTQ và các đoàn thể chính trị - xã hội',
      ],
    },
    { id: 'commune', level: 'commune', name: 'Cấp cơ sở' },
  ],
  audiences: [
    {
      id: 'aud-province',
      tier: 'province',
      name: 'Cán bộ, đảng viên',
    },
    {
      id: 'aud-associations',
      tier: 'province',
      name: 'Trường Chính trị tỉnh, Hội Nhà báo Thanh Hóa và các cơ quan báo chí xuất bản, Hội Văn học nghệ thuật tỉnh, Liên hiệp các Hội khoa học – kỹ thuạt tỉnh',
    },
    { id: 'aud-district-committees', tier: 'district', name: 'Các huyện, thị, thành ủy' },
    { id: 'aud-direct-committees', tier: 'district', name: 'Các đảng ủy trực thuộc Tỉnh ủy' },
    { id: 'aud-front', tier: 'district', name: 'Ủy ban MTTQ và các đoàn thể chính trị - xã hội' },
    { id: 'aud-commune', tier: 'commune', name: 'Cán bộ đảng viên' },
  ],
  materials: [
    {
      id: 'mat-resolution',
      kind: 'resolution',
      resolution: 'nq-58',
      title:
        'Nghị quyết số 58 của Bộ Chính trị “Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045”',
    },
    {
      id: 'mat-scheme',
      kind: 'scheme',
      title: 'Đề án xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
    },
    {
      id: 'mat-provincial-action-plan',
      kind: 'action-plan',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh',
      title:
        'Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 58 của Bộ Chính trị',
    },
    {
      id: 'mat-committees-action-plans',
      kind: 'action-plan',
      issuer: 'các cấp ủy',
      deliverable: 'action-plan',
      title: 'Kế hoạch hành động của các cấp ủy thực híện Nghị quyết số 58 của Bộ Chính trị',
    },
  ],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      audiences: ['aud-province'],
      method: 'online',
      alternativeMethods: ['broadcast'],
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'held', date: '2020-08-31' },
      host: 'Ban Thường vụ Tỉnh ủy',
      bridgePoints: { description: 'Trực tuyến ở 3 cấp từ tỉnh đến cơ sở' },
      resolutions: ['nq-58'],
      materials: [
        'mat-resolution',
        'mat-scheme',
        'mat-provincial-action-plan',
        'mat-committees-action-plans',
      ],
    },
    {
      id: 's-province-associations',
      tier: 'province',
      audiences: ['aud-associations'],
      method: 'in-person',
      duration: { halfDays: 2 },
      deadline: { kind: 'by', date: '2020-09-10' },
      host: 'Ban Tuyên giáo Tỉnh ủy',
      coHosts: [
        'Trường Chính trị tỉnh',
        'Hội Nhà báo Thanh Hóa và các cơ quan báo chí xuất bản',
        'Hội Văn học nghệ thuật tỉnh',
        'Liên hiệp các Hội khoa học – kỹ thuạt tỉnh',
      ],
      learnsFrom: 's-province',
    },
    {
      id: 's-district-committees',
      tier: 'district',
      audiences: ['aud-district-committees'],
      method: 'in-person',
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-15' },
      host: 'Các huyện, thị, thành ủy',
    },
    {
      id: 's-direct-committees',
      tier: 'district',
      audiences: ['aud-direct-committees'],
      method: 'in-person',
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-15' },
      host: 'Các đảng ủy trực thuộc Tỉnh ủy',
    },
    {
      id: 's-front',
      tier: 'district',
      audiences: ['aud-front'],
      method: 'in-person',
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-15' },
      host: 'Ủy ban MTTQ và các đoàn thể chính trị - xã hội',
    },
    {
      id: 's-commune',
      tier: 'commune',
      audiences: ['aud-commune'],
      method: 'online',
      alternativeMethods: ['broadcast'],
      duration: { halfDays: 2 },
      discussion: { halfDays: 1 },
      deadline: { kind: 'held', date: '2020-08-31' },
      learnsFrom: 's-province',
      bridgePoints: {
        description:
          'Địa phương nào đã xây dựng phòng họp trực tuyến thì tổ chức kết nối đường truyền',
      },
      note: 'Đối với cấp cơ sở, địa phương nào đã xây dựng phòng họp trực tuyến thì tổ chức kết nối đường truyền để cán bộ đảng viên học tập Nghị quyết theo hình thức trực tuyến và kết hợp với nghiên cứu, học tập qua Đài Phát thanh và Truyền hình tỉnh.',
    },
  ],
  deliverables: [
    {
      id: 'reflection',
      kind: 'reflection',
      per: 'attendee',
      countsInEvaluation: true,
      description:
        'Sau hội nghị, phải tiến hành viết thu hoạch cá nhân và đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm.',
    },
    {
      id: 'action-plan',
      kind: 'action-plan',
      tier: 'district',
      per: 'unit',
      due: { kind: 'by', date: '2020-09-30' },
      description:
        'Sau hội nghị học tập, nghiên cứu Nghị quyết số 58 do Ban Thường vụ Tỉnh ủy tổ chức và tiếp thu Kế hoạch hành động của cấp ủy cấp trên trực tiếp, Ban Thường vụ các Đảng ủy xây dựng kế hoạch hành động, tổ chức hội nghị thảo luận, ban hành kế hoạch hành động để triển khai thực hiện, hoàn thành trước ngày 30-9-2020.',
    },
  ],
  recipients: [],
  signature: { mode: 'on-behalf', authority: 'Ban Thường vụ', title: 'Bí thư' },
});
