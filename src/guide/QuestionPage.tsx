import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartnerQuestion, MELDCODE_STEPS, QUESTIONS, type QuestionId, type Sector } from '../../machines/ids';
import type { ConcernEvent } from '../../machines/concern.machine';
import { allowedValues, questionOf, stepOf, type ConcernSnapshot } from '../../machines/concern';
import { QUESTION_CONTENT, questionSources, type QuestionContent } from '../../content/questions';
import { Button } from '../ui/Button';
import { Details } from '../ui/Details';
import { Link } from '../ui/Link';
import { Paragraph, Paragraphs } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { AGE_HELP, type AgeBand } from '../../content/age';
import { partnerName, partnersForSector, type PartnerDirectory } from './partners';
import { SHARING_HREF } from './sharing-path';
import { SourceCite, SourceList } from './SourceCite';
import { OfficialQuote } from './OfficialQuote';
import { AgeHelp } from './AgeHelp';
import { ANSWER_INPUT_PREFIX, BackButton, ContinueButton, QuestionErrorSummary, QuestionHeading, useQuestionForm } from './QuestionForm';
import '../ui/checkbox.css';
import type { GuideSlots } from './types';

export interface QuestionPageProps {
  snapshot: ConcernSnapshot;
  send(event: ConcernEvent): void;
  partners?: PartnerDirectory;
  slots?: GuideSlots;
  /** Back from the first question (leaves the guide). */
  onExit?(): void;
  /** The answer given earlier (before going back or "Wijzigen"), chosen already. */
  initialChoice?: string;
  /** The child's age band chosen earlier with this concern (help only; content/age.ts). */
  ageBand?: AgeBand;
  /** Keeps the age band with the concern; without it, the choice lasts for this page only. */
  onAgeBand?(band: AgeBand | undefined): void;
}

/** Marks where a component goes inside a translated sentence ("Bron: {{source}}"). */
const SLOT = '\u0000';

function Template({ text, slot }: { text: string; slot: ReactNode }) {
  const [before, after = ''] = text.split(SLOT);
  return (
    <>
      {before}
      {slot}
      {after}
    </>
  );
}

const normalized = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameText = (a: string, b: string) => normalized(a) === normalized(b);

/** The meldcode step indicator: five steps, the current one marked for screen readers too. */
function StepIndicator({ step }: { step: number }) {
  const { t } = useTranslation('guide');
  return (
    <ol className="zr-steps">
      {MELDCODE_STEPS.map((n) => (
        <li
          key={n}
          className={`zr-steps__item${n < step ? ' zr-steps__item--done' : ''}`}
          aria-current={n === step ? 'step' : undefined}
          title={t(`steps.${n}`)}
        >
          <span aria-hidden="true">{n}</span>
          <span className="zr-visually-hidden">{`. ${t(`steps.${n}`)}`}</span>
        </li>
      ))}
    </ol>
  );
}

/**
 * One question per page (GOV.UK): back, progress, the question as h1 inside the legend, hint,
 * help and definitions in <details>, the official wording as a quote with its source, the answers
 * the machine accepts now, and "continue". Nothing chosen → error summary + inline error.
 */
