import type { Deliverable, FormatLang, Motto, Plan, Recurrence, Session } from '@rollout/core';
import {
  DELIVERABLE_KIND_LABELS,
  formatDateRule,
  formatSessionTime,
  formatViDate,
  METHOD_LABELS,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
} from '@rollout/core';
import { cleanText, endItem, endSentence, lowerFirst } from './clean.js';
import type { LayoutRuleSetName, LayoutRules } from './layout-rules.js';
import { defaultLayoutRules, LAYOUT_RULES } from './layout-rules.js';

/**
 * Options of the plan renderers ({@link renderMarkdown}, {@link renderHtml},
 * {@link renderText}, and `renderDocx` in `@rollout/docx`).
 *
 * @category Rendering
 */
export interface RenderPlanOptions {
  /** `vi` (default) or `en`: English translates the structure and keeps Vietnamese proper names. */
  readonly lang?: FormatLang;
  /** A rule set by name, or a rule set of your own; default {@link defaultLayoutRules}. */
  readonly rules?: LayoutRuleSetName | LayoutRules;
  /** The motto line, overriding `plan.header.motto` and the rule set's default. */
  readonly motto?: Motto;
}

/**
 * A run of text with its emphasis.
 *
 * @category Rendering
 */
export interface TextRun {
  /** The text, clean NFC, not escaped. */
  readonly text: string;
  /** Bold. */
  readonly bold?: boolean;
  /** Italic. */
  readonly italic?: boolean;
}

/**
 * One block of the body of a plan document.
 *
 * @remarks `heading` is a section (*I. MỤC ĐÍCH, YÊU CẦU*); `subheading` a
 * numbered part (*1. Cấp tỉnh*); `paragraph` a paragraph, with a `marker`
 * when it is an item (`-`, `1.`, `a)`).
 * @category Rendering
 */
export type PlanBlock =
  | {
      /** A section heading. */
      readonly type: 'heading';
      /** The heading with its Roman numeral (*I. MỤC ĐÍCH, YÊU CẦU*), not escaped. */
      readonly text: string;
    }
  | {
      /** A numbered sub-heading. */
      readonly type: 'subheading';
      /** The sub-heading with its number (*1. Cấp tỉnh*), not escaped. */
      readonly text: string;
    }
  | {
      /** A paragraph or an item. */
      readonly type: 'paragraph';
      /** The paragraph's text, in runs of the same emphasis. */
      readonly runs: readonly TextRun[];
      /** The item's marker (`-`, `1.`, `a)`), absent for a plain paragraph. */
      readonly marker?: string;
    };

/**
 * A plan laid out as an official document, before it is written as Markdown,
 * HTML, text or DOCX: every line's words decided, nothing escaped.
 *
 * @remarks The renderers of `@rollout/document` and `@rollout/docx` all write
 * this one structure, so the four outputs hold the same words.
 * @category Rendering
 */
export interface PlanLayout {
  /** The language of the structure. */
  readonly lang: FormatLang;
  /** The layout rule set applied. */
  readonly rules: LayoutRules;
  /** The two-column header. */
  readonly header: {
    /** The body above the issuer, in capitals, if any. */
    readonly parent?: string;
    /** The issuing body, in capitals. */
    readonly issuer: string;
    /** A star or a short rule under the issuer. */
    readonly mark: 'star' | 'rule';
    /** Which motto is printed. */
    readonly motto: Motto;
    /** The motto's lines (one for the Party, two for the state). */
    readonly mottoLines: readonly string[];
    /** *Số 985-KH/HNDT*. */
    readonly reference: string;
    /** *Thanh Hóa, ngày 3 tháng 9 năm 2020*, or the blank form of a draft. */
    readonly placeDate: string;
  };
  /** *KẾ HOẠCH*. */
  readonly kind: string;
  /** The summary line under the kind. */
  readonly title: string;
  /** Everything between the title and the recipients. */
  readonly body: readonly PlanBlock[];
  /** *Nơi nhận:* and its lines, or `undefined` when the plan lists none. */
  readonly recipients?: {
    /** The label, *Nơi nhận:* (or *Recipients:* in English). */
    readonly label: string;
    /** One line per recipient, each starting with `- `; the archive last. */
    readonly lines: readonly string[];
  };
  /** The signature block's lines; an empty `name` line leaves room to sign. */
  readonly signature?: {
    /** The signing mode and the authority, in capitals (*T/M BAN THƯỜNG VỤ*); absent when signing directly. */
    readonly authority?: string;
    /** The signer's title, in capitals (*CHỦ TỊCH*). */
    readonly title: string;
    /** The signer's name, if given. */
    readonly name?: string;
  };
}

