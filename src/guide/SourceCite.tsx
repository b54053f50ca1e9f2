import { useTranslation } from 'react-i18next';
import { SOURCES, type SourceId } from '../../content/sources';

/**
 * Names a cited source: title (from the locales), publisher, year, citation, as a <cite> with a
 * plain link. Nothing is fetched; the link only opens when the user follows it.
 */
export function SourceCite({ id }: { id: SourceId }) {
  const { t } = useTranslation('guide');
  const source = SOURCES[id];
  const title = t(`sources.${id}.title`);
  return (
    <>
      <cite className="zr-cite">
        <a className="utrecht-link utrecht-link--html-a" href={source.url} rel="noreferrer noopener" lang="nl">
          {title}
        </a>
      </cite>
      {source.citation ? <span lang="nl">, {source.citation}</span> : null} ({source.publisher}, {source.year})
    </>
  );
}
