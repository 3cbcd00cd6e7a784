// Wall-clock fields and UTC offset of an instant in a time zone, for the event builders and Utilities.formatDate.

export interface ZonedTime {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday. */
  weekday: number;
  offsetMs: number;
  /** The zone's short name at that instant, e.g. "PST" or "GMT+1". */
  shortName: string;
}

/** Java-style fixed zones Apps Script accepts besides IANA ids: GMT, UTC, GMT+1, GMT-05:30. */
const FIXED_ZONE = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

/** The time at `at` as seen in `zone`; throws RangeError for a zone neither IANA nor GMT±hh:mm. */
export function zonedTime(zone: string, at: Date): ZonedTime {
  const fixed = FIXED_ZONE.exec(zone);
  const offsetMs = fixed ? fixedOffsetMs(fixed) : intlOffsetMs(zone, at);
  const local = new Date(at.getTime() + offsetMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMs,
    shortName: fixed ? zone : shortZoneName(zone, at),
  };
}

function fixedOffsetMs([, sign, hours, minutes]: RegExpExecArray): number {
  if (!sign) return 0;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) * 60_000;
}

function intlOffsetMs(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

function shortZoneName(zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
