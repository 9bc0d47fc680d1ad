/**
 * The build process `npm run dev` keeps running (`node scripts/run.mjs dev-builder --content DIR --out DIR`, with
 * an IPC channel): it builds when told, and keeps between builds what a new `npm run build` process would load or
 * read again: the modules and Eleventy, the analysis code's fingerprint, the taxonomy, the analysis cache's
 * segments, the analysers, and the records of the articles whose files did not change. `npm run dev` replaces it
 * when a template or the code changes, as templates are modules loaded once.
 */
import path from 'node:path';
import { buildSite, createAnalysisMemory, ReportNotWrittenError } from '../src/build/index.ts';
import { commonOptions, OUTPUT_OPTIONS, parseCommand } from '../src/cli/args.ts';
import { formatSummary, printable, printableLine } from '../src/report/index.ts';

/** What the process tells of each build: its new site swapped in (the tabs may reload), and the build done. */
export type BuilderMessage = { type: 'published' } | { type: 'built' };

const { values } = parseCommand(process.argv.slice(2), OUTPUT_OPTIONS);
const memory = createAnalysisMemory();

async function build(): Promise<void> {
  try {
    const { report } = await buildSite({
      ...commonOptions(values),
      outDir: path.resolve(values.out as string),
      reportFile: path.resolve(values.report as string),
      cacheDir: path.resolve(values.cache as string),
      cleanup: 'alongside',
      memory,
      onPublished: () => process.send!({ type: 'published' } satisfies BuilderMessage),
      onWaiting: (message) => console.error(printableLine(message)),
    });
    console.log(formatSummary(report));
  } catch (error) {
    if (!(error instanceof ReportNotWrittenError)) {
      console.error(printable(`Build failed: ${(error as Error).message}`));
      return;
    }
    console.log(formatSummary(error.report));
    console.error(printableLine(`Site written, but ${error.message}`));
  }
}

if (!process.send) throw new Error('dev-builder runs under npm run dev, which talks to it');
process.on('message', (message: { type?: string }) => {
  if (message.type !== 'build') return;
  void build().then(() => process.send!({ type: 'built' } satisfies BuilderMessage));
});
process.on('disconnect', () => process.exit(0));
