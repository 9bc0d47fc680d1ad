import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { modelArchive, taxonomySourcesFor } from '../../src/build/index.ts';
import { OUTLETS_FILE, OutletsError } from '../../src/outlets/index.ts';
import { parseTaxonomy } from '../../src/taxonomy/index.ts';
import { makeArchive } from '../helpers/archive.ts';

const QUOTING_REUTERS = `---
title: Port strike spreads
date: 2024-03-04
source_url: https://www.reuters.com/world/port-strike
---
Dock workers in Rotterdam stopped work for a second day. "We will stay out until the talks resume," a union official told Reuters on Monday.
`;

const outletNames = (contentDir: string) =>
  (parseTaxonomy(taxonomySourcesFor(contentDir)).outlets ?? []).map((outlet) => outlet.name);

describe("an archive's outlet table", () => {
  it('is the default one when the archive has its own taxonomy but no outlets.yaml: a quoted outlet is an actor', async () => {
    const dir = makeArchive({ 'port-strike.md': QUOTING_REUTERS });
    const { analyzed, model } = await modelArchive({ contentDir: dir, retrieved: null });
    const actors = analyzed.articles[0]!.actors;
    const reuters = actors.find((actor) => actor.name === 'Reuters');
    assert.ok(reuters, `actors: ${actors.map((actor) => actor.name).join(', ')}`);
    assert.match(reuters.evidence[0]!.sentence, /told Reuters/);
    assert.equal(model.articles[0]!.outlet?.name, 'Reuters');
  });

  it("is the archive's own when it has one, for the tagger and the site alike, and a broken one names its file", async () => {
    const dir = makeArchive({ 'port-strike.md': QUOTING_REUTERS });
    writeFileSync(path.join(dir, OUTLETS_FILE), '- name: Harbour Wire\n  domains: [reuters.com]\n  names: [Reuters]\n');
    assert.deepEqual(outletNames(dir), ['Harbour Wire']);
    const { analyzed, model } = await modelArchive({ contentDir: dir, retrieved: null });
    assert.ok(analyzed.articles[0]!.actors.some((actor) => actor.name === 'Harbour Wire'));
    assert.equal(model.articles[0]!.outlet?.name, 'Harbour Wire');
    writeFileSync(path.join(dir, OUTLETS_FILE), '- name: [unclosed\n');
    assert.throws(
      () => outletNames(dir),
      (error: Error) => error instanceof OutletsError && error.message.includes(`${OUTLETS_FILE}: not valid YAML`),
    );
  });
});
