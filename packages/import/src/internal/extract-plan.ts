import type {
  Audience,
  DateRule,
  Deliverable,
  Duration,
  IssuerKind,
  Material,
  MaterialKind,
  Method,
  Motto,
  Plan,
  Recipient,
  RecipientPurpose,
  Resolution,
  ResolutionKind,
  Session,
  Signature,
  SignatureMode,
  Tier,
  TierLevel,
} from '@rollout/core';
import { tierLevelRank } from '@rollout/core';
import { createImportIssue, type ImportIssue } from '../issues.js';
import {
  type DeadlineFound,
  type Found,
  findAfter,
  findDates,
  findDeadlines,
  findDiscussion,
  findDuration,
  findMethods,
  findTierWords,
  isCityWord,
  isoDate,
} from './grammar.js';
import { type Cell, clean, type Line, type Span, stripItem } from './layout.js';
import { clauses, type Paragraph, paragraphs, type Reader, trimSpan } from './reader.js';

/** The text placed in a required field that could not be read. */
export const PLACEHOLDER = '(chưa rõ)';
/** The date placed in a required date that could not be read. */
export const PLACEHOLDER_DATE = '0000-01-01';

/** What reading one plan gives. */
export interface ExtractedPlan {
  readonly plan: Plan;
  /** JSON-pointer-like path → span in the NFC text. */
  readonly sources: Record<string, Span>;
  /** Issues with paths relative to the plan. */
  readonly issues: ImportIssue[];
}

type SectionKind =
  | 'purposes'
  | 'content'
  | 'methods'
  | 'materials'
  | 'tiers'
  | 'implementation'
  | 'actionPlan'
  | 'other';

const ROMAN_HEADING = /^(?:[IVX]{1,4}|[A-Z])\s*[.)/-]\s*\S/u;
const NUMBERED = /^(\d{1,2})\s*[.)/]\s*|^([a-zđ])\s*\)\s*/u;

function sectionKind(folded: string): SectionKind {
  if (/muc dich|yeu cau/.test(folded)) return 'purposes';
  if (/tai lieu/.test(folded) && !/noi dung/.test(folded)) return 'materials';
  if (/^\W*(?:[ivx]+\W+)?(?:thoi gian|thanh phan)/.test(folded)) return 'tiers';
  if (/phuong thuc|hinh thuc/.test(folded) && !/noi dung/.test(folded)) return 'methods';
  if (/noi dung/.test(folded)) return 'content';
  if (/to chuc thuc hien|trach nhiem/.test(folded)) return 'implementation';
  if (/(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh)\s+hanh dong/.test(folded))
    return 'actionPlan';
  if (
    /ke hoach hoc tap|thoi gian|thanh phan|lich hoc|to chuc hoc tap|cac cap|to chuc hoi nghi/.test(
      folded,
    )
  )
    return 'tiers';
  return 'other';
}

const LEARNING =
  /\bhoi nghi\b|\bhoc tap\b|\bquan triet\b|\bnghien cuu\b|\blop hoc\b|\bbo (?:duong|tuc)\b/;
const ACTION_PLAN = /\b(?:ke hoach|chuong trinh)\s+hanh dong\b/;
const ACTION_VERB = /\b(?:xay dung|ban hanh|thao luan|thong qua|hoan thien)\b/;
const REPORT = /\bbao cao\b/;
const EXEMPTION =
  /\bkhong (?:can |phai |nhat thiet phai )?(?:mo|to chuc)(?: lai)? (?:hoi nghi|lop)?\s*(?:rieng|lai)\b/;

