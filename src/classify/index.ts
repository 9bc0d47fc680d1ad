/** Classify stage: an article's text and tags → the topics it belongs to, with scores and evidence. */
export { classifyTopics, measureTopicTerms, type TopicTermFeatures } from './classify.ts';
export { compileTopics, type CompiledTopics } from './compile-topics.ts';
export { measureTopics, type LabelledPrediction, type TopicScore } from './measure.ts';
