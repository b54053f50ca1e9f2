// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import { setupTestI18n } from '../../tests/i18n';
import { Footer } from './Footer';
import { findRoute } from './routes';

afterEach(cleanup);

describe.each([
  ['nl', `Inhoudsversie ${CONTENT_VERSION}`, `Inhoud laatst gecontroleerd op ${CONTENT_REVIEWED}`, 'Inhoud controleren'],
  ['en', `Content version ${CONTENT_VERSION}`, `Content last reviewed on ${CONTENT_REVIEWED}`, 'Review the content'],
] as const)('the footer in %s', (lng, version, reviewed, link) => {
  it('shows the content version, the day the content was last reviewed, and links to the review page', async () => {
    await setupTestI18n(['common'], lng);
    render(<Footer />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(version);
    expect(footer).toHaveTextContent(reviewed);
    expect(screen.getByRole('link', { name: link })).toHaveAttribute('href', '#/inhoud');
    expect(findRoute('/inhoud')?.showInNav).toBe(false);
  });
});
