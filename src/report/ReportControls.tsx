import { Button } from '../ui/Button';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { Heading2 } from '../ui/Heading';
import { Link } from '../ui/Link';
import { MonthField } from '../ui/MonthField';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { useSectorT } from '../ui/sectorWords';
import type { Audience } from './reportVersion';
import type { usePeriod } from './usePeriod';
import type { useSchoolChoice } from './useSchoolChoice';

export interface ReportControlsProps {
  period: ReturnType<typeof usePeriod>;
  choice: ReturnType<typeof useSchoolChoice>;
  audience: Audience;
  onAudience(audience: Audience): void;
  /** The outside version's year: ended calendar years with counts, newest first. */
  release: { years: readonly number[]; year: number | undefined; onYear(year: number): void };
}

/**
 * The report's controls (not printed): the version first, then for within the organisation any
 * period and schools, for outside it one ended calendar year (every school: release.ts), print.
 */
export function ReportControls({ period, choice, audience, onAudience, release }: ReportControlsProps) {
  const { t } = useSectorT(['report', 'common']);
  const { schools, selectedIds, setGroup } = choice;
  const groups = (
    [
      ['po', schools.filter((s) => s.type === 'po')],
      ['vo', schools.filter((s) => s.type === 'vo')],
      ['other', schools.filter((s) => !s.type)],
    ] as const
  ).filter(([, list]) => list.length > 0);

  return (
    <form className="zr-report__controls zr-no-print" onSubmit={(event) => event.preventDefault()} aria-labelledby="report-controls">
      <Heading2 id="report-controls">{t('report:controls.title')}</Heading2>
      <RadioGroup
        name="report-audience"
        idPrefix="report-audience"
        legend={<span className="zr-legend-text">{t('report:controls.audience')}</span>}
        options={[
          { value: 'internal', label: t('report:controls.audienceInternal') },
          { value: 'external', label: t('report:controls.audienceExternal') },
        ]}
        value={audience}
        onChange={(v) => onAudience(v as Audience)}
      />
      {audience === 'external' ? (
        <div className="zr-report__release" data-testid="report-release">
          <Paragraph>{t('report:release.explain')}</Paragraph>
          {release.years.length > 0 ? (
            <RadioGroup
              name="report-year"
              idPrefix="report-year"
              legend={<span className="zr-legend-text">{t('report:release.year')}</span>}
              options={release.years.map((y) => ({ value: String(y), label: String(y) }))}
              value={release.year === undefined ? '' : String(release.year)}
              onChange={(v) => release.onYear(Number(v))}
            />
          ) : null}
        </div>
      ) : (
        <>
          <div className="zr-report__period">
            <MonthField
              id="report-from"
              label={t('report:controls.from')}
              hint={t('report:controls.monthHint')}
              value={period.fromText}
              onChange={period.setFromText}
              invalid={!period.valid}
            />
            <MonthField
              id="report-to"
              label={t('report:controls.to')}
              hint={t('report:controls.monthHint')}
              value={period.toText}
              onChange={period.setToText}
              invalid={!period.valid}
            />
          </div>
          {!period.valid ? (
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
              {groups.map(([group, list]) => (
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
                <Button appearance="subtle" onClick={choice.selectAll}>
                  {t('report:controls.all')}
                </Button>
                <Button appearance="subtle" onClick={choice.selectNone}>
                  {t('report:controls.none')}
                </Button>
              </div>
            </div>
          )}
        </>
      )}
      <div className="zr-report__buttons">
        <Button appearance="primary" onClick={() => window.print()}>
          {t('report:controls.print')}
        </Button>
        <Link href="#/registreren">{t('report:controls.quickRegistration')}</Link>
      </div>
    </form>
  );
}
