// Turns a log record into a sheet row and back, reading hand-edited cells leniently.
import type { Person } from '../thread/thread';
import { FLAG_CODES, INTRO_KINDS, type FlagCode } from '../triage/verdict';
import { neutraliseFormula } from './formula-guard';
import {
  CONSENT_STATES, MY_ROLES, OUTCOMES, REPLY_STATES, roleForKind, threadLinkFor,
  type IntroRecord,
} from './intro-record';
import { LOG_COLUMNS, type ColumnKey } from './log-columns';

export type Cell = string | number | boolean;

/** RAW stores every value as given; USER_ENTERED parses strings as if typed (formulas, numbers, dates). */
export type ValueInputMode = 'RAW' | 'USER_ENTERED';

// Sheets counts days from 1899-12-30; 25569 of them fall before the Unix epoch.
const SERIAL_EPOCH_OFFSET = 25569;
const DAY_MS = 86_400_000;

// Names may hold commas ("Ruiz, Ana"), so several parties in one cell are joined with semicolons.
const LIST_SEPARATOR = '; ';

/** A date as a Sheets serial number (days, fraction for the time of day, UTC). */
export function toSerial(date: Date): number {
  return date.getTime() / DAY_MS + SERIAL_EPOCH_OFFSET;
}

function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - SERIAL_EPOCH_OFFSET) * DAY_MS));
}

/** One row of cells in column order; dates become serial numbers so the sheet sorts and compares them. */
export function recordToRow(record: IntroRecord, mode: ValueInputMode): Cell[] {
  const text = (value: string): string => (mode === 'RAW' ? value : neutraliseFormula(value));
  const date = (value: Date | null): Cell => (value ? toSerial(value) : '');
  const cells: Record<ColumnKey, Cell> = {
    loggedAt: date(record.loggedAt),
    threadLink: text(record.threadLink),
    subject: text(record.subject),
    kind: record.kind,
    myRole: record.myRole,
    introducerName: text(record.introducer.name),
    introducerEmail: text(record.introducer.email),
    otherPartyName: text(record.otherParties.map((party) => party.name).join(LIST_SEPARATOR)),
    otherPartyEmail: text(record.otherParties.map((party) => party.email).join(LIST_SEPARATOR)),
    flags: record.flags.join(', '),
    consent: record.consent,
    consentAskedOn: date(record.consentAskedOn),
    reply: record.reply,
    introSentOn: date(record.introSentOn),
    followUpDue: date(record.followUpDue),
    outcome: record.outcome ?? '',
    outcomeNote: text(record.outcomeNote),
    threadId: text(record.threadId),
  };
  return LOG_COLUMNS.map((column) => cells[column.key]);
}

/**
 * Reads a row as the sheet returns it (unformatted values, dates as serial numbers). Anything a
 * person typed that the log does not know falls back to a neutral value instead of failing;
 * returns null for a row without a thread id, which is not an intro row.
 */
export function rowToRecord(row: readonly unknown[]): IntroRecord | null {
  const cell = (key: ColumnKey): unknown => row[LOG_COLUMNS.findIndex((column) => column.key === key)];
  const threadId = textOf(cell('threadId'));
  if (!threadId) return null;
  const kind = oneOf(INTRO_KINDS, cell('kind')) ?? 'other';
  const loggedAt = dateOf(cell('loggedAt')) ?? new Date(0);
  return {
    threadId,
    threadLink: textOf(cell('threadLink')) || threadLinkFor(threadId),
    subject: textOf(cell('subject')),
    kind,
    myRole: oneOf(MY_ROLES, cell('myRole')) ?? roleForKind(kind),
    introducer: person(cell('introducerName'), cell('introducerEmail')),
    otherParties: people(cell('otherPartyName'), cell('otherPartyEmail')),
    flags: flagsOf(cell('flags')),
    consent: oneOf(CONSENT_STATES, cell('consent')) ?? 'not asked',
    consentAskedOn: dateOf(cell('consentAskedOn')),
    reply: oneOf(REPLY_STATES, cell('reply')) ?? 'awaiting reply',
    introSentOn: dateOf(cell('introSentOn')) ?? loggedAt,
    followUpDue: dateOf(cell('followUpDue')),
    outcome: oneOf(OUTCOMES, cell('outcome')),
    outcomeNote: textOf(cell('outcomeNote')),
    loggedAt,
  };
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  const wanted = textOf(value).toLowerCase().replace(/\s+/g, ' ');
  return allowed.find((item) => item === wanted) ?? null;
}

function person(name: unknown, email: unknown): Person {
  return { name: textOf(name), email: textOf(email).toLowerCase() };
}

function people(names: unknown, emails: unknown): Person[] {
  const nameList = textOf(names).split(LIST_SEPARATOR.trim());
  const emailList = textOf(emails).split(LIST_SEPARATOR.trim());
  const count = Math.max(nameList.length, emailList.length);
  return Array.from({ length: count }, (_, i) => person(nameList[i], emailList[i]))
    .filter((party) => party.name || party.email);
}

function flagsOf(value: unknown): FlagCode[] {
  return textOf(value)
    .split(/[,;\s]+/)
    .map((code) => oneOf(FLAG_CODES, code))
    .filter((code): code is FlagCode => code !== null);
}

/** A date from a serial number, or from text a person typed such as 2026-11-20 or 2026-11-20 14:30. */
export function dateOf(value: unknown): Date | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return fromSerial(value);
  const text = textOf(value);
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0'] = match;
  const date = new Date(Date.UTC(+year, +month - 1, +day, +hour, +minute));
  return Number.isNaN(date.getTime()) ? null : date;
}

