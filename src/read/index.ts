/** Read stage: article files → decoded articles with validated front matter, or rejections with reasons. */
export { decodeBytes } from './decode.ts';
export { listArticleFiles, ARTICLE_EXTENSIONS } from './files.ts';
export { parseFrontMatterDate, splitFrontMatter } from './front-matter.ts';
export { readArticle, isRejection, hashBytes, formatOf, MAX_ARTICLE_BYTES } from './read-article.ts';
