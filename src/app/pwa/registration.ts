/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { linkManifest } from './manifest';

/**
 * The service worker, registered once per page (module state, so React's StrictMode double
 * effects do not register twice). `prompt` mode: a new version installs in the background and
 * then waits; it takes over only when `applyUpdate()` is called from the user's click. Nothing
 * here reloads by itself.
 */

type Listener = () => void;

const HOUR = 60 * 60 * 1000;
const listeners = new Set<Listener>();
let waiting = false;
let update: ((reloadPage?: boolean) => Promise<void>) | undefined;

export function startServiceWorker(): void {
  // Development has no manifest or service worker (vite-plugin-pwa builds them).
  if (import.meta.env.PROD) linkManifest();
  if (update || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  update = registerSW({
    onNeedRefresh() {
      waiting = true;
      listeners.forEach((listener) => listener());
    },
    onRegisteredSW(_url, registration) {
      // A hash-routed app is seldom navigated, so the browser's own update check (on navigation)
      // rarely runs; ask for the (same-origin) sw.js once an hour while online.
      if (registration) {
        window.setInterval(() => {
          if (navigator.onLine && registration.installing == null) void registration.update();
        }, HOUR);
      }
    },
  });
}

/** True once a new version is installed and waiting for the user. */
export function isUpdateWaiting(): boolean {
  return waiting;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting version take over, then reloads the page: only ever called from a click. */
export function applyUpdate(): Promise<void> {
  return update ? update(true) : Promise.resolve();
}
