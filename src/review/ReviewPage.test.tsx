// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import { setupTestI18n } from '../../tests/i18n';
import ReviewPage from './ReviewPage';
import { reviewInput } from './content';
import { buildReviewRows } from './rows';

/**
 * The review page with the real i18n and the real content: version and review date at the top,
 * one table row per content row, nl and en side by side, and the CSV download (read back from the
 * blob the browser would save).
 */

const rows = buildReviewRows(reviewInput());

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function downloaded(click: () => void): Promise<{ name: string; text: string }> {
  let blob: Blob | undefined;
  let name = '';
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:review';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  click();
  expect(blob).toBeDefined();
  // Read as bytes: Blob.text() would drop the BOM, which is what Excel needs to see.
  const bytes = new Uint8Array(await blob!.arrayBuffer());
  return { name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe.each([
  ['nl', 'Inhoud controleren', 'Download als CSV (Excel)', 'Akkoord (ja/nee)'],
  ['en', 'Review the content', 'Download as CSV (Excel)', 'Agreed (yes/no)'],
] as const)('the review page in %s', (lng, title, download, agreed) => {
  beforeAll(async () => {
    await setupTestI18n(['common', 'review'], lng);
  });

  it('shows the content version and review date, and every text with nl and en side by side', () => {
    render(<ReviewPage />);
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByTestId('review-content-version')).toHaveTextContent(CONTENT_VERSION);
    expect(screen.getByTestId('review-content-reviewed')).toHaveTextContent(CONTENT_REVIEWED);
    const table = screen.getByRole('table');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(rows.length);
    const acuut = bodyRows.find((r) => r.getAttribute('data-row-id') === 'questions.triage.acuut.title')!;
    const cells = within(acuut).getAllByRole('cell');
    expect(cells[0]).toHaveAttribute('lang', 'nl');
    expect(cells[0]).toHaveTextContent('Is een kind nu in direct gevaar?');
    expect(cells[1]).toHaveAttribute('lang', 'en');
    expect(cells[1]!.textContent).not.toBe('');
    // The source link and the date it was compared.
    const quote = bodyRows.find((r) => r.getAttribute('data-row-id')?.match(/^questions\.afweging\.1\.quote/))!;
    expect(within(quote).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(quote).toHaveTextContent(/\d{4}-\d{2}-\d{2}/);
  });

  it('downloads the rows as an Excel-ready CSV with columns to mark each row', async () => {
    render(<ReviewPage />);
    const { name, text } = await downloaded(() => fireEvent.click(screen.getByRole('button', { name: download })));
    expect(name).toBe(lng === 'nl' ? `zorgroute-inhoud-${CONTENT_VERSION}.csv` : `zorgroute-content-${CONTENT_VERSION}.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`;${CONTENT_VERSION}\r\n`);
    expect(text).toContain(`;${agreed};`);
    expect(text).toContain('questions.triage.acuut.help;');
  });
});
