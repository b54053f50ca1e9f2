import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/Heading';
import { Link } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { usePageHeading } from '../ui/usePageHeading';
import type { PageProps } from './routes';

export function NotFoundPage(_props: PageProps) {
  const { t } = useTranslation('common');
  const heading = usePageHeading(t('app.notFound'), t('app.name'), 'not-found');
  return (
    <div className="zr-page">
      <PageHeading ref={heading}>{t('app.notFound')}</PageHeading>
      <Paragraph>
        <Link href="#/">{t('nav.start')}</Link>
      </Paragraph>
    </div>
  );
}
