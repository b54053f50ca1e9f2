import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CONTENT_VERSION } from '../../content/version';
import { monthOf } from '../storage/cells';
import { readPrefs } from '../storage/prefs';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SectorWordsProvider, useSectorT } from '../ui/sectorWords';
import { usePageHeading } from '../ui/usePageHeading';
import { csvFile } from './csvFiles';
import { ExchangePanel } from './ExchangePanel';
import { formatPeriod, yearOf, type Lang } from './format';
import { ReportControls } from './ReportControls';
import { releasableYears } from './release';
import { protectOffThread } from './protectOffThread';
import { outsideVersion, reportLookups, reportVersion, type Audience, type ReportVersion } from './reportVersion';
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
  // The kinderopvang counts per locatie, not per school (issue 14 §6): the words follow the sector of
  // the start page (a preference of this browser), here and in the tables, charts and CSV files.
  const [sector] = useState(() => readPrefs().sector);
  const { t, i18n } = useSectorT(['report', 'common'], sector);
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
  const internal = useCallback(
    () => reportVersion('internal', data!, chosen, period, lookups, { year, today, schools }),
    [data, chosen, period, lookups, year, today, schools],
  );
  // The tables are built in a render of their own, after the controls are on screen and after each
  // change of the period or schools (React's deferred value: the month and year boxes answer at once,
  // the report follows), so building them is never in the same task as drawing the page (issue 16).
  const shownData = useDeferredValue(data);
  const shownChosen = useDeferredValue(chosen);
  const shownPeriod = useDeferredValue(period);
  const shownLookups = useDeferredValue(lookups);
  const shownAudience = useDeferredValue(audience);
  // The outside version is built when it is asked for (shown or exported), once per choice, and its
  // suppression runs in a Worker (issue 16: one task of 1.7 s on this thread for a year of three
  // schools). Should the Worker fail, the same suppression runs here: slower, never a different table.
  const outside = useMemo(() => {
    let built: Promise<ReportVersion> | undefined;
    const choice = { year, today, schools };
    return () =>
      (built ??= outsideVersion(data!, lookups, choice, protectOffThread).catch(() =>
        reportVersion('external', data!, chosen, period, lookups, choice),
      ));
    // chosen and period do not change the outside version (every school, a whole year).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, lookups, year, today, schools]);
  const [external, setExternal] = useState<{ of: typeof outside; version: ReportVersion }>();
  useEffect(() => {
    if (audience !== 'external' || !data) return;
    let live = true;
    // In a task of its own: after a click React runs this effect in the click's task, and making the
    // tables to send to the Worker would lengthen it.
    const timer = setTimeout(() => void outside().then((version) => live && setExternal({ of: outside, version })));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [audience, data, outside]);
  const internalView = useMemo(
    () =>
      shownData && audience === 'internal' && shownAudience === 'internal'
        ? reportVersion('internal', shownData, shownChosen, shownPeriod, shownLookups, { year, today, schools })
        : undefined,
    [shownData, shownChosen, shownPeriod, shownLookups, audience, shownAudience, year, today, schools],
  );
  // While another outside version is made (another year, language or import) the last one stays on
  // screen, marked as being updated, rather than the page emptying for the seconds it may take.
  const view = audience === 'external' ? external?.version : internalView;
  const updating = audience === 'external' && external !== undefined && external.of !== outside;
  const threshold = data?.settings.suppressionThreshold ?? 10;
  const textOf = useCallback((p: Period | undefined) => (p ? formatPeriod(p.from, p.to, lang) : '—'), [lang]);
  const periodText = textOf(view?.period);
  const ruleText = useCallback(
    (who: Audience) => (who === 'external' ? t('report:suppression.external', { max: threshold - 1 }) : t('report:suppression.internal')),
    [t, threshold],
  );
  const csv = useCallback(
    async (who: Audience) => csvFile(who, { data: data!, periodText: textOf, built: who === 'external' ? await outside() : internal(), ruleText, lookups }),
    [data, textOf, outside, internal, ruleText, lookups],
  );

  return (
    <SectorWordsProvider value={sector}>
      <div className="zr-page zr-report" data-testid="report-page" data-audience={audience}>
        <PageHeading ref={heading}>{t('report:title')}</PageHeading>
        <Paragraph lead className="zr-no-print">
          {t('report:lead')}
        </Paragraph>

        {failed ? (
          <Alert type="error" role="alert">
            <Paragraph>{t('report:loadError')}</Paragraph>
          </Alert>
        ) : !data ? (
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

            {!view ? (
              <Paragraph role="status" data-testid="report-building">
                {t('report:building')}
              </Paragraph>
            ) : (
              <div aria-busy={updating || undefined} className="zr-report__version">
                {updating ? (
                  <Paragraph role="status" className="zr-hint zr-no-print" data-testid="report-building">
                    {t('report:building')}
                  </Paragraph>
                ) : null}
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
              </div>
            )}

            <ExchangePanel loadStore={loadStore} csv={csv} threshold={threshold} onImported={reload} />
          </>
        )}
      </div>
    </SectorWordsProvider>
  );
}
