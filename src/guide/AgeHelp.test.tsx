// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../machines/ids';
import { setAppLanguage } from '../../tests/i18n';
import { PATHS, renderGuide, setupI18n } from './test-helpers';

beforeAll(() => setupI18n('nl'));
afterEach(cleanup);

const TO_CONSENT: Answer[] = [
  ...PATHS.support,
  ['steun.advies', 'nee'],
  ['steun.begeleiding', 'nee'],
  ['steun.intern', 'nee'],
  ['steun.partner', 'cjg'],
];
const ageSection = () => document.querySelector<HTMLElement>('[data-age-help]')!;
const items = () => [...ageSection().querySelectorAll('[data-age-group]')].map((li) => li.getAttribute('data-age-group'));

describe('sector kaders (issue 14 §4, §7)', () => {
  it('step 1 shows the kindcheck with its source in sociaal werk only', () => {
    renderGuide({ answers: PATHS.meldcode.slice(0, 3), sector: 'sociaal-werk' });
    const note = document.querySelector<HTMLElement>('[data-sector-note="sociaal-werk"]')!;
    expect(within(note).getByRole('heading', { level: 2 })).toHaveTextContent('Kindcheck: werk je met volwassenen?');
    expect(note).toHaveTextContent(/Ga ook na of de cliënt zwanger is/);
    expect(within(note).getByRole('link', { name: 'Kindcheck (Augeo Foundation)' })).toHaveAttribute('href', 'https://www.augeo.nl/nl-nl/kindcheck');
    expect(note).toHaveTextContent('tekst vergeleken op 1 december 2026');
    cleanup();
    renderGuide({ answers: PATHS.meldcode.slice(0, 3), sector: 'po' });
    expect(document.querySelector('[data-sector-note]')).toBeNull();
    expect(screen.queryByText(/Kindcheck/)).toBeNull();
  });

  it('afweging 2 shows what the sector’s own kader adds: absence alone is no ground in onderwijs', () => {
    const answers: Answer[] = [...PATHS.meldcode, ['afweging.1', 'ja']];
    for (const [sector, text, source] of [
      ['po', 'Alleen verzuim is geen reden om bij Veilig Thuis te melden.', 'Afwegingskader Meldcode onderwijs en leerplicht, 2018 (huiselijkgeweld.nl)'],
      ['vo', 'Alleen verzuim is geen reden om bij Veilig Thuis te melden.', 'Schoolverzuim en een Veilig Thuis-melding (Ingrado)'],
      ['kinderopvang', 'de gastouder zelf verantwoordelijk voor de beslissing', 'Speciale app meldcode kindermishandeling voor kinderopvang: protocol en afwegingskader (BOinK)'],
      ['sociaal-werk', 'de professionele norm', 'Afwegingskader Meldcode voor pedagogen, psychologen en sociaal werkers (NVO, NIP, BPSW e.a.)'],
    ] as const) {
      renderGuide({ answers, sector });
      const note = document.querySelector<HTMLElement>(`[data-sector-note="${sector}"]`)!;
      expect(note, sector).not.toBeNull();
      expect(note).toHaveTextContent(text);
      expect(within(note).getByRole('link', { name: source })).toBeInTheDocument();
      // The afweging's own quote stays as it was.
      expect(document.querySelector('blockquote')).toHaveTextContent(/acute onveiligheid en\/of structurele onveiligheid/);
      cleanup();
    }
  });

  it('the other afwegingen list the sector’s kader first among their sources, and show no note', () => {
    renderGuide({ answers: PATHS.meldcode, sector: 'kinderopvang' });
    expect(document.querySelector('[data-sector-note]')).toBeNull();
    const sources = [...document.querySelectorAll('.zr-sources cite a')].map((a) => a.textContent);
    expect(sources[0]).toMatch(/BOinK/);
  });
});

