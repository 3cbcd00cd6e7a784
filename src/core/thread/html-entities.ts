// Decodes HTML character references: the named ones mail bodies use and every numeric one.

// The named references mail bodies use; each name stands for the character at its position in CHARACTERS.
const NAMES = (
  'amp lt gt quot apos nbsp ensp emsp thinsp zwnj zwj shy ndash mdash lsquo rsquo sbquo ldquo rdquo ' +
  'bdquo laquo raquo lsaquo rsaquo hellip middot bull dagger prime copy reg trade euro pound yen cent ' +
  'sect para deg plusmn times divide frac12 frac14 frac34 iexcl iquest larr rarr harr uarr darr szlig ' +
  'aelig AElig oslash Oslash aring Aring ccedil Ccedil ntilde Ntilde eth thorn'
).split(' ');
const CHARACTERS =
  '&<>"\'\u00a0\u2002\u2003\u2009\u200c\u200d\u00ad\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e' +
  '\u00ab\u00bb\u2039\u203a\u2026\u00b7\u2022\u2020\u2032\u00a9\u00ae\u2122\u20ac\u00a3\u00a5\u00a2' +
  '\u00a7\u00b6\u00b0\u00b1\u00d7\u00f7\u00bd\u00bc\u00be\u00a1\u00bf\u2190\u2192\u2194\u2191\u2193' +
  '\u00df\u00e6\u00c6\u00f8\u00d8\u00e5\u00c5\u00e7\u00c7\u00f1\u00d1\u00f0\u00fe';
const NAMED = new Map(NAMES.map((name, i) => [name, CHARACTERS[i]]));

// Letters that take the common accents, so "&eacute;" and friends need no table row each.
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303' };

/** Replaces `&name;`, `&#123;` and `&#x1F600;` with the characters they stand for; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED.get(ref) ?? accented(ref) ?? whole;
  });
}

function accented(ref: string): string | undefined {
  const mark = ACCENTS[ref.slice(1)];
  return mark && /^[A-Za-z]$/.test(ref[0]) ? (ref[0] + mark).normalize('NFC') : undefined;
}
