// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestI18n } from '../../tests/i18n';
import { ConcernSessionProvider } from '../concern/session';
import { readPrefs, writePrefs } from '../storage/prefs';
import { setLanguage } from './i18n';
import StartPage from './StartPage';

/**
 * Kinderopvang is not a school (issue 14 §6): with kinderopvang chosen, the start page offers the
 * roles of the kinderopvang protocol (pedagogisch medewerker, leidinggevende, aandachtsfunctionaris)
 * and no intern begeleider or zorgcoördinator; po and vo keep the school roles.
 */
beforeAll(() => setupTestI18n(['guide']));
beforeEach(async () => {
  localStorage.clear();
  await setLanguage('nl');
});
afterEach(cleanup);

const renderStart = () =>
  render(
    <ConcernSessionProvider>
      <StartPage navigate={() => undefined} />
    </ConcernSessionProvider>,
  );
const roles = () => screen.getByRole('group', { name: /rol|role/i }).querySelectorAll('label');
const roleNames = () => [...roles()].map((label) => label.textContent);

describe('the start page offers the roles of the chosen sector', () => {
  it('po (the default) keeps the school roles, in the same order', () => {
    renderStart();
    expect(roleNames()).toEqual(['Intern begeleider', 'Zorgcoördinator', 'Sociaal werker op school', 'Pedagogisch medewerker', 'Trainer']);
  });

  it('vo keeps them too', () => {
    writePrefs({ sector: 'vo' });
    renderStart();
    expect(roleNames()).toEqual(['Intern begeleider', 'Zorgcoördinator', 'Sociaal werker op school', 'Pedagogisch medewerker', 'Trainer']);
  });

  it('kinderopvang: the roles of its protocol, and the social worker of the kinderopvang', () => {
    writePrefs({ sector: 'kinderopvang' });
    renderStart();
    expect(roleNames()).toEqual([
      'Pedagogisch medewerker',
      'Leidinggevende',
      'Aandachtsfunctionaris',
      'Sociaal werker in de kinderopvang',
      'Trainer',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Zorgen over een kind');
  });

  it('choosing kinderopvang changes the roles at once; the role chosen there is remembered', () => {
    renderStart();
    fireEvent.click(screen.getByRole('radio', { name: 'Kinderopvang' }));
    expect(screen.queryByRole('radio', { name: 'Intern begeleider' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Aandachtsfunctionaris' }));
    expect(readPrefs()).toMatchObject({ sector: 'kinderopvang', role: 'aandachtsfunctionaris' });
    // Back to a school: its roles again; the childcare role is kept but not offered there.
    fireEvent.click(screen.getByRole('radio', { name: 'Primair onderwijs' }));
    expect(screen.getByRole('radio', { name: 'Intern begeleider' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Aandachtsfunctionaris' })).toBeNull();
  });

  it('kinderopvang in English: English role names', async () => {
    await setLanguage('en');
    writePrefs({ sector: 'kinderopvang', language: 'en' });
    renderStart();
    expect(roleNames()).toEqual([
      'Childcare worker',
      'Manager (leidinggevende)',
      'Designated safeguarding officer (aandachtsfunctionaris)',
      'Social worker in childcare',
      'Trainer',
    ]);
  });
});
