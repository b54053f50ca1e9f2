import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcernSessionProvider, loadConcernActor } from '../concern/session';
import { readPrefs } from '../storage/prefs';
// The default kaart's partner kinds (equal by test, content/sociale-kaart.test.ts) without the kaart's
// names and contacts in the first load (budget, issue 7).
import { DEFAULT_PARTNERS } from '../../machines/ids';
import { AcuteExit } from './AcuteExit';
import { currentLanguage, loadNamespace } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, navigate, startPath, usePath } from './router';
import { findRoute, ROUTES, type AppRoute, type PageProps } from './routes';
import { NotFoundPage } from './NotFoundPage';
import { Footer } from './Footer';
import { markLive } from './earlyInput';
import { whenSettled } from './settled';
import { schedulePurgeOfExpiredDrafts } from './purgeDrafts';
import { dropPrerendered } from './prerendered';
import { UnloadGuard } from './UnloadGuard';
import { Paragraph } from '../ui/Paragraph';

const pages = new Map<string, ComponentType<PageProps>>();
/** Service worker and the "nieuwe versie" prompt (src/app/pwa): its own chunk, off the first page's path. */
const UpdatePrompt = lazy(() => whenSettled().then(() => import('./pwa/UpdatePrompt')));

const loadPage = (route: AppRoute) =>
  Promise.all([route.load(), ...(route.namespaces ?? []).map((ns) => loadNamespace(ns, currentLanguage()))]).then(
    ([mod]) => mod,
  );

/** One React.lazy per route, made once, that also loads the route's namespaces first. */
function pageOf(route: AppRoute) {
  let page = pages.get(route.path);
  if (!page) {
    page = lazy(() => loadPage(route)) as LazyExoticComponent<ComponentType<PageProps>>;
    pages.set(route.path, page);
  }
  return page;
}

/**
 * Loads a route's page and namespaces before the app renders, so the first render has the page at
 * once: hydrating the pre-rendered start page must not suspend, or React drops the server HTML and
 * draws it again (src/main.tsx).
 */
export async function preloadPage(path: string) {
  const route = findRoute(path);
  if (!route || pages.has(path)) return;
  const mod = await loadPage(route);
  pages.set(path, mod.default);
}

/**
 * Rendered beside the page inside its Suspense boundary, so it commits together with the first
 * page: then the build's static copies of other routes' first screens can go (src/app/prerendered.ts),
 * and the page is live (a boundary may hydrate after the shell's own commit).
 */
function PageShown() {
  useLayoutEffect(dropPrerendered, []);
  // The page is live (hydrated or drawn): clicks held on the pre-rendered page are done again.
  useEffect(markLive, []);
  return null;
}

/**
 * The update prompt waits for the loaded page (whenSettled) and never renders at build time; it
 * mounts after the first commit in its own component, so the shell does not re-render while the
 * pre-rendered page is hydrated (an update there makes React draw the page again).
 */
function DeferredUpdatePrompt() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  ) : null;
}

/**
 * The header. On a phone it is compact and stays at the top while scrolling (sticky), so the acute
 * exit is always one tap away: the brand, a "Menu" button that folds the navigation away, the
 * language switch, and the acute button across the width. On wider screens everything shows in a row.
 */
function Header({ path }: { path: string }) {
  const { t } = useTranslation('common');
  const [menuOpen, setMenuOpen] = useState(false);
  // A new page closes the menu (the link chosen is done with it).
  useEffect(() => setMenuOpen(false), [path]);
  return (
    <header className="utrecht-page-header zr-header">
      <div className="utrecht-page-header__content zr-header__content">
        <a className="zr-brand utrecht-link utrecht-link--html-a" href={hrefOf('/')}>
          {t('app.name')}
        </a>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle zr-nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="zr-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <nav id="zr-nav" className={`zr-nav${menuOpen ? ' zr-nav--open' : ''}`} aria-label={t('nav.label')}>
          <ul className="zr-nav__list">
            {ROUTES.filter((r) => r.showInNav).map((route) => (
              <li key={route.path} className="zr-nav__item">
                <a
                  className="utrecht-link utrecht-link--html-a zr-nav__link"
                  href={hrefOf(route.path)}
                  aria-current={route.path === path ? 'page' : undefined}
                >
                  {t(route.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="zr-header__tools">
          <LanguageSwitch />
          <AcuteExit />
        </div>
      </div>
    </header>
  );
}

export function Shell() {
  const { t } = useTranslation('common');
  const path = usePath();
  const route = findRoute(path);
  const Page = route ? pageOf(route) : undefined;
  return (
    <div className="utrecht-page zr-shell">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus zr-skip-link"
        href="#main"
        onClick={(event) => {
          // Hash routing: #main is not a route; move focus to the main content instead.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <Header path={path} />
      <DeferredUpdatePrompt />
      <main id="main" tabIndex={-1} className="utrecht-page-content zr-main">
        <Suspense
          fallback={
            <Paragraph role="status">
              {t('app.loading')}
            </Paragraph>
          }
        >
          {Page ? <Page key={path} navigate={navigate} /> : <NotFoundPage navigate={navigate} />}
          <PageShown />
        </Suspense>
      </main>
      <Footer />
    </div>
  );
}

/** The app: one concern session below everything, started with the remembered sector. */
export function App() {
  const initialInput = useMemo(() => ({ sector: readPrefs().sector, partners: { ...DEFAULT_PARTNERS } }), []);
  // Opened on #/training: the first concern is the training one, with the same input the training
  // page would start it with. Otherwise entering training starts a second concern, which remounts the
  // whole shell right after the first paint (a second full render and layout: issue 16).
  const [initialTraining] = useState(() => startPath() === '/training');
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language === 'en' ? 'en' : 'nl';
  }, [i18n.language]);
  // Expired drafts are deleted at app start (drafts feature; lazily, after the first paint).
  useEffect(schedulePurgeOfExpiredDrafts, []);
  // The statechart (xstate and the machine, ~46 kB) for a concern begun later: fetched and evaluated
  // once the first page has settled, not in the first idle moment, where its evaluation was a long
  // task of its own in the start page's blocking time (issue 16). A page that needs it earlier loads it.
  useEffect(() => {
    let live = true;
    void whenSettled().then(() => {
      if (live) void loadConcernActor();
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <ConcernSessionProvider initialInput={initialInput} initialTraining={initialTraining}>
      <UnloadGuard />
      <Shell />
    </ConcernSessionProvider>
  );
}
