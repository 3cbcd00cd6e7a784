// Remembers a pure function's answers by string key, forgetting them all once there are too many.

/**
 * The triage meets the same names, words and people again and again, but a long run over many mailboxes must not
 * keep every one: past `limit` keys the memo starts afresh.
 */
export class BoundedMemo<V> {
  private readonly known = new Map<string, V>();

  // The function is given once rather than with each call: a closure made afresh for every lookup costs more than
  // the lookup it guards.
  constructor(
    private readonly limit: number,
    private readonly compute: (key: string) => V,
  ) {}

  /** The answer for `key`, worked out the first time it is asked. */
  get(key: string): V {
    let value = this.known.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(key, value);
    }
    return value;
  }

  /** Forgets every answer, for when what the answers were worked out from has changed. */
  clear(): void {
    this.known.clear();
  }
}
