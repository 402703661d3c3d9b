import type { Issue } from '@rollout/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDmy, parseDateEntry, parseMonthEntry } from '../lib/dates.js';
import { fieldId, type Path, pathKey } from '../lib/edit.js';
import { issueText } from '../lib/names.js';
import { usePlan } from './context.js';
import { t } from './i18n.js';

/** The issues about a field (its path and everything under it). */
export function useFieldIssues(path: Path): readonly Issue<string>[] {
  const { analysis } = usePlan();
  return analysis.issuesByPath.get(pathKey(path)) ?? [];
}

/** The messages under a field; ids for `aria-describedby`. */
export function FieldMessages(props: {
  id: string;
  issues: readonly Issue<string>[];
  local?: string | null;
}) {
  const { plan, names, lang } = usePlan();
  const { issues, local } = props;
  if (!local && issues.length === 0) return null;
  return (
    <ul class="field-messages" id={`${props.id}-msg`}>
      {local ? (
        <li class="sev-error" data-local="true">
          {local}
        </li>
      ) : null}
      {issues.slice(0, 4).map((i, n) => (
        <li key={n} class={`sev-${i.severity}`} data-code={i.code}>
          <span class="sev-word">
            {i.severity === 'error'
              ? t('Lỗi', 'Error')
              : i.severity === 'warning'
                ? t('Cảnh báo', 'Warning')
                : t('Ghi chú', 'Note')}
            :{' '}
          </span>
          {issueText(i, plan, names, lang)}
        </li>
      ))}
    </ul>
  );
}

interface BaseProps {
  /** The path the field edits: gives its id and its issues. */
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
  class?: string;
}

function describedBy(id: string, hint: boolean, messages: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', messages ? `${id}-msg` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label(props: { id: string; label: string; required?: boolean | undefined }) {
  return (
    <label for={props.id}>
      {props.label}
      {props.required ? (
        <span class="req" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

/**
 * A text field saved as it is typed. An emptied optional field removes its
 * key; an emptied required one keeps `''` so that validation names it.
 */
export function TextField(
  props: BaseProps & {
    value: string | undefined;
    multiline?: boolean;
    onValue?: (value: string | undefined) => void;
    inputMode?: 'text' | 'numeric';
    autoComplete?: string;
  },
) {
  const { edit, endGroup } = usePlan();
  const id = fieldId(props.path);
  const issues = useFieldIssues(props.path);
  const set = (text: string) => {
    const value = text === '' && !props.required ? undefined : text.normalize('NFC');
    if (props.onValue) props.onValue(value);
    else edit(props.path, value);
  };
  const common = {
    id,
    value: props.value ?? '',
    required: props.required,
    'aria-invalid': issues.some((i) => i.severity === 'error') ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, !!props.hint, issues.length > 0),
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    onBlur: endGroup,
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input type="text" {...common} autoComplete={props.autoComplete ?? 'off'} />
      )}
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldMessages id={id} issues={issues} />
    </div>
  );
}

/**
 * A field's own text while the clerk types in it: a change from elsewhere
 * (undo, the chart, another field) shows at once, unless they are typing here.
 */
function useDraft(shown: string, same: (text: string) => boolean) {
  const { endGroup } = usePlan();
  const [text, setText] = useState(shown);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current && !same(text)) setText(shown);
  }, [shown]);
  // Entering the field selects what it holds, so that a date typed in replaces the old one
  // (a click that follows a focus keeps that selection; a second click places the caret).
  const fresh = useRef(false);
  const onFocus = (e: FocusEvent) => {
    focused.current = true;
    fresh.current = true;
    (e.currentTarget as HTMLInputElement).select();
  };
  const onMouseUp = (e: MouseEvent) => {
    if (fresh.current) e.preventDefault();
    fresh.current = false;
  };
  // Leaving the field ends its undo step.
  const onBlur = () => {
    focused.current = false;
    endGroup();
  };
  return { text, setText, focused, onFocus, onBlur, onMouseUp };
}

/**
 * A date typed as dd/mm/yyyy, key by key. The text is the field's own while
 * the clerk types: a date is saved only once it is whole (four-digit year)
 * and exists, so "20" then "2021" never saves the year 2 or 20. The input
 * element is never replaced, so focus stays where the clerk types.
 */
