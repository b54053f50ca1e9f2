import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_VERSION } from '../../content/version';
import type { SchoolType } from '../../machines/ids';
import { isMonth, monthOf, parseColumn, parseRow } from '../storage/cells';
import type { CountsFileSchool, Totals } from '../storage/counts';
import type { Settings } from '../storage/settings';
import type { Store } from '../storage/store';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { Heading2 } from '../ui/Heading';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { usePageHeading } from '../ui/usePageHeading';
import { reportCsv } from './csv';
import { ExchangePanel } from './ExchangePanel';
import { formatPeriod, yearOf, type Lang } from './format';
import { internalCsv } from './model/export';
import { computeReport } from './model/report';
import { protectSections } from './protect';
import { ReportView } from './ReportView';
import { reportSections, type Section } from './tables';
import './report.css';

export type ReportStore = Pick<Store, 'getSettings' | 'knownSchools' | 'readTotals' | 'exportCounts' | 'importCountsFiles'>;
export type Audience = 'internal' | 'external';

export interface ReportPageProps {
  navigate(path: string): void;
  /** Injected by stories and tests; the app loads storage (Dexie) with import(). */
  loadStore?: () => Promise<ReportStore>;
  now?: () => Date;
}

const defaultLoadStore = () => import('../storage/store').then((m) => m.getStore());

interface Loaded {
  settings: Settings;
  known: CountsFileSchool[];
  totals: Totals;
}

interface SchoolChoice {
  id: string;
  name: string;
  type?: SchoolType;
}

/**
 * #/verantwoording: the yearly report from the counters (never from a concern). Choose a period
 * and schools; PO and VO side by side in every table; a chart beside the table where a picture
 * says it quicker. "For outside the organisation" shows (and prints) the suppressed version.
 * Printing ("save as PDF") keeps the header with organisation, period, content version and the
 * suppression rule, and drops the controls.
 */
