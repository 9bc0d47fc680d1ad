/** Report: the build report (files read, published, rejected, warnings, timings). */
export { createReport, formatSummary, isFieldOnlyReportsHave, type BuildReport } from './report.ts';
export { printable, printableLine } from './printable.ts';
