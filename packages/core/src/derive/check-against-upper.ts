import type { IsoDate } from '../calendar/iso-date.js';
import { DELIVERABLE_KIND_LABELS } from '../format/labels.js';
import type { Deliverable } from '../model/deliverable.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import type { Session } from '../model/session.js';
import { type Tier, type TierLevel, tierLevelRank } from '../model/tier.js';
import { hasErrors, type Issue } from '../validate/issue.js';
import { bodyAliases, namesBody, upperBodyNames } from './bodies.js';
import { createRelationIssue } from './codes.js';
import { type CopiedText, copyField, findCopies, sentences } from './copies.js';
import { heldAbove, resolutionsText } from './derive-plan.js';
import { inContext, lastDays, nodeKey, readShape } from './shared.js';
import { foldText, wordsOf } from './text.js';

/**
 * Options of {@link checkAgainstUpper}.
 *
 * @category Relations
 */
export interface CheckAgainstUpperOptions {
  /**
   * The lower plan's own tier id; default its highest tier below the upper
   * plan's own (a district's plan that also names the provincial conference
   * is still a district's plan).
   */
  readonly tier?: string;
  /**
   * The text the lower plan was imported from and the `sources` of the import
   * (`importPlans` / `importDocx` of `@rollout/import`): copied text is then
   * located in that text.
   */
  readonly source?: {
    /** The text (for a DOCX file, the text extracted from it). */
    readonly text: string;
    /** JSON-pointer-like path of the plan (`/content/0`) → its span in `text`. */
    readonly sources: Readonly<
      Record<
        string,
        {
          /** The first code unit of the span. */
          readonly start: number;
          /** One past its last code unit. */
          readonly end: number;
        }
      >
    >;
  };
  /** Other names of the upper body, to recognise it among recipients and addressees. */
  readonly upperNames?: readonly string[];
  /** The share of a sentence's word triples found in the upper plan from which it is copied; default 0.8. */
  readonly copyThreshold?: number;
  /** Sentences shorter than this many words are not judged for copying; default 8. */
  readonly minCopyWords?: number;
}

/**
 * The result of {@link checkAgainstUpper}.
 *
 * @category Relations
 */
export interface CheckAgainstUpperResult {
  /** `true` when no issue is an error: the lower plan fits the upper plan. */
  readonly fits: boolean;
  /** What does not fit (`check/…`), and shape problems of either plan (`schema/…`). */
  readonly issues: Issue<string>[];
  /** The stretches of the lower plan that repeat the upper plan, with their spans. */
  readonly copies: CopiedText[];
}

const STOP_WORDS = new Set(['cac', 'va', 'cua', 'cho', 'den', 'voi', 'tai', 'o']);
const LEVEL_NAMES: Record<TierLevel, string> = {
  central: 'Trung ương',
  province: 'cấp tỉnh',
  district: 'cấp huyện',
  commune: 'cấp cơ sở',
  branch: 'chi bộ, chi hội',
};

/** The parts of an audience the genre lists (*Ban Chấp hành huyện Hội, Chủ tịch, Phó Chủ tịch …*). */
function audienceParts(plan: Plan, id: string): string[] {
  const a = plan.audiences.find((x) => x.id === id);
  if (!a) return [];
  return a.members && a.members.length > 0 ? a.members : [a.name];
}

/** Whether the words of `part` are (mostly) in `text`: 70% of its content words. */
function coveredBy(part: string, text: ReadonlySet<string>): boolean {
  const ws = wordsOf(part).filter((w) => !STOP_WORDS.has(w));
  if (ws.length === 0) return true;
  return ws.filter((w) => text.has(w)).length / ws.length >= 0.7;
}

