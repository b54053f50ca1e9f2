import { lazy, Suspense, useEffect, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcernSessionProvider } from '../concern/session';
import { readPrefs } from '../storage/prefs';
// The default kaart's partner kinds (equal by test, content/sociale-kaart.test.ts) without the kaart's
// names and contacts in the first load (budget, issue 7).
import { DEFAULT_PARTNERS } from '../../machines/ids';
import { AcuteExit } from './AcuteExit';
import { currentLanguage, loadNamespace } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { hrefOf, navigate, usePath } from './router';
import { findRoute, ROUTES, type AppRoute, type PageProps } from './routes';
import { NotFoundPage } from './NotFoundPage';
import { Footer } from './Footer';
import { whenSettled } from './settled';
import { schedulePurgeOfExpiredDrafts } from './purgeDrafts';

const pages = new Map<string, LazyExoticComponent<ComponentType<PageProps>>>();
/** Service worker and the "nieuwe versie" prompt (src/app/pwa): its own chunk, off the first page's path. */
const UpdatePrompt = lazy(() => whenSettled().then(() => import('./pwa/UpdatePrompt')));

/** One React.lazy per route, made once, that also loads the route's namespaces first. */
function pageOf(route: AppRoute) {
  let page = pages.get(route.path);
  if (!page) {
    page = lazy(async () => {
      const [mod] = await Promise.all([
        route.load(),
        ...(route.namespaces ?? []).map((ns) => loadNamespace(ns, currentLanguage())),
      ]);
      return mod;
    });
    pages.set(route.path, page);
  }
  return page;
}

function Header({ path }: { path: string }) {
  const { t } = useTranslation('common');
  return (
    <header className="utrecht-page-header zr-header">
      <div className="utrecht-page-header__content zr-header__content">
        <a className="zr-brand utrecht-link utrecht-link--html-a" href={hrefOf('/')}>
          {t('app.name')}
        </a>
        <nav className="zr-nav" aria-label={t('nav.label')}>
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
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
      <main id="main" tabIndex={-1} className="utrecht-page-content zr-main">
        <Suspense
          fallback={
            <p className="utrecht-paragraph" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {Page ? <Page key={path} navigate={navigate} /> : <NotFoundPage navigate={navigate} />}
        </Suspense>
      </main>
      <Footer />
    </div>
  );
}

/** The app: one concern session below everything, started with the remembered sector. */
export function App() {
  const initialInput = useMemo(() => ({ sector: readPrefs().sector, partners: { ...DEFAULT_PARTNERS } }), []);
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language === 'en' ? 'en' : 'nl';
  }, [i18n.language]);
  // Expired drafts are deleted at app start (drafts feature; lazily, after the first paint).
  useEffect(schedulePurgeOfExpiredDrafts, []);
  return (
    <ConcernSessionProvider initialInput={initialInput}>
      <Shell />
    </ConcernSessionProvider>
  );
}
