// Turns card text into safe page HTML: the card's formatting subset stays markup, everything else shows as text.

const ENTITY = /^&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^<>]*?)?)\s*\/?>/g;
const ATTRIBUTE = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const COLOR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z]{3,20})$/;
const LINK = /^(https?:|mailto:)/i;

/** Escapes plain text for HTML: what Google shows as plain text (titles, labels, button text) shows here verbatim. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Renders text from a field Google parses as its card HTML subset (b, i, u, s, font color, a href, br, time).
 * Those tags stay markup; any other tag, and any `<`, `>` or bare `&`, shows as text. Entities the add-on
 * already wrote (`&amp;`, `&lt;`, `&#39;`) are kept as they are, so nothing is escaped twice.
 */
export function cardHtml(text: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    out.push(escapeTextKeepingEntities(text.slice(last, match.index)));
    last = match.index + match[0].length;
    out.push(renderTag(match[0], match[1] === '/', match[2].toLowerCase(), match[3], open));
  }
  out.push(escapeTextKeepingEntities(text.slice(last)));
  while (open.length > 0) out.push(`</${open.pop()}>`);
  return out.join('');
}

function renderTag(source: string, closing: boolean, name: string, attributes: string, open: string[]): string {
  if (name === 'br') return closing ? '' : '<br>';
  if (closing) {
    const at = open.lastIndexOf(name);
    if (at < 0) return escapeHtml(source);
    return open.splice(at).reverse().map((tag) => `</${tag}>`).join('');
  }
  const start = openingTag(name, attributesOf(attributes));
  if (start === null) return escapeHtml(source);
  open.push(name);
  return start;
}

function openingTag(name: string, attributes: Map<string, string>): string | null {
  switch (name) {
    case 'b':
    case 'i':
    case 'u':
    case 's':
    case 'time':
      return `<${name}>`;
    case 'font': {
      const color = attributes.get('color') ?? '';
      return COLOR.test(color) ? `<font color="${color}">` : '<font>';
    }
    case 'a': {
      const href = decodeEntities(attributes.get('href') ?? '');
      return LINK.test(href) ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">` : '<a>';
    }
    default:
      return null;
  }
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) attributes.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attributes;
}

function escapeTextKeepingEntities(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const entity = c === '&' ? ENTITY.exec(text.slice(i)) : null;
    if (entity) {
      out += entity[0];
      i += entity[0].length - 1;
    } else out += c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c;
  }
  return out;
}

// Only the entities the add-on's escaping writes matter for a link's address.
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function fromCodePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
