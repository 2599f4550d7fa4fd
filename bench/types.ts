/** One measured figure of `npm run bench`. Every bench/<name>.ts module exports `run(): Promise<BenchRow[]>`. */
export interface BenchRow {
  /** Table group, e.g. "updates", "catalogue", "tracking". */
  group: string;
  /** What was measured, e.g. "/status p99". */
  name: string;
  value: number;
  /** "ms", "updates/s", "MB", … */
  unit: string;
  /** Target, e.g. "< 50" or ">= 500" (compared with value for the ok? column). */
  target?: string;
}

/** A benchmark module (bench/<name>.ts). */
export interface BenchModule {
  run(): Promise<BenchRow[]>;
}
