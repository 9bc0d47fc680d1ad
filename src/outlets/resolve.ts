/**
 * Outlets: an article's raw source fields (the name a page gives, the address of the original) → the outlet a
 * reader knows, and the link to the original. Pure.
 */

/** One outlet of the table: the name shown, the domains it publishes under, the other names pages give it. */
export interface OutletEntry {
  name: string;
  domains: string[];
  names: string[];
}

/** The outlet table, indexed for lookups by domain and by name. */
export interface OutletTable {
  byDomain: Map<string, string>;
  byName: Map<string, string>;
}

/** Where an article comes from, as a reader sees it: the outlet's name, and the original's address when known. */
export interface Outlet {
  name: string;
  url: string | null;
}

/** Host prefixes that are not part of the outlet's domain. */
const HOST_PREFIXES = /^(?:www\d*|m|amp|mobile)\./;

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Indexes the entries; a domain or name given twice keeps its first outlet. */
export function indexOutlets(entries: OutletEntry[]): OutletTable {
  const table: OutletTable = { byDomain: new Map(), byName: new Map() };
  for (const entry of entries) {
    for (const domain of entry.domains) if (!table.byDomain.has(domain)) table.byDomain.set(domain, entry.name);
    for (const name of [entry.name, ...entry.names])
      if (!table.byName.has(nameKey(name))) table.byName.set(nameKey(name), entry.name);
  }
  return table;
}

/** A source given as a bare domain ("reuters.com"), as pages often name themselves. */
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/** An http(s) address, or null for anything else (a name, a relative path, another scheme). */
export function parseAddress(text: string | null | undefined): URL | null {
  if (!text || !/^https?:\/\//i.test(text.trim())) return null;
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}

/** The host without prefixes such as "www.": what a reader would call the site. */
export function siteOf(address: URL): string {
  return address.hostname.toLowerCase().replace(/\.$/, '').replace(HOST_PREFIXES, '');
}

/** The outlet of a host: its own entry, or that of a domain it lies under (edition.cnn.com → cnn.com). */
function outletOfHost(table: OutletTable, host: string): string | null {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = table.byDomain.get(labels.slice(i).join('.'));
    if (found) return found;
  }
  return null;
}

/**
 * The outlet of an article from its raw fields: by the original's address when one is known (`sourceUrl`, or a
 * `source` that is an address), else by the name the page gives. An address the table does not know is shown as its
 * site ("thedailywave.com"), a name it does not know as given. Null when the article names no source at all.
 */
export function resolveOutlet(
  table: OutletTable,
  source: string | null,
  sourceUrl: string | null = null,
): Outlet | null {
  const address = parseAddress(sourceUrl) ?? parseAddress(source);
  const name = source && !parseAddress(source) ? source.trim() || null : null;
  const bareDomain = name && BARE_DOMAIN.test(name) ? name.toLowerCase().replace(/^www\./, '') : null;
  // A known site beats any name (a parent company's, a republisher's); a known name beats an unknown site.
  const shown =
    (address && outletOfHost(table, siteOf(address))) ??
    (bareDomain && outletOfHost(table, bareDomain)) ??
    (name && table.byName.get(nameKey(name))) ??
    (address && siteOf(address)) ??
    name;
  return shown ? { name: shown, url: address?.href ?? null } : null;
}
