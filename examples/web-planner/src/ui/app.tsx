import {
  clonePlan,
  type Plan,
  type ProgressEvent,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
} from '@rollout/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Analysis, analyse, vietnamCalendar } from '../lib/analyse.js';
import { formatDmy, formatSavedAt, todayInVietnam } from '../lib/dates.js';
import { fieldId, type Path, pathKey, setIn } from '../lib/edit.js';
import { issueText, type Lang, namesOf } from '../lib/names.js';
import { type Opened, openFile } from '../lib/open.js';
import { type NewPlanInput, newPlan } from '../lib/presets.js';
import type { DocContent, PlanDoc, Workspace } from '../lib/workspace.js';
import {
  AppContext,
  type AppContextValue,
  type ConfirmQuestion,
  PlanContext,
  type PlanContextValue,
} from './context.js';
import { ConfirmDialog } from './dialog.js';
import { DeliverablesTab } from './edit-deliverables.js';
import { DocumentTab } from './edit-document.js';
import { SessionsTab } from './edit-sessions.js';
import { StructureTab } from './edit-structure.js';
import { Gantt } from './gantt.js';
import { setLang, t } from './i18n.js';
import { ImportReview } from './import-review.js';
import { DownloadsTab, IssuesPanel, ScheduleTable } from './panels.js';
import { ProgressTab } from './progress-tab.js';
import { RelationsTab, upperCandidates } from './relations-tab.js';
import { StartScreen } from './start.js';

type Tab =
  | 'document'
  | 'structure'
  | 'sessions'
  | 'deliverables'
  | 'chart'
  | 'progress'
  | 'relations'
  | 'downloads';

const TABS: { id: Tab; vi: string; en: string }[] = [
  { id: 'sessions', vi: 'Hội nghị', en: 'Sessions' },
  { id: 'chart', vi: 'Biểu đồ thời hạn', en: 'Timeline' },
  { id: 'deliverables', vi: 'Việc tiếp theo', en: 'Follow-ups' },
  { id: 'structure', vi: 'Cấp, thành phần, tài liệu', en: 'Tiers, audiences, materials' },
  { id: 'document', vi: 'Văn bản', en: 'Document' },
  { id: 'progress', vi: 'Đơn vị và tiến độ', en: 'Units and progress' },
  { id: 'relations', vi: 'Cấp trên, cấp dưới', en: 'Upper and lower tiers' },
  { id: 'downloads', vi: 'Tải về', en: 'Downloads' },
];

/** Which tab an issue path belongs to. */
function tabOf(path: Path): Tab {
  const head = String(path[0] ?? '');
  if (head === 'sessions') return 'sessions';
  if (head === 'deliverables') return 'deliverables';
  if (head === 'tiers' || head === 'audiences' || head === 'materials') return 'structure';
  if (head === 'units' || head === 'today' || head === 'record' || head === 'progress')
    return 'progress';
  return 'document';
}

