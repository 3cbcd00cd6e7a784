// Small helpers for writing phrase patterns that stay readable and scan in linear time.

/** Up to `n` whole words; words and gaps alternate strictly, so the engine never has two ways to match the same text. */
export function upTo(n: number): string {
  return `(?:\\S+\\s+){0,${n}}?`;
}

/** One alternation group from a list of phrases written with spaces, each space matching any run of blanks. */
export function oneOf(phrases: readonly string[]): string {
  return `(?:${phrases.map((phrase) => phrase.trim().split(/\s+/).join('\\s+')).join('|')})`;
}

/**
 * One regular expression that matches where any of the given ones does. A sentence is then scanned
 * once instead of once a pattern, which is several times faster for a family of phrases.
 */
export function oneMatcher(patterns: readonly RegExp[]): RegExp {
  const flags = new Set(patterns.map((pattern) => pattern.flags));
  if (flags.size > 1) throw new Error(`patterns to join must share their flags, got ${[...flags].join(' and ')}`);
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), [...flags][0] ?? '');
}
