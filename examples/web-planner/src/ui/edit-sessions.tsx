import {
  type DateRule,
  formatDuration,
  METHOD_LABELS,
  type Method,
  type Plan,
  type Session,
  TimeOfDaySchema,
  tierLevelRank,
} from '@rollout/core';
import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../lib/analyse.js';
import { fieldId, freshId, insertAt, type Path } from '../lib/edit.js';
import type { Names } from '../lib/names.js';
import { type ActivityItem, ListSide } from './activity-list.js';
import { useApp, usePlan } from './context.js';
import {
  CheckField,
  FieldMessages,
  Group,
  NumberField,
  SelectField,
  TextField,
  useFieldIssues,
} from './fields.js';
import { t } from './i18n.js';
import { ItemTools } from './list-tools.js';
import { RuleEditor } from './rule-editor.js';
import { ruleWordsFor } from './words.js';

const METHODS = Object.keys(METHOD_LABELS) as Method[];

export function methodLabel(m: Method): string {
  return METHOD_LABELS[m][t('vi', 'en') as 'vi' | 'en'];
}

/** The durations a plan gives, as choices; any other number of half-days stays as it is. */
function durationOptions(current: number | undefined, optional: boolean) {
  const values = [1, 2, 3, 4, 6];
  if (current !== undefined && !values.includes(current)) values.push(current);
  values.sort((a, b) => a - b);
  return [
    ...(optional ? [{ value: '', label: t('(không ghi)', '(not given)') }] : []),
    ...values.map((n) => ({
      value: String(n),
      label: `${formatDuration({ halfDays: n }, t('vi', 'en') as 'vi' | 'en')} (${n} ${t('buổi', n === 1 ? 'half-day' : 'half-days')})`,
    })),
  ];
}

/** A time of day `HH:MM`, checked with the model's own `TimeOfDaySchema`; saved once valid. */
function TimeField(props: {
  path: Path;
  label: string;
  value: string | undefined;
  onValue: (v: string | undefined) => void;
}) {
  const [text, setText] = useState(props.value ?? '');
  const id = fieldId(props.path);
  const ok = text === '' || TimeOfDaySchema.safeParse(text).success;
  return (
    <div class="field time-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="07:30"
        value={text}
        aria-invalid={ok ? undefined : 'true'}
        aria-describedby={ok ? undefined : `${id}-msg`}
        onInput={(e) => {
          const v = e.currentTarget.value.trim();
          setText(v);
          if (v === '') props.onValue(undefined);
          else if (TimeOfDaySchema.safeParse(v).success) props.onValue(v);
        }}
      />
      {ok ? null : (
        <FieldMessages
          id={id}
          issues={[]}
          local={t('Giờ viết dạng GG:PP, ví dụ 07:30.', 'A time as HH:MM, e.g. 07:30.')}
        />
      )}
    </div>
  );
}

function Checklist(props: {
  path: Path;
  legend: string;
  options: readonly { id: string; label: string }[];
  value: readonly string[];
  onValue: (ids: string[]) => void;
}) {
  const issues = useFieldIssues(props.path);
  const id = fieldId(props.path);
  return (
    <fieldset class="group checklist" id={id} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.options.length === 0 ? (
        <p class="muted">{t('(chưa có mục nào)', '(none yet)')}</p>
      ) : null}
      {props.options.map((o) => (
        <CheckField
          key={o.id}
          path={[...props.path, o.id]}
          label={o.label}
          value={props.value.includes(o.id)}
          onValue={(on) =>
            props.onValue(on ? [...props.value, o.id] : props.value.filter((x) => x !== o.id))
          }
        />
      ))}
      <FieldMessages id={id} issues={issues} />
    </fieldset>
  );
}

