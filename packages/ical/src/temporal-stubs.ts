import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';

/*
 * Minimal Temporal-like values that ical-generator formats field by field.
 *
 * ical-generator formats a JavaScript `Date` in a named time zone with the
 * *local* getters of the running process, so its output would depend on the
 * machine's time zone. A `Temporal.PlainDate` / `PlainDateTime` /
 * `ZonedDateTime` is formatted from its fields instead; these stubs carry the
 * Vietnam wall-clock fields, so the output is the same in every time zone and
 * in browsers without Temporal. Only the zones this package writes are known
 * (Vietnam, +07:00 all year, and UTC).
 */

/** Minutes east of UTC of the zones this package uses. */
const OFFSETS: Readonly<Record<string, number>> = { 'Asia/Ho_Chi_Minh': 420, UTC: 0 };

const p2 = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`;

/** A calendar date with no time and no zone. @internal */
export function plainDate(
  year: number,
  month: number,
  day: number,
): ICalTemporalPlainDateStub & { toPlainDateTime(): ICalTemporalPlainDateTimeStub } {
  const text = isoDate(year, month, day);
  return {
    year,
    month,
    day,
    toPlainDateTime: () => plainDateTime(year, month, day, 0, 0),
    toJSON: () => text,
    toString: () => text,
  };
}

/** A wall-clock date and time with no zone. @internal */
export function plainDateTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): ICalTemporalPlainDateTimeStub {
  const text = `${isoDate(year, month, day)}T${p2(hour)}:${p2(minute)}:00`;
  const self: ICalTemporalPlainDateTimeStub = {
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    toPlainDate: () => plainDate(year, month, day),
    toZonedDateTime: (timeZone: string) => zoned(self, timeZone),
    toJSON: () => text,
    toString: () => text,
  };
  return self;
}

/** The wall-clock fields read in a named zone. */
function zoned(
  plain: ICalTemporalPlainDateTimeStub,
  timeZoneId: string,
): ICalTemporalZonedDateTimeStub {
  const offset = OFFSETS[timeZoneId] ?? 0;
  const epochMilliseconds =
    Date.UTC(plain.year, plain.month - 1, plain.day, plain.hour, plain.minute) - offset * 60_000;
  const self: ICalTemporalZonedDateTimeStub = {
    timeZoneId,
    year: plain.year,
    month: plain.month,
    day: plain.day,
    hour: plain.hour,
    minute: plain.minute,
    second: 0,
    withTimeZone: (timeZone: string) =>
      timeZone === timeZoneId ? self : instant(epochMilliseconds).toZonedDateTimeISO(timeZone),
    toInstant: () => instant(epochMilliseconds),
    toPlainDateTime: () => plain,
    toJSON: () => `${plain.toString()}[${timeZoneId}]`,
    toString: () => `${plain.toString()}[${timeZoneId}]`,
  };
  return self;
}

/** An exact instant. */
function instant(epochMilliseconds: number): ICalTemporalInstantStub {
  const text = new Date(epochMilliseconds).toISOString();
  return {
    epochMilliseconds,
    toZonedDateTimeISO: (timeZone: string) => {
      const d = new Date(epochMilliseconds + (OFFSETS[timeZone] ?? 0) * 60_000);
      return zoned(
        plainDateTime(
          d.getUTCFullYear(),
          d.getUTCMonth() + 1,
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
        ),
        timeZone,
      );
    },
    toJSON: () => text,
    toString: () => text,
  };
}
