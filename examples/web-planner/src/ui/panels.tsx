import type { Issue } from '@rollout/core';
import { useState } from 'preact/hooks';
import { formatDmy } from '../lib/dates.js';
import { baseName, PLAN_FORMATS, type PlanFormat, renderPlanAs, saveFile } from '../lib/formats.js';
import { issueText, whereOf } from '../lib/names.js';
import { useApp, usePlan } from './context.js';
import { ruleWords } from './edit-sessions.js';
import { t } from './i18n.js';

const SEVERITY: Record<Issue['severity'], [string, string]> = {
  error: ['Lỗi', 'Error'],
  warning: ['Cảnh báo', 'Warning'],
  info: ['Ghi chú', 'Note'],
};

/** The issues of the plan, errors first, each a link to the field it is about. */
export function IssuesPanel() {
  const { plan, analysis, names, lang } = usePlan();
  const { goTo } = useApp();
  const [all, setAll] = useState(false);
  // On a phone the list starts folded to its errors, so that the plan itself is near the top.
  const [open, setOpen] = useState(() => !window.matchMedia('(max-width: 1100px)').matches);
  const { counts } = analysis;
  const issues = open ? analysis.issues : analysis.issues.filter((i) => i.severity === 'error');
  const limit = all ? issues.length : 40;
  return (
    <section
      class="issues-panel"
      aria-labelledby="issues-heading"
      id="issues"
      data-check-ms={analysis.millis.toFixed(1)}
    >
      <h2 id="issues-heading">{t('Kết quả kiểm tra', 'Checks')}</h2>
      <p id="issue-summary" class={counts.error ? 'sev-error' : 'ok'}>
        {counts.error === 0 && counts.warning === 0
          ? t('Không có lỗi hay cảnh báo nào.', 'No errors or warnings.')
          : t(
              `${counts.error} lỗi · ${counts.warning} cảnh báo · ${counts.info} ghi chú`,
              `${counts.error} errors · ${counts.warning} warnings · ${counts.info} notes`,
            )}
      </p>
      {counts.warning + counts.info > 0 ? (
        <button
          type="button"
          class="small-button"
          id="issues-toggle"
          aria-expanded={open ? 'true' : 'false'}
          onClick={() => setOpen(!open)}
        >
          {open
            ? t('Chỉ xem lỗi', 'Errors only')
            : t(
                `Xem cả cảnh báo, ghi chú (${counts.warning + counts.info})`,
                `Show warnings and notes too (${counts.warning + counts.info})`,
              )}
        </button>
      ) : null}
      {!analysis.shapeOk ? (
        <p class="sev-error">
          {t(
            'Kế hoạch đang thiếu thông tin bắt buộc; biểu đồ giữ nguyên lần tính gần nhất cho đến khi sửa xong.',
            'The plan lacks required information; the chart keeps its last computation until it is fixed.',
          )}
        </p>
      ) : null}
      {issues.length ? (
        <ol class="issue-list">
          {issues.slice(0, limit).map((i, n) => (
            <li key={n} data-code={i.code} data-severity={i.severity} class={`sev-${i.severity}`}>
              <button type="button" class="issue-link" onClick={() => goTo(i.path)}>
                <span class="sev-word">{t(...SEVERITY[i.severity])}: </span>
                <span class="issue-where">{whereOf(plan, names, i.path, lang)}</span>
                <span class="issue-text">{issueText(i, plan, names, lang)}</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {issues.length > limit ? (
        <button type="button" onClick={() => setAll(true)}>
          {t(`Xem cả ${issues.length} mục`, `Show all ${issues.length}`)}
        </button>
      ) : null}
    </section>
  );
}

/** The downloads, the same bytes as `rollout render`; a plan with errors asks first. */
export function DownloadsTab(props: {
  units: import('@rollout/core').Unit[] | readonly import('@rollout/core').Unit[] | null;
}) {
  const { plan, analysis, lang } = usePlan();
  const { confirm, announce } = useApp();
  const [busy, setBusy] = useState<PlanFormat | null>(null);
  const errors = analysis.counts.error;
  const run = async (id: PlanFormat) => {
    const info = PLAN_FORMATS.find((f) => f.id === id)!;
    if (info.document && errors > 0) {
      const ok = await confirm({
        title: t('Kế hoạch còn lỗi', 'The plan has errors'),
        body: t(
          `Kế hoạch còn ${errors} lỗi (xem “Kết quả kiểm tra”). Công cụ dòng lệnh sẽ không xuất văn bản này. Vẫn tải văn bản ${info.label.vi}?`,
          `The plan has ${errors} errors (see “Checks”). The command line would not write this document. Download the ${info.label.en} anyway?`,
        ),
        yes: t('Vẫn tải', 'Download anyway'),
        no: t('Không tải, để sửa lỗi', 'No, fix the errors first'),
        danger: true,
      });
      if (!ok) return;
    }
    setBusy(id);
    try {
      const data = await renderPlanAs(plan, id, lang, props.units);
      saveFile(`${baseName(plan)}.${info.extension}`, data, info.mime);
      announce(
        t(
          `Đã tạo tệp ${baseName(plan)}.${info.extension}.`,
          `Made ${baseName(plan)}.${info.extension}.`,
        ),
      );
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="editor">
      <p>
        {t(
          'Các tệp được tạo ngay trong trình duyệt, giống hệt từng byte với lệnh rollout render cho cùng kế hoạch (tệp JSON tải ở đây là đầu vào của lệnh đó). Không có gì được gửi đi.',
          'Files are made in the browser, byte for byte the same as rollout render for the same plan (the JSON here is that command’s input). Nothing is sent anywhere.',
        )}
      </p>
      {errors > 0 ? (
        <p class="sev-error" id="download-warning">
          {t(
            `Kế hoạch còn ${errors} lỗi: sẽ hỏi lại trước khi tạo văn bản.`,
            `The plan has ${errors} errors: you will be asked before a document is made.`,
          )}
        </p>
      ) : null}
      <div class="downloads">
        {PLAN_FORMATS.map((f) => (
          <button
            type="button"
            key={f.id}
            id={`download-${f.id}`}
            disabled={busy !== null}
            onClick={() => void run(f.id)}
          >
            {t('Tải', 'Download')} {f.label[lang]}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The cascade as a table: the chart's content, reachable by every reader. */
export function ScheduleTable() {
  const { plan, analysis, names } = usePlan();
  const rules = new Map<string, string>();
  for (const s of plan.sessions) rules.set(s.id, ruleWords(s.deadline, names));
  for (const d of plan.deliverables)
    rules.set(
      d.id,
      d.due ? ruleWords(d.due, names) : t('chưa có hạn riêng', 'no deadline of its own'),
    );
  return (
    <div class="table-scroll">
      <table class="data" id="schedule-table">
        <caption>
          {t('Chuỗi thời hạn theo cấp (bảng)', 'The deadline cascade by tier (table)')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Cấp', 'Tier')}</th>
            <th scope="col">{t('Hoạt động', 'Activity')}</th>
            <th scope="col">{t('Quy tắc thời hạn', 'Deadline rule')}</th>
            <th scope="col">{t('Sớm nhất', 'Earliest')}</th>
            <th scope="col">{t('Muộn nhất', 'Latest')}</th>
            <th scope="col">{t('Hạn', 'Deadline')}</th>
            <th scope="col">{t('Dư (ngày)', 'Slack (days)')}</th>
            <th scope="col">{t('Tình trạng', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.nodes.map((n) => {
            const bad = !n.feasible || analysis.errorsByActivity.has(n.activity);
            return (
              <tr
                key={`${n.activity}|${n.tier}`}
                class={bad ? 'bad' : ''}
                data-activity={n.activity}
              >
                <td>{names.tier(n.tier)}</td>
                <th scope="row">{names.activity(n.activity)}</th>
                <td>{rules.get(n.activity) ?? ''}</td>
                <td>{formatDmy(n.earliest)}</td>
                <td>{formatDmy(n.latest)}</td>
                <td>{formatDmy(n.deadline)}</td>
                <td>{n.slack ?? '—'}</td>
                <td>
                  {bad
                    ? t('Không kịp hạn hoặc có lỗi', 'Cannot be met, or an error')
                    : n.slack === 0
                      ? t('Không còn ngày dư', 'No slack')
                      : t('Kịp hạn', 'On time')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
