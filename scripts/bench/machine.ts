/** What the figures were measured on: they hold for this machine and this run only. */
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from 'playwright-core';

/** Read when the benchmark starts, before its own builds load the machine. */
const LOAD_AT_START = loadavg()[0] ?? Number.NaN;

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** The 1-minute load average when the run began: other work on a shared machine skews the figures. */
  loadAtStart: number;
  chromium: string;
  node: string;
  /** The commit measured, with `+changes` when tracked files differ from it. */
  commit: string;
  date: string;
}

function commit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    return execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(browser: Browser): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAtStart: LOAD_AT_START,
    chromium: browser.version(),
    node: process.version,
    commit: commit(),
    date: new Date().toISOString(),
  };
}
