import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../test/e2e/support/build';
import { serveStatic } from '../test/e2e/support/server';
import { BROWSER_ARGS, CHROMIUM, cliNumber, cliOption, isMain, measuredOrNot, median } from './support';

/**
 * Report to PDF in headless Chromium: from navigating to
 * `#/report/<preset>` to a finished A4 `page.pdf()`, which includes loading
 * the app, reading the scenario, the engine worker, drawing the six SVG
 * charts and Chromium's layout and PDF writing. One warm-up run (it seeds the
 * presets into the fresh profile's IndexedDB), then `runs` timed runs, each a
 * full page load. The browser build and server are the end-to-end tests' own.
 */
export const REPORT_PDF_TARGET_MS = 3000;

export type ReportPdfOptions = { presetId?: string; runs?: number; log?: (line: string) => void };
export type ReportPdfFigures = { medianMs: number; worstMs: number; runs: number; pages: number };

export class ReportPdfError extends Error {
  override name = 'ReportPdfError';
}


/** Pages of a PDF written by Chromium (Skia): the page tree's largest /Count. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : 0;
}

export async function benchReportPdf(options: ReportPdfOptions = {}): Promise<ReportPdfFigures> {
  const { presetId = 'qingyuan-policy', runs = 5, log = () => {} } = options;
  if (!existsSync(CHROMIUM)) throw new ReportPdfError(`${CHROMIUM} not found (apt-get install -y chromium fonts-noto-cjk)`);
  log('building the renderer (skipped when up to date) …');
  const server = await serveStatic(ensureBuilt());
  const profile = mkdtempSync(join(tmpdir(), 'cpp-bench-report-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 }, locale: 'zh-CN', args: BROWSER_ARGS });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = `${server.url}#/report/${encodeURIComponent(presetId)}`;
    const once = async (): Promise<{ ms: number; readyMs: number; pages: number }> => {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(url);
      try {
        await page.locator('[data-testid="report-page"][data-ready="true"]').waitFor({ timeout: 30_000 });
      } catch {
        const status = await page.locator('[data-testid="report-page"]').getAttribute('data-status').catch(() => null);
        throw new ReportPdfError(`#/report/${presetId} not ready within 30 s (status ${status ?? 'no report-page'}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''})`);
      }
      const readyMs = performance.now() - t0;
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      return { ms: performance.now() - t0, readyMs, pages: pageCount(pdf) };
    };
    const warm = await once();
    log(`warm-up (seeds the presets): ${warm.ms.toFixed(0)} ms, ${warm.pages} pages`);
    const times: number[] = [];
    let pages = warm.pages;
    for (let i = 0; i < runs; i++) {
      const r = await once();
      times.push(r.ms);
      pages = r.pages;
      log(`run ${i + 1}/${runs}: ${r.ms.toFixed(0)} ms (report ready ${r.readyMs.toFixed(0)} ms, then the PDF ${(r.ms - r.readyMs).toFixed(0)} ms)`);
    }
    return { medianMs: median(times), worstMs: Math.max(...times), runs: times.length, pages };
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

/** Measures and prints the figures against the 3 s target; true when the median meets it. */
export async function printReportPdf(options: ReportPdfOptions = {}): Promise<boolean> {
  const presetId = options.presetId ?? 'qingyuan-policy';
  console.log(`\n## Report to PDF in headless Chromium (#/report/${presetId} → A4 page.pdf())`);
  const f = await measuredOrNot(() => benchReportPdf({ log: (s) => console.log(`  ${s}`), ...options }), ReportPdfError);
  if (!f) return false;
  const met = f.medianMs < REPORT_PDF_TARGET_MS;
  console.log(
    `navigation to finished PDF (${f.runs} runs, ${f.pages} pages): median ${f.medianMs.toFixed(0)} ms, worst ${f.worstMs.toFixed(0)} ms; ` +
      `target < ${REPORT_PDF_TARGET_MS} ms: ${met ? 'met' : 'MISSED'}`,
  );
  return met;
}

// `npx tsx bench/report-pdf.ts [--preset qingyuan-policy] [--runs 5]`
if (isMain(import.meta.url)) {
  void printReportPdf({ presetId: cliOption('--preset'), runs: cliNumber('--runs') }).then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
