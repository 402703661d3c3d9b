import type { Issue, Method, ProgressCounts, ProgressEvent, Unit } from '@rollout/core';
import { stringifyUnitTree } from '@rollout/json';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDmy, parseDateEntry, todayInVietnam } from '../lib/dates.js';
import { baseName, type ReportFormat, renderReportAs, saveFile } from '../lib/formats.js';
import { issueText } from '../lib/names.js';
import {
  eventsNdjson,
  eventsOfRecord,
  recordOf,
  replaceRecord,
  rollupOf,
  type UnitRecord,
} from '../lib/progress.js';
import { useApp, usePlan } from './context.js';
import { methodLabel } from './edit-sessions.js';
import { DateField, Group } from './fields.js';
import { t } from './i18n.js';

const PAGE = 20;

function pct(rate: number | null): string {
  if (rate === null) return '—';
  const v = (rate * 100).toFixed(1);
  return `${t(v.replace('.', ','), v)} %`;
}

function CountsRow(props: { name: string; c: ProgressCounts; units?: number }) {
  const s = props.c.sessions;
  return (
    <tr>
      <th scope="row">{props.name}</th>
      {props.units !== undefined ? <td>{props.units}</td> : null}
      <td>
        {s.held}/{s.expected}
        {s.exempted ? ` (+${s.exempted} ${t('miễn', 'exempt')})` : ''}
      </td>
      <td>{s.late ? `${s.late} (${s.daysLate} ${t('ngày', 'days')})` : '0'}</td>
      <td>{pct(props.c.attendance.rate)}</td>
      <td>{props.c.reflections.submitted}</td>
      <td>
        {props.c.actionPlans.issued}/{props.c.actionPlans.expected}
      </td>
    </tr>
  );
}

