// A1 notation as the Sheets API reads it: 'Tab name'!A2:R, Log!R2:R, Log!A5:R5, Log!A1.

export interface A1Range {
  sheetTitle: string;
  /** Zero-based, inclusive. */
  startRow: number;
  startColumn: number;
  /** Zero-based, exclusive; null when the range runs to the end of the sheet. */
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^([A-Z]*)(\d*)$/;

/** Column letters to a zero-based index: A is 0, Z is 25, AA is 26. */
export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A zero-based column index to its letters. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Parses a range with a sheet name; returns null for anything the real API would call unparseable. */
export function parseA1(range: string): A1Range | null {
  const bang = range.lastIndexOf('!');
  if (bang <= 0) return null;
  let title = range.slice(0, bang);
  if (title.startsWith("'")) {
    if (!title.endsWith("'") || title.length < 2) return null;
    title = title.slice(1, -1).replace(/''/g, "'");
  }
  const [from, to = from] = range.slice(bang + 1).toUpperCase().split(':');
  const start = CELL.exec(from);
  const end = CELL.exec(to);
  if (!start || !end || (!start[1] && !start[2])) return null;
  const rowOf = (digits: string): number | null => (digits ? Number(digits) : null);
  const startRow = rowOf(start[2]) ?? 1;
  const endRow = rowOf(end[2]);
  if (startRow < 1 || (endRow !== null && endRow < startRow)) return null;
  return {
    sheetTitle: title,
    startRow: startRow - 1,
    startColumn: start[1] ? columnNumber(start[1]) : 0,
    endRow,
    endColumn: end[1] ? columnNumber(end[1]) + 1 : null,
  };
}

/** The range written back as the API echoes it, e.g. 'Log'!A2:R2. */
export function formatA1(sheetTitle: string, startRow: number, startColumn: number, rows: number, columns: number): string {
  const quoted = `'${sheetTitle.replace(/'/g, "''")}'`;
  const first = `${columnLetters(startColumn)}${startRow + 1}`;
  const last = `${columnLetters(startColumn + Math.max(columns, 1) - 1)}${startRow + Math.max(rows, 1)}`;
  return `${quoted}!${first}:${last}`;
}
