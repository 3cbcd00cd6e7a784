// What a benchmark suite is: a module in bench/suites/ exporting its name and a function that measures figures.

/** Named measurements, e.g. `{ thread100_ms: 12.3 }`; names are unique across suites. */
export type Figures = Record<string, number>;

export interface BenchSuite {
  name: string;
  run: () => Figures | Promise<Figures>;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time of `runs` calls of `work`, in milliseconds, after one call to warm up. */
export function medianMs(runs: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}
