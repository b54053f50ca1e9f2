// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Sector } from '../../machines/ids';
import { DEFAULT_SOCIALE_KAART, offeredIn } from '../../content/sociale-kaart';
import { ConcernSessionProvider } from '../concern/session';
import { GuideFixture } from './GuideFixture';
import { partnerDirectory, partnersForSector } from './partners';
import { PATHS, setupI18n } from './test-helpers';

/**
 * Issue 14 §6, kinderopvang is not a school: the sociale kaart offers the consultatiebureau (JGZ) and
 * voorschools maatschappelijk werk as partners in the kinderopvang, first; leerplicht is not offered there.
 */
beforeAll(() => setupI18n('nl'));
afterEach(cleanup);

const TO_PARTNER = (intern: 'ja' | 'nee'): Answer[] => [...PATHS.support, ['steun.advies', 'nee'], ['steun.begeleiding', 'nee'], ['steun.intern', intern]];
const offered = () => (screen.getAllByRole('radio') as HTMLInputElement[]).map((r) => r.value);

function renderAt(answers: Answer[], sector: Sector) {
  // No directory passed: the default sociale kaart, as the app has it before an organisation's own.
  render(
    <ConcernSessionProvider>
      <GuideFixture answers={answers} input={{ sector }} />
    </ConcernSessionProvider>,
  );
}

describe('partners of the kinderopvang', () => {
  it('offers the consultatiebureau first among external partners, and no leerplicht', () => {
    renderAt(TO_PARTNER('nee'), 'kinderopvang');
    expect(offered()[0]).toBe('jgz');
    expect(offered()).not.toContain('leerplicht');
    expect(offered()).toContain('cjg');
    expect(screen.getByLabelText('Jeugdgezondheidszorg (consultatiebureau)')).toBeInTheDocument();
  });

  it('offers voorschools maatschappelijk werk first among internal partners', () => {
    renderAt(TO_PARTNER('ja'), 'kinderopvang');
    expect(offered()[0]).toBe('voorschools-maatschappelijk-werk');
    expect(screen.getByLabelText('Voorschools maatschappelijk werk')).toBeInTheDocument();
  });

  it.each(['po', 'vo'] as const)('a school (%s) is not offered them, and keeps leerplicht', (sector) => {
    renderAt(TO_PARTNER('nee'), sector);
    expect(offered()).not.toContain('jgz');
    expect(offered()).toContain('leerplicht');
    cleanup();
    renderAt(TO_PARTNER('ja'), sector);
    expect(offered()).not.toContain('voorschools-maatschappelijk-werk');
  });

  it('sociaal werk works with young families too: the consultatiebureau, and leerplicht', () => {
    renderAt(TO_PARTNER('nee'), 'sociaal-werk');
    expect(offered()).toEqual(expect.arrayContaining(['jgz', 'leerplicht']));
  });

  it('partnersForSector keeps the given order otherwise, and leaves a kaart without sectors alone', () => {
    const directory = partnerDirectory(DEFAULT_SOCIALE_KAART, (_id, name) => name);
    expect(partnersForSector(['cjg', 'leerplicht', 'jgz', 'huisarts'], directory, 'kinderopvang')).toEqual(['jgz', 'cjg', 'huisarts']);
    expect(partnersForSector(['cjg', 'leerplicht', 'jgz', 'huisarts'], directory, 'po')).toEqual(['cjg', 'leerplicht', 'huisarts']);
    expect(partnersForSector(['a', 'b'], undefined, 'kinderopvang')).toEqual(['a', 'b']);
    expect(offeredIn({}, 'kinderopvang')).toBe(true);
    expect(offeredIn({ sectors: ['po'] }, 'kinderopvang')).toBe(false);
  });
});
