// What the intro log costs in Sheets calls at 100, 1,000 and 10,000 rows: logging a thread, finding its row, and the homepage's due list.
import { loadDueList } from '../../src/core/log/due-list';
import type { IntroRecord } from '../../src/core/log/intro-record';
import { LAST_COLUMN_LETTER } from '../../src/core/log/log-columns';
import { recordToRow } from '../../src/core/log/log-row';
import { DEFAULT_LOG_SETTINGS } from '../../src/core/log/log-settings';
import { SheetIntroLog } from '../../src/gas/sheet-intro-log';
import { FakeLockService } from '../../src/local/fake-lock-service';
import { FakePropertiesService } from '../../src/local/fake-properties-service';
import { FakeSheetsService } from '../../src/local/fake-sheets-service';
import type { Figures } from '../suite';

export const name = 'intro-log';

const SIZES: Record<string, number> = { 100: 100, 1000: 1_000, '10k': 10_000 };
const NOW = new Date('2026-06-01T09:00:00Z');
const DAY_MS = 86_400_000;

/** Row i: an intro whose follow-up falls i days before or after NOW, so about half the log is due. */
function introRecord(i: number, rows: number): IntroRecord {
  const sent = new Date(NOW.getTime() - 30 * DAY_MS);
  return {
    threadId: `thread-${i}`, threadLink: `https://mail.google.com/mail/#all/thread-${i}`, subject: `Intro ${i}`, kind: 'intro',
    myRole: 'introduced', introducer: { name: `Introducer ${i}`, email: `introducer${i}@example.org` },
    otherParties: [{ name: `Party ${i}`, email: `party${i}@example.net` }], flags: [], consent: 'not asked', consentAskedOn: null,
    reply: 'replied', introSentOn: sent, followUpDue: new Date(NOW.getTime() + (i - rows / 2) * DAY_MS), outcome: null, outcomeNote: '', loggedAt: sent,
  };
}

/** A log of `rows` intros behind the adapter, filled in one append so that filling costs nothing measured. */
function filledLog(rows: number): { log: SheetIntroLog; sheets: FakeSheetsService } {
  const sheets = new FakeSheetsService();
  const log = new SheetIntroLog({
    sheets,
    properties: new FakePropertiesService().api.getUserProperties(),
    lock: new FakeLockService().api.getUserLock(),
    sleep: () => undefined,
  });
  const location = log.createLog();
  const values = Array.from({ length: rows }, (_, i) => recordToRow(introRecord(i, rows), 'RAW'));
  sheets.Spreadsheets.Values.append({ values }, location.spreadsheetId, `'${location.tabTitle}'!A:${LAST_COLUMN_LETTER}`, { valueInputOption: 'RAW' });
  return { log, sheets };
}

function callsOf(sheets: FakeSheetsService, work: () => unknown): number {
  sheets.resetCalls();
  work();
  return sheets.totalCalls();
}

/** Sheets calls for one log (updating the last row), one find, and one due list, at each size. */
export function run(): Figures {
  const figures: Figures = {};
  for (const [label, rows] of Object.entries(SIZES)) {
    const { log, sheets } = filledLog(rows);
    const last = `thread-${rows - 1}`;
    figures[`sheet_calls_log_${label}`] = callsOf(sheets, () => log.upsert(last, (existing) => ({ ...(existing ?? introRecord(rows - 1, rows)), outcome: 'met' })));
    figures[`sheet_calls_find_${label}`] = callsOf(sheets, () => {
      if (!log.find(last)) throw new Error(`the row of ${last} was not found`);
    });
    figures[`sheet_calls_homepage_${label}`] = callsOf(sheets, () => {
      if (loadDueList(log, { now: () => NOW }, DEFAULT_LOG_SETTINGS).length === 0) throw new Error('the due list came back empty');
    });
  }
  return figures;
}