/** A reference as letters and digits only (*58 –NQ/TW* → `58nqtw`), to find it in titles. */
const compactText = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Checks a lower tier's plan against the plan of the tier above it: the
 * province reads a district's submitted plan.
 *
 * @remarks The lower plan's own tier is `options.tier`, else its highest tier
 * below the upper plan's own. Issues (codes in {@link RELATION_ISSUE_CODES}):
 *
 * - `check/deadline-later`: a session or follow-up of a tier is due later than
 *   the upper plan allows for that tier (both computed by {@link schedule}, so
 *   `after` rules count from their reference), or sets no last day where the
 *   upper plan sets one;
 * - `check/missing-tier`, `check/missing-audience`: a tier the upper plan
 *   schedules at or below the lower plan's level, or a part of its audience,
 *   is missing (a session held through the upper tier's own session, such as
 *   communes at the province's online conference, is not asked of the lower plan);
 * - `check/missing-resolution`, `check/missing-material` (the resolution, the
 *   upper plan, the upper body's action plan), `check/missing-follow-up`
 *   (action plan, reflections, reports, inspection — this last a warning);
 * - `check/report-not-to-upper`: no report, nor any sentence about reports,
 *   names the upper body; `check/upper-not-in-recipients` (a warning): no
 *   recipient *B/c* names it;
 * - `check/copied-text`: the lower plan's own prose (opening, purposes,
 *   requirements, content, methods, action-plan notes, implementation) repeats
 *   the upper plan's. Each sentence is normalised (NFC; case, diacritics,
 *   punctuation and spacing folded; every number read as 0) and is copied when
 *   at least `copyThreshold` (0.8) of its word triples occur in the upper
 *   plan's prose; sentences under `minCopyWords` (8) words are not judged.
 *   Triples of the subject both plans rightly share (the titles of the plans,
 *   their resolutions and materials) are not counted, and the opening sentence
 *   that cites the upper plan by number (*Thực hiện Kế hoạch số …*) is not
 *   judged.
 *   Consecutive copied sentences of one item are one stretch: an error when it
 *   holds two sentences or more, or half the item's words; a warning for a
 *   lone shorter sentence. Audiences, material titles, exemptions and the
 *   follow-ups' wording are facts carried down and are not judged.
 *
 * Bodies are recognised by name with the genre's abbreviations written out
 * (*BCH HND tỉnh* = *Ban Chấp hành Hội Nông dân tỉnh*) and its short forms
 * (*Tỉnh Hội*). Works on a lower plan imported from text or DOCX: pass the
 * import's text and `sources` as `options.source` to get the copied spans in
 * that text. Never throws; neither plan is mutated.
 * @param lower - The lower tier's plan.
 * @param upper - The upper tier's plan.
 * @param options - See {@link CheckAgainstUpperOptions}.
 * @returns `{ fits, issues, copies }`.
 * @example A district's plan with a deadline past the province's
 * ```ts
 * const draft = derivePlan(plan985KhHndt, { tier: 'district' });
 * if (draft.success) {
 *   const late = structuredClone(draft.plan);
 *   late.sessions[0]!.deadline = { kind: 'by', date: '2020-09-20' };
 *   checkAgainstUpper(draft.plan, plan985KhHndt).fits; // => true
 *   checkAgainstUpper(late, plan985KhHndt).issues.map((i) => i.code); // => ['check/deadline-later']
 * }
 * ```
 * @see {@link derivePlan}
 * @category Relations
 */
export function checkAgainstUpper(
  lower: ReadonlyPlan,
  upper: ReadonlyPlan,
  options: CheckAgainstUpperOptions = {},
): CheckAgainstUpperResult {
  // Read only: checkAgainstUpper never changes what it is given (the fuzz tests check it).
  return checkAgainstUpperOf(lower as Plan, upper as Plan, options);
}

function checkAgainstUpperOf(
  lower: Plan,
  upper: Plan,
  options: CheckAgainstUpperOptions = {},
): CheckAgainstUpperResult {
  const lo = readShape(lower, []);
  const up = readShape(upper, ['upper']);
  if (!lo.plan || !up.plan)
    return { fits: false, issues: [...(lo.issues ?? []), ...(up.issues ?? [])], copies: [] };
  return new Checker(lo.plan, up.plan, options).run();
}

class Checker {
  private readonly issues: Issue<string>[] = [];
  private readonly upperDays: Map<string, IsoDate | null>;
  private lowerDays: Map<string, IsoDate | null>;
  private readonly aliases: string[][];
  private readonly upperLabel: string;

  constructor(
    private readonly lo: Plan,
    private readonly up: Plan,
    private readonly options: CheckAgainstUpperOptions,
  ) {
    this.upperDays = lastDays(up);
    this.lowerDays = new Map();
    this.aliases = bodyAliases(upperBodyNames(up, options.upperNames ?? []));
    this.upperLabel = options.upperNames?.[0] ?? up.header.issuer.name;
  }

