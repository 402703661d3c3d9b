import {
  type DateRule,
  dateRuleWindow,
  formatDateRule,
  type Plan,
  parentSessionOf,
} from '@rollout/core';
import { formatDmy, todayInVietnam } from '../lib/dates.js';
import { fieldId, type Path } from '../lib/edit.js';
import { usePlan } from './context.js';
import {
  DateField,
  FieldMessages,
  MonthField,
  NumberField,
  SelectField,
  useFieldIssues,
} from './fields.js';
import { t } from './i18n.js';

/** The forms a rule can take in the editor (`within` splits into its three periods). */
export type RuleForm = 'by' | 'month' | 'quarter' | 'year' | 'span' | 'after' | 'held';

export function formOf(rule: DateRule): RuleForm {
  if (rule.kind === 'within')
    return 'month' in rule ? 'month' : 'quarter' in rule ? 'quarter' : 'year';
  return rule.kind;
}

const FORM_LABELS: Record<RuleForm, [string, string]> = {
  by: ['Hoàn thành trước ngày (tính cả ngày đó)', 'Done by a date (inclusive)'],
  month: ['Trong tháng', 'Within a month'],
  quarter: ['Trong quý', 'Within a quarter'],
  year: ['Trong năm', 'Within a year'],
  span: ['Từ ngày … đến ngày …', 'From a date to a date'],
  after: ['Trong vòng N ngày sau một hoạt động', 'Within N days after an activity'],
  held: ['Đã tổ chức ngày', 'Already held on'],
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The rule in another form, keeping its meaning as far as it goes: the last
 * day stays the last day (a month, quarter or year takes the period holding
 * it); `after` follows the session the activity learns from.
 */
export function convertRule(
  rule: DateRule,
  form: RuleForm,
  context: { plan: Plan; activity: string; resolvedEnd: string | null },
): DateRule {
  const window = dateRuleWindow(rule);
  const end = window.end ?? context.resolvedEnd ?? context.plan.header.date ?? todayInVietnam();
  const start = window.start ?? end;
  const y = end.slice(0, 4);
  switch (form) {
    case 'by':
      return { kind: 'by', date: end };
    case 'held':
      return { kind: 'held', date: end };
    case 'month':
      return { kind: 'within', month: end.slice(0, 7) };
    case 'quarter':
      return {
        kind: 'within',
        quarter: `${y}-Q${Math.floor((Number(end.slice(5, 7)) - 1) / 3) + 1}`,
      };
    case 'year':
      return { kind: 'within', year: y };
    case 'span':
      return { kind: 'span', from: start.localeCompare(end) <= 0 ? start : end, to: end };
    case 'after': {
      if (rule.kind === 'after') return rule;
      const plan = context.plan;
      // A deliverable follows its unit's own session; a session the upper tier's.
      if (plan.deliverables.some((d) => d.id === context.activity))
        return { kind: 'after', anchor: 'own-session', days: 15, calendar: 'working' };
      if (plan.sessions.some((s) => s.id === context.activity))
        return { kind: 'after', anchor: 'upper-session', days: 15, calendar: 'working' };
      const session = plan.sessions.find((s) => s.id === context.activity);
      const deliverable = plan.deliverables.find((d) => d.id === context.activity);
      const ref =
        (session && parentSessionOf(plan, session)?.id) ??
        deliverable?.session ??
        (deliverable?.tier
          ? plan.sessions.find((s) => s.tier === deliverable.tier)?.id
          : undefined) ??
        plan.sessions.find((s) => s.id !== context.activity)?.id ??
        context.activity;
      return { kind: 'after', ref, days: 15, calendar: 'working' };
    }
  }
}

/**
 * Edits a date rule in its own form: a date for `by` and `held`, a month,
 * quarter or year for `within`, two dates for `span`, the activity, the
 * number of days and the calendar for `after`. A relative rule stays
 * relative: editing its days never turns it into a fixed date.
 */
export function RuleEditor(props: {
  path: Path;
  rule: DateRule | undefined;
  activity: string;
  legend: string;
  /** Offers "no rule of its own" (a deliverable's `due` is optional). */
  optional?: boolean;
  onRule: (rule: DateRule | undefined) => void;
}) {
  const { plan, analysis, names } = usePlan();
  const { rule, path } = props;
  const issues = useFieldIssues(path);
  const node = analysis.nodes.find((n) => n.activity === props.activity && n.unit === undefined);
  const form: RuleForm | '' = rule ? formOf(rule) : '';
  const forms = (Object.keys(FORM_LABELS) as RuleForm[]).map((f) => ({
    value: f,
    label: t(FORM_LABELS[f][0], FORM_LABELS[f][1]),
  }));
  const options = props.optional
    ? [{ value: '' as const, label: t('Không có hạn riêng', 'No deadline of its own') }, ...forms]
    : forms;
  const id = fieldId(path);
  const set = (next: DateRule) => props.onRule(next);
  let body = null;
  if (rule) {
    switch (rule.kind) {
      case 'by':
      case 'held':
        body = (
          <DateField
            path={[...path, 'date']}
            label={rule.kind === 'by' ? t('Hạn cuối', 'Last day') : t('Ngày tổ chức', 'Held on')}
            required
            value={rule.date}
            onValue={(iso) => iso && set({ ...rule, date: iso })}
          />
        );
        break;
      case 'span':
        body = (
          <div class="row">
            <DateField
              path={[...path, 'from']}
              label={t('Từ ngày', 'From')}
              required
              value={rule.from}
              onValue={(iso) => iso && set({ ...rule, from: iso })}
            />
            <DateField
              path={[...path, 'to']}
              label={t('Đến ngày', 'To')}
              required
              value={rule.to}
              onValue={(iso) => iso && set({ ...rule, to: iso })}
            />
          </div>
        );
        break;
      case 'after': {
        const activities = [
          ...plan.sessions.map((s) => s.id),
          ...plan.deliverables.map((d) => d.id),
        ].filter((a) => a !== props.activity);
        // What it counts from: a relation (the unit's own session, the upper tier's), or a named activity.
        const ANCHOR = '@';
        const current = 'ref' in rule ? rule.ref : `${ANCHOR}${rule.anchor}`;
        const isDeliverable = plan.deliverables.some((d) => d.id === props.activity);
        const base = { kind: 'after' as const, days: rule.days, calendar: rule.calendar };
        body = (
          <div class="row">
            <SelectField
              path={[...path, 'ref']}
              label={t('Sau hoạt động', 'After')}
              value={current}
              options={[
                ...(isDeliverable
                  ? [
                      {
                        value: `${ANCHOR}own-session`,
                        label: t('Hội nghị của chính đơn vị', "The unit's own session"),
                      },
                    ]
                  : []),
                {
                  value: `${ANCHOR}upper-session`,
                  label: t('Hội nghị của cấp trên', "The upper tier's session"),
                },
                ...('ref' in rule && !activities.includes(rule.ref)
                  ? [
                      {
                        value: rule.ref,
                        label: t('(không còn trong kế hoạch)', '(no longer in the plan)'),
                      },
                    ]
                  : []),
                ...activities.map((a) => ({ value: a, label: names.activity(a) })),
              ]}
              onValue={(v) => {
                if (!v) return;
                if (v.startsWith(ANCHOR))
                  set({ ...base, anchor: v.slice(1) as 'own-session' | 'upper-session' });
                else set({ ...base, ref: v });
              }}
            />
            <NumberField
              path={[...path, 'days']}
              label={t('Số ngày', 'Days')}
              required
              value={rule.days}
              min={0}
              max={36600}
              onValue={(days) => days !== undefined && set({ ...rule, days })}
            />
            <SelectField
              path={[...path, 'calendar']}
              label={t('Cách đếm', 'Counted in')}
              value={rule.calendar}
              options={[
                { value: 'working', label: t('ngày làm việc', 'working days') },
                { value: 'calendar', label: t('ngày (kể cả nghỉ)', 'calendar days') },
              ]}
              onValue={(calendar) => calendar && set({ ...rule, calendar })}
            />
          </div>
        );
        break;
      }
      case 'within':
        if ('month' in rule)
          body = (
            <MonthField
              path={[...path, 'month']}
              label={t('Tháng', 'Month')}
              required
              value={rule.month}
              onValue={(month) => set({ kind: 'within', month })}
            />
          );
        else if ('quarter' in rule) {
          const [y, q] = rule.quarter.split('-Q');
          body = (
            <div class="row">
              <SelectField
                path={[...path, 'quarter']}
                label={t('Quý', 'Quarter')}
                value={q ?? '1'}
                options={['1', '2', '3', '4'].map((n) => ({
                  value: n,
                  label: `${t('Quý', 'Q')} ${ROMAN[Number(n) - 1]}`,
                }))}
                onValue={(n) => n && set({ kind: 'within', quarter: `${y}-Q${n}` })}
              />
              <NumberField
                path={[...path, 'quarter-year']}
                label={t('Năm', 'Year')}
                required
                value={Number(y)}
                min={1945}
                max={2199}
                onValue={(year) =>
                  year !== undefined && set({ kind: 'within', quarter: `${year}-Q${q}` })
                }
              />
            </div>
          );
        } else
          body = (
            <NumberField
              path={[...path, 'year']}
              label={t('Năm', 'Year')}
              required
              value={Number(rule.year)}
              min={1945}
              max={2199}
              onValue={(year) => year !== undefined && set({ kind: 'within', year: String(year) })}
            />
          );
        break;
    }
  }
  return (
    <fieldset class="group rule-editor" id={id} tabIndex={-1}>
      <legend>{props.legend}</legend>
      <SelectField
        path={[...path, 'kind']}
        label={t('Loại thời hạn', 'Kind of deadline')}
        value={form}
        options={options}
        onValue={(f) => {
          if (f === '') props.onRule(undefined);
          else if (!rule)
            props.onRule(
              convertRule(
                { kind: 'by', date: node?.deadline ?? plan.header.date ?? todayInVietnam() },
                f,
                { plan, activity: props.activity, resolvedEnd: null },
              ),
            );
          else if (f !== form)
            props.onRule(
              convertRule(rule, f, {
                plan,
                activity: props.activity,
                resolvedEnd: node?.deadline ?? null,
              }),
            );
        }}
      />
      {body}
      {rule ? (
        <p class="rule-words" data-rule-words="true">
          <span class="muted">{t('Ghi trong văn bản: ', 'In the document: ')}</span>
          {formatDateRule(rule, {
            lang: t('vi', 'en') as 'vi' | 'en',
            resolveRef: (r) => names.activity(r),
          })}
        </p>
      ) : null}
      {node ? (
        <p class="rule-window">
          {t('Theo chuỗi thời hạn: sớm nhất ', 'In the cascade: earliest ')}
          <strong>{formatDmy(node.earliest)}</strong>
          {t(', muộn nhất ', ', latest ')}
          <strong>{formatDmy(node.latest)}</strong>
          {node.slack !== null ? (
            <>
              {t(', dư ', ', slack ')}
              <strong>
                {node.slack} {t('ngày', 'days')}
              </strong>
            </>
          ) : null}
          {node.feasible ? '' : t(' — không thể đúng hạn', ' — cannot be met')}
        </p>
      ) : null}
      <FieldMessages
        id={id}
        issues={issues.filter(
          (i) => !/\.(date|from|to|ref|days|month|year|quarter)$/.test(i.path.join('.')),
        )}
      />
    </fieldset>
  );
}