/** One unit's record form: saved with its own button, checked with the core's event schema. */
function RecordRow(props: {
  rec: UnitRecord;
  unitName: string;
  sessionName: string;
  onSave: (rec: UnitRecord) => Issue[];
  rowId: string;
}) {
  const { plan, names, lang } = usePlan();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<Issue[]>([]);
  const r = props.rec;
  const val = (k: keyof UnitRecord, v: unknown) =>
    draft[k] ??
    (k === 'held' || k === 'actionPlanDate'
      ? v
        ? formatDmy(String(v))
        : ''
      : v === undefined
        ? ''
        : String(v));
  const field = (k: keyof UnitRecord, label: string, numeric: boolean) => (
    <td>
      <label class="sr-only" for={`${props.rowId}-${k}`}>
        {label} — {props.unitName}
      </label>
      <input
        id={`${props.rowId}-${k}`}
        type="text"
        inputMode={numeric ? 'numeric' : 'text'}
        placeholder={k === 'held' || k === 'actionPlanDate' ? t('nn/tt/nnnn', 'dd/mm/yyyy') : ''}
        value={val(k, r[k])}
        onInput={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })}
      />
    </td>
  );
  const save = () => {
    const num = (k: string, v: number | undefined) => {
      const s = draft[k];
      if (s === undefined) return v;
      const n = Number(s.trim());
      return s.trim() === '' ? undefined : Number.isInteger(n) ? n : Number.NaN;
    };
    const date = (k: string, v: string | undefined) => {
      const s = draft[k];
      if (s === undefined) return v;
      const e = parseDateEntry(s);
      return e.state === 'date' ? e.iso : e.state === 'empty' ? undefined : s;
    };
    const next: UnitRecord = {
      ...r,
      held: date('held', r.held),
      present: num('present', r.present),
      expected: num('expected', r.expected),
      reflections: num('reflections', r.reflections),
      actionPlanReference:
        draft.actionPlanReference !== undefined
          ? draft.actionPlanReference.trim() || undefined
          : r.actionPlanReference,
      actionPlanDate: date('actionPlanDate', r.actionPlanDate),
    };
    const found = props.onSave(next);
    setIssues(found);
    if (found.length === 0) setDraft({});
  };
  return (
    <>
      <tr data-unit={r.unit} data-session={r.session} class={issues.length ? 'has-issues' : ''}>
        <th scope="row">
          {props.unitName}
          <span class="muted small"> · {props.sessionName}</span>
        </th>
        {field('held', t('Ngày tổ chức', 'Held on'), true)}
        {field('present', t('Số người dự', 'Present'), true)}
        {field('expected', t('Số người phải dự', 'Expected'), true)}
        {field('reflections', t('Bài thu hoạch', 'Reflections'), true)}
        {field('actionPlanReference', t('Số kế hoạch hành động', 'Action plan number'), false)}
        {field('actionPlanDate', t('Ngày ban hành kế hoạch hành động', 'Action plan date'), true)}
        <td>
          <button
            type="button"
            onClick={save}
            aria-label={t(`Lưu số liệu: ${props.unitName}`, `Save figures: ${props.unitName}`)}
          >
            {t('Lưu', 'Save')}
          </button>
        </td>
      </tr>
      {issues.length ? (
        <tr class="row-issues">
          <td colSpan={8}>
            <div role="alert">
              <ul class="field-messages">
                {issues.slice(0, 4).map((i, n) => (
                  <li key={n} class="sev-error">
                    {issueText(i, plan, names, lang)}
                  </li>
                ))}
              </ul>
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

type VnUnits = typeof import('@rollout/vn-units');

/**
 * Picks a province from Vietnam's real unit list (`@rollout/vn-units`, loaded
 * on first use): its province committee and its communes, wards and special
 * zones, as the CLI's `--units vn:<code>[+direct]` gives them.
 */
function VnUnitsPicker(props: { onUnits: (units: Unit[], source: string) => void }) {
  const { announce } = useApp();
  const [lib, setLib] = useState<VnUnits | null>(null);
  const [code, setCode] = useState('');
  const [direct, setDirect] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('@rollout/vn-units').then(
      (m) => live && setLib(m),
      () =>
        live &&
        setError(
          t(
            'Không tải được danh sách đơn vị hành chính.',
            'The list of units could not be loaded.',
          ),
        ),
    );
    return () => {
      live = false;
    };
  }, []);
  const list = lib?.provinces() ?? [];
  return (
    <div class="vn-units">
      <div class="row">
        <div class="field">
          <label for="vn-province">
            {t('Tỉnh, thành phố (đơn vị hành chính thật)', 'Province or city (real units)')}
          </label>
          <select
            id="vn-province"
            value={code}
            disabled={!lib}
            aria-describedby="vn-province-hint"
            onChange={(e) => setCode(e.currentTarget.value)}
          >
            <option value="">
              {lib ? t('— chọn —', '— choose —') : t('Đang tải…', 'Loading…')}
            </option>
            {list.map((p) => (
              <option key={p.code} value={p.code}>
                {p.fullName} ({p.communes} {t('xã, phường', 'communes')})
              </option>
            ))}
          </select>
          <p class="hint" id="vn-province-hint">
            {lib
              ? t(
                  `${list.length} tỉnh, thành phố và ${list.reduce((n, p) => n + p.communes, 0).toLocaleString('vi-VN')} xã, phường, đặc khu; hiệu lực từ ${formatDmy(lib.VN_UNITS_VALID_FROM)}.`,
                  `${list.length} provinces and ${list.reduce((n, p) => n + p.communes, 0)} communes; in force since ${formatDmy(lib.VN_UNITS_VALID_FROM)}.`,
                )
              : ''}
          </p>
        </div>
        <div class="field check-field">
          <input
            id="vn-direct"
            type="checkbox"
            checked={direct}
            onChange={(e) => setDirect(e.currentTarget.checked)}
          />
          <label for="vn-direct">
            {t(
              'Thêm các đảng ủy trực thuộc tỉnh',
              'Add the committees directly under the province',
            )}
          </label>
        </div>
        <button
          type="button"
          id="vn-use"
          disabled={!lib || !code}
          onClick={() => {
            if (!lib || !code) return;
            const r = lib.safeUnitTree({ provinces: [code], directlyUnder: direct });
            if (!r.success) {
              setError(r.issues.map((i) => i.message[t('vi', 'en') as 'vi' | 'en']).join(' '));
              return;
            }
            setError(null);
            const p = lib.findProvince(code);
            props.onUnits(
              [...r.tree.units],
              `${p?.fullName ?? code} — @rollout/vn-units${direct ? t(', gồm đảng ủy trực thuộc', ', with committees directly under') : ''}`,
            );
            announce(
              t(
                `Đã dùng ${r.tree.units.length} đơn vị của ${p?.fullName ?? code}.`,
                `Using ${r.tree.units.length} units of ${p?.fullName ?? code}.`,
              ),
            );
          }}
        >
          {t('Lập kế hoạch trên các đơn vị này', 'Plan over these units')}
        </button>
      </div>
      {error ? (
        <p class="sev-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Planning over real units and tracking what they did: the unit tree (a file;
 * Vietnam's real list when `@rollout/vn-units` is in), the cascade over it,
 * each unit's actual dates, attendance, reflections and action plan, the late
 * units and the roll-up, and the progress report.
 */
export function ProgressTab(props: {
  events: readonly ProgressEvent[];
  units: readonly Unit[] | null;
  unitsSource: string | null;
  today: string | null;
  onEvents: (events: ProgressEvent[]) => void;
  onToday: (today: string | null) => void;
  onOpenUnits: (file: File) => void;
  onVnUnits: (units: Unit[], source: string) => void;
  onDropUnits: () => void;
}) {
  const { plan, analysis, names, lang } = usePlan();
  const { confirm, announce } = useApp();
  const [filter, setFilter] = useState('');
  const [tierFilter, setTierFilter] = useState('');
  const [page, setPage] = useState(0);
  const today = props.today ?? todayInVietnam();
  const units = props.units;

  // The units that hold sessions: from the tree, or one per tier without a tree.
  const rows = useMemo(() => {
    const out: { unit: string; name: string; tier: string; session: string; method: Method }[] = [];
    const sessionsOf = (tier: string) => plan.sessions.filter((s) => s.tier === tier);
    if (units) {
      for (const u of units) {
        const tier = u.tier ?? plan.tiers.find((x) => x.level === u.level)?.id;
        if (!tier) continue;
        for (const s of sessionsOf(tier))
          out.push({ unit: u.id, name: u.name, tier, session: s.id, method: s.method });
      }
    } else {
      for (const tier of plan.tiers)
        for (const s of sessionsOf(tier.id))
          out.push({
            unit: tier.id,
            name: tier.name,
            tier: tier.id,
            session: s.id,
            method: s.method,
          });
    }
    return out;
  }, [plan.sessions, plan.tiers, units]);

  const shown = useMemo(() => {
    const f = filter.trim().toLocaleLowerCase('vi');
    return rows.filter(
      (r) =>
        (!tierFilter || r.tier === tierFilter) &&
        (!f || r.name.toLocaleLowerCase('vi').includes(f)),
    );
  }, [rows, filter, tierFilter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);

  const report = useMemo(
    () => rollupOf(plan, props.events, units, today),
    [plan, props.events, units, today],
  );
  const unitName = useMemo(() => {
    const m = new Map((units ?? []).map((u) => [u.id, u.name]));
    return (id: string) => m.get(id) ?? names.unit(id);
  }, [units, names]);

  const save = (rec: UnitRecord): Issue[] => {
    const { events, issues } = eventsOfRecord(
      rec,
      t('Văn phòng', 'Office'),
      new Date().toISOString(),
    );
    if (issues.length) return issues;
    props.onEvents(replaceRecord(props.events, rec, events));
    announce(
      t(`Đã lưu số liệu của ${unitName(rec.unit)}.`, `Saved the figures of ${unitName(rec.unit)}.`),
    );
    return [];
  };

  const late = report.overdue;
  const infeasibleUnits = (analysis.unitNodes ?? []).filter((n) => !n.feasible);

  const download = async (format: ReportFormat) => {
    const data = await renderReportAs(report, plan, format, lang);
    const mime = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      html: 'text/html;charset=utf-8',
      md: 'text/markdown;charset=utf-8',
      txt: 'text/plain;charset=utf-8',
      json: 'application/json',
    }[format];
    saveFile(`${baseName(plan)}-tien-do.${format}`, data, mime);
  };

  return (
    <div class="editor">
      <Group legend={t('Cây đơn vị', 'Unit tree')} id="sec-units">
        {units ? (
          <p id="units-summary">
            {t(
              `Đang lập kế hoạch trên ${units.length} đơn vị`,
              `Planning over ${units.length} units`,
            )}
            {props.unitsSource ? ` (${props.unitsSource})` : ''}:{' '}
            {plan.tiers
              .map((tier) => {
                const n = units.filter(
                  (u) => (u.tier ?? plan.tiers.find((x) => x.level === u.level)?.id) === tier.id,
                ).length;
                return `${tier.name}: ${n}`;
              })
              .join('; ')}
            .
          </p>
        ) : (
          <p class="muted">
            {t(
              'Chưa có cây đơn vị: tiến độ được theo dõi theo từng cấp. Mở tệp cây đơn vị (JSON, { "units": [ … ] }) để lập kế hoạch trên các đơn vị thật.',
              'No unit tree: progress is tracked per tier. Open a unit tree file (JSON, { "units": [ … ] }) to plan over real units.',
            )}
          </p>
        )}
        <VnUnitsPicker onUnits={props.onVnUnits} />
        <div class="row">
          <div class="field">
            <label for="units-file">
              {t('Hoặc mở tệp cây đơn vị', 'Or open a unit tree file')}
            </label>
            <input
              id="units-file"
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) props.onOpenUnits(f);
                e.currentTarget.value = '';
              }}
            />
          </div>
          {units ? (
            <button
              type="button"
              onClick={async () => {
                if (
                  await confirm({
                    title: t('Bỏ cây đơn vị?', 'Drop the unit tree?'),
                    body: t(
                      'Kế hoạch sẽ được tính theo từng cấp. Có thể hoàn tác.',
                      'The plan will be scheduled per tier. This can be undone.',
                    ),
                    yes: t('Bỏ cây đơn vị', 'Drop it'),
                    no: t('Giữ lại', 'Keep it'),
                  })
                )
                  props.onDropUnits();
              }}
            >
              {t('Bỏ cây đơn vị', 'Drop the unit tree')}
            </button>
          ) : null}
        </div>
      </Group>

      <Group legend={t('Ngày tính tiến độ', 'Progress measured on')}>
        <DateField
          path={['progress', 'today']}
          label={t('Tính chậm muộn đến ngày', 'Lateness measured on')}
          hint={t(
            `Để trống: hôm nay (${formatDmy(todayInVietnam())})`,
            `Empty: today (${formatDmy(todayInVietnam())})`,
          )}
          value={props.today ?? undefined}
          onValue={(iso) => props.onToday(iso ?? null)}
        />
      </Group>

      <Group legend={t('Tổng hợp tiến độ', 'Roll-up')} id="sec-rollup">
        <div class="table-scroll">
          <table class="data" id="rollup-table">
            <caption>
              {t(`Kết quả đến ngày ${formatDmy(today)}`, `Results up to ${formatDmy(today)}`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Cấp', 'Tier')}</th>
                <th scope="col">{t('Số đơn vị', 'Units')}</th>
                <th scope="col">{t('Hội nghị đã tổ chức', 'Sessions held')}</th>
                <th scope="col">{t('Chậm', 'Late')}</th>
                <th scope="col">{t('Tỷ lệ dự học', 'Attendance')}</th>
                <th scope="col">{t('Bài thu hoạch', 'Reflections')}</th>
                <th scope="col">{t('Kế hoạch hành động', 'Action plans')}</th>
              </tr>
            </thead>
            <tbody>
              {report.tiers.map((x) => (
                <CountsRow key={x.tier} name={x.name} c={x.counts} units={x.units} />
              ))}
              <CountsRow
                name={t('Toàn bộ', 'All')}
                c={report.totals}
                units={report.tiers.reduce((n, x) => n + x.units, 0)}
              />
            </tbody>
          </table>
        </div>
        <h3 id="late-heading">
          {t(`Đơn vị chậm (${report.overdueTotal})`, `Late units (${report.overdueTotal})`)}
        </h3>
        {late.length === 0 ? (
          <p class="muted">{t('Không có đơn vị nào chậm.', 'No unit is late.')}</p>
        ) : (
          <ul class="late-list" aria-labelledby="late-heading">
            {late.slice(0, 50).map((o) => (
              <li key={`${o.unit}|${o.activity}`} data-unit={o.unit}>
                <strong>{unitName(o.unit)}</strong> — {names.activity(o.activity)}:{' '}
                {t(
                  `hạn ${formatDmy(o.deadline)}, chậm ${o.daysLate} ngày`,
                  `due ${formatDmy(o.deadline)}, ${o.daysLate} days late`,
                )}
              </li>
            ))}
          </ul>
        )}
        {infeasibleUnits.length ? (
          <p class="sev-error">
            {t(
              `${infeasibleUnits.length} việc của các đơn vị không thể kịp hạn theo chuỗi thời hạn.`,
              `${infeasibleUnits.length} unit activities cannot meet their deadlines.`,
            )}
          </p>
        ) : null}
        <div class="downloads">
          {(['docx', 'html', 'md', 'txt', 'json'] as const).map((f) => (
            <button type="button" key={f} id={`report-${f}`} onClick={() => void download(f)}>
              {t('Tải báo cáo tiến độ', 'Download the progress report')} ({f.toUpperCase()})
            </button>
          ))}
          {units ? (
            <button
              type="button"
              id="report-units"
              onClick={() =>
                saveFile(
                  `${baseName(plan)}-don-vi.json`,
                  stringifyUnitTree({ units: [...units] }, { pretty: true }),
                  'application/json',
                )
              }
            >
              {t('Tải cây đơn vị (JSON)', 'Download the unit tree (JSON)')}
            </button>
          ) : null}
          <button
            type="button"
            id="report-events"
            onClick={() =>
              saveFile(
                `${baseName(plan)}-su-kien.ndjson`,
                eventsNdjson(props.events),
                'application/x-ndjson',
              )
            }
          >
            {t('Tải số liệu đã ghi (NDJSON)', 'Download the records (NDJSON)')}
          </button>
        </div>
      </Group>

      <Group legend={t('Ghi nhận kết quả từng đơn vị', 'Record each unit')} id="sec-records">
        <div class="row">
          <div class="field">
            <label for="records-filter">{t('Tìm đơn vị', 'Find a unit')}</label>
            <input
              id="records-filter"
              type="search"
              value={filter}
              onInput={(e) => {
                setFilter(e.currentTarget.value);
                setPage(0);
              }}
            />
          </div>
          <div class="field">
            <label for="records-tier">{t('Cấp', 'Tier')}</label>
            <select
              id="records-tier"
              value={tierFilter}
              onChange={(e) => {
                setTierFilter(e.currentTarget.value);
                setPage(0);
              }}
            >
              <option value="">{t('Mọi cấp', 'Every tier')}</option>
              {plan.tiers.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="table-scroll">
          <table class="data records" id="records-table">
            <caption>
              {t(
                `${shown.length} dòng; trang ${at + 1}/${pages}`,
                `${shown.length} rows; page ${at + 1} of ${pages}`,
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Đơn vị · hội nghị', 'Unit · session')}</th>
                <th scope="col">{t('Ngày tổ chức', 'Held on')}</th>
                <th scope="col">{t('Số người dự', 'Present')}</th>
                <th scope="col">{t('Phải dự', 'Expected')}</th>
                <th scope="col">{t('Bài thu hoạch', 'Reflections')}</th>
                <th scope="col">{t('Số KH hành động', 'Action plan no.')}</th>
                <th scope="col">{t('Ngày ban hành KHHĐ', 'Action plan date')}</th>
                <th scope="col">
                  <span class="sr-only">{t('Lưu', 'Save')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(at * PAGE, at * PAGE + PAGE).map((r, k) => (
                <RecordRow
                  key={`${r.unit}|${r.session}`}
                  rowId={`rec-${at * PAGE + k}`}
                  rec={recordOf(props.events, r.unit, r.session, r.method)}
                  unitName={r.name}
                  sessionName={`${names.activity(r.session)} (${methodLabel(r.method)})`}
                  onSave={save}
                />
              ))}
            </tbody>
          </table>
        </div>
        <div class="pager">
          <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            ← {t('Trang trước', 'Previous page')}
          </button>
          <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
            {t('Trang sau', 'Next page')} →
          </button>
        </div>
      </Group>
    </div>
  );
}
