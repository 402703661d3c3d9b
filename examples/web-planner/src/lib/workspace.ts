import type { Plan, ProgressEvent, Unit } from '@rollout/core';

/**
 * The clerk's workspace: several plans side by side, each with its progress
 * records and unit tree, its undo history (in memory) and autosave to the
 * browser's storage (with recovery after a reload or a crash).
 */

/** What one plan of the workspace holds; all of it is saved. */
export interface PlanDoc {
  /** The workspace's own id of this entry (not the plan's id). */
  readonly key: string;
  readonly plan: Plan;
  /** The plan as it was opened or created, for "go back to the original". */
  readonly original: Plan;
  /** Where it came from, in words (a file name, a preset, an example). */
  readonly source: string;
  /** Progress records (actual dates, attendance …) as core events. */
  readonly events: readonly ProgressEvent[];
  /** The unit tree it is scheduled over, or `null` to schedule by tier. */
  readonly units: readonly Unit[] | null;
  /** Where the unit tree came from, in words. */
  readonly unitsSource: string | null;
  /** The day lateness is measured on (ISO), or `null` for today in Vietnam. */
  readonly today: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The part of a doc that undo and redo restore. */
export type DocContent = Pick<PlanDoc, 'plan' | 'events' | 'units' | 'unitsSource' | 'today'>;

export interface WorkspaceState {
  readonly docs: readonly PlanDoc[];
  readonly activeKey: string | null;
  /** When the workspace was last written to storage (ms), or `null`. */
  readonly savedAt: number | null;
  /** Set when the last write failed (storage full, private mode …). */
  readonly saveError: string | null;
  /** Set once at start when a previous session's work was read back. */
  readonly recovered: { readonly count: number; readonly savedAt: number } | null;
}

/** The storage a workspace is saved to (`localStorage` in the app, a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_KEY = 'rollout.web-planner.workspace.v1';

interface Saved {
  readonly format: 'rollout/web-planner-workspace';
  readonly version: 1;
  readonly savedAt: number;
  readonly activeKey: string | null;
  readonly docs: readonly PlanDoc[];
}

interface History {
  past: DocContent[];
  future: DocContent[];
  /** The group of the last change: edits of one field in a row make one undo step. */
  lastGroup: string | null;
  lastAt: number;
}

/** How long edits of one field keep adding to the same undo step. */
const GROUP_MS = 1500;
const HISTORY_LIMIT = 100;

const contentOf = (d: PlanDoc): DocContent => ({
  plan: d.plan,
  events: d.events,
  units: d.units,
  unitsSource: d.unitsSource,
  today: d.today,
});

function isDoc(value: unknown): value is PlanDoc {
  if (value === null || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.key === 'string' &&
    d.plan !== null &&
    typeof d.plan === 'object' &&
    Array.isArray(d.events) &&
    typeof d.source === 'string'
  );
}

/** Reads a saved workspace; anything unreadable gives `null` (never throws). */
export function readSaved(text: string | null): Saved | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Saved>;
    if (value?.format !== 'rollout/web-planner-workspace' || value.version !== 1) return null;
    const docs = Array.isArray(value.docs) ? value.docs.filter(isDoc) : [];
    return {
      format: 'rollout/web-planner-workspace',
      version: 1,
      savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0,
      activeKey: typeof value.activeKey === 'string' ? value.activeKey : null,
      docs: docs.map((d) => ({
        ...d,
        original: d.original ?? d.plan,
        units: Array.isArray(d.units) ? d.units : null,
        unitsSource: typeof d.unitsSource === 'string' ? d.unitsSource : null,
        today: typeof d.today === 'string' ? d.today : null,
        createdAt: typeof d.createdAt === 'number' ? d.createdAt : 0,
        updatedAt: typeof d.updatedAt === 'number' ? d.updatedAt : 0,
      })),
    };
  } catch {
    return null;
  }
}

export interface WorkspaceOptions {
  readonly storage?: KeyValueStorage | null;
  /** The clock (ms); injected in tests. */
  readonly now?: () => number;
  /** Waits this long after the last change before writing (ms); 0 writes at once. */
  readonly saveDelay?: number;
}

