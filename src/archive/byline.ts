/** Archive stage: the byline an article page shows, from the author the file gives. Pure. */

/**
 * A user name of the site that republished the article rather than a writer's or desk's name: one word with no
 * capital (a Jekyll blog's `author: "badely"`), or one holding digits or underscores ("news_bot42"). Writers and
 * desks are named with capitals ("Callum Fraser", "Reuters", "AFP").
 */
const USER_NAME = /^(?:[^\s\p{Lu}]+|\S*[\d_]\S*)$/u;

/** The author as a byline, or null when what the file gives is a republisher's user name. */
export function bylineOf(author: string | null): string | null {
  return author && !USER_NAME.test(author.trim()) ? author : null;
}
