/**
 * `npm run make:english-lexicon`: writes compromise's English lexicon (every word it knows, with its tags: given
 * name, family name, place, function word…) into src/english-lexicon.json, which the extractor and the tagger read.
 * Loading compromise to read its lexicon took an analysis worker about 0.3 s of every build; the JSON takes a
 * tenth of that. Run it after changing compromise's version; a unit test fails while the committed lexicon differs
 * from what the installed compromise gives.
 */
import { readScriptOptions } from '../src/cli/args.ts';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../src/build/index.ts';
import { lexiconFile, type EnglishLexicon } from '../src/english-lexicon.ts';

// It takes no argument: a wrong one is said in one line, before any work.
readScriptOptions('npm run make:english-lexicon', {});

const require = createRequire(import.meta.url);
const nlp = require('compromise') as { model(): { one: { lexicon: EnglishLexicon } }; version: string };
const data = lexiconFile(nlp.model().one.lexicon, nlp.version);
writeFileSync(path.join(REPO_ROOT, 'src', 'english-lexicon.json'), `${JSON.stringify(data, null, 0)}\n`);
process.stdout.write(`src/english-lexicon.json: ${data.groups.reduce((n, g) => n + g.words.length, 0)} words\n`);
