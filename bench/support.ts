import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the benchmarks share: the browser they drive, medians, the command line, "not measured". */

export const CHROMIUM = '/usr/bin/chromium';
/** A quiet headless Chromium: no sandbox (containers), no GPU, no background traffic that would time with the app. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/**
 * The figures `measure` gives, or null after printing why they could not be
 * measured (an error of the bench's own class: Chromium missing, the page not
 * getting there); any other error is thrown on.
 */
export async function measuredOrNot<T>(measure: () => Promise<T>, notMeasured: abstract new (...args: never[]) => Error): Promise<T | null> {
  try {
    return await measure();
  } catch (err) {
    if (err instanceof notMeasured) {
      console.log(`not measured: ${err.message}`);
      return null;
    }
    throw err;
  }
}

/** Whether the module at `url` is the script node was started with (`npx tsx bench/<file>.ts`). */
export const isMain = (url: string): boolean => !!process.argv[1] && url === pathToFileURL(resolve(process.argv[1])).href;

/** The value after `--name` on the command line. */
export function cliOption(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** A number after `--name` on the command line. */
export function cliNumber(name: string): number | undefined {
  const v = cliOption(name);
  return v === undefined ? undefined : Number(v);
}

/**
 * How contended the host's CPUs have been (Linux pressure stall information,
 * /proc/pressure/cpu "some": the share of time at least one task waited for a
 * CPU) over the last 10 and 60 seconds, or null where the kernel does not say.
 * Printed with the figures: on a shared machine it accounts for wall times
 * that move with no change to the code.
 */
export function cpuPressure(read: () => string = () => readFileSync('/proc/pressure/cpu', 'utf8')): { avg10: number; avg60: number } | null {
  try {
    const some = read().split('\n').find((l) => l.startsWith('some '));
    const avg10 = Number(/\bavg10=([\d.]+)/.exec(some ?? '')?.[1]);
    const avg60 = Number(/\bavg60=([\d.]+)/.exec(some ?? '')?.[1]);
    return Number.isFinite(avg10) && Number.isFinite(avg60) ? { avg10, avg60 } : null;
  } catch {
    return null;
  }
}

/** The line the bench prints about `cpuPressure`. */
export function pressureLine(p = cpuPressure()): string {
  return p ? `host CPU pressure (time some task waited for a CPU): ${p.avg10.toFixed(0)} % over 10 s, ${p.avg60.toFixed(0)} % over 60 s` : 'host CPU pressure: not reported by this system';
}