const VI = {
  kind: 'KẾ HOẠCH',
  party: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
  state: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  referencePrefix: undefined as string | undefined,
  blankDate: 'ngày    tháng    năm',
  purposes: 'MỤC ĐÍCH, YÊU CẦU',
  contents: 'NỘI DUNG, PHƯƠNG THỨC, TÀI LIỆU HỌC TẬP',
  content: 'Nội dung học tập, quán triệt',
  methods: 'Phương thức học tập, quán triệt',
  materials: 'Tài liệu học tập',
  actionPlans: 'Xây dựng kế hoạch hành động',
  schedule: 'KẾ HOẠCH HỌC TẬP, QUÁN TRIỆT',
  followUps: 'Sau học tập, quán triệt',
  implementation: 'TỔ CHỨC THỰC HIỆN',
  audience: 'Thành phần:',
  time: 'Thời gian:',
  host: 'Chủ trì:',
  coHosts: 'Phối hợp:',
  method: 'Phương thức:',
  or: 'hoặc',
  bridge: 'Điểm cầu:',
  bridgeCount: (n: number) => `${n} điểm cầu`,
  expected: 'Số người dự kiến:',
  hours: 'Giờ học:',
  location: 'Địa điểm:',
  sessionMaterials: (nums: string) => `tài liệu số ${nums} (mục II.3)`,
  sessionMaterialsLabel: 'Tài liệu:',
  sessionResolutions: 'Văn bản học tập:',
  studyMethods: (m: string) => `Học tập ${m}.`,
  recipients: 'Nơi nhận:',
  archive: 'Lưu',
  exemption: (s: string) =>
    `Đối với các đối tượng đã tham gia ${s} thì có thể không mở hội nghị riêng.`,
  others: (what: string) =>
    `Đối với các đơn vị còn lại tổ chức hội nghị học tập, quán triệt ${what} với thành phần cụ thể như sau:`,
  sessionOf: (tier: string) => `hội nghị ${lowerFirst(tier)}`,
  perAttendee: 'mỗi người dự học',
  perUnit: 'mỗi đơn vị',
  submitTo: (s: string) => `gửi về ${s}`,
  counts: 'đưa vào nội dung thi đua, đánh giá, xếp loại cuối năm',
};

const EN: typeof VI = {
  kind: 'PLAN',
  party: ['COMMUNIST PARTY OF VIETNAM'],
  state: ['SOCIALIST REPUBLIC OF VIETNAM', 'Independence - Freedom - Happiness'],
  referencePrefix: 'No. ',
  blankDate: '…… (date to be filled in)',
  purposes: 'PURPOSES AND REQUIREMENTS',
  contents: 'CONTENT, METHODS AND STUDY MATERIALS',
  content: 'Content of study',
  methods: 'Methods of study',
  materials: 'Study materials',
  actionPlans: 'Action plans',
  schedule: 'STUDY SCHEDULE BY TIER',
  followUps: 'After the sessions',
  implementation: 'IMPLEMENTATION',
  audience: 'Audience:',
  time: 'Time:',
  host: 'Host:',
  coHosts: 'Co-hosts:',
  method: 'Method:',
  or: 'or',
  bridge: 'Bridge points:',
  bridgeCount: (n: number) => `${n} bridge point${n === 1 ? '' : 's'}`,
  expected: 'Expected attendees:',
  hours: 'Hours:',
  location: 'Venue:',
  sessionMaterials: (nums: string) => `items ${nums} of section II.3`,
  sessionMaterialsLabel: 'Materials:',
  sessionResolutions: 'Documents studied:',
  studyMethods: (m: string) => `Study ${m}.`,
  recipients: 'Recipients:',
  archive: 'Archived',
  exemption: (s: string) => `Those who attended ${s} need not hold a separate session.`,
  others: (what: string) =>
    `The other units hold sessions to study ${what} with the following audiences:`,
  sessionOf: (tier: string) => `the session of ${tier}`,
  perAttendee: 'each attendee',
  perUnit: 'each unit',
  submitTo: (s: string) => `to ${s}`,
  counts: 'counts in the year-end emulation and evaluation',
};

