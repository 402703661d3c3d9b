import {
  type DateRule,
  formatIssuePath,
  type Issue,
  type Plan,
  PlanSchema,
  parsePlan,
  plan985KhHndt,
  planNq58Province,
  validatePlan,
} from '@rollout/core';
import { parseJson, parsePlanJson } from '@rollout/json';
import { type Cascade, computeCascade } from './cascade.js';
import { labelOf, renderTimeline } from './chart.js';
import { baseName, FORMATS } from './formats.js';
import { formatDate, type Lang, strings } from './i18n.js';
import './style.css';

const EXAMPLES: Record<string, Plan> = {
  '985-KH-HNDT': plan985KhHndt,
  'KH-TU-NQ58': planNq58Province,
};

interface State {
  lang: Lang;
  source: string | null;
  /** The plan as loaded (for Reset). */
  original: Plan | null;
  /** The plan with the user's edits; `null` when the input is not a plan. */
  plan: Plan | null;
  issues: readonly Issue<string>[];
  cascade: Cascade | null;
  loadError: string | null;
}

const state: State = {
  lang: 'vi',
  source: null,
  original: null,
  plan: null,
  issues: [],
  cascade: null,
  loadError: null,
};

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * Reads a plan file's text with `parsePlanJson` (envelope or bare plan, older
 * versions upgraded). A plan of the right shape whose meaning is wrong is still
 * drawn, so that its errors can be seen on the timeline and fixed.
 */
function loadText(text: string, source: string): void {
  const read = parsePlanJson(text);
  if (read.success) {
    state.source = source;
    state.loadError = null;
    state.original = read.data;
    update(read.data);
    return;
  }
  const json = parseJson(text);
  if (json.value !== undefined) {
    load(json.value, source);
    if (!state.plan) state.issues = read.issues;
    return;
  }
  state.source = source;
  state.loadError = null;
  state.original = null;
  state.plan = null;
  state.cascade = null;
  state.issues = read.issues;
  render();
}

/** Reads input of unknown shape: a plan file's envelope or a bare plan. */
function load(input: unknown, source: string): void {
  state.source = source;
  state.loadError = null;
  const body =
    input !== null && typeof input === 'object' && 'plan' in input && 'format' in input
      ? (input as { plan: unknown }).plan
      : input;
  const shape = PlanSchema.safeParse(body);
  if (!shape.success) {
    state.original = null;
    state.plan = null;
    state.cascade = null;
    state.issues = parsePlan(body).issues;
    render();
    return;
  }
  state.original = shape.data;
  update(shape.data);
}

/** Re-checks and re-schedules after an edit. */
function update(plan: Plan): void {
  state.plan = plan;
  state.cascade = computeCascade(plan, validatePlan(plan));
  state.issues = state.cascade.issues;
  render();
}

/** A session's rule with a new last day, keeping its kind where it has one. */
function withDeadline(rule: DateRule, date: string): DateRule {
  switch (rule.kind) {
    case 'held':
      return { kind: 'held', date };
    case 'span':
      return { kind: 'span', from: rule.from <= date ? rule.from : date, to: date };
    default:
      return { kind: 'by', date };
  }
}