describe('help by the child’s age (issue 14 §2, §7)', () => {
  it('whose consent: every age group without a choice, the chosen group with one, and both parents after a divorce', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: TO_CONSENT, sector: 'vo' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/toestemming/);
    const select = screen.getByRole('combobox', { name: 'Hoe oud is het kind?' });
    expect(select).toHaveAccessibleDescription(/nooit geteld/);
    expect(items()).toEqual(['onder-12', '12-15', '16-plus']);
    await user.selectOptions(select, '12 tot 16 jaar');
    expect(items()).toEqual(['12-15']);
    expect(ageSection()).toHaveTextContent('Van 12 tot 16: de ouders met gezag én de jongere zelf.');
    expect(ageSection()).toHaveTextContent(/Na een scheiding houden de ouders meestal allebei het gezag/);
    // The divorce text cites the article whose wording was compared, and lists that source.
    expect(ageSection()).toHaveTextContent(/art\. 1:251 lid 2 BW/);
    expect(within(ageSection()).getByRole('link', { name: /art\. 1:251: na een scheiding/ })).toHaveAttribute(
      'href',
      expect.stringContaining('wetboekplus.nl'),
    );
    expect(within(ageSection()).getByRole('link', { name: /Hoe is het toestemmingsvereiste geregeld\?/ })).toHaveAttribute(
      'href',
      expect.stringContaining('nvo.nl'),
    );
    // The machine's answers are unchanged: the age is help, not an answer.
    const group = screen.getByRole('group', { name: /toestemming/ });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['ja', 'nee']);
  });

  it('the age chosen once stays with the concern: chosen at the support route’s start, it holds at the consent page', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: PATHS.support, sector: 'vo' });
    expect(ageSection()).toHaveAttribute('data-age-help', 'conversation');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hoe oud is het kind?' }), '16 jaar of ouder');
    expect(ageSection()).toHaveTextContent(/Vanaf 16: de jongere beslist zelf/);
    expect(ageSection()).toHaveTextContent(/Beloof geen geheimhouding/);
    for (const label of ['Nee', 'Nee', 'Nee, buiten de eigen organisatie', /Centrum voor Jeugd en Gezin/]) {
      await user.click(screen.getByLabelText(label));
      await user.click(screen.getByRole('button', { name: 'Verder' }));
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/toestemming/);
    expect(screen.getByRole('combobox', { name: 'Hoe oud is het kind?' })).toHaveValue('16-18');
    expect(items()).toEqual(['16-plus']);
    expect(ageSection()).toHaveTextContent(
      'Vanaf 16: de jongere zelf, tenzij die niet in staat is de eigen belangen redelijk te overzien.',
    );
  });

  it('step 1 summarises signals by age group and links to the published lists', async () => {
    const user = userEvent.setup();
    renderGuide({ answers: PATHS.meldcode.slice(0, 3), sector: 'kinderopvang' });
    expect(ageSection()).toHaveAttribute('data-age-help', 'signals');
    expect(items()).toEqual(['0-4', '4-12', '12-18']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hoe oud is het kind?' }), '0 tot 4 jaar');
    expect(items()).toEqual(['0-4']);
    expect(ageSection()).toHaveTextContent(/Jonge kinderen vertellen het zelden zelf/);
    expect(within(ageSection()).getByRole('link', { name: 'Signalenlijst 0-4 jaar (kindermishandelingonderwijskinderopvang.nl)' })).toBeInTheDocument();
    expect(within(ageSection()).getByRole('link', { name: 'Signalen kindermishandeling per leeftijdsgroep (meldcode.nu)' })).toBeInTheDocument();
  });

  it('step 3 says: promise no secrecy, write down the child’s view, and what holds from 12 and from 16', () => {
    renderGuide({ answers: PATHS.meldcode.slice(0, 6), sector: 'po' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/gesprek/);
    expect(ageSection()).toHaveTextContent(/Beloof geen geheimhouding/);
    expect(ageSection()).toHaveTextContent(/Van 12 tot 16: de jongere en de ouders met gezag beslissen samen/);
    expect(ageSection()).toHaveTextContent(/Vanaf 16: de jongere beslist zelf/);
  });

  it('speaks English in English', async () => {
    await setAppLanguage('en');
    try {
      renderGuide({ answers: TO_CONSENT, sector: 'po' });
      expect(screen.getByRole('combobox', { name: 'How old is the child?' })).toBeInTheDocument();
      expect(ageSection()).toHaveTextContent('Who gives consent?');
      expect(ageSection()).toHaveTextContent('Under 12: the parents with parental authority (gezag).');
      expect(ageSection()).toHaveTextContent(/After a divorce both parents usually keep parental authority/);
    } finally {
      await setAppLanguage('nl');
    }
  });
});
