/**
 * protectSections off the page's thread (issue 16): one Worker, started on first use and kept for the
 * page's life (a second outside version, another year or threshold, reuses it). The Worker is a
 * same-origin file in the build (CSP `worker-src 'self'`, precached by the service worker like every
 * other script). Where there is no Worker (unit tests in jsdom) the same function runs in-process.
 */
import type { ProtectedSection } from './protect';
import { answerProtect, type ProtectAnswer, type ProtectRequest } from './protectMessages';
import type { Protect } from './release';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(sections: ProtectedSection[]): void; reject(error: Error): void }>();

function start(): Worker {
  const w = new Worker(new URL('./protect.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<ProtectAnswer>) => {
    const answer = event.data;
    const wait = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (!wait) return;
    if (answer.ok) wait.resolve(answer.sections);
    else wait.reject(new Error(answer.error));
  };
  w.onerror = (event) => {
    // A Worker that cannot start (or throws outside a message) fails what it was asked; the next
    // request starts a fresh one.
    event.preventDefault();
    for (const wait of waiting.values()) wait.reject(new Error(event.message || 'suppression worker failed'));
    waiting.clear();
    w.terminate();
    if (worker === w) worker = undefined;
  };
  return w;
}

export const protectOffThread: Protect = (sections, threshold, groups) => {
  if (typeof Worker === 'undefined') {
    const answer = answerProtect({ id: 0, sections, threshold, groups });
    return answer.ok ? Promise.resolve(answer.sections) : Promise.reject(new Error(answer.error));
  }
  worker ??= start();
  const id = nextId++;
  const request: ProtectRequest = { id, sections, threshold, groups };
  return new Promise<ProtectedSection[]>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
};
