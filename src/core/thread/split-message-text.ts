// Separates what a message's author wrote from the quoted replies, forwarded messages and signature it carries.
import { opensAttribution, parseAttribution, type Attribution } from './attribution';
import { isForwardMarker, isSeparatorLine, opensHeaderBlock, readHeaderLine } from './embedded-headers';
import { parseAddressList, parsePerson } from './parse-addresses';
import { isBlank, toQuoteLines } from './quote-lines';
import { isMobileFooter, isSignatureDelimiter } from './signature';
import type { EmbeddedMessage } from './thread';

export interface SplitText {
  /** What the author wrote: no attribution, quote, forwarded block or signature. */
  newText: string;
  /** Every quoted earlier message at any depth, outermost (newest) first. */
  quoted: EmbeddedMessage[];
  /** Every forwarded message at any depth, outermost first. */
  forwarded: EmbeddedMessage[];
  signature: string;
}

/**
 * Attributions already read, by line: every later reply quotes the same history again, so a thread
 * shares one cache. Its entries are shared, so the people in them must not be changed.
 */
export type AttributionCache = Map<string, Attribution | null>;

type FrameKind = 'quoted' | 'forwarded';

/** One message being read: the author's own, or one embedded in it at a quote depth. */
interface Frame {
  depth: number;
  kind: FrameKind | 'own';
  message: EmbeddedMessage;
  lines: string[];
  /** Set once the signature starts; the frame's later lines go there. */
  signature: string[] | null;
  /** True while the frame may still open with From/Date/Subject header lines. */
  readingHeaders: boolean;
  /** An attribution or forward marker seen last: the next message down belongs to it. */
  opener: { kind: FrameKind; attribution: Attribution | null } | null;
}

/**
 * Splits a message body in one pass over its lines, so the cost is linear in its size however deep
 * the quotes nest: a stack holds the message being read at each depth.
 */
export function splitMessageText(body: string, attributions: AttributionCache = new Map(), maxQuoteDepth = Infinity): SplitText {
  const lines = toQuoteLines(body, maxQuoteDepth);
  const root = newFrame(0, 'own', null);
  const stack: Frame[] = [root];
  const embedded: Frame[] = [];
  let blankLines = 0;

  const push = (depth: number, kind: FrameKind, attribution: Attribution | null) => {
    const frame = newFrame(depth, kind, attribution);
    stack.push(frame);
    embedded.push(frame);
    return frame;
  };

  for (let i = 0; i < lines.length; i++) {
    const { depth, text } = lines[i];
    if (isBlank(text)) {
      // Blank lines belong to whichever message the next text lands in.
      blankLines++;
      continue;
    }
    while (stack[stack.length - 1].depth > depth) stack.pop();
    let frame = stack[stack.length - 1];
    while (frame.depth < depth) {
      const opener = frame.opener;
      frame.opener = null;
      frame = push(frame.depth + 1, opener?.kind ?? 'quoted', opener?.attribution ?? null);
    }
    if (frame.opener) {
      // The history after an unquoted attribution or forward marker is written at the same depth.
      const opener = frame.opener;
      frame.opener = null;
      frame = push(depth, opener.kind, opener.attribution);
    }
    const blanksBefore = blankLines;
    blankLines = 0;

    if (isForwardMarker(text)) {
      frame.opener = { kind: 'forwarded', attribution: null };
      continue;
    }
    const attribution = readAttribution(frame, text, blanksBefore, attributions);
    if (attribution) {
      frame.opener = { kind: 'quoted', attribution };
      continue;
    }
    if (!frame.readingHeaders && opensHeaderBlock(lines, i)) {
      const target = activeLines(frame);
      if (target.length > 0 && isSeparatorLine(target[target.length - 1])) target.pop();
      // A quote that starts with the header block is that message, not a wrapper around it.
      frame = frame.kind !== 'own' && isEmpty(frame) ? frame : push(depth, 'quoted', null);
      frame.readingHeaders = true;
    }
    if (frame.readingHeaders) {
      const header = readHeaderLine(text);
      if (header) {
        applyHeader(frame.message, header.field, header.value);
        continue;
      }
      frame.readingHeaders = false;
    }
    if (!frame.signature && isSignatureDelimiter(text)) {
      frame.signature = [];
      continue;
    }
    if (!frame.signature && isMobileFooter(text)) frame.signature = [];
    const target = activeLines(frame);
    if (target.length > 0) for (let b = 0; b < blanksBefore; b++) target.push('');
    target.push(text);
  }

  const finished = embedded.map(finish).filter((frame) => frame.message.text !== '' || frame.message.from !== null);
  return {
    newText: joinLines(root.lines),
    quoted: finished.filter((frame) => frame.kind === 'quoted').map((frame) => frame.message),
    forwarded: finished.filter((frame) => frame.kind === 'forwarded').map((frame) => frame.message),
    signature: joinLines(root.signature ?? []),
  };
}

function newFrame(depth: number, kind: Frame['kind'], attribution: Attribution | null): Frame {
  return {
    depth,
    kind,
    message: { from: attribution?.from ?? null, to: [], date: attribution?.date ?? '', subject: '', text: '' },
    lines: [],
    signature: null,
    readingHeaders: kind === 'forwarded',
    opener: null,
  };
}

/** An attribution on this line, or on the previous line and this one when a client wrapped it. */
function readAttribution(frame: Frame, text: string, blanksBefore: number, cache: AttributionCache): Attribution | null {
  if (!text.endsWith(':')) return null;
  const target = activeLines(frame);
  const previous = blanksBefore === 0 ? target[target.length - 1] : undefined;
  if (previous !== undefined && opensAttribution(previous) && !opensAttribution(text)) {
    const wrapped = cachedAttribution(`${previous} ${text}`, cache);
    if (wrapped) {
      target.pop();
      return wrapped;
    }
  }
  return cachedAttribution(text, cache);
}

function cachedAttribution(line: string, cache: AttributionCache): Attribution | null {
  let attribution = cache.get(line);
  if (attribution === undefined) {
    attribution = parseAttribution(line);
    cache.set(line, attribution);
  }
  return attribution;
}

function applyHeader(message: EmbeddedMessage, field: string, value: string): void {
  if (field === 'from') message.from = parsePerson(value);
  else if (field === 'to') message.to = parseAddressList(value);
  else if (field === 'subject') message.subject = value;
  else if ((field === 'date' || field === 'sent') && !message.date) message.date = value;
}

function activeLines(frame: Frame): string[] {
  return frame.signature ?? frame.lines;
}

function isEmpty(frame: Frame): boolean {
  return frame.lines.length === 0 && frame.signature === null && frame.message.from === null;
}

function finish(frame: Frame): Frame {
  frame.message.text = joinLines(frame.lines);
  return frame;
}

function joinLines(lines: string[]): string {
  return lines.join('\n').trim();
}
