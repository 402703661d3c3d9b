import { type WorkingCalendar, workingCalendar } from './working-calendar.js';

let shared: WorkingCalendar | undefined;

/**
 * Vietnam's working calendar, made once per process and shared by the
 * functions that take an optional calendar. Safe to share: a calendar only
 * memoises year tables built from its options and never changes one, so no
 * call can change what a later call reads. @internal
 */
export function defaultCalendar(): WorkingCalendar {
  shared ??= workingCalendar();
  return shared;
}
