/** Report: the build report (published, rejected, skipped, warnings, timings). */
export { createReport, formatSummary, type BuildReport } from './report.ts';
