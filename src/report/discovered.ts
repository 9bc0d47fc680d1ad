/** Report: the people tagging found whom the actors file does not know yet, for the archivist to add. Pure. */
import type { AnalyzedArticle } from '../types.ts';

/** A discovered person and the files that name them. */
export interface DiscoveredActor {
  name: string;
  files: string[];
}

/** Every discovered actor across the articles, most files first, then by name. */
export function listDiscoveredActors(articles: AnalyzedArticle[]): DiscoveredActor[] {
  const byId = new Map<string, { name: string; files: Set<string> }>();
  for (const article of articles) {
    for (const actor of article.actors) {
      if (!actor.discovered) continue;
      const entry = byId.get(actor.id) ?? { name: actor.name, files: new Set<string>() };
      entry.files.add(article.file);
      byId.set(actor.id, entry);
    }
  }
  return [...byId.values()]
    .map((e) => ({ name: e.name, files: [...e.files].sort() }))
    .sort((a, b) => b.files.length - a.files.length || a.name.localeCompare(b.name));
}
