/** `npm run build [-- --content DIR --out DIR --strict --retrieved YYYY-MM-DD --report FILE --cache DIR --no-cache]`: builds the site. */
import path from 'node:path';
import { prestartAnalysisWorker } from '../src/build/analysis-pool.ts';
import { mayHaveNewFiles } from '../src/cache/file-stats.ts';
import { commonOptions, OUTPUT_OPTIONS, parseCommand, readArguments } from '../src/cli/args.ts';
import { printable, printableLine } from '../src/report/printable.ts';

async function main(): Promise<number> {
  const { values, common } = readArguments('npm run build', () => {
    const parsed = parseCommand(
      process.argv.slice(2),
      {
        ...OUTPUT_OPTIONS,
        'no-cache': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
      { positionals: false },
    );
    return { values: parsed.values, common: commonOptions(parsed.values) };
  });
  const cacheDir = values['no-cache'] ? null : path.resolve(values.cache as string);
  // Before the build's own modules load (a fifth of a second), when articles were added or there is no cache: the
  // analysis worker loads the analysers meanwhile (it is stopped if the build finds nothing to analyse after all).
  if (!cacheDir || mayHaveNewFiles(cacheDir, path.join(common.contentDir, 'articles'))) prestartAnalysisWorker();
  const { buildSite, ReportNotWrittenError } = await import('../src/build/index.ts');
  const { createProgressDisplay } = await import('../src/cli/progress.ts');
  const { formatSummary } = await import('../src/report/index.ts');
  const built = await buildSite({
    ...common,
    outDir: path.resolve(values.out as string),
    reportFile: path.resolve(values.report as string),
    cacheDir,
    strict: values.strict as boolean,
    onProgress: createProgressDisplay(process.stderr),
    // The new site is in place when the summary prints; removing the old copy need not hold the terminal.
    cleanup: 'background',
    onWaiting: (message) => console.error(printableLine(message)),
  }).catch((error: Error) => {
    if (error instanceof ReportNotWrittenError) return error;
    throw error;
  });
  const notWritten = built instanceof ReportNotWrittenError ? built : null;
  console.log(formatSummary(built.report));
  if (!notWritten) {
    console.log(printableLine(`Site written to ${values.out}; report in ${values.report}`));
    return 0;
  }
  // The site is in place: the build did not fail, but what it was asked to write is not all there.
  console.error(printableLine(`Site written to ${values.out}, but ${notWritten.message}`));
  return 1;
}

main().then(
  (status) => process.exit(status),
  (error: Error) => {
    console.error(printable(`Build failed: ${error.message}`));
    process.exit(1);
  },
);
