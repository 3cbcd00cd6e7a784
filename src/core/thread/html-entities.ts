// Decodes HTML character references: the named ones mail bodies use and every numeric one.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', hellip: '\u2026', middot: '\u00b7',
  bull: '\u2022', dagger: '\u2020', prime: '\u2032', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc',
  frac34: '\u00be', iexcl: '\u00a1', iquest: '\u00bf', larr: '\u2190', rarr: '\u2192', harr: '\u2194',
  uarr: '\u2191', darr: '\u2193', szlig: '\u00df', aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8',
  Oslash: '\u00d8', aring: '\u00e5', Aring: '\u00c5', ccedil: '\u00e7', Ccedil: '\u00c7', ntilde: '\u00f1',
  Ntilde: '\u00d1', eth: '\u00f0', thorn: '\u00fe',
};

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
    return NAMED[ref] ?? accented(ref) ?? whole;
  });
}

function accented(ref: string): string | undefined {
  const mark = ACCENTS[ref.slice(1)];
  return mark && /^[A-Za-z]$/.test(ref[0]) ? (ref[0] + mark).normalize('NFC') : undefined;
}
