import { useState } from 'react';
import type { ImportResult, Store } from '../storage/store';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Details } from '../ui/Details';
import { FilePicker } from '../ui/FilePicker';
import { downloadText } from '../ui/download';
import { Heading2 } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { formatBytes, readTextFile } from '../ui/readFile';
import { useSectorT } from '../ui/sectorWords';
import { MAX_COUNTS_FILES, MAX_COUNTS_FILE_BYTES, countsIssueText } from './importMessages';

export type ExchangeStore = Pick<Store, 'exportCounts' | 'importCountsFiles'>;

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; files: number; changed: number }
  | { kind: 'refused'; messages: { text: string; detail?: string }[] }
  | { kind: 'failed' };

/**
 * Export and import of counts. JSON: the versioned counts file of everything on this device, to
 * combine within the organisation (importing merges per installation by the larger count, so the
 * same file twice counts once). CSV: the tables of the report as shown, for within the
 * organisation, or aggregated over the period and suppressed for outside it. Importing several
 * files is all-or-nothing: one invalid file and nothing changes (storage validates all first).
 */
export function ExchangePanel({
  loadStore,
  csv,
  threshold,
  onImported,
}: {
  loadStore(): Promise<ExchangeStore>;
  /** Builds the CSV text and file name of the current view. */
  csv(audience: 'internal' | 'external'): Promise<{ text: string; filename: string }>;
  threshold: number;
  onImported(): void;
}) {
  const { t, i18n } = useSectorT(['report', 'common']);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const [exported, setExported] = useState<string>();
  const [exportFailed, setExportFailed] = useState(false);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function exportJson() {
    setExportFailed(false);
    try {
      const { text, filename } = await (await loadStore()).exportCounts();
      downloadText(text, filename, 'application/json');
      setExported(filename);
    } catch {
      setExportFailed(true);
    }
  }

  // Async: the outside version's suppression runs in a Worker (issue 16).
  async function exportCsv(audience: 'internal' | 'external') {
    setExportFailed(false);
    try {
      const { text, filename } = await csv(audience);
      downloadText(text, filename, 'text/csv;charset=utf-8');
      setExported(filename);
    } catch {
      setExportFailed(true);
    }
  }

  async function importFiles(files: File[]) {
    if (files.length === 0) return;
    setState({ kind: 'busy' });
    try {
      if (files.length > MAX_COUNTS_FILES) {
        setState({ kind: 'refused', messages: [{ text: t('exchange.errors.tooMany', { max: MAX_COUNTS_FILES }) }] });
        return;
      }
      // Sizes first, before any file is read (issue 13).
      const large = files.filter((f) => f.size > MAX_COUNTS_FILE_BYTES);
      if (large.length > 0) {
        const max = formatBytes(MAX_COUNTS_FILE_BYTES, language);
        setState({ kind: 'refused', messages: large.map((f) => ({ text: t('exchange.errors.tooLarge', { file: f.name, max }) })) });
        return;
      }
      const texts: string[] = [];
      for (const file of files) {
        const read = await readTextFile(file, MAX_COUNTS_FILE_BYTES);
        if (!read.ok) {
          setState({ kind: 'refused', messages: [{ text: t('exchange.errors.read', { file: file.name }) }] });
          return;
        }
        texts.push(read.text);
      }
      const result: ImportResult = await (await loadStore()).importCountsFiles(texts);
      if (!result.ok) {
        setState({
          kind: 'refused',
          messages: result.files
            .filter((f) => !f.ok && f.error)
            .map((f) => ({
              text: t(`exchange.errors.${f.error!.code}`, { file: files[f.index]?.name ?? `#${f.index + 1}` }),
              detail: `${files[f.index]?.name ?? `#${f.index + 1}`} — ${f.error!.path}: ${countsIssueText(f.error!.code, f.error!.message, language)}`,
            })),
        });
        return;
      }
      setState({ kind: 'done', files: files.length, changed: result.changedCells });
      onImported();
    } catch {
      setState({ kind: 'failed' });
    }
  }

  return (
    <section className="zr-report__section zr-report__exchange zr-no-print" aria-labelledby="report-exchange">
      <Heading2 id="report-exchange">{t('exchange.title')}</Heading2>
      <Paragraph>{t('exchange.lead')}</Paragraph>

      <div className="zr-report__exchange-block">
        <Button appearance="secondary" onClick={() => void exportJson()} data-testid="export-json">
          {t('exchange.json')}
        </Button>
        <Paragraph className="zr-hint">{t('exchange.jsonHint')}</Paragraph>
      </div>
      <div className="zr-report__exchange-block">
        <div className="zr-report__buttons">
          <Button appearance="secondary" onClick={() => void exportCsv('internal')} data-testid="export-csv-internal">
            {t('exchange.csvInternal')}
          </Button>
          <Button appearance="secondary" onClick={() => void exportCsv('external')} data-testid="export-csv-external">
            {t('exchange.csvExternal')}
          </Button>
        </div>
        <Paragraph className="zr-hint">{t('exchange.csvHint', { threshold })}</Paragraph>
      </div>
      <div role="status" className="zr-report__status">
        {exported ? <Paragraph>{t('exchange.exported', { file: exported })}</Paragraph> : null}
      </div>
      {exportFailed ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('exchange.failed')}</Paragraph>
        </Alert>
      ) : null}

      <div className="zr-report__exchange-block">
        <FilePicker
          label={t('exchange.import')}
          labelClassName="utrecht-form-label zr-legend-text"
          hint={t('exchange.importHint')}
          testId="import-counts"
          multiple
          disabled={state.kind === 'busy'}
          onFiles={(files) => void importFiles(files)}
        />
      </div>
      <div role="status" className="zr-report__status" data-testid="import-status">
        {state.kind === 'busy' ? <Paragraph>{t('exchange.importing')}</Paragraph> : null}
        {state.kind === 'done' ? (
          <Alert type="ok">
            <Paragraph>
              {state.changed > 0 ? t('exchange.imported', { count: state.files, changed: state.changed }) : t('exchange.nothingNew')}
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {state.kind === 'refused' ? (
        <Alert type="error" role="alert" data-testid="import-error">
          <Paragraph>
            <strong>{t('exchange.refused')}</strong>
          </Paragraph>
          <ul className="utrecht-unordered-list">
            {state.messages.map((m, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {m.text}
              </li>
            ))}
          </ul>
          {/* Where in the file, in the page's language, folded away (issue 12 item 7). */}
          {state.messages.some((m) => m.detail) ? (
            <Details summary={t('common:import.details')}>
              <ul className="utrecht-unordered-list">
                {state.messages
                  .filter((m) => m.detail)
                  .map((m, i) => (
                    <li key={i} className="utrecht-unordered-list__item zr-report__detail">
                      <code>{m.detail}</code>
                    </li>
                  ))}
              </ul>
            </Details>
          ) : null}
        </Alert>
      ) : null}
      {state.kind === 'failed' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('exchange.failed')}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}
