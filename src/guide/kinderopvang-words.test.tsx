// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer, Sector } from '../../machines/ids';
import { setupTestI18n } from '../../tests/i18n';
import { ROUTE_PATHS, renderGuide } from './test-helpers';

/**
 * Kinderopvang is not a school (issue 14 §6): every page of the guide a kinderopvang practitioner
 * reaches, question by question and each outcome, names the kinderopvang's roles and the child, never
 * the school's roles or a pupil. The source titles are the sources' own and are left out. po keeps
 * the school's words (the same walk finds them there, so the check can fail).
 */
const SCHOOL_WORDS = {
  nl: /.{0,40}(intern begeleider|leerkracht|\bleerling|\bmentor|zorgco[öo]rdinator|\bde klas\b|\bdocent).{0,40}/gi,
  en: /.{0,40}(pupil support coordinator|\bteachers?\b|\bpupils?\b|\bmentor|care coordinator|\bclassroom|\bin class\b).{0,40}/gi,
} as const;

/** Every step of every route: the question pages on the way, "check your answers", the outcome. */
function pages(): [string, Answer[], boolean][] {
  const all: [string, Answer[], boolean][] = [];
  for (const [name, answers] of Object.entries(ROUTE_PATHS)) {
    for (let i = 0; i <= answers.length; i++) all.push([`${name}@${i}`, answers.slice(0, i), false]);
    all.push([`${name} (outcome)`, answers, true]);
  }
  return all;
}

function wordsOnEveryPage(sector: Sector, lang: 'nl' | 'en'): string[] {
  const found: string[] = [];
  for (const [name, answers, confirm] of pages()) {
    renderGuide({ answers, confirm, sector });
    const page = document.body.cloneNode(true) as HTMLElement;
    for (const list of page.querySelectorAll('.zr-sources, .zr-cite')) list.remove();
    for (const match of (page.textContent ?? '').matchAll(SCHOOL_WORDS[lang])) found.push(`${name}: ${match[0]}`);
    cleanup();
  }
  return found;
}

describe('the guide in the kinderopvang', { timeout: 120_000 }, () => {
  afterAll(() => setupTestI18n(['guide'], 'nl'));

  it('nl: no intern begeleider, leerkracht, mentor or leerling on any page', async () => {
    await setupTestI18n(['guide'], 'nl');
    expect(wordsOnEveryPage('kinderopvang', 'nl')).toEqual([]);
    // The same walk in a primary school meets the school's roles.
    expect(wordsOnEveryPage('po', 'nl').join('\n')).toMatch(/intern begeleider/);
  });

  it('en: no pupil support coordinator, teacher or pupil on any page', async () => {
    await setupTestI18n(['guide'], 'en');
    expect(wordsOnEveryPage('kinderopvang', 'en')).toEqual([]);
    expect(wordsOnEveryPage('po', 'en').join('\n')).toMatch(/pupil support coordinator/);
  });
});
