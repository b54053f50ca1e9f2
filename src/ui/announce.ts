/**
 * One polite live region for the whole app. Page changes are announced through it, so a screen
 * reader user hears where they are even when focus lands somewhere without a name.
 */
export const ANNOUNCER_ID = 'zr-announcer';

export function announce(text: string) {
  if (typeof document === 'undefined') return;
  let region = document.getElementById(ANNOUNCER_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = ANNOUNCER_ID;
    region.className = 'zr-visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    document.body.appendChild(region);
  }
  // Clearing first makes the same text be announced again (going back to a page of the same name).
  region.textContent = '';
  const target = region;
  window.setTimeout(() => {
    target.textContent = text;
  }, 50);
}
