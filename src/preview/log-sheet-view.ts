// Shows the intro log sheet as the Sheets UI would: the add-on's tab, its cells as displayed, dates in the formats it set.
import { dateOf } from '../core/log/log-row';
import type { FakePropertiesService } from '../local/fake-properties-service';
import type { FakeSheetsService } from '../local/fake-sheets-service';
import type { LogView } from './preview-api';

interface ColumnFormat {
  range: { startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number };
  format: unknown;
}

/**
 * The sheet the add-on keeps its log in, or null before it has one. The add-on records where the log is in
 * the user property `introLog.location` (src/gas/sheet-intro-log.ts), as the user's own Drive would show it.
 */
export function logSheetView(properties: FakePropertiesService, sheets: FakeSheetsService): LogView | null {
  try {
    const location = JSON.parse(properties.snapshot('user')['introLog.location'] ?? 'null') as { spreadsheetId: string; tabTitle: string } | null;
    if (!location?.spreadsheetId) return null;
    const spreadsheet = sheets.Spreadsheets.get(location.spreadsheetId);
    const tab = sheets.tab(location.spreadsheetId, location.tabTitle);
    const lastColumn = columnName(tab.properties.gridProperties.columnCount);
    const grid = sheets.Spreadsheets.Values.get(location.spreadsheetId, `'${location.tabTitle.replace(/'/g, "''")}'!A:${lastColumn}`);
    return { title: `${spreadsheet.properties.title} › ${location.tabTitle}`, rows: displayed(grid.values ?? [], tab.formats) };
  } catch {
    // A log the user deleted or lost access to shows as none; the add-on's own recovery card explains it.
    return null;
  }
}

/** Cell values as the Sheets UI displays them: a number in a date-formatted range shows as that date. */
export function displayed(rows: readonly (readonly unknown[])[], formats: readonly ColumnFormat[]): string[][] {
  return rows.map((row, r) =>
    row.map((value, c) => {
      const pattern = datePatternAt(formats, r, c);
      const date = typeof value !== 'boolean' && value !== '' && Number.isFinite(Number(value)) ? dateOf(Number(value)) : null;
      return pattern && date ? formatDate(date, pattern) : String(value);
    }),
  );
}

function datePatternAt(formats: readonly ColumnFormat[], row: number, column: number): string | null {
  let pattern: string | null = null;
  for (const { range, format } of formats) {
    const inside = (start = 0, end = Infinity, at: number) => at >= start && at < end;
    if (!inside(range.startRowIndex, range.endRowIndex, row) || !inside(range.startColumnIndex, range.endColumnIndex, column)) continue;
    const numberFormat = (format as { numberFormat?: { type?: string; pattern?: string } } | undefined)?.numberFormat;
    // Later formats override earlier ones, as repeated repeatCell requests do.
    if (numberFormat) pattern = /DATE/.test(numberFormat.type ?? '') ? numberFormat.pattern || 'yyyy-mm-dd' : null;
  }
  return pattern;
}

// The date tokens of Sheets number formats the log uses; "mm" after an hour is minutes, as in Sheets.
function formatDate(date: Date, pattern: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  let afterHour = false;
  return pattern.replace(/yyyy|mm|dd|hh|ss/g, (token) => {
    const wasAfterHour = afterHour;
    afterHour = token === 'hh';
    if (token === 'yyyy') return String(date.getUTCFullYear());
    if (token === 'dd') return two(date.getUTCDate());
    if (token === 'hh') return two(date.getUTCHours());
    if (token === 'ss') return two(date.getUTCSeconds());
    return wasAfterHour ? two(date.getUTCMinutes()) : two(date.getUTCMonth() + 1);
  });
}

function columnName(count: number): string {
  let name = '';
  for (let n = count; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name || 'A';
}
