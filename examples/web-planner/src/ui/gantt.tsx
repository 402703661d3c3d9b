import {
  addCalendarDays,
  type DateRule,
  dayOfWeek,
  daysInMonth,
  fromEpochDay as fromEpochDayOrNull,
  type ScheduleNode,
  toEpochDay,
  type WorkingCalendar,
} from '@rollout/core';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDmy } from '../lib/dates.js';
import { issueText } from '../lib/names.js';
import { moveRuleEnd } from '../lib/rules.js';
import { usePlan } from './context.js';
import { t } from './i18n.js';
import { pure } from './pure.js';
import { useScrollView, WINDOW_FROM } from './windowing.js';

const LABEL_WIDTH = 260;
/** Heights in a long chart (drawn a window at a time): a tier band, a row, the axis. */
const TIER_H = 44;
const ROW_H = 56;
const HEAD_H = 64;
const MIN_PX = 2;
const MAX_PX = 48;

/** One row of the chart, as plain values (so that a row repaints only when they change). */
interface RowData {
  readonly key: string;
  readonly activity: string;
  readonly label: string;
  readonly kind: 'session' | 'deliverable';
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly deadline: string | null;
  readonly slack: number | null;
  readonly held: string | null;
  /** Red, with the first reason in words, or `null`. */
  readonly reason: string | null;
  readonly critical: boolean;
  /** Whether the end can be dragged (sessions and follow-ups of the plan itself). */
  readonly draggable: boolean;
}

interface Scale {
  readonly lo: number;
  readonly days: number;
  readonly px: number;
}

const x = (s: Scale, iso: string) => (toEpochDay(iso) - s.lo) * s.px;
/** The date of a day number inside the chart's range (always between years 1 and 9999). */
const fromEpochDay = (day: number): string => fromEpochDayOrNull(day) ?? '1970-01-01';

function rowWords(r: RowData): string {
  const parts = [
    `${t('sớm nhất', 'earliest')} ${formatDmy(r.earliest)}`,
    `${t('muộn nhất', 'latest')} ${formatDmy(r.latest)}`,
    r.deadline
      ? `${t('hạn', 'due')} ${formatDmy(r.deadline)}`
      : t('chưa có hạn riêng', 'no deadline of its own'),
  ];
  if (r.slack !== null) parts.push(`${t('dư', 'slack')} ${r.slack} ${t('ngày', 'days')}`);
  if (r.held) parts.push(`${t('đã tổ chức', 'held on')} ${formatDmy(r.held)}`);
  return parts.join(', ');
}

