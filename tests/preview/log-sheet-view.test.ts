// Tests for showing the log sheet as the Sheets UI displays it.
import { displayed } from '../../src/preview/log-sheet-view';

const dateColumns = [
  { range: { startRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, format: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd hh:mm' } } },
  { range: { startRowIndex: 1, startColumnIndex: 2, endColumnIndex: 3 }, format: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } } },
  { range: { startRowIndex: 0, endRowIndex: 1 }, format: { textFormat: { bold: true } } },
];

describe('displayed', () => {
  it('shows serial numbers in date-formatted columns as dates in their pattern, in UTC', () => {
    // 46352.25 is 2026-11-26 06:00 UTC.
    expect(displayed([['logged at', 'subject', 'due'], ['46352.25', 'Hello', '46353']], dateColumns)).toEqual([
      ['logged at', 'subject', 'due'],
      ['2026-11-26 06:00', 'Hello', '2026-11-27'],
    ]);
  });

  it('leaves text, empty cells and numbers outside date columns as they are', () => {
    expect(displayed([['h', 'h', 'h'], ['not a date', '46352', '']], dateColumns)).toEqual([['h', 'h', 'h'], ['not a date', '46352', '']]);
  });
});
