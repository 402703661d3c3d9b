import { type DeepReadonly, deepFreeze } from '../model/deep-readonly.js';
import type { Plan } from '../model/plan.js';

/**
 * Plan 985-KH/HNDT of the Standing Board of the Farmers' Union of Thanh Hóa
 * province, 3 September 2020, for resolution 58-NQ/TW, modelled by hand and in
 * full from the published document.
 *
 * @remarks Three tiers: the province (½ day, already studied online on
 * 31/8/2020 at the Provincial Party Standing Board's conference), the district
 * unions (½ day, by 15/9/2020) and the commune unions and branches (½ day, by
 * 15/10/2020); seven study materials; the exemption for those who attended the
 * provincial online conference; reflections, action plans, periodic reports and
 * inspection; recipients with B/c, Biết, T/h, C/đ and Lưu; *T/M Ban Thường vụ —
 * Chủ tịch*. Text is kept as published (its typos included): every text
 * field quotes the document, so that a renderer can print the plan without
 * adding a word. Only the communes may study in person, and only those that
 * did not study online (`alternativeMethodsFor`); reflections are written by
 * *các đối tượng thuộc diện viết thu hoạch* (`responsible`), not by everyone.
 * @example
 * ```ts
 * validatePlan(plan985KhHndt).filter((i) => i.severity === 'error'); // => []
 * plan985KhHndt.sessions.map((s) => s.deadline.kind); // => ['held', 'by', 'by']
 * ```
 * @category Presets
 */
