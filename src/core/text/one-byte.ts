// Keeps text the engine reads stored one byte a character wherever its characters allow.

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/** Whether the text holds a character that needs two bytes (a curly quote, a dash, an emoji). */
export function isBeyondLatin1(text: string): boolean {
  return BEYOND_LATIN1.test(text);
}

/**
 * The same Latin-1 text, stored one byte a character. A message holding one curly quote or emoji is stored two
 * bytes a character throughout, and every part cut from it, lower-cased or folded, stays so; the engine then compiles
 * and runs every phrase pattern a second time for such strings, more slowly and in as much code again. A string read
 * back from JSON is stored in the narrowest form its characters allow.
 */
export function oneBytePerChar(latin1: string): string {
  return JSON.parse(JSON.stringify(latin1)) as string;
}

/** The text stored one byte a character when its characters allow, as it is otherwise. */
export function narrowed(text: string): string {
  return isBeyondLatin1(text) ? text : oneBytePerChar(text);
}
