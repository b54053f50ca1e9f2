import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SummaryList, type SummaryRow } from '../ui/SummaryList';
import { usePageHeading } from '../ui/usePageHeading';

/** One answer on "check your answers": the question's title and the answer's words. */
export interface CheckedAnswer<Q extends string> {
  question: Q;
  title: string;
  answer: string;
}

/**
 * "Check your answers" (GOV.UK), the same page for the concern and the onderling route: every answer
 * with a change button (its accessible name says which question), then what the answers lead to, and
 * confirm. Which words and which route are the caller's; what a change does is the machine's (EDIT).
 */
export function CheckAnswers<Q extends string>({
  className,
  pageKey,
  answers,
  summary,
  onEdit,
  onConfirm,
}: {
  /** Classes of the page next to `zr-page`. */
  className: string;
  /** Tells one visit of the page from the next (focus and title: usePageHeading). */
  pageKey: string;
  answers: readonly CheckedAnswer<Q>[];
  /** What the answers lead to: the route (and flags). */
  summary: SummaryRow[];
  onEdit(question: Q): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation(['guide', 'common']);
  const title = t('guide:review.title');
  const heading = usePageHeading(title, t('common:app.name'), pageKey, t('common:nav.guide'));
  const rows = answers.map(({ question, title: questionTitle, answer }) => ({
    key: question,
    term: questionTitle,
    value: answer,
    action: (
      <button type="button" className="zr-linkbutton" onClick={() => onEdit(question)}>
        {t('guide:review.change')}
        <span className="zr-visually-hidden"> {t('guide:review.changeHidden', { question: questionTitle })}</span>
      </button>
    ),
  }));
  return (
    <div className={`zr-page ${className}`}>
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t('guide:review.lead')}</Paragraph>
      <SummaryList rows={rows} />
      <SummaryList rows={summary} />
      <div className="zr-actions">
        <Button appearance="primary" onClick={onConfirm} aria-describedby="zr-confirm-hint">
          {t('guide:review.confirm')}
        </Button>
      </div>
      <Paragraph id="zr-confirm-hint" className="zr-hint">
        {t('guide:review.confirmHint')}
      </Paragraph>
    </div>
  );
}
