/** `npm run build [-- --content DIR --out DIR --strict --retrieved YYYY-MM-DD --report FILE --cache DIR --no-cache]`: builds the site. */
import path from 'node:path';
import { buildSite } from '../src/build/index.ts';
import { commonOptions, parseCommand } from '../src/cli/args.ts';
import { createProgressDisplay } from '../src/cli/progress.ts';
import { formatSummary, printable } from '../src/report/index.ts';

async function main(): Promise<void> {
  const { values } = parseCommand(process.argv.slice(2), {
    out: { type: 'string', default: '_site' },
    report: { type: 'string', default: path.join('.cache', 'build-report.json') },
    cache: { type: 'string', default: path.join('.cache', 'analysis') },
    'no-cache': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  });
  const { report } = await buildSite({
    ...commonOptions(values),
    outDir: path.resolve(values.out as string),
    reportFile: path.resolve(values.report as string),
    cacheDir: values['no-cache'] ? null : path.resolve(values.cache as string),
    strict: values.strict as boolean,
    onProgress: createProgressDisplay(process.stderr),
    // The new site is in place when the summary prints; removing the old copy need not hold the terminal.
    cleanup: 'background',
  });
  console.log(formatSummary(report));
  console.log(`Site written to ${values.out}; report in ${values.report}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(printable(`Build failed: ${error.message}`));
    process.exit(1);
  },
);
