import { useRef } from 'preact/hooks';
import { t } from './i18n.js';
import { pure } from './pure.js';
import { scrollRowIntoView, useRowWindow, WINDOW_FROM } from './windowing.js';

/** The height of a row in a long list (drawn a window at a time). */
const ROW = 72;

/** One row of a list of sessions or follow-ups. */
export interface ActivityItem {
  readonly id: string;
  readonly index: number;
  readonly group: string;
  readonly label: string;
  readonly detail: string;
  readonly status: 'error' | 'warning' | 'ok';
}

const Row = pure(
  (p: {
    item: ActivityItem;
    selected: boolean;
    domId: string;
    onPick: (index: number) => void;
    /** In a long list: the row's place, the list's size, its group said in words. */
    at?: { top: number; pos: number; size: number } | undefined;
  }) => (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the listbox around it takes focus and keys (aria-activedescendant).
    <div
      id={p.domId}
      role="option"
      aria-selected={p.selected ? 'true' : 'false'}
      class={`activity-row status-${p.item.status}${p.selected ? ' selected' : ''}${p.at ? ' fixed' : ''}`}
      data-activity={p.item.id}
      aria-posinset={p.at?.pos}
      aria-setsize={p.at?.size}
      style={p.at ? { top: `${p.at.top}px`, height: `${ROW - 6}px` } : undefined}
      onClick={() => p.onPick(p.item.index)}
    >
      {p.at ? <span class="row-group">{p.item.group}</span> : null}
      <span class="row-label">{p.item.label}</span>
      <span class="row-detail">{p.item.detail}</span>
      {p.item.status !== 'ok' ? (
        <span class={`badge badge-${p.item.status}`}>
          {p.item.status === 'error' ? t('Có lỗi', 'Has errors') : t('Cảnh báo', 'Warning')}
        </span>
      ) : null}
    </div>
  ),
  (a, b) =>
    a.selected === b.selected &&
    a.domId === b.domId &&
    a.onPick === b.onPick &&
    a.at?.top === b.at?.top &&
    a.at?.size === b.at?.size &&
    sameItem(a.item, b.item),
);

function sameItem(a: ActivityItem, b: ActivityItem): boolean {
  return (
    a.id === b.id &&
    a.index === b.index &&
    a.label === b.label &&
    a.detail === b.detail &&
    a.status === b.status &&
    a.group === b.group
  );
}

/**
 * A list to pick one item from, as one tab stop: ↑ ↓ Home End PageUp
 * PageDown move (selection follows), so a plan of 1,000 sessions is crossed
 * without 1,000 Tab presses. Items are grouped under headings (the tiers).
 * A long list is drawn a window at a time (each row then says its group).
 */
export function ActivityList(props: {
  id: string;
  label: string;
  items: readonly ActivityItem[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  const { items, selected } = props;
  const ref = useRef<HTMLDivElement>(null);
  const position = Math.max(
    0,
    items.findIndex((i) => i.index === selected),
  );
  const domId = (index: number) => `${props.id}-opt-${index}`;
  const long = items.length > WINDOW_FROM;
  const [start, end] = useRowWindow(ref, items.length, ROW, long);
  const move = (to: number) => {
    const at = Math.max(0, Math.min(items.length - 1, to));
    const item = items[at];
    if (!item) return;
    props.onSelect(item.index);
    if (long) scrollRowIntoView(ref.current, at, ROW);
    else
      requestAnimationFrame(() =>
        document.getElementById(domId(item.index))?.scrollIntoView({ block: 'nearest' }),
      );
  };
  const groups: { name: string; rows: ActivityItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.name === item.group) last.rows.push(item);
    else groups.push({ name: item.group, rows: [item] });
  }
  return (
    <div class="activity-list-wrap">
      <p class="hint" id={`${props.id}-help`}>
        {t(
          'Dùng phím ↑ ↓ để chọn; Enter để sửa mục đã chọn.',
          'Use ↑ ↓ to choose; Enter to edit the chosen item.',
        )}
      </p>
      <div
        ref={ref}
        id={props.id}
        class="activity-list"
        role="listbox"
        tabIndex={0}
        aria-label={props.label}
        aria-describedby={`${props.id}-help`}
        aria-activedescendant={items.length ? domId(items[position]!.index) : undefined}
        onKeyDown={(e) => {
          const page = 10;
          const keys: Record<string, number> = {
            ArrowDown: position + 1,
            ArrowUp: position - 1,
            Home: 0,
            End: items.length - 1,
            PageDown: position + page,
            PageUp: position - page,
          };
          if (e.key in keys) {
            e.preventDefault();
            move(keys[e.key]!);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const editor = document.getElementById(`${props.id}-editor`);
            const first = editor?.querySelector<HTMLElement>('input, select, textarea');
            first?.focus();
          }
        }}
      >
        {long ? (
          <div class="activity-window" style={{ height: `${items.length * ROW}px` }}>
            {items.map((item, k) =>
              (k >= start && k < end) || k === position ? (
                <Row
                  key={item.id}
                  item={item}
                  selected={item.index === selected}
                  domId={domId(item.index)}
                  onPick={props.onSelect}
                  at={{ top: k * ROW, pos: k + 1, size: items.length }}
                />
              ) : null,
            )}
          </div>
        ) : null}
        {(long ? [] : groups).map((g) => (
          <div role="presentation" key={g.name} class="activity-group">
            <div class="group-name" aria-hidden="true">
              {g.name}
            </div>
            {/* biome-ignore lint/a11y/useSemanticElements: an ARIA group of options inside a listbox; <fieldset> is for form fields. */}
            <div role="group" aria-label={g.name}>
              {g.rows.map((item) => (
                <Row
                  key={item.id}
                  item={item}
                  selected={item.index === selected}
                  domId={domId(item.index)}
                  onPick={props.onSelect}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The left side of a list-and-form tab: an "add" button and the list (or a line saying it is empty). */
export function ListSide(props: {
  id: string;
  label: string;
  addLabel: string;
  empty: string;
  onAdd: () => void;
  items: readonly ActivityItem[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  return (
    <div class="list-side">
      <div class="list-actions">
        <button type="button" class="add" onClick={props.onAdd}>
          + {props.addLabel}
        </button>
      </div>
      {props.items.length ? (
        <ActivityList
          id={props.id}
          label={props.label}
          items={props.items}
          selected={props.selected}
          onSelect={props.onSelect}
        />
      ) : (
        <p class="muted">{props.empty}</p>
      )}
    </div>
  );
}
