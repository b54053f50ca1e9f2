// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../machines/ids';
import { PATHS, ROUTE_PATHS, renderGuide, setupI18n } from './test-helpers';
import { SHARING_HREF } from './sharing-path';

/**
 * Issue 14 §1 and §3 in the guide: what happens after a melding (outcome page), the radarfunctie
 * where a worker hesitates to report, and the link to the help page on sharing information.
 */

afterEach(cleanup);

const section = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
const sourceLinks = (el: HTMLElement) => within(el).getAllByRole('link').map((a) => a.getAttribute('href'));

describe('after a melding (nl)', () => {
  beforeAll(() => setupI18n('nl'));

  it('the veilig-thuis outcome says what happens next: two feedbacks, afwegingen 3–5 together, the own role, asking', () => {
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis'], confirm: true });
    const after = section('Na de melding');
    const items = within(after).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items.some((t) => /twee keer/.test(t) && /veiligheidsbeoordeling, binnen 5 werkdagen/.test(t))).toBe(true);
    expect(items.some((t) => /aan het eind van de bemoeienis van Veilig Thuis/.test(t))).toBe(true);
    expect(items.some((t) => /Afweging 3 tot en met 5 doorloop je daarna samen met Veilig Thuis/.test(t))).toBe(true);
    expect(items.some((t) => /jouw rol/.test(t))).toBe(true);
    expect(items.some((t) => /Bel Veilig Thuis dan zelf/.test(t))).toBe(true);
    // Each statement has its source, compared on 1 December 2026.
    expect(sourceLinks(after)).toEqual(
      expect.arrayContaining([
        'https://www.huiselijkgeweld.nl/dossiers/veilig-thuis/nieuws/2018/12/11/veilig-thuis-start-landelijk-register',
        'https://www.c-support.nu/veelgestelde-vragen/wat-te-doen-bij-veilig-thuis-meldingen/',
        'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
      ]),
    );
    expect(after).toHaveTextContent('tekst vergeleken op 1 december 2026');
  });

  it('the acute and the renewed melding say it too; other routes and the waiting state do not', () => {
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis-acuut'], confirm: true });
    expect(section('Na de melding')).toBeTruthy();
    cleanup();
    for (const route of ['afgesloten', 'intern', 'meldplicht-bestuur']) {
      renderGuide({ answers: ROUTE_PATHS[route], confirm: true });
      expect(screen.queryByRole('heading', { name: 'Na de melding' }), route).toBeNull();
      cleanup();
    }
    renderGuide({ answers: ROUTE_PATHS.waiting, confirm: true });
    expect(screen.queryByRole('heading', { name: 'Na de melding' })).toBeNull();
  });

  const toAfweging3: Answer[] = [...PATHS.meldcode, ['afweging.1', 'ja'], ['afweging.2', 'nee']];
  it.each([
    ['afweging.3', toAfweging3],
    ['afweging.4', [...toAfweging3, ['afweging.3', 'ja']] as Answer[]],
    ['melden.geinformeerd', [...toAfweging3, ['afweging.3', 'nee']] as Answer[]],
  ])('%s explains the radarfunctie, with its source', (question, answers) => {
    renderGuide({ answers });
    expect(document.querySelector(`[data-question="${question}"]`)).not.toBeNull();
    expect(screen.getByText('Radarfunctie van Veilig Thuis')).toBeTruthy();
    expect(screen.getByText(/ook als je zelf hulp gaat verlenen/)).toBeTruthy();
    const links = [...document.querySelectorAll('.zr-sources a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.huiselijkgeweld.nl/beleid/landelijk/radarfunctie-veilig-thuis');
  });

  it.each([
    ['stap2.consultatie', PATHS.meldcode.slice(0, 5)],
    ['stap3.gesprek', PATHS.meldcode.slice(0, 6)],
    ['steun.toestemming', ROUTE_PATHS.intern!.slice(0, -1)],
  ])('%s links to the help page on sharing information', (question, answers) => {
    renderGuide({ answers: answers as Answer[] });
    expect(document.querySelector(`[data-question="${question}"]`)).not.toBeNull();
    const link = screen.getByRole('link', { name: 'Wat mag je delen met de school, en wanneer?' });
    expect(link.getAttribute('href')).toBe(SHARING_HREF);
  });

  it('questions where sharing is not at stake have no such link', () => {
    renderGuide({ answers: PATHS.meldcode.slice(0, 4) as Answer[] });
    expect(document.querySelector('[data-question="stap2.bijzonder"]')).not.toBeNull();
    expect(screen.queryByRole('link', { name: /Wat mag je delen/ })).toBeNull();
  });
});

// Last in the file: it switches the shared i18n instance to English.
describe('after a melding (en)', () => {
  beforeAll(() => setupI18n('en'));

  it('is complete in English', () => {
    renderGuide({ answers: ROUTE_PATHS['veilig-thuis'], confirm: true });
    const after = section('After the report');
    expect(after).toHaveTextContent('Veilig Thuis gives you feedback twice');
    expect(after).toHaveTextContent('considerations 3 to 5 together with Veilig Thuis');
    expect(after).toHaveTextContent('text compared on 1 December 2026');
  });
});