  run(): CheckAgainstUpperResult {
    const { lo, up } = this;
    const topRank = Math.min(...up.tiers.map((t) => tierLevelRank(t.level)));
    const own =
      this.options.tier !== undefined
        ? lo.tiers.find((t) => t.id === this.options.tier)
        : lo.tiers
            .filter((t) => tierLevelRank(t.level) > topRank)
            .sort((a, b) => tierLevelRank(a.level) - tierLevelRank(b.level))[0];
    if (!own || tierLevelRank(own.level) <= topRank) {
      this.issues.push(
        createRelationIssue('check/not-lower', ['tiers'], { top: up.tiers[0]?.name ?? '' }),
      );
      return { fits: false, issues: this.issues, copies: [] };
    }
    const ownRank = tierLevelRank(own.level);
    this.lowerDays = lastDays(inContext(lo, up, ownRank));
    // The upper plan's sessions the lower plan answers for, by level.
    const required = new Map<TierLevel, Session[]>();
    for (const s of up.sessions) {
      const level = this.levelOf(up, s.tier);
      if (level === undefined || tierLevelRank(level) < ownRank || heldAbove(up, s, ownRank))
        continue;
      const list = required.get(level);
      if (list) list.push(s);
      else required.set(level, [s]);
    }
    this.resolutions();
    this.tiersAndAudiences(required);
    this.sessionDeadlines(required);
    this.followUps(required, ownRank);
    this.materials();
    this.reports(own);
    const copies = this.copies();
    return { fits: !hasErrors(this.issues), issues: this.issues, copies };
  }

  private levelOf(plan: Plan, tierId: string | undefined): TierLevel | undefined {
    return tierId === undefined ? undefined : plan.tiers.find((t) => t.id === tierId)?.level;
  }

  private tierName(plan: Plan, tierId: string): string {
    return plan.tiers.find((t) => t.id === tierId)?.name ?? tierId;
  }

  private resolutions(): void {
    const mine = new Set(this.lo.resolutions.map((r) => compactText(r.reference)));
    const title = compactText(this.lo.header.title);
    for (const r of this.up.resolutions) {
      const c = compactText(r.reference);
      if (mine.has(c) || title.includes(c)) continue;
      this.issues.push(
        createRelationIssue('check/missing-resolution', ['resolutions'], {
          reference: r.reference,
        }),
      );
    }
  }

  private tiersAndAudiences(required: ReadonlyMap<TierLevel, Session[]>): void {
    const { lo, up } = this;
    for (const [level, uppers] of required) {
      const tiers = lo.tiers.filter((t) => t.level === level);
      const sessions = lo.sessions.filter((s) => tiers.some((t) => t.id === s.tier));
      if (sessions.length === 0) {
        const upperTier = up.tiers.find((t) => t.id === uppers[0]!.tier);
        this.issues.push(
          createRelationIssue('check/missing-tier', ['tiers'], {
            level: LEVEL_NAMES[level],
            tier: upperTier?.name ?? level,
          }),
        );
        continue;
      }
      // What the lower plan says of its audiences at this level, as a bag of words.
      const text = new Set<string>();
      const ids = new Set([
        ...sessions.flatMap((s) => s.audiences),
        ...lo.audiences.filter((a) => tiers.some((t) => t.id === a.tier)).map((a) => a.id),
      ]);
      for (const id of ids)
        for (const p of audienceParts(lo, id)) for (const w of wordsOf(p)) text.add(w);
      // The upper session at this level whose audience the lower plan covers best.
      let best: { missing: string[] } | undefined;
      for (const s of uppers) {
        const parts = s.audiences.flatMap((id) => audienceParts(up, id));
        const missing = parts.filter((p) => !coveredBy(p, text));
        if (!best || missing.length < best.missing.length) best = { missing };
      }
      const at = lo.sessions.indexOf(sessions[0]!);
      for (const member of best?.missing ?? []) {
        this.issues.push(
          createRelationIssue('check/missing-audience', ['sessions', at, 'audiences'], {
            tier: this.tierName(lo, sessions[0]!.tier),
            member,
          }),
        );
      }
    }
  }

  /** The last day the upper plan allows an activity at a level (the latest of its tiers there). */
  private allowed(activities: readonly string[], level: TierLevel): IsoDate | null | undefined {
    let out: IsoDate | null | undefined;
    for (const t of this.up.tiers) {
      if (t.level !== level) continue;
      for (const a of activities) {
        if (!this.upperDays.has(nodeKey(a, t.id))) continue;
        const d = this.upperDays.get(nodeKey(a, t.id)) ?? null;
        if (d === null) return null;
        if (out === undefined || out === null || d > out) out = d;
      }
    }
    return out;
  }

