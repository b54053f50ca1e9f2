import type { ComponentType } from 'react';

/**
 * The route table. To add a page: append one entry here (a lazily imported component keeps the
 * page out of the first load). `labelKey` is a key in the `common` namespace, used for the nav and
 * as fallback title; `namespaces` are loaded (for the active language) before the page renders.
 *
 * Pages receive `navigate` instead of importing the app (features do not import src/app).
 */
export interface PageProps {
  navigate(path: string): void;
}

export interface AppRoute {
  path: string;
  labelKey: string;
  load: () => Promise<{ default: ComponentType<PageProps> }>;
  showInNav: boolean;
  namespaces?: string[];
}

export const ROUTES: AppRoute[] = [
  { path: '/', labelKey: 'nav.start', load: () => import('./StartPage'), showInNav: true, namespaces: ['guide'] },
  { path: '/gids', labelKey: 'nav.guide', load: () => import('./GuideRoute'), showInNav: true, namespaces: ['guide'] },
  // Behaviour between children (issue 14 §5): its own route, entered from the start page (not in the nav).
  { path: '/onderling', labelKey: 'nav.guide', load: () => import('./GuideRoute').then((m) => ({ default: m.OnderlingRoute })), showInNav: false, namespaces: ['guide', 'onderling'] },
  // Help on sharing information (issue 14 §3), linked from the guide's questions and the record panel. In
  // the guide's chunk, like onderling: a chunk of its own would grow the first load's import map (budget).
  { path: '/gids/informatie-delen', labelKey: 'nav.guide', load: () => import('./GuideRoute').then((m) => ({ default: m.SharingRoute })), showInNav: false, namespaces: ['guide', 'sharing'] },
  { path: '/concepten', labelKey: 'nav.drafts', load: () => import('../drafts/DraftsPage'), showInNav: true, namespaces: ['guide', 'drafts', 'fields', 'onderling'] },
  { path: '/training', labelKey: 'nav.training', load: () => import('../training/TrainingPage').then((page) => page.ready().then(() => page)), showInNav: true, namespaces: ['guide', 'training', 'dimensions', 'fields'] },
  // The audience window of a training session (opened from the presenter; not in the nav).
  { path: '/training/publiek', labelKey: 'nav.training', load: () => import('../training/Audience'), showInNav: false, namespaces: ['guide', 'training'] },
  { path: '/registreren', labelKey: 'nav.register', load: () => import('../record/QuickRegistration'), showInNav: true, namespaces: ['record', 'dimensions'] },
  { path: '/verantwoording', labelKey: 'nav.report', load: () => import('../report/ReportPage'), showInNav: true, namespaces: ['report', 'dimensions', 'fields'] },
  { path: '/inhoud', labelKey: 'nav.review', load: () => import('../review/ReviewPage'), showInNav: false, namespaces: ['review'] },
  { path: '/instellingen', labelKey: 'nav.settings', load: () => import('./SettingsRoute'), showInNav: true, namespaces: ['settings', 'dimensions', 'fields'] },
];

export function findRoute(path: string): AppRoute | undefined {
  return ROUTES.find((route) => route.path === path);
}