export default function ReportPage({ loadStore = defaultLoadStore, now = () => new Date() }: ReportPageProps) {
  const { t, i18n } = useTranslation(['report', 'common']);
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const heading = usePageHeading(t('report:title'), t('common:app.name'), 'report');
  const [loaded, setLoaded] = useState<Loaded>();
  const [failed, setFailed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [initialPeriod] = useState(() => yearOf(monthOf(now())));
  const [fromText, setFromText] = useState(initialPeriod.from);
  const [toText, setToText] = useState(initialPeriod.to);
  const [period, setPeriod] = useState(initialPeriod);
  /** undefined: every school */
  const [selected, setSelected] = useState<string[] | undefined>();
  const [audience, setAudience] = useState<Audience>('internal');

  useEffect(() => {
    let live = true;
    loadStore()
      .then((store) => Promise.all([store.getSettings(), store.knownSchools(), store.readTotals()]))
      .then(([settings, known, totals]) => live && setLoaded({ settings, known, totals }))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [loadStore, generation]);

  const periodValid = isMonth(fromText) && isMonth(toText) && fromText <= toText;
  useEffect(() => {
    if (periodValid) setPeriod({ from: fromText, to: toText });
  }, [fromText, toText, periodValid]);

  // Schools to choose from: settings and imported files, plus ids found in the counters only.
  const schools = useMemo<SchoolChoice[]>(() => {
    if (!loaded) return [];
    const byId = new Map<string, SchoolChoice>(loaded.known.map((s) => [s.id, { id: s.id, name: s.name ?? s.id, type: s.type }]));
    for (const s of loaded.settings.schools) byId.set(s.id, { id: s.id, name: s.name, type: s.type });
    for (const row of loaded.totals.rows.keys()) {
      const id = parseRow(row)?.school;
      if (id !== undefined && !byId.has(id)) byId.set(id, { id, name: id });
    }
    const order = (t?: SchoolType) => (t === 'po' ? 0 : t === 'vo' ? 1 : 2);
    return [...byId.values()].sort((a, b) => order(a.type) - order(b.type) || a.name.localeCompare(b.name, 'nl'));
  }, [loaded]);

  const chosen = useMemo(() => (selected ? schools.filter((s) => selected.includes(s.id)) : schools), [schools, selected]);

  const lookups = useMemo(() => {
    const kaart = loaded?.settings.socialeKaart;
    const names = new Map(schools.map((s) => [s.id, s.name]));
    return {
      t: t as unknown as (key: string, options?: Record<string, unknown>) => string,
      partnerName: (id: string) => kaart?.services.find((s) => s.id === id)?.name ?? t(`common:partners.${id}`, { defaultValue: id }),
      schoolName: (id: string) => names.get(id) ?? id,
    };
  }, [loaded, schools, t]);

  const build = useCallback(
    (who: Audience): { sections: (Section & { omitted?: string[] })[]; registrations: number; schools: SchoolChoice[] } | undefined => {
      if (!loaded) return undefined;
      // The outside version counts schools of a known type only, so PO + VO = total holds for suppression.
      const list = who === 'external' ? chosen.filter((s) => s.type) : chosen;
      const report = computeReport(loaded.totals, {
        from: period.from,
        to: period.to,
        schools: list.map((s) => s.id),
        schoolTypes: Object.fromEntries(list.filter((s) => s.type).map((s) => [s.id, s.type!])),
        schoolNames: Object.fromEntries(list.map((s) => [s.id, s.name])),
      });
      const sections = reportSections(report, lookups);
      return {
        sections: who === 'external' ? protectSections(sections, loaded.settings.suppressionThreshold) : sections,
        registrations: report.groups.all.registrations,
        schools: list,
      };
    },
    [loaded, chosen, period, lookups],
  );

  const view = useMemo(() => build(audience), [build, audience]);
  const threshold = loaded?.settings.suppressionThreshold ?? 10;
  const periodText = formatPeriod(period.from, period.to, lang);
  const ruleText = (who: Audience) => (who === 'external' ? t('report:suppression.external', { max: threshold - 1 }) : t('report:suppression.internal'));

  /** 'contact|ouder' → "Ouder" (the internal CSV lists the counters' own columns). */
  const columnLabel = useCallback(
    (col: string) => {
      const parsed = parseColumn(col);
      if (!parsed) return col;
      const { dimension: dim, value } = parsed;
      const [a = '', b = ''] = parsed.pair ?? [];
      switch (dim) {
        case 'registratie':
          return t('report:schools.registrations');
        case 'contact-via':
          return `${t(`common:dimensions.contact.${a}`)} ← ${t(`common:dimensions.via.${b}`)}`;
        case 'verwijzing':
          return `${lookups.partnerName(b)} (${t(`common:partnerKinds.${a}`)})`;
        case 'vlag':
          return t(`common:dimensions.flag.${value}`);
        default:
          return t(`common:dimensions.${dim}.${value}`, { defaultValue: col });
      }
    },
    [t, lookups],
  );

  const csv = useCallback(
    (who: Audience) => {
      const name = `zorgroute-verantwoording-${period.from}-${period.to}-${who === 'external' ? 'extern' : 'intern'}.csv`;
      if (who === 'internal') {
        // Within the organisation: every counter of the period per month and school (for pivot tables).
        return {
          filename: name,
          text: internalCsv(loaded!.totals, {
            from: period.from,
            to: period.to,
            schools: chosen.map((s) => s.id),
            schoolTypes: Object.fromEntries(chosen.filter((s) => s.type).map((s) => [s.id, s.type!])),
            schoolNames: Object.fromEntries(chosen.map((s) => [s.id, s.name])),
            contentVersion: CONTENT_VERSION,
            organisation: loaded!.settings.organisation || undefined,
            lang,
            label: columnLabel,
          }),
        };
      }
      const built = build(who)!;
      const header: [string, string][] = [
        [t('report:csv.title'), loaded?.settings.organisation || t('common:app.name')],
        [t('report:period'), periodText],
        [t('report:contentVersion'), CONTENT_VERSION],
        [t('report:schoolsIncluded'), built.schools.map((s) => s.name).join(', ')],
        [t('report:version'), t(`report:audience.${who}`)],
        [t('report:csv.version'), ruleText(who)],
      ];
      return { text: reportCsv(built.sections, { header }, lookups.t), filename: name };
    },
    // ruleText and periodText follow from the listed values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [build, loaded, lookups, period, t, threshold, lang, chosen, columnLabel],
  );

  const poSchools = schools.filter((s) => s.type === 'po');
  const voSchools = schools.filter((s) => s.type === 'vo');
  const otherSchools = schools.filter((s) => !s.type);
  const selectedIds = selected ?? schools.map((s) => s.id);
  const setGroup = (group: SchoolChoice[], ids: string[]) => {
    const inGroup = new Set(group.map((s) => s.id));
    setSelected([...selectedIds.filter((id) => !inGroup.has(id)), ...ids]);
  };

  return (
    <div className="zr-page zr-report" data-testid="report-page" data-audience={audience}>
      <PageHeading ref={heading}>{t('report:title')}</PageHeading>
      <Paragraph lead className="zr-no-print">
        {t('report:lead')}
      </Paragraph>

      {failed ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('report:loadError')}</Paragraph>
        </Alert>
      ) : !loaded || !view ? (
        <p className="utrecht-paragraph" role="status">
          {t('report:loading')}
        </p>
      ) : (
        <>
          <form className="zr-report__controls zr-no-print" onSubmit={(event) => event.preventDefault()} aria-labelledby="report-controls">
            <Heading2 id="report-controls">{t('report:controls.title')}</Heading2>
            <div className="zr-report__period">
              <MonthField id="report-from" label={t('report:controls.from')} hint={t('report:controls.monthHint')} value={fromText} onChange={setFromText} invalid={!periodValid} />
              <MonthField id="report-to" label={t('report:controls.to')} hint={t('report:controls.monthHint')} value={toText} onChange={setToText} invalid={!periodValid} />
            </div>
            {!periodValid ? (
              <p className="utrecht-form-field-error-message zr-error-message" role="alert">
                {t('report:controls.periodError')}
              </p>
            ) : null}
            {schools.length === 0 ? (
              <Paragraph>
                {t('report:controls.noSchoolsSetUp')} <Link href="#/instellingen">{t('report:controls.setUpSchools')}</Link>
              </Paragraph>
            ) : (
              <div className="zr-report__schools">
                {(
                  [
                    ['po', poSchools],
                    ['vo', voSchools],
                    ['other', otherSchools],
                  ] as const
                )
                  .filter(([, list]) => list.length > 0)
                  .map(([group, list]) => (
                    <div key={group} className="zr-report__school-group">
                      <CheckboxGroup
                        name={`report-schools-${group}`}
                        idPrefix={`report-schools-${group}`}
                        legend={
                          <span className="zr-legend-text">
                            {t('report:controls.schools')}: {group === 'other' ? t('report:controls.unknownType') : t(`report:groups.${group}`)}
                          </span>
                        }
                        options={list.map((s) => ({ value: s.id, label: s.name }))}
                        value={selectedIds.filter((id) => list.some((s) => s.id === id))}
                        onChange={(ids) => setGroup(list, ids)}
                      />
                    </div>
                  ))}
                <div className="zr-report__buttons">
                  <Button appearance="subtle" onClick={() => setSelected(undefined)}>
                    {t('report:controls.all')}
                  </Button>
                  <Button appearance="subtle" onClick={() => setSelected([])}>
                    {t('report:controls.none')}
                  </Button>
                </div>
              </div>
            )}
            <RadioGroup
              name="report-audience"
              idPrefix="report-audience"
              legend={<span className="zr-legend-text">{t('report:controls.audience')}</span>}
              options={[
                { value: 'internal', label: t('report:controls.audienceInternal') },
                { value: 'external', label: t('report:controls.audienceExternal') },
              ]}
              value={audience}
              onChange={(v) => setAudience(v as Audience)}
            />
            <div className="zr-report__buttons">
              <Button appearance="primary" onClick={() => window.print()}>
                {t('report:controls.print')}
              </Button>
              <Link href="#/registreren">{t('report:controls.quickRegistration')}</Link>
            </div>
          </form>

          <section className="zr-report__meta" aria-labelledby="report-meta" data-testid="report-meta">
            <h2 id="report-meta" className="utrecht-heading-2 zr-report__meta-title">
              {loaded.settings.organisation ? `${t('report:title')} ${loaded.settings.organisation}` : t('report:title')}
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
            <p className="utrecht-paragraph zr-report__rule" data-testid="report-rule">
              {ruleText(audience)}
            </p>
          </section>

          {view.registrations === 0 ? (
            <Alert type="info" data-testid="report-empty">
              <Paragraph>{t('report:empty')}</Paragraph>
              <Paragraph>{t('report:emptyHint')}</Paragraph>
            </Alert>
          ) : (
            <ReportView sections={view.sections} lang={lang} />
          )}

          <ExchangePanel
            loadStore={loadStore}
            csv={csv}
            threshold={threshold}
            onImported={() => setGeneration((g) => g + 1)}
          />
        </>
      )}
    </div>
  );
}

function MonthField({
  id,
  label,
  hint,
  value,
  onChange,
  invalid,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
}) {
  return (
    <div className="utrecht-form-field zr-report__month">
      <label className="utrecht-form-label zr-legend-text" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="utrecht-form-field-description zr-hint">
        {hint}
      </div>
      <input
        id={id}
        type="month"
        className="utrecht-textbox utrecht-textbox--html-input zr-report__month-input"
        value={value}
        pattern="\d{4}-\d{2}"
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </div>
  );
}
