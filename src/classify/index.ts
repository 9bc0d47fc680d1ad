/** Classify stage: an article's text and tags → the topics it belongs to, with scores and evidence. */
export { classifyTopics, compileTopics, type CompiledTopics } from './classify.ts';