/** Focuses the field of a path, or the nearest enclosing thing that has an id. */
function focusPath(path: Path): boolean {
  for (let n = path.length; n >= 1; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (!el) continue;
    const target = el.matches('input, select, textarea, button')
      ? el
      : (el.querySelector<HTMLElement>('input[type="text"], textarea') ??
        el.querySelector<HTMLElement>('input, select') ??
        el);
    if (target.tabIndex < 0 && !target.matches('input, select, textarea, button'))
      target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

const EXAMPLES: Record<'kh985' | 'nq58' | 'two', { plan: Plan; vi: string; en: string }> = {
  two: {
    plan: clonePlan(planTwoLevelProvince),
    vi: 'Kế hoạch mẫu (chính quyền hai cấp)',
    en: 'Example (two-level government)',
  },
  kh985: {
    plan: clonePlan(plan985KhHndt),
    vi: 'Kế hoạch mẫu 985-KH/HNDT',
    en: 'Example 985-KH/HNDT',
  },
  nq58: {
    plan: clonePlan(planNq58Province),
    vi: 'Kế hoạch mẫu (dự thảo của Tỉnh ủy)',
    en: 'Example (provincial draft)',
  },
};

function useWorkspace(ws: Workspace) {
  const [, setTick] = useState(0);
  useEffect(() => ws.subscribe(() => setTick((n) => n + 1)), [ws]);
  return ws.state;
}

/** The planner: a list of plans, the editors of the active one, its checks, chart, progress and downloads. */
export function App(props: { workspace: Workspace; initialLang?: Lang }) {
  const ws = props.workspace;
  const state = useWorkspace(ws);
  const [lang, setLangState] = useState<Lang>(props.initialLang ?? 'vi');
  setLang(lang);
  const [tab, setTab] = useState<Tab>('sessions');
  const [view, setView] = useState<'plan' | 'start'>(state.docs.length ? 'plan' : 'start');
  const [pending, setPending] = useState<Extract<Opened, { kind: 'import' }> | null>(null);
  const [question, setQuestion] = useState<
    (ConfirmQuestion & { resolve: (yes: boolean) => void }) | null
  >(null);
  const [message, setMessage] = useState('');
  const [openError, setOpenError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<{ sessions: number; deliverables: number }>({
    sessions: 0,
    deliverables: 0,
  });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [zoom, setZoom] = useState<number | null>(null);
  const [chartAsTable, setChartAsTable] = useState(false);
  // Stable selection callbacks (the long lists repaint only the rows that change).
  const pickSession = useMemo(() => (i: number) => setSelected((s) => ({ ...s, sessions: i })), []);
  const pickDeliverable = useMemo(
    () => (i: number) => setSelected((s) => ({ ...s, deliverables: i })),
    [],
  );
  const focusAfter = useRef<Path | null>(null);
  const calendar = vietnamCalendar();
  const doc = state.docs.find((d) => d.key === state.activeKey);

  // The page's language changes with the words, in the same commit.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(
      'Lập kế hoạch học tập, quán triệt nghị quyết — Rollout',
      'Resolution rollout planner — Rollout',
    );
  }, [lang]);

  // Autosave: written shortly after each change, and at once when the page is hidden or closed.
  useEffect(() => {
    const flush = () => ws.flush();
    const hide = () => {
      if (document.visibilityState === 'hidden') ws.flush();
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      ws.flush();
      if (ws.state.saveError) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hide);
    };
  }, [ws]);

  const announce = (text: string) => {
    // Cleared first so that the same words are read again.
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  };

  const confirm = (q: ConfirmQuestion) =>
    new Promise<boolean>((resolve) => setQuestion({ ...q, resolve }));

  // The checks and the cascade of the active plan, once per change of its content.
  const previous = useRef<Analysis | null>(null);
  const analysis = useMemo(() => {
    if (!doc) return null;
    const today = doc.today ?? (doc.events.length > 0 ? todayInVietnam() : null);
    const a = analyse(doc.plan, {
      units: doc.units,
      events: doc.events,
      today,
      previous: previous.current,
    });
    return a;
  }, [doc?.plan, doc?.events, doc?.units, doc?.today]);

  // New errors are said aloud (the live region), by name and in words.
  const names = useMemo(
    () =>
      doc
        ? namesOf(doc.plan, lang, doc.units ? new Map(doc.units.map((u) => [u.id, u])) : undefined)
        : null,
    [doc?.plan, doc?.units, lang],
  );
  useEffect(() => {
    const before = previous.current;
    if (analysis && before && doc && names && before.plan !== analysis.plan) {
      const old = new Set(
        before.issues
          .filter((i) => i.severity === 'error')
          .map((i) => `${i.code} ${pathKey(i.path)}`),
      );
      const fresh = analysis.issues.filter(
        (i) => i.severity === 'error' && !old.has(`${i.code} ${pathKey(i.path)}`),
      );
      if (fresh.length)
        announce(
          t(`${fresh.length} lỗi mới: `, `${fresh.length} new error(s): `) +
            issueText(fresh[0]!, analysis.plan, names, lang),
        );
      else if (before.counts.error > 0 && analysis.counts.error === 0)
        announce(t('Đã hết lỗi.', 'No errors left.'));
    }
    previous.current = analysis;
  }, [analysis]);

  // The time from an edit (the change, before any checking) to the end of the first frame
  // that shows it: measured once the DOM is patched (a layout effect), at the first task
  // after the next frame was rendered (a message posted from requestAnimationFrame).
  useLayoutEffect(() => {
    if (performance.getEntriesByName('rollout:edit', 'mark').length === 0) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        // Two patches in one frame measure the edit once.
        if (performance.getEntriesByName('rollout:edit', 'mark').length === 0) return;
        performance.measure('rollout:repaint', 'rollout:edit');
        performance.clearMarks('rollout:edit');
      };
      channel.port2.postMessage(0);
    });
  }, [doc?.plan]);

  // After a jump to an issue, focus its field once it is drawn.
  useEffect(() => {
    const path = focusAfter.current;
    if (!path) return;
    focusAfter.current = null;
    requestAnimationFrame(() => focusPath(path));
  });

  // Undo and redo from the keyboard, outside text fields (which keep their own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !doc) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        if (ws.undo(doc.key)) announce(t('Đã hoàn tác.', 'Undone.'));
      } else if (k === 'y' || (k === 'z' && e.shiftKey)) {
        e.preventDefault();
        if (ws.redo(doc.key)) announce(t('Đã làm lại.', 'Redone.'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc?.key]);

  const change = (update: (d: DocContent) => Partial<DocContent>, group?: string) => {
    if (!doc) return;
    performance.mark('rollout:edit');
    ws.change(doc.key, update, group);
  };

  const planCtx: PlanContextValue | null =
    doc && analysis && names
      ? {
          plan: doc.plan,
          analysis,
          names,
          lang,
          edit: (path, value) =>
            change((d) => ({ plan: setIn(d.plan, path, value) }), pathKey(path)),
          update: (fn, group) => change((d) => ({ plan: fn(d.plan) }), group),
          endGroup: () => ws.endGroup(doc.key),
        }
      : null;

  const goTo = (path: Path) => {
    const to = tabOf(path);
    setTab(to);
    if ((path[0] === 'sessions' || path[0] === 'deliverables') && typeof path[1] === 'number')
      setSelected((s) => ({ ...s, [path[0] as string]: path[1] as number }));
    focusAfter.current = path.length ? path : ['header'];
  };

  const appCtx: AppContextValue = { announce, confirm, goTo };

  const addPlan = (plan: Plan, source: string) => {
    ws.add({ plan, source });
    setView('plan');
    setTab('sessions');
    setSelected({ sessions: 0, deliverables: 0 });
    announce(
      t(
        `Đã mở: ${plan.header.reference} — ${plan.header.title}.`,
        `Opened: ${plan.header.reference} — ${plan.header.title}.`,
      ),
    );
    requestAnimationFrame(() => document.getElementById('plan-heading')?.focus());
  };

  const onFile = async (file: File) => {
    setBusy(true);
    setOpenError(null);
    try {
      const opened = await openFile(file);
      if (opened.kind === 'plan') addPlan(opened.plan, file.name);
      else if (opened.kind === 'import') {
        setPending(opened);
        requestAnimationFrame(() => document.getElementById('import-heading')?.focus());
      } else if (opened.kind === 'units') {
        if (doc) {
          change(() => ({ units: opened.units, unitsSource: file.name }));
          setTab('progress');
          announce(
            t(
              `Đã mở cây đơn vị: ${opened.units.length} đơn vị.`,
              `Opened a unit tree: ${opened.units.length} units.`,
            ),
          );
          setView('plan');
        } else
          setOpenError(
            t(
              'Đây là tệp cây đơn vị; hãy mở hoặc tạo kế hoạch trước.',
              'This is a unit tree; open or create a plan first.',
            ),
          );
      } else {
        const first = opened.issues[0];
        setOpenError(
          t('Không mở được tệp này: ', 'This file cannot be opened: ') +
            (first ? issueText(first, null, null, lang) : t('không phải kế hoạch.', 'not a plan.')),
        );
      }
    } catch (error) {
      setOpenError(
        t('Không đọc được tệp: ', 'The file cannot be read: ') +
          (error instanceof Error ? error.message : String(error)),
      );
    } finally {
      setBusy(false);
    }
  };

  const onUnitsFile = async (file: File) => {
    const opened = await openFile(file);
    if (opened.kind === 'units') {
      change(() => ({ units: opened.units, unitsSource: file.name }));
      announce(
        t(
          `Đã mở cây đơn vị: ${opened.units.length} đơn vị.`,
          `Opened a unit tree: ${opened.units.length} units.`,
        ),
      );
    } else
      announce(
        t('Tệp không phải cây đơn vị: ', 'Not a unit tree: ') +
          (opened.kind === 'unusable' && opened.issues[0]
            ? issueText(opened.issues[0], null, null, lang)
            : file.name),
      );
  };

  const removeDoc = async (d: PlanDoc) => {
    const ok = await confirm({
      title: t('Xóa kế hoạch khỏi danh sách?', 'Remove the plan from the list?'),
      body: t(
        `“${d.plan.header.reference} — ${d.plan.header.title}” và mọi chỉnh sửa, số liệu tiến độ của nó sẽ bị xóa khỏi trình duyệt này. Nên tải tệp JSON về trước nếu cần giữ.`,
        `“${d.plan.header.reference} — ${d.plan.header.title}” and all its edits and progress records will be removed from this browser. Download its JSON first to keep it.`,
      ),
      yes: t('Xóa kế hoạch', 'Remove the plan'),
      no: t('Giữ lại', 'Keep it'),
      danger: true,
    });
    if (!ok) return;
    ws.remove(d.key);
    announce(t('Đã xóa kế hoạch khỏi danh sách.', 'Removed the plan from the list.'));
    if (ws.state.docs.length === 0) setView('start');
  };

  const revert = async (d: PlanDoc) => {
    if (d.plan === d.original) return;
    const ok = await confirm({
      title: t('Trở về bản như lúc mở?', 'Go back to the plan as opened?'),
      body: t(
        'Mọi chỉnh sửa từ lúc mở sẽ bị bỏ (vẫn có thể hoàn tác).',
        'Every edit since it was opened is dropped (this can still be undone).',
      ),
      yes: t('Trở về bản gốc', 'Go back'),
      no: t('Giữ chỉnh sửa', 'Keep my edits'),
      danger: true,
    });
    if (ok) {
      ws.change(d.key, () => ({ plan: d.original }));
      announce(t('Đã trở về bản như lúc mở.', 'Back to the plan as opened.'));
    }
  };

  const recovered = state.recovered;
  const canUndo = doc ? ws.canUndo(doc.key) : false;
  const canRedo = doc ? ws.canRedo(doc.key) : false;

  let main: ComponentChildren;
  if (pending)
    main = (
      <ImportReview
        name={pending.name}
        text={pending.text}
        result={pending.result}
        onAccept={(plan) => {
          setPending(null);
          addPlan(plan, t(`Nhập từ ${pending.name}`, `Imported from ${pending.name}`));
        }}
        onCancel={() => setPending(null)}
      />
    );
  else if (view === 'start' || !doc || !planCtx)
    main = (
      <StartScreen
        busy={busy}
        error={openError}
        onFile={(f) => void onFile(f)}
        onExample={(k) => addPlan(EXAMPLES[k].plan, t(EXAMPLES[k].vi, EXAMPLES[k].en))}
        onCreate={(input: NewPlanInput) => addPlan(newPlan(input), t('Kế hoạch mới', 'New plan'))}
      />
    );
  else
    main = (
      <PlanContext.Provider value={planCtx}>
        <div class="plan-bar">
          <h2 id="plan-heading" tabIndex={-1}>
            <span class="ref">{doc.plan.header.reference}</span> {doc.plan.header.title}
          </h2>
          <div class="plan-actions">
            <button
              type="button"
              id="undo"
              disabled={!canUndo}
              onClick={() => ws.undo(doc.key) && announce(t('Đã hoàn tác.', 'Undone.'))}
            >
              ↶ {t('Hoàn tác', 'Undo')}
            </button>
            <button
              type="button"
              id="redo"
              disabled={!canRedo}
              onClick={() => ws.redo(doc.key) && announce(t('Đã làm lại.', 'Redone.'))}
            >
              ↷ {t('Làm lại', 'Redo')}
            </button>
            <button
              type="button"
              id="revert"
              disabled={doc.plan === doc.original}
              onClick={() => void revert(doc)}
            >
              {t('Trở về bản gốc', 'Back to the original')}
            </button>
            <button
              type="button"
              id="duplicate"
              onClick={() => {
                ws.duplicate(
                  doc.key,
                  t(
                    `Bản sao của ${doc.plan.header.reference}`,
                    `Copy of ${doc.plan.header.reference}`,
                  ),
                );
                announce(t('Đã tạo bản sao.', 'Made a copy.'));
              }}
            >
              {t('Nhân bản', 'Duplicate')}
            </button>
            <button
              type="button"
              id="remove-plan"
              class="danger"
              onClick={() => void removeDoc(doc)}
            >
              {t('Xóa khỏi danh sách', 'Remove from the list')}
            </button>
          </div>
          <p class="save-state" id="save-state">
            {state.saveError
              ? t(
                  `Chưa lưu được vào trình duyệt (${state.saveError}). Hãy tải tệp JSON về để giữ.`,
                  `Could not save in the browser (${state.saveError}). Download the JSON to keep it.`,
                )
              : state.savedAt
                ? t(
                    `Đã tự động lưu lúc ${formatSavedAt(state.savedAt)}`,
                    `Saved automatically at ${formatSavedAt(state.savedAt)}`,
                  )
                : t('Tự động lưu trong trình duyệt này.', 'Saved automatically in this browser.')}
            {' · '}
            {t('Nguồn: ', 'Source: ')}
            {doc.source}
          </p>
        </div>
        <div class="plan-body">
          <div class="plan-main">
            <div
              role="tablist"
              aria-label={t('Các phần của kế hoạch', 'Parts of the plan')}
              class="tabs"
            >
              {TABS.map((x) => (
                <button
                  type="button"
                  role="tab"
                  key={x.id}
                  id={`tab-${x.id}`}
                  aria-selected={tab === x.id ? 'true' : 'false'}
                  aria-controls="tab-panel"
                  tabIndex={tab === x.id ? 0 : -1}
                  onClick={() => setTab(x.id)}
                  onKeyDown={(e) => {
                    const i = TABS.findIndex((y) => y.id === tab);
                    const to =
                      e.key === 'ArrowRight'
                        ? i + 1
                        : e.key === 'ArrowLeft'
                          ? i - 1
                          : e.key === 'Home'
                            ? 0
                            : e.key === 'End'
                              ? TABS.length - 1
                              : null;
                    if (to === null) return;
                    e.preventDefault();
                    const next = TABS[(to + TABS.length) % TABS.length]!;
                    setTab(next.id);
                    // Every tab button is drawn already: focus moves with the key.
                    document.getElementById(`tab-${next.id}`)?.focus();
                  }}
                >
                  {t(x.vi, x.en)}
                  {x.id === 'sessions' ? ` (${doc.plan.sessions.length})` : ''}
                </button>
              ))}
            </div>
            <div
              role="tabpanel"
              id="tab-panel"
              aria-labelledby={`tab-${tab}`}
              tabIndex={-1}
              class="tab-panel"
            >
              {tab === 'sessions' ? (
                <SessionsTab selected={selected.sessions} onSelect={pickSession} />
              ) : null}
              {tab === 'deliverables' ? (
                <DeliverablesTab selected={selected.deliverables} onSelect={pickDeliverable} />
              ) : null}
              {tab === 'document' ? <DocumentTab /> : null}
              {tab === 'structure' ? <StructureTab /> : null}
              {tab === 'chart' ? (
                <div class="chart-tab">
                  <div class="toolbar">
                    <button
                      type="button"
                      id="chart-as-table"
                      aria-pressed={chartAsTable ? 'true' : 'false'}
                      onClick={() => setChartAsTable(!chartAsTable)}
                    >
                      {chartAsTable
                        ? t('Xem dạng biểu đồ', 'Show as a chart')
                        : t('Xem dạng bảng', 'Show as a table')}
                    </button>
                    <button type="button" id="print-chart" onClick={() => window.print()}>
                      {t('In biểu đồ (A4 ngang)', 'Print the chart (A4 landscape)')}
                    </button>
                    <button type="button" onClick={() => setCollapsed(new Set())}>
                      {t('Mở mọi cấp', 'Expand every tier')}
                    </button>
                    <button
                      type="button"
                      onClick={() => setCollapsed(new Set(doc.plan.tiers.map((x) => x.id)))}
                    >
                      {t('Thu gọn mọi cấp', 'Collapse every tier')}
                    </button>
                  </div>
                  <div class="print-title" aria-hidden="true">
                    {doc.plan.header.reference} — {doc.plan.header.title} ·{' '}
                    {t('in ngày', 'printed')} {formatDmy(todayInVietnam())}
                  </div>
                  {chartAsTable ? (
                    <ScheduleTable />
                  ) : (
                    <Gantt
                      today={doc.today ?? todayInVietnam()}
                      calendar={calendar}
                      collapsed={collapsed}
                      onToggleTier={(id) => {
                        const next = new Set(collapsed);
                        if (next.has(id)) next.delete(id);
                        else next.add(id);
                        setCollapsed(next);
                      }}
                      px={zoom}
                      onZoom={setZoom}
                    />
                  )}
                </div>
              ) : null}
              {tab === 'progress' ? (
                <ProgressTab
                  events={doc.events}
                  units={doc.units}
                  unitsSource={doc.unitsSource}
                  today={doc.today}
                  onEvents={(events: ProgressEvent[]) => change(() => ({ events }))}
                  onToday={(today) => change(() => ({ today }), 'progress-today')}
                  onOpenUnits={(f) => void onUnitsFile(f)}
                  onVnUnits={(units, source) => change(() => ({ units, unitsSource: source }))}
                  onDropUnits={() => change(() => ({ units: null, unitsSource: null }))}
                />
              ) : null}
              {tab === 'relations' ? (
                <RelationsTab
                  doc={doc}
                  others={upperCandidates(doc, state.docs)}
                  onDerived={(plan, source) => {
                    const key = ws.add({ plan, source });
                    // The draft is in the list; the clerk stays on the upper plan until they open it.
                    ws.select(doc.key);
                    return key;
                  }}
                  onOpen={(key) => {
                    ws.select(key);
                    setTab('document');
                    setSelected({ sessions: 0, deliverables: 0 });
                  }}
                />
              ) : null}
              {tab === 'downloads' ? <DownloadsTab units={doc.units} /> : null}
            </div>
          </div>
          <IssuesPanel />
        </div>
      </PlanContext.Provider>
    );

  return (
    <AppContext.Provider value={appCtx}>
      <a class="skip" href="#main">
        {t('Bỏ qua, đến nội dung chính', 'Skip to the main content')}
      </a>
      <header class="top">
        <div>
          <h1>
            {t(
              'Lập kế hoạch học tập, quán triệt nghị quyết',
              'Resolution study and rollout planner',
            )}
          </h1>
          <p class="tagline">
            {t(
              'Kế hoạch nghiên cứu, học tập, quán triệt và triển khai thực hiện nghị quyết theo các cấp',
              'Plans that roll a resolution out through the tiers',
            )}
          </p>
        </div>
        <button
          type="button"
          id="lang-switch"
          lang={lang === 'vi' ? 'en' : 'vi'}
          onClick={() => setLangState(lang === 'vi' ? 'en' : 'vi')}
        >
          {lang === 'vi' ? 'English' : 'Tiếng Việt'}
        </button>
      </header>
      {recovered ? (
        <div class="notice" role="status" id="recovered">
          {t(
            `Đã khôi phục ${recovered.count} kế hoạch từ lần làm việc trước (lưu lúc ${formatSavedAt(recovered.savedAt)}).`,
            `Recovered ${recovered.count} plan(s) from your last session (saved at ${formatSavedAt(recovered.savedAt)}).`,
          )}{' '}
          <button type="button" onClick={() => ws.dismissRecovered()}>
            {t('Đã hiểu', 'OK')}
          </button>
        </div>
      ) : null}
      <div class="layout">
        <nav class="plans" aria-label={t('Các kế hoạch của tôi', 'My plans')}>
          <h2 class="nav-title">{t('Các kế hoạch', 'Plans')}</h2>
          <ul>
            {state.docs.map((d) => (
              <li key={d.key}>
                <button
                  type="button"
                  class="plan-item"
                  aria-current={
                    d.key === state.activeKey && view === 'plan' && !pending ? 'page' : undefined
                  }
                  onClick={() => {
                    ws.select(d.key);
                    setView('plan');
                    setPending(null);
                    setSelected({ sessions: 0, deliverables: 0 });
                  }}
                >
                  <span class="ref">{d.plan.header.reference}</span>
                  <span class="title">{d.plan.header.title}</span>
                  <span class="muted small">{formatSavedAt(d.updatedAt)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            id="new-plan"
            class="add"
            aria-current={view === 'start' && !pending ? 'page' : undefined}
            onClick={() => {
              setView('start');
              setPending(null);
            }}
          >
            + {t('Kế hoạch mới / mở tệp', 'New plan / open a file')}
          </button>
        </nav>
        <main id="main" tabIndex={-1}>
          {main}
        </main>
      </div>
      <div class="sr-only" role="status" aria-live="polite" id="live">
        {message}
      </div>
      <ConfirmDialog
        question={question}
        onAnswer={(yes) => {
          question?.resolve(yes);
          setQuestion(null);
        }}
      />
    </AppContext.Provider>
  );
}
