import { useTranslation } from 'react-i18next';
import { localized, type TrainingCasus } from './casus';
import { Paragraph } from '../ui/Paragraph';

/**
 * The casus library: every shipped casus with its title, sector and themes. No story, no expected
 * route, no answers: in a workshop those are the exercise, shown only on reveal (issue 15 §3).
 */
export function CasusLibrary({
  cases,
  onOpen,
  loading = false,
}: {
  cases: TrainingCasus[];
  onOpen(casus: TrainingCasus): void;
  loading?: boolean;
}) {
  const { t, i18n } = useTranslation(['training', 'guide', 'common']);
  const lng = i18n.language;
  return (
    <section className="zr-library" aria-labelledby="zr-library-heading">
      <h2 id="zr-library-heading" className="utrecht-heading-2">
        {t('training:library.heading')}
      </h2>
      <Paragraph>{t('training:library.lead')}</Paragraph>
      {loading ? (
        <Paragraph role="status" data-loading="">
          {t('training:library.loading')}
        </Paragraph>
      ) : cases.length === 0 ? (
        <Paragraph>{t('training:library.empty')}</Paragraph>
      ) : (
        <ul className="zr-library__list" data-testid="casus-library">
          {cases.map((casus) => {
            const title = localized(casus.title, lng);
            return (
              <li key={casus.id} className="zr-library__item" data-casus={casus.id}>
                <h3 id={`zr-casus-${casus.id}`} className="utrecht-heading-3 zr-library__title">{title}</h3>
                <dl className="zr-library__facts">
                  <div>
                    <dt>{t('training:library.sector')}</dt>
                    <dd>{t(`training:library.sectors.${casus.sector}`, { defaultValue: casus.sector })}</dd>
                  </div>
                  <div>
                    <dt>{t('training:libraryExtra.themes')}</dt>
                    <dd>
                      {casus.themes?.length
                        ? casus.themes.map((theme) => t(`dimensions:thema.${theme}`, { defaultValue: theme })).join(', ')
                        : t('training:libraryExtra.noThemes')}
                    </dd>
                  </div>
                </dl>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  aria-describedby={`zr-casus-${casus.id}`}
                  onClick={() => onOpen(casus)}
                >
                  {t('training:library.openShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