/** The workspace store: state, actions, subscribers, undo history, autosave. */
export class Workspace {
  #state: WorkspaceState;
  readonly #listeners = new Set<() => void>();
  readonly #history = new Map<string, History>();
  readonly #storage: KeyValueStorage | null;
  readonly #now: () => number;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;
  #counter = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.#storage = options.storage ?? null;
    this.#now = options.now ?? Date.now;
    this.#delay = options.saveDelay ?? 300;
    let saved: Saved | null = null;
    try {
      saved = readSaved(this.#storage?.getItem(STORAGE_KEY) ?? null);
    } catch {
      saved = null;
    }
    const docs = saved?.docs ?? [];
    this.#state = {
      docs,
      activeKey:
        saved?.activeKey && docs.some((d) => d.key === saved.activeKey)
          ? saved.activeKey
          : (docs[0]?.key ?? null),
      savedAt: saved?.savedAt ?? null,
      saveError: null,
      recovered: docs.length > 0 ? { count: docs.length, savedAt: saved?.savedAt ?? 0 } : null,
    };
  }

  get state(): WorkspaceState {
    return this.#state;
  }

  /** The active doc, or `undefined`. */
  get active(): PlanDoc | undefined {
    return this.#state.docs.find((d) => d.key === this.#state.activeKey);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(next: Partial<WorkspaceState>, save = true): void {
    this.#state = { ...this.#state, ...next };
    if (save) this.#scheduleSave();
    for (const l of this.#listeners) l();
  }

  #newKey(): string {
    this.#counter += 1;
    return `p${this.#now().toString(36)}${this.#counter.toString(36)}`;
  }

  /** Adds a plan and makes it active; returns its key. */
  add(input: {
    plan: Plan;
    source: string;
    events?: readonly ProgressEvent[];
    units?: readonly Unit[] | null;
    unitsSource?: string | null;
  }): string {
    const now = this.#now();
    const key = this.#newKey();
    const doc: PlanDoc = {
      key,
      plan: input.plan,
      original: input.plan,
      source: input.source,
      events: input.events ?? [],
      units: input.units ?? null,
      unitsSource: input.unitsSource ?? null,
      today: null,
      createdAt: now,
      updatedAt: now,
    };
    this.#set({ docs: [...this.#state.docs, doc], activeKey: key });
    return key;
  }

  /** Makes another plan the active one. */
  select(key: string): void {
    if (this.#state.docs.some((d) => d.key === key) && key !== this.#state.activeKey)
      this.#set({ activeKey: key });
  }

  /** Removes a plan from the workspace (the caller asks first). */
  remove(key: string): void {
    const docs = this.#state.docs.filter((d) => d.key !== key);
    this.#history.delete(key);
    const activeKey =
      this.#state.activeKey === key ? (docs[docs.length - 1]?.key ?? null) : this.#state.activeKey;
    this.#set({ docs, activeKey });
  }

  /** A copy of a plan as a new entry. */
  duplicate(key: string, source: string): string | undefined {
    const doc = this.#state.docs.find((d) => d.key === key);
    if (!doc) return undefined;
    const copy = this.add({
      plan: doc.plan,
      source,
      events: doc.events,
      units: doc.units,
      unitsSource: doc.unitsSource,
    });
    return copy;
  }

  /**
   * Changes the content of a plan. Changes with the same `group` made within
   * a short time of each other make one undo step (typing in one field).
   */
  change(key: string, update: (doc: DocContent) => Partial<DocContent>, group?: string): void {
    const index = this.#state.docs.findIndex((d) => d.key === key);
    const doc = this.#state.docs[index];
    if (!doc) return;
    const patch = update(contentOf(doc));
    const changed = (Object.keys(patch) as (keyof DocContent)[]).some((k) => patch[k] !== doc[k]);
    if (!changed) return;
    const now = this.#now();
    const h = this.#historyOf(key);
    const grouped = group !== undefined && h.lastGroup === group && now - h.lastAt < GROUP_MS;
    if (!grouped) {
      h.past.push(contentOf(doc));
      if (h.past.length > HISTORY_LIMIT) h.past.shift();
    }
    h.future = [];
    h.lastGroup = group ?? null;
    h.lastAt = now;
    const next: PlanDoc = { ...doc, ...patch, updatedAt: now };
    const docs = this.#state.docs.slice();
    docs[index] = next;
    this.#set({ docs });
  }

  /** Ends the current undo group (a field lost focus). */
  endGroup(key: string): void {
    const h = this.#history.get(key);
    if (h) h.lastGroup = null;
  }

  #historyOf(key: string): History {
    let h = this.#history.get(key);
    if (!h) {
      h = { past: [], future: [], lastGroup: null, lastAt: 0 };
      this.#history.set(key, h);
    }
    return h;
  }

  canUndo(key: string): boolean {
    return (this.#history.get(key)?.past.length ?? 0) > 0;
  }

  canRedo(key: string): boolean {
    return (this.#history.get(key)?.future.length ?? 0) > 0;
  }

  /** Goes one step back; returns whether there was one. */
  undo(key: string): boolean {
    return this.#travel(key, 'back');
  }

  /** Goes one step forward again; returns whether there was one. */
  redo(key: string): boolean {
    return this.#travel(key, 'forward');
  }

  #travel(key: string, way: 'back' | 'forward'): boolean {
    const index = this.#state.docs.findIndex((d) => d.key === key);
    const doc = this.#state.docs[index];
    const h = this.#history.get(key);
    if (!doc || !h) return false;
    const from = way === 'back' ? h.past : h.future;
    const to = way === 'back' ? h.future : h.past;
    const content = from.pop();
    if (!content) return false;
    to.push(contentOf(doc));
    h.lastGroup = null;
    const docs = this.#state.docs.slice();
    docs[index] = { ...doc, ...content, updatedAt: this.#now() };
    this.#set({ docs });
    return true;
  }

  /** Forgets the "recovered" notice once it has been shown. */
  dismissRecovered(): void {
    if (this.#state.recovered) this.#set({ recovered: null }, false);
  }

  /** Whether changes wait to be written. */
  get dirty(): boolean {
    return this.#dirty;
  }

  #scheduleSave(): void {
    this.#dirty = true;
    if (!this.#storage) return;
    if (this.#delay <= 0) {
      this.flush();
      return;
    }
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Writes now what waits to be written (on page hide, before unload). */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (!this.#dirty || !this.#storage) return;
    const savedAt = this.#now();
    const saved: Saved = {
      format: 'rollout/web-planner-workspace',
      version: 1,
      savedAt,
      activeKey: this.#state.activeKey,
      docs: this.#state.docs,
    };
    try {
      this.#storage.setItem(STORAGE_KEY, JSON.stringify(saved));
      this.#dirty = false;
      this.#set({ savedAt, saveError: null }, false);
    } catch (error) {
      this.#set({ saveError: error instanceof Error ? error.message : String(error) }, false);
    }
  }
}
