// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { holdEarlyInput } from './earlyInput';

/** A pre-rendered page: a form with a radio group and a submit button, and a button outside the app. */
function page() {
  document.body.innerHTML = `
    <div id="root"><form><input type="radio" name="role" value="ib"><input type="radio" name="role" value="swv">
      <input type="checkbox" name="x"><button type="submit">Begin</button></form></div>
    <button id="outside">outside</button>`;
  const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
  return { ib: $('[value=ib]') as HTMLInputElement, swv: $('[value=swv]') as HTMLInputElement, box: $('[name=x]') as HTMLInputElement, begin: $('button[type=submit]'), outside: $('#outside') };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('clicks before the app is live', () => {
  it('holds a button click (its native action is prevented) and does it again, in order, after the radio', async () => {
    const { ib, begin } = page();
    const early = holdEarlyInput();
    const order: string[] = [];
    ib.click();
    const submit = new MouseEvent('click', { bubbles: true, cancelable: true });
    begin.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    // A radio keeps its native check meanwhile: what the user sees is what they did.
    expect(ib.checked).toBe(true);
    // Hydration unchecks a controlled radio the app did not check; the replay checks it through the app.
    ib.checked = false;
    ib.addEventListener('click', () => order.push(`radio:${ib.checked}`));
    begin.addEventListener('click', (event) => {
      order.push(`begin:${event.defaultPrevented}`);
      event.preventDefault();
    });
    await early.replay();
    expect(order).toEqual(['radio:true', 'begin:false']);
    expect(ib.checked).toBe(true);
  });

  it('a radio still checked after hydration changes again on replay, so the app hears of the choice', async () => {
    const { ib } = page();
    const early = holdEarlyInput();
    ib.click();
    let changes = 0;
    ib.addEventListener('change', () => changes++);
    await early.replay();
    expect(changes).toBe(1);
    expect(ib.checked).toBe(true);
  });

  it('replays a checkbox toggled twice twice, skips what left the page, and ignores clicks outside the app', async () => {
    const { box, swv, outside } = page();
    const early = holdEarlyInput();
    const seen: string[] = [];
    box.click();
    box.click();
    swv.click();
    outside.click();
    swv.remove();
    box.addEventListener('click', () => seen.push('box'));
    outside.addEventListener('click', () => seen.push('outside'));
    await early.replay();
    expect(seen).toEqual(['box', 'box']);
    expect(box.checked).toBe(false);
  });

  it('leaves clicks on what React already owns to React (the shell hydrates before the page)', async () => {
    const { begin } = page();
    (begin as unknown as Record<string, unknown>)['__reactFiber$test'] = {};
    const early = holdEarlyInput();
    let count = 0;
    begin.addEventListener('click', (event) => {
      event.preventDefault();
      count++;
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    begin.dispatchEvent(click);
    await early.replay();
    expect(count).toBe(1);
  });

  it('stops holding after replay or drop: later clicks act at once and are not done again', async () => {
    const { begin } = page();
    const early = holdEarlyInput();
    early.drop();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    begin.addEventListener('click', (event) => event.preventDefault());
    let count = 0;
    begin.addEventListener('click', () => count++);
    begin.dispatchEvent(click);
    await early.replay();
    expect(count).toBe(1);
  });
});
