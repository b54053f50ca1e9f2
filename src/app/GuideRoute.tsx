import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GuidePage } from '../guide/GuidePage';
import type { PartnerDirectory } from '../guide/partners';
import { useConcernSession } from '../concern/session';
import type { PageProps } from './routes';

/**
 * The guide as composed by the app: the place where other features plug into its slots (notes
 * and drafts, the counting panel) without the guide importing them.
 */
export default function GuideRoute({ navigate }: PageProps) {
  const { t } = useTranslation('common');
  const session = useConcernSession();
  const kinds = session.input.partners;
  const partners = useMemo<PartnerDirectory>(
    () =>
      Object.fromEntries(
        Object.entries(kinds ?? {}).map(([id, kind]) => [id, { id, kind, name: t(`partners.${id}`, { defaultValue: id }) }]),
      ),
    [kinds, t],
  );
  return <GuidePage partners={partners} onExit={() => navigate('/')} slots={{}} />;
}
