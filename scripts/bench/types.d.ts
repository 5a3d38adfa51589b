import type { Page } from '@playwright/test';

/** One line of the bench table. */
export interface Row {
  /** Stable id, the key in bench-results.json. */
  id: string;
  figure: string;
  value?: number;
  /** 'ms', 'KB' (1024 bytes, gzip), 'MB', 'rows'… */
  unit?: string;
  /** For a time: the median FCP (ms) of the bare-page loads paired with its runs. */
  bareFcp?: number;
  /** For a time: the median of each run's time / the FCP of the bare-page load paired with it. */
  ratio?: number;
  /** Human-readable target, e.g. '≤ 150 KB' or '≤ 3x bare FCP' (judged on the ratio); none for an informational figure. */
  target?: string;
  pass?: boolean;
  /** Set when this figure could not be measured; the row prints `error: …`. */
  error?: unknown;
}

export interface BenchContext {
  /** Runs per figure (median taken); 9 unless --runs=N. */
  runs: number;
  /** Base URL (no trailing slash) of the emulator's production build (dist/), SPA fallback. */
  emulatorUrl(): Promise<string>;
  median(values: number[]): number;
  /** Runs fn in a fresh browser context (no cache, empty storage), closed afterwards. */
  fresh<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  /**
   * Runs fn `count` times, each in a fresh browser context just after a load of the bare React page
   * (built into dist-bench/bare on first use) in a fresh context of its own; returns each run's
   * result with that load's first contentful paint (ms).
   */
  paired<T>(count: number, fn: (page: Page) => Promise<T>): Promise<{ bare: number; result: T }[]>;
}

export interface Measurement {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Row[]>;
}
