/** Outlets: the news outlets readers know, found from an article's source name or original address. */
export { OutletsError, OUTLETS_FILE, parseOutletEntries, parseOutlets } from './load.ts';
export {
  indexOutlets,
  parseAddress,
  resolveOutlet,
  siteOf,
  type Outlet,
  type OutletEntry,
  type OutletTable,
} from './resolve.ts';