export const plan985KhHndt: DeepReadonly<Plan> = deepFreeze<Plan>({
  id: '985-KH-HNDT',
  header: {
    issuer: {
      name: 'BCH HND TỈNH THANH HOÁ',
      parent: 'HỘI NÔNG DÂN VIỆT NAM',
      kind: 'mass-organisation',
    },
    motto: 'state',
    reference: '985-KH/HNDT',
    place: 'Thanh Hóa',
    date: '2020-09-03',
    title:
      'Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
  },
  intro:
    'Với sự quan tâm đặc biệt mà Đảng, Nhà nước dành cho Đảng bộ, quân và dân Thanh Hóa, ngày 05/8/2020, Bộ Chính trị khóa XII đã ban hành Nghị quyết số 58 NQ/TW “Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045”. Đây là dấu mốc lịch sử có ý nghĩa rất quan trọng, mở ra cho Thanh Hóa thời cơ, vận hội mới rất nổi trội và khác biệt để phát triển nhanh và bền vững, trở thành một cực tăng trưởng mới, cùng với Hà Nội, Hải Phòng, Quảng Ninh trở thành tứ giác phát triển ở phía bắc của Tổ quốc. Để Nghị quyết thấm sâu, lan tỏa và nhanh chóng đi vào cuộc sống của cán bộ, hội viên, nông dân và các tầng lớp nhân dân, Ban Thường vụ (BTV) Hội Nông dân tỉnh ban hành kế hoạch tổ chức học tập, quán triệt và triển khai thực hiện nghị quyết trong hệ thống Hội, cụ thể như sau:',
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
    'Làm cho cán bộ, hội viên, nông dân và các tầng lớp nhân dân trong tỉnh nắm được đầy đủ sự cần thiết, cơ sở ban hành Nghị quyết; nắm vững các nội dung, quan điểm, mục tiêu, nhiệm vụ và giải pháp nêu trong nghị quyết; tạo sự thống nhất cao về nhận thức và hành động trong các cấp hội, cổ vũ, động viên cán bộ, đảng viên, hội viên, nông dân và các tầng lớp nhân dân quyết tâm thực hiện thắng lợi Nghị quyết của Bộ Chính trị.',
  ],
  requirements: [
    'Việc tổ chức học tập, quán triệt, triển khai thực hiện các nghị quyết là một trong những nhiệm vụ trọng tâm của các cấp hội, đặt dưới sự lãnh đạo, chỉ đạo trực tiếp của cấp ủy đảng, bảo đảm thiết thực, hiệu quả; lựa chọn nội dung và bố trí thời gian giới thiệu nghị quyết phải phù hợp với đối tượng và đặc điểm của từng địa phương. Các cấp hội tổ chức kiểm tra số lượng cán bộ, đảng viên, hội viên nông dân tham gia học tập, có đánh giá, rút kinh nghiệm, sau hội nghị các đối tượng thuộc diện viết thu hoạch cá nhân, thực hiện đúng quy định và đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm.',
    'Các cấp hội xây dựng kế hoạch học tập, quán triệt, tuyên truyền và kế hoạch hành động thực hiện Nghị quyết một cách thiết thực, hiệu quả, phù hợp với tình hình và điều kiện cụ thể của cấp mình. Tại hội nghị quán triệt, học tập Nghị quyết phải dành thời gian thỏa đáng để thảo luận dự thảo kế hoạch hành động thực hiện Nghị quyết.',
    'Các cấp hội phải gắn học tập, truyền đạt nội dung Nghị quyết với việc uốn nắn những nhận thức lệch lạc, nâng cao nhận thức về đuờng lối, chủ trương của Đảng, đấu tranh chống lại các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng; thường xuyên kiểm tra, đôn đốc việc quán triệt, triển khai thực hiện Nghị quyết.',
  ],
  content: [
    'Tập trung làm rõ sự cần thiết, cơ sở ban hành Nghị quyết; tình hình và nguyên nhân; quan điểm, mục tiêu, nhiệm vụ và các giải pháp chủ yếu trong Nghị quyết số 58 –NQ/TW của Bộ Chính trị.',
    'Quán triệt những nội dung chủ yếu trong kế hoạch hành động của Tỉnh ủy, cấp ủy cùng cấp và của BTV Tỉnh hội về thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị.',
    'Làm rõ trách nhiệm của các cấp hội trong việc tổ chức thực hiện kế hoạch nghiên cứu, học tập, quán triệt, tuyên truyền và kế hoạch hành động thực hiện Nghị quyết.',
  ],
  methodNotes: [
    'Các cấp hội xây dựng kế hoạch và triển khai mở các lớp học tập, quán triệt tới tất cả cán bộ, đảng viên, hội viên nông dân với nội dung, hình thức phù hợp cho từng đối tượng.',
    'Tham gia học tập trực tuyến đối với cấp tỉnh, cấp huyện và cấp cơ sở (ở những nơi có đủ điều kiện và đã học tập trực tuyến ngày 31/8/2020); học tập trung (đối với cấp cơ sở chưa học tập trực tuyến) với thời gian 01 buổi, trong đó dành thời gian thỏa đáng để thảo luận, thông qua kế hoạch hành động thực hiện nghị quyết, sau đó tiếp tục tự nghiên cứu tài liệu và viết thu hoạch theo đúng quy định.',
  ],
  actionPlanNotes: [
    'Các cấp hội xây dựng kế hoạch hành động của cấp mình trên cơ sở vận dụng các nhiệm vụ, giải pháp nêu trong nghị quyết số 58-NQ/TW của Bộ Chính trị; đồng thời phải bám sát Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020-2025 của cấp mình và thực tiễn cơ sở nhằm nhanh chóng đưa Nghị quyết của Bộ Chính trị đi vào cuộc sống.',
    'Đổi mới việc xây dựng kế hoạch hành động một cách thiết thực, hiệu quả; phải lựa chọn đúng những việc của địa phương, đơn vị mình cần tập trung giải quyết theo tinh thần Nghị quyết gắn với Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2020-2025, nêu rõ mục tiêu, cách làm, thời gian hoàn thành, đơn vị, cá nhân chủ trì hoặc phối hợp. BTV các cấp hội cần bố trí thời gian thỏa đáng để thảo luận kỹ càng, thấu đáo kế hoạch hành động của hội cấp trên.',
  ],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    { id: 'district', level: 'district', name: 'Hội Nông dân các huyện, thị, thành phố' },
    {
      id: 'commune',
      level: 'commune',
      name: 'Hội Nông dân xã, phường, thị trấn, chi Hội',
      unitKinds: ['Hội Nông dân xã, phường, thị trấn', 'Chi Hội'],
    },
  ],
  audiences: [
    {
      id: 'aud-province',
      tier: 'province',
      name: 'Ban Chấp hành Tỉnh hội, các đồng chí báo cáo viên cấp tỉnh, trưởng, phó các ban trung tâm và cán bộ chỉ đạo của Tỉnh hội',
      members: [
        'Ban Chấp hành Tỉnh hội',
        'các đồng chí báo cáo viên cấp tỉnh',
        'trưởng, phó các ban trung tâm',
        'cán bộ chỉ đạo của Tỉnh hội',
      ],
    },
    {
      id: 'aud-district',
      tier: 'district',
      name: 'Ban Chấp hành huyện Hội, Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn',
      members: [
        'Ban Chấp hành huyện Hội',
        'Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn',
      ],
    },
    {
      id: 'aud-commune',
      tier: 'commune',
      name: 'Ban Chấp hành Hội xã, chi Hội trưởng và tổ chức tuyên truyền đến toàn thể cán bộ, hội viên nông dân',
      members: [
        'Ban Chấp hành Hội xã',
        'chi Hội trưởng',
        'toàn thể cán bộ, hội viên nông dân (tuyên truyền)',
      ],
    },
  ],
  materials: [
    {
      id: 'mat-resolution',
      kind: 'resolution',
      resolution: 'nq-58',
      issuer: 'Bộ Chính trị',
      title:
        'Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị “Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045”',
    },
    {
      id: 'mat-scheme',
      kind: 'scheme',
      title: 'Đề án xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
    },
    {
      id: 'mat-provincial-party-plan',
      kind: 'plan',
      issuer: 'BTV Tỉnh ủy',
      title:
        'Kế hoạch của BTV Tỉnh ủy về nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
    },
    {
      id: 'mat-provincial-party-action-plan',
      kind: 'action-plan',
      issuer: 'Ban Chấp hành Đảng bộ tỉnh',
      title:
        'Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
    },
    {
      id: 'mat-committees-action-plans',
      kind: 'action-plan',
      issuer: 'các cấp ủy',
      title:
        'Kế hoạch hành động của các cấp ủy thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
    },
    {
      id: 'mat-union-plan',
      kind: 'plan',
      issuer: 'BTV Tỉnh hội',
      title:
        'Kế hoạch hành động của BTV Tỉnh hội về nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
    },
    {
      id: 'mat-union-action-plan',
      kind: 'action-plan',
      issuer: 'Ban Chấp hành Tỉnh hội',
      deliverable: 'action-plan',
      title:
        'Kế hoạch hành động của Ban Chấp hành Tỉnh hội về hiện Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
    },
  ],
  sessions: [
    {
      id: 's-province',
      tier: 'province',
      audiences: ['aud-province'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'held', date: '2020-08-31' },
      host: 'Ban Thường vụ Tỉnh ủy',
      resolutions: ['nq-58'],
    },
    {
      id: 's-district',
      tier: 'district',
      audiences: ['aud-district'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-15' },
      exemption: {
        session: 's-province',
        note: 'Đối với các đối tượng đã tham gia dự họp trực tuyến do Ban Thường vụ Tỉnh ủy tổ chức thì có thể không mở hội nghị riêng; sau khi tiếp thu tại Hội nghị triển khai của của Tỉnh ủy, BTV Hội Nông dân các cấp tập trung xây dựng kế hoạch hành động của cấp mình, tổ chức hội nghị thảo luận, ban hành kế hoạch hành động để triển khai thực hiện.',
      },
      resolutions: ['nq-58'],
    },
    {
      id: 's-commune',
      tier: 'commune',
      audiences: ['aud-commune'],
      method: 'online',
      methodFor: 'ở những nơi có đủ điều kiện và đã học tập trực tuyến ngày 31/8/2020',
      alternativeMethods: ['in-person'],
      alternativeMethodsFor: 'đối với cấp cơ sở chưa học tập trực tuyến',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-10-15' },
      exemption: {
        session: 's-province',
        note: 'Đối với các đối tượng đã tham gia dự họp trực tuyến do Ban Thường vụ Tỉnh ủy tổ chức thì có thể không mở hội nghị riêng.',
      },
      resolutions: ['nq-58'],
    },
  ],
  deliverables: [
    {
      id: 'reflection',
      kind: 'reflection',
      per: 'attendee',
      responsible: 'các đối tượng thuộc diện viết thu hoạch',
      countsInEvaluation: true,
      description:
        'Sau hội nghị các đối tượng thuộc diện viết thu hoạch cá nhân, thực hiện đúng quy định và đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm.',
    },
    {
      id: 'action-plan',
      kind: 'action-plan',
      per: 'unit',
      description:
        'BTV Hội Nông dân các cấp tập trung xây dựng kế hoạch hành động của cấp mình, tổ chức hội nghị thảo luận, ban hành kế hoạch hành động để triển khai thực hiện.',
    },
    {
      id: 'report',
      kind: 'report',
      tier: 'district',
      per: 'unit',
      recurrence: 'periodic',
      submitTo: 'Tỉnh Hội qua ban Tuyên giáo',
      description:
        'Yêu cầu các huyện, thị, thành Hội chỉ đạo, triển khai thực hiện theo đúng kế hoạch, định kỳ báo cáo kết quả về Tỉnh Hội qua ban Tuyên giáo.',
    },
    {
      id: 'inspection',
      kind: 'inspection',
      per: 'unit',
      description:
        'Các cấp hội tổ chức kiểm tra số lượng cán bộ, đảng viên, hội viên nông dân tham gia học tập, có đánh giá, rút kinh nghiệm.',
    },
  ],
  implementation: [
    {
      actor: 'Các cấp Hội',
      text: 'Các cấp Hội căn cứ vào kế hoạch của Tỉnh hội và tình hình thực tế của đơn vị để xây dựng kế hoạch triển khai cụ thể, sát thực.',
    },
    {
      text: 'Chỉ đạo cơ sở coi trọng việc học tập, quán triệt và triển khai Nghị quyết của Bộ Chính trị đến được từng cán bộ, hội viên nông dân.',
    },
    {
      text: 'Phân công các đồng chí trong BTV, Ban Chấp hành các cấp Hội trực tiếp chỉ đạo cụm, đơn vị cụ thể ở từng đơn vị, tăng cường công tác kiểm tra, đôn đốc cấp dưới thực hiện.',
    },
    {
      actor: 'Các huyện, thị, thành Hội',
      text: 'Yêu cầu các huyện, thị, thành Hội chỉ đạo, triển khai thực hiện theo đúng kế hoạch, định kỳ báo cáo kết quả về Tỉnh Hội qua ban Tuyên giáo.',
    },
  ],
  recipients: [
    { name: 'Ban Tuyên huấn TW Hội', purpose: 'report' },
    { name: 'Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy', purpose: 'report' },
    { name: 'Thường trực tỉnh Hội', purpose: 'inform' },
    { name: '27 huyện, thị, thành Hội', purpose: 'implement' },
    { name: 'Các Ban, TT tỉnh Hội', purpose: 'direct' },
    { name: 'VP - TG', purpose: 'archive' },
  ],
  signature: {
    mode: 'on-behalf',
    authority: 'Ban Thường vụ',
    title: 'Chủ tịch',
    name: 'Trần Bình Quân',
  },
});
