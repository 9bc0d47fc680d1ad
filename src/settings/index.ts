/** Settings: the site's settings file, read and validated. */
export {
  loadSiteSettings,
  parseSiteSettings,
  SITE_SETTINGS_FILE,
  SiteSettingsError,
  type SiteSettings,
} from './site-settings.ts';
