import { useEffect, useRef } from 'preact/hooks';
import type { ConfirmQuestion } from './context.js';

/** A modal yes/no question (a native `<dialog>`: focus stays inside, Escape answers no). */
export function ConfirmDialog(props: {
  question: ConfirmQuestion | null;
  onAnswer: (yes: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const q = props.question;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (q && !d.open) {
      d.showModal();
      d.querySelector<HTMLButtonElement>('button.no')?.focus();
    }
    if (!q && d.open) d.close();
  }, [q]);
  return (
    <dialog
      ref={ref}
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        props.onAnswer(false);
      }}
    >
      {q ? (
        <>
          <h2 id="confirm-title">{q.title}</h2>
          <p id="confirm-body">{q.body}</p>
          <div class="actions">
            <button
              type="button"
              class={`yes ${q.danger ? 'danger' : 'primary'}`}
              onClick={() => props.onAnswer(true)}
            >
              {q.yes}
            </button>
            <button type="button" class="no" onClick={() => props.onAnswer(false)}>
              {q.no}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
