// Recognises the lines that open an embedded message: forward markers and From/Sent/To/Subject header blocks.
import type { QuoteLine } from './quote-lines';

export type HeaderField = 'from' | 'sent' | 'date' | 'to' | 'cc' | 'subject';

// English first; the rest are the same headers as Outlook and Gmail write them in other languages.
const FIELD_NAMES: Record<string, HeaderField> = {
  from: 'from', sent: 'sent', date: 'date', to: 'to', cc: 'cc', subject: 'subject',
  von: 'from', de: 'from', gesendet: 'sent', envoyé: 'sent', enviado: 'sent', datum: 'date',
  an: 'to', à: 'to', para: 'to', betreff: 'subject', objet: 'subject', asunto: 'subject',
};
const HEADER_LINE = /^\s*\*?([A-Za-z\u00c0-\u00ff]{2,9})\*?\s*:\*?\s?(.*)$/;
// Gmail's and Outlook's markers in several languages, then Apple's.
const FORWARD_MARKER =
  /^[-\s]*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original)[-\s]*$|^\s*begin forwarded message\s*:?\s*$/i;
const SEPARATOR = /^\s*(?:_{5,}|-{5,})\s*$/;
// Outlook writes its header block in at most this many lines (From, Sent, To, Cc, Subject and a wrapped one).
const BLOCK_LINES = 7;

/** Reads a "Field: value" line of an embedded header block; null for any other line. */
export function readHeaderLine(line: string): { field: HeaderField; value: string } | null {
  // Most lines are prose without a colon, and are turned away before the pattern runs.
  if (line.length > 2000 || !line.includes(':')) return null;
  const match = HEADER_LINE.exec(line);
  const field = match ? FIELD_NAMES[match[1].toLowerCase()] : undefined;
  return match && field ? { field, value: match[2].replace(/\*/g, '').trim() } : null;
}

/** Gmail's "---------- Forwarded message ---------", Outlook's "-----Original Message-----", Apple's "Begin forwarded message:". */
export function isForwardMarker(line: string): boolean {
  return line.length <= 120 && FORWARD_MARKER.test(line);
}

/** A line of underscores or dashes, which Outlook puts above its header block. */
export function isSeparatorLine(line: string): boolean {
  return line.length <= 200 && SEPARATOR.test(line);
}

/** Whether `lines[start]` opens an Outlook header block: a From line followed by Sent or Date and Subject. */
export function opensHeaderBlock(lines: readonly QuoteLine[], start: number): boolean {
  if (readHeaderLine(lines[start].text)?.field !== 'from') return false;
  const seen = new Set<HeaderField>();
  for (let i = start + 1; i < lines.length && i <= start + BLOCK_LINES; i++) {
    const header = lines[i].depth === lines[start].depth ? readHeaderLine(lines[i].text) : null;
    if (!header) break;
    seen.add(header.field);
  }
  return (seen.has('sent') || seen.has('date')) && seen.has('subject');
}