  private late(
    path: (string | number)[],
    activity: { id: string; vi: string; en: string },
    tier: Tier,
    mine: IsoDate | null,
    allowed: IsoDate,
  ): void {
    this.issues.push(
      createRelationIssue('check/deadline-later', path, {
        activity: activity.id,
        label: activity.vi,
        labelEn: activity.en,
        tier: tier.name,
        lowerDeadline: mine,
        upperDeadline: allowed,
      }),
    );
  }

  private sessionDeadlines(required: ReadonlyMap<TierLevel, Session[]>): void {
    const { lo } = this;
    lo.sessions.forEach((s, i) => {
      const tier = lo.tiers.find((t) => t.id === s.tier);
      if (!tier) return;
      const uppers = required.get(tier.level);
      if (!uppers) return;
      // The same session when the ids agree (a derived plan), else the tier's latest.
      const same = uppers.filter((u) => u.id === s.id);
      const allowed = this.allowed(
        (same.length > 0 ? same : uppers).map((u) => u.id),
        tier.level,
      );
      if (allowed == null) return;
      const mine = this.lowerDays.get(nodeKey(s.id, s.tier)) ?? null;
      if (mine === null || mine > allowed)
        this.late(
          ['sessions', i, 'deadline'],
          {
            id: s.id,
            vi: s.title ?? 'Hội nghị học tập, quán triệt',
            en: s.title ?? 'The study session',
          },
          tier,
          mine,
          allowed,
        );
    });
  }

  /** The levels at which a deliverable of `plan` applies. */
  private levelsOf(plan: Plan, d: Deliverable): TierLevel[] {
    if (d.tier !== undefined) {
      const l = this.levelOf(plan, d.tier);
      return l === undefined ? [] : [l];
    }
    const sessions =
      d.session === undefined ? plan.sessions : plan.sessions.filter((s) => s.id === d.session);
    return [...new Set(sessions.map((s) => this.levelOf(plan, s.tier)))].filter(
      (l): l is TierLevel => l !== undefined,
    );
  }

