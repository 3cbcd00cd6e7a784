// The intro log kept in a Google Sheet the user owns, through the Advanced Sheets service (drive.file scope).
import { LAST_COLUMN_LETTER, LOG_COLUMNS, LOG_HEADERS, columnIndex, columnLetter, type ColumnKey } from '../core/log/log-columns';
import { dateOf, recordToRow, rowToRecord } from '../core/log/log-row';
import type { IntroRecord } from '../core/log/intro-record';
import { CONSENT_STATES, OUTCOMES, REPLY_STATES } from '../core/log/intro-record';
import { samePerson } from '../core/log/same-person';
import { LogBusyError, LogUnavailableError, type IntroLog, type LogProblem } from '../core/ports/intro-log';
import type { Person } from '../core/thread/thread';


/** The part of the Advanced Sheets service the log uses; `Sheets` in Apps Script, a fake locally. */
export interface SheetsApi {
  Spreadsheets: {
    create(resource: GoogleAppsScript.Sheets.Schema.Spreadsheet): GoogleAppsScript.Sheets.Schema.Spreadsheet;
    get(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet;
    batchUpdate(resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, spreadsheetId: string): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
    Values: {
      get(spreadsheetId: string, range: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.ValueRange;
      batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
      update(resource: GoogleAppsScript.Sheets.Schema.ValueRange, spreadsheetId: string, range: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.UpdateValuesResponse;
      append(resource: GoogleAppsScript.Sheets.Schema.ValueRange, spreadsheetId: string, range: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.AppendValuesResponse;
    };
  };
}

/** Per-user storage (PropertiesService.getUserProperties()). */
export interface UserStore {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

/** The per-user lock (LockService.getUserLock()). */
export interface UserLock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface SheetIntroLogDeps {
  sheets: SheetsApi;
  properties: UserStore;
  lock: UserLock;
  /** Utilities.sleep in Apps Script. */
  sleep(milliseconds: number): void;
}

interface LogLocation {
  spreadsheetId: string;
  sheetId: number;
  tabTitle: string;
}

export const LOG_SPREADSHEET_TITLE = 'Intro Guard log';
export const LOG_TAB_TITLE = 'Log';
const LOCATION_KEY = 'introLog.location';

// A second sidebar of the same user waits this long for the first to finish writing.
const LOCK_WAIT_MS = 10_000;
// Three retries, 1 + 2 + 4 s, stay well inside the add-on's 30 s limit.
const RETRY_DELAYS_MS = [1000, 2000, 4000];
const READ = { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' };
// RAW stores every value as given, so text from an email can never become a formula.
const WRITE = { valueInputOption: 'RAW' } as const;

/**
 * One row per thread, found by reading only the thread-id column, so finding and updating a row
 * costs the same few calls at 10 rows or 10,000. Writes happen under the user's lock.
 */
export class SheetIntroLog implements IntroLog {
  constructor(private readonly deps: SheetIntroLogDeps) {}

  private get spreadsheets(): SheetsApi['Spreadsheets'] {
    return this.deps.sheets.Spreadsheets;
  }

  find(threadId: string): IntroRecord | null {
    const location = this.storedLocation();
    return location ? this.withRecovery(location, (at) => this.locate(at, threadId)?.record ?? null) : null;
  }

  upsert(threadId: string, change: (existing: IntroRecord | null) => IntroRecord): IntroRecord {
    const { lock } = this.deps;
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new LogBusyError('Someone else is updating your intro log right now (another Intro Guard window, perhaps). Nothing was changed; try again in a moment.');
    }
    try {
      const location = this.storedLocation() ?? this.createLog();
      return this.withRecovery(location, (at) => {
        // Read again under the lock: the row may have been written while this execution waited.
        const found = this.locate(at, threadId);
        const next = change(found?.record ?? null);
        const row = [recordToRow({ ...next, threadId }, WRITE.valueInputOption)];
        if (found) {
          this.retrying(() => this.spreadsheets.Values.update({ values: row }, at.spreadsheetId, rowRange(at, found.rowNumber), WRITE));
        } else {
          this.retrying(() => this.spreadsheets.Values.append({ values: row }, at.spreadsheetId, `${quoted(at)}!A:${LAST_COLUMN_LETTER}`, { ...WRITE, insertDataOption: 'INSERT_ROWS' }));
        }
        return next;
      });
    } finally {
      lock.releaseLock();
    }
  }

  findConsentAsks(asked: Person, requester: Person): IntroRecord[] {
    const location = this.storedLocation();
    if (!location) return [];
    return this.withRecovery(location, (at) => {
      const people = this.readColumns(at, 'introducerName', 'consentAskedOn');
      const offset = columnIndex('introducerName');
      const rowNumbers = people.flatMap((cells, i) => {
        const row: unknown[] = [];
        cells.forEach((cell, c) => { row[offset + c] = cell; });
        row[columnIndex('threadId')] = 'candidate';
        const record = rowToRecord(row);
        const match = record?.consentAskedOn && samePerson(record.introducer, requester)
          && record.otherParties.some((party) => samePerson(party, asked));
        return match ? [i + 2] : [];
      });
      return this.readRows(at, rowNumbers);
    });
  }

  listDue(until: Date, limit: number): IntroRecord[] {
    const location = this.storedLocation();
    if (!location) return [];
    return this.withRecovery(location, (at) => {
      const dueCells = this.readColumns(at, 'followUpDue', 'followUpDue');
      const due = dueCells
        .map((cells, i) => ({ rowNumber: i + 2, date: dateOf(cells[0]) }))
        .filter((item): item is { rowNumber: number; date: Date } => item.date !== null && item.date <= until)
        .sort((a, b) => a.date.getTime() - b.date.getTime())
        .slice(0, limit);
      return this.readRows(at, due.map((item) => item.rowNumber));
    });
  }

  /** Makes a new log spreadsheet in the user's Drive and remembers it; returns its URL. */
  createLog(): LogLocation {
    const { Spreadsheets } = this.deps.sheets;
    const created = this.retrying(() => Spreadsheets.create({
      properties: { title: LOG_SPREADSHEET_TITLE },
      sheets: [{ properties: { title: LOG_TAB_TITLE } }],
    }));
    const location: LogLocation = {
      spreadsheetId: created.spreadsheetId ?? '',
      sheetId: created.sheets?.[0]?.properties?.sheetId ?? 0,
      tabTitle: created.sheets?.[0]?.properties?.title ?? LOG_TAB_TITLE,
    };
    this.remember(location);
    this.retrying(() => Spreadsheets.Values.update({ values: [LOG_HEADERS] }, location.spreadsheetId, `${quoted(location)}!A1:${LAST_COLUMN_LETTER}1`, WRITE));
    this.retrying(() => Spreadsheets.batchUpdate({ requests: setupRequests(location.sheetId) }, location.spreadsheetId));
    return location;
  }

  /**
   * Uses another spreadsheet as the log, given its URL or id. With the drive.file scope only a
   * spreadsheet this add-on created (or one the user opened with it) can be opened, so anything
   * else is refused with that explanation; returns an error sentence, or null when it was taken.
   */
  useExistingLog(urlOrId: string): string | null {
    const spreadsheetId = spreadsheetIdFrom(urlOrId);
    if (!spreadsheetId) return `"${urlOrId}" is not a Google Sheets link or spreadsheet id.`;
    try {
      const tabs = this.retrying(() => this.spreadsheets.get(spreadsheetId, { fields: 'sheets.properties' })).sheets ?? [];
      const headers = this.retrying(() => this.spreadsheets.Values.batchGet(spreadsheetId, {
        ranges: tabs.map((tab) => `${quoted({ tabTitle: tab.properties?.title ?? '' })}!A1:${LAST_COLUMN_LETTER}1`), ...READ,
      })).valueRanges ?? [];
      const index = headers.findIndex((range) => LOG_HEADERS.every((header, i) => String(range.values?.[0]?.[i] ?? '').trim() === header));
      if (index < 0) return 'That spreadsheet has no Intro Guard log tab (a tab whose first row is the log\'s header).';
      const properties = tabs[index].properties ?? {};
      this.remember({ spreadsheetId, sheetId: properties.sheetId ?? 0, tabTitle: properties.title ?? LOG_TAB_TITLE });
      return null;
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'missing' || problem === 'no-access') {
        return 'Intro Guard cannot open that spreadsheet. It may only open spreadsheets it created itself '
          + '(it asks for access to those files only, not to your whole Drive). Pick an earlier Intro Guard log, or create a new one.';
      }
      throw error;
    }
  }

  /** The log's address for an "Open the log" link, or null before the first intro is logged. */
  logUrl(): string | null {
    const location = this.storedLocation();
    return location ? `https://docs.google.com/spreadsheets/d/${location.spreadsheetId}/edit#gid=${location.sheetId}` : null;
  }

  private locate(at: LogLocation, threadId: string): { rowNumber: number; record: IntroRecord } | null {
    const ids = this.readColumns(at, 'threadId', 'threadId');
    const index = ids.findIndex((cells) => String(cells[0] ?? '').trim() === threadId);
    if (index < 0) return null;
    const record = this.readRows(at, [index + 2])[0];
    return record ? { rowNumber: index + 2, record } : null;
  }

  /** Rows 2.. of the columns from `first` to `last`, one array per row. */
  private readColumns(at: LogLocation, first: ColumnKey, last: ColumnKey): unknown[][] {
    const range = `${quoted(at)}!${columnLetter(first)}2:${columnLetter(last)}`;
    return this.retrying(() => this.spreadsheets.Values.get(at.spreadsheetId, range, READ)).values ?? [];
  }

  /** Whole rows by number in one call, in the order given, skipping rows that are no longer intro rows. */
  private readRows(at: LogLocation, rowNumbers: number[]): IntroRecord[] {
    if (rowNumbers.length === 0) return [];
    const ranges = rowNumbers.map((n) => rowRange(at, n));
    const read = this.retrying(() => this.spreadsheets.Values.batchGet(at.spreadsheetId, { ranges, ...READ }));
    return (read.valueRanges ?? [])
      .map((range) => rowToRecord(range.values?.[0] ?? []))
      .filter((record): record is IntroRecord => record !== null);
  }

  /**
   * Runs `work` against the log; a renamed tab is found again by its id and remembered, while a
   * deleted spreadsheet or tab, or lost access, becomes a LogUnavailableError for the recovery card.
   */
  private withRecovery<T>(location: LogLocation, work: (at: LogLocation) => T): T {
    try {
      return work(location);
    } catch (error) {
      const problem = problemOf(error);
      if (problem === 'missing' || problem === 'no-access') throw new LogUnavailableError(problem, location.spreadsheetId);
      if (problem !== 'range') throw error;
      const tab = this.retrying(() => this.spreadsheets.get(location.spreadsheetId, { fields: 'sheets.properties' }))
        .sheets?.find((sheet) => sheet.properties?.sheetId === location.sheetId);
      if (!tab?.properties?.title || tab.properties.title === location.tabTitle) {
        throw new LogUnavailableError('tab-missing', location.spreadsheetId);
      }
      const moved = { ...location, tabTitle: tab.properties.title };
      this.remember(moved);
      return work(moved);
    }
  }

  /** Repeats a call that failed for a passing reason (quota, server error) with growing pauses. */
  private retrying<T>(call: () => T): T {
    for (let attempt = 0; ; attempt++) {
      try {
        return call();
      } catch (error) {
        if (problemOf(error) !== 'transient') throw error;
        if (attempt >= RETRY_DELAYS_MS.length) {
          throw new LogBusyError('Google Sheets is not answering right now. Nothing in your log was changed; try again in a minute.');
        }
        this.deps.sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  private storedLocation(): LogLocation | null {
    const stored = this.deps.properties.getProperty(LOCATION_KEY);
    if (!stored) return null;
    try {
      const location = JSON.parse(stored) as LogLocation;
      return location.spreadsheetId ? location : null;
    } catch {
      return null;
    }
  }

  private remember(location: LogLocation): void {
    this.deps.properties.setProperty(LOCATION_KEY, JSON.stringify(location));
  }
}

function quoted(at: { tabTitle: string }): string {
  return `'${at.tabTitle.replace(/'/g, "''")}'`;
}

function rowRange(at: LogLocation, rowNumber: number): string {
  return `${quoted(at)}!A${rowNumber}:${LAST_COLUMN_LETTER}${rowNumber}`;
}

/** The spreadsheet id inside a Sheets URL, or the text itself when it looks like an id. */
export function spreadsheetIdFrom(urlOrId: string): string | null {
  const text = urlOrId.trim();
  const fromUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : null;
}

type CallProblem = LogProblem | 'range' | 'transient' | 'other';

/** What a thrown service error means, from its HTTP status where the service gives one, else its message. */
function problemOf(error: unknown): CallProblem {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { details?: { code?: number } } | null)?.details?.code;
  if (code === 429 || (code !== undefined && code >= 500) || /quota|rate limit|internal error|backend error|unavailable|timed out|try again/i.test(message)) return 'transient';
  if (code === 404 || /requested entity was not found/i.test(message)) return 'missing';
  if (code === 403 || /does not have permission|permission_denied/i.test(message)) return 'no-access';
  if (/unable to parse range/i.test(message)) return 'range';
  return 'other';
}

/** Frozen header, dropdowns on the status and outcome columns, date formats, and overdue follow-ups in red. */
function setupRequests(sheetId: number): GoogleAppsScript.Sheets.Schema.Request[] {
  const column = (key: ColumnKey) => ({ sheetId, startRowIndex: 1, startColumnIndex: columnIndex(key), endColumnIndex: columnIndex(key) + 1 });
  const dropdown = (key: ColumnKey, values: readonly string[]): GoogleAppsScript.Sheets.Schema.Request => ({
    setDataValidation: {
      range: column(key),
      rule: { condition: { type: 'ONE_OF_LIST', values: values.map((value) => ({ userEnteredValue: value })) }, strict: false, showCustomUi: true },
    },
  });
  const dateFormat = (key: ColumnKey, pattern: string): GoogleAppsScript.Sheets.Schema.Request => ({
    repeatCell: { range: column(key), cell: { userEnteredFormat: { numberFormat: { type: 'DATE', pattern } } }, fields: 'userEnteredFormat.numberFormat' },
  });
  const due = columnLetter('followUpDue');
  const outcome = columnLetter('outcome');
  return [
    { updateSheetProperties: { properties: { sheetId, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } },
    { repeatCell: { range: { sheetId, startRowIndex: 0, endRowIndex: 1 }, cell: { userEnteredFormat: { textFormat: { bold: true } } }, fields: 'userEnteredFormat.textFormat.bold' } },
    dropdown('consent', CONSENT_STATES),
    dropdown('reply', REPLY_STATES),
    dropdown('outcome', OUTCOMES),
    dateFormat('loggedAt', 'yyyy-mm-dd hh:mm'),
    dateFormat('consentAskedOn', 'yyyy-mm-dd'),
    dateFormat('introSentOn', 'yyyy-mm-dd'),
    dateFormat('followUpDue', 'yyyy-mm-dd'),
    {
      addConditionalFormatRule: {
        index: 0,
        rule: {
          ranges: [{ sheetId, startRowIndex: 1, startColumnIndex: 0, endColumnIndex: LOG_COLUMNS.length }],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: `=AND(ISNUMBER($${due}2), $${due}2 < TODAY(), $${outcome}2 = "")` }] },
            format: { backgroundColor: { red: 0.99, green: 0.85, blue: 0.83 } },
          },
        },
      },
    },
  ];
}
