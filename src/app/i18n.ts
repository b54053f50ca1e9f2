import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../storage/prefs';

/**
 * i18n for the whole app. Dutch `common` is bundled (the shell needs it at once); every other
 * resource file is its own chunk, loaded with import() when a page or the language switch asks
 * for it (budget: the non-active language must not be in the first load). The Dutch `guide`
 * namespace (≈9 kB gzip) is loaded by the start and guide routes in parallel with their page chunk,
 * so it costs no extra round trip but keeps the initial JS within budget (docs/decisions.md).
 *
 * Any file content/locales/<lng>/<ns>.json is lazily loadable by name without registering it here:
 * the glob below finds it at build time. Features call `loadNamespace('report')` before rendering.
 */

type Json = Record<string, unknown>;
type Loader = () => Promise<Json | { default: Json }>;

const EAGER = import.meta.glob<Json>(['../../content/locales/nl/common.json'], {
  eager: true,
  import: 'default',
});
const LAZY = import.meta.glob<Json>(['../../content/locales/*/*.json', '!../../content/locales/nl/common.json'], {
  import: 'default',
});

const path = (lng: string, ns: string) => `../../content/locales/${lng}/${ns}.json`;
const nameOf = (file: string) => file.match(/locales\/([^/]+)\/([^/]+)\.json$/)!;

export const DEFAULT_NS = 'common';
/** Namespaces the shell and the guide use; always loaded for a language before switching to it. */
export const CORE_NAMESPACES = ['common', 'guide'] as const;

function bundled(): Resource {
  const resources: Resource = {};
  for (const [file, data] of Object.entries(EAGER)) {
    const [, lng, ns] = nameOf(file);
    (resources[lng] ??= {} as ResourceLanguage)[ns] = data as ResourceLanguage[string];
  }
  return resources;
}

export const i18n = i18next.createInstance();

/** Initialises i18next synchronously with the bundled Dutch resources. Safe to call twice. */
export function initI18n(lng: Language = 'nl') {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources: bundled(),
    // Resources arrive per namespace and language; missing ones are loaded, not treated as absent.
    partialBundledLanguages: true,
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    ns: [...CORE_NAMESPACES],
    defaultNS: DEFAULT_NS,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false, bindI18nStore: 'added' },
  });
  if (lng !== 'nl') void setLanguage(lng);
  return i18n;
}

const pending = new Map<string, Promise<void>>();
/** The language a switch in progress is loading (setLanguage), if any. */
let switchingTo: Language | undefined;

/**
 * Loads one namespace for one language (default: the current language) unless it is there already.
 * A loader may be passed for a file outside content/locales; otherwise the glob registry is used.
 * Dutch is always loaded too, because it is the fallback for keys an English file lacks.
 */
export function loadNamespace(ns: string, lng: string = i18n.language || 'nl', loader?: Loader): Promise<void> {
  // While a language switch is loading, a page that opens asks in the old language: load the
  // language being switched to as well, or that page would stay in the old one.
  const wanted = [...new Set([lng, 'nl', ...(switchingTo ? [switchingTo] : [])])];
  return Promise.all(wanted.map((l) => loadOne(ns, l, l === lng ? loader : undefined))).then(() => undefined);
}

function loadOne(ns: string, lng: string, loader?: Loader): Promise<void> {
  if (i18n.hasResourceBundle(lng, ns)) return Promise.resolve();
  const key = `${lng}/${ns}`;
  const existing = pending.get(key);
  if (existing) return existing;
  const load: Loader | undefined = loader ?? LAZY[path(lng, ns)];
  if (!load) return Promise.resolve(); // no such file (yet): keys fall back to Dutch or show the key
  const promise = load()
    .then((mod) => {
      const data = (mod && typeof mod === 'object' && 'default' in mod ? mod.default : mod) as Json;
      // A deep merge walks every key of the namespace (the guide's has ~1,000): only needed when part of
      // it is there already; a first load is set as it is (issue 16: most of a page's i18n time).
      i18n.addResourceBundle(lng, ns, data, i18n.hasResourceBundle(lng, ns), false);
    })
    .finally(() => pending.delete(key));
  pending.set(key, promise);
  return promise;
}

/** Namespaces present in any language, so a switch loads what the visible pages already use. */
function usedNamespaces(): string[] {
  const store = (i18n.store?.data ?? {}) as Resource;
  const names = new Set<string>(CORE_NAMESPACES);
  for (const lng of Object.keys(store)) for (const ns of Object.keys(store[lng] ?? {})) names.add(ns);
  return [...names];
}

/** Loads what the language needs, then switches to it and sets <html lang>. */
export async function setLanguage(lng: Language): Promise<void> {
  switchingTo = lng;
  try {
    await Promise.all(usedNamespaces().map((ns) => loadNamespace(ns, lng)));
  } finally {
    if (switchingTo === lng) switchingTo = undefined;
  }
  await i18n.changeLanguage(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** The current language as one of ours. */
export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'nl';
}
