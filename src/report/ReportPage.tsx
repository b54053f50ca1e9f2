import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_VERSION } from '../../content/version';
import { monthOf } from '../storage/cells';
import { readPrefs } from '../storage/prefs';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { usePageHeading } from '../ui/usePageHeading';
import { csvFile } from './csvFiles';
import { ExchangePanel } from './ExchangePanel';
import { formatPeriod, yearOf, type Lang } from './format';
import { ReportControls } from './ReportControls';
import { releasableYears } from './release';
import { reportLookups, reportVersion, type Audience } from './reportVersion';
import { ReportView } from './ReportView';
import type { Translate } from './tables';
import { usePeriod, type Period } from './usePeriod';
import { useReportData, type ReportStore } from './useReportData';
import { useSchoolChoice } from './useSchoolChoice';
import './report.css';


export interface ReportPageProps {
  navigate(path: string): void;
  /** Injected by stories and tests; the app loads storage (Dexie) with import(). */
  loadStore?: () => Promise<ReportStore>;
  now?: () => Date;
}

const defaultLoadStore = () => import('../storage/store').then((m) => m.getStore());

/**
 * #/verantwoording: the yearly report from the counters (never from a concern). Choose a period
 * and schools; PO and VO side by side in every table; a chart beside the table where a picture
 * says it quicker. "For outside the organisation" shows (and prints) the suppressed version.
 * Printing ("save as PDF") keeps the header with organisation, period, content version and the
 * suppression rule, and drops the controls.
 *
 * The page composes: useReportData (loading), usePeriod and useSchoolChoice (the choice),
 * reportVersion (the tables of each audience), csvFiles (the CSV files), ReportControls and ReportView.
 */
export default function ReportPage({ loadStore = defaultLoadStore, now = () => new Date() }: ReportPageProps) {
  const { t, i18n } = useTranslation(['report', 'common']);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const heading = usePageHeading(t('report:title'), t('common:app.name'), 'report');
  const { data, failed, reload } = useReportData(loadStore);
  const [initialPeriod] = useState(() => yearOf(monthOf(now())));
  const periodState = usePeriod(initialPeriod);
  const { period } = periodState;
  const choice = useSchoolChoice(data);
  const { schools, chosen } = choice;
  const [audience, setAudience] = useState<Audience>('internal');
  // The outside version: one ended calendar year of every school (release.ts), chosen apart from the months.
  const [today] = useState(() => monthOf(now()));
  const years = useMemo(() => (data ? releasableYears(data.totals, today) : []), [data, today]);
  const [chosenYear, setYear] = useState<number>();
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];

  const lookups = useMemo(() => reportLookups(data, schools, t as unknown as Translate), [data, schools, t]);
  const version = useCallback(
    (who: Audience) => reportVersion(who, data!, chosen, period, lookups, { year, today, schools }),
    [data, chosen, period, lookups, year, today, schools],
  );
  const view = useMemo(() => (data ? version(audience) : undefined), [data, version, audience]);
  const threshold = data?.settings.suppressionThreshold ?? 10;
  const textOf = useCallback((p: Period | undefined) => (p ? formatPeriod(p.from, p.to, lang) : '—'), [lang]);
  const periodText = textOf(view?.period);
  const ruleText = useCallback(
    (who: Audience) => (who === 'external' ? t('report:suppression.external', { max: threshold - 1 }) : t('report:suppression.internal')),
    [t, threshold],
  );
  const csv = useCallback(
    (who: Audience) => csvFile(who, { data: data!, periodText: textOf, version, ruleText, lookups }),
    [data, textOf, version, ruleText, lookups],
  );

  return (
    <div className="zr-page zr-report" data-testid="report-page" data-audience={audience}>
      <PageHeading ref={heading}>{t('report:title')}</PageHeading>
      <Paragraph lead className="zr-no-print">
        {/* The kinderopvang counts per locatie, not per school (issue 14 §6): the sector of the start page. */}
        {t('report:lead', { context: readPrefs().sector })}
      </Paragraph>

      {failed ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('report:loadError')}</Paragraph>
        </Alert>
      ) : !data || !view ? (
        <Paragraph role="status">
          {t('report:loading')}
        </Paragraph>
      ) : (
        <>
          <ReportControls
            period={periodState}
            choice={choice}
            audience={audience}
            onAudience={setAudience}
            release={{ years, year, onYear: setYear }}
          />

          <section className="zr-report__meta" aria-labelledby="report-meta" data-testid="report-meta">
            <h2 id="report-meta" className="utrecht-heading-2 zr-report__meta-title">
              {data.settings.organisation ? `${t('report:title')} ${data.settings.organisation}` : t('report:title')}
            </h2>
            <dl className="zr-report__facts">
              <div>
                <dt>{t('report:period')}</dt>
                <dd data-testid="report-period">{periodText}</dd>
              </div>
              <div>
                <dt>{t('report:schoolsIncluded')}</dt>
                <dd>{view.schools.length > 0 ? view.schools.map((s) => s.name).join(', ') : t('report:noSchoolsIncluded')}</dd>
              </div>
              <div>
                <dt>{t('report:contentVersion')}</dt>
                <dd data-testid="report-content-version">{CONTENT_VERSION}</dd>
              </div>
              <div>
                <dt>{t('report:version')}</dt>
                <dd>{t(`report:audience.${audience}`)}</dd>
              </div>
            </dl>
            <Paragraph className="zr-report__rule" data-testid="report-rule">
              {ruleText(audience)}
            </Paragraph>
          </section>

          {audience === 'external' && view.period === undefined ? (
            <Alert type="info" data-testid="report-no-release">
              <Paragraph>{t('report:release.none')}</Paragraph>
            </Alert>
          ) : view.registrations === 0 ? (
            <Alert type="info" data-testid="report-empty">
              <Paragraph>{t('report:empty')}</Paragraph>
              <Paragraph>{t('report:emptyHint')}</Paragraph>
            </Alert>
          ) : (
            <ReportView sections={view.sections} lang={lang} />
          )}

          <ExchangePanel loadStore={loadStore} csv={csv} threshold={threshold} onImported={reload} />
        </>
      )}
    </div>
  );
}
