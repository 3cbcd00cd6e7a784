// The one escape for email text entering a card's HTML subset, and the trimming of plain-text fields.

declare const cardHtmlBrand: unique symbol;
/** Text that is safe in a card's HTML subset: every piece that came from outside went through `escapeCardText`. */
export type CardHtml = string & { readonly [cardHtmlBrand]: true };

// Bidi embeddings and overrides can make an address read backwards; the isolates keep
// right-to-left names from reordering what follows them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Cuts `text` to at most `max` characters, ending in an ellipsis when cut; never splits a surrogate pair. */
export function trimForDisplay(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Escapes outside text (subjects, names, quoted sentences) for a card's HTML subset: the markup
 * characters become entities, control characters go, whitespace collapses to one line, and the
 * result is trimmed to `max` characters before escaping so an entity is never cut in half.
 */
export function escapeCardText(text: string, max = 500): CardHtml {
  const clean = text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  const trimmed = trimForDisplay(clean, max);
  const escaped = trimmed.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  // An isolate around right-to-left text keeps it from reordering the card's own words.
  return (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(escaped) ? `\u2068${escaped}\u2069` : escaped) as CardHtml;
}

/** Plain-text fields (titles, labels, button texts, hints) are not parsed as HTML: cleaned and trimmed only. */
export function plainCardText(text: string, max = 100): string {
  return trimForDisplay(text.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').replace(/\s+/g, ' ').trim(), max);
}

/**
 * Card markup from our own literal wording and already-safe pieces: `html\`<b>${escapeCardText(name)}</b> wrote\``.
 * The type system only lets `CardHtml` in, so raw email text cannot reach a card unescaped.
 */
export function html(literals: TemplateStringsArray, ...pieces: CardHtml[]): CardHtml {
  return literals.reduce((out, literal, i) => out + (i > 0 ? pieces[i - 1] : '') + literal, '') as CardHtml;
}
