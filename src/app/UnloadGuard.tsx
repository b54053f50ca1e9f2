import { useEffect } from 'react';
import { useUnsavedConcern } from '../concern/session';

/**
 * A reload or closing the tab would drop the concern (it lives in memory only, by design: nothing
 * about a child is stored unencrypted). While it holds work that is not saved as a draft or exported,
 * the browser asks first (its own "leave site?" dialog; the text is the browser's).
 */
export function UnloadGuard() {
  const unsaved = useUnsavedConcern();
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari still want returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return null;
}
