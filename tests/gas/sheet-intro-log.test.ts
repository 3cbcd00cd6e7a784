import { SheetIntroLog, spreadsheetIdFrom, type UserLock } from '../../src/gas/sheet-intro-log';
import { FakeSheetsService } from '../../src/local/fake-sheets-service';
import { LOG_HEADERS, columnLetter } from '../../src/core/log/log-columns';
import { LogBusyError, LogUnavailableError } from '../../src/core/ports/intro-log';
import type { IntroRecord } from '../../src/core/log/intro-record';
import { DANA, TOMAS, day, record } from '../core/log/log-fixtures';

class MapStore {
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null { return this.values.get(key) ?? null; }
  setProperty(key: string, value: string): void { this.values.set(key, value); }
}

/** A user lock that can be held by another execution; `whileWaiting` lets that execution finish during the wait. */
class TestLock implements UserLock {
  heldElsewhere = false;
  whileWaiting: (() => void) | null = null;
  held = false;
  tryLock(): boolean {
    if (this.heldElsewhere && this.whileWaiting) { this.whileWaiting(); this.heldElsewhere = false; }
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void { this.held = false; }
}

function setup() {
  const sheets = new FakeSheetsService();
  const properties = new MapStore();
  const lock = new TestLock();
  const sleeps: number[] = [];
  const log = new SheetIntroLog({ sheets, properties, lock, sleep: (ms) => sleeps.push(ms) });
  const spreadsheetId = (): string => JSON.parse(properties.getProperty('introLog.location') ?? '{}').spreadsheetId;
  return { sheets, properties, lock, sleeps, log, spreadsheetId };
}

const put = (r: IntroRecord) => () => r;

describe('SheetIntroLog', () => {
  it('makes no call and creates nothing before the first intro is logged', () => {
    const { sheets, log } = setup();
    expect(log.find('t-1')).toBeNull();
    expect(log.listDue(day('2026-12-01'), 20)).toEqual([]);
    expect(log.findConsentAsks(TOMAS, DANA)).toEqual([]);
    expect(sheets.totalCalls()).toBe(0);
  });

  it('creates "Intro Guard log" on first use with a frozen header, dropdowns and the overdue highlight', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    expect(sheets.Spreadsheets.get(spreadsheetId()).properties?.title).toBe('Intro Guard log');
    expect(sheets.Spreadsheets.Values.get(spreadsheetId(), "'Log'!A1:R1").values).toEqual([LOG_HEADERS]);
    const tab = sheets.tab(spreadsheetId(), 'Log');
    expect(tab.properties.gridProperties.frozenRowCount).toBe(1);
    expect(tab.dataValidations.map((v) => (v.rule as { condition: { values: { userEnteredValue: string }[] } }).condition.values.map((x) => x.userEnteredValue)))
      .toEqual([expect.arrayContaining(['no reply, treated as no']), ['awaiting reply', 'replied'], expect.arrayContaining(['met', 'declined'])]);
    expect(JSON.stringify(tab.conditionalFormats)).toContain(`$${columnLetter('followUpDue')}2 < TODAY()`);
  });

  it('keeps one row per thread: logging again updates the row', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    log.upsert('t-2', put(record({ threadId: 't-2' })));
    log.upsert('t-1', (existing) => ({ ...(existing as IntroRecord), outcome: 'met' }));
    const ids = sheets.Spreadsheets.Values.get(spreadsheetId(), "'Log'!R2:R").values;
    expect(ids).toEqual([['t-1'], ['t-2']]);
    expect(log.find('t-1')?.outcome).toBe('met');
  });

  it('reads a row back exactly as written', () => {
    const { log } = setup();
    const written = record({ consent: 'asked', consentAskedOn: day('2026-11-04'), outcomeNote: 'a note' });
    log.upsert('t-1', put(written));
    expect(log.find('t-1')).toEqual(written);
  });

