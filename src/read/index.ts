/** Read stage: article files → decoded articles with validated front matter, or rejections with reasons. */
export { decodeBytes } from './decode.ts';
export { listArticleFiles, ARTICLE_EXTENSIONS, formatOf, hashBytes } from './files.ts';
export { parseFrontMatter, parseFrontMatterDate, splitFrontMatter } from './front-matter.ts';
export { readArticle, isRejection, MAX_ARTICLE_BYTES } from './read-article.ts';
