// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AGE_NOTE_KEY } from '../../content/age';
import { ConcernSessionProvider, useConcernSession, type Notes } from '../concern/session';
import { appI18n, setAppLanguage, setupTestI18n } from '../../tests/i18n';
import { buildDocumentation, toMarkdown, toPlainText } from './documentation';
import { childViewKey } from './note-keys';
import { StepNotes } from './StepNotes';

beforeAll(() => setupTestI18n(['guide', 'drafts'], 'nl'));
afterEach(cleanup);

let seen: Notes = {};
function Spy() {
  const session = useConcernSession();
  useEffect(() => {
    seen = session.notes;
  });
  return null;
}

describe('the child’s own view in the notes (issue 14 §2)', () => {
  it('step 3 has the conversation note and, beside it, the child’s own view in its own words', async () => {
    const user = userEvent.setup();
    render(
      <ConcernSessionProvider>
        <StepNotes question="stap3.gesprek" />
        <Spy />
      </ConcernSessionProvider>,
    );
    const view = screen.getByLabelText('Wat vindt het kind zelf? In zijn eigen woorden');
    expect(screen.getByLabelText('Het gesprek met de ouders en het kind, of waarom het is overgeslagen')).toBeInTheDocument();
    expect(view).toHaveAccessibleDescription(/nooit geteld/);
    await user.type(view, 'Ik wil thuis blijven wonen');
    expect(seen[childViewKey('stap3.gesprek')]).toBe('Ik wil thuis blijven wonen');
    expect(seen['stap3.gesprek']).toBeUndefined();
  });

  it('the support route’s first question asks for the child’s view only (no worker note there)', () => {
    render(
      <ConcernSessionProvider>
        <StepNotes question="steun.advies" />
      </ConcernSessionProvider>,
    );
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.getByLabelText('Wat vindt het kind zelf? In zijn eigen woorden')).toBeInTheDocument();
  });

  it('the documentation export shows the child’s view under its answer and the age band, in nl and en', async () => {
    const input = {
      answers: [
        ['triage.acuut', 'nee'],
        ['triage.medewerker', 'nee'],
        ['triage.signalen', 'nee'],
        ['steun.advies', 'ja'],
      ] as const,
      notes: { [childViewKey('steun.advies')]: 'Ik wil eerst zelf met juf praten', [AGE_NOTE_KEY]: '4-12' },
      sector: 'po' as const,
      route: 'advies' as const,
      waiting: false,
      contentVersion: 'test',
      contentReviewed: '2026-12-01',
      exportedOn: '2026-12-01',
      partnerName: (id: string) => id,
    };
    const t = appI18n.t.bind(appI18n) as never;
    const doc = buildDocumentation(input, t);
    expect(doc.ageBand).toBe('4 tot 12 jaar');
    expect(doc.entries.find((e) => e.question === 'steun.advies')?.childView).toBe('Ik wil eerst zelf met juf praten');
    expect(toMarkdown(doc, t, 'nl')).toContain('**Wat het kind zelf vindt:**\n\n> Ik wil eerst zelf met juf praten');
    expect(toPlainText(doc, t, 'nl')).toContain('Leeftijd van het kind: 4 tot 12 jaar');
    // An age value that is not a band (a tampered draft) is left out, not printed.
    expect(buildDocumentation({ ...input, notes: { [AGE_NOTE_KEY]: '<b>9</b>' } }, t).ageBand).toBeUndefined();
    await setAppLanguage('en');
    const tEn = appI18n.t.bind(appI18n) as never;
    const en = buildDocumentation(input, tEn);
    expect(en.ageBand).toBe('4 to 12 years');
    expect(toMarkdown(en, tEn, 'en')).toContain('The child’s own view');
    await setAppLanguage('nl');
  });
});
