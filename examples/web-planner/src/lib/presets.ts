import {
  type Deliverable,
  type IssuerKind,
  type Plan,
  type Session,
  type TierPresetName,
  tierPreset,
} from '@rollout/core';

/** What the clerk gives to start a new plan. */
export interface NewPlanInput {
  readonly preset: TierPresetName;
  /** The issuing body as printed (*BAN THƯỜNG VỤ TỈNH ỦY*). */
  readonly issuer: string;
  /** The body above it (*TỈNH ỦY THANH HÓA*), may be empty. */
  readonly parent: string;
  readonly place: string;
  /** The resolution's number and symbol (*58-NQ/TW*). */
  readonly resolution: string;
  /** The resolution's date (ISO). */
  readonly resolutionDate: string;
  /** Who issued it (*Bộ Chính trị*, *Ban Chấp hành Trung ương* …). */
  readonly resolutionIssuer: string;
  /** The top tier's deadline (ISO): the lower tiers follow it. */
  readonly firstDeadline: string;
}

const ISSUER_KIND: Record<TierPresetName, IssuerKind> = {
  party: 'party',
  'two-level': 'party',
  'mass-organisation': 'mass-organisation',
};

/** The draft number and symbol of a new plan: the symbol of its issuer kind, number blank. */
const DRAFT_REFERENCE: Record<TierPresetName, string> = {
  party: '-KH/TU',
  'two-level': '-KH/TU',
  'mass-organisation': '-KH/H',
};

/**
 * A new plan on a tier preset: one session a tier (the top one due by the
 * given day, each lower one within 15 working days after the upper tier's
 * session: relative rules, which follow when the upper date moves), an
 * audience a tier, an action plan of each unit within 15 working days after
 * its own session, personal
 * reflections, and two usual recipients, all to be edited. The number is a
 * draft (`-KH/TU`), the plan undated and the signer unnamed until the clerk
 * fills them in.
 */
export function newPlan(input: NewPlanInput): Plan {
  const tiers = tierPreset(input.preset);
  const sessions: Session[] = tiers.map((tier, i) => ({
    id: `s-${tier.id}`,
    tier: tier.id,
    audiences: [`aud-${tier.id}`],
    method: i === 0 ? 'online' : 'in-person',
    duration: { halfDays: i === 0 ? 2 : 1 },
    deadline:
      i === 0
        ? { kind: 'by', date: input.firstDeadline }
        : { kind: 'after', anchor: 'upper-session', days: 15, calendar: 'working' },
    ...(i === 0 ? { bridgePoints: {} } : {}),
  }));
  const deliverables: Deliverable[] = [
    {
      id: 'action-plan',
      kind: 'action-plan',
      per: 'unit',
      due: { kind: 'after', anchor: 'own-session', days: 15, calendar: 'working' },
    },
    { id: 'reflection', kind: 'reflection', per: 'attendee', countsInEvaluation: true },
  ];
  const kind = ISSUER_KIND[input.preset];
  return {
    header: {
      issuer: {
        name: input.issuer,
        ...(input.parent.trim() ? { parent: input.parent.trim() } : {}),
        kind,
      },
      reference: DRAFT_REFERENCE[input.preset],
      place: input.place,
      title: `Nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết số ${input.resolution}`,
    },
    resolutions: [
      {
        id: 'res-1',
        kind: 'resolution',
        reference: input.resolution,
        issuedOn: input.resolutionDate,
        issuer: input.resolutionIssuer,
      },
    ],
    tiers,
    audiences: tiers.map((tier) => ({
      id: `aud-${tier.id}`,
      name: `Cán bộ chủ chốt ${tier.name.toLowerCase()}`,
      tier: tier.id,
    })),
    materials: [
      {
        id: 'mat-1',
        kind: 'resolution',
        title: `Nghị quyết số ${input.resolution}`,
        resolution: 'res-1',
      },
    ],
    sessions,
    deliverables,
    recipients: [
      { name: 'Các đơn vị trực thuộc', purpose: 'implement' },
      { name: 'Lưu Văn phòng', purpose: 'archive' },
    ],
    signature: {
      mode: 'on-behalf',
      authority: 'BAN THƯỜNG VỤ',
      title: kind === 'party' ? 'BÍ THƯ' : 'CHỦ TỊCH',
    },
  };
}
