import { useRef } from 'preact/hooks';
import { t } from './i18n.js';
import { pure } from './pure.js';

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
  }) => (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the listbox around it takes focus and keys (aria-activedescendant).
    <div
      id={p.domId}
      role="option"
      aria-selected={p.selected ? 'true' : 'false'}
      class={`activity-row status-${p.item.status}${p.selected ? ' selected' : ''}`}
      data-activity={p.item.id}
      onClick={() => p.onPick(p.item.index)}
    >
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
  const move = (to: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, to))];
    if (!item) return;
    props.onSelect(item.index);
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
            const first = editor?.querySelector<HTMLElement>('input, select, textarea, button');
            first?.focus();
          }
        }}
      >
        {groups.map((g) => (
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
