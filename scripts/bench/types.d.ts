import type { Browser, Page } from '@playwright/test';

/** One line of the bench table. */
export interface Row {
  /** Stable id, the key in bench-results.json and for ctx.value(). */
  id: string;
  figure: string;
  value?: number;
  /** 'ms', 'KB' (1024 bytes, gzip), 'x' (ratio)… */
  unit?: string;
  /** Human-readable target, e.g. '≤ 150 KB'; none for an informational figure. */
  target?: string;
  pass?: boolean;
  /** Set when this figure could not be measured; the row prints `error: …`. */
  error?: unknown;
}

export interface BenchContext {
  /** Loads per page figure (median taken); 9 unless --runs=N. */
  runs: number;
  browser(): Promise<Browser>;
  /** Base URL (no trailing slash) of the emulator's production build (dist/), SPA fallback. */
  emulatorUrl(): Promise<string>;
  /** Base URL of the bare React page, built into dist-bench/bare on first use. */
  bareUrl(): Promise<string>;
  median(values: number[]): number;
  /** Runs fn once per load, each in a fresh browser context (no cache, empty storage). */
  eachLoad<T>(fn: (page: Page, i: number) => Promise<T>): Promise<T[]>;
  /** A value measured earlier in this run, by row id; throws when missing. */
  value(id: string): number;
  record(id: string, value: number): void;
}

export interface Measurement {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<Row[]>;
}
