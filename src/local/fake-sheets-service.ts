// A local stand-in for the Advanced Sheets service (Sheets v4) that holds a real grid per tab, parses input like Sheets, and counts calls.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatA1, parseA1, type A1Range } from './a1-range';

type Value = string | number | boolean;

interface StoredCell {
  value: Value;
  /** Set when the cell holds a formula; the fake keeps it but does not compute it. */
  formula?: string;
}

interface FakeTab {
  properties: { sheetId: number; title: string; index: number; gridProperties: { rowCount: number; columnCount: number; frozenRowCount?: number } };
  rows: (StoredCell | null)[][];
  dataValidations: { range: GridRange; rule: unknown }[];
  conditionalFormats: { ranges: GridRange[]; booleanRule?: unknown }[];
  formats: { range: GridRange; format: unknown }[];
}

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

interface FakeSpreadsheet {
  spreadsheetId: string;
  properties: { title: string; timeZone: string };
  sheets: FakeTab[];
  /** Created by someone else: a drive.file token was never granted it. */
  foreign: boolean;
  trashed: boolean;
  deleted: boolean;
  revoked: boolean;
  nextSheetId: number;
}

interface ValueRange {
  range?: string;
  majorDimension?: string;
  values?: unknown[][];
}

export type TransientStatus = 429 | 500 | 503;

const TRANSIENT_TEXT: Record<TransientStatus, string> = {
  429: "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.",
  500: 'Internal error encountered.',
  503: 'The service is currently unavailable.',
};

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