const Row = pure(
  (p: {
    row: RowData;
    scale: Scale;
    onKey: (e: KeyboardEvent, row: RowData) => void;
    onDragStart: (e: PointerEvent, row: RowData) => void;
    onFocusRow: (key: string) => void;
    /** Whether its slider is the chart's one tab stop. */
    active: boolean;
    /** In a long chart: the row's place (drawn a window at a time). */
    top?: number | undefined;
  }) => {
    const { row: r, scale: s } = p;
    const bad = r.reason !== null;
    const open = r.latest === null;
    const inverted = r.earliest !== null && r.latest !== null && r.earliest > r.latest;
    let bar = null;
    if (inverted) {
      const left = x(s, r.latest!);
      bar = (
        <div
          class="g-bar conflict"
          style={{ left: `${left}px`, width: `${x(s, r.earliest!) - left + s.px}px` }}
        />
      );
    } else if (r.earliest !== null && !open) {
      const left = x(s, r.earliest);
      bar = (
        <div
          class="g-bar"
          style={{ left: `${left}px`, width: `${Math.max(x(s, r.latest!) - left + s.px, 3)}px` }}
        />
      );
    } else if (r.earliest !== null && open) {
      // No last day: a short open-ended mark from the earliest day, never a long bar.
      bar = (
        <div class="g-open" style={{ left: `${x(s, r.earliest)}px` }}>
          {t('từ', 'from')} {formatDmy(r.earliest)} → {t('chưa có hạn', 'no deadline')}
        </div>
      );
    }
    const end = r.deadline ?? r.latest;
    const words = rowWords(r);
    return (
      <div
        class={`g-row${bad ? ' bad' : ''}${r.critical ? ' critical' : ''}${open ? ' open' : ''}`}
        data-activity={r.activity}
        data-row={r.key}
        data-feasible={bad ? 'false' : 'true'}
        style={p.top === undefined ? undefined : { top: `${p.top}px` }}
      >
        <div class="g-label">
          <span class="g-name">{r.label}</span>
          <span class="g-dates">{words}</span>
        </div>
        <div class="g-track">
          {bar}
          {r.deadline ? (
            <div class="g-deadline" style={{ left: `${x(s, r.deadline) + s.px}px` }} />
          ) : null}
          {r.held ? <div class="g-held" style={{ left: `${x(s, r.held) + s.px / 2}px` }} /> : null}
          {r.draggable && end ? (
            <div
              class="g-handle"
              role="slider"
              tabIndex={p.active ? 0 : -1}
              aria-label={t(`Hạn cuối: ${r.label}`, `Last day: ${r.label}`)}
              aria-valuemin={s.lo}
              aria-valuemax={s.lo + s.days}
              aria-valuenow={toEpochDay(end)}
              aria-valuetext={formatDmy(end)}
              aria-describedby="gantt-keys"
              style={{ left: `${x(s, end) + s.px}px` }}
              onKeyDown={(e) => p.onKey(e, r)}
              onFocus={() => p.onFocusRow(r.key)}
              onPointerDown={(e) => p.onDragStart(e, r)}
            />
          ) : null}
          {bad ? (
            <div class="g-reason">
              <span aria-hidden="true">⚠ </span>
              {r.reason}
            </div>
          ) : null}
        </div>
      </div>
    );
  },
  (a, b) =>
    a.scale === b.scale &&
    a.active === b.active &&
    a.top === b.top &&
    a.onKey === b.onKey &&
    a.onFocusRow === b.onFocusRow &&
    a.onDragStart === b.onDragStart &&
    sameRow(a.row, b.row),
);

function sameRow(a: RowData, b: RowData): boolean {
  for (const k of Object.keys(a) as (keyof RowData)[]) if (a[k] !== b[k]) return false;
  return true;
}

/** The days off, week starts and today as one picture behind the rows. */
const Backdrop = pure(
  (p: { scale: Scale; height: number; calendar: WorkingCalendar; today: string }) => {
    const { scale: s } = p;
    const shades = [];
    const ticks = [];
    for (let i = 0; i < s.days; i++) {
      const iso = fromEpochDay(s.lo + i);
      const off = p.calendar.dayOff(iso);
      if (off)
        shades.push(
          <rect
            key={`o${i}`}
            class={`off off-${off.kind}`}
            x={i * s.px}
            y={0}
            width={s.px}
            height={p.height}
          />,
        );
      if (dayOfWeek(iso) === 1)
        ticks.push(
          <line key={`w${i}`} class="week" x1={i * s.px} x2={i * s.px} y1={0} y2={p.height} />,
        );
      else if (s.px >= 8)
        ticks.push(
          <line key={`d${i}`} class="day" x1={i * s.px} x2={i * s.px} y1={0} y2={p.height} />,
        );
    }
    const today = toEpochDay(p.today) - s.lo;
    return (
      <svg
        class="g-backdrop"
        width={s.days * s.px}
        height={p.height}
        aria-hidden="true"
        focusable="false"
      >
        {shades}
        {ticks}
        {today >= 0 && today < s.days ? (
          <line
            class="today"
            data-today={p.today}
            x1={today * s.px + s.px / 2}
            x2={today * s.px + s.px / 2}
            y1={0}
            y2={p.height}
          />
        ) : null}
      </svg>
    );
  },
);

