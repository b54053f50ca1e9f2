import { initI18n, loadNamespace, setLanguage } from '../src/app/i18n';
import type { Language } from '../src/storage/prefs';

/**
 * The app's real i18n (src/app/i18n.ts: real resources from content/locales) for the features'
 * component tests. Features do not import src/app (docs/architecture.md), so their tests reach it
 * through this test helper, as the app reaches them.
 */
export async function setupTestI18n(namespaces: readonly string[], lng: Language = 'nl'): Promise<void> {
  initI18n('nl');
  // Category names (record, report, settings, training) live in their own namespace since issue 16.
  // Shared form words (file and date fields, src/ui) in theirs.
  await Promise.all([...namespaces, 'dimensions', 'fields'].map((ns) => loadNamespace(ns, 'nl')));
  if (lng !== 'nl') await setLanguage(lng);
}

/** The app's i18next instance and language switch, for tests of pure builders that take a `t`. */
export { i18n as appI18n, setLanguage as setAppLanguage } from '../src/app/i18n';