function SessionEditor(props: { index: number; session: Session }) {
  const { plan, edit, names } = usePlan();
  const { index: i, session: s } = props;
  const path: Path = ['sessions', i];
  const at = (...k: (string | number)[]): Path => [...path, ...k];
  const tier = plan.tiers.find((x) => x.id === s.tier);
  const rank = tier ? tierLevelRank(tier.level) : 99;
  const upper = plan.sessions.filter((o) => {
    const ot = plan.tiers.find((x) => x.id === o.tier);
    return o.id !== s.id && ot !== undefined && tierLevelRank(ot.level) < rank;
  });
  const usedBy = [
    ...plan.sessions
      .filter(
        (o) =>
          o.learnsFrom === s.id ||
          o.exemption?.session === s.id ||
          (o.deadline.kind === 'after' && 'ref' in o.deadline && o.deadline.ref === s.id),
      )
      .map((o) => names.activity(o.id)),
    ...plan.deliverables
      .filter(
        (d) =>
          d.session === s.id || (d.due?.kind === 'after' && 'ref' in d.due && d.due.ref === s.id),
      )
      .map((d) => names.activity(d.id)),
  ];
  return (
    <div class="session-editor" id="sessions-list-editor">
      <div class="item-head">
        <h3 id={fieldId(path)} tabIndex={-1}>
          {names.activity(s.id)}
        </h3>
        <ItemTools
          path={['sessions']}
          index={i}
          count={plan.sessions.length}
          name={names.activity(s.id)}
          usedBy={usedBy}
        />
      </div>
      <div class="row">
        <SelectField
          path={at('tier')}
          label={t('Cấp', 'Tier')}
          value={s.tier}
          options={[
            ...(tier
              ? []
              : [
                  {
                    value: s.tier,
                    label: t('(cấp không còn trong kế hoạch)', '(tier no longer in the plan)'),
                  },
                ]),
            ...plan.tiers.map((x) => ({ value: x.id, label: x.name })),
          ]}
          onValue={(v) => v && edit(at('tier'), v)}
        />
        <TextField
          path={at('title')}
          label={t('Tên hội nghị', 'Title')}
          hint={t('Để trống thì gọi theo cấp', 'Empty: named after its tier')}
          value={s.title}
        />
      </div>
      <RuleEditor
        path={at('deadline')}
        rule={s.deadline}
        activity={s.id}
        legend={t('Thời hạn', 'Deadline')}
        onRule={(rule) => rule && edit(at('deadline'), rule)}
      />
      <Group legend={t('Cách tổ chức', 'How it is held')}>
        <div class="row">
          <SelectField
            path={at('method')}
            label={t('Phương thức', 'Method')}
            value={s.method}
            options={METHODS.map((m) => ({ value: m, label: methodLabel(m) }))}
            onValue={(v) => v && edit(at('method'), v)}
          />
          <SelectField
            path={at('duration')}
            label={t('Thời lượng', 'Duration')}
            value={String(s.duration.halfDays)}
            options={durationOptions(s.duration.halfDays, false)}
            onValue={(v) => v && edit(at('duration'), { halfDays: Number(v) })}
          />
          <SelectField
            path={at('discussion')}
            label={t('Trong đó thảo luận', 'Of which discussion')}
            value={s.discussion ? String(s.discussion.halfDays) : ''}
            options={durationOptions(s.discussion?.halfDays, true)}
            onValue={(v) => edit(at('discussion'), v ? { halfDays: Number(v) } : undefined)}
          />
        </div>
        <Checklist
          path={at('alternativeMethods')}
          legend={t(
            'Phương thức thay thế khi không tổ chức được như trên',
            'Methods allowed instead',
          )}
          options={METHODS.filter((m) => m !== s.method).map((m) => ({
            id: m,
            label: methodLabel(m),
          }))}
          value={s.alternativeMethods ?? []}
          onValue={(ids) => edit(at('alternativeMethods'), ids.length ? ids : undefined)}
        />
        {s.method === 'online' ? (
          <div class="row">
            <NumberField
              path={at('bridgePoints', 'count')}
              label={t('Số điểm cầu', 'Bridge points')}
              value={s.bridgePoints?.count}
              onValue={(n) =>
                edit(at('bridgePoints'), cleanBridge({ ...s.bridgePoints, count: n }))
              }
            />
            <TextField
              path={at('bridgePoints', 'description')}
              label={t('Các điểm cầu ở đâu', 'Where the bridge points are')}
              value={s.bridgePoints?.description}
              onValue={(v) =>
                edit(at('bridgePoints'), cleanBridge({ ...s.bridgePoints, description: v }))
              }
            />
          </div>
        ) : null}
        <div class="row">
          <TimeField
            path={at('time', 'start')}
            label={t('Giờ bắt đầu', 'Starts at')}
            value={s.time?.start}
            onValue={(v) => edit(at('time'), v ? { ...(s.time ?? {}), start: v } : undefined)}
          />
          <TimeField
            path={at('time', 'end')}
            label={t('Giờ kết thúc', 'Ends at')}
            value={s.time?.end}
            onValue={(v) =>
              s.time && edit(at('time'), { start: s.time.start, ...(v ? { end: v } : {}) })
            }
          />
          <TextField path={at('location')} label={t('Địa điểm', 'Place')} value={s.location} />
        </div>
        <div class="row">
          <TextField path={at('host')} label={t('Chủ trì', 'Host')} value={s.host} />
          <TextField
            path={at('coHosts')}
            label={t('Phối hợp (cách nhau bằng dấu ;)', 'Co-hosts (separated by ;)')}
            value={s.coHosts?.join('; ')}
            onValue={(v) =>
              edit(
                at('coHosts'),
                v
                  ? v
                      .split(';')
                      .map((x) => x.trim())
                      .filter(Boolean)
                  : undefined,
              )
            }
          />
          <NumberField
            path={at('expectedAttendees')}
            label={t('Số người dự kiến', 'Expected attendees')}
            value={s.expectedAttendees}
            onValue={(n) => edit(at('expectedAttendees'), n)}
          />
        </div>
      </Group>
      <Checklist
        path={at('audiences')}
        legend={t('Thành phần tham dự', 'Audiences')}
        options={plan.audiences.map((a) => ({ id: a.id, label: a.name }))}
        value={s.audiences}
        onValue={(ids) => edit(at('audiences'), ids)}
      />
      <Group legend={t('Quan hệ với cấp trên', 'The upper tier')}>
        <div class="row">
          <SelectField
            path={at('learnsFrom')}
            label={t('Học sau hội nghị', 'Follows the session')}
            value={s.learnsFrom ?? ''}
            options={[
              {
                value: '',
                label: t(
                  'Hội nghị đầu tiên của cấp trên liền kề',
                  'The first session of the tier above',
                ),
              },
              ...upper.map((o) => ({ value: o.id, label: names.activity(o.id) })),
            ]}
            onValue={(v) => edit(at('learnsFrom'), v || undefined)}
          />
          <SelectField
            path={at('exemption')}
            label={t('Miễn tổ chức cho người đã dự', 'Exempt those who attended')}
            value={s.exemption?.session ?? ''}
            options={[
              { value: '', label: t('Không miễn', 'No exemption') },
              ...upper
                .filter((o) => o.method === 'online' || o.id === s.exemption?.session)
                .map((o) => ({ value: o.id, label: names.activity(o.id) })),
            ]}
            onValue={(v) =>
              edit(
                at('exemption'),
                v
                  ? { session: v, ...(s.exemption?.note ? { note: s.exemption.note } : {}) }
                  : undefined,
              )
            }
          />
        </div>
        {s.exemption ? (
          <TextField
            path={at('exemption', 'note')}
            label={t('Lời văn về việc miễn', 'The exemption in words')}
            multiline
            value={s.exemption.note}
          />
        ) : null}
      </Group>
      <Checklist
        path={at('materials')}
        legend={t('Tài liệu học', 'Materials studied')}
        options={plan.materials.map((m) => ({ id: m.id, label: m.title }))}
        value={s.materials ?? []}
        onValue={(ids) => edit(at('materials'), ids.length ? ids : undefined)}
      />
      <Checklist
        path={at('resolutions')}
        legend={t('Nghị quyết học trong hội nghị', 'Resolutions covered')}
        options={plan.resolutions.map((r) => ({ id: r.id, label: r.reference }))}
        value={s.resolutions ?? []}
        onValue={(ids) => edit(at('resolutions'), ids.length ? ids : undefined)}
      />
      <TextField path={at('note')} label={t('Ghi chú', 'Note')} multiline value={s.note} />
    </div>
  );
}

