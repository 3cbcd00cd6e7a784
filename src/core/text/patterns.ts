// Small helpers for writing phrase patterns that stay readable and scan in linear time.
// Phrase patterns are matched on normalised sentences, whose words are separated by single spaces (see
// `normalize`). They are written as they read: a space for the gap between two words, plain parentheses for
// groups, since only whether they match is ever asked, and `~` for a word that may stand in a gap (`phrase`).
// `oneMatcher` (or `expandPhrase`) turns that into what the engine runs; a pattern used on its own runs as
// written, which matches the same.

/** Up to `n` whole words; words and gaps alternate strictly, so the engine never has two ways to match the same text. */
export function upTo(n: number): string {
  return `(\\S+ ){0,${n}}?`;
}

/**
 * A phrase pattern written with `~` for one word that may stand in a gap and `~3` for up to three:
 * `/\bsend ~(me|us)/` is `/\bsend (\S+ )?(me|us)/`, and `~3` is `upTo(3)`. Mail puts a word or two between the
 * words of nearly every phrase, and the short form keeps each pattern readable at a glance. The people a phrase
 * speaks of have short names too (`PEOPLE`): `/\bshow {obj} {poss} (app|tool)/`.
 */
export function phrase(pattern: RegExp | string, flags?: string): RegExp {
  const source = (typeof pattern === 'string' ? pattern : pattern.source).replace(/\{(\w+)\}/g, (whole, name: string) => PEOPLE[name] ?? whole);
  const expanded = rewriteOutsideClasses(source, (at) => {
    if (source[at] !== '~') return undefined;
    const words = Number(source[at + 1]);
    return words > 0 ? [upTo(words), 2] : ['(\\S+ )?', 1];
  });
  return new RegExp(expanded, flags ?? (typeof pattern === 'string' ? '' : pattern.flags));
}

/**
 * The person spoken to or of, as subject (`{subj}`), object (`{obj}`) or owner (`{poss}`), and the same leaving out
 * "you" (`{3subj}`, `{3obj}`, `{3poss}`).
 */
const PEOPLE: Record<string, string> = {
  subj: '(you|she|he|they)', obj: '(you|her|him|them)', poss: '(your|her|his|their)',
  '3subj': '(she|he|they)', '3obj': '(her|him|them)', '3poss': '(his|her|their)',
};

/** One alternation group from a list of phrases written with single spaces. */
export function oneOf(phrases: readonly string[]): string {
  return `(${phrases.map((phrase) => phrase.trim().split(/\s+/).join(' ')).join('|')})`;
}

/**
 * One regular expression that matches where any of the given ones does. A sentence is then scanned
 * once instead of once a pattern, which is several times faster for a family of phrases. It is for
 * `test` only: the alternatives are regrouped, so which one matches first is not kept.
 */
export function oneMatcher(patterns: readonly RegExp[]): RegExp {
  const flags = new Set(patterns.map((pattern) => pattern.flags));
  if (flags.size > 1) throw new Error(`patterns to join must share their flags, got ${[...flags].join(' and ')}`);
  // Most phrases start at a word boundary. Tested once in front of all of them, the boundary turns away the
  // positions inside words at one check instead of one check a phrase: a family's scan takes about half as long.
  const atWordStart: string[] = [];
  const elsewhere: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of topLevelAlternatives(pattern.source)) {
      if (alternative.startsWith('\\b')) atWordStart.push(`(?:${alternative.slice(2)})`);
      else elsewhere.push(`(?:${alternative})`);
    }
  }
  const joined = atWordStart.length > 0 ? [`\\b(?:${atWordStart.join('|')})`, ...elsewhere] : elsewhere;
  return new RegExp(expandPhrase(joined.join('|')), [...flags][0] ?? '');
}

/**
 * A phrase pattern's source as the engine runs it: each gap between words matched as a run of blanks (`\s+`, or
 * `\s*` for an optional gap) and each plain group made non-capturing. On a normalised sentence the blanks match the
 * same, but the engine compiles a long family of phrases twice as fast when its words are not joined into long runs
 * of plain text, and every family is compiled when a script starts; groups that capture nothing cost nothing.
 */
export function expandPhrase(source: string): string {
  return rewriteOutsideClasses(source, (at) => {
    const next = source[at + 1];
    if (source[at] === '(' && next !== '?') return ['(?:', 1];
    if (source[at] !== ' ') return undefined;
    const optional = next === '?' || next === '*';
    return [optional ? '\\s*' : '\\s+', optional || next === '+' ? 2 : 1];
  });
}

/**
 * A pattern source with some of its characters rewritten, never inside an escape or a character class: `rewrite`
 * is asked about each other character by its index and answers with the text to write and how many characters of
 * the source that text replaces, or nothing to keep the character.
 */
function rewriteOutsideClasses(source: string, rewrite: (at: number) => [text: string, replaces: number] | undefined): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      result += char + source[++i];
      continue;
    }
    if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else {
      const rewritten = rewrite(i);
      if (rewritten) {
        result += rewritten[0];
        i += rewritten[1] - 1;
        continue;
      }
    }
    result += char;
  }
  return result;
}

/** A pattern source cut at its top-level `|`, outside groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