  it('reads the row again under the lock, so a row written while waiting is updated, not duplicated', () => {
    const { sheets, lock, log, spreadsheetId } = setup();
    log.upsert('t-0', put(record({ threadId: 't-0' })));
    lock.heldElsewhere = true;
    lock.whileWaiting = () => {
      // The other sidebar's execution writes the row for t-1 while this one waits for the lock.
      sheets.Spreadsheets.Values.append({ values: [[...Array(17).fill(''), 't-1']] }, spreadsheetId(), "'Log'!A:R", { valueInputOption: 'RAW' });
    };
    const seen: (IntroRecord | null)[] = [];
    log.upsert('t-1', (existing) => { seen.push(existing); return record(); });
    expect(seen[0]?.threadId).toBe('t-1');
    expect(sheets.Spreadsheets.Values.get(spreadsheetId(), "'Log'!R2:R").values).toEqual([['t-0'], ['t-1']]);
    expect(lock.held).toBe(false);
  });

  it('tells the user and writes nothing when another execution keeps the lock', () => {
    const { sheets, lock, log } = setup();
    lock.heldElsewhere = true;
    expect(() => log.upsert('t-1', put(record()))).toThrow(LogBusyError);
    expect(sheets.totalCalls()).toBe(0);
  });

  it('stores text from email as text, never as a formula', () => {
    const { sheets, log, spreadsheetId } = setup();
    for (const hostile of ['=HYPERLINK("http://evil","x")', '+SUM(1)', '-2+3', '@A1', '\t=1', '\r=1']) {
      log.upsert('t-1', put(record({ subject: hostile, introducer: { name: hostile, email: 'dana@example.org' } })));
      expect(sheets.cellAt(spreadsheetId(), "'Log'!C2")).toEqual({ value: hostile });
      expect(sheets.cellAt(spreadsheetId(), "'Log'!F2")).toEqual({ value: hostile });
      expect(log.find('t-1')?.subject).toBe(hostile.trim());
    }
  });

