/**
 * The outside version's suppression in a Web Worker (issue 16): protectSections on a year of three
 * schools was one task of 1.7 s on the page's thread. The page sends the release's tables (counts
 * and category names only: the counters hold nothing else) and gets the protected tables back.
 */
import { answerProtect, type ProtectRequest } from './protectMessages';

self.onmessage = (event: MessageEvent<ProtectRequest>) => {
  self.postMessage(answerProtect(event.data));
};
