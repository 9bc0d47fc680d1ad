/** Tag stage: the article as one string with its tokens and sentences, shared by every tagger and the classifier. */
import type { Evidence } from '../types.ts';
import { sentenceAt, splitSentences, type Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

export interface TagDocument {
  /** Title, a blank line, then the body text. */
  text: string;
  titleEnd: number;
  tokens: Token[];
  sentences: Sentence[];
}

/** Prepares an article's title and text for tagging. */
export function createDocument(title: string, body: string): TagDocument {
  const text = `${title}\n\n${body}`;
  return { text, titleEnd: title.length, tokens: tokenize(text), sentences: splitSentences(text) };
}

/** Evidence for a match at [start, end) of the document. */
export function evidenceAt(doc: TagDocument, start: number, end: number): Evidence {
  const sentence = doc.sentences[sentenceAt(doc.sentences, start)]!;
  return { sentence: sentence.text, match: doc.text.slice(start, end), start: start - sentence.start };
}