export function DateField(
  props: BaseProps & {
    value: string | undefined;
    onValue: (iso: string | undefined) => void;
  },
) {
  const id = fieldId(props.path);
  const issues = useFieldIssues(props.path);
  const { text, setText, focused, onFocus, onBlur, onMouseUp } = useDraft(
    props.value ? formatDmy(props.value) : '',
    (x) => {
      const e = parseDateEntry(x);
      return (e.state === 'date' ? e.iso : undefined) === props.value;
    },
  );
  const entry = parseDateEntry(text);
  const local =
    entry.state === 'invalid'
      ? entry.reason === 'year'
        ? t('Năm không hợp lệ (cần 4 chữ số).', 'The year is not valid (four digits).')
        : t('Ngày này không có trên lịch.', 'This day does not exist.')
      : entry.state === 'empty' && props.required && !focused.current
        ? t('Cần nhập ngày.', 'A date is needed.')
        : null;
  const onInput = (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setText(value);
    const read = parseDateEntry(value);
    if (read.state === 'date' && read.iso !== props.value) props.onValue(read.iso);
    if (read.state === 'empty' && !props.required && props.value !== undefined)
      props.onValue(undefined);
  };
  const shownIssues = local ? [] : issues;
  return (
    <div class={`field date-field ${props.class ?? ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('nn/tt/nnnn', 'dd/mm/yyyy')}
        value={text}
        data-iso={props.value ?? ''}
        aria-invalid={local || issues.some((i) => i.severity === 'error') ? 'true' : undefined}
        aria-describedby={describedBy(id, true, !!local || shownIssues.length > 0)}
        onInput={onInput}
        onFocus={onFocus}
        onMouseUp={onMouseUp}
        onBlur={() => {
          onBlur();
          // A whole, valid date is shown in its full form (20/8/2020 → 20/08/2020).
          const read = parseDateEntry(text);
          if (read.state === 'date') setText(formatDmy(read.iso));
        }}
      />
      <p class="hint" id={`${id}-hint`}>
        {props.hint ?? t('Ngày/tháng/năm, ví dụ 15/09/2020', 'Day/month/year, e.g. 15/09/2020')}
      </p>
      <FieldMessages id={id} issues={shownIssues} local={local} />
    </div>
  );
}

/** A month typed as mm/yyyy; saved once whole. */
export function MonthField(props: BaseProps & { value: string; onValue: (month: string) => void }) {
  const id = fieldId(props.path);
  const issues = useFieldIssues(props.path);
  const shown = (m: string) => (/^\d{4}-\d{2}$/.test(m) ? `${m.slice(5)}/${m.slice(0, 4)}` : m);
  const { text, setText, onFocus, onBlur, onMouseUp } = useDraft(
    shown(props.value),
    (x) => parseMonthEntry(x) === props.value,
  );
  const read = parseMonthEntry(text);
  const local =
    read === null && text.replace(/\D/g, '').length >= 5
      ? t(
          'Tháng không hợp lệ (tháng/năm, ví dụ 09/2020).',
          'Not a month (month/year, e.g. 09/2020).',
        )
      : null;
  return (
    <div class={`field ${props.class ?? ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('tt/nnnn', 'mm/yyyy')}
        value={text}
        aria-invalid={local ? 'true' : undefined}
        aria-describedby={describedBy(id, true, !!local || issues.length > 0)}
        onFocus={onFocus}
        onMouseUp={onMouseUp}
        onBlur={onBlur}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          const m = parseMonthEntry(value);
          if (m && m !== props.value) props.onValue(m);
        }}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('Tháng/năm, ví dụ 09/2020', 'Month/year, e.g. 09/2020')}
      </p>
      <FieldMessages id={id} issues={issues} local={local} />
    </div>
  );
}

/** A whole number ≥ `min`; an emptied optional field removes its key. */
export function NumberField(
  props: BaseProps & {
    value: number | undefined;
    min?: number;
    max?: number;
    onValue: (value: number | undefined) => void;
  },
) {
  const id = fieldId(props.path);
  const issues = useFieldIssues(props.path);
  const { text, setText, onFocus, onBlur, onMouseUp } = useDraft(
    props.value === undefined ? '' : String(props.value),
    (x) => Number(x) === props.value,
  );
  const min = props.min ?? 0;
  const trimmed = text.trim();
  const n = Number(trimmed.replaceAll('.', '').replaceAll(' ', ''));
  const local =
    trimmed === ''
      ? null
      : !Number.isInteger(n) || n < min || (props.max !== undefined && n > props.max)
        ? props.max !== undefined
          ? t(
              `Cần một số nguyên từ ${min} đến ${props.max}.`,
              `A whole number from ${min} to ${props.max}.`,
            )
          : t(`Cần một số nguyên từ ${min} trở lên.`, `A whole number of ${min} or more.`)
        : null;
  return (
    <div class={`field number-field ${props.class ?? ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={local ? 'true' : undefined}
        aria-describedby={describedBy(id, !!props.hint, !!local || issues.length > 0)}
        onFocus={onFocus}
        onMouseUp={onMouseUp}
        onBlur={onBlur}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          const v = value.trim();
          if (v === '') {
            if (!props.required) props.onValue(undefined);
            return;
          }
          const k = Number(v.replaceAll('.', '').replaceAll(' ', ''));
          if (
            Number.isInteger(k) &&
            k >= min &&
            (props.max === undefined || k <= props.max) &&
            k !== props.value
          )
            props.onValue(k);
        }}
      />
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldMessages id={id} issues={issues} local={local} />
    </div>
  );
}

/** A choice among a few options. */
export function SelectField<V extends string>(
  props: BaseProps & {
    value: V | '';
    options: readonly { value: V | ''; label: string }[];
    onValue: (value: V | '') => void;
  },
) {
  const id = fieldId(props.path);
  const issues = useFieldIssues(props.path);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <Label id={id} label={props.label} required={props.required} />
      <select
        id={id}
        value={props.value}
        aria-invalid={issues.some((i) => i.severity === 'error') ? 'true' : undefined}
        aria-describedby={describedBy(id, !!props.hint, issues.length > 0)}
        onChange={(e) => props.onValue(e.currentTarget.value as V | '')}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldMessages id={id} issues={issues} />
    </div>
  );
}

/** A yes/no box; unticking an optional flag removes its key. */
export function CheckField(
  props: BaseProps & { value: boolean; onValue: (value: boolean) => void },
) {
  const id = fieldId(props.path);
  return (
    <div class={`field check-field ${props.class ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={props.value}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}

/** A titled group of fields. */
export function Group(props: {
  legend: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
}) {
  return (
    <fieldset class={`group ${props.class ?? ''}`} id={props.id}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
