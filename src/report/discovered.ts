/** Report: the people and organisations tagging found whom the actors file does not know yet, for the archivist to add. Pure. */
import { firstEvidenceOf } from '../record-body.ts';
import type { ActorTag, AnalyzedArticle, Evidence } from '../types.ts';

/** A discovered person or organisation, what the text said of it, and the files that name it. */
export interface DiscoveredActor {
  id: string;
  name: string;
  type: ActorTag['type'];
  /** The country its name gives ("Chinese Embassy"), when it gives one. */
  country: string | null;
  /** Other names the text gives it (an acronym it defines). */
  aliases: string[];
  /** Where it was first found. */
  evidence: Evidence | null;
  files: string[];
}

/** Every discovered actor across the articles, most files first, then by name. */
export function listDiscoveredActors(articles: Array<Pick<AnalyzedArticle, 'file' | 'actors'>>): DiscoveredActor[] {
  const byId = new Map<string, { actor: ActorTag; aliases: Set<string>; files: Set<string> }>();
  for (const article of articles) {
    for (const actor of article.actors) {
      if (!actor.discovered) continue;
      const entry = byId.get(actor.id) ?? { actor, aliases: new Set<string>(), files: new Set<string>() };
      entry.files.add(article.file);
      for (const alias of actor.aliases ?? []) entry.aliases.add(alias);
      byId.set(actor.id, entry);
    }
  }
  return [...byId.values()]
    .map(({ actor, aliases, files }) => ({
      id: actor.id,
      name: actor.name,
      type: actor.type,
      country: actor.country,
      aliases: [...aliases].sort(),
      evidence: firstEvidenceOf(actor),
      files: [...files].sort(),
    }))
    .sort((a, b) => b.files.length - a.files.length || a.name.localeCompare(b.name));
}
