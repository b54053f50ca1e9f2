/**
 * Clicks on a pre-rendered page before the app has taken it over (issue 16).
 *
 * The build's HTML is on screen before its script has run and React has hydrated it. Until then a
 * button does nothing and a radio button checked there is unchecked again by hydration (controlled
 * inputs take React's state). On a slow phone that window lasts a second or more: a tap on "Begin"
 * or "English" was lost, an answer silently undone. So the clicks are held and, once the page is
 * live, done again on the same elements (hydration keeps the nodes), one task apart so each sees the
 * state the previous one left.
 *
 * Only clicks on elements React does not know yet are held. The shell hydrates before the page (the
 * page is a Suspense boundary of its own), and a click there is React's at once: held too, it would
 * happen twice (a panel opened and closed again). A held click stops here, so React, which may be
 * hydrating that part synchronously for it, never sees it half-way. Kept tiny: the entry imports it
 * statically.
 */

/**
 * Whether React has claimed this node. React keeps its fiber on the node under a `__reactFiber$…`
 * key (set on hydration and on creation; stable since React 16); there is no public API for it.
 */
const knownToReact = (node: Element) => Object.keys(node).some((key) => key.startsWith('__reactFiber$'));

/** What is held: a button (its click did nothing yet) or a radio/checkbox (its change will be undone). */
function heldTarget(event: Event): HTMLButtonElement | HTMLInputElement | undefined {
  const target = event.target;
  if (!(target instanceof Element)) return undefined;
  if (!target.closest('#root, .zr-pre')) return undefined;
  const input = target.closest('input');
  const element = input && (input.type === 'radio' || input.type === 'checkbox') ? input : target.closest('button');
  return element && !knownToReact(element) ? element : undefined;
}

export interface EarlyInput {
  /** Stops holding and does the held clicks again, in their order, on what is still in the page. */
  replay(): Promise<void>;
  /** Stops holding and forgets the held clicks (the page was drawn afresh: they were on other nodes). */
  drop(): void;
}

/** A held click: on a radio or checkbox with the state the click gave it. */
interface Held {
  element: HTMLButtonElement | HTMLInputElement;
  checked?: boolean;
}

/**
 * Does a held click again. A radio or checkbox is first set to the opposite of what the click gave it,
 * through the `checked` property: hydration may have left the native check standing, and React (which
 * tracks that property) would then see no change and never hear of the choice; a later render would
 * undo it. So the click changes the box for the app as it did for the user.
 */
function redo({ element, checked }: Held) {
  if (element instanceof HTMLInputElement && checked !== undefined) element.checked = !checked;
  element.click();
}

export function holdEarlyInput(doc: Document = document): EarlyInput {
  const held: Held[] = [];
  const onClick = (event: Event) => {
    const target = heldTarget(event);
    if (!target) return;
    event.stopImmediatePropagation();
    // A button's native action (a form's submit reloads the page) must not happen; a radio keeps its
    // native check meanwhile, so what the user sees matches what they did. In the capture phase the
    // box already has the state the click gives it.
    if (target instanceof HTMLButtonElement) {
      event.preventDefault();
      held.push({ element: target });
    } else held.push({ element: target, checked: target.checked });
  };
  doc.addEventListener('click', onClick, true);
  const stop = () => doc.removeEventListener('click', onClick, true);
  return {
    async replay() {
      stop();
      for (const click of held.splice(0)) {
        if (!click.element.isConnected) continue;
        redo(click);
        // React renders a discrete event's update before the next task: the next click sees it.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    drop() {
      stop();
      held.length = 0;
    },
  };
}

let resolveLive: () => void = () => undefined;
const live = new Promise<void>((resolve) => {
  resolveLive = resolve;
});

/** Called by the app once its first commit (render or hydration) is done. */
export const markLive = () => resolveLive();

/** Resolves once the app has committed its first page. */
export const whenLive = () => live;