const RECURRENCE: Record<Recurrence, { vi: string; en: string }> = {
  once: { vi: 'một lần', en: 'once' },
  monthly: { vi: 'hằng tháng', en: 'monthly' },
  quarterly: { vi: 'hằng quý', en: 'quarterly' },
  'half-yearly': { vi: '6 tháng một lần', en: 'half-yearly' },
  yearly: { vi: 'hằng năm', en: 'yearly' },
  periodic: { vi: 'định kỳ', en: 'periodically' },
};

const RESOLUTION_KIND_VI: Record<string, string> = {
  resolution: 'nghị quyết',
  directive: 'chỉ thị',
  conclusion: 'kết luận',
  regulation: 'quy định',
  decision: 'quyết định',
  other: 'văn bản',
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Picks a rule set from options or from the plan. */
export function resolveRules(
  plan: Pick<Plan, 'header'>,
  rules: RenderPlanOptions['rules'],
): LayoutRules {
  if (rules === undefined) return LAYOUT_RULES[defaultLayoutRules(plan)];
  if (typeof rules === 'string') {
    if (!Object.hasOwn(LAYOUT_RULES, rules)) {
      throw new RangeError(
        `Unknown layout rule set "${rules}"; expected one of ${Object.keys(LAYOUT_RULES).join(', ')}`,
      );
    }
    return LAYOUT_RULES[rules];
  }
  return rules;
}

const item = (text: string, marker = '-'): PlanBlock => ({
  type: 'paragraph',
  marker,
  runs: [{ text }],
});

const labelled = (label: string, text: string): PlanBlock => ({
  type: 'paragraph',
  marker: '-',
  runs: [{ text: label, italic: true }, { text: ` ${endSentence(text)}` }],
});

/**
 * Lays a plan out as an official document: decides every line's words, in
 * the order of the genre, for the renderers to write.
 *
 * @remarks The order: header (issuer and parent with a star or rule; motto;
 * number and symbol; place and date), *KẾ HOẠCH* and the summary line, the
 * intro, I. purposes and requirements (numbered together), II. content,
 * methods (`methodNotes`, or the methods of the sessions), materials and
 * action-plan notes, III. the exemption paragraphs then one block per tier
 * (audience, time from {@link formatSessionTime}, host, co-hosts, method,
 * bridge points, notes) and the follow-ups, IV. implementation; then the
 * recipients and the signature. Plan text is cleaned (NFC, control
 * characters and line breaks folded into spaces) but not escaped. The input
 * is not changed; the result is a new plain object.
 * @param plan - A plan (validated or not: missing references print their ids).
 * @param options - Language, rule set and motto.
 * @returns The laid-out document.
 * @throws `RangeError` when `options.rules` names no shipped rule set.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const layout = layoutPlan(plan985KhHndt);
 * layout.header.reference; // => 'Số 985-KH/HNDT'
 * layout.header.placeDate; // => 'Thanh Hóa, ngày 3 tháng 9 năm 2020'
 * ```
 * @see {@link renderText}, {@link renderHtml}, {@link renderMarkdown}
 * @category Rendering
 */
export function layoutPlan(plan: Plan, options: RenderPlanOptions = {}): PlanLayout {
  const lang: FormatLang = options.lang === 'en' ? 'en' : 'vi';
  const L = lang === 'en' ? EN : VI;
  const rules = resolveRules(plan, options.rules);
  const h = plan.header;

  // --- Header ---
  const motto: Motto =
    options.motto ?? h.motto ?? (h.issuer.kind === 'party' ? 'party' : rules.defaultMotto);
  const rawRef = cleanText(h.reference);
  const prefix = L.referencePrefix ?? rules.referencePrefix;
  const reference = `${prefix}${/^[-/]/.test(rawRef) ? '     ' : ''}${rawRef}`;
  const place = cleanText(h.place);
  const placeDate = `${place}, ${
    h.date === undefined ? L.blankDate : formatViDate(h.date, { lang, pad: rules.padDate })
  }`;
  const parent =
    h.issuer.parent === undefined ? undefined : cleanText(h.issuer.parent).toUpperCase();
  const header: PlanLayout['header'] = {
    ...(parent === undefined ? {} : { parent }),
    issuer: cleanText(h.issuer.name).toUpperCase(),
    mark: rules.issuerMark,
    motto,
    mottoLines: motto === 'party' ? L.party : L.state,
    reference,
    placeDate,
  };

  // --- Names of things, for references ---
  const tierName = new Map(plan.tiers.map((t) => [t.id, cleanText(t.name)]));
  const sessionName = (s: Session): string =>
    s.title !== undefined
      ? lowerFirst(cleanText(s.title))
      : L.sessionOf(tierName.get(s.tier) ?? s.tier);
  const deliverableName = (d: Deliverable): string =>
    lowerFirst(d.title !== undefined ? cleanText(d.title) : DELIVERABLE_KIND_LABELS[d.kind][lang]);
  const sessionById = new Map<string, Session>();
  for (const x of plan.sessions) if (!sessionById.has(x.id)) sessionById.set(x.id, x);
  const deliverableById = new Map<string, Deliverable>();
  for (const x of plan.deliverables) if (!deliverableById.has(x.id)) deliverableById.set(x.id, x);
  const audienceName = new Map<string, string>();
  for (const a of plan.audiences)
    if (!audienceName.has(a.id)) audienceName.set(a.id, cleanText(a.name));
  const resolveRef = (id: string): string | undefined => {
    const s = sessionById.get(id);
    if (s) return sessionName(s);
    const d = deliverableById.get(id);
    return d ? deliverableName(d) : undefined;
  };
  const fmt = { lang, resolveRef };

  const body: PlanBlock[] = [];
  if (plan.intro !== undefined)
    body.push({ type: 'paragraph', runs: [{ text: cleanText(plan.intro) }] });
  let section = 0;
  const heading = (text: string) =>
    body.push({ type: 'heading', text: `${ROMAN[section++]}. ${text}` });

  // --- I. Purposes and requirements ---
  const aims = [...(plan.purposes ?? []), ...(plan.requirements ?? [])].map(cleanText);
  if (aims.length > 0) {
    heading(L.purposes);
    for (const [i, text] of aims.entries()) body.push(item(text, `${i + 1}.`));
  }

  // --- II. Content, methods, materials, action plans ---
  const content = (plan.content ?? []).map(cleanText);
  const methodNotes = (plan.methodNotes ?? []).map(cleanText);
  const methods = [
    ...new Set(plan.sessions.flatMap((s) => [s.method, ...(s.alternativeMethods ?? [])])),
  ];
  const actionNotes = (plan.actionPlanNotes ?? []).map(cleanText);
  if (
    content.length +
      methodNotes.length +
      methods.length +
      plan.materials.length +
      actionNotes.length >
    0
  ) {
    heading(L.contents);
    let sub = 0;
    const subheading = (text: string) =>
      body.push({ type: 'subheading', text: `${++sub}. ${text}` });
    if (content.length > 0) {
      subheading(L.content);
      for (const text of content) body.push(item(text));
    }
    if (methodNotes.length > 0 || methods.length > 0) {
      subheading(L.methods);
      if (methodNotes.length > 0) for (const text of methodNotes) body.push(item(text));
      else body.push(item(L.studyMethods(methods.map((m) => METHOD_LABELS[m][lang]).join(', '))));
    }
    if (plan.materials.length > 0) {
      subheading(L.materials);
      for (const [i, m] of plan.materials.entries()) {
        body.push(item(endItem(cleanText(m.title), i === plan.materials.length - 1 ? '.' : ';')));
      }
    }
    if (actionNotes.length > 0) {
      subheading(L.actionPlans);
      for (const text of actionNotes) body.push(item(text));
    }
  }

  // --- III. Study schedule by tier ---
  if (plan.tiers.length > 0 || plan.sessions.length > 0 || plan.deliverables.length > 0) {
    heading(L.schedule);
    const notes: string[] = [];
    for (const s of plan.sessions) {
      if (!s.exemption) continue;
      const ref = sessionById.get(s.exemption.session);
      const note =
        s.exemption.note !== undefined
          ? cleanText(s.exemption.note)
          : L.exemption(ref ? sessionName(ref) : s.exemption.session);
      const bare = note.replace(/[.;:,]+$/, '');
      if (!notes.some((n) => n.includes(bare))) notes.push(note);
    }
    for (const note of notes) body.push(item(note));
    if (notes.length > 0) {
      const what =
        plan.resolutions.length === 1 && plan.resolutions[0]
          ? lang === 'en'
            ? cleanText(plan.resolutions[0].reference)
            : `${RESOLUTION_KIND_VI[plan.resolutions[0].kind] ?? 'văn bản'} của ${cleanText(plan.resolutions[0].issuer)}`
          : lang === 'en'
            ? 'the documents'
            : 'các văn bản';
      body.push(item(L.others(what)));
    }
    let sub = 0;
    const materialNumber = new Map(plan.materials.map((m, i) => [m.id, i + 1]));
    const byTier = new Map<string, Session[]>(plan.tiers.map((t) => [t.id, []]));
    for (const s of plan.sessions) {
      const list = byTier.get(s.tier);
      if (list) list.push(s);
      else byTier.set(s.tier, [s]);
    }
    for (const [tierId, sessions] of byTier) {
      body.push({ type: 'subheading', text: `${++sub}. ${tierName.get(tierId) ?? tierId}` });
      sessions.forEach((s, i) => {
        if (sessions.length > 1) {
          const letter = String.fromCharCode(97 + (i % 26));
          body.push({
            type: 'paragraph',
            marker: `${letter})`,
            runs: [{ text: s.title !== undefined ? cleanText(s.title) : sessionName(s) }],
          });
        } else if (s.title !== undefined) {
          body.push({ type: 'paragraph', runs: [{ text: cleanText(s.title), italic: true }] });
        }
        const audiences = s.audiences.map((id) => audienceName.get(id) ?? id);
        if (audiences.length > 0) body.push(labelled(L.audience, audiences.join('; ')));
        body.push(labelled(L.time, formatSessionTime(s, fmt)));
        if (s.host !== undefined) body.push(labelled(L.host, cleanText(s.host)));
        if (s.coHosts && s.coHosts.length > 0)
          body.push(labelled(L.coHosts, s.coHosts.map(cleanText).join('; ')));
        const alt = (s.alternativeMethods ?? []).map((m) => METHOD_LABELS[m][lang]);
        body.push(
          labelled(
            L.method,
            `${METHOD_LABELS[s.method][lang]}${alt.length > 0 ? ` (${L.or} ${alt.join(', ')})` : ''}`,
          ),
        );
        if (s.bridgePoints) {
          const parts = [
            ...(s.bridgePoints.count !== undefined ? [L.bridgeCount(s.bridgePoints.count)] : []),
            ...(s.bridgePoints.description !== undefined
              ? [cleanText(s.bridgePoints.description)]
              : []),
          ];
          if (parts.length > 0) body.push(labelled(L.bridge, parts.join('; ')));
        }
        if (s.expectedAttendees !== undefined)
          body.push(labelled(L.expected, String(s.expectedAttendees)));
        if (s.time)
          body.push(
            labelled(L.hours, s.time.end ? `${s.time.start} - ${s.time.end}` : s.time.start),
          );
        if (s.location !== undefined) body.push(labelled(L.location, cleanText(s.location)));
        if (plan.resolutions.length > 1 && s.resolutions && s.resolutions.length > 0) {
          const refs = s.resolutions.map((id) => {
            const r = plan.resolutions.find((x) => x.id === id);
            return r ? cleanText(r.reference) : id;
          });
          body.push(labelled(L.sessionResolutions, refs.join(', ')));
        }
        if (s.materials && s.materials.length > 0) {
          const nums = s.materials.map((id) => String(materialNumber.get(id) ?? id)).join(', ');
          body.push(labelled(L.sessionMaterialsLabel, L.sessionMaterials(nums)));
        }
        if (s.note !== undefined) body.push(item(endSentence(cleanText(s.note))));
      });
    }
    if (plan.deliverables.length > 0) {
      body.push({ type: 'subheading', text: `${++sub}. ${L.followUps}` });
      for (const d of plan.deliverables) {
        const parts: string[] = [];
        if (d.tier !== undefined) parts.push(tierName.get(d.tier) ?? d.tier);
        if (d.per === 'attendee') parts.push(L.perAttendee);
        if (d.per === 'unit') parts.push(L.perUnit);
        if (d.recurrence !== undefined) parts.push(RECURRENCE[d.recurrence][lang]);
        if (d.submitTo !== undefined) parts.push(L.submitTo(cleanText(d.submitTo)));
        if (d.due) parts.push(formatDateRule(d.due, fmt));
        if (d.countsInEvaluation) parts.push(L.counts);
        const label =
          d.title !== undefined ? cleanText(d.title) : DELIVERABLE_KIND_LABELS[d.kind][lang];
        const head = `${label}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
        const text = d.description !== undefined ? `${head}: ${cleanText(d.description)}` : head;
        body.push(item(endSentence(text)));
      }
    }
  }

  // --- IV. Implementation ---
  if (plan.implementation && plan.implementation.length > 0) {
    heading(L.implementation);
    for (const task of plan.implementation) {
      const text = cleanText(task.text);
      const actor = task.actor === undefined ? undefined : cleanText(task.actor);
      const full =
        actor === undefined || text.toLowerCase().includes(actor.toLowerCase())
          ? text
          : `${actor}: ${text}`;
      body.push(item(endSentence(full)));
    }
  }

  // --- Recipients ---
  let recipients: PlanLayout['recipients'];
  if (plan.recipients.length > 0) {
    const kept = plan.recipients.filter((r) => r.purpose !== 'archive');
    const archived = plan.recipients
      .filter((r) => r.purpose === 'archive')
      .map((r) => cleanText(r.name));
    const lines = kept.map((r, i) => {
      const name = cleanText(r.name);
      const label =
        r.purpose === undefined ? '' : ` (${RECIPIENT_PURPOSE_LABELS[r.purpose][lang]})`;
      return `- ${endItem(`${name}${label}`, archived.length === 0 && i === kept.length - 1 ? '.' : ';')}`;
    });
    if (archived.length > 0) lines.push(`- ${L.archive}: ${endItem(archived.join(', '), '.')}`);
    recipients = { label: L.recipients, lines };
  }

  // --- Signature ---
  let signature: PlanLayout['signature'];
  if (plan.signature) {
    const sig = plan.signature;
    const modeLabel =
      lang === 'en'
        ? SIGNATURE_MODE_LABELS[sig.mode].en.toUpperCase()
        : rules.signatureLabels[sig.mode];
    const authority =
      sig.mode !== 'direct' && sig.authority !== undefined
        ? `${modeLabel} ${cleanText(sig.authority).toUpperCase()}`.trim()
        : undefined;
    signature = {
      ...(authority === undefined ? {} : { authority }),
      title: cleanText(sig.title).toUpperCase(),
      ...(sig.name === undefined ? {} : { name: cleanText(sig.name) }),
    };
  }

  return {
    lang,
    rules,
    header,
    kind: L.kind,
    title: cleanText(h.title),
    body,
    ...(recipients === undefined ? {} : { recipients }),
    ...(signature === undefined ? {} : { signature }),
  };
}
