import { FakeSheetsService } from '../../src/local/fake-sheets-service';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function newSheet(sheets = new FakeSheetsService()) {
  const created = sheets.Spreadsheets.create({ properties: { title: 'Log book' }, sheets: [{ properties: { title: 'Log' } }] });
  return { sheets, id: created.spreadsheetId };
}

describe('FakeSheetsService', () => {
  it('turns a leading = into a formula with USER_ENTERED and keeps it as text with RAW', () => {
    const { sheets, id } = newSheet();
    sheets.Spreadsheets.Values.update({ values: [['=1+2', '=1+2', "'=1+2"]] }, id, 'Log!A1:C1', { valueInputOption: 'USER_ENTERED' });
    sheets.Spreadsheets.Values.update({ values: [['=1+2']] }, id, 'Log!B1', { valueInputOption: 'RAW' });
    expect(sheets.cellAt(id, 'Log!A1')).toEqual({ value: '', formula: '=1+2' });
    expect(sheets.cellAt(id, 'Log!B1')).toEqual({ value: '=1+2' });
    expect(sheets.cellAt(id, 'Log!C1')).toEqual({ value: '=1+2' });
  });

  it('parses numbers, booleans and dates typed by hand, and reads dates back as serial numbers', () => {
    const { sheets, id } = newSheet();
    sheets.typeInCell(id, 'Log!A1', '2026-11-20');
    sheets.typeInCell(id, 'Log!B1', '+12');
    sheets.typeInCell(id, 'Log!C1', 'true');
    sheets.typeInCell(id, 'Log!D1', '@home');
    const read = sheets.Spreadsheets.Values.get(id, 'Log!A1:D1', { valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(read.values).toEqual([[46346, 12, true, '@home']]);
  });

  it('requires a valueInputOption on writes, as the API does', () => {
    const { sheets, id } = newSheet();
    expect(() => sheets.Spreadsheets.Values.update({ values: [['x']] }, id, 'Log!A1')).toThrow(/'valueInputOption' is required/);
  });

  it('omits trailing empty rows and cells, and leaves out values for an empty range', () => {
    const { sheets, id } = newSheet();
    sheets.Spreadsheets.Values.update({ values: [['a', 'b'], ['', ''], ['c']] }, id, 'Log!A1:B3', { valueInputOption: 'RAW' });
    expect(sheets.Spreadsheets.Values.get(id, 'Log!A1:C')).toMatchObject({ values: [['a', 'b'], [], ['c']] });
    expect(sheets.Spreadsheets.Values.get(id, 'Log!F1:F').values).toBeUndefined();
  });

  it('appends under the last row with content and grows the grid', () => {
    const { sheets, id } = newSheet();
    sheets.Spreadsheets.Values.update({ values: [['h1', 'h2']] }, id, 'Log!A1:B1', { valueInputOption: 'RAW' });
    for (let i = 0; i < 1000; i++) sheets.Spreadsheets.Values.append({ values: [[`r${i}`]] }, id, 'Log!A:B', { valueInputOption: 'RAW' });
    expect(sheets.Spreadsheets.Values.get(id, 'Log!A1001').values).toEqual([['r999']]);
    expect(sheets.tab(id, 'Log').properties.gridProperties.rowCount).toBe(1001);
  });

  it('rejects a range naming a tab that does not exist, with the API message', () => {
    const { sheets, id } = newSheet();
    sheets.renameTab(id, 'Log', 'Intros');
    expect(() => sheets.Spreadsheets.Values.get(id, "'Log'!A1")).toThrow("API call to sheets.spreadsheets.values.get failed with error: Unable to parse range: 'Log'!A1");
  });

  it('answers 404 for a deleted spreadsheet, 403 after access is lost or for one it never created, and keeps a trashed one readable', () => {
    const { sheets, id } = newSheet();
    const other = newSheet(sheets).id;
    sheets.trash(id);
    expect(() => sheets.Spreadsheets.get(id)).not.toThrow();
    sheets.deleteForever(id);
    expect(() => sheets.Spreadsheets.get(id)).toThrow(/Requested entity was not found/);
    sheets.revokeAccess(other);
    expect(() => sheets.Spreadsheets.get(other)).toThrow(/The caller does not have permission/);
    sheets.addForeignSpreadsheet('someone-elses-sheet-id', 'Budget');
    expect(() => sheets.Spreadsheets.get('someone-elses-sheet-id')).toThrow(expect.objectContaining({ details: expect.objectContaining({ code: 403 }) }));
  });

  it('fails the next calls with transient errors when told to, and counts every call', () => {
    const { sheets, id } = newSheet();
    sheets.resetCalls();
    sheets.failNext(429, 503);
    expect(() => sheets.Spreadsheets.get(id)).toThrow(/Quota exceeded/);
    expect(() => sheets.Spreadsheets.get(id)).toThrow(/currently unavailable/);
    expect(() => sheets.Spreadsheets.get(id)).not.toThrow();
    expect(sheets.calls.get('spreadsheets.get')).toBe(3);
    expect(sheets.totalCalls()).toBe(3);
  });

  it('applies a batchUpdate atomically and rejects requests it does not know', () => {
    const { sheets, id } = newSheet();
    const validation = { setDataValidation: { range: { sheetId: 0, startRowIndex: 1, startColumnIndex: 2, endColumnIndex: 3 }, rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'yes' }] } } } };
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [validation, { frobnicate: {} }] }, id)).toThrow(/Unknown name "frobnicate"/);
    expect(sheets.tab(id, 'Log').dataValidations).toEqual([]);
    sheets.Spreadsheets.batchUpdate({ requests: [validation, { updateSheetProperties: { properties: { sheetId: 0, gridProperties: { frozenRowCount: 1 } }, fields: 'gridProperties.frozenRowCount' } }] }, id);
    expect(sheets.tab(id, 'Log')).toMatchObject({ dataValidations: [validation.setDataValidation], properties: { gridProperties: { frozenRowCount: 1 } } });
  });

  it('keeps its spreadsheets in a file across a restart when given one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fake-sheets-')), 'sheets.json');
    const { id } = newSheet(new FakeSheetsService(file));
    new FakeSheetsService(file).typeInCell(id, 'Log!A1', 'kept');
    expect(new FakeSheetsService(file).Spreadsheets.Values.get(id, 'Log!A1').values).toEqual([['kept']]);
  });
});
