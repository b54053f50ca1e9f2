import { useTranslation } from 'react-i18next';
import { SOURCES, type SourceId } from '../../content/sources';
import { formatDay } from '../ui/formatDay';

/**
 * Names a cited source: title (from the locales), publisher, year, citation, as a <cite> with a
 * plain link, and whether its text was compared with the page and when (content/sources.ts
 * `checked`): a source nobody compared is said to be further reading. Nothing is fetched; the link
 * only opens when the user follows it.
 */
export function SourceCite({ id }: { id: SourceId }) {
  const { t, i18n } = useTranslation('guide');
  const source = SOURCES[id];
  const title = t(`sources.${id}.title`);
  const checked = source.checked
    ? t('question.sourceChecked', { date: formatDay(source.checked, i18n.language) })
    : t('question.sourceUnchecked');
  return (
    <>
      <cite className="zr-cite">
        <a className="utrecht-link utrecht-link--html-a" href={source.url} rel="noreferrer noopener">
          {title}
        </a>
      </cite>
      {/* The legal citation stays Dutch in every language: it is a reference. */}
      {/* Not twice: a title that names its citation already ("… (Stb. 2013, 324)") is not followed by it again. */}
      {source.citation && !title.includes(source.citation) ? <span lang="nl">, {source.citation}</span> : null} ({source.publisher}, {source.year};{' '}
      <span className="zr-cite__checked">{checked}</span>)
    </>
  );
}

/** The sources a page, a help text or a section cites, one a line. */
export function SourceList({ ids }: { ids: readonly SourceId[] }) {
  return (
    <ul className="utrecht-unordered-list zr-sources">
      {ids.map((id) => (
        <li key={id} className="utrecht-unordered-list__item">
          <SourceCite id={id} />
        </li>
      ))}
    </ul>
  );
}