const NUMBER_WORDS: Record<string, number> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/** Sentence-case for an upper-case Vietnamese title such as `BAN THƯỜNG VỤ`. */
export function sentenceCase(text: string): string {
  const t = clean(text);
  if (t !== t.toUpperCase()) return t;
  const words = t.toLowerCase().split(' ');
  return words
    .map((w, i) => {
      const prev = i > 0 ? words[i - 1] : undefined;
      const cap = i === 0 || prev === 'ban' || prev === 'phó' || prev === 'hội';
      return cap ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    })
    .join(' ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

interface SessionDraft {
  level: TierLevel;
  tierName: string;
  tierNameSpan: Span | undefined;
  unitKind: string | undefined;
  audience: string | undefined;
  audienceSpan: Span | undefined;
  duration: Found<Duration> | undefined;
  discussion: Found<Duration> | undefined;
  deadline: Found<DeadlineFound> | undefined;
  /** *trong vòng 10 ngày làm việc sau hội nghị cấp huyện*: days after the upper tier. */
  after?: Found<{ days: number; calendar: 'working' | 'calendar' }>;
  methods: Found<Method>[];
  host: string | undefined;
  coHosts: string[] | undefined;
  title?: string;
  location?: string;
  bridgePoints?: string;
  span: Span;
  order: number;
}

interface DeliverableDraft {
  d: Deliverable;
  span: Span;
  dueSpan: Span | undefined;
  /** *trong vòng 15 ngày làm việc sau hội nghị*: days after the session. */
  after?: Found<{ days: number; calendar: 'working' | 'calendar' }>;
}

/** Reads one plan from its stretch of lines. */
export class PlanExtractor {
  private readonly r: Reader;
  private readonly lines: readonly Line[];
  private readonly sources: Record<string, Span> = {};
  private readonly issues: ImportIssue[] = [];
  private readonly defaultYear: number | undefined;
  private hasTitle = false;
  /** Starts of the paragraphs that belong to a tier's block (heading included). */
  private readonly groupParas = new Set<number>();
  /** Whether *cấp thành phố* is a district-level tier here (a city under a province). */
  private cityIsDistrict = false;

  constructor(reader: Reader, lines: readonly Line[], defaultYear: number | undefined) {
    this.r = reader;
    this.lines = lines;
    this.defaultYear = defaultYear;
  }

  private src(path: string, span: Span | undefined): void {
    if (!span || span.end <= span.start) return;
    if (!Object.hasOwn(this.sources, path)) this.sources[path] = span;
    this.r.mark(span);
  }

  private issue(
    code: Parameters<typeof createImportIssue>[0],
    path: (string | number)[],
    params = {},
  ) {
    this.issues.push(createImportIssue(code, path, params));
  }

  extract(): ExtractedPlan {
    const r = this.r;
    const lines = this.lines;
    // --- Zones: header (up to the title), body, tail (Nơi nhận / signature).
    const titleIdx = this.findTitleLine();
    const tailIdx = this.findTail(titleIdx === -1 ? 0 : titleIdx + 1);
    const headerLines = titleIdx === -1 ? [] : lines.slice(0, titleIdx);
    const tailLines = tailIdx === -1 ? [] : lines.slice(tailIdx);
    const bodyEnd = tailIdx === -1 ? lines.length : tailIdx;

    const header = this.readHeaderBlock(headerLines);
    this.cityIsDistrict = /\btinh\b/.test(
      foldStr(`${header.parent?.value ?? ''} ${header.issuerName?.value ?? ''}`),
    );
    let bodyStart = titleIdx === -1 ? 0 : titleIdx + 1;
    let title: { text: string; span: Span } | undefined;
    if (titleIdx !== -1) {
      const t = this.readTitle(titleIdx, bodyEnd);
      title = t.title;
      bodyStart = t.next;
      this.hasTitle = title !== undefined;
    }
    for (const line of lines.slice(bodyStart, bodyEnd)) this.boilerplate(line);
    for (const line of headerLines) this.boilerplate(line);
    const body = paragraphs(
      r,
      lines.slice(bodyStart, bodyEnd).filter((l) => !r.isRead(l)),
    );

    // --- Sections.
    const sectioned = this.sections(body);
    // --- Resolutions (title first, then the body).
    const resolutions = this.readResolutions(title?.span, {
      start: lines[bodyStart]?.start ?? 0,
      end: lines[bodyEnd - 1]?.end ?? 0,
    });
    // --- Header for articles.
    const planYear = header.date ? Number(header.date.value.slice(0, 4)) : undefined;
    const yearContext = planYear ?? resolutions.year ?? this.defaultYear;

    // --- Text parts.
    // --- Sessions first: their paragraphs are not text parts nor plan-wide methods.
    const drafts = this.readSessions(sectioned);
    const textParts = this.readTextParts(sectioned);

    // --- Methods (plan-wide).
    const planMethods = this.readPlanMethods(sectioned);
    // --- Default duration (plan-wide).
    const defaults = this.readDefaults(sectioned);

    // --- Materials.
    const materials = this.readMaterials(sectioned, resolutions.list);
    // --- Deliverables.
    const deliverables = this.readDeliverables(sectioned);
    // --- Exemption.
    const exemption = this.readExemption(sectioned);
    // --- Tail.
    const tail = this.readTail(tailLines);

    // --- Assemble.
    const plan = this.assemble({
      header,
      title,
      resolutions: resolutions.list,
      textParts,
      planMethods,
      defaults,
      drafts,
      materials,
      deliverables,
      exemption,
      tail,
      yearContext,
      planMonth: header.date ? Number(header.date.value.slice(5, 7)) : undefined,
      body,
    });
    return { plan, sources: this.sources, issues: this.issues };
  }

  // ------------------------------------------------------------------ zones

  private findTitleLine(): number {
    const limit = Math.min(this.lines.length, 40);
    for (let i = 0; i < limit; i++) {
      const line = this.lines[i]!;
      for (const cell of line.cells) {
        const f = this.r.fold(cell);
        const t = this.r.text(cell);
        if (/^ke hoach\b/.test(f) && isUpper(t.slice(0, 8)) && (f.length <= 12 || isUpper(t)))
          return i;
      }
    }
    return -1;
  }

  private findTail(from: number): number {
    for (let i = from; i < this.lines.length; i++) {
      const f = this.r.fold(this.lines[i]!.cells[0]!);
      if (/^noi nhan\b/.test(f)) return i;
    }
    // A signature block without recipients: T/M, K.T., T/L near the end.
    for (let i = Math.max(from, this.lines.length - 12); i < this.lines.length; i++) {
      for (const cell of this.lines[i]!.cells) {
        if (signatureMode(this.r.fold(cell)) !== undefined) return i;
      }
    }
    return -1;
  }

  private boilerplate(line: Line): void {
    for (const cell of line.cells) {
      const f = this.r.fold(cell).trim();
      if (
        /^[*\s\-_=.]+$/.test(f) ||
        /^(?:trang\s+)?\d{1,3}$/.test(f) ||
        /^-\s*\d{1,3}\s*-$/.test(f) ||
        /^anh(?:\s*:)?\s*(?:minh hoa|tu lieu)\b/.test(f) ||
        /^\(?anh\s*:/.test(f) ||
        /^[\w-]{1,80}\.(?:jpe?g|png|gif|webp)$/.test(f) ||
        /^\((?:da ky|ky ten|da ky va dong dau)\)$/.test(f) ||
        /^doc lap\s*-\s*tu do\s*-\s*hanh phuc$/.test(f) ||
        /^(?:s?tt|cap(?: to chuc)?|thanh phan|thoi gian|hinh thuc|phuong thuc|ghi chu|noi dung|don vi(?: thuc hien)?|dia diem|chu tri)$/.test(
          f,
        )
      ) {
        this.r.mark(cell);
      }
    }
  }

  private readHeaderBlock(headerLines: readonly Line[]) {
    const r = this.r;
    let motto: { value: Motto; span: Span } | undefined;
    let reference: { value: string; span: Span } | undefined;
    let place: { value: string; span: Span } | undefined;
    let date: { value: string; span: Span } | undefined;
    const names: Cell[] = [];
    for (const line of headerLines) {
      for (const cell of line.cells) {
        const f = r.fold(cell);
        const t = r.text(cell);
        if (/cong hoa xa hoi chu nghia viet nam/.test(f)) {
          motto ??= { value: 'state', span: cell };
          r.mark(cell);
        } else if (/^dang cong san viet nam$/.test(f.trim())) {
          motto ??= { value: 'party', span: cell };
          r.mark(cell);
        } else if (
          /^doc lap\s*-\s*tu do\s*-\s*hanh phuc/.test(f) ||
          /^(?:thang|nam)$/.test(f.trim())
        ) {
          r.mark(cell);
        } else if (/^so\s*:?\s*[\d/-]/.test(f)) {
          const ref = readReference(r, cell);
          if (ref) reference ??= ref;
        } else if (/,\s*ngay\b/.test(f) || /^ngay\s+\d/.test(f)) {
          const pd = readPlaceDate(r, cell);
          if (pd) {
            if (pd.place) place ??= pd.place;
            if (pd.date) date ??= pd.date;
          }
        } else if (isUpper(t) && !/^[*\s-]+$/.test(t)) {
          names.push(cell);
        }
      }
    }
    let issuerName: { value: string; span: Span } | undefined;
    let parent: { value: string; span: Span } | undefined;
    if (names.length >= 2) {
      parent = { value: clean(r.text(names[0]!)), span: names[0]! };
      const rest = names.slice(1);
      issuerName = {
        value: clean(rest.map((c) => r.text(c)).join(' ')),
        span: { start: rest[0]!.start, end: rest[rest.length - 1]!.end },
      };
    } else if (names.length === 1) {
      issuerName = { value: clean(r.text(names[0]!)), span: names[0]! };
    }
    return { motto, reference, place, date, issuerName, parent };
  }

  private readTitle(titleIdx: number, bodyEnd: number) {
    const r = this.r;
    const line = this.lines[titleIdx]!;
    const cell = line.cells.find((c) => /^ke hoach\b/.test(r.fold(c)))!;
    r.mark(cell);
    this.src('/header/kind', cell);
    const parts: Span[] = [];
    const rest = trimSpan(r, { start: cell.start + 8, end: cell.end });
    if (rest.end > rest.start) parts.push(rest);
    let i = titleIdx + 1;
    for (; i < bodyEnd && parts.length < 6; i++) {
      const l = this.lines[i]!;
      const t = r.text(l);
      const f = r.fold(l);
      if (t.length > 220 || (ROMAN_HEADING.test(t) && isUpper(t.slice(0, 12)))) break;
      if (/^(?:can cu|thuc hien|de |voi |nham )/.test(f) && parts.length > 0) break;
      if (/^[-–(]/.test(t) && parts.length > 0 && !/^\(/.test(t)) break;
      if (parts.length > 0 && (NUMBERED.test(t) || /^[IVX]{1,4}\s*[.)]\s/u.test(t))) break;
      if (/^[-–]+$/.test(t)) {
        r.mark(l);
        i++;
        break;
      }
      parts.push(l);
      if (/[.:]$/.test(t)) {
        i++;
        break;
      }
    }
    if (parts.length === 0) return { title: undefined, next: titleIdx + 1 };
    const span = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
    const text = clean(parts.map((p) => r.text(p)).join(' ')).replace(/[.:]$/, '');
    return { title: { text: capitalize(text), span }, next: i };
  }

  // --------------------------------------------------------------- sections

  private sections(body: Paragraph[]) {
    const r = this.r;
    const out: Array<{
      para: Paragraph;
      section: SectionKind;
      sub: SectionKind | undefined;
      heading: boolean;
      intro: boolean;
    }> = [];
    let section: SectionKind | undefined;
    let sub: SectionKind | undefined;
    for (const para of body) {
      const t = r.text(para);
      const f = r.fold(para);
      const short = t.length <= 120 && !/[.;]$/.test(t.trim());
      if (ROMAN_HEADING.test(t) && /^[IVX]{1,4}\s*[.)]/u.test(t) && short) {
        section = sectionKind(f);
        sub = undefined;
        r.mark(para);
        out.push({ para, section, sub, heading: true, intro: false });
        continue;
      }
      const num = NUMBERED.exec(t);
      if (num && short && section !== undefined && !/:\s*\S/.test(t.slice(num[0].length))) {
        const k = sectionKind(f.slice(num[0].length));
        const materialItem =
          (sub ?? section) === 'materials' &&
          /^\s*(?:nghi quyet|chi thi|ket luan|quy dinh|de an|huong dan|tai lieu|de cuong|ke hoach|chuong trinh|sach)\b/.test(
            f.slice(num[0].length),
          );
        if (!materialItem && (k !== 'other' || section !== 'tiers')) {
          sub = k === 'other' ? undefined : k;
          if (findTierWords(f).length === 0 || k !== 'other') {
            r.mark(para);
            out.push({ para, section, sub, heading: true, intro: false });
            continue;
          }
        }
      }
      // A mid-body "Tài liệu học tập" line without numbering is a heading too.
      if (short && /^tai lieu (?:hoc tap|nghien cuu)\s*:?$/.test(f.trim())) {
        sub = 'materials';
        r.mark(para);
        out.push({ para, section: section ?? 'other', sub, heading: true, intro: false });
        continue;
      }
      out.push({
        para,
        section: section ?? 'other',
        sub,
        heading: false,
        intro: section === undefined,
      });
    }
    return out;
  }

  // ------------------------------------------------------------ resolutions

  private readResolutions(titleSpan: Span | undefined, bodySpan: Span) {
    const r = this.r;
    const scan: Span[] = [];
    if (titleSpan) scan.push(titleSpan);
    scan.push(bodySpan);
    interface Mention {
      kind: ResolutionKind;
      number: number;
      digits: string;
      type: string | undefined;
      issuerAbbr: string | undefined;
      span: Span;
      inTitle: boolean;
    }
    const mentions: Mention[] = [];
    const re =
      /\b(nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s*)?(\d{1,4})(?![\d/])(?:\s*-?\s*(nq|ct|kl|qd)\s*\/\s*([a-z]{1,6}))?/g;
    for (const s of scan) {
      const f = r.fold(s);
      re.lastIndex = 0;
      for (let m = re.exec(f); m !== null; m = re.exec(f)) {
        const kind: ResolutionKind =
          m[1] === 'chi thi'
            ? 'directive'
            : m[1] === 'ket luan'
              ? 'conclusion'
              : m[1] === 'quy dinh'
                ? 'regulation'
                : 'resolution';
        const start = s.start + m.index;
        const end = start + m[0].length;
        const typeRaw = m[3]
          ? r.nfc.slice(
              start + m[0].length - m[0].slice(m[0].search(/(nq|ct|kl|qd)\s*\/\s*[a-z]+$/)).length,
              end,
            )
          : undefined;
        const typeIssuer = typeRaw?.split('/').map((x) => x.trim().toUpperCase());
        mentions.push({
          kind,
          number: Number(m[2]),
          digits: m[2]!,
          type: typeIssuer?.[0],
          issuerAbbr: typeIssuer?.[1],
          span: { start, end },
          inTitle: titleSpan !== undefined && s === titleSpan,
        });
      }
    }
    interface Acc {
      res: {
        kind: ResolutionKind;
        reference: string;
        issuedOn?: string;
        issuer?: string;
        term?: string;
        plenum?: number;
        title?: string;
      };
      spans: Record<string, Span>;
      cited: boolean;
      inTitle: boolean;
      inferred?: { text: string; context: string };
    }
    const byRef = new Map<string, Acc>();
    /** number|TYPE/ISSUER → reference, and number|TYPE → reference: lookups stay O(1). */
    const byKey = new Map<string, string>();
    const byNumber = new Map<string, string>();
    const typeOf = (k: ResolutionKind) =>
      k === 'directive' ? 'CT' : k === 'conclusion' ? 'KL' : k === 'regulation' ? 'QĐ' : 'NQ';
    const ordered = [...mentions.filter((m) => m.type), ...mentions.filter((m) => !m.type)];
    let year: number | undefined;
    for (const m of ordered) {
      const ctx = this.context(m.span);
      const cf = r.fold(ctx);
      const rel = m.span.start - ctx.start;
      let ref: string | undefined;
      let inferred: Acc['inferred'];
      if (m.type && m.issuerAbbr) {
        const known = byKey.get(`${m.number}|${m.type}/${m.issuerAbbr}`);
        ref = known ?? `${m.digits}-${m.type}/${m.issuerAbbr}`;
      } else {
        const same = byNumber.get(`${m.number}|${typeOf(m.kind)}`);
        if (same) ref = same;
        else {
          const central =
            /bo chinh tri|ban chap hanh trung uong|ban bi thu|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|trung uong dang/.exec(
              cf,
            );
          if (central) {
            ref = `${m.digits}-${typeOf(m.kind)}/TW`;
            inferred = {
              text: clean(r.text(m.span)),
              context: clean(
                r.nfc.slice(
                  ctx.start + central.index,
                  ctx.start + central.index + central[0].length,
                ),
              ),
            };
          }
        }
      }
      if (!ref) continue;
      let acc = byRef.get(ref);
      if (!acc) {
        acc = {
          res: { kind: m.kind, reference: ref },
          spans: { reference: m.span },
          cited: false,
          inTitle: false,
        };
        if (inferred) acc.inferred = inferred;
        byRef.set(ref, acc);
        const [num, sym = ''] = ref.split(/-(.*)/s);
        byKey.set(`${Number(num)}|${sym}`, ref);
        const numberKey = `${Number(num)}|${sym.split('/')[0]}`;
        if (!byNumber.has(numberKey)) byNumber.set(numberKey, ref);
      }
      acc.inTitle ||= m.inTitle;
      // Date: right after (", ngày 5/8/2020") or just before ("ngày 05/8/2020, … ban hành Nghị quyết").
      const after = cf.slice(rel + (m.span.end - m.span.start));
      const dAfter = /^\s*,?\s*(?:ngay|ban hanh ngay)\s+/.exec(after);
      let dateFound: Found<{ iso: string | undefined; text: string }> | undefined;
      if (dAfter) {
        const d = findDates(after.slice(dAfter[0].length, dAfter[0].length + 30))[0];
        if (d && d.start === 0)
          dateFound = {
            ...d,
            start: d.start + rel + (m.span.end - m.span.start) + dAfter[0].length,
            end: d.end + rel + (m.span.end - m.span.start) + dAfter[0].length,
          };
      }
      if (!dateFound) {
        const before = cf.slice(Math.max(0, rel - 90), rel);
        const ds = findDates(before).filter((d) => /ngay\s*$/.test(before.slice(0, d.start)));
        const d = ds[ds.length - 1];
        if (d && !/[.;]/.test(before.slice(d.end).replace(/\d\.\d/g, ''))) {
          const base = Math.max(0, rel - 90);
          dateFound = { ...d, start: d.start + base, end: d.end + base };
        }
      }
      if (dateFound?.value.iso && !acc.res.issuedOn) {
        acc.res.issuedOn = dateFound.value.iso;
        acc.spans.issuedOn = { start: ctx.start + dateFound.start, end: ctx.start + dateFound.end };
        acc.cited = true;
        year ??= Number(dateFound.value.iso.slice(0, 4));
      }
      // Issuer: the nearest central body in the context.
      const issuers: Array<[RegExp, string]> = [
        [/bo chinh tri/g, 'Bộ Chính trị'],
        [/ban bi thu/g, 'Ban Bí thư'],
        [
          /ban chap hanh trung uong|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|\btrung uong dang\b/g,
          'Ban Chấp hành Trung ương',
        ],
      ];
      let best: { d: number; name: string; span: Span } | undefined;
      for (const [ire, name] of issuers) {
        ire.lastIndex = 0;
        for (let im = ire.exec(cf); im !== null; im = ire.exec(cf)) {
          const d = Math.abs(im.index - rel);
          if (!best || d < best.d)
            best = {
              d,
              name,
              span: { start: ctx.start + im.index, end: ctx.start + im.index + im[0].length },
            };
        }
      }
      const central = acc.res.reference.endsWith('/TW');
      if (best && central && !acc.res.issuer) {
        acc.res.issuer = best.name;
        acc.spans.issuer = best.span;
      }
      if (!acc.res.issuer && !central) {
        // A local resolution: "… số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về …".
        const own =
          /^\s*(?:,?\s*ngay\s+[\d/.-]+\s*)?,?\s*cua\s+([^“",;.]{3,60}?)(?=\s+(?:ve|khoa)\b|\s*[“",;.]|$)/.exec(
            after,
          );
        if (own) {
          const is = ctx.start + rel + (m.span.end - m.span.start) + own[0].length - own[1]!.length;
          acc.res.issuer = clean(r.nfc.slice(is, is + own[1]!.length));
          acc.spans.issuer = { start: is, end: is + own[1]!.length };
        }
      }
      const term = /\bkhoa\s+([xvil]{1,6})\b/.exec(cf);
      if (term && !acc.res.term) {
        acc.res.term = term[1]!.toUpperCase();
        acc.spans.term = {
          start: ctx.start + term.index,
          end: ctx.start + term.index + term[0].length,
        };
      }
      const plenum = /hoi nghi (?:lan thu|trung uong)\s+(\d{1,2}|[a-z]+)\b/.exec(cf);
      if (plenum && acc.res.plenum === undefined && acc.res.issuer === 'Ban Chấp hành Trung ương') {
        const n = Number(plenum[1]) || NUMBER_WORDS[plenum[1]!];
        if (n) acc.res.plenum = n;
      }
      // Title in quotes just after the reference.
      const q = /^[^“"”.;]{0,80}?[“"]([^“”"]{3,400})[”"]/.exec(after);
      if (
        q &&
        !acc.res.title &&
        !/nghi quyet|chi thi|ket luan/.test(
          after.slice(0, q.index + q[0].indexOf(q[1]!) - 1).replace(/^[^“"]*$/, ''),
        )
      ) {
        const qs =
          ctx.start + rel + (m.span.end - m.span.start) + q[0].indexOf(q[1]!, q[0].search(/[“"]/));
        const span = { start: qs, end: qs + q[1]!.length };
        acc.res.title = clean(r.text(span));
        acc.spans.title = span;
        acc.cited = true;
      }
    }
    // A resolution whose issuer its own sentence does not name takes the one the
    // plan's title names (*Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII*).
    if (titleSpan) {
      const tf = r.fold(titleSpan);
      const central =
        /ban chap hanh trung uong|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|bo chinh tri|ban bi thu/.exec(
          tf,
        );
      if (central) {
        const name = /bo chinh tri/.test(central[0])
          ? 'Bộ Chính trị'
          : /ban bi thu/.test(central[0])
            ? 'Ban Bí thư'
            : 'Ban Chấp hành Trung ương';
        const term = /\bkhoa\s+([xvil]{1,6})\b/.exec(tf);
        const plenum = /hoi nghi (?:lan thu|trung uong)\s+(\d{1,2}|[a-z]+)\b/.exec(tf);
        for (const acc of byRef.values()) {
          if (acc.res.issuer || !acc.res.reference.endsWith('/TW')) continue;
          acc.res.issuer = name;
          acc.spans.issuer = {
            start: titleSpan.start + central.index,
            end: titleSpan.start + central.index + central[0].length,
          };
          if (term && !acc.res.term) acc.res.term = term[1]!.toUpperCase();
          if (plenum && name === 'Ban Chấp hành Trung ương' && acc.res.plenum === undefined) {
            const n = Number(plenum[1]) || NUMBER_WORDS[plenum[1]!];
            if (n) acc.res.plenum = n;
          }
        }
      }
    }
    const all = [...byRef.values()];
    const keep = all.filter((a) => a.inTitle || a.cited || all.length === 1);
    const list: Array<{
      res: Resolution;
      spans: Record<string, Span>;
      inferred?: { text: string; context: string };
    }> = [];
    const ids = new Set<string>();
    for (const a of keep) {
      let id = `${typeOf(a.res.kind).toLowerCase().replace('đ', 'd')}-${a.res.reference.split('-')[0]}`;
      while (ids.has(id)) id += '-b';
      ids.add(id);
      const res: Resolution = {
        id,
        kind: a.res.kind,
        reference: a.res.reference,
        issuedOn: a.res.issuedOn ?? PLACEHOLDER_DATE,
        issuer: a.res.issuer ?? PLACEHOLDER,
        ...(a.res.term ? { term: a.res.term } : {}),
        ...(a.res.plenum !== undefined ? { plenum: a.res.plenum } : {}),
        ...(a.res.title ? { title: a.res.title } : {}),
      };
      list.push({ res, spans: a.spans, ...(a.inferred ? { inferred: a.inferred } : {}) });
    }
    return { list, year };
  }

  /** The sentence around a span (bounded, never more than ~500 characters). */
  private context(span: Span): Span {
    const f = this.r.folded;
    let start = span.start;
    const min = Math.max(0, span.start - 700);
    const nfc = this.r.nfc;
    const breaks = (i: number) => {
      // A line break ends the sentence unless the next line starts in lower case.
      let j = i + 1;
      while (j < nfc.length && (nfc[j] === ' ' || nfc[j] === '\t')) j++;
      const c = nfc.charAt(j);
      if (c === '' || c === '\n') return true;
      // Continues across the break unless the line before ends a sentence or the next starts an item.
      let k = i - 1;
      while (k > 0 && (nfc[k] === ' ' || nfc[k] === '\t')) k--;
      if (/[.;:!?]/.test(nfc.charAt(k))) return true;
      if (/^(?:[-–—+•*]|\d{1,2}[.)]\s|[IVX]{1,4}\.\s)/u.test(nfc.slice(j, j + 6))) return true;
      return false;
    };
    while (
      start > min &&
      !(f[start - 1] === '\n' && breaks(start - 1)) &&
      !(f[start - 1] === '.' && /\s/.test(f[start] ?? ''))
    )
      start--;
    let end = span.end;
    const max = Math.min(f.length, span.end + 500);
    let quote = false;
    while (end < max) {
      const c = f[end]!;
      if (c === '“') quote = true;
      if (c === '”') quote = false;
      if (
        !quote &&
        ((c === '\n' && breaks(end)) ||
          (c === '.' && /\s/.test(f[end + 1] ?? ' ') && !/\d/.test(f[end - 1]!)))
      )
        break;
      if (!quote && c === ';') break;
      end++;
    }
    return { start, end };
  }

  // -------------------------------------------------------------- text parts

  private readTextParts(sectioned: ReturnType<PlanExtractor['sections']>) {
    const r = this.r;
    const parts: Record<
      | 'intro'
      | 'purposes'
      | 'requirements'
      | 'content'
      | 'methodNotes'
      | 'actionPlanNotes'
      | 'implementation',
      Array<{ text: string; span: Span }>
    > = {
      intro: [],
      purposes: [],
      requirements: [],
      content: [],
      methodNotes: [],
      actionPlanNotes: [],
      implementation: [],
    };
    let purposeSub: 'purposes' | 'requirements' | undefined;
    for (const s of sectioned) {
      const t = r.text(s.para);
      const f = r.fold(s.para);
      if (s.heading) {
        if (s.section === 'purposes') {
          const body = f.replace(NUMBERED, '');
          purposeSub = /^\s*yeu cau/.test(body)
            ? 'requirements'
            : /^\s*muc dich/.test(body) && !/yeu cau/.test(body)
              ? 'purposes'
              : undefined;
        }
        continue;
      }
      if (this.groupParas.has(s.para.start)) continue;
      const item = { text: stripItem(t.replace(NUMBERED, '')), span: s.para as Span };
      if (item.text.length === 0) continue;
      if (s.intro) {
        if (this.hasTitle) parts.intro.push(item);
        continue;
      }
      const kind = s.sub ?? s.section;
      if (s.section === 'purposes') {
        const key = purposeSub ?? (parts.purposes.length === 0 ? 'purposes' : 'requirements');
        parts[key].push(item);
      } else if (kind === 'content') parts.content.push(item);
      else if (kind === 'methods') parts.methodNotes.push(item);
      else if (kind === 'actionPlan') parts.actionPlanNotes.push(item);
      else if (s.section === 'implementation') parts.implementation.push(item);
    }
    return parts;
  }

  private readPlanMethods(sectioned: ReturnType<PlanExtractor['sections']>) {
    const r = this.r;
    const found: Found<Method>[] = [];
    for (const s of sectioned) {
      const f = r.fold(s.para);
      const inMethods = (s.sub ?? s.section) === 'methods';
      if (this.groupParas.has(s.para.start)) continue;
      if (!inMethods && !/phuong thuc|hinh thuc/.test(f)) continue;
      for (const m of findMethods(f)) {
        if (!found.some((x) => x.value === m.value))
          found.push({ ...m, start: m.start + s.para.start, end: m.end + s.para.start });
      }
    }
    return found;
  }

  private readDefaults(sectioned: ReturnType<PlanExtractor['sections']>) {
    const r = this.r;
    let duration: Found<Duration> | undefined;
    let discussion: Found<Duration> | undefined;
    for (const s of sectioned) {
      if (s.heading || s.section === 'tiers') continue;
      for (const c of clauses(r, s.para)) {
        const f = r.fold(c);
        if (findTierWords(f).length > 0 && findDeadlines(f).length > 0) continue;
        if (!/thoi gian|hoi nghi|hoc tap/.test(f)) continue;
        const disc = findDiscussion(f);
        const dur = findDuration(f, disc);
        if (dur && !duration) {
          duration = { ...dur, start: dur.start + c.start, end: dur.end + c.start };
          if (disc) discussion = { ...disc, start: disc.start + c.start, end: disc.end + c.start };
        }
      }
    }
    return { duration, discussion };
  }

  // ---------------------------------------------------------------- sessions

  private readSessions(sectioned: ReturnType<PlanExtractor['sections']>): SessionDraft[] {
    const r = this.r;
    const drafts: SessionDraft[] = [];
    let group: { draft: SessionDraft; paras: Span[] } | undefined;
    /** A tier heading with no facts of its own: its sessions follow as a), b) … */
    let pendingTier: SessionDraft | undefined;
    const closeGroup = () => {
      if (!group) return;
      this.groupParas.add(group.draft.span.start);
      for (const p of group.paras) this.groupParas.add(p.start);
      this.fillGroup(group.draft, group.paras);
      const d = group.draft;
      if (d.audience || d.deadline || d.duration) {
        drafts.push(d);
        pendingTier = undefined;
      } else pendingTier = d;
      group = undefined;
    };
    const inherit = (d: SessionDraft): SessionDraft =>
      pendingTier && pendingTier.level === d.level
        ? { ...d, tierName: pendingTier.tierName, tierNameSpan: pendingTier.tierNameSpan }
        : d;
    for (const s of sectioned) {
      const t = r.text(s.para);
      const f = r.fold(s.para);
      if (s.heading) {
        closeGroup();
        continue;
      }
      if ((s.sub ?? s.section) === 'materials') {
        closeGroup();
        continue;
      }
      const lettered = /^[a-zđ]\s*\)\s*/.exec(t);
      const openTier = group?.draft ?? pendingTier;
      if (lettered && openTier && t.length <= 160 && !/:\s*\S/.test(t) && !/[.;]$/.test(t)) {
        closeGroup();
        const base = pendingTier ?? openTier;
        const title = capitalize(clean(t.slice(lettered[0].length)));
        r.mark(s.para);
        group = {
          draft: {
            ...base,
            audience: undefined,
            audienceSpan: undefined,
            duration: undefined,
            discussion: undefined,
            deadline: undefined,
            methods: [],
            host: undefined,
            coHosts: undefined,
            title,
            span: s.para,
            order: s.para.start,
          },
          paras: [],
        };
        continue;
      }
      const heading = this.tierHeading(s.para, t, f);
      if (heading) {
        closeGroup();
        group = { draft: inherit(heading.draft), paras: heading.rest ? [heading.rest] : [] };
        continue;
      }
      if (group) {
        if (
          /^[-–+•]?\s*(?:thanh phan|thoi gian|dia diem|phuong thuc|hinh thuc|chu tri|bao cao vien|doi tuong)/.test(
            f,
          ) ||
          !/^(?:\d|[IVX]+\.)/.test(t)
        ) {
          if (
            NUMBERED.test(t) &&
            !/^[-–+•]/.test(t) &&
            !/^(?:thanh phan|thoi gian)/.test(f.replace(NUMBERED, ''))
          ) {
            closeGroup();
          } else {
            group.paras.push(s.para);
            continue;
          }
        } else closeGroup();
      }
      // Prose: clause by clause (not the methods, which say how, not who).
      if ((s.sub ?? s.section) === 'methods') continue;
      const learningParagraph = LEARNING.test(f) || (s.sub ?? s.section) === 'tiers';
      for (const c of clauses(r, s.para)) {
        if (EXEMPTION.test(r.fold(c))) continue;
        const d = this.proseSession(c, learningParagraph);
        if (!d) this.noTier(c);
        if (d) drafts.push(d);
      }
    }
    closeGroup();
    const grouped = new Set(drafts.filter((d) => d.tierNameSpan).map((d) => d.level));
    return drafts.filter((d) => d.tierNameSpan || !grouped.has(d.level));
  }

  private tierHeading(
    para: Span,
    t: string,
    f: string,
  ): { draft: SessionDraft; rest: Span | undefined } | undefined {
    const num = NUMBERED.exec(t) ?? /^[-–+•]\s*/.exec(t);
    const lead = num ? num[0].length : 0;
    const colon = t.indexOf(':', lead);
    const headEnd = colon !== -1 && colon < 140 ? colon : t.length;
    const headF = f.slice(lead, headEnd);
    if (headEnd - lead > 140 || headEnd - lead < 3) return undefined;
    if (/[.;]\s*\S/.test(headF.trim().replace(/\d\.\d/g, ''))) return undefined;
    if (/^\s*(?:thanh phan|thoi gian|dia diem|tai lieu)/.test(headF)) return undefined;
    const words = findTierWords(headF);
    if (words.length === 0) return undefined;
    const stripped = headF.replace(/^\s*(?:doi voi|tai|o)\s+/, '').trim();
    // The heading must be about the tier: little text besides tier words.
    const tierLen = words.reduce((n, w) => n + (w.end - w.start), 0);
    if (stripped.length - tierLen > 45) return undefined;
    // A bare line (a table cell, *Cấp tỉnh*) is a heading only when it is the tier words alone.
    if (!num && colon === -1 && (stripped.length - tierLen > 12 || /[.;,]$/.test(t.trim())))
      return undefined;
    const nameStart =
      para.start +
      lead +
      (headF.length - headF.trimStart().length) +
      (headF.trimStart().length - stripped.length);
    const nameSpan = trimSpan(this.r, { start: nameStart, end: para.start + headEnd });
    this.r.mark({ start: para.start, end: para.start + headEnd + (colon !== -1 ? 1 : 0) });
    const name = capitalize(clean(this.r.text(nameSpan)).replace(/[:.]$/, ''));
    const draft: SessionDraft = {
      level: this.levelOf(words[0]!, headF),
      tierName: name,
      tierNameSpan: nameSpan,
      unitKind: undefined,
      audience: undefined,
      audienceSpan: undefined,
      duration: undefined,
      discussion: undefined,
      deadline: undefined,
      methods: [],
      host: undefined,
      coHosts: undefined,
      span: para,
      order: para.start,
    };
    const rest =
      colon !== -1 ? trimSpan(this.r, { start: para.start + colon + 1, end: para.end }) : undefined;
    return { draft, rest: rest && rest.end > rest.start ? rest : undefined };
  }

  private fillGroup(draft: SessionDraft, paras: Span[]): void {
    const r = this.r;
    this.fillLabelled(draft, paras);
    if (draft.audience) return;
    // A table row (or unlabelled block): the first cell that is not a time, a method or a label.
    for (const p of paras) {
      const f = r.fold(p);
      const t = r.text(p).trim();
      if (t.length > 300 || r.isRead(p)) continue;
      if (/^[-–+•]?\s*[\p{L} ]{2,30}:/u.test(f)) continue;
      if (findDeadlines(f).length > 0 || findDuration(f) || findMethods(f).length > 0) continue;
      if (/^\d{1,3}$/.test(t)) continue;
      draft.audience = stripItem(t);
      draft.audienceSpan = trimSpan(r, p);
      r.mark(p);
      return;
    }
  }

  private fillLabelled(draft: SessionDraft, paras: Span[]): void {
    const r = this.r;
    for (const p of paras) {
      const f = r.fold(p);
      const tp =
        /\b(?:thanh phan|doi tuong)(?:\s+(?:tham du|tham gia|hoc tap|du hoc))?\s*(?::|gom(?:\s+co)?\b|la\b)\s*/.exec(
          f,
        );
      if (tp && !draft.audience) {
        const start = p.start + tp.index + tp[0].length;
        let end = p.end;
        const tail = r.fold({ start, end });
        const stop =
          /\s-\s*thoi gian\b|[;,]?\s*\bthoi gian(?: hoc tap| to chuc)?\s*:|;\s*(?:thoi gian|hoan thanh|dia diem|phuong thuc|hinh thuc)\b|\.\s+(?=\S)/.exec(
            tail,
          );
        if (stop) end = start + stop.index;
        const span = trimSpan(r, { start, end });
        draft.audience = stripItem(r.text(span));
        draft.audienceSpan = span;
        r.mark({ start: p.start + tp.index, end: span.end });
      }
      const label = /^[-–+•]?\s*(chu tri|phoi hop(?: voi)?|dia diem|diem cau|tai lieu)\s*:\s*/.exec(
        f,
      );
      if (label) {
        const rest = trimSpan(r, { start: p.start + label[0].length, end: p.end });
        const value = stripItem(r.text(rest));
        if (value) {
          if (label[1] === 'chu tri') draft.host ??= value;
          else if (label[1] === 'dia diem') draft.location ??= value;
          else if (label[1] === 'diem cau') draft.bridgePoints ??= value;
          else if (label[1]!.startsWith('phoi hop'))
            draft.coHosts ??= value
              .split(/[;,]/)
              .map((x) => clean(x))
              .filter((x) => x.length > 0);
          r.mark(p);
          if (label[1] !== 'tai lieu') continue;
        }
      }
      const body =
        tp &&
        draft.audienceSpan &&
        draft.audienceSpan.start >= p.start &&
        draft.audienceSpan.end <= p.end
          ? [
              { start: p.start, end: p.start + tp.index },
              { start: draft.audienceSpan.end, end: p.end },
            ]
          : [p];
      for (const b of body) this.readTimes(draft, b);
    }
  }

  private readTimes(draft: SessionDraft, span: Span): void {
    const r = this.r;
    const f = r.fold(span);
    const disc = findDiscussion(f);
    if (disc && !draft.discussion)
      draft.discussion = { ...disc, start: disc.start + span.start, end: disc.end + span.start };
    const deadlines = findDeadlines(f);
    const dl = deadlines[0];
    if (dl && !draft.deadline && !draft.after)
      draft.deadline = { ...dl, start: dl.start + span.start, end: dl.end + span.start };
    const after = dl ? undefined : findAfter(f);
    if (after && !draft.after && !draft.deadline)
      draft.after = { ...after, start: after.start + span.start, end: after.end + span.start };
    const dur = findDuration(f, disc, after);
    if (dur && !draft.duration && !(dl && dur.start >= dl.start && dur.end <= dl.end))
      draft.duration = { ...dur, start: dur.start + span.start, end: dur.end + span.start };
    const methods = findMethods(f);
    const labelled = /^[-–+•]?\s*(?:phuong thuc|hinh thuc)(?: hoc tap)?\s*:\s*/.exec(f);
    if (labelled) {
      const bare = /\b(?:tap trung|truc tiep)\b/.exec(f.slice(labelled[0].length));
      if (bare && !methods.some((m) => m.value === 'in-person')) {
        const at = labelled[0].length + bare.index;
        methods.push({ start: at, end: at + bare[0].length, value: 'in-person' });
        methods.sort((a, b) => a.start - b.start);
      }
    }
    for (const m of methods) {
      if (!draft.methods.some((x) => x.value === m.value))
        draft.methods.push({ ...m, start: m.start + span.start, end: m.end + span.start });
    }
    if (/\bthoi gian\s*:/.test(f)) {
      const tg = /\bthoi gian\s*:/.exec(f)!;
      r.mark({ start: span.start + tg.index, end: span.start + tg.index + tg[0].length });
    }
  }

  /** A deadline for a conference that no tier word ties to a tier. */
  private noTier(c: Span): void {
    const f = this.r.fold(c);
    if (findTierWords(f).length > 0 || !/\bhoi nghi\b|\bhoc tap\b/.test(f)) return;
    if (ACTION_PLAN.test(f) || REPORT.test(f) || /\bthu hoach\b/.test(f)) return;
    const dl = findDeadlines(f).find((d) => d.value.rule && d.value.rule.kind !== 'held');
    if (dl)
      this.issue('import/no-tier', [], {
        text:
          clean(f.slice(dl.start, dl.end)) === ''
            ? ''
            : clean(this.r.nfc.slice(c.start + dl.start, c.start + dl.end)),
      });
  }

  /** The level of a tier word; a city's own tier is district level under a province. */
  private levelOf(word: Found<TierLevel>, folded: string): TierLevel {
    if (this.cityIsDistrict && isCityWord(folded.slice(word.start, word.end))) return 'district';
    return word.value;
  }

  private proseSession(c: Span, learningParagraph: boolean): SessionDraft | undefined {
    const r = this.r;
    const f = r.fold(c);
    const words = findTierWords(f).filter(
      (w) =>
        !/(?:bi thu|uy vien|chu tich|truong ban|pho ban|giam doc|thuong truc|lanh dao)\s*$/.test(
          f.slice(Math.max(0, w.start - 20), w.start),
        ),
    );
    if (words.length === 0) return undefined;
    const deadlines = findDeadlines(f);
    const isDeliverable =
      (ACTION_PLAN.test(f) && ACTION_VERB.test(f)) ||
      (REPORT.test(f) && !/hoi nghi/.test(f)) ||
      /\bthu hoach\b/.test(f);
    if (isDeliverable) return undefined;
    if (!LEARNING.test(f) && !/\bto chuc\b/.test(f) && !(learningParagraph && deadlines.length > 0))
      return undefined;
    // The tier: the nearest tier word before the deadline, passing over the
    // committee's own organs (Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy) that host or issue.
    const organ = (w: Found<TierLevel>) =>
      /(?:ban thuong vu|thuong truc|ban tuyen giao|van phong|ban to chuc|ban dan van|uy ban kiem tra)(?:\s+cac)?\s*$/.test(
        f.slice(Math.max(0, w.start - 20), w.start),
      );
    const subjects = words.filter((w) => !organ(w));
    const pool = subjects.length > 0 ? subjects : words;
    const limit = deadlines[0]?.start ?? f.length;
    const before = pool.filter((w) => w.end <= limit);
    const first = deadlines.length > 0 && before.length > 0 ? before[before.length - 1]! : pool[0]!;
    const opensWithTier =
      /^\s*(?:[-–+•]\s*)?(?:doi voi|tai|o|hoi nghi do|hoi nghi cua|ngoai(?: to chuc)? hoi nghi)\s+(?:cac\s+)?$/.test(
        f.slice(0, first.start),
      );
    if (deadlines.length === 0 && !opensWithTier) return undefined;
    if (deadlines.length === 0 && !/\bhoc tap\b|\bhoi nghi\b|\bquan triet\b/.test(f))
      return undefined;
    // The unit phrase: the tier word, with a leading "các".
    let uStart = first.start;
    // Extend over a list of unit words: "các huyện đoàn, thành đoàn, đoàn trực thuộc".
    for (let k = words.indexOf(first) - 1; k >= 0; k--) {
      const w = words[k]!;
      if (!/^\s*(?:,|va|,\s*va)\s*$/.test(f.slice(w.end, uStart))) break;
      uStart = w.start;
    }
    if (f.slice(Math.max(0, uStart - 4), uStart) === 'cac ') uStart -= 4;
    const unitSpan = { start: c.start + uStart, end: c.start + first.end };
    const unit = capitalize(clean(r.text(unitSpan)));
    const draft: SessionDraft = {
      level: this.levelOf(first, f),
      tierName: '',
      tierNameSpan: undefined,
      unitKind: unit,
      audience: unit,
      audienceSpan: unitSpan,
      duration: undefined,
      discussion: undefined,
      deadline: undefined,
      methods: [],
      host: undefined,
      coHosts: undefined,
      span: c,
      order: c.start,
    };
    // "X chủ trì phối hợp với A, B, C tổ chức" → host and co-hosts; the audience is A, B, C.
    const host =
      /(?:^|,\s*)([^,]{3,80}?)\s+chu tri(?:,)?\s+(?:va\s+)?phoi hop(?:\s+voi)?\s+(.{3,400}?)\s+(?:to chuc|trien khai)\b/.exec(
        f,
      );
    if (host) {
      const hs = c.start + host.index + host[0].indexOf(host[1]!);
      draft.host = clean(r.nfc.slice(hs, hs + host[1]!.length));
      const cs = c.start + host.index + host[0].lastIndexOf(host[2]!);
      const coSpan = { start: cs, end: cs + host[2]!.length };
      draft.coHosts = r
        .text(coSpan)
        .split(',')
        .map((x) => clean(x))
        .filter((x) => x.length > 0);
      draft.audience = clean(r.text(coSpan));
      draft.audienceSpan = coSpan;
      r.mark({ start: hs, end: hs + host[1]!.length });
    }
    this.readTimes(draft, c);
    r.mark(unitSpan);
    return draft;
  }

  // --------------------------------------------------------------- materials

  private readMaterials(
    sectioned: ReturnType<PlanExtractor['sections']>,
    resolutions: Array<{ res: Resolution }>,
  ): Array<{ m: Omit<Material, 'id'>; span: Span }> {
    const r = this.r;
    const out: Array<{ m: Omit<Material, 'id'>; span: Span }> = [];
    const add = (span: Span) => {
      const s = trimSpan(r, span);
      const title = stripItem(r.text(s)).replace(/^(?:\d{1,2}[.)]|[a-zđ]\))\s*/u, '');
      if (title.length < 4) return;
      const full = r.fold(s);
      const lead = /^(?:[-–+•*]\s*)?(?:(?:\d{1,2}[.)]|[a-z]\))\s*)?/.exec(full)![0].length;
      const f = full.slice(lead);
      let kind: MaterialKind = 'other';
      if (/^(?:nghi quyet|chi thi|ket luan|quy dinh)\b/.test(f)) kind = 'resolution';
      else if (/^de an\b/.test(f)) kind = 'scheme';
      else if (/^(?:ke hoach|chuong trinh)\s+hanh dong\b/.test(f)) kind = 'action-plan';
      else if (/^(?:ke hoach|chuong trinh)\b/.test(f)) kind = 'plan';
      else if (/^(?:huong dan|de cuong|tai lieu)\b/.test(f)) kind = 'guide';
      const m: Omit<Material, 'id'> = { kind, title };
      const cua = /\scua\s+(.+?)(?=\s+(?:ve|thuc hien|thuc hien|trien khai|“)\b|\s*[“",;]|$)/.exec(
        f,
      );
      if (cua && cua[1]!.length <= 80) {
        const is = s.start + lead + cua.index + cua[0].indexOf(cua[1]!);
        (m as { issuer?: string }).issuer = clean(r.nfc.slice(is, is + cua[1]!.length)).replace(
          /[.,;]$/,
          '',
        );
      }
      if (kind === 'resolution') {
        const num = /^(?:nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s*)?(\d{1,4})/.exec(f);
        const res = num
          ? resolutions.find((x) => Number(x.res.reference.split('-')[0]) === Number(num[1]))
          : undefined;
        if (res) (m as { resolution?: string }).resolution = res.res.id;
      }
      r.mark(s);
      out.push({ m, span: s });
    };
    for (const s of sectioned) {
      if (s.heading) continue;
      const f = r.fold(s.para);
      const g =
        /\btai lieu (?:hoc tap|nghien cuu|quan triet)?\s*(?:gom(?:\s+co)?|bao gom|la)\s*:?\s*/.exec(
          f,
        );
      if (!g && (s.sub ?? s.section) === 'materials') {
        for (const it of splitList(r, s.para)) add(it);
        continue;
      }
      if (g) {
        const start = s.para.start + g.index + g[0].length;
        r.mark({ start: s.para.start + g.index, end: start });
        for (const it of splitList(r, { start, end: s.para.end })) add(it);
      }
    }
    return out;
  }

  // ------------------------------------------------------------ deliverables

  private readDeliverables(sectioned: ReturnType<PlanExtractor['sections']>): DeliverableDraft[] {
    const r = this.r;
    const out: DeliverableDraft[] = [];
    for (const s of sectioned) {
      if (s.heading || (s.sub ?? s.section) === 'materials') continue;
      for (const c of clauses(r, s.para)) {
        // Quoted titles ("Tiếp tục xây dựng và hoàn thiện …") are not what the clause does.
        const f = unquote(r.fold(c));
        const dl = findDeadlines(f).find((d) => d.value.rule?.kind !== 'held');
        const dueSpan = dl ? { start: c.start + dl.start, end: c.start + dl.end } : undefined;
        const sentence = clean(r.text(c)).replace(/^[-–+•]\s*/, '');
        const before = out.length;
        const afterFound = dl ? undefined : findAfter(f);
        if (/\bthu hoach\b/.test(f) && !out.some((d) => d.d.kind === 'reflection')) {
          const d: Deliverable = {
            id: 'reflection',
            kind: 'reflection',
            per: 'attendee',
            description: sentence,
          };
          if (/thi dua|xep loai|danh gia/.test(f)) d.countsInEvaluation = true;
          if (dl?.value.rule) d.due = dl.value.rule;
          out.push({ d, span: c, dueSpan: dl?.value.rule ? dueSpan : undefined });
        }
        if (ACTION_PLAN.test(f) && ACTION_VERB.test(f) && s.section !== 'content') {
          const existing = out.filter((d) => d.d.kind === 'action-plan');
          const rule = dl?.value.rule;
          const same = existing.find((d) => JSON.stringify(d.d.due) === JSON.stringify(rule));
          if (!same && (existing.length === 0 || rule)) {
            const noDue = existing.find((d) => d.d.due === undefined);
            const d: Deliverable = noDue?.d ?? {
              id: 'action-plan',
              kind: 'action-plan',
              per: 'unit',
              description: sentence,
            };
            if (rule) {
              d.due = rule;
              d.description = sentence;
            }
            if (!noDue) {
              if (existing.length > 0) d.id = `action-plan-${existing.length + 1}`;
              out.push({ d, span: c, dueSpan: rule ? dueSpan : undefined });
            } else if (rule) {
              noDue.span = c;
              noDue.dueSpan = dueSpan;
            }
          }
        }
        if (
          /\bbao cao\b/.test(f) &&
          /\bdinh ky\b|\bhang (?:thang|quy|nam)\b|\bbao cao ket qua\b|\b6 thang\b/.test(f) &&
          !out.some((d) => d.d.kind === 'report')
        ) {
          const d: Deliverable = {
            id: 'report',
            kind: 'report',
            per: 'unit',
            description: sentence,
          };
          if (/\bhang thang\b/.test(f)) d.recurrence = 'monthly';
          else if (/\bhang quy\b/.test(f)) d.recurrence = 'quarterly';
          else if (/\b6 thang\b|\bsau thang\b/.test(f)) d.recurrence = 'half-yearly';
          else if (/\bhang nam\b/.test(f)) d.recurrence = 'yearly';
          else if (/\bdinh ky\b/.test(f)) d.recurrence = 'periodic';
          const to = /\bbao cao\b[^.;]*?\s(?:ve|len|gui)\s+(.{3,120}?)\s*(?:[.;]|$)/.exec(f);
          if (to) {
            const ts = c.start + to.index + to[0].lastIndexOf(to[1]!);
            const cut = /\s+(?:truoc|cham nhat|hoan thanh|trong|theo|dinh ky|hang)\b/.exec(to[1]!);
            const len = cut ? cut.index : to[1]!.length;
            d.submitTo = clean(r.nfc.slice(ts, ts + len)).replace(/[,;]$/, '');
          }
          const tw = findTierWords(f)[0];
          if (tw) (d as { tier?: string }).tier = tw.value;
          if (dl?.value.rule) d.due = dl.value.rule;
          out.push({ d, span: c, dueSpan: dl?.value.rule ? dueSpan : undefined });
        }
        if (/\bkiem tra\s*,?\s*don doc\b/.test(f) && !out.some((d) => d.d.kind === 'inspection')) {
          out.push({
            d: { id: 'inspection', kind: 'inspection', per: 'unit', description: sentence },
            span: c,
            dueSpan: undefined,
          });
        }
        if (afterFound) {
          for (const e of out.slice(before)) {
            if (e.d.kind === 'action-plan' || e.d.kind === 'report' || e.d.kind === 'reflection')
              e.after = {
                ...afterFound,
                start: afterFound.start + c.start,
                end: afterFound.end + c.start,
              };
          }
        }
      }
    }
    return out;
  }

  private readExemption(sectioned: ReturnType<PlanExtractor['sections']>) {
    const r = this.r;
    for (const s of sectioned) {
      for (const c of clauses(r, s.para)) {
        const f = r.fold(c);
        if (EXEMPTION.test(f)) {
          return { note: clean(r.text(c)).replace(/^[-–+•]\s*/, ''), span: c };
        }
      }
    }
    return undefined;
  }

  // --------------------------------------------------------------------- tail

  private readTail(tailLines: readonly Line[]) {
    const r = this.r;
    const left: Cell[] = [];
    const right: Cell[] = [];
    /** A purpose marker laid out in its own column, keyed by the left cell it belongs to. */
    const purposeCells = new Map<Cell, Cell>();
    const PURPOSE_ONLY =
      /^\((?:de\s+)?(?:b\/c|bc|t\/h|th|c\/d|cd|biet|luu|thuc hien|bao cao|chi dao|phoi hop)\)[;,.]?$/;
    let inRecipients = false;
    let signatureSeen = false;
    const pushRight = (c: Cell) => {
      right.push(c);
      if (!signatureSeen && signatureMode(r.fold(c)) !== undefined) signatureSeen = true;
    };
    for (const line of tailLines) {
      const cells = line.cells;
      const first = cells[0]!;
      const f0 = r.fold(first);
      if (cells.length === 1 && /^(?:trang\s+)?\d{1,3}$|^[*\s_=-]+$/.test(f0.trim())) {
        r.mark(first);
        continue;
      }
      if (/^noi nhan\b/.test(f0)) inRecipients = true;
      if (cells.length >= 2) {
        const [head, ...others] = cells;
        const isSig = signatureMode(f0) !== undefined || (!inRecipients && head!.indent >= 20);
        if (isSig) {
          for (const x of cells) pushRight(x);
          continue;
        }
        left.push(head!);
        for (const c of others) {
          if (PURPOSE_ONLY.test(r.fold(c).trim())) purposeCells.set(head!, c);
          else pushRight(c);
        }
        continue;
      }
      const c = first;
      const f = f0;
      const sigStarted = signatureSeen;
      const ct = r.text(c);
      const bulletOrPurpose = /^[-–+•]/.test(f) || PURPOSE_ONLY.test(f.trim());
      const continuation =
        /[;,.]$/.test(ct.trim()) || /\((?:de\s+)?(?:b\/c|t\/h|c\/d|biet)\)/.test(f);
      const personName = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u.test(ct.trim());
      const sig =
        signatureMode(f) !== undefined ||
        (!bulletOrPurpose &&
          !/^noi nhan/.test(f) &&
          (isUpper(ct) ||
            /^\((?:da ky|ky ten)/.test(f.trim()) ||
            (!continuation &&
              (c.indent >= 20 || (sigStarted && personName) || (sigStarted && !inRecipients)))));
      if (sig) pushRight(c);
      else if (
        inRecipients &&
        (/^[-–+•]/.test(f) || /^noi nhan\b/.test(f) || PURPOSE_ONLY.test(f.trim()) || c.indent < 20)
      )
        left.push(c);
      else pushRight(c);
    }
    // Recipients.
    const recipients: Array<{ rec: Recipient; span: Span; purposeSpan: Span | undefined }> = [];
    let pendingFrom = 0;
    for (const c of left) {
      const f = r.fold(c);
      let text = r.text(c);
      let offset = c.start;
      const nn = /^noi nhan\s*:?\s*/.exec(f);
      if (nn) {
        r.mark({ start: c.start, end: c.start + nn[0].length });
        text = text.slice(nn[0].length);
        offset += nn[0].length;
        if (!text.trim()) continue;
      }
      const ft = f.slice(offset - c.start);
      const bullet = /^[-–+•]\s*/.test(ft);
      const purposeRe =
        /\((?:de\s+)?(b\/c|bc|t\/h|th|c\/d|cd|biet|luu|thuc hien|bao cao|chi dao|phoi hop)\)/;
      let pm = purposeRe.exec(ft);
      let pmBase = offset;
      const extra = purposeCells.get(c);
      if (!pm && extra) {
        pm = purposeRe.exec(r.fold(extra));
        pmBase = extra.start;
        r.mark(extra);
      }
      const luu = /^[-–+•]?\s*luu\s*:?\s*/.exec(ft);
      let purpose: RecipientPurpose | undefined;
      let purposeSpan: Span | undefined;
      if (pm) {
        purpose = purposeOf(pm[1]!);
        purposeSpan = { start: pmBase + pm.index, end: pmBase + pm.index + pm[0].length };
      }
      let name = text;
      if (pm && pmBase === offset)
        name = name.slice(0, pm.index) + name.slice(pm.index + pm[0].length);
      if (luu) {
        name = name.slice(luu[0].length);
        purpose = 'archive';
        purposeSpan = { start: offset, end: offset + luu[0].length };
      }
      const cleanName = stripItem(name).replace(/\s*,$/, '');
      if (bullet || luu || recipients.length === 0) {
        if (cleanName.length === 0 && purpose && recipients.length > 0) {
          // A purpose alone on a line applies to the items before it.
          for (let i = pendingFrom; i < recipients.length; i++)
            recipients[i]!.rec.purpose ??= purpose;
          pendingFrom = recipients.length;
          r.mark(c);
          continue;
        }
        if (cleanName.length === 0) continue;
        recipients.push({
          rec: luu ? { name: cleanName, purpose: 'archive' } : { name: cleanName },
          span: c,
          purposeSpan,
        });
      } else {
        const last = recipients[recipients.length - 1]!;
        last.rec.name = stripItem(`${last.rec.name}, ${cleanName}`.replace(/,\s*,/g, ','));
        last.span = { start: last.span.start, end: c.end };
        if (purposeSpan) last.purposeSpan = purposeSpan;
      }
      r.mark(c);
      if (luu) pendingFrom = recipients.length;
      else if (purpose) {
        for (let i = pendingFrom; i < recipients.length; i++) {
          const e = recipients[i]!;
          if (e.rec.purpose === undefined) {
            e.rec.purpose = purpose;
            e.purposeSpan ??= purposeSpan;
          }
        }
        pendingFrom = recipients.length;
      }
    }
    // Signature.
    let signature: { sig: Signature; span: Span } | undefined;
    let mode: SignatureMode | undefined;
    let authority: string | undefined;
    let title: string | undefined;
    let name: string | undefined;
    let start = -1;
    let end = -1;
    for (const c of right) {
      const t = clean(r.text(c));
      const f = r.fold(c);
      if (!t) continue;
      const m = signatureMode(f);
      if (m !== undefined && mode === undefined) {
        mode = m.mode;
        const rest = t.slice(m.length).trim();
        if (rest) authority = sentenceCase(rest);
        start = c.start;
        end = c.end;
        r.mark(c);
        continue;
      }
      if (/^\((?:da ky|ky|ky ten)[^)]*\)$/.test(f.trim())) {
        r.mark(c);
        continue;
      }
      if (isUpper(t) && !title) {
        title = sentenceCase(t);
        if (start === -1) start = c.start;
        end = c.end;
        r.mark(c);
        continue;
      }
      if (title && !name && /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(t)) {
        name = t;
        end = c.end;
        r.mark(c);
      }
    }
    if (title || mode) {
      const sig: Signature = {
        mode: mode ?? 'direct',
        ...(authority ? { authority } : {}),
        title: title ?? PLACEHOLDER,
        ...(name ? { name } : {}),
      };
      if (!title)
        this.issue('import/missing-field', ['signature', 'title'], {
          field: 'signature.title',
          placeholder: PLACEHOLDER,
        });
      signature = { sig, span: { start, end } };
    }
    return { recipients, signature };
  }

  // ------------------------------------------------------------------ assemble

  private assemble(x: {
    header: ReturnType<PlanExtractor['readHeaderBlock']>;
    title: { text: string; span: Span } | undefined;
    resolutions: Array<{
      res: Resolution;
      spans: Record<string, Span>;
      inferred?: { text: string; context: string };
    }>;
    textParts: ReturnType<PlanExtractor['readTextParts']>;
    planMethods: Found<Method>[];
    defaults: { duration: Found<Duration> | undefined; discussion: Found<Duration> | undefined };
    drafts: SessionDraft[];
    materials: Array<{ m: Omit<Material, 'id'>; span: Span }>;
    deliverables: DeliverableDraft[];
    exemption: { note: string; span: Span } | undefined;
    tail: ReturnType<PlanExtractor['readTail']>;
    yearContext: number | undefined;
    planMonth: number | undefined;
    body: Paragraph[];
  }): Plan {
    const r = this.r;
    const { header } = x;
    // --- Header.
    const article = this.articleHeader(x.body);
    const issuerName = header.issuerName ?? article.issuer;
    const name = issuerName?.value ?? PLACEHOLDER;
    if (!issuerName)
      this.issue('import/missing-field', ['header', 'issuer', 'name'], {
        field: 'header.issuer.name',
        placeholder: PLACEHOLDER,
      });
    const kindText =
      r.fold({ start: 0, end: 0 }) + foldStr(`${name} ${header.parent?.value ?? ''}`);
    const kind: IssuerKind = issuerKind(kindText, header.motto?.value);
    const reference = header.reference ?? article.reference;
    if (!reference)
      this.issue('import/missing-field', ['header', 'reference'], {
        field: 'header.reference',
        placeholder: PLACEHOLDER,
      });
    const place = header.place ?? article.place;
    if (!place)
      this.issue('import/missing-field', ['header', 'place'], {
        field: 'header.place',
        placeholder: PLACEHOLDER,
      });
    const title = x.title ?? article.title;
    if (!title)
      this.issue('import/missing-field', ['header', 'title'], {
        field: 'header.title',
        placeholder: PLACEHOLDER,
      });
    const date = header.date ?? article.date;
    const plan: Plan = {
      header: {
        issuer: {
          name,
          ...(header.parent ? { parent: header.parent.value } : {}),
          kind,
        },
        ...(header.motto ? { motto: header.motto.value } : {}),
        reference: reference?.value ?? PLACEHOLDER,
        place: place?.value ?? PLACEHOLDER,
        ...(date ? { date: date.value } : {}),
        title: title?.text ?? PLACEHOLDER,
      },
      resolutions: [],
      tiers: [],
      audiences: [],
      materials: [],
      sessions: [],
      deliverables: [],
      recipients: [],
    };
    this.src('/header/issuer/name', issuerName?.span);
    this.src('/header/issuer/parent', header.parent?.span);
    this.src('/header/motto', header.motto?.span);
    this.src('/header/reference', reference?.span);
    this.src('/header/place', place?.span);
    this.src('/header/date', date?.span);
    this.src('/header/title', title?.span);
    // --- Text parts.
    for (const key of [
      'intro',
      'purposes',
      'requirements',
      'content',
      'methodNotes',
      'actionPlanNotes',
      'implementation',
    ] as const) {
      const items = x.textParts[key];
      if (items.length === 0) continue;
      if (key === 'intro') {
        plan.intro = items.map((i) => i.text).join('\n');
        this.src('/intro', { start: items[0]!.span.start, end: items[items.length - 1]!.span.end });
        for (const i of items) r.mark(i.span);
      } else if (key === 'implementation') {
        plan.implementation = items.map((i) => ({ text: i.text }));
        items.forEach((i, n) => {
          this.src(`/implementation/${n}`, i.span);
        });
      } else {
        plan[key] = items.map((i) => i.text);
        items.forEach((i, n) => {
          this.src(`/${key}/${n}`, i.span);
        });
      }
    }
    // --- Resolutions.
    x.resolutions.forEach((e, i) => {
      plan.resolutions.push(e.res);
      for (const [k, span] of Object.entries(e.spans)) this.src(`/resolutions/${i}/${k}`, span);
      if (e.inferred)
        this.issue('import/inferred-symbol', ['resolutions', i, 'reference'], {
          ...e.inferred,
          reference: e.res.reference,
        });
      if (e.res.issuedOn === PLACEHOLDER_DATE)
        this.issue('import/missing-field', ['resolutions', i, 'issuedOn'], {
          field: `resolutions[${i}].issuedOn`,
          placeholder: PLACEHOLDER_DATE,
        });
      if (e.res.issuer === PLACEHOLDER)
        this.issue('import/missing-field', ['resolutions', i, 'issuer'], {
          field: `resolutions[${i}].issuer`,
          placeholder: PLACEHOLDER,
        });
    });
    // --- Tiers and sessions.
    const drafts = [...x.drafts].sort(
      (a, b) => tierLevelRank(a.level) - tierLevelRank(b.level) || a.order - b.order,
    );
    const tiers = new Map<TierLevel, { tier: Tier; span: Span | undefined; kinds: string[] }>();
    for (const d of drafts) {
      let t = tiers.get(d.level);
      if (!t) {
        t = {
          tier: { id: d.level, level: d.level, name: d.tierName || LEVEL_NAMES[d.level] },
          span: d.tierNameSpan,
          kinds: [],
        };
        tiers.set(d.level, t);
      }
      if (!t.tier.name || (t.tier.name === LEVEL_NAMES[d.level] && d.tierName))
        t.tier.name = d.tierName || LEVEL_NAMES[d.level];
      if (d.unitKind && !t.kinds.includes(d.unitKind)) t.kinds.push(d.unitKind);
    }
    let ti = 0;
    for (const t of tiers.values()) {
      if (t.kinds.length >= 2) t.tier.unitKinds = t.kinds;
      plan.tiers.push(t.tier);
      this.src(`/tiers/${ti}/level`, t.span);
      this.src(`/tiers/${ti}/name`, t.span);
      ti++;
    }
    const mainMethod = x.planMethods.find((m) => m.value !== 'self-study') ?? x.planMethods[0];
    const altMethods = x.planMethods.filter(
      (m) => m !== mainMethod && m.value !== 'self-study' && m.value !== mainMethod?.value,
    );
    const sessionIds = new Set<string>();
    const perBase = new Map<string, number>();
    drafts.forEach((d, i) => {
      const base = `s-${d.level}`;
      const count = (perBase.get(base) ?? 0) + 1;
      perBase.set(base, count);
      let id = count === 1 ? base : `${base}-${count}`;
      while (sessionIds.has(id)) id = `${id}-b`;
      sessionIds.add(id);
      const audId = id.replace(/^s-/, 'aud-');
      const audName =
        d.audience && d.audience.length > 0 ? d.audience : d.tierName || LEVEL_NAMES[d.level];
      const aud: Audience = { id: audId, name: audName, tier: d.level };
      plan.audiences.push(aud);
      this.src(`/audiences/${plan.audiences.length - 1}/name`, d.audienceSpan);
      // Method.
      let method: Method;
      let alternatives: Method[] = [];
      const own = d.methods.filter((m) => m.value !== 'self-study');
      if (own.length > 0) {
        method = own[0]!.value;
        alternatives = own.slice(1).map((m) => m.value);
        this.src(`/sessions/${i}/method`, own[0]);
        for (const m of own) r.mark(m);
      } else if (mainMethod) {
        method = mainMethod.value;
        alternatives = altMethods.map((m) => m.value);
        this.src(`/sessions/${i}/method`, mainMethod);
      } else {
        method = 'in-person';
        this.issue('import/assumed-method', ['sessions', i, 'method']);
      }
      // Duration.
      const dur = d.duration ?? x.defaults.duration;
      const disc = d.duration ? d.discussion : (d.discussion ?? x.defaults.discussion);
      let duration: Duration;
      if (dur) {
        duration = dur.value;
        this.src(`/sessions/${i}/duration`, dur);
      } else {
        duration = { halfDays: 1 };
        this.issue('import/missing-field', ['sessions', i, 'duration'], {
          field: `sessions[${i}].duration`,
          placeholder: '½ ngày',
        });
      }
      // Deadline.
      let deadline: DateRule | undefined;
      if (d.deadline) {
        deadline = this.resolveDeadline(
          d.deadline,
          ['sessions', i, 'deadline'],
          x.yearContext,
          x.planMonth,
        );
        if (deadline) this.src(`/sessions/${i}/deadline`, d.deadline);
      }
      if (!deadline) {
        const upper = plan.sessions.filter(
          (s) => tierLevelRank(s.tier as TierLevel) < tierLevelRank(d.level),
        );
        const nearest = upper[upper.length - 1];
        const parent = nearest ? upper.find((s) => s.tier === nearest.tier) : undefined;
        if (parent && d.after) {
          deadline = {
            kind: 'after',
            ref: parent.id,
            days: d.after.value.days,
            calendar: d.after.value.calendar,
          };
          this.src(`/sessions/${i}/deadline`, d.after);
        } else if (parent) {
          deadline = { kind: 'after', ref: parent.id, days: 0, calendar: 'calendar' };
          this.issue('import/missing-field', ['sessions', i, 'deadline'], {
            field: `sessions[${i}].deadline`,
            placeholder: `sau ${parent.id}`,
          });
        } else {
          const y = x.yearContext ?? 2000;
          deadline = { kind: 'within', year: String(y) };
          this.issue('import/missing-field', ['sessions', i, 'deadline'], {
            field: `sessions[${i}].deadline`,
            placeholder: `trong năm ${y}`,
          });
        }
      }
      const session: Session = {
        id,
        tier: d.level,
        audiences: [audId],
        method,
        ...(alternatives.length > 0
          ? { alternativeMethods: [...new Set(alternatives)].filter((m) => m !== method) }
          : {}),
        duration,
        ...(disc && disc.value.halfDays <= duration.halfDays ? { discussion: disc.value } : {}),
        deadline,
        ...(d.title ? { title: d.title } : {}),
        ...(d.host ? { host: d.host } : {}),
        ...(d.bridgePoints && method === 'online'
          ? { bridgePoints: { description: d.bridgePoints } }
          : {}),
        ...(d.location ? { location: d.location } : {}),
        ...(d.coHosts && d.coHosts.length > 0 ? { coHosts: d.coHosts } : {}),
      };
      if (session.alternativeMethods?.length === 0) delete session.alternativeMethods;
      if (disc && session.discussion) this.src(`/sessions/${i}/discussion`, disc);
      this.src(`/sessions/${i}/tier`, d.tierNameSpan ?? d.audienceSpan);
      this.src(`/sessions/${i}`, d.span);
      if (x.resolutions.length === 1) session.resolutions = [x.resolutions[0]!.res.id];
      plan.sessions.push(session);
    });
    // Exemption: those who attended the top tier's online session.
    if (x.exemption && plan.sessions.length > 1) {
      const top = plan.sessions[0]!;
      const online = plan.sessions.find((s) => s.tier === top.tier && s.method === 'online');
      if (online) {
        plan.sessions.forEach((s, i) => {
          if (s.tier === top.tier) return;
          s.exemption = { session: online.id, note: x.exemption!.note };
          this.src(`/sessions/${i}/exemption`, x.exemption!.span);
        });
      }
    }
    // --- Materials.
    x.materials.forEach((e, i) => {
      const m: Material = { id: `mat-${i + 1}`, ...e.m };
      plan.materials.push(m);
      this.src(`/materials/${i}`, e.span);
    });
    // --- Deliverables.
    const tierIds = new Set(plan.tiers.map((t) => t.id));
    x.deliverables.forEach((e, i) => {
      const d = { ...e.d };
      if (d.tier !== undefined && !tierIds.has(d.tier)) delete d.tier;
      if (!d.due && e.after && plan.sessions.length > 0) {
        const own =
          plan.sessions.find((s) => s.tier === d.tier) ?? plan.sessions[plan.sessions.length - 1]!;
        d.due = {
          kind: 'after',
          ref: own.id,
          days: e.after.value.days,
          calendar: e.after.value.calendar,
        };
        this.src(`/deliverables/${i}/due`, e.after);
      }
      if (d.due) {
        const due = this.resolveDeadline(
          {
            start: e.dueSpan?.start ?? e.span.start,
            end: e.dueSpan?.end ?? e.span.end,
            value: { rule: d.due, text: '' },
          },
          ['deliverables', i, 'due'],
          x.yearContext,
          x.planMonth,
        );
        if (due) d.due = due;
        else delete d.due;
        this.src(`/deliverables/${i}/due`, e.dueSpan);
      } else if (e.dueSpan === undefined && !d.due) {
        // A month without a year.
      }
      plan.deliverables.push(d);
      this.src(`/deliverables/${i}`, e.span);
    });
    // --- Recipients and signature.
    x.tail.recipients.forEach((e, i) => {
      plan.recipients.push(e.rec);
      this.src(`/recipients/${i}/name`, e.span);
      this.src(`/recipients/${i}/purpose`, e.purposeSpan);
    });
    if (x.tail.signature) {
      plan.signature = x.tail.signature.sig;
      this.src('/signature', x.tail.signature.span);
    }
    return plan;
  }

  private resolveDeadline(
    found: Found<DeadlineFound>,
    path: (string | number)[],
    year: number | undefined,
    planMonth: number | undefined,
  ): DateRule | undefined {
    const v = found.value;
    if (v.rule) return v.rule;
    if (v.invalid) {
      this.issue('import/invalid-date', path, { text: v.invalid });
      return undefined;
    }
    if (v.dayMonth) {
      const prior = this.yearBefore(found.start) ?? year;
      if (prior === undefined) return undefined;
      const { day, month, kind } = v.dayMonth;
      const y =
        kind === 'by' && planMonth !== undefined && month < planMonth && prior === year
          ? prior + 1
          : prior;
      const iso = isoDate(y, month, day);
      if (!iso) {
        this.issue('import/invalid-date', path, { text: clean(v.text) });
        return undefined;
      }
      this.issue('import/inferred-year', path, { text: clean(v.text), year: y });
      return { kind, date: iso };
    }
    if (v.month !== undefined) {
      const prior = this.yearBefore(found.start) ?? year;
      if (prior === undefined) return undefined;
      const y =
        planMonth !== undefined && v.month < planMonth && prior === year ? prior + 1 : prior;
      this.issue('import/inferred-year', path, { text: clean(v.text), year: y });
      return { kind: 'within', month: `${y}-${String(v.month).padStart(2, '0')}` };
    }
    return undefined;
  }

  /** The nearest four-digit year written before an offset in the same plan. */
  private yearBefore(offset: number): number | undefined {
    const from = Math.max(this.lines[0]?.start ?? 0, offset - 2000);
    const f = this.r.folded.slice(from, offset);
    const re = /(?:\/|-|nam\s+)((?:19|20)\d\d)\b/g;
    let last: number | undefined;
    for (let m = re.exec(f); m !== null; m = re.exec(f)) last = Number(m[1]);
    return last;
  }

  // ------------------------------------------------------------ article header

  private articleHeader(body: Paragraph[]) {
    const r = this.r;
    let issuer: { value: string; span: Span } | undefined;
    let reference: { value: string; span: Span } | undefined;
    let place: { value: string; span: Span } | undefined;
    let title: { text: string; span: Span } | undefined;
    let date: { value: string; span: Span } | undefined;
    let titleCited = false;
    let placeFromIssuer = false;
    for (const p of body) {
      const f = r.fold(p);
      if (!issuer) {
        const m =
          /(?:^|[,.;:]\s*|\s)((?:ban thuong vu|ban chap hanh|thuong truc|bch|btv)?\s*(?:tinh uy|thanh uy|huyen uy|quan uy|dang uy|hoi nong dan|hoi lien hiep phu nu|tinh doan|uy ban mat tran to quoc|uy ban nhan dan|ubnd)(?:\s+(?:tinh|thanh pho|huyen|xa|phuong)\b)?[^,.;:]{0,40}?)\s+(?:da\s+)?(?:xay dung\s+(?:va\s+)?)?ban hanh\s+(?:ke hoach|kh)\b/.exec(
            f,
          );
        if (m) {
          const s = p.start + m.index + m[0].indexOf(m[1]!);
          const span = trimSpan(r, { start: s, end: s + m[1]!.length });
          issuer = { value: clean(r.text(span)), span };
        }
      }
      if (!reference) {
        const m = /\bke hoach\s+so\s*:?\s*(\d{1,6})\s*-\s*(kh)\s*\/\s*([a-z0-9.-]{1,12})/.exec(f);
        if (m) {
          const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
          const sym = r.nfc.slice(span.end - m[3]!.length, span.end).toUpperCase();
          reference = { value: `${m[1]}-KH/${sym}`, span };
          const after = f.slice(m.index + m[0].length, m.index + m[0].length + 40);
          const dm = /^\s*,?\s*ngay\s+/.exec(after);
          if (dm) {
            const d = findDates(after.slice(dm[0].length))[0];
            if (d?.start === 0 && d.value.iso) {
              const ds = span.end + dm[0].length;
              date = { value: d.value.iso, span: { start: ds, end: ds + d.end } };
            }
          }
        }
      }
      {
        const m =
          /\bke hoach\s+(?:so\s+\S+\s+)?(?:,?\s*ngay\s+\S+\s+)?(?:ve\s+(?:viec\s+)?)?(?:to chuc\s+)?((?:nghien cuu|hoc tap|quan triet)[^.;\n“”"]{5,300}?)(?=\s+(?:voi|nham|de|theo)\s|[.;\n“"]|$)/.exec(
            f,
          );
        if (m) {
          const s = p.start + m.index + m[0].indexOf(m[1]!);
          const span = trimSpan(r, { start: s, end: s + m[1]!.length });
          const cited = /(?:nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s+)?\d/.test(
            r.fold(span),
          );
          const capital = r.nfc.charAt(p.start + m.index) === 'K';
          if (capital && (!title || (cited && !titleCited))) {
            title = { text: capitalize(clean(r.text(span)).replace(/[,:]$/, '')), span };
            titleCited = cited;
          }
        }
      }
      if (!placeFromIssuer && issuer) {
        placeFromIssuer = true;
        const found = properName(r, issuer.span);
        if (found) place = found;
      }
      if (!place) place = properName(r, p);
    }
    return { issuer, reference, place, title, date };
  }
}

const LEVEL_NAMES: Record<TierLevel, string> = {
  central: 'Cấp Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện và tương đương',
  commune: 'Cấp cơ sở',
  branch: 'Chi bộ, chi hội',
};

function foldStr(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function issuerKind(f: string, motto: Motto | undefined): IssuerKind {
  if (/uy ban nhan dan|\bubnd\b|hoi dong nhan dan|\bhdnd\b|^so\s|^bo\s(?!chinh tri)/.test(f))
    return 'state';
  if (
    /\b(?:tinh|thanh|huyen|quan|thi) doan\b|doan thanh nien|\bhoi\b|\bhnd\b|mat tran|mttq|cong doan|lien doan|hlhpn|\bdoan\b(?! ket)/.test(
      f,
    ) &&
    !/\b(?:huyen|tinh|thanh|quan|thi|dang) uy\b(?!.*\b(?:hoi|doan)\b)/.test(f)
  )
    return 'mass-organisation';
  if (/\b(?:huyen|tinh|thanh|quan|thi|dang) uy\b|\bdang bo\b|\bchi bo\b|\bban thuong vu\b/.test(f))
    return 'party';
  return motto === 'state' ? 'state' : 'party';
}

function signatureMode(f: string): { mode: SignatureMode; length: number } | undefined {
  const t = f.trim();
  const m = /^(t\s*\/\s*m\b|tm\b\.?|k\s*\.?\s*t\b\s*[./]?|t\s*\/\s*l\b|tl\b\.?|q\.)\s*/.exec(t);
  if (!m) return undefined;
  const k = m[1]!.replace(/\s/g, '');
  const mode: SignatureMode = k.startsWith('k')
    ? 'acting-for'
    : k === 't/l' || k === 'tl.'
      ? 'by-order'
      : k === 'q.'
        ? 'acting-for'
        : 'on-behalf';
  return { mode, length: m[0].length + (f.length - f.trimStart().length) };
}

function purposeOf(code: string): RecipientPurpose {
  switch (code) {
    case 'b/c':
    case 'bc':
    case 'bao cao':
      return 'report';
    case 't/h':
    case 'th':
    case 'thuc hien':
    case 'phoi hop':
      return 'implement';
    case 'c/d':
    case 'cd':
    case 'chi dao':
      return 'direct';
    case 'luu':
      return 'archive';
    default:
      return 'inform';
  }
}

function readReference(r: Reader, cell: Cell): { value: string; span: Span } | undefined {
  const f = r.fold(cell);
  const state =
    /^so\s*:?\s*(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([a-z]{1,8})\s*-\s*([a-z0-9]+(?:[.-][a-z0-9]+)*)/.exec(
      f,
    );
  if (state) {
    const span = { start: cell.start, end: cell.start + state[0].length };
    const tail = r.nfc.slice(span.start, span.end);
    const sym = /([\p{L}]{1,8})\s*-\s*([\p{L}0-9]+(?:[.-][\p{L}0-9]+)*)$/u.exec(tail);
    if (sym) {
      const year = state[2] ? `${state[2]}/` : '';
      return {
        value: `${state[1]}/${year}${sym[1]!.toUpperCase()}-${sym[2]!.toUpperCase()}`,
        span,
      };
    }
  }
  const m = /^so\s*:?\s*(\d{0,6})\s*-\s*([a-z]{1,8})\s*\/\s*([a-z0-9]+(?:[.-][a-z0-9]+)*)/.exec(f);
  if (!m) return undefined;
  const span = { start: cell.start, end: cell.start + m[0].length };
  const idx = m[0].lastIndexOf(m[3]!);
  const tIdx = m[0].indexOf(m[2]!, m[0].indexOf('-'));
  const issuer = r.nfc.slice(cell.start + idx, cell.start + idx + m[3]!.length).toUpperCase();
  const type = r.nfc.slice(cell.start + tIdx, cell.start + tIdx + m[2]!.length).toUpperCase();
  return { value: `${m[1]}-${type}/${issuer}`, span };
}

function readPlaceDate(
  r: Reader,
  cell: Cell,
): { place?: { value: string; span: Span }; date?: { value: string; span: Span } } | undefined {
  const f = r.fold(cell);
  const m = /^(?:([^,\d]{2,60}?)\s*,\s*)?ngay\b\s*/.exec(f);
  if (!m) return undefined;
  const out: { place?: { value: string; span: Span }; date?: { value: string; span: Span } } = {};
  if (m[1]) {
    const span = { start: cell.start, end: cell.start + m[1].length };
    out.place = { value: clean(r.text(span)), span };
  }
  const d = findDates(f.slice(m[0].length))[0];
  if (d && d.start === 0 && d.value.iso) {
    out.date = {
      value: d.value.iso,
      span: { start: cell.start + m[0].length - 5, end: cell.start + m[0].length + d.end },
    };
  }
  r.mark(cell);
  return out;
}

/** The first proper name after *tỉnh*, *thành phố*, *huyện*, *xã*, *Tỉnh ủy* … in a span. */
function properName(r: Reader, span: Span): { value: string; span: Span } | undefined {
  const f = r.fold(span);
  const re =
    /\b(?:tinh uy|thanh uy|huyen uy|tinh doan|thanh doan|huyen doan|tinh hoi|dang uy xa|tinh|thanh pho|tp\.?|huyen|xa|phuong)\s+(?=\S)/g;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) {
    const s = span.start + m.index + m[0].length;
    const words = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u.exec(
      r.nfc.slice(s, Math.min(s + 60, span.end)),
    );
    if (words) return { value: words[0], span: { start: s, end: s + words[0].length } };
  }
  return undefined;
}

/** Blanks out quoted text (same length), so that words in cited titles do not count. */
function unquote(f: string): string {
  return f.replace(/“[^“”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/** Splits a list on `;` (outside quotes) into items; bullets become items too. */
function splitList(r: Reader, span: Span): Span[] {
  const f = r.folded;
  const out: Span[] = [];
  let start = span.start;
  let quote = false;
  for (let i = span.start; i < span.end; i++) {
    const c = f[i];
    if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (!quote && (c === ';' || (c === '\n' && /^\s*[-–+•]/.test(f.slice(i + 1, i + 4))))) {
      const s = trimSpan(r, { start, end: i });
      if (s.end > s.start) out.push(s);
      start = i + 1;
    }
  }
  const s = trimSpan(r, { start, end: span.end });
  if (s.end > s.start) out.push(s);
  return out;
}
