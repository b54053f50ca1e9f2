import type { Json, ReviewCasus, ReviewInput } from './rows';

/**
 * The review's input, read from the content files at build time (in the page's own lazy chunk, so
 * the first load does not carry both languages): the guide texts in nl and en, the help page on sharing
 * information, and every shipped casus.
 */
const GUIDE = import.meta.glob<Json>('../../content/locales/*/guide.json', { eager: true, import: 'default' });
const ONDERLING = import.meta.glob<Json>('../../content/locales/*/onderling.json', { eager: true, import: 'default' });
const SHARING = import.meta.glob<Json>('../../content/locales/*/sharing.json', { eager: true, import: 'default' });
const CASES = import.meta.glob<ReviewCasus>('../../content/cases/*.json', { eager: true, import: 'default' });

export function reviewInput(): ReviewInput {
  const guide = (lng: string) => GUIDE[`../../content/locales/${lng}/guide.json`] ?? {};
  const onderling = (lng: string) => ONDERLING[`../../content/locales/${lng}/onderling.json`] ?? {};
  const sharing = (lng: string) => SHARING[`../../content/locales/${lng}/sharing.json`] ?? {};
  return {
    guide: { nl: guide('nl'), en: guide('en') },
    onderling: { nl: onderling('nl'), en: onderling('en') },
    sharing: { nl: sharing('nl'), en: sharing('en') },
    cases: Object.values(CASES),
  };
}
