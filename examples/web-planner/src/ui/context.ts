import type { Plan } from '@rollout/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Analysis } from '../lib/analyse.js';
import type { Path } from '../lib/edit.js';
import type { Lang, Names } from '../lib/names.js';

/** What every editor of the active plan reads and calls. */
export interface PlanContextValue {
  readonly plan: Plan;
  readonly analysis: Analysis;
  readonly names: Names;
  readonly lang: Lang;
  /** Sets the value at a path of the plan (`undefined` removes an optional key). */
  edit(path: Path, value: unknown): void;
  /** Replaces the plan with a changed copy; `group` makes repeated changes one undo step. */
  update(change: (plan: Plan) => Plan, group?: string): void;
  /** Ends the undo group of the field being typed in. */
  endGroup(): void;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan outside a plan');
  return value;
}

/** Things the whole app offers: messages to screen readers, questions to the clerk. */
export interface AppContextValue {
  /** Says something in the polite live region (and the status line). */
  announce(text: string): void;
  /** Asks a yes/no question in a modal dialog. */
  confirm(question: ConfirmQuestion): Promise<boolean>;
  /** Opens the tab and the item an issue path is about, then focuses its field. */
  goTo(path: Path): void;
}

export interface ConfirmQuestion {
  readonly title: string;
  readonly body: string;
  readonly yes: string;
  readonly no: string;
  /** A destructive answer is shown in red. */
  readonly danger?: boolean;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside the app');
  return value;
}
