import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_BANDS,
  AGE_SOURCES,
  LEGAL_AGE_GROUPS,
  SIGNAL_GROUPS,
  isAgeBand,
  legalAgeGroupOf,
  signalGroupOf,
  type AgeBand,
  type AgeHelpKind,
} from '../../content/age';
import { Paragraph, Paragraphs } from '../ui/Paragraph';
import { SourceList } from './SourceCite';

/**
 * Help by the child's age (issue 14 §2, §7): signals by age group at step 1, talking with the child
 * at step 3 and in the support route, whose consent a referral needs. An optional choice of age band,
 * not a question of the machine (no answer id, nothing routed, nothing counted); without a choice it
 * shows every age group, with one it shows what holds for that child. The summaries are our own
 * words; the published lists and the age rules are cited below them (content/age.ts AGE_SOURCES).
 */
export function AgeHelp({
  kind,
  band,
  onBand,
}: {
  kind: AgeHelpKind;
  band?: AgeBand;
  onBand(band: AgeBand | undefined): void;
}) {
  const { t } = useTranslation('guide');
  const id = useId();
  const headingId = `${id}-heading`;
  const selectId = `${id}-select`;
  const hintId = `${id}-hint`;

  const items: { key: string; label?: string; text: string }[] =
    kind === 'signals'
      ? (band ? [signalGroupOf(band)] : SIGNAL_GROUPS).map((g) => ({
          key: g,
          label: t(`age.groups.${g}`),
          text: t(`age.signals.${g}`),
        }))
      : (band ? [legalAgeGroupOf(band)] : LEGAL_AGE_GROUPS).map((g) => ({ key: g, text: t(`age.${kind}.${g}`) }));

  return (
    <section className="zr-age" aria-labelledby={headingId} data-age-help={kind}>
      <h2 className="utrecht-heading-3 zr-age__heading" id={headingId}>
        {t('age.heading')}
      </h2>
      <div className="utrecht-form-field zr-age__field">
        <label className="utrecht-form-label" htmlFor={selectId}>
          {t('age.label')}
        </label>
        <p className="utrecht-form-field-description zr-hint" id={hintId}>
          {t('age.hint')}
        </p>
        <select
          id={selectId}
          name="age-band"
          className="zr-age__select"
          value={band ?? ''}
          aria-describedby={hintId}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onBand(isAgeBand(value) ? value : undefined);
          }}
        >
          <option value="">{t('age.choose')}</option>
          {AGE_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`age.bands.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <h3 className="utrecht-heading-4 zr-age__title">{t(`age.${kind}.title`)}</h3>
      <Paragraphs text={t(`age.${kind}.intro`)} />
      {band ? null : <Paragraph className="zr-hint">{t('age.all')}</Paragraph>}
      {/* Announced when the choice changes what holds (a screen reader stays on the select). */}
      <ul className="utrecht-unordered-list zr-age__items" aria-live="polite">
        {items.map((item) => (
          <li key={item.key} className="utrecht-unordered-list__item" data-age-group={item.key}>
            {item.label ? <strong>{item.label}: </strong> : null}
            {item.text}
          </li>
        ))}
      </ul>
      {kind === 'consent' ? <Paragraph>{t('age.consent.divorce')}</Paragraph> : null}
      <Paragraph className="zr-age__sources-label">{t('age.sources')}</Paragraph>
      <SourceList ids={AGE_SOURCES[kind]} />
    </section>
  );
}