function editDeadline(sessionId: string, date: string): void {
  const plan = state.plan;
  if (!plan || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  update({
    ...plan,
    sessions: plan.sessions.map((s) =>
      s.id === sessionId ? { ...s, deadline: withDeadline(s.deadline, date) } : s,
    ),
  });
}

function ruleText(rule: DateRule, lang: Lang): string {
  const t = strings(lang);
  switch (rule.kind) {
    case 'by':
      return `${t.by} ${formatDate(rule.date)}`;
    case 'held':
      return `${t.held} ${formatDate(rule.date)}`;
    case 'span':
      return `${formatDate(rule.from)} – ${formatDate(rule.to)}`;
    case 'after':
      return `${t.after} ${rule.ref} + ${rule.days}`;
    default:
      return `${t.within} ${'month' in rule ? rule.month : 'quarter' in rule ? rule.quarter : rule.year}`;
  }
}

function lastDayOf(rule: DateRule): string {
  switch (rule.kind) {
    case 'by':
    case 'held':
      return rule.date;
    case 'span':
      return rule.to;
    default:
      return '';
  }
}

async function download(formatId: string): Promise<void> {
  const plan = state.plan;
  const format = FORMATS.find((f) => f.id === formatId);
  if (!plan || !format?.render) return;
  const blob = new Blob([await format.render(plan, state.lang)], { type: format.mime });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `${baseName(plan)}.${format.extension}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function issuesSection(): HTMLElement {
  const t = strings(state.lang);
  const section = h('section', { id: 'issues' }, h('h2', {}, t.issues));
  if (state.loadError) section.append(h('p', { class: 'error' }, state.loadError));
  const count = (s: string) => state.issues.filter((i) => i.severity === s).length;
  section.append(
    h(
      'div',
      { class: 'summary', id: 'issue-summary' },
      `${count('error')} ${t.errors} · ${count('warning')} ${t.warnings} · ${count('info')} ${t.infos}`,
    ),
  );
  if (state.issues.length === 0) {
    section.append(h('p', { class: 'note' }, t.noIssues));
    return section;
  }
  const list = h('ul', { class: 'issues' });
  for (const issue of state.issues) {
    list.append(
      h(
        'li',
        { 'data-code': issue.code, 'data-severity': issue.severity },
        h('strong', {}, `${t.severity[issue.severity]} `),
        h('code', {}, issue.code),
        ' ',
        h('code', { class: 'path' }, formatIssuePath(issue.path)),
        ` — ${issue.message[state.lang]}`,
      ),
    );
  }
  section.append(list);
  return section;
}

function timelineSection(plan: Plan, cascade: Cascade): HTMLElement {
  const t = strings(state.lang);
  return h(
    'section',
    { id: 'timeline' },
    h('h2', {}, t.timeline),
    h(
      'p',
      { class: 'note' },
      `${t.timelineNote} ${t.engine}: ${cascade.engine === 'schedule' ? 'schedule()' : 'dateRuleWindow()'}.`,
    ),
    h('div', { class: 'timeline-wrap' }, renderTimeline(plan, cascade.nodes, state.lang)),
  );
}

function sessionsSection(plan: Plan, cascade: Cascade): HTMLElement {
  const t = strings(state.lang);
  const table = h(
    'table',
    { id: 'sessions-table' },
    h(
      'tr',
      {},
      ...[t.tier, t.activity, t.rule, t.deadline, t.earliest, t.latest, t.slack].map((c) =>
        h('th', {}, c),
      ),
    ),
  );
  for (const s of plan.sessions) {
    const node = cascade.nodes.find((n) => n.activity === s.id);
    const input = h('input', {
      type: 'date',
      'data-session': s.id,
      'aria-label': `${t.deadline} ${s.id}`,
      value: lastDayOf(s.deadline),
    });
    input.addEventListener('change', () => editDeadline(s.id, input.value));
    const tier = plan.tiers.find((x) => x.id === s.tier);
    table.append(
      h(
        'tr',
        { class: node && !node.feasible ? 'infeasible' : '', 'data-session-row': s.id },
        h('td', {}, tier?.name ?? s.tier),
        h('td', {}, labelOf(plan, s.id, state.lang)),
        h('td', {}, ruleText(s.deadline, state.lang)),
        h('td', {}, input),
        h('td', {}, formatDate(node?.earliest)),
        h('td', {}, formatDate(node?.latest)),
        h('td', {}, node?.slack === null || node?.slack === undefined ? '—' : String(node.slack)),
      ),
    );
  }
  const reset = h('button', { type: 'button', id: 'reset' }, t.reset);
  reset.addEventListener('click', () => state.original && update(state.original));
  return h('section', { id: 'sessions' }, h('h2', {}, t.sessions), table, h('p', {}, reset));
}

function downloadsSection(): HTMLElement {
  const t = strings(state.lang);
  const row = h('div', { class: 'downloads' });
  for (const f of FORMATS) {
    const button = h('button', { type: 'button', id: `download-${f.id}` }, t[f.id]);
    if (!f.render) {
      button.disabled = true;
      button.title = t.notAvailable;
    }
    button.addEventListener('click', () => void download(f.id));
    row.append(button);
  }
  return h('section', { id: 'downloads' }, h('h2', {}, t.downloads), row);
}

function render(): void {
  const t = strings(state.lang);
  document.documentElement.lang = state.lang;
  document.title = t.title;
  const app = document.getElementById('app');
  if (!app) return;

  const langButton = h('button', { type: 'button', id: 'lang-switch' }, t.switchLang);
  langButton.addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    render();
  });
  const file = h('input', { type: 'file', id: 'plan-file', accept: '.json,application/json' });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    try {
      loadText(await f.text(), f.name);
    } catch (error) {
      state.plan = null;
      state.cascade = null;
      state.issues = [];
      state.loadError = `${strings(state.lang).notJson}: ${(error as Error).message}`;
      render();
    }
  });
  const select = h('select', { id: 'example-select' }, h('option', { value: '' }, t.choose));
  for (const key of Object.keys(EXAMPLES)) {
    const option = h('option', { value: key }, EXAMPLES[key]?.header.reference ?? key);
    if (state.source === key) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const plan = EXAMPLES[select.value];
    if (plan) load(plan, select.value);
  });

  const main = h(
    'main',
    {},
    h(
      'section',
      { class: 'controls' },
      h('label', {}, t.open, file),
      h('label', {}, t.example, select),
      state.plan
        ? h(
            'div',
            { class: 'plan-title', id: 'plan-title' },
            `${state.plan.header.reference} — ${state.plan.header.title}`,
          )
        : '',
    ),
  );
  if (state.source === null && !state.loadError) main.append(h('p', { class: 'note' }, t.noPlan));
  if (state.source !== null || state.loadError) main.append(issuesSection());
  if (state.source !== null && !state.plan)
    main.append(h('p', { class: 'error', id: 'schema-invalid' }, t.schemaInvalid));
  if (state.plan && state.cascade) {
    main.append(timelineSection(state.plan, state.cascade));
    main.append(sessionsSection(state.plan, state.cascade));
    main.append(downloadsSection());
  }
  app.replaceChildren(
    h(
      'header',
      {},
      h('div', { style: 'flex:1' }, h('h1', {}, t.title), h('p', {}, t.subtitle)),
      langButton,
    ),
    main,
  );
}

render();