const Axis = pure((p: { scale: Scale }) => {
  const { scale: s } = p;
  const months = [];
  const weeks = [];
  const days = [];
  for (let i = 0; i < s.days; i++) {
    const iso = fromEpochDay(s.lo + i);
    // The first month is named only when its part in view is wide enough for its name.
    const left =
      daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7))) - Number(iso.slice(8, 10)) + 1;
    if (iso.endsWith('-01') || (i === 0 && left * s.px > 90))
      months.push(
        <span key={`m${i}`} class="g-month" style={{ left: `${i * s.px}px` }}>
          {t('Tháng', 'Month')} {Number(iso.slice(5, 7))}/{iso.slice(0, 4)}
        </span>,
      );
    if (dayOfWeek(iso) === 1 && s.px * 7 >= 34)
      weeks.push(
        <span key={`w${i}`} class="g-week" style={{ left: `${i * s.px}px` }}>
          {iso.slice(8, 10)}/{iso.slice(5, 7)}
        </span>,
      );
    if (s.px >= 16)
      days.push(
        <span key={`d${i}`} class="g-day" style={{ left: `${i * s.px}px`, width: `${s.px}px` }}>
          {Number(iso.slice(8, 10))}
        </span>,
      );
  }
  return (
    <div class="g-axis" aria-hidden="true" style={{ width: `${s.days * s.px}px` }}>
      <div class="g-axis-row months">{months}</div>
      <div class="g-axis-row weeks">{weeks}</div>
      {days.length ? <div class="g-axis-row days">{days}</div> : null}
    </div>
  );
});

export interface GanttProps {
  readonly today: string;
  readonly calendar: WorkingCalendar;
  readonly collapsed: ReadonlySet<string>;
  readonly onToggleTier: (tier: string) => void;
  readonly px: number | null;
  readonly onZoom: (px: number | null) => void;
}

/**
 * The cascade as a Gantt chart: a band per tier (collapsible), a row per
 * activity with its window (earliest → latest), deadline tick and held dot;
 * weekends and Vietnam's days off shaded from the cascade's own calendar; day
 * and week ticks; a today line. Red rows carry their reason in words; rows
 * with no slack (the zero-slack chain) are marked. Each row's end is a slider:
 * drag it, or focus it and use ← → (a day), Shift+← → (a week), ↑ ↓ to move
 * between rows.
 */
