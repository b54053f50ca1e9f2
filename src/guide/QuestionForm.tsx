import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { PageHeading } from '../ui/Heading';
import { usePageHeading } from '../ui/usePageHeading';

/**
 * What the concern's and the onderling route's question pages share: one question per page (GOV.UK),
 * "continue" with nothing chosen shows an error summary and an inline error, and only an answer the
 * machine accepts here is sent.
 */

/** The id prefix of the answers' inputs: the error summary links to the first one (`#answer-0`). */
export const ANSWER_INPUT_PREFIX = 'answer';

/**
 * The page's choice and error state and its heading. `errorCount` counts the presses of "continue"
 * without a valid choice: the error summary is keyed on it, so it takes focus again each time.
 */
export function useQuestionForm({
  title,
  pageKey,
  values,
  initialChoice,
  onAnswer,
}: {
  title: string;
  /** Tells one question page from the next (focus and title: usePageHeading). */
  pageKey: string;
  /** The answers the machine accepts now. */
  values: readonly string[];
  initialChoice?: string;
  onAnswer(value: string): void;
}) {
  const { t } = useTranslation('common');
  const [choice, setChoice] = useState<string | undefined>(initialChoice);
  const [errorCount, setErrorCount] = useState(0);
  const hasError = errorCount > 0 && !choice;
  const withError = (text: string) => (hasError ? `${t('common:errors.summaryTitle')}: ${text}` : text);
  const heading = usePageHeading(
    withError(title),
    t('common:app.name'),
    pageKey,
    // Neutral in the browser's history: no question, no step (issue 13); the error is still signalled.
    withError(t('common:nav.guide')),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice || !values.includes(choice)) {
      setErrorCount((n) => n + 1);
      return;
    }
    onAnswer(choice);
  }

  return { choice, setChoice, errorCount, hasError, heading, submit };
}

export function BackButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="zr-linkbutton zr-back" onClick={onClick}>
      <span aria-hidden="true">‹ </span>
      {t('common:actions.back')}
    </button>
  );
}

/** The error summary of a question page: one error, linked to the first answer. */
export function QuestionErrorSummary({ errorCount, text }: { errorCount: number; text: string }) {
  const { t } = useTranslation('common');
  return (
    <ErrorSummary
      key={errorCount}
      title={t('common:errors.summaryTitle')}
      errors={[{ href: `#${ANSWER_INPUT_PREFIX}-0`, text }]}
    />
  );
}

/** Where the user is (caption) and the question itself as the page's h1. */
export function QuestionHeading({ caption, title, headingRef }: { caption: string; title: string; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <span className="zr-caption">{caption}</span>
      <PageHeading ref={headingRef} className="zr-question-heading">
        {title}
      </PageHeading>
    </>
  );
}

export function ContinueButton() {
  const { t } = useTranslation('common');
  return (
    <div className="zr-actions">
      <Button type="submit" appearance="primary">
        {t('common:actions.continue')}
      </Button>
    </div>
  );
}
