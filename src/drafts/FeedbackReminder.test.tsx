// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appI18n, setAppLanguage, setupTestI18n } from '../../tests/i18n';
import { FeedbackReminder } from './FeedbackReminder';
import type { Translate } from './documentation';
import { MELDING_DATE_KEY } from './note-keys';

const t = ((key: string, options?: Record<string, unknown>) => appI18n.t(key, options)) as Translate;

beforeAll(async () => {
  await setupTestI18n(['drafts']);
});
afterEach(cleanup);

describe('FeedbackReminder', () => {
  it('a melding on Maundy Thursday: feedback expected the Monday after Easter week, and which days count, with the law cited and dated', async () => {
    await setAppLanguage('nl');
    render(<FeedbackReminder notes={{ [MELDING_DATE_KEY]: '2026-04-02' }} today="2026-04-10" language="nl" t={t} />);
    expect(screen.getByText(/verwacht uiterlijk 13 april 2026/)).toBeInTheDocument();
    const hint = screen.getByTestId('feedback-working-days');
    expect(hint).toHaveTextContent('zonder de feestdagen die artikel 3 van de Algemene termijnenwet noemt');
    expect(hint).toHaveTextContent('Goede Vrijdag, tweede Paasdag, Koningsdag, 5 mei');
    const link = screen.getByRole('link', { name: /Algemene termijnenwet, artikel 3 lid 1 en 2.*gecontroleerd op 1 december 2026/ });
    expect(link).toHaveAttribute('href', 'https://staatsrechtpraktijk.nl/nieuwjaarsdag-en-kerstmis-in-het-staatsrecht/');
  });

  it('in English too; not shown once there is nothing to count', async () => {
    await setAppLanguage('en');
    const { rerender } = render(<FeedbackReminder notes={{ [MELDING_DATE_KEY]: '2026-12-23' }} today="2027-01-05" language="en" t={t} />);
    expect(screen.getByTestId('feedback-working-days')).toHaveTextContent('without the public holidays that article 3');
    expect(screen.getByRole('link', { name: /checked on 1 December 2026/ })).toBeInTheDocument();
    rerender(<FeedbackReminder notes={{}} today="2027-01-05" language="en" t={t} />);
    expect(screen.queryByTestId('feedback-working-days')).toBeNull();
    await setAppLanguage('nl');
  });
});
