import type { Registration } from '../src/storage/registration';
import { countsFileOf, SCHOOLS } from './report-sample';
import { getStore } from '../src/storage/store';
import { loadNamespace, setLanguage } from '../src/app/i18n';
import type { Language } from '../src/storage/prefs';

export { SCHOOLS, sampleRegistrations } from './report-sample';

/**
 * Shared by the record, report and settings stories: the real store (IndexedDB in the browser that
 * shows the catalogue) is reset and filled the way the app fills it — settings through setSettings,
 * counts through a counts file made from registrations and imported.
 */

/** Loads a feature's namespace in the story's language (the global loader knows only common and guide). */
export async function withNamespaces(locale: unknown, ...namespaces: string[]) {
  const lng: Language = locale === 'en' ? 'en' : 'nl';
  await Promise.all(namespaces.map((ns) => loadNamespace(ns, lng)));
  await setLanguage(lng);
}

export async function resetStore(settings: Parameters<ReturnType<typeof getStore>['setSettings']>[0] = {}) {
  const store = getStore();
  await store.deleteAllLocalData();
  await store.setSettings({ organisation: 'Welstad', schools: SCHOOLS, ...settings });
  return store;
}

/** Imports the registrations as a colleague's counts file. */
export async function importRegistrations(regs: Registration[]) {
  const file = countsFileOf(regs);
  const result = await getStore().importCountsFiles([JSON.stringify(file)]);
  if (!result.ok) throw new Error('story seed: counts file refused');
}