export function QuestionPage({ snapshot, send, partners, slots, onExit, initialChoice, ageBand, onAgeBand }: QuestionPageProps) {
  const { t } = useTranslation(['guide', 'common']);
  const question = questionOf(snapshot) as QuestionId;
  const sector: Sector = snapshot.context.sector;
  const step = stepOf(snapshot);
  const content: QuestionContent = QUESTION_CONTENT[question];
  const partnerQuestion = isPartnerQuestion(question);
  // Partners are offered by sector (issue 14 §6): the machine accepts every partner of the kaart.
  const accepted = allowedValues(snapshot);
  const values = partnerQuestion ? partnersForSector(accepted, partners, sector) : accepted;
  const answers = snapshot.context.answers;

  const [pageBand, setPageBand] = useState<AgeBand | undefined>(ageBand);
  const band = onAgeBand ? ageBand : pageBand;
  const ageHelp = AGE_HELP[question];

  const q = (part: string) => t(`guide:questions.${question}.${part}`, { context: sector, defaultValue: '' });
  const title = q('title');
  const hint = q('hint');
  const help = q('help');
  const quote = q('quote');
  // What the sector's own kader adds here (issue 14 §4, §7): only for a sector that has sources for it.
  const sectorNoteSources = content.sectorNotes?.[sector];
  const sectorNoteKey = `guide:questions.${question}.sectorNotes.${sector}`;
  const sectorNote = sectorNoteSources ? t(`${sectorNoteKey}.text`, { defaultValue: '' }) : '';
  const { choice, setChoice, errorCount, hasError, heading, submit } = useQuestionForm({
    title,
    pageKey: `${question}#${answers.length}`,
    values,
    initialChoice,
    onAnswer: (value) => send({ type: 'ANSWER', question, value }),
  });

  const caption =
    step !== undefined
      ? t('guide:progress.meldcode', { step, name: t(`guide:steps.${step}`) })
      : question.startsWith('steun.')
        ? t('guide:progress.support')
        : t('guide:progress.triage');

  // A question with one answer only (stap1.signalen: "the signals are recorded") is a confirmation:
  // a checkbox below the note field, so writing the note first and then confirming is the natural order.
  const confirmation = !partnerQuestion && QUESTIONS[question].length === 1;
  const errorText = partnerQuestion
    ? t('guide:errors.requiredPartner')
    : confirmation
      ? t('guide:errors.requiredConfirmation', { context: question.replace('.', '-') })
      : t('guide:errors.required');

  const options = values.map((value) => {
    if (!partnerQuestion) return { value, label: t(`guide:answers.${question}.${value}`) };
    const kind = snapshot.context.partners[value];
    return {
      value,
      label: partnerName(partners, value),
      hint: kind === 'internal' ? t('guide:question.partnerInternal') : t('guide:question.partnerExternal'),
    };
  });

  // stap2.bijzonder = ja removes "collega" from the answers; say why instead of hiding it silently.
  const consultationNote =
    question === 'stap2.consultatie' && !values.includes('collega') ? t('guide:errors.consultationNeedsVeiligThuis') : '';

  function back() {
    if (answers.length === 0) onExit?.();
    else send({ type: 'BACK' });
  }

  const body = (
    <>
    {/* An official text that only repeats the question's title says nothing new: no box for it. */}
    {quote && content.quoteSource && !sameText(quote, title) ? (
      <OfficialQuote
        text={quote}
        translation={q('quoteTranslation')}
        source={<Template text={t('guide:question.quoteSource', { source: SLOT })} slot={<SourceCite id={content.quoteSource} />} />}
      />
    ) : null}
    {sectorNote && sectorNoteSources ? (
      <div className="zr-sector-note" data-sector-note={sector}>
        <h2 className="utrecht-heading-3 zr-sector-note__heading">{t(`${sectorNoteKey}.title`)}</h2>
        <Paragraphs text={sectorNote} />
        <SourceList ids={sectorNoteSources} />
      </div>
    ) : null}
    {help ? (
      <Details summary={t('guide:question.helpSummary')}>
        <Paragraphs text={help} />
        {questionSources(question, sector).length > 0 ? (
          <SourceList ids={questionSources(question, sector)} />
        ) : null}
      </Details>
    ) : null}
    {content.definitions.length > 0 ? (
      <Details summary={t('guide:question.definitionsSummary')}>
        <dl className="zr-definitions">
          {content.definitions.map((id) => (
            <div key={id}>
              <dt>{t(`guide:definitions.${id}.term`, { context: sector })}</dt>
              <dd>{t(`guide:definitions.${id}.text`, { context: sector })}</dd>
            </div>
          ))}
        </dl>
      </Details>
    ) : null}
    {content.sharingHelp ? (
      // Where sharing is at stake (step 2, step 3, consent): the help page on what may be shared (issue 14 §3).
      <Paragraph className="zr-sharing-link">
        <Link href={SHARING_HREF}>{t('guide:sharingHelp.link', { context: sector })}</Link>
        <span className="zr-hint"> {t('guide:sharingHelp.hint')}</span>
      </Paragraph>
    ) : null}
    {partnerQuestion ? <Paragraph className="zr-hint">{t('guide:question.partnerHint')}</Paragraph> : null}
    {partnerQuestion && values.length === 0 ? <Paragraph>{t('guide:question.partnerEmpty')}</Paragraph> : null}
    {consultationNote ? <Paragraph className="zr-note">{consultationNote}</Paragraph> : null}
    </>
  );

  const canSafety = snapshot.can({ type: 'SAFETY_CONCERN' });

  return (
    <div className="zr-page zr-question" data-question={question}>
      <BackButton onClick={back} />
      {step !== undefined ? <StepIndicator step={step} /> : null}
      {hasError ? <QuestionErrorSummary errorCount={errorCount} text={errorText} /> : null}
      <form onSubmit={submit} noValidate className="zr-form">
        {confirmation ? (
          <div className="zr-confirmation-question">
            <QuestionHeading caption={caption} title={title} headingRef={heading} />
            {hint ? <Paragraph className="zr-hint">{hint}</Paragraph> : null}
            {body}
          </div>
        ) : (
          <RadioGroup
            name={question}
            idPrefix={ANSWER_INPUT_PREFIX}
            legend={<QuestionHeading caption={caption} title={title} headingRef={heading} />}
            hint={hint || undefined}
            options={options}
            value={choice}
            onChange={setChoice}
            error={hasError ? errorText : undefined}
          >
            {body}
          </RadioGroup>
        )}
        {ageHelp ? (
          <AgeHelp
            kind={ageHelp}
            band={band}
            onBand={(value) => (onAgeBand ? onAgeBand(value) : setPageBand(value))}
          />
        ) : null}
        {slots?.questionExtra ? <div className="zr-slot">{slots.questionExtra({ question, step })}</div> : null}
        {confirmation ? (
          <div className={`zr-confirmation${hasError ? ' zr-radio-group--invalid' : ''}`}>
            {hasError ? (
              <p id={`${ANSWER_INPUT_PREFIX}-0-error`} className="utrecht-form-field-error-message zr-error-message">
                {errorText}
              </p>
            ) : null}
            <div className="utrecht-form-field utrecht-form-field--checkbox zr-radio zr-checkbox">
              <div className="utrecht-form-field__input">
                <input
                  type="checkbox"
                  className={`utrecht-checkbox utrecht-checkbox--html-input${hasError ? ' utrecht-checkbox--invalid' : ''}`}
                  id={`${ANSWER_INPUT_PREFIX}-0`}
                  name={question}
                  value={values[0] ?? ''}
                  checked={choice !== undefined && choice === values[0]}
                  aria-invalid={hasError ? true : undefined}
                  aria-describedby={hasError ? `${ANSWER_INPUT_PREFIX}-0-error` : undefined}
                  onChange={(event) => setChoice(event.currentTarget.checked ? values[0] : undefined)}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${ANSWER_INPUT_PREFIX}-0`}>
                  {options[0]?.label}
                </label>
              </div>
            </div>
          </div>
        ) : null}
        <ContinueButton />
      </form>
      {canSafety ? (
        <div className="zr-section zr-safety">
          <Button appearance="secondary" onClick={() => send({ type: 'SAFETY_CONCERN' })} aria-describedby="zr-safety-hint">
            {t('guide:question.toMeldcode')}
          </Button>
          <Paragraph id="zr-safety-hint" className="zr-hint">
            {t('guide:question.toMeldcodeHint')}
          </Paragraph>
        </div>
      ) : null}
    </div>
  );
}
