import type { Sector } from '../../machines/ids';
import { SHARING_LEAD_SOURCES, SHARING_SECTION_IDS, SHARING_SOURCES } from '../../content/sharing';
import type { SourceId } from '../../content/sources';
import { Heading2, PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { OrderedList } from '../ui/List';
import { Paragraph, Paragraphs } from '../ui/Paragraph';
import { useSectorT } from '../ui/sectorWords';
import { usePageHeading } from '../ui/usePageHeading';
import { SourceList } from './SourceCite';

export interface SharingPageProps {
  navigate?(path: string): void;
  /** The words of the sector (kinderopvang: pedagogisch medewerkers, the child, the group; never the school). */
  sector?: Sector;
}

function Sources({ ids, label }: { ids: readonly SourceId[]; label: string }) {
  return (
    <>
      <Paragraph className="zr-hint">{label}:</Paragraph>
      <SourceList ids={ids} />
    </>
  );
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * What a school social worker may share with the school, and when (issue 14 §3; in the kinderopvang
 * with the pedagogisch medewerkers and the leidinggevende, through the `_kinderopvang` variants): consent first,
 * only what is needed, no named child in a zorgteam or MDO without consent, the conflict of duties,
 * the verwijsindex. Each section names the sources it rests on (content/sharing.ts); passages in
 * quote marks stand verbatim in them (content/sharing.test.ts). Linked from step 2, step 3,
 * `steun.toestemming` and the record panel; "back to the guide" returns to the concern in progress,
 * which lives in the session, not in this page.
 */
export function SharingPage({ sector }: SharingPageProps) {
  // A key with a `_kinderopvang` variant reads that in the kinderopvang; the quotes stay those of the
  // section's own sources (content/sharing.test.ts checks the variants too).
  const { t } = useSectorT(['sharing', 'guide', 'common'], sector);
  const title = t('sharing:title');
  const heading = usePageHeading(title, t('common:app.name'), 'sharing');
  const label = t('sharing:sourcesLabel');
  return (
    <div className="zr-page zr-sharing">
      <Paragraph>
        <Link href="#/gids">
          <span aria-hidden="true">‹ </span>
          {t('sharing:back')}
        </Link>
      </Paragraph>
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t('sharing:lead')}</Paragraph>
      <Sources ids={SHARING_LEAD_SOURCES} label={label} />
      {SHARING_SECTION_IDS.map((id) => {
        const list = asList(t(`sharing:sections.${id}.list`, { returnObjects: true, defaultValue: [] }));
        const after = t(`sharing:sections.${id}.after`, { defaultValue: '' });
        return (
          <section key={id} className="zr-section" aria-labelledby={`zr-sharing-${id}`} data-section={id}>
            <Heading2 id={`zr-sharing-${id}`}>{t(`sharing:sections.${id}.heading`)}</Heading2>
            <Paragraphs text={t(`sharing:sections.${id}.text`)} />
            {list.length > 0 ? <OrderedList items={list} /> : null}
            {after ? <Paragraphs text={after} /> : null}
            <Sources ids={SHARING_SOURCES[id]} label={label} />
          </section>
        );
      })}
      <Paragraph>
        <Link href="#/gids">{t('sharing:back')}</Link>
      </Paragraph>
    </div>
  );
}

export default SharingPage;
