/**
 * `npm run make:gazetteer`: compiles the gazetteer of places inside countries from the installed packages into
 * src/tag/gazetteer.json, the compact index the tagger loads (see scripts/gazetteer-data.ts). Run it after changing
 * one of those packages' versions; a unit test fails while the committed index differs from what they give.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { buildGazetteer } from './gazetteer-data.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run make:gazetteer', {});

const data = buildGazetteer();
writeFileSync(path.join(REPO_ROOT, 'src', 'tag', 'gazetteer.json'), `${JSON.stringify(data, null, 0)}\n`);
process.stdout.write(`src/tag/gazetteer.json: ${data.places.split('\n').length} place names\n`);