export function Gantt(props: GanttProps) {
  const { plan, analysis, names, lang, update } = usePlan();
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1000);
  const [drag, setDrag] = useState<{ key: string; date: string } | null>(null);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || 1000);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const heldOf = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of plan.sessions) if (s.deadline.kind === 'held') m.set(s.id, s.deadline.date);
    return m;
  }, [plan.sessions]);

  const rowsByTier = useMemo(() => {
    const sessionIds = new Set(plan.sessions.map((s) => s.id));
    const byTier = new Map<string, RowData[]>();
    for (const n of analysis.nodes as ScheduleNode[]) {
      const errors = analysis.errorsByActivity.get(n.activity);
      const bad = !n.feasible || (errors !== undefined && errors.length > 0);
      const reason = bad
        ? errors?.[0]
          ? issueText(errors[0], plan, names, lang)
          : t(
              'Không thể đúng hạn: muộn nhất trước sớm nhất.',
              'Cannot be met: the latest day comes before the earliest.',
            )
        : null;
      const row: RowData = {
        key: `${n.activity}|${n.tier}`,
        activity: n.activity,
        label: names.activity(n.activity),
        kind: sessionIds.has(n.activity) ? 'session' : 'deliverable',
        earliest: n.earliest,
        latest: n.latest,
        deadline: n.deadline,
        slack: n.slack,
        held: heldOf.get(n.activity) ?? null,
        reason,
        critical: n.feasible && n.slack === 0,
        draggable: true,
      };
      const list = byTier.get(n.tier);
      if (list) list.push(row);
      else byTier.set(n.tier, [row]);
    }
    return byTier;
  }, [analysis, names, heldOf, lang, plan]);

  const range = useMemo(() => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const rows of rowsByTier.values())
      for (const r of rows)
        for (const d of [r.earliest, r.latest, r.deadline, r.held])
          if (d) {
            const e = toEpochDay(d);
            if (e < lo) lo = e;
            if (e > hi) hi = e;
          }
    if (!Number.isFinite(lo)) {
      lo = toEpochDay(props.today) - 14;
      hi = lo + 60;
    }
    // Whole weeks, Monday to Sunday, with a little room on each side.
    lo -= 3;
    hi += 10;
    lo -= (dayOfWeek(fromEpochDay(lo)) + 6) % 7;
    return { lo, days: hi - lo + 1 };
  }, [rowsByTier, props.today]);

  // Printing fits the chart to the width of A4 landscape (277 mm of paper between margins).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const change = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', change);
    };
  }, []);
  const A4_LANDSCAPE_PX = 1040;
  const fitPx = Math.max(
    MIN_PX,
    Math.min(MAX_PX, ((printing ? A4_LANDSCAPE_PX : width) - LABEL_WIDTH - 8) / range.days),
  );
  const px = printing ? fitPx : (props.px ?? fitPx);
  const scale = useMemo<Scale>(
    () => ({ lo: range.lo, days: range.days, px }),
    [range.lo, range.days, px],
  );

  // Moving a row's end: the same rule kind, the new last day.
  const setEnd = useRef<(row: RowData, iso: string) => void>(() => {});
  setEnd.current = (row, iso) => {
    const si = plan.sessions.findIndex((s) => s.id === row.activity);
    const di = plan.deliverables.findIndex((d) => d.id === row.activity);
    const rule: DateRule | undefined =
      si >= 0 ? plan.sessions[si]!.deadline : plan.deliverables[di]?.due;
    const next = moveRuleEnd(rule, iso, { end: row.deadline, calendar: props.calendar });
    update((p) => {
      if (si >= 0) {
        const sessions = p.sessions.slice();
        sessions[si] = { ...sessions[si]!, deadline: next };
        return { ...p, sessions };
      }
      if (di >= 0) {
        const deliverables = p.deliverables.slice();
        deliverables[di] = { ...deliverables[di]!, due: next };
        return { ...p, deliverables };
      }
      return p;
    }, `chart:${row.activity}`);
  };

  const onKey = useMemo(
    () => (e: KeyboardEvent, row: RowData) => {
      if (e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        const order = flatRef.current.rows;
        // Keys pressed faster than frames: go on from where the last key went.
        const from = pending.current ?? row.key;
        const at = order.findIndex((x) => x.row.key === from);
        const to =
          e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? order.length - 1
              : at + (e.key === 'ArrowUp' ? -1 : 1);
        const next = order[to];
        if (!next) return;
        pending.current = next.row.key;
        setActive(next.row.key);
        if (flatRef.current.long) {
          const box = wrap.current;
          if (
            box &&
            (next.top < box.scrollTop + HEAD_H ||
              next.top + ROW_H > box.scrollTop + box.clientHeight)
          )
            box.scrollTop = Math.max(0, next.top - box.clientHeight / 2);
        }
        // Focus follows once the row is drawn (a long chart draws it into its window first).
        let tries = 0;
        const land = () => {
          if (pending.current !== next.row.key) return;
          const el = wrap.current?.querySelector<HTMLElement>(
            `.g-row[data-row="${CSS.escape(next.row.key)}"] .g-handle`,
          );
          if (el) {
            el.focus();
            pending.current = null;
          } else if (++tries < 30) requestAnimationFrame(land);
          else pending.current = null;
        };
        requestAnimationFrame(land);
        return;
      }
      const step: Record<string, number> = {
        ArrowLeft: -1,
        ArrowRight: 1,
        PageUp: -30,
        PageDown: 30,
      };
      let d = step[e.key];
      if (d === undefined) return;
      e.preventDefault();
      if (e.shiftKey && Math.abs(d) === 1) d *= 7;
      const end = row.deadline ?? row.latest;
      if (!end) return;
      const to = addCalendarDays(end, d);
      if (to) setEnd.current(row, to);
    },
    [],
  );

  const onDragStart = useMemo(
    () => (e: PointerEvent, row: RowData) => {
      const handle = e.currentTarget as HTMLElement;
      const track = handle.parentElement;
      if (!track) return;
      e.preventDefault();
      handle.focus();
      handle.setPointerCapture(e.pointerId);
      const rect = track.getBoundingClientRect();
      const at = (ev: PointerEvent) =>
        fromEpochDay(
          scaleRef.current.lo + Math.floor((ev.clientX - rect.left) / scaleRef.current.px) - 1,
        );
      const move = (ev: PointerEvent) => setDrag({ key: row.key, date: at(ev) });
      const up = (ev: PointerEvent) => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        setDrag(null);
        setEnd.current(row, at(ev));
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
    },
    [],
  );
  const scaleRef = useRef(scale);
  scaleRef.current = scale;

  // Where each tier band and row sits: a long chart is drawn a window at a time.
  const flat = useMemo(() => {
    const total = Array.from(rowsByTier.values()).reduce((n, r) => n + r.length, 0);
    // Printed charts are whole: every row on paper.
    const long = total > WINDOW_FROM && !printing;
    const tiers: { id: string; top: number }[] = [];
    const rows: { row: RowData; top: number; tier: string }[] = [];
    let y = 0;
    for (const tier of plan.tiers) {
      tiers.push({ id: tier.id, top: y });
      y += TIER_H;
      if (props.collapsed.has(tier.id)) continue;
      for (const row of rowsByTier.get(tier.id) ?? []) {
        rows.push({ row, top: y, tier: tier.id });
        y += ROW_H;
      }
    }
    return { long, tiers, rows, height: y };
  }, [plan.tiers, rowsByTier, props.collapsed, printing]);
  const flatRef = useRef(flat);
  flatRef.current = flat;
  const [active, setActive] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  // The row whose slider has focus stays drawn until focus moves on, even out of the window.
  const focused = useRef<string | null>(null);
  const onFocusRow = useMemo(
    () => (key: string) => {
      focused.current = key;
    },
    [],
  );
  const activeKey =
    active && flat.rows.some((x) => x.row.key === active && x.row.draggable)
      ? active
      : (flat.rows.find((x) => x.row.draggable && (x.row.deadline ?? x.row.latest))?.row.key ??
        null);
  const [winTop, winBottom] = useScrollView(wrap, flat.long);

  const holidays = useMemo(() => {
    const out: { date: string; name: string }[] = [];
    for (let i = 0; i < range.days; i++) {
      const iso = fromEpochDay(range.lo + i);
      const off = props.calendar.dayOff(iso);
      if (off && off.kind !== 'weekend')
        out.push({ date: iso, name: lang === 'vi' ? off.name : off.nameEn });
    }
    return out;
  }, [range, props.calendar, lang]);

  return (
    <div class="gantt-block">
      <div class="toolbar" role="toolbar" aria-label={t('Thu phóng biểu đồ', 'Chart zoom')}>
        <button type="button" onClick={() => props.onZoom(Math.max(MIN_PX, px / 1.5))}>
          − {t('Thu nhỏ', 'Zoom out')}
        </button>
        <button type="button" onClick={() => props.onZoom(Math.min(MAX_PX, px * 1.5))}>
          + {t('Phóng to', 'Zoom in')}
        </button>
        <button
          type="button"
          id="zoom-fit"
          aria-pressed={props.px === null ? 'true' : 'false'}
          onClick={() => props.onZoom(null)}
        >
          {t('Vừa khung', 'Zoom to fit')}
        </button>
        <button type="button" onClick={() => props.onZoom(24)}>
          {t('Theo ngày', 'By day')}
        </button>
        <button type="button" onClick={() => props.onZoom(6)}>
          {t('Theo tuần', 'By week')}
        </button>
      </div>
      <p class="hint" id="gantt-keys">
        {t(
          'Kéo đầu mút bên phải của thanh để đặt hạn cuối; hoặc dùng phím ← → (một ngày), Shift + ← → (một tuần), ↑ ↓ sang dòng khác.',
          "Drag a bar's right end to set its last day; or use ← → (a day), Shift + ← → (a week), ↑ ↓ for another row.",
        )}
      </p>
      <div
        class={`gantt${flat.long ? ' long' : ''}`}
        ref={wrap}
        style={{ '--label': `${LABEL_WIDTH}px` }}
      >
        <div class="g-inner" style={{ width: `${LABEL_WIDTH + scale.days * scale.px}px` }}>
          <div class="g-head">
            <div class="g-corner">{t('Hoạt động', 'Activity')}</div>
            <Axis scale={scale} />
          </div>
          <div class="g-body" style={flat.long ? { height: `${flat.height}px` } : undefined}>
            <div class="g-back" style={{ left: `${LABEL_WIDTH}px` }}>
              <Backdrop
                scale={scale}
                height={flat.long ? flat.height : flat.height + 400}
                calendar={props.calendar}
                today={props.today}
              />
            </div>
            {plan.tiers.map((tier, k) => {
              const rows = rowsByTier.get(tier.id) ?? [];
              const closed = props.collapsed.has(tier.id);
              const bad = rows.filter((r) => r.reason !== null).length;
              const top = flat.tiers[k]?.top ?? 0;
              const shown = flat.rows.filter(
                (x) =>
                  x.tier === tier.id &&
                  (!flat.long ||
                    x.row.key === activeKey ||
                    x.row.key === focused.current ||
                    (x.top + ROW_H >= winTop - 400 && x.top <= winBottom + 400)),
              );
              return (
                <div class="g-tier" key={tier.id} data-tier={tier.id}>
                  <div
                    class="g-tier-head"
                    style={flat.long ? { position: 'absolute', top: `${top}px` } : undefined}
                  >
                    <button
                      type="button"
                      class="g-toggle"
                      aria-expanded={closed ? 'false' : 'true'}
                      aria-controls={`g-tier-${tier.id}`}
                      onClick={() => props.onToggleTier(tier.id)}
                    >
                      <span aria-hidden="true">{closed ? '▸' : '▾'} </span>
                      {tier.name}
                      <span class="muted">
                        {' '}
                        ({rows.length} {t('hoạt động', 'activities')}
                        {bad ? t(`, ${bad} có lỗi`, `, ${bad} with errors`) : ''})
                      </span>
                    </button>
                  </div>
                  <div id={`g-tier-${tier.id}`} hidden={closed}>
                    {shown.map(({ row: r, top: y }) => (
                      <Row
                        key={r.key}
                        row={drag && drag.key === r.key ? { ...r, deadline: drag.date } : r}
                        scale={scale}
                        onKey={onKey}
                        onDragStart={onDragStart}
                        onFocusRow={onFocusRow}
                        active={r.key === activeKey}
                        top={flat.long ? y : undefined}
                      />
                    ))}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div class="legend">
        <span class="lg lg-bar">
          {t('Khoảng được phép (sớm nhất → muộn nhất)', 'Allowed window (earliest → latest)')}
        </span>
        <span class="lg lg-deadline">{t('Hạn theo quy tắc', 'Deadline of its rule')}</span>
        <span class="lg lg-held">{t('Đã tổ chức', 'Held')}</span>
        <span class="lg lg-bad">
          {t('Không kịp hạn hoặc có lỗi', 'Cannot be met, or an error')}
        </span>
        <span class="lg lg-critical">
          {t('Không còn ngày dư (chuỗi căng nhất)', 'No slack (the tightest chain)')}
        </span>
        <span class="lg lg-off">
          {t('Ngày nghỉ (cuối tuần, lễ, Tết)', 'Days off (weekends, holidays, Tết)')}
        </span>
        <span class="lg lg-today">
          {t('Hôm nay', 'Today')} {formatDmy(props.today)}
        </span>
      </div>
      {holidays.length ? (
        <p class="holidays">
          {t('Ngày nghỉ lễ trong khoảng này: ', 'Public holidays in this range: ')}
          {holidays.map((h) => `${formatDmy(h.date)} ${h.name}`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}
