import { useEffect } from 'react';
import { useUnsavedConcern } from '../concern/session';
import { useUnsavedOnderling } from '../concern/onderling-case';

/**
 * A reload or closing the tab would drop the concern (it lives in memory only, by design: nothing
 * about a child is stored unencrypted). While it holds work that is not saved as a draft or exported,
 * the browser asks first (its own "leave site?" dialog; the text is the browser's). The same for a
 * case of behaviour between children (#/onderling), which lives in memory the same way.
 */
export function UnloadGuard() {
  const concernUnsaved = useUnsavedConcern();
  const onderlingUnsaved = useUnsavedOnderling();
  const unsaved = concernUnsaved || onderlingUnsaved;
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
