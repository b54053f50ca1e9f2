import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_REVIEWED, CONTENT_VERSION } from '../../content/version';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { usePageHeading } from '../ui/usePageHeading';
import { reviewInput } from './content';
import { buildReviewRows, reviewCsv } from './rows';
import './review.css';

/**
 * "Inhoud controleren" (#/inhoud): every text with its sources, nl and en side by side, for the
 * aandachtsfunctionaris to sign off; printable as a table and downloadable as CSV with columns to
 * mark each row. Shows nothing about a child: only the app's own content.
 */
export default function ReviewPage() {
  const { t, i18n } = useTranslation(['review', 'common']);
  const lng = i18n.language === 'en' ? 'en' : 'nl';
  const heading = usePageHeading(t('review:title'), t('common:app.name'), 'review');
  const rows = useMemo(() => buildReviewRows(reviewInput()), []);

  const download = () => {
    const csv = reviewCsv(rows, { version: CONTENT_VERSION, reviewed: CONTENT_REVIEWED }, t, lng);
    downloadText(csv, t('review:filename', { version: CONTENT_VERSION }), 'text/csv;charset=utf-8');
  };

  return (
    <div className="zr-page zr-review">
      <PageHeading ref={heading}>{t('review:title')}</PageHeading>
      <dl className="zr-review__meta">
        <div>
          <dt>{t('review:meta.version')}</dt>
          <dd data-testid="review-content-version">{CONTENT_VERSION}</dd>
        </div>
        <div>
          <dt>{t('review:meta.reviewed')}</dt>
          <dd data-testid="review-content-reviewed">{CONTENT_REVIEWED}</dd>
        </div>
        <div>
          <dt>{t('review:meta.rows')}</dt>
          <dd>{rows.length}</dd>
        </div>
      </dl>
      <Paragraph>{t('review:intro')}</Paragraph>
      <Paragraph>{t('review:howTo')}</Paragraph>
      <div className="zr-actions">
        <Button appearance="primary" onClick={download}>
          {t('review:download')}
        </Button>
        <Button onClick={() => window.print()}>{t('review:print')}</Button>
      </div>
      <Paragraph>{t('review:casusNote')}</Paragraph>
      <div className="zr-review__scroll" tabIndex={0} role="region" aria-label={t('review:tableCaption')}>
        <table className="zr-review__table utrecht-table">
          <caption>{t('review:tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review:columns.id')}</th>
              <th scope="col">{t('review:columns.nl')}</th>
              <th scope="col">{t('review:columns.en')}</th>
              <th scope="col">{t('review:columns.source')}</th>
              <th scope="col">{t('review:columns.checked')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-row-id={r.id}>
                <th scope="row">
                  <code>{r.id}</code>
                  <br />
                  <span className="zr-review__kind">{t(`review:kinds.${r.kind}`)}</span>
                </th>
                <td lang="nl">{r.nl}</td>
                <td lang="en">{r.en}</td>
                <td>
                  {r.sources.length === 0 ? (
                    t('review:noSource')
                  ) : (
                    <ul className="zr-review__sources">
                      {r.sources.map((s) => (
                        <li key={s.id}>
                          <Link href={s.url} rel="noreferrer">
                            {s.title[lng]}
                          </Link>
                          <span className="zr-review__url"> {s.url}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {r.sources.length === 0 ? null : (
                    <ul className="zr-review__sources">
                      {r.sources.map((s) => (
                        <li key={s.id}>{s.checked ?? t('review:notChecked')}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
