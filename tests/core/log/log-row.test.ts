import { LOG_COLUMNS, LOG_HEADERS, columnLetter } from '../../../src/core/log/log-columns';
import { recordToRow, rowToRecord, toSerial } from '../../../src/core/log/log-row';
import { DANA, TOMAS, day, record } from './log-fixtures';

describe('recordToRow and rowToRecord', () => {
  it('round-trips a record through a row', () => {
    const original = record({ consent: 'asked', consentAskedOn: day('2026-11-04'), outcome: 'met', outcomeNote: 'coffee' });
    expect(rowToRecord(recordToRow(original, 'RAW'))).toEqual(original);
  });

  it('keeps several parties apart even when a name holds a comma', () => {
    const parties = [{ name: 'Ruiz, Tomás', email: 'tomas@example.net' }, { name: 'Ana', email: 'ana@example.com' }];
    expect(rowToRecord(recordToRow(record({ kind: 'my-intro', otherParties: parties }), 'RAW'))?.otherParties).toEqual(parties);
  });

  it('writes dates as sheet serial numbers', () => {
    const row = recordToRow(record(), 'RAW');
    expect(row[LOG_COLUMNS.findIndex((c) => c.key === 'introSentOn')]).toBe(toSerial(day('2026-11-02')));
    expect(toSerial(new Date(Date.UTC(1899, 11, 31)))).toBe(1);
  });

  it('has one cell per header and the thread id in the last column', () => {
    expect(recordToRow(record(), 'RAW')).toHaveLength(LOG_HEADERS.length);
    expect(columnLetter('threadId')).toBe('R');
  });

  it('stores email text as is in RAW mode and neutralises it in USER_ENTERED mode', () => {
    const hostile = record({ subject: '=IMPORTXML("http://x","//a")', introducer: { name: '+1 Dana', email: DANA.email } });
    const subjectAt = LOG_COLUMNS.findIndex((c) => c.key === 'subject');
    const nameAt = LOG_COLUMNS.findIndex((c) => c.key === 'introducerName');
    expect(recordToRow(hostile, 'RAW')[subjectAt]).toBe('=IMPORTXML("http://x","//a")');
    expect(recordToRow(hostile, 'USER_ENTERED')[subjectAt]).toBe('\'=IMPORTXML("http://x","//a")');
    expect(recordToRow(hostile, 'USER_ENTERED')[nameAt]).toBe("'+1 Dana");
  });

  it('reads hand edits leniently: typed dates, odd case, unknown values fall back', () => {
    const row: unknown[] = recordToRow(record(), 'RAW');
    const set = (key: string, value: unknown): void => { row[LOG_COLUMNS.findIndex((c) => c.key === key)] = value; };
    set('consent', '  YES ');
    set('followUpDue', '2026-12-01');
    set('outcome', 'Working  Together');
    set('kind', 'something else');
    set('flags', 'brain-pick, nonsense');
    set('consentAskedOn', 'last tuesday');
    set('otherPartyEmail', 'TOMAS@Example.net');
    const read = rowToRecord(row);
    expect(read).toMatchObject({
      consent: 'yes', followUpDue: new Date(Date.UTC(2026, 11, 1)), outcome: 'working together', kind: 'other',
      flags: ['brain-pick'], consentAskedOn: null, otherParties: [TOMAS],
    });
  });

  it('returns null for a row without a thread id, such as a note typed under the log', () => {
    expect(rowToRecord(['a note'])).toBeNull();
    expect(rowToRecord([])).toBeNull();
  });
});