  it('reads hand edits back', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    sheets.typeInCell(spreadsheetId(), "'Log'!K2", 'yes');
    sheets.typeInCell(spreadsheetId(), "'Log'!O2", '2026-12-24');
    sheets.typeInCell(spreadsheetId(), "'Log'!P2", 'Hired');
    sheets.typeInCell(spreadsheetId(), "'Log'!Q2", '=1+1');
    expect(log.find('t-1')).toMatchObject({ consent: 'yes', followUpDue: new Date(Date.UTC(2026, 11, 24)), outcome: 'hired', outcomeNote: '#NAME?' });
  });

  it('lists due rows soonest first, reading at most two ranges', () => {
    const { sheets, log } = setup();
    log.upsert('late', put(record({ threadId: 'late', followUpDue: day('2026-11-10') })));
    log.upsert('later', put(record({ threadId: 'later', followUpDue: day('2026-11-30') })));
    log.upsert('early', put(record({ threadId: 'early', followUpDue: day('2026-11-05') })));
    log.upsert('none', put(record({ threadId: 'none', followUpDue: null })));
    sheets.resetCalls();
    expect(log.listDue(day('2026-11-20'), 20).map((r) => r.threadId)).toEqual(['early', 'late']);
    expect(log.listDue(day('2026-11-20'), 1).map((r) => r.threadId)).toEqual(['early']);
    expect(sheets.totalCalls()).toBe(4);
  });

  it('finds earlier consent asks to the same person for the same requester', () => {
    const { log } = setup();
    log.upsert('t-1', put(record({ kind: 'intro-request', consent: 'asked', consentAskedOn: day('2026-11-02') })));
    log.upsert('t-2', put(record({ threadId: 't-2', kind: 'intro-request' })));
    expect(log.findConsentAsks({ name: '', email: 'TOMAS@example.net' }, DANA).map((r) => r.threadId)).toEqual(['t-1']);
    expect(log.findConsentAsks(TOMAS, { name: 'Lee', email: 'lee@example.com' })).toEqual([]);
  });

  it('retries passing service errors with growing pauses', () => {
    const { sheets, sleeps, log } = setup();
    log.upsert('t-1', put(record()));
    sheets.failNext(429, 500, 503);
    expect(log.find('t-1')?.threadId).toBe('t-1');
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });

  it('gives up after the retries without touching what was logged', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record({ outcome: 'met' })));
    sheets.failNext(500, 500, 500, 500);
    expect(() => log.upsert('t-1', put(record({ outcome: 'no fit' })))).toThrow(/Nothing in your log was changed/);
    expect(sheets.Spreadsheets.Values.get(spreadsheetId(), "'Log'!P2").values).toEqual([['met']]);
  });

  it('follows a renamed tab by its id and remembers the new name', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    sheets.renameTab(spreadsheetId(), 'Log', 'My intros');
    expect(log.find('t-1')?.threadId).toBe('t-1');
    sheets.resetCalls();
    log.find('t-1');
    expect(sheets.calls.get('spreadsheets.get')).toBeUndefined();
  });

  it.each([
    ['deleted', 'missing', (s: FakeSheetsService, id: string) => s.deleteForever(id)],
    ['unshared', 'no-access', (s: FakeSheetsService, id: string) => s.revokeAccess(id)],
    ['missing its tab', 'tab-missing', (s: FakeSheetsService, id: string) => s.deleteTab(id, 'Log')],
  ])('reports a %s log as unavailable (%s) for the recovery card', (_label, problem, breakIt) => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    breakIt(sheets, spreadsheetId());
    expect(() => log.find('t-1')).toThrow(expect.objectContaining({ problem, name: 'LogUnavailableError' }));
    expect(() => log.upsert('t-1', put(record()))).toThrow(LogUnavailableError);
  });

  it('keeps working on a trashed log, as the Sheets API does until the trash is emptied', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    sheets.trash(spreadsheetId());
    expect(log.find('t-1')?.threadId).toBe('t-1');
  });

  it('re-creates a log after the old one is gone', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    const old = spreadsheetId();
    sheets.deleteForever(old);
    log.createLog();
    expect(spreadsheetId()).not.toBe(old);
    log.upsert('t-1', put(record()));
    expect(log.find('t-1')?.threadId).toBe('t-1');
  });

  it('accepts an earlier Intro Guard log by URL and refuses what drive.file cannot open, explaining why', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-1', put(record()));
    const first = spreadsheetId();
    log.createLog();
    expect(log.useExistingLog(`https://docs.google.com/spreadsheets/d/${first}/edit#gid=0`)).toBeNull();
    expect(spreadsheetId()).toBe(first);
    sheets.addForeignSpreadsheet('someone-elses-sheet-id', 'Budget');
    expect(log.useExistingLog('someone-elses-sheet-id')).toMatch(/only open spreadsheets it created/);
    const plain = sheets.Spreadsheets.create({ properties: { title: 'Notes' } }).spreadsheetId as string;
    expect(log.useExistingLog(plain)).toMatch(/no Intro Guard log tab/);
    expect(log.useExistingLog('not a link')).toMatch(/is not a Google Sheets link/);
    expect(spreadsheetId()).toBe(first);
  });

  it('finds a row among 10,000 with the same number of calls as among 10', () => {
    const { sheets, log, spreadsheetId } = setup();
    log.upsert('t-0', put(record({ threadId: 't-0' })));
    const rows = Array.from({ length: 9999 }, (_, i) => [...Array(17).fill(''), `bulk-${i}`]);
    sheets.Spreadsheets.Values.append({ values: rows }, spreadsheetId(), "'Log'!A:R", { valueInputOption: 'RAW' });
    log.upsert('t-last', put(record({ threadId: 't-last' })));
    sheets.resetCalls();
    expect(log.find('t-last')?.threadId).toBe('t-last');
    expect(sheets.totalCalls()).toBe(2);
    sheets.resetCalls();
    log.upsert('t-last', put(record({ threadId: 't-last', outcome: 'met' })));
    expect(sheets.totalCalls()).toBe(3);
  });
});

describe('spreadsheetIdFrom', () => {
  it('takes the id from a Sheets URL or a bare id', () => {
    expect(spreadsheetIdFrom('https://docs.google.com/spreadsheets/d/1AbC_def-123456/edit#gid=0')).toBe('1AbC_def-123456');
    expect(spreadsheetIdFrom(' 1AbC_def-123456 ')).toBe('1AbC_def-123456');
    expect(spreadsheetIdFrom('hello')).toBeNull();
  });
});