function cleanBridge(b: { count?: number | undefined; description?: string | undefined }) {
  const out: { count?: number; description?: string } = {};
  if (b.count !== undefined) out.count = b.count;
  if (b.description !== undefined) out.description = b.description;
  return out;
}

/** The words of a rule, with activities named. */
export function ruleWords(rule: DateRule, names: Names): string {
  return ruleWordsFor(rule, names, t('vi', 'en') as 'vi' | 'en');
}

export function statusOf(analysis: Analysis, path: string, id: string): ActivityItem['status'] {
  if (analysis.errorsByActivity.has(id)) return 'error';
  const list = analysis.issuesByPath.get(path) ?? [];
  if (list.some((i) => i.severity === 'error')) return 'error';
  return list.some((i) => i.severity === 'warning') ? 'warning' : 'ok';
}

function newSession(plan: Plan, tierId: string | undefined): Session {
  const tier = tierId ?? plan.tiers[plan.tiers.length - 1]?.id ?? 'tier';
  const upper = plan.sessions.find((s) => s.tier !== tier);
  return {
    id: freshId(`s-${tier}`, [
      ...plan.sessions.map((s) => s.id),
      ...plan.deliverables.map((d) => d.id),
    ]),
    tier,
    audiences: plan.audiences.filter((a) => a.tier === tier).map((a) => a.id),
    method: 'in-person',
    duration: { halfDays: 1 },
    deadline: upper
      ? { kind: 'after', anchor: 'upper-session', days: 15, calendar: 'working' }
      : { kind: 'by', date: plan.header.date ?? '2025-01-01' },
  };
}

