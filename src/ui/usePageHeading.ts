import { useEffect, useRef } from 'react';
import { announce } from './announce';

/** Only after the first page has painted does navigation move focus (the skip link comes first). */
let firstPageShown = false;

/** For tests and stories that mount pages repeatedly and want the navigation behaviour. */
export function markFirstPageShown(value = true) {
  firstPageShown = value;
}

/**
 * Every page calls this with its title: it sets document.title, and on every navigation after the
 * first (a new page or a new question) moves focus to the h1 and announces the title, so screen
 * reader and keyboard users start reading at the top of the new content.
 *
 * `key` distinguishes pages with the same title (two questions with the same wording).
 */
export function usePageHeading(title: string, appName: string, key?: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus({ preventScroll: false });
    announce(title);
    // Focus moves once per page (key), not when the language changes the title.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key ?? title]);
  return ref;
}
