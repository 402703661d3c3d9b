import {
  DELIVERABLE_KIND_LABELS,
  type Deliverable,
  type DeliverableKind,
  type Plan,
  type Recurrence,
} from '@rollout/core';
import { useMemo } from 'preact/hooks';
import { fieldId, freshId, insertAt, type Path } from '../lib/edit.js';
import { type ActivityItem, ListSide } from './activity-list.js';
import { useApp, usePlan } from './context.js';
import { ruleWords, statusOf } from './edit-sessions.js';
import { CheckField, SelectField, TextField } from './fields.js';
import { t } from './i18n.js';
import { ItemTools } from './list-tools.js';
import { RuleEditor } from './rule-editor.js';

const KINDS = Object.keys(DELIVERABLE_KIND_LABELS) as DeliverableKind[];
const RECURRENCE: Record<Recurrence, [string, string]> = {
  once: ['Một lần', 'Once'],
  monthly: ['Hằng tháng', 'Monthly'],
  quarterly: ['Hằng quý', 'Quarterly'],
  'half-yearly': ['6 tháng một lần', 'Half-yearly'],
  yearly: ['Hằng năm', 'Yearly'],
  periodic: ['Định kỳ', 'Periodically'],
};

const kindLabel = (k: DeliverableKind) => DELIVERABLE_KIND_LABELS[k][t('vi', 'en') as 'vi' | 'en'];

function DeliverableEditor(props: { index: number; item: Deliverable }) {
  const { plan, edit, names } = usePlan();
  const { index: i, item: d } = props;
  const path: Path = ['deliverables', i];
  const at = (...k: (string | number)[]): Path => [...path, ...k];
  return (
    <div class="session-editor" id="deliverables-list-editor">
      <div class="item-head">
        <h3 id={fieldId(path)} tabIndex={-1}>
          {names.activity(d.id)}
        </h3>
        <ItemTools
          path={['deliverables']}
          index={i}
          count={plan.deliverables.length}
          name={names.activity(d.id)}
        />
      </div>
      <div class="row">
        <SelectField
          path={at('kind')}
          label={t('Loại việc', 'Kind')}
          value={d.kind}
          options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          onValue={(v) => v && edit(at('kind'), v)}
        />
        <TextField path={at('title')} label={t('Tên gọi', 'Title')} value={d.title} />
      </div>
      <div class="row">
        <SelectField
          path={at('tier')}
          label={t('Áp dụng cho cấp', 'For the tier')}
          value={d.tier ?? ''}
          options={[
            { value: '', label: t('Mọi cấp có hội nghị', 'Every tier with a session') },
            ...plan.tiers.map((x) => ({ value: x.id, label: x.name })),
          ]}
          onValue={(v) => edit(at('tier'), v || undefined)}
        />
        <SelectField
          path={at('session')}
          label={t('Sau hội nghị', 'After the session')}
          value={d.session ?? ''}
          options={[
            { value: '', label: t('Hội nghị của chính cấp đó', "The tier's own session") },
            ...plan.sessions.map((s) => ({ value: s.id, label: names.activity(s.id) })),
          ]}
          onValue={(v) => edit(at('session'), v || undefined)}
        />
        <SelectField
          path={at('per')}
          label={t('Ai nộp', 'Who hands it in')}
          value={d.per ?? ''}
          options={[
            { value: '', label: t('(không ghi)', '(not given)') },
            { value: 'attendee', label: t('Từng người dự học', 'Each attendee') },
            { value: 'unit', label: t('Từng đơn vị', 'Each unit') },
          ]}
          onValue={(v) => edit(at('per'), v || undefined)}
        />
      </div>
      <RuleEditor
        path={at('due')}
        rule={d.due}
        activity={d.id}
        optional
        legend={t('Thời hạn', 'Due')}
        onRule={(rule) => edit(at('due'), rule)}
      />
      <TextField
        path={at('description')}
        label={t('Nội dung yêu cầu', 'What is asked')}
        multiline
        value={d.description}
      />
      <div class="row">
        <TextField path={at('submitTo')} label={t('Gửi về', 'Sent to')} value={d.submitTo} />
        {d.kind === 'report' ? (
          <SelectField
            path={at('recurrence')}
            label={t('Bao lâu một lần', 'How often')}
            value={d.recurrence ?? ''}
            options={[
              { value: '', label: t('(không ghi)', '(not given)') },
              ...(Object.keys(RECURRENCE) as Recurrence[]).map((r) => ({
                value: r,
                label: t(RECURRENCE[r][0], RECURRENCE[r][1]),
              })),
            ]}
            onValue={(v) => edit(at('recurrence'), v || undefined)}
          />
        ) : null}
      </div>
      {d.kind === 'reflection' ? (
        <CheckField
          path={at('countsInEvaluation')}
          label={t(
            'Tính vào thi đua, đánh giá, xếp loại cuối năm',
            'Counts in the year-end evaluation',
          )}
          value={d.countsInEvaluation === true}
          onValue={(on) => edit(at('countsInEvaluation'), on ? true : undefined)}
        />
      ) : null}
    </div>
  );
}

function newDeliverable(plan: Plan): Deliverable {
  return {
    id: freshId('action-plan', [
      ...plan.sessions.map((s) => s.id),
      ...plan.deliverables.map((d) => d.id),
    ]),
    kind: 'action-plan',
    per: 'unit',
  };
}

/** The follow-ups: reflections, action plans, reports, inspections. */
export function DeliverablesTab(props: { selected: number; onSelect: (index: number) => void }) {
  const { plan, analysis, names, update } = usePlan();
  const { announce } = useApp();
  const items = useMemo(
    () =>
      plan.deliverables.map(
        (d, index): ActivityItem => ({
          id: d.id,
          index,
          group: kindLabel(d.kind),
          label: names.activity(d.id),
          detail: d.due
            ? ruleWords(d.due, names)
            : t('chưa có hạn riêng', 'no deadline of its own'),
          status: statusOf(analysis, `deliverables.${index}`, d.id),
        }),
      ),
    [plan.deliverables, analysis, names],
  );
  const index = Math.min(props.selected, plan.deliverables.length - 1);
  const item = plan.deliverables[index];
  return (
    <div class="list-detail">
      <ListSide
        id="deliverables-list"
        label={t('Các việc tiếp theo', 'Follow-ups')}
        addLabel={t('Thêm việc tiếp theo', 'Add a follow-up')}
        empty={t('Chưa có việc nào.', 'None yet.')}
        items={items}
        selected={index}
        onSelect={props.onSelect}
        onAdd={() => {
          update((p) => insertAt(p, ['deliverables'], newDeliverable(p)));
          props.onSelect(plan.deliverables.length);
          announce(t('Đã thêm một việc tiếp theo.', 'Added a follow-up.'));
        }}
      />
      {item ? <DeliverableEditor key={item.id} index={index} item={item} /> : null}
    </div>
  );
}
