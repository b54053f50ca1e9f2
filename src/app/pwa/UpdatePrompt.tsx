import { useEffect, useState, useSyncExternalStore } from 'react';
import { useConcernAnswers, useConcernSession } from '../../concern/session';
import { loadNamespace } from '../i18n';
import { applyUpdate, isUpdateWaiting, startServiceWorker, subscribe } from './registration';
import { UpdateBanner } from './UpdateBanner';
import './update.css';

/**
 * Registers the service worker and, when a new version waits, asks the user whether to update.
 * Loaded lazily by the shell (its own chunk with workbox-window), so the first page pays nothing.
 * Must sit inside the concern session: it reads whether a concern is in progress.
 */
export default function UpdatePrompt() {
  const waiting = useSyncExternalStore(subscribe, isUpdateWaiting, () => false);
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);
  const [ready, setReady] = useState(false);
  const answered = useConcernAnswers().length > 0;
  const session = useConcernSession();
  const inProgress = answered || Object.values(session.notes).some((note) => note.trim() !== '');

  useEffect(() => startServiceWorker(), []);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadNamespace('pwa')
      .catch(() => undefined)
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [waiting]);

  if (!waiting || !ready || dismissed) return null;
  return (
    <UpdateBanner
      inProgress={inProgress}
      updating={updating}
      onUpdate={() => {
        setUpdating(true);
        void applyUpdate();
      }}
      onLater={() => setDismissed(true)}
    />
  );
}
