/**
 * Every issue code, with its default severity and what it means.
 *
 * @remarks Codes are stable: they never change when zod or the rules' wording
 * change. Each is `area/kebab-name`. The table in the core README is made from
 * this list (`node scripts/gen-codes-doc.mjs`, checked by `pnpm docs:api`).
 * @example
 * ```ts
 * ISSUE_CODES['cascade/before-parent'].severity; // => 'error'
 * ```
 * @category Validation
 */
export const ISSUE_CODES = {
  // --- schema: the shape of the input -------------------------------------
  /** A value has the wrong type (a number where text is expected …). */
  'schema/invalid-type': { severity: 'error', summary: 'A value has the wrong type.' },
  /** A required field is missing. */
  'schema/required': { severity: 'error', summary: 'A required field is missing.' },
  /** A value is not one of the allowed values. */
  'schema/invalid-value': {
    severity: 'error',
    summary: 'A value is not one of the allowed values.',
  },
  /** A text does not have the expected form (a date as YYYY-MM-DD …). */
  'schema/invalid-format': {
    severity: 'error',
    summary: 'A text does not have the expected form.',
  },
  /** A number, text or list is too small or too short. */
  'schema/too-small': { severity: 'error', summary: 'A number, text or list is too small.' },
  /** A number, text or list is too large or too long. */
  'schema/too-big': { severity: 'error', summary: 'A number, text or list is too large.' },
  /** An object has a key the format does not know (it would be lost). */
  'schema/unknown-key': {
    severity: 'error',
    summary: 'An object has a key the format does not know.',
  },
  /** The input could not be read at all (a getter threw, a proxy refused …). */
  'schema/unreadable': { severity: 'error', summary: 'The input could not be read.' },
  /** Any other shape problem. */
  'schema/invalid': { severity: 'error', summary: 'The value is not valid here.' },

  // --- ref: ids and references --------------------------------------------
  /** Two entities of a plan share an id (sessions and deliverables share one namespace). */
  'ref/duplicate-id': { severity: 'error', summary: 'Two entities share an id.' },
  /** A reference names a tier that the plan does not have. */
  'ref/unknown-tier': { severity: 'error', summary: 'A reference names an unknown tier.' },
  /** A reference names an audience that the plan does not have. */
  'ref/unknown-audience': { severity: 'error', summary: 'A reference names an unknown audience.' },
  /** A reference names a study material that the plan does not have. */
  'ref/unknown-material': { severity: 'error', summary: 'A reference names an unknown material.' },
  /** A reference names a resolution that the plan does not have. */
  'ref/unknown-resolution': {
    severity: 'error',
    summary: 'A reference names an unknown resolution.',
  },
  /** A reference names a session that the plan does not have. */
  'ref/unknown-session': { severity: 'error', summary: 'A reference names an unknown session.' },
  /** A reference names a deliverable that the plan does not have. */
  'ref/unknown-deliverable': {
    severity: 'error',
    summary: 'A reference names an unknown deliverable.',
  },
  /** An `after` rule names an activity (session or deliverable) that the plan does not have. */
  'ref/unknown-activity': {
    severity: 'error',
    summary: 'An after rule names an unknown activity.',
  },
  /** An `after` rule names its own activity. */
  'ref/self-reference': { severity: 'error', summary: 'An after rule names its own activity.' },

  // --- date ---------------------------------------------------------------
  /** A date does not exist on the calendar (31/2). */
  'date/nonexistent': { severity: 'error', summary: 'A date does not exist on the calendar.' },
  /** A span ends before it starts. */
  'date/span-reversed': { severity: 'error', summary: 'A span of dates ends before it starts.' },
  /** A deadline falls before the resolution was issued. */
  'date/before-resolution': {
    severity: 'error',
    summary: 'A deadline is before the resolution was issued.',
  },
  /** The plan is dated before a resolution it rolls out was issued. */
  'date/plan-before-resolution': {
    severity: 'error',
    summary: 'The plan is dated before its resolution.',
  },
  /**
   * The last day a deadline allows (a `by` date, the end of a `within` period
   * or a `span`, the day an `after` rule comes to) is a weekend day, a public
   * holiday or another day off; the issue names it. A `within` period that
   * merely ends on a weekend is an `info`, not a warning.
   */
  'date/deadline-on-day-off': { severity: 'warning', summary: 'A deadline falls on a day off.' },
  /** A date the cascade computes falls outside 0001-01-01 … 9999-12-31; its node has no date. */
  'date/out-of-range': {
    severity: 'error',
    summary: 'A computed date falls outside the years 0001–9999.',
  },
  /** An anchored `after` rule names an anchor that does not fit the activity (`own-session` on a session). */
  'date/invalid-anchor': {
    severity: 'error',
    summary: 'An after rule names an anchor that does not fit the activity.',
  },

  /** A calendar file lists the same day both as a day off and as a working day. */
  'calendar/conflicting-day': {
    severity: 'error',
    summary: 'A calendar file lists a day both off and worked.',
  },

  // --- cascade ------------------------------------------------------------
  /** A lower tier's session must be done before the upper tier's session it learns from. */
  'cascade/before-parent': {
    severity: 'error',
    summary: "A lower tier's session is due before the upper tier's session it learns from.",
  },
  /** An action plan is due before its own session. */
  'cascade/action-plan-before-session': {
    severity: 'error',
    summary: 'An action plan is due before its own session.',
  },
  /** A reflection is due before the session it reflects on. */
  'cascade/reflection-before-session': {
    severity: 'error',
    summary: 'A reflection is due before its session.',
  },
  /** The date rules form a cycle (A after B after A). */
  'cascade/cycle': { severity: 'error', summary: 'The date rules form a cycle.' },
  /** No date satisfies a node's rules: its earliest date is after its latest allowed date. */
  'cascade/infeasible': {
    severity: 'error',
    summary: 'No date satisfies the rules of an activity.',
  },
  /** A unit is late: its deadline has passed (as of `today`) and the activity was not held. */
  'cascade/late': { severity: 'warning', summary: 'A unit is late.' },
  /** An actual date made a deadline infeasible that was feasible by plan. */
  'cascade/became-infeasible': {
    severity: 'error',
    summary: 'An actual date made a deadline infeasible.',
  },
  /** A session was held (an actual) before the upper tier's session it learns from had ended. */
  'cascade/held-before-parent': {
    severity: 'warning',
    summary: "A session was held before the upper tier's session it learns from.",
  },
  /** A session was held on the last day of the upper session it learns from, which lasts longer than a morning. */
  'cascade/held-same-day-as-parent': {
    severity: 'warning',
    summary: 'A session was held on the same day as the upper session it learns from.',
  },
  /** An activity was held (an actual) before the window its own rule allows opens. */
  'cascade/held-outside-window': {
    severity: 'warning',
    summary: 'An activity was held before its own window opens.',
  },
  /** A unit sits at a tier level for which the plan has no tier. */
  'cascade/unit-without-tier': { severity: 'warning', summary: 'A unit has no tier in the plan.' },
  /** An actual (a held date) names a unit or a session that is unknown. */
  'cascade/unknown-actual': {
    severity: 'error',
    summary: 'An actual names an unknown unit or session.',
  },

  // --- unit tree ----------------------------------------------------------
  /** Two units share an id. */
  'unit/duplicate-id': { severity: 'error', summary: 'Two units share an id.' },
  /** A unit names a parent that is not in the tree. */
  'unit/unknown-parent': { severity: 'error', summary: 'A unit names an unknown parent.' },
  /** The parent links form a cycle. */
  'unit/cycle': { severity: 'error', summary: 'The parent links of units form a cycle.' },
  /** A unit's level is not below its parent's level. */
  'unit/level-order': { severity: 'error', summary: "A unit's level is not below its parent's." },

  // --- session ------------------------------------------------------------
  /** A session lasts zero half-days. */
  'session/zero-duration': { severity: 'error', summary: 'A session lasts zero half-days.' },
  /** The discussion share is longer than the session. */
  'session/discussion-exceeds-duration': {
    severity: 'error',
    summary: 'The discussion share is longer than the session.',
  },
  /** A session has no audience. */
  'session/no-audience': { severity: 'error', summary: 'A session has no audience.' },
  /** An online session says nothing of its bridge points. */
  'session/no-bridge-points': {
    severity: 'warning',
    summary: 'An online session has no bridge-point information.',
  },

  // --- exemption ----------------------------------------------------------
  /** An exemption points at a session that is not online. */
  'exemption/not-online': {
    severity: 'error',
    summary: 'An exemption points at a session that is not online.',
  },
  /** An exemption points at a session of the same or a lower tier. */
  'exemption/not-upper-tier': {
    severity: 'error',
    summary: 'An exemption points at a session that is not of an upper tier.',
  },

  // --- tier ---------------------------------------------------------------
  /** A tier has no session. */
  'tier/no-session': { severity: 'error', summary: 'A tier has no session.' },
  /** A tier's level is above the level of the tier listed before it. */
  'tier/level-order': { severity: 'error', summary: 'The tiers are not listed from the top down.' },

  // --- document -----------------------------------------------------------
  /** A number and symbol is not of the form `985-KH/HNDT` or `123/KH-UBND`. */
  'reference/malformed': { severity: 'error', summary: 'A number and symbol is malformed.' },
  /** The number and symbol leaves the number blank (`-KH/TU`): a draft. */
  'reference/unnumbered': {
    severity: 'info',
    summary: 'The number and symbol has no number yet (a draft).',
  },
  /** A recipient's purpose is not one of B/c, T/h, C/đ, Biết, Lưu. */
  'recipient/unknown-purpose': { severity: 'error', summary: "A recipient's purpose is unknown." },
  /** The plan has no signature block. */
  'signature/missing': { severity: 'error', summary: 'The plan has no signature.' },
  /** A text is not in Unicode NFC (decomposed diacritics). */
  'text/not-nfc': { severity: 'warning', summary: 'A text is not in Unicode NFC.' },

  // --- progress -----------------------------------------------------------
  /** A progress event names a unit that is not in the tree. */
  'progress/unknown-unit': { severity: 'error', summary: 'An event names an unknown unit.' },
  /** A progress event names a session or deliverable that is not in the plan. */
  'progress/unknown-activity': {
    severity: 'error',
    summary: 'An event names an unknown session or deliverable.',
  },
  /** The same event was recorded twice; it is counted once. */
  'progress/duplicate-event': {
    severity: 'warning',
    summary: 'The same event was recorded twice.',
  },
  /** Two events contradict each other (held twice on different dates …). */
  'progress/contradictory-event': {
    severity: 'error',
    summary: 'Two events contradict each other.',
  },
  /** An event's numbers do not add up (more present than expected …). */
  'progress/inconsistent-counts': {
    severity: 'warning',
    summary: "An event's numbers do not add up.",
  },
  /** An event names a session that the unit's tier does not hold. */
  'progress/wrong-tier': {
    severity: 'error',
    summary: "An event names a session of another tier than the unit's.",
  },
  /** A session was skipped under an exemption that the plan does not grant for it. */
  'progress/invalid-exemption': {
    severity: 'error',
    summary: 'A session was skipped without a valid exemption.',
  },

  // --- layout: a plan laid out as a document -------------------------------
  /** The motto printed (the plan's or the one asked for) is not the one the chosen layout rule set prints. */
  'layout/motto-mismatch': {
    severity: 'warning',
    summary: 'The motto does not fit the chosen layout rule set.',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/**
 * How serious an issue is: `error` makes a plan invalid; `warning` and `info` do not.
 *
 * @category Validation
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A stable issue code such as `cascade/before-parent`.
 *
 * @category Validation
 */
export type IssueCode = keyof typeof ISSUE_CODES;

/** A date as an ISO `YYYY-MM-DD` string, in issue params (messages write it as 15/9/2020). */
type IsoDateParam = string;

/**
 * The names an issue about a session or deliverable carries: the plan's own words.
 *
 * @example
 * ```ts
 * const names: ActivityNames = {
 *   activity: 's-district',
 *   activityName: 'Hội nghị (Hội Nông dân các huyện, thị, thành phố)',
 *   activityNameEn: 'Session (Hội Nông dân các huyện, thị, thành phố)',
 * };
 * names.activity; // => 's-district'
 * ```
 * @category Validation
 */
export type ActivityNames = {
  /** The activity's id. */
  readonly activity: string;
  /** Its name for people, in Vietnamese: its title, else what it is and its tier. */
  readonly activityName: string;
  /** The same in English. */
  readonly activityNameEn: string;
};

/**
 * The names an issue about one unit of a tree carries.
 *
 * @example
 * ```ts
 * const unit: UnitNames = { unitId: 'nga-son', unitName: 'Hội Nông dân huyện Nga Sơn' };
 * unit.unitName; // => 'Hội Nông dân huyện Nga Sơn'
 * ```
 * @category Validation
 */
export type UnitNames = {
  /** The unit's id, when the issue is about one unit. */
  readonly unitId?: string;
  /** The unit's name, when the issue is about one unit. */
  readonly unitName?: string;
};

/**
 * The `params` of each issue code: the values its messages are made from,
 * typed per code, so that `switch (issue.code)` narrows `issue.params`.
 *
 * @remarks Dates are ISO strings (messages write them as *15/9/2020*); ids
 * sit beside the names people read (`session` and `sessionName`).
 * @example
 * ```ts
 * const p: IssueParamsByCode['cascade/late'] = {
 *   activity: 's-district', activityName: 'Hội nghị (Cấp huyện)', activityNameEn: 'Session (Cấp huyện)',
 *   tier: 'district', tierName: 'Cấp huyện', deadline: '2020-09-15', daysLate: 5,
 * };
 * p.daysLate; // => 5
 * ```
 * @category Validation
 */
export interface IssueParamsByCode {
  /** `expected` type, `received` value or type. */
  'schema/invalid-type': { readonly expected: string; readonly received: string };
  'schema/required': { readonly key: string };
  'schema/invalid-value': { readonly allowed: string; readonly received: string };
  /** `format`: a known form (`date`, `month`, `quarter`, `year`, `time`, `id`, `id-characters`) or zod's text. */
  'schema/invalid-format': { readonly format: string };
  'schema/too-small': { readonly minimum: string };
  'schema/too-big': { readonly maximum: string };
  'schema/unknown-key': { readonly key: string };
  'schema/unreadable': { readonly reason: string };
  'schema/invalid': { readonly detail: string };
  'ref/duplicate-id': { readonly id: string; readonly firstPath: string };
  'ref/unknown-tier': { readonly id: string };
  'ref/unknown-audience': { readonly id: string };
  'ref/unknown-material': { readonly id: string };
  'ref/unknown-resolution': { readonly id: string };
  'ref/unknown-session': { readonly id: string };
  'ref/unknown-deliverable': { readonly id: string };
  'ref/unknown-activity': { readonly id: string };
  'ref/self-reference': { readonly id: string };
  'date/nonexistent': { readonly date: string };
  'date/span-reversed': { readonly from: IsoDateParam; readonly to: IsoDateParam };
  'date/before-resolution': {
    readonly deadline: IsoDateParam;
    readonly resolution: string;
    readonly issuedOn: IsoDateParam;
    readonly resolutionIndex?: number;
  };
  'date/plan-before-resolution': {
    readonly planDate: IsoDateParam;
    readonly resolution: string;
    readonly issuedOn: IsoDateParam;
    readonly resolutionIndex?: number;
  };
  'date/deadline-on-day-off': ActivityNames & {
    readonly date: IsoDateParam;
    readonly holiday: string;
    readonly holidayEn: string;
    readonly dayOffKind: string;
  };
  'date/out-of-range': ActivityNames;
  'date/invalid-anchor': { readonly anchor: string };
  'calendar/conflicting-day': { readonly date: IsoDateParam; readonly daysOffIndex: number };
  'cascade/before-parent': {
    readonly session: string;
    readonly sessionName: string;
    readonly deadline: IsoDateParam;
    readonly parent: string;
    readonly parentName: string;
    readonly parentDate: IsoDateParam;
  };
  'cascade/action-plan-before-session': {
    readonly deliverable: string;
    readonly deliverableName: string;
    readonly due: IsoDateParam;
    readonly session: string;
    readonly sessionName: string;
    readonly sessionDate: IsoDateParam;
  };
  'cascade/reflection-before-session': IssueParamsByCode['cascade/action-plan-before-session'];
  'cascade/cycle': { readonly cycle: string };
  'cascade/infeasible': ActivityNames &
    UnitNames & {
      readonly tier: string;
      readonly tierName: string;
      readonly earliest: IsoDateParam;
      readonly latest: IsoDateParam;
    };
  'cascade/late': ActivityNames &
    UnitNames & {
      readonly tier: string;
      readonly tierName: string;
      readonly deadline: IsoDateParam;
      readonly daysLate: number;
    };
  'cascade/became-infeasible': IssueParamsByCode['cascade/infeasible'];
  'cascade/held-before-parent': ActivityNames &
    UnitNames & {
      readonly date: IsoDateParam;
      readonly parent: string;
      readonly parentName: string;
      readonly parentDate: IsoDateParam;
    };
  'cascade/held-same-day-as-parent': IssueParamsByCode['cascade/held-before-parent'];
  'cascade/held-outside-window': ActivityNames &
    UnitNames & {
      readonly date: IsoDateParam;
      readonly from: IsoDateParam;
      readonly to: IsoDateParam;
    };
  'cascade/unit-without-tier': {
    readonly unit: string;
    readonly unitName?: string;
    readonly level: string;
  };
  'cascade/unknown-actual': { readonly id: string };
  'unit/duplicate-id': { readonly id: string };
  'unit/unknown-parent': { readonly id: string; readonly parent: string };
  'unit/cycle': { readonly id: string };
  'unit/level-order': {
    readonly id: string;
    readonly level: string;
    readonly parent: string;
    readonly parentLevel: string;
  };
  'session/zero-duration': { readonly session: string; readonly sessionName: string };
  'session/discussion-exceeds-duration': {
    readonly session: string;
    readonly sessionName: string;
    readonly discussion: number;
    readonly duration: number;
  };
  'session/no-audience': { readonly session: string; readonly sessionName: string };
  'session/no-bridge-points': { readonly session: string; readonly sessionName: string };
  'exemption/not-online': {
    readonly session: string;
    readonly sessionName: string;
    readonly target: string;
    readonly targetName: string;
    readonly method: string;
  };
  'exemption/not-upper-tier': {
    readonly session: string;
    readonly sessionName: string;
    readonly target: string;
    readonly targetName: string;
  };
  'tier/no-session': { readonly tier: string; readonly tierName: string };
  'tier/level-order': {
    readonly tier: string;
    readonly tierName: string;
    readonly level: string;
    readonly previous: string;
    readonly previousName: string;
    readonly previousLevel: string;
  };
  'reference/malformed': { readonly reference: string };
  'reference/unnumbered': { readonly reference: string };
  'recipient/unknown-purpose': { readonly purpose: string };
  'signature/missing': Record<string, never>;
  'text/not-nfc': Record<string, never>;
  'progress/unknown-unit': { readonly unit: string };
  'progress/unknown-activity': { readonly activity: string };
  'progress/duplicate-event': { readonly detail: string };
  'progress/contradictory-event': { readonly detail: string };
  'progress/inconsistent-counts': { readonly detail: string };
  'progress/wrong-tier': { readonly unit: string; readonly session: string };
  'progress/invalid-exemption': { readonly session: string; readonly exemption: string };
  'layout/motto-mismatch': {
    readonly motto: string;
    readonly expected: string;
    readonly rules: string;
  };
}
