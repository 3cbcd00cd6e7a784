// Fills a template's {placeholders}, marking the ones without a value so the user sees what to write.

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** Names of the words a missing value stands for, shown in brackets in the draft. */
const MISSING_LABELS: Record<string, string> = {
  my_name: 'your name',
  blurb: 'their note: who they are and what is in it for you',
  reason: 'why you two should talk',
};

export interface FilledText {
  text: string;
  /** Placeholders that had no value, each once, in order of first use. */
  missing: string[];
}

/**
 * Replaces every `{name}` with `values[name]`. A value that is absent or blank becomes a visible
 * bracketed marker such as `[introducer]`, never an empty gap, so a half-filled draft is obvious.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string | undefined>>): FilledText {
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name]?.trim();
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return `[${MISSING_LABELS[name] ?? name.replace(/_/g, ' ')}]`;
  });
  return { text: filled, missing };
}

/** The placeholders a text uses, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set((text.match(PLACEHOLDER) ?? []).map((token) => token.slice(1, -1)))];
}
