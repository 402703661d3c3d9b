import type { ComponentChildren } from 'preact';
import type { Path } from '../lib/edit.js';
import { insertAt, moveAt, removeAt } from '../lib/edit.js';
import { useApp, usePlan } from './context.js';
import { t } from './i18n.js';

/** Up, down and remove buttons of one item of a list; removing asks first. */
export function ItemTools(props: {
  path: Path;
  index: number;
  count: number;
  /** The item in words, for the buttons' names and the question. */
  name: string;
  /** What else points at the item, said in the question before removing. */
  usedBy?: readonly string[];
  onRemoved?: () => void;
}) {
  const { update } = usePlan();
  const { confirm, announce } = useApp();
  const { path, index, count, name } = props;
  return (
    <div class="item-tools">
      <button
        type="button"
        class="icon"
        disabled={index === 0}
        aria-label={t(`Đưa lên: ${name}`, `Move up: ${name}`)}
        title={t('Đưa lên', 'Move up')}
        onClick={() => update((p) => moveAt(p, path, index, index - 1))}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        disabled={index >= count - 1}
        aria-label={t(`Đưa xuống: ${name}`, `Move down: ${name}`)}
        title={t('Đưa xuống', 'Move down')}
        onClick={() => update((p) => moveAt(p, path, index, index + 1))}
      >
        ↓
      </button>
      <button
        type="button"
        class="icon danger"
        aria-label={t(`Xóa: ${name}`, `Remove: ${name}`)}
        title={t('Xóa', 'Remove')}
        onClick={async () => {
          const used = props.usedBy ?? [];
          const ok = await confirm({
            title: t('Xóa mục này?', 'Remove this item?'),
            body:
              t(`Xóa “${name}” khỏi kế hoạch.`, `Remove “${name}” from the plan.`) +
              (used.length
                ? t(
                    ` Đang được dùng ở: ${used.join('; ')} — các chỗ đó sẽ được báo lỗi để sửa.`,
                    ` It is used by: ${used.join('; ')} — those will be flagged to fix.`,
                  )
                : '') +
              t(' Có thể hoàn tác.', ' This can be undone.'),
            yes: t('Xóa', 'Remove'),
            no: t('Không xóa', 'Keep it'),
            danger: true,
          });
          if (!ok) return;
          update((p) => removeAt(p, path, index));
          announce(t(`Đã xóa “${name}”.`, `Removed “${name}”.`));
          props.onRemoved?.();
        }}
      >
        ✕
      </button>
    </div>
  );
}

/** A button that appends an item to a list. */
export function AddButton(props: {
  path: Path;
  item: unknown;
  label: string;
  onAdded?: (index: number) => void;
}) {
  const { update, plan } = usePlan();
  const { announce } = useApp();
  return (
    <button
      type="button"
      class="add"
      onClick={() => {
        let index = 0;
        update((p) => {
          const list = props.path.reduce<unknown>(
            (at, k) => (at as Record<string | number, unknown>)?.[k],
            p,
          ) as unknown[] | undefined;
          index = list?.length ?? 0;
          return insertAt(p, props.path, props.item);
        });
        announce(t(`Đã thêm: ${props.label}.`, `Added: ${props.label}.`));
        props.onAdded?.(index);
        void plan;
      }}
    >
      + {props.label}
    </button>
  );
}

/** A card holding one item of a list. */
export function ItemCard(props: {
  title: string;
  tools: ComponentChildren;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <section class="item-card" id={props.id} aria-label={props.title}>
      <div class="item-head">
        <h3>{props.title}</h3>
        {props.tools}
      </div>
      {props.children}
    </section>
  );
}
