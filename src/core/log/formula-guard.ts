// Keeps text from an email from turning into a spreadsheet formula when a cell is written in a parsed mode.

// OWASP's list: these first characters make Sheets (and CSV readers) treat a cell as a formula.
const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;

/**
 * Text safe to write with valueInputOption USER_ENTERED: a leading apostrophe makes Sheets store
 * the rest as literal text (the apostrophe itself is not shown). RAW writes need no guard.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
