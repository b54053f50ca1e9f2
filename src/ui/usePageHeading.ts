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
 *
 * `documentTitle`, when given, is what goes into document.title instead of the heading. Browsers keep
 * titles in their history with a timestamp and may sync them to the user's account, so the guide,
 * drafts and training pages pass a neutral word ("Gids") rather than the question or route ("Melden
 * bij Veilig Thuis"): where a worker was with a concern must not be readable from the history.
 * Screen reader users still hear the real heading through the live region (announce).
 */
export function usePageHeading(title: string, appName: string, key?: string, documentTitle?: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shown = documentTitle ?? title;
  useEffect(() => {
    document.title = `${shown} – ${appName}`;
  }, [shown, appName]);
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
