import type app from './locales/zh/app.json';
import type compare from './locales/zh/compare.json';
import type costs from './locales/zh/costs.json';
import type editor from './locales/zh/editor.json';
import type goalSeek from './locales/zh/goalSeek.json';
import type hourly from './locales/zh/hourly.json';
import type industry from './locales/zh/industry.json';
import type io from './locales/zh/io.json';
import type issues from './locales/zh/issues.json';
import type library from './locales/zh/library.json';
import type report from './locales/zh/report.json';
import type results from './locales/zh/results.json';
import type rollup from './locales/zh/rollup.json';
import type sectors from './locales/zh/sectors.json';
import type uncertainty from './locales/zh/uncertainty.json';

// Keys are typed from the Chinese files, the reference language: a key missing
// there is a type error at the call site, even with a defaultValue; the parity
// test keeps English in step. (JSON imports type every text as `string`, so
// the {{values}} a text needs are not checked at the call site.)
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    strictKeyChecks: true;
    resources: {
      app: typeof app;
      compare: typeof compare;
      costs: typeof costs;
      editor: typeof editor;
      goalSeek: typeof goalSeek;
      hourly: typeof hourly;
      industry: typeof industry;
      io: typeof io;
      issues: typeof issues;
      library: typeof library;
      report: typeof report;
      results: typeof results;
      rollup: typeof rollup;
      sectors: typeof sectors;
      uncertainty: typeof uncertainty;
    };
  }
}
