// The port for what each user keeps between sessions: their template versions, sign-off name and kind corrections.
import { InputError } from '../input-error';
import type { TemplateText } from '../templates/template';
import type { IntroKind } from '../triage/verdict';

export interface UserSettings {
  /** The user's own versions of templates, by template id. */
  templates: Record<string, TemplateText>;
  /** How drafts sign off; '' means "take the name from the thread". */
  signOff: string;
  /** Kinds the user set by hand, by thread id; they win over the triage. */
  kindCorrections: Record<string, IntroKind>;
}

/** Per-user storage; `load` reads everything in one call so a card costs one read. */
export interface SettingsStore {
  load(): UserSettings;
  saveTemplate(id: string, text: TemplateText): void;
  resetTemplate(id: string): void;
  saveSignOff(name: string): void;
  saveKindCorrection(threadId: string, kind: IntroKind): void;
}

/** Apps Script's documented limit for one property value. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;

/** A setting too big for one property value, with a message that says by how much. */
export class SettingTooLargeError extends InputError {}

/** UTF-8 length without TextEncoder, which Apps Script lacks. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Throws a clear error when `value` would not fit in one property; `what` names it for the user. */
export function checkPropertySize(what: string, value: string): string {
  const bytes = utf8Length(value);
  if (bytes > PROPERTY_VALUE_LIMIT_BYTES) {
    const kb = (n: number) => (n / 1024).toFixed(1);
    throw new SettingTooLargeError(
      `${what} is too long to save: ${kb(bytes)} KB, and Google allows ${kb(PROPERTY_VALUE_LIMIT_BYTES)} KB. Shorten it by about ${kb(bytes - PROPERTY_VALUE_LIMIT_BYTES)} KB.`,
    );
  }
  return value;
}
