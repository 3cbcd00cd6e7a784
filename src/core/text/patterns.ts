// Small helpers for writing phrase patterns that stay readable and scan in linear time.

/** Up to `n` whole words; words and gaps alternate strictly, so the engine never has two ways to match the same text. */
export function upTo(n: number): string {
  return `(?:\\S+\\s+){0,${n}}?`;
}

/** One alternation group from a list of phrases written with spaces, each space matching any run of blanks. */
export function oneOf(phrases: readonly string[]): string {
  return `(?:${phrases.map((phrase) => phrase.trim().split(/\s+/).join('\\s+')).join('|')})`;
}

/** Compiles a pattern source for matching normalised (lower-case) sentences. */
export function phrase(source: string): RegExp {
  return new RegExp(source);
}

/** The first pattern in the list that matches, or null. */
export function firstMatch(text: string, patterns: readonly RegExp[]): RegExpMatchArray | null {
  for (const pattern of patterns) {
    const match = text.match(pattern);
    if (match) return match;
  }
  return null;
}

export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
