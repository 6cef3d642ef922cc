import { DB_NAME } from './db/name';
import { warmDatabase } from './db/warm';
import { loadChartLibrary } from './components/chart/load';
import { warmEngine } from './engine/client';
import { comparePageCode, reportPageCode } from './app/page-code';
import { loadReportFonts } from './features/report/report-fonts';
import './styles.css';

// The entry is kept this small so that, while the app's code downloads and
// parses, the main thread is free to start what the first screen will wait
// for: the engine worker (it loads its own bundle on another core; the first
// results of a scenario with expressions come from it), the database's
// backing store, and the number formats' locale data.
warmEngine();
warmDatabase(DB_NAME);
for (const locale of ['zh-CN', 'en-GB']) new Intl.NumberFormat(locale).format(1);
void import('./start');

// A report or a comparison opened by URL (how a report is printed) needs its
// page's code and the charts library as well: fetch them alongside the app.
// The report's typeface is decoded now too, while the main thread mostly
// waits for the app's code, rather than later beside the engine's first run.
if (/^#\/(report|compare)\b/.test(location.hash)) {
  void loadChartLibrary();
  if (location.hash.startsWith('#/report')) void loadReportFonts();
  void (location.hash.startsWith('#/report') ? reportPageCode : comparePageCode).load().catch(() => {}); // the page's own load reports it
}