  private followUps(required: ReadonlyMap<TierLevel, Session[]>, ownRank: number): void {
    const { lo, up } = this;
    const seen = new Set<string>();
    for (const d of up.deliverables) {
      if (d.session !== undefined && ![...required.values()].flat().some((s) => s.id === d.session))
        continue;
      for (const level of this.levelsOf(up, d)) {
        if (tierLevelRank(level) < ownRank || !required.has(level)) continue;
        // A missing tier is reported once, as a tier.
        if (!lo.sessions.some((s) => this.levelOf(lo, s.tier) === level)) continue;
        const mine = lo.deliverables.filter(
          (e) => e.kind === d.kind && this.levelsOf(lo, e).includes(level),
        );
        if (mine.length === 0) {
          const key = `${d.kind}\u0000${level}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const tier = up.tiers.find((t) => t.level === level);
          this.issues.push(
            createRelationIssue(
              'check/missing-follow-up',
              ['deliverables'],
              {
                kind: d.kind,
                label: DELIVERABLE_KIND_LABELS[d.kind].vi,
                labelEn: DELIVERABLE_KIND_LABELS[d.kind].en,
                tier: tier?.name ?? level,
              },
              d.kind === 'inspection' ? 'warning' : undefined,
            ),
          );
          continue;
        }
        const allowed = this.allowed([d.id], level);
        if (allowed == null) continue;
        for (const e of mine) {
          const tiers = lo.tiers.filter((t) => t.level === level);
          for (const t of tiers) {
            if (!this.lowerDays.has(nodeKey(e.id, t.id))) continue;
            const date = this.lowerDays.get(nodeKey(e.id, t.id)) ?? null;
            if (date === null || date > allowed) {
              this.late(
                ['deliverables', lo.deliverables.indexOf(e), 'due'],
                {
                  id: e.id,
                  vi: e.title ?? DELIVERABLE_KIND_LABELS[e.kind].vi,
                  en: e.title ?? DELIVERABLE_KIND_LABELS[e.kind].en,
                },
                t,
                date,
                allowed,
              );
            }
          }
        }
      }
    }
  }

  private materials(): void {
    const { lo, up } = this;
    const titles = lo.materials.map((m) => compactText(m.title));
    const missing = (material: string) =>
      this.issues.push(createRelationIssue('check/missing-material', ['materials'], { material }));
    for (const r of up.resolutions) {
      const c = compactText(r.reference);
      const linked = lo.materials.some(
        (m) =>
          m.resolution !== undefined &&
          lo.resolutions.some((x) => x.id === m.resolution && compactText(x.reference) === c),
      );
      // The resolution itself, not a plan whose title names it.
      const listed = lo.materials.some(
        (m) => (m.kind === 'resolution' || m.kind === 'other') && compactText(m.title).includes(c),
      );
      if (!linked && !listed) missing(resolutionsText({ ...up, resolutions: [r] }));
    }
    const ref = compactText(up.header.reference);
    const numbered = /\d/.test(up.header.reference);
    const hasPlan = numbered
      ? titles.some((t) => t.includes(ref))
      : lo.materials.some(
          (m) =>
            m.kind === 'plan' &&
            (namesBody(m.issuer, this.aliases) || namesBody(m.title, this.aliases)),
        );
    if (!hasPlan) missing(`Kế hoạch số ${up.header.reference} của ${this.upperLabel}`);
    const upperActs = up.deliverables.some(
      (d) => d.kind === 'action-plan' && (d.tier === undefined || d.tier === up.tiers[0]?.id),
    );
    const hasAction = lo.materials.some(
      (m) =>
        (m.kind === 'action-plan' || /hanh dong/.test(foldText(m.title))) &&
        (namesBody(m.issuer, this.aliases) || namesBody(m.title, this.aliases)),
    );
    if (upperActs && !hasAction) missing(`Kế hoạch hành động của ${this.upperLabel}`);
  }

  private reports(own: Tier): void {
    const { lo } = this;
    const ownTiers = new Set(lo.tiers.filter((t) => t.level === own.level).map((t) => t.id));
    const reports = lo.deliverables.filter(
      (d) => d.kind === 'report' && (d.tier === undefined || ownTiers.has(d.tier)),
    );
    if (reports.length > 0) {
      const said = [
        ...reports.flatMap((d) => [d.submitTo, d.description]),
        ...this.reportSentences(),
      ];
      if (!said.some((t) => namesBody(t, this.aliases))) {
        const first = reports[0]!;
        this.issues.push(
          createRelationIssue(
            'check/report-not-to-upper',
            ['deliverables', lo.deliverables.indexOf(first), 'submitTo'],
            { upper: this.upperLabel, submitTo: first.submitTo ?? '' },
          ),
        );
      }
    }
    if (!lo.recipients.some((r) => r.purpose === 'report' && namesBody(r.name, this.aliases))) {
      this.issues.push(
        createRelationIssue('check/upper-not-in-recipients', ['recipients'], {
          upper: this.upperLabel,
        }),
      );
    }
  }

  /** Every sentence of the lower plan (its prose, or its source text) that speaks of reports. */
  private reportSentences(): string[] {
    const { lo } = this;
    const texts = this.options.source
      ? [this.options.source.text]
      : [
          ...(lo.requirements ?? []),
          ...(lo.content ?? []),
          ...(lo.actionPlanNotes ?? []),
          ...(lo.implementation ?? []).map((t) => t.text),
        ];
    const out: string[] = [];
    for (const text of texts) {
      for (const s of sentences(text)) {
        const t = text.slice(s.start, s.end);
        if (/bao cao/.test(foldText(t))) out.push(t);
      }
    }
    return out;
  }

  private copies(): CopiedText[] {
    const copies = findCopies(this.lo, this.up, {
      threshold: this.options.copyThreshold ?? 0.8,
      minWords: this.options.minCopyWords ?? 8,
      ...(this.options.source === undefined ? {} : { source: this.options.source }),
    });
    for (const c of copies) {
      this.issues.push(
        createRelationIssue(
          'check/copied-text',
          c.path,
          {
            field: copyField(c.path),
            upperField: copyField(c.upperPath),
            sentences: c.sentences,
            percent: Math.round(c.similarity * 100),
            start: c.start,
            end: c.end,
            inSource: c.inSource,
          },
          c.sentences >= 2 || c.share >= 0.5 ? 'error' : 'warning',
        ),
      );
    }
    return copies;
  }
}