/** The error shape the Advanced service throws: a message naming the API method, and the HTTP status in `details`. */
export class FakeGoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };
  constructor(method: string, code: number, message: string) {
    super(`API call to sheets.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/**
 * Behaves like `Sheets` in Apps Script for the calls Intro Guard makes. USER_ENTERED parses input as
 * if typed (a leading = makes a formula, numbers, booleans and ISO dates are converted, a leading
 * apostrophe forces text); RAW stores values as given. Spreadsheets can be deleted, trashed,
 * unshared, made to fail for a while, and edited by hand. With `file`, the whole state survives a restart.
 */
export class FakeSheetsService {
  readonly calls = new Map<string, number>();
  private readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private pendingFailures: TransientStatus[] = [];
  private created = 0;

  readonly Spreadsheets = {
    create: (resource: { properties?: { title?: string; timeZone?: string }; sheets?: { properties?: Partial<FakeTab['properties']> }[] }) =>
      this.call('spreadsheets.create', () => this.create(resource)),
    get: (spreadsheetId: string, _optionalArgs?: object) =>
      this.call('spreadsheets.get', () => this.describe(this.open('spreadsheets.get', spreadsheetId))),
    batchUpdate: (resource: { requests?: Record<string, unknown>[] }, spreadsheetId: string) =>
      this.call('spreadsheets.batchUpdate', () => this.batchUpdate(resource, spreadsheetId), true),
    Values: {
      get: (spreadsheetId: string, range: string, optionalArgs: { valueRenderOption?: string } = {}) =>
        this.call('spreadsheets.values.get', () => this.read('spreadsheets.values.get', spreadsheetId, range, optionalArgs.valueRenderOption)),
      batchGet: (spreadsheetId: string, optionalArgs: { ranges?: string[]; valueRenderOption?: string } = {}) =>
        this.call('spreadsheets.values.batchGet', () => ({
          spreadsheetId,
          valueRanges: (optionalArgs.ranges ?? []).map((range) =>
            this.read('spreadsheets.values.batchGet', spreadsheetId, range, optionalArgs.valueRenderOption)),
        })),
      update: (resource: ValueRange, spreadsheetId: string, range: string, optionalArgs: { valueInputOption?: string } = {}) =>
        this.call('spreadsheets.values.update', () => this.write('spreadsheets.values.update', spreadsheetId, range, resource, optionalArgs.valueInputOption), true),
      batchUpdate: (resource: { valueInputOption?: string; data?: ValueRange[] }, spreadsheetId: string) =>
        this.call('spreadsheets.values.batchUpdate', () => ({
          spreadsheetId,
          responses: (resource.data ?? []).map((data) =>
            this.write('spreadsheets.values.batchUpdate', spreadsheetId, data.range ?? '', data, resource.valueInputOption)),
        }), true),
      append: (resource: ValueRange, spreadsheetId: string, range: string, optionalArgs: { valueInputOption?: string; insertDataOption?: string } = {}) =>
        this.call('spreadsheets.values.append', () => this.append(spreadsheetId, range, resource, optionalArgs.valueInputOption), true),
    },
  };

  constructor(private readonly file?: string) {
    if (file && existsSync(file)) {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { created: number; spreadsheets: FakeSpreadsheet[] };
      this.created = saved.created;
      for (const spreadsheet of saved.spreadsheets) this.spreadsheets.set(spreadsheet.spreadsheetId, spreadsheet);
    }
  }

  /** Every service call made so far. */
  totalCalls(): number {
    return [...this.calls.values()].reduce((sum, n) => sum + n, 0);
  }

  resetCalls(): void {
    this.calls.clear();
  }

  /** The next calls fail with these statuses, one per call, as a busy or failing service would. */
  failNext(...statuses: TransientStatus[]): void {
    this.pendingFailures.push(...statuses);
  }

  /** The spreadsheet is moved to the trash; like the real API, it stays readable until the trash is emptied. */
  trash(spreadsheetId: string): void {
    this.mutate(spreadsheetId, (s) => { s.trashed = true; });
  }

  /** Deleted for good (or its trash emptied): every call answers 404. */
  deleteForever(spreadsheetId: string): void {
    this.mutate(spreadsheetId, (s) => { s.deleted = true; });
  }

  /** The user lost access (unshared, or the owner removed it): every call answers 403. */
  revokeAccess(spreadsheetId: string): void {
    this.mutate(spreadsheetId, (s) => { s.revoked = true; });
  }

  /** A spreadsheet someone else made, which a drive.file token cannot open. */
  addForeignSpreadsheet(spreadsheetId: string, title: string): void {
    this.spreadsheets.set(spreadsheetId, {
      spreadsheetId, properties: { title, timeZone: 'Etc/UTC' }, sheets: [], foreign: true,
      trashed: false, deleted: false, revoked: false, nextSheetId: 1,
    });
    this.save();
  }

  /** What a person does in the Sheets UI: typing into a cell is parsed like USER_ENTERED. */
  typeInCell(spreadsheetId: string, a1: string, text: string): void {
    const range = this.range('hand edit', this.mustGet(spreadsheetId), a1);
    this.setCell(range.tab, range.parsed.startRow, range.parsed.startColumn, parseUserEntered(text));
    this.save();
  }

  /** Renaming a tab in the Sheets UI. */
  renameTab(spreadsheetId: string, from: string, to: string): void {
    this.mutate(spreadsheetId, (s) => { this.tabByTitle('hand edit', s, from).properties.title = to; });
  }

  /** Deleting a tab in the Sheets UI. */
  deleteTab(spreadsheetId: string, title: string): void {
    this.mutate(spreadsheetId, (s) => { s.sheets = s.sheets.filter((tab) => tab.properties.title !== title); });
  }

  /** The stored cell, for tests that check whether text became a formula. */
  cellAt(spreadsheetId: string, a1: string): StoredCell | null {
    const range = this.range('inspect', this.mustGet(spreadsheetId), a1);
    return range.tab.rows[range.parsed.startRow]?.[range.parsed.startColumn] ?? null;
  }

  /** A tab's properties, validation rules and conditional formats, for tests of the sheet's set-up. */
  tab(spreadsheetId: string, title: string): Omit<FakeTab, 'rows'> & { rowCount: number } {
    const tab = this.tabByTitle('inspect', this.mustGet(spreadsheetId), title);
    const { rows, ...rest } = tab;
    return { ...rest, rowCount: rows.length };
  }

  isTrashed(spreadsheetId: string): boolean {
    return this.mustGet(spreadsheetId).trashed;
  }

  private call<T>(method: string, run: () => T, mutates = false): T {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    const failure = this.pendingFailures.shift();
    if (failure) throw new FakeGoogleJsonResponseException(method, failure, TRANSIENT_TEXT[failure]);
    const result = run();
    if (mutates) this.save();
    return structuredClone(result);
  }

  private create(resource: { properties?: { title?: string; timeZone?: string }; sheets?: { properties?: Partial<FakeTab['properties']> }[] }) {
    this.created++;
    const spreadsheetId = `fake-sheet-${this.created}-${Math.random().toString(36).slice(2, 10)}`;
    const spreadsheet: FakeSpreadsheet = {
      spreadsheetId,
      properties: { title: resource.properties?.title ?? 'Untitled spreadsheet', timeZone: resource.properties?.timeZone ?? 'Etc/UTC' },
      sheets: [], foreign: false, trashed: false, deleted: false, revoked: false, nextSheetId: 0,
    };
    const wanted = resource.sheets?.length ? resource.sheets : [{ properties: { title: 'Sheet1' } }];
    for (const sheet of wanted) this.addTab(spreadsheet, sheet.properties ?? {});
    this.spreadsheets.set(spreadsheetId, spreadsheet);
    this.save();
    return this.describe(spreadsheet);
  }

  private describe(spreadsheet: FakeSpreadsheet) {
    return {
      spreadsheetId: spreadsheet.spreadsheetId,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.spreadsheetId}/edit`,
      properties: spreadsheet.properties,
      sheets: spreadsheet.sheets.map((tab) => ({ properties: tab.properties })),
    };
  }

  private addTab(spreadsheet: FakeSpreadsheet, properties: Partial<FakeTab['properties']>): FakeTab {
    const title = properties.title ?? `Sheet${spreadsheet.sheets.length + 1}`;
    if (spreadsheet.sheets.some((tab) => tab.properties.title === title)) {
      throw new FakeGoogleJsonResponseException('spreadsheets.batchUpdate', 400,
        `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    const sheetId = properties.sheetId ?? spreadsheet.nextSheetId;
    spreadsheet.nextSheetId = Math.max(spreadsheet.nextSheetId, sheetId) + 1;
    const tab: FakeTab = {
      properties: {
        sheetId, title, index: spreadsheet.sheets.length,
        gridProperties: { rowCount: DEFAULT_ROWS, columnCount: DEFAULT_COLUMNS, ...properties.gridProperties },
      },
      rows: [], dataValidations: [], conditionalFormats: [], formats: [],
    };
    spreadsheet.sheets.push(tab);
    return tab;
  }

  private batchUpdate(resource: { requests?: Record<string, unknown>[] }, spreadsheetId: string) {
    const method = 'spreadsheets.batchUpdate';
    const original = this.open(method, spreadsheetId);
    // The real batchUpdate is atomic: work on a copy and keep it only if every request succeeds.
    const draft = structuredClone(original);
    const replies = (resource.requests ?? []).map((request, i) => this.applyRequest(draft, request, i));
    this.spreadsheets.set(spreadsheetId, draft);
    return { spreadsheetId, replies };
  }

  private applyRequest(spreadsheet: FakeSpreadsheet, request: Record<string, unknown>, i: number): object {
    const method = 'spreadsheets.batchUpdate';
    const [kind, body] = Object.entries(request)[0] ?? [];
    const tabById = (range: GridRange | undefined): FakeTab => {
      const tab = spreadsheet.sheets.find((t) => t.properties.sheetId === (range?.sheetId ?? 0));
      if (!tab) throw new FakeGoogleJsonResponseException(method, 400, `Invalid requests[${i}].${kind}: No grid with id: ${range?.sheetId}`);
      return tab;
    };
    const b = body as Record<string, never>;
    switch (kind) {
      case 'addSheet':
        return { addSheet: { properties: this.addTab(spreadsheet, (b.properties ?? {}) as Partial<FakeTab['properties']>).properties } };
      case 'updateSheetProperties': {
        const properties = b.properties as Partial<FakeTab['properties']> & { sheetId?: number };
        const tab = tabById({ sheetId: properties.sheetId });
        const fields = String(b.fields ?? '').split(',').map((f) => f.trim());
        if (fields.includes('title') && properties.title) tab.properties.title = properties.title;
        if (fields.includes('gridProperties.frozenRowCount')) tab.properties.gridProperties.frozenRowCount = properties.gridProperties?.frozenRowCount;
        return {};
      }
      case 'setDataValidation':
        tabById(b.range).dataValidations.push({ range: b.range, rule: b.rule });
        return {};
      case 'addConditionalFormatRule': {
        const rule = b.rule as { ranges: GridRange[]; booleanRule?: unknown };
        tabById(rule.ranges?.[0]).conditionalFormats.splice(Number(b.index ?? 0), 0, rule);
        return {};
      }
      case 'repeatCell':
        tabById(b.range).formats.push({ range: b.range, format: (b.cell as { userEnteredFormat?: unknown })?.userEnteredFormat });
        return {};
      case 'deleteSheet':
        tabById({ sheetId: b.sheetId });
        spreadsheet.sheets = spreadsheet.sheets.filter((t) => t.properties.sheetId !== b.sheetId);
        return {};
      default:
        throw new FakeGoogleJsonResponseException(method, 400, `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`);
    }
  }

  private read(method: string, spreadsheetId: string, a1: string, render = 'FORMATTED_VALUE'): ValueRange {
    const { tab, parsed } = this.range(method, this.open(method, spreadsheetId), a1);
    const lastRow = Math.min(parsed.endRow ?? tab.rows.length, tab.rows.length);
    const values: Value[][] = [];
    for (let r = parsed.startRow; r < lastRow; r++) {
      const row = tab.rows[r] ?? [];
      const end = Math.min(parsed.endColumn ?? row.length, row.length);
      const out: Value[] = [];
      for (let c = parsed.startColumn; c < end; c++) out.push(render_(row[c] ?? null, render));
      while (out.length && out[out.length - 1] === '') out.pop();
      values.push(out);
    }
    while (values.length && values[values.length - 1].length === 0) values.pop();
    const range = formatA1(tab.properties.title, parsed.startRow, parsed.startColumn,
      (parsed.endRow ?? tab.properties.gridProperties.rowCount) - parsed.startRow,
      (parsed.endColumn ?? tab.properties.gridProperties.columnCount) - parsed.startColumn);
    return values.length ? { range, majorDimension: 'ROWS', values } : { range, majorDimension: 'ROWS' };
  }

  private write(method: string, spreadsheetId: string, a1: string, resource: ValueRange, inputOption: string | undefined) {
    const input = requireInputOption(method, inputOption);
    const { tab, parsed } = this.range(method, this.open(method, spreadsheetId), a1);
    const values = resource.values ?? [];
    const rows = values.length;
    const columns = Math.max(0, ...values.map((row) => row.length));
    if ((parsed.endRow !== null && parsed.startRow + rows > parsed.endRow)
      || (parsed.endColumn !== null && parsed.startColumn + columns > parsed.endColumn)) {
      throw new FakeGoogleJsonResponseException(method, 400, `Requested writing within range [${a1}], but tried writing ${rows} rows and ${columns} columns.`);
    }
    if (parsed.startRow + rows > tab.properties.gridProperties.rowCount) {
      throw new FakeGoogleJsonResponseException(method, 400,
        `Range ('${tab.properties.title}'!${a1.split('!')[1]}) exceeds grid limits. Max rows: ${tab.properties.gridProperties.rowCount}, max columns: ${tab.properties.gridProperties.columnCount}`);
    }
    this.putValues(tab, parsed.startRow, parsed.startColumn, values, input);
    const updatedRange = formatA1(tab.properties.title, parsed.startRow, parsed.startColumn, rows, columns);
    return { spreadsheetId, updatedRange, updatedRows: rows, updatedColumns: columns, updatedCells: rows * columns };
  }

  private append(spreadsheetId: string, a1: string, resource: ValueRange, inputOption: string | undefined) {
    const method = 'spreadsheets.values.append';
    const input = requireInputOption(method, inputOption);
    const { tab, parsed } = this.range(method, this.open(method, spreadsheetId), a1);
    // The table is the block of rows with content in the range's columns; new rows go right under it.
    const endColumn = parsed.endColumn ?? Number.MAX_SAFE_INTEGER;
    let last = -1;
    tab.rows.forEach((row, r) => {
      if (r >= parsed.startRow && row.some((cell, c) => c >= parsed.startColumn && c < endColumn && cell && cell.value !== '')) last = r;
    });
    const startRow = Math.max(last + 1, parsed.startRow);
    const values = resource.values ?? [];
    const grid = tab.properties.gridProperties;
    grid.rowCount = Math.max(grid.rowCount, startRow + values.length);
    this.putValues(tab, startRow, parsed.startColumn, values, input);
    const columns = Math.max(0, ...values.map((row) => row.length));
    const updatedRange = formatA1(tab.properties.title, startRow, parsed.startColumn, values.length, columns);
    return { spreadsheetId, updates: { spreadsheetId, updatedRange, updatedRows: values.length, updatedColumns: columns, updatedCells: values.length * columns } };
  }

  private putValues(tab: FakeTab, startRow: number, startColumn: number, values: unknown[][], input: 'RAW' | 'USER_ENTERED'): void {
    values.forEach((row, r) => row.forEach((value, c) => {
      if (value === null || value === undefined) return; // null leaves the cell as it was, like the API
      const cell = input === 'RAW' ? rawCell(value) : typeof value === 'string' ? parseUserEntered(value) : rawCell(value);
      this.setCell(tab, startRow + r, startColumn + c, cell);
    }));
  }

  private setCell(tab: FakeTab, row: number, column: number, cell: StoredCell): void {
    while (tab.rows.length <= row) tab.rows.push([]);
    const cells = tab.rows[row];
    while (cells.length <= column) cells.push(null);
    cells[column] = cell.value === '' && !cell.formula ? null : cell;
  }

  private range(method: string, spreadsheet: FakeSpreadsheet, a1: string): { tab: FakeTab; parsed: A1Range } {
    const parsed = parseA1(a1);
    const tab = parsed && spreadsheet.sheets.find((t) => t.properties.title === parsed.sheetTitle);
    if (!parsed || !tab) throw new FakeGoogleJsonResponseException(method, 400, `Unable to parse range: ${a1}`);
    return { tab, parsed };
  }

  private tabByTitle(method: string, spreadsheet: FakeSpreadsheet, title: string): FakeTab {
    const tab = spreadsheet.sheets.find((t) => t.properties.title === title);
    if (!tab) throw new FakeGoogleJsonResponseException(method, 400, `Unable to parse range: '${title}'`);
    return tab;
  }

  private open(method: string, spreadsheetId: string): FakeSpreadsheet {
    const spreadsheet = this.spreadsheets.get(spreadsheetId);
    if (!spreadsheet || spreadsheet.deleted) throw new FakeGoogleJsonResponseException(method, 404, 'Requested entity was not found.');
    if (spreadsheet.revoked || spreadsheet.foreign) throw new FakeGoogleJsonResponseException(method, 403, 'The caller does not have permission');
    return spreadsheet;
  }

  private mustGet(spreadsheetId: string): FakeSpreadsheet {
    const spreadsheet = this.spreadsheets.get(spreadsheetId);
    if (!spreadsheet) throw new Error(`no spreadsheet ${spreadsheetId} in the fake`);
    return spreadsheet;
  }

  private mutate(spreadsheetId: string, change: (spreadsheet: FakeSpreadsheet) => void): void {
    change(this.mustGet(spreadsheetId));
    this.save();
  }

  private save(): void {
    if (!this.file) return;
    writeFileSync(this.file, JSON.stringify({ created: this.created, spreadsheets: [...this.spreadsheets.values()] }));
  }
}

function requireInputOption(method: string, option: string | undefined): 'RAW' | 'USER_ENTERED' {
  if (option === 'RAW' || option === 'USER_ENTERED') return option;
  throw new FakeGoogleJsonResponseException(method, 400, option
    ? `Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), "${option}"`
    : "'valueInputOption' is required but not specified");
}

function rawCell(value: unknown): StoredCell {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return { value };
  return { value: String(value) };
}

// Days from 1899-12-30 (the Sheets epoch) to 1970-01-01.
const SERIAL_EPOCH_OFFSET = 25569;

/** Input parsed as if a person typed it into the cell. */
function parseUserEntered(text: string): StoredCell {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (date) return { value: Date.UTC(+date[1], +date[2] - 1, +date[3]) / 86_400_000 + SERIAL_EPOCH_OFFSET };
  return { value: text };
}

function render_(cell: StoredCell | null, render: string): Value {
  if (!cell) return '';
  if (cell.formula) return render === 'FORMULA' ? cell.formula : '#NAME?';
  if (render === 'FORMATTED_VALUE') return typeof cell.value === 'boolean' ? String(cell.value).toUpperCase() : String(cell.value);
  return cell.value;
}