/** The study sessions: a list to pick from (one tab stop), and the chosen one's form. */
export function SessionsTab(props: { selected: number; onSelect: (index: number) => void }) {
  const { plan, analysis, names, update } = usePlan();
  const { announce } = useApp();
  const items = useMemo(() => {
    const order = new Map(plan.tiers.map((x, k) => [x.id, k]));
    return plan.sessions
      .map(
        (s, index): ActivityItem => ({
          id: s.id,
          index,
          group: names.tier(s.tier),
          label: names.activity(s.id),
          detail: `${methodLabel(s.method)} · ${formatDuration(s.duration, t('vi', 'en') as 'vi' | 'en')} · ${ruleWords(s.deadline, names)}`,
          status: statusOf(analysis, `sessions.${index}`, s.id),
        }),
      )
      .sort(
        (a, b) =>
          (order.get(plan.sessions[a.index]!.tier) ?? 99) -
            (order.get(plan.sessions[b.index]!.tier) ?? 99) || a.index - b.index,
      );
  }, [plan.sessions, plan.tiers, analysis, names]);
  const index = Math.min(props.selected, plan.sessions.length - 1);
  const session = plan.sessions[index];
  return (
    <div class="list-detail">
      <ListSide
        id="sessions-list"
        label={t('Các hội nghị, theo cấp', 'Sessions, by tier')}
        addLabel={t('Thêm hội nghị', 'Add a session')}
        empty={t('Chưa có hội nghị nào.', 'No session yet.')}
        items={items}
        selected={index}
        onSelect={props.onSelect}
        onAdd={() => {
          const tierId = session?.tier;
          update((p) => insertAt(p, ['sessions'], newSession(p, tierId)));
          props.onSelect(plan.sessions.length);
          announce(t('Đã thêm một hội nghị.', 'Added a session.'));
        }}
      />
      {session ? <SessionEditor key={session.id} index={index} session={session} /> : null}
    </div>
  );
}
