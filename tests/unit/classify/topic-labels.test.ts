import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../../src/build/index.ts';
import {
  CORPUS_LABELS_FILE,
  LABELS_FILE,
  TOPIC_LABELS_FILE,
  type TopicLabel,
} from '../../../src/quality/labelled-set.ts';
import { LABELLED_TOPICS } from '../../../src/quality/labelled-topics.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as TopicLabel[];

describe('topic-only labels (tests/quality/tagging/topic-labels.json)', () => {
  const labels = read(TOPIC_LABELS_FILE);

  it('labels only the measured topics, each record with the reason in its note', () => {
    for (const label of labels) {
      assert.ok(
        label.topics.every((t) => LABELLED_TOPICS.includes(t)),
        `${label.file}: ${label.topics.join(', ')}`,
      );
      assert.ok(label.note && label.note.length > 20, `${label.file}: no note`);
    }
  });

  it('labels articles of the corpus that no full label holds, each once', () => {
    const full = new Set([...read(LABELS_FILE), ...read(CORPUS_LABELS_FILE)].map((l) => path.basename(l.file)));
    const files = labels.map((l) => l.file);
    assert.equal(new Set(files).size, files.length);
    for (const file of files) {
      assert.match(file, /^\.\.\/shared\/corpus\//);
      assert.ok(!full.has(path.basename(file)), `${file} already has a full label`);
    }
  });

  it(
    'points at files that exist when the corpus is beside the repo',
    { skip: !existsSync(path.join(REPO_ROOT, '..', 'shared', 'corpus')) },
    () => {
      for (const label of labels) assert.ok(existsSync(path.join(REPO_ROOT, label.file)), label.file);
    },
  );
});

describe('the second reading of the topics (tests/quality/tagging/topic-labeller-2.json)', () => {
  const second = read(path.join(path.dirname(TOPIC_LABELS_FILE), 'topic-labeller-2.json'));

  it('reads again, once each, articles the committed labels hold, for the measured topics with a reason', () => {
    const committed = new Set([...read(CORPUS_LABELS_FILE), ...read(TOPIC_LABELS_FILE)].map((l) => l.file));
    const files = second.map((l) => l.file);
    assert.equal(new Set(files).size, files.length);
    for (const label of second) {
      assert.ok(committed.has(label.file), `${label.file} has no committed label to compare with`);
      assert.ok(
        label.topics.every((t) => LABELLED_TOPICS.includes(t)),
        `${label.file}: ${label.topics.join(', ')}`,
      );
      assert.ok(label.note && label.note.length > 20, `${label.file}: no note`);
    }
  });
});
