// Counts calls per method name across one fake service, so tests can assert how much a flow costs.

export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** How often `name` (e.g. `CardBuilder.addSection`) was called since the last reset. */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** All calls since the last reset. */
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** A snapshot of every method's count, sorted by name. */
  all(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
