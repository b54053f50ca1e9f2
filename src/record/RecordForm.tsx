import type { FormEvent, ReactNode } from 'react';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { RecordFields } from './RecordFields';
import { errorLinks } from './recording';
import { useRecordT } from './sector';
import type { useRecordChoice } from './useRecordChoice';

/**
 * The counting form of the guide's record panel and of quick registration: while the schools load, a
 * status line; then the error summary, the fields (with no schools yet, where to set them up, and a new
 * school's fields), what the page adds (`children`), a failed save, and "Tellen" (then "Geteld").
 */
export function RecordForm({
  form,
  idPrefix,
  settingsHref,
  state,
  statusId,
  onSubmit,
  children,
}: {
  form: ReturnType<typeof useRecordChoice>;
  idPrefix: string;
  settingsHref: string;
  state: 'idle' | 'saving' | 'saved' | 'failed';
  /** The status line that says what was counted: "Geteld" is described by it. */
  statusId?: string;
  onSubmit(event: FormEvent): void;
  children?: ReactNode;
}) {
  const { t } = useRecordT();
  const { schools, choice, setChoice, errors, showSummary } = form;
  if (schools === undefined) return <Paragraph role="status">{t('record:panel.loading')}</Paragraph>;
  const saved = state === 'saved';
  const errorList = errorLinks(errors, idPrefix);
  return (
    <form onSubmit={onSubmit} noValidate className="zr-form">
      {showSummary && errorList.length > 0 ? <ErrorSummary title={t('record:errors.title')} errors={errorList} /> : null}
      {saved ? null : (
        <>
          {schools.length === 0 ? (
            <Paragraph className="zr-hint" data-testid="record-no-schools">
              {t('record:newSchool.intro')} <Link href={settingsHref}>{t('record:noSchools.link')}</Link>
            </Paragraph>
          ) : null}
          <RecordFields schools={schools} value={choice} onChange={setChoice} errors={errors} idPrefix={idPrefix} disabled={state === 'saving'} />
          {children}
        </>
      )}
      {state === 'failed' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('record:errors.save')}</Paragraph>
        </Alert>
      ) : null}
      <div className="zr-record__actions">
        <Button type="submit" appearance="primary" disabled={saved || state === 'saving'} aria-describedby={saved ? statusId : undefined}>
          {saved ? t('record:counted') : state === 'saving' ? t('record:saving') : t('record:submit')}
        </Button>
      </div>
    </form>
  );
}
