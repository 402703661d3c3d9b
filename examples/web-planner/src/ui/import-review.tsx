import { formatDuration, type Issue, METHOD_LABELS, type Plan } from '@rollout/core';
import type { ImportResult } from '@rollout/import';
import { useMemo, useState } from 'preact/hooks';
import { formatDmy } from '../lib/dates.js';
import { issueText, namesOf, whereOf } from '../lib/names.js';
import { markRuns } from '../lib/runs.js';
import { lang, t } from './i18n.js';
import { ruleWordsFor } from './words.js';

const INFERRED = new Set([
  'import/inferred-year',
  'import/inferred-symbol',
  'import/assumed-method',
  'import/no-tier',
]);

function PlanSummary(props: { plan: Plan; index: number }) {
  const { plan } = props;
  const l = lang();
  const names = namesOf(plan, l);
  return (
    <dl class="summary-list">
      <dt>{t('Cơ quan ban hành', 'Issuer')}</dt>
      <dd>{[plan.header.issuer.parent, plan.header.issuer.name].filter(Boolean).join(' — ')}</dd>
      <dt>{t('Số, ký hiệu; ngày', 'Number; date')}</dt>
      <dd>
        {plan.header.reference}
        {plan.header.date ? `; ${plan.header.place}, ${formatDmy(plan.header.date)}` : ''}
      </dd>
      <dt>{t('Trích yếu', 'Title')}</dt>
      <dd>{plan.header.title}</dd>
      <dt>{t('Nghị quyết', 'Resolutions')}</dt>
      <dd>
        {plan.resolutions.map((r) => `${r.reference} (${formatDmy(r.issuedOn)})`).join('; ') || '—'}
      </dd>
      <dt>{t('Các cấp và hội nghị', 'Tiers and sessions')}</dt>
      <dd>
        {plan.sessions.length === 0 ? '—' : null}
        <ul>
          {plan.sessions.map((s) => (
            <li key={s.id}>
              <strong>{names.tier(s.tier)}</strong>: {METHOD_LABELS[s.method][l]},{' '}
              {formatDuration(s.duration, l)}, {ruleWordsFor(s.deadline, names, l)}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('Việc tiếp theo', 'Follow-ups')}</dt>
      <dd>{plan.deliverables.map((d) => names.activity(d.id)).join('; ') || '—'}</dd>
      <dt>{t('Nơi nhận', 'Recipients')}</dt>
      <dd>{plan.recipients.map((r) => r.name).join('; ') || '—'}</dd>
      <dt>{t('Chữ ký', 'Signature')}</dt>
      <dd>
        {plan.signature
          ? [plan.signature.title, plan.signature.name].filter(Boolean).join(' ')
          : '—'}
      </dd>
    </dl>
  );
}

/**
 * What `@rollout/import` read out of the clerk's text: each plan found, what
 * was inferred or is missing (to confirm), and the source with the stretches
 * that could not be read highlighted.
 */
export function ImportReview(props: {
  name: string;
  text: string;
  result: ImportResult;
  onAccept: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { result, text } = props;
  const [chosen, setChosen] = useState(0);
  const plan = result.plans[chosen];
  const issuesOf = (i: number) =>
    result.issues
      .filter((x) => x.path[0] === 'plans' && x.path[1] === i)
      .map((x) => ({ ...x, path: x.path.slice(2) }) as Issue<string>);
  const mine = plan ? issuesOf(chosen) : result.issues;
  const inferred = mine.filter((i) => INFERRED.has(i.code));
  const missing = mine.filter((i) => i.code === 'import/missing-field');
  const other = mine.filter((i) => !INFERRED.has(i.code) && i.code !== 'import/missing-field');
  const runs = useMemo(() => {
    const read = plan ? Object.values(result.sources[chosen] ?? {}) : [];
    return text ? markRuns(text, read, result.unread) : [];
  }, [text, result, chosen, plan]);
  const l = lang();
  const names = plan ? namesOf(plan, l) : null;
  const list = (items: Issue<string>[], id: string, heading: string, empty: string) => (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {heading} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ul class="issue-list">
          {items.map((i, n) => (
            <li key={n} class={`sev-${i.severity}`} data-code={i.code}>
              {plan && names ? (
                <span class="issue-where">{whereOf(plan, names, i.path, l)}: </span>
              ) : null}
              {issueText(i, plan ?? null, names, l)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section class="import-review" aria-labelledby="import-heading" id="import-review">
      <h2 id="import-heading" tabIndex={-1}>
        {t('Kiểm tra nội dung đọc được', 'Check what was read')}: {props.name}
      </h2>
      <p>
        {result.plans.length === 0
          ? t('Không đọc được kế hoạch nào từ tệp này.', 'No plan could be read from this file.')
          : t(
              `Đọc được ${result.plans.length} kế hoạch. Hãy xem lại những gì đã đọc, những gì được suy ra và những đoạn chưa đọc được, rồi xác nhận để sửa tiếp.`,
              `${result.plans.length} plan(s) read. Review what was read, what was inferred and what could not be read, then confirm to edit on.`,
            )}
      </p>
      {result.plans.length > 1 ? (
        <div class="field">
          <label for="import-choose">{t('Kế hoạch', 'Plan')}</label>
          <select
            id="import-choose"
            value={String(chosen)}
            onChange={(e) => setChosen(Number(e.currentTarget.value))}
          >
            {result.plans.map((p, i) => (
              <option key={i} value={String(i)}>
                {p.header.issuer.name} — {p.header.reference}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div class="import-grid">
        <div>
          {plan ? (
            <section aria-labelledby="import-read">
              <h3 id="import-read">{t('Đã đọc', 'Read')}</h3>
              <PlanSummary plan={plan} index={chosen} />
            </section>
          ) : null}
          {list(
            inferred,
            'import-inferred',
            t('Được suy ra, cần xác nhận', 'Inferred, to confirm'),
            t('Không có gì phải suy ra.', 'Nothing was inferred.'),
          )}
          {list(
            missing,
            'import-missing',
            t('Còn thiếu, đã để chỗ trống “(chưa rõ)”', 'Missing, left as “(chưa rõ)”'),
            t('Không thiếu gì.', 'Nothing is missing.'),
          )}
          {other.length
            ? list(other, 'import-other', t('Các vấn đề khác', 'Other issues'), '')
            : null}
          <div class="actions">
            {plan ? (
              <button
                type="button"
                class="primary"
                id="import-accept"
                onClick={() => props.onAccept(plan)}
              >
                {t('Xác nhận, đưa vào danh sách kế hoạch', 'Confirm and add to my plans')}
              </button>
            ) : null}
            <button type="button" id="import-discard" onClick={props.onCancel}>
              {t('Bỏ qua', 'Discard')}
            </button>
          </div>
        </div>
        {text ? (
          <section aria-labelledby="import-source">
            <h3 id="import-source">
              {t('Văn bản gốc', 'The source text')} (
              {t(
                `${result.unread.length} đoạn chưa đọc được`,
                `${result.unread.length} stretches not read`,
              )}
              )
            </h3>
            <p class="legend">
              <mark class="read">{t('đã đọc', 'read')}</mark>{' '}
              <mark class="unread">{t('chưa đọc được', 'not read')}</mark>
            </p>
            {result.unread.length ? (
              <details>
                <summary>{t('Danh sách các đoạn chưa đọc được', 'The stretches not read')}</summary>
                <ol class="unread-list">
                  {result.unread.slice(0, 200).map((u, k) => (
                    <li key={k}>
                      <a href={`#unread-${k}`}>
                        {u.text.length > 120 ? `${u.text.slice(0, 119)}…` : u.text}
                      </a>
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
            <div class="source-wrap">
              <pre class="source">
                {runs.map((r, k) =>
                  r.mark === 'unread' ? (
                    <mark
                      key={k}
                      class="unread"
                      id={r.first ? `unread-${r.unreadIndex}` : undefined}
                    >
                      {r.text}
                    </mark>
                  ) : r.mark === 'read' ? (
                    <mark key={k} class="read">
                      {r.text}
                    </mark>
                  ) : (
                    r.text
                  ),
                )}
              </pre>
            </div>
          </section>
        ) : null}
      </div>
    </section>
  );
}
