import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import type { RouteId } from '../../machines/ids';
import { ConcernActor } from '../concern/actor';
import { useConcernSession } from '../concern/session';
import { Button } from '../ui/Button';
import { DateField } from '../ui/DateField';
import { localToday } from './dates';
import {
  buildDocumentation,
  fileNameOf,
  formatDay,
  toMarkdown,
  toPlainText,
  type Documentation,
  type Translate,
} from './documentation';
import { NoteField } from './NoteField';
import {
  EVALUATION_DUE_KEY,
  FEEDBACK_FIRST_KEY,
  FEEDBACK_SECOND_KEY,
  MELDING_DATE_KEY,
  MELDING_ROLE_KEY,
  OUTCOME_NOTE_KEY,
  dateKey,
} from './note-keys';
import { FeedbackReminder } from './FeedbackReminder';
import './drafts.css';
import { Paragraph } from '../ui/Paragraph';

export interface DocumentationPanelProps {
  route?: RouteId;
  /** Help runs (afweging 5 to come): ask for the evaluation date. */
  waiting?: boolean;
  /** Name of a partner id as the organisation's sociale kaart has it (default: the common names). */
  partnerName?(id: string): string;
}

/** The document as HTML, for the screen preview and for print. */
function DocumentView({ doc, language, t }: { doc: Documentation; language: string; t: Translate }) {
  const day = (d?: string) => (d ? formatDay(d, language) : t('drafts:doc.noDate'));
  return (
    <article className="zr-doc" lang={language}>
      <h3 className="utrecht-heading-3">{doc.title}</h3>
      <dl className="zr-summary-list">
        <div className="zr-summary-list__row">
          <dt>{t('drafts:doc.sector')}</dt>
          <dd>{doc.sector}</dd>
        </div>
        {doc.outcome ? (
          <div className="zr-summary-list__row">
            <dt>{t('drafts:doc.outcome')}</dt>
            <dd>{doc.outcome}</dd>
          </div>
        ) : null}
        {doc.partner ? (
          <div className="zr-summary-list__row">
            <dt>{t('drafts:doc.partner')}</dt>
            <dd>{doc.partner}</dd>
          </div>
        ) : null}
        {doc.ageBand ? (
          <div className="zr-summary-list__row">
            <dt>{t('drafts:doc.ageBand')}</dt>
            <dd>{doc.ageBand}</dd>
          </div>
        ) : null}
        {doc.flags.length > 0 ? (
          <div className="zr-summary-list__row">
            <dt>{t('drafts:doc.flags')}</dt>
            <dd>{doc.flags.join(', ')}</dd>
          </div>
        ) : null}
        {doc.evaluationDue ? (
          <div className="zr-summary-list__row">
            <dt>{t('drafts:doc.evaluationDue')}</dt>
            <dd>{day(doc.evaluationDue)}</dd>
          </div>
        ) : null}
        <div className="zr-summary-list__row">
          <dt>{t('drafts:doc.exportedOn')}</dt>
          <dd>{day(doc.exportedOn)}</dd>
        </div>
        <div className="zr-summary-list__row">
          <dt>{t('drafts:doc.contentVersion')}</dt>
          <dd>{doc.contentVersion}</dd>
        </div>
        <div className="zr-summary-list__row">
          <dt>{t('drafts:doc.contentReviewed')}</dt>
          <dd>{day(doc.contentReviewed)}</dd>
        </div>
      </dl>
      <ol className="zr-doc__entries utrecht-ordered-list">
        {doc.entries.map((e) => (
          <li key={e.question} className="zr-doc__entry utrecht-ordered-list__item">
            <Paragraph>
              <strong>{e.title}</strong>
              {e.step ? ` (${t('drafts:doc.step', { step: e.step })})` : null}
            </Paragraph>
            {e.official ? (
              <figure className="zr-quote">
                <blockquote className="utrecht-blockquote" lang="nl">
                  <Paragraph>{e.official}</Paragraph>
                </blockquote>
                {e.officialSource ? (
                  <figcaption className="zr-quote__caption">
                    {t('drafts:doc.source')}: {e.officialSource}
                  </figcaption>
                ) : null}
              </figure>
            ) : null}
            <Paragraph>
              {t('drafts:doc.answer')}: {e.answer}
            </Paragraph>
            <Paragraph>
              {t('drafts:doc.date')}: {day(e.date)}
            </Paragraph>
            <Paragraph className="zr-doc__note">
              {t('drafts:doc.note')}: {e.note ?? t('drafts:doc.noNote')}
            </Paragraph>
            {e.childView ? (
              <Paragraph className="zr-doc__note">
                {t('drafts:doc.childView')}: {e.childView}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ol>
      {doc.outcome ? (
        <div className="zr-doc__entry">
          <Paragraph>
            <strong>{t('drafts:doc.outcomeNote')}</strong>
          </Paragraph>
          <Paragraph>
            {t('drafts:doc.date')}: {day(doc.outcomeDate)}
          </Paragraph>
          <Paragraph className="zr-doc__note">{doc.outcomeNote ?? t('drafts:doc.noNote')}</Paragraph>
        </div>
      ) : null}
      {doc.afterMelding ? (
        <div className="zr-doc__entry zr-doc__after-melding">
          <Paragraph>
            <strong>{t('drafts:doc.afterMelding')}</strong>
          </Paragraph>
          <Paragraph>
            {t('drafts:doc.meldingDate')}: {day(doc.afterMelding.date)}
          </Paragraph>
          <Paragraph>
            {t('drafts:doc.firstFeedback')}: {day(doc.afterMelding.firstFeedback)}
          </Paragraph>
          <Paragraph>
            {t('drafts:doc.secondFeedback')}: {day(doc.afterMelding.secondFeedback)}
          </Paragraph>
          <Paragraph className="zr-doc__note">
            {t('drafts:doc.role')}: {doc.afterMelding.role ?? t('drafts:doc.noNote')}
          </Paragraph>
        </div>
      ) : null}
    </article>
  );
}

/**
 * After a melding (issue 14 §1): its date, the worker's own role as agreed with Veilig Thuis, and the
 * two feedbacks, with the reminder to ask Veilig Thuis when the first is late (feedback.ts).
 */
function AfterMeldingFields({
  notes,
  setNote,
  language,
  t,
}: {
  notes: Record<string, string>;
  setNote(key: string, text: string): void;
  language: string;
  t: Translate;
}) {
  return (
    <fieldset className="zr-after-melding-fields">
      <legend className="utrecht-heading-3">{t('drafts:afterMelding.heading')}</legend>
      <Paragraph className="zr-hint">{t('drafts:afterMelding.intro')}</Paragraph>
      <DateField
        name="melding-date"
        label={t('drafts:afterMelding.date')}
        value={notes[MELDING_DATE_KEY]}
        onChange={(value) => setNote(MELDING_DATE_KEY, value)}
      />
      <NoteField
        name="note-melding-role"
        label={t('drafts:afterMelding.role.label')}
        hint={t('drafts:afterMelding.role.hint')}
        value={notes[MELDING_ROLE_KEY] ?? ''}
        onChange={(text) => setNote(MELDING_ROLE_KEY, text)}
      />
      <DateField
        name="feedback-first"
        label={t('drafts:afterMelding.first')}
        hint={t('drafts:afterMelding.firstHint')}
        value={notes[FEEDBACK_FIRST_KEY]}
        onChange={(value) => setNote(FEEDBACK_FIRST_KEY, value)}
      />
      <DateField
        name="feedback-second"
        label={t('drafts:afterMelding.second')}
        value={notes[FEEDBACK_SECOND_KEY]}
        onChange={(value) => setNote(FEEDBACK_SECOND_KEY, value)}
      />
      <FeedbackReminder notes={notes} today={localToday()} language={language} t={t} />
    </fieldset>
  );
}

/**
 * On the outcome page: what was decided (a note and its date), the evaluation date while help runs,
 * and the documentation export — print/PDF, copy as text, download as Markdown. Everything is made
 * here on the device; nothing is sent anywhere.
 */
export function DocumentationPanel({ route, waiting = false, partnerName }: DocumentationPanelProps) {
  const { t, i18n } = useTranslation(['drafts', 'guide', 'common']);
  const session = useConcernSession();
  const answers = ConcernActor.useSelector((s) => s.context.answers);
  const sector = ConcernActor.useSelector((s) => s.context.sector);
  const [status, setStatus] = useState('');
  const [fallbackText, setFallbackText] = useState<string | undefined>();
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const tt = t as unknown as Translate;

  const doc = useMemo(
    () =>
      buildDocumentation(
        {
          answers,
          notes: session.notes,
          sector,
          route,
          waiting,
          contentVersion: CONTENT_VERSION,
          contentReviewed: CONTENT_REVIEWED,
          exportedOn: localToday(),
          partnerName: partnerName ?? ((id) => t(`common:partners.${id}`, { defaultValue: id })),
        },
        tt,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answers, session.notes, sector, route, waiting, partnerName, t, language],
  );

  useEffect(() => {
    // Print state is removed whichever way printing ends (dialog closed, printed, cancelled).
    const done = () => document.documentElement.classList.remove('zr-printing-doc');
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  useEffect(() => {
    if (fallbackText !== undefined) fallbackRef.current?.select();
  }, [fallbackText]);

  function print() {
    document.documentElement.classList.add('zr-printing-doc');
    window.print();
    // Printed or saved as PDF: the documentation has left the app as the user asked ("Nieuwe zorg" need not ask).
    session.markSaved(answers);
  }

  async function copy() {
    const text = toPlainText(doc, tt, language);
    try {
      await navigator.clipboard.writeText(text);
      session.markSaved(answers);
      setFallbackText(undefined);
      setStatus(t('drafts:doc.copied'));
    } catch {
      // No clipboard permission (or an old browser): show the text selected, to copy by hand.
      setFallbackText(text);
      setStatus(t('drafts:doc.copyFailed'));
    }
  }

  function download() {
    const markdown = toMarkdown(doc, tt, language);
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameOf(doc);
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Give the browser time to start the download before the blob is released.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    session.markSaved(answers);
    setStatus(t('drafts:doc.downloaded', { file: fileNameOf(doc) }));
  }

  return (
    <section className="zr-panel zr-documentation" aria-labelledby="zr-doc-heading">
      <h2 className="utrecht-heading-2" id="zr-doc-heading">
        {t('drafts:doc.heading')}
      </h2>
      <Paragraph>{t('drafts:doc.intro')}</Paragraph>
      {route ? (
        <NoteField
          name="note-outcome"
          label={t('drafts:notes.outcome.label')}
          hint={t('drafts:notes.outcome.hint')}
          value={session.notes[OUTCOME_NOTE_KEY] ?? ''}
          onChange={(text) => session.setNote(OUTCOME_NOTE_KEY, text)}
          dateLabel={t('drafts:notes.outcome.date')}
          dateHint={t('drafts:notes.dateHint')}
          date={session.notes[dateKey(OUTCOME_NOTE_KEY)]}
          onDateChange={(date) => session.setNote(dateKey(OUTCOME_NOTE_KEY), date)}
        />
      ) : null}
      {route === 'veilig-thuis' && !waiting ? (
        <AfterMeldingFields notes={session.notes} setNote={session.setNote} language={language} t={tt} />
      ) : null}
      {waiting ? (
        <div className="zr-field">
          <DateField
            name="evaluation-due"
            label={t('drafts:notes.evaluation.label')}
            hint={t('drafts:notes.evaluation.hint')}
            value={session.notes[EVALUATION_DUE_KEY]}
            onChange={(date) => session.setNote(EVALUATION_DUE_KEY, date)}
          />
        </div>
      ) : null}
      <Paragraph className="zr-privacy-note">{t('drafts:doc.warning')}</Paragraph>
      <div className="zr-actions zr-doc__actions">
        <Button appearance="secondary" onClick={print} disabled={answers.length === 0}>
          {t('drafts:doc.print')}
        </Button>
        <Button appearance="secondary" onClick={() => void copy()} disabled={answers.length === 0}>
          {t('drafts:doc.copy')}
        </Button>
        <Button appearance="secondary" onClick={download} disabled={answers.length === 0}>
          {t('drafts:doc.download')}
        </Button>
      </div>
      <Paragraph role="status" aria-live="polite">
        {status}
      </Paragraph>
      {fallbackText !== undefined ? (
        <div className="zr-field">
          <label className="utrecht-form-label zr-field__label" htmlFor="zr-doc-copy">
            {t('drafts:doc.copyFallbackLabel')}
          </label>
          <textarea
            id="zr-doc-copy"
            ref={fallbackRef}
            className="zr-textarea zr-doc__copy"
            readOnly
            // The whole documentation of a concern: never in form history or session restore, never to a spelling service.
            autoComplete="off"
            spellCheck={false}
            value={fallbackText}
          />
        </div>
      ) : null}
      <details className="zr-details">
        <summary className="zr-details__summary">{t('drafts:doc.preview')}</summary>
        <div className="zr-details__content">
          {answers.length === 0 ? <Paragraph>{t('drafts:doc.empty')}</Paragraph> : <DocumentView doc={doc} language={language} t={tt} />}
        </div>
      </details>
      {typeof document !== 'undefined'
        ? createPortal(
            <div className="zr-print-doc" aria-hidden="true">
              <DocumentView doc={doc} language={language} t={tt} />
            </div>,
            document.body,
          )
        : null}
    </section>
  );
}

export default DocumentationPanel;
