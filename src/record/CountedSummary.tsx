import type { Flag } from '../../machines/ids';
import type { CountedRouteId } from '../../machines/onderling.ids';
import { Alert } from '../ui/Alert';
import { Paragraph } from '../ui/Paragraph';
import { SummaryList } from '../ui/SummaryList';
import { formatMonth } from '../ui/month';
import type { RecordChoice } from './RecordFields';
import { useRecordT } from './sector';

export interface CountedFacts {
  school: string;
  month: string;
  route?: CountedRouteId;
  partnerName?: string;
  flags?: readonly Flag[];
  choice?: RecordChoice;
}

/**
 * After "Tellen": what was counted, in words (school and month, then every category stored), so the
 * user sees exactly what went into the verantwoording — and that nothing else did.
 */
export function CountedSummary({ facts }: { facts: CountedFacts }) {
  const { t, i18n } = useRecordT();
  const { choice } = facts;
  const list = (values: readonly string[], dimension: string) =>
    values.length > 0 ? values.map((v) => t(`dimensions:${dimension}.${v}`)).join(', ') : t('record:summary.none');
  const rows = [
    ...(facts.route ? [{ key: 'route', term: t('record:panel.route'), value: t(`dimensions:route.${facts.route}`) }] : []),
    ...(facts.partnerName ? [{ key: 'partner', term: t('record:panel.partner'), value: facts.partnerName }] : []),
    ...(facts.flags && facts.flags.length > 0 ? [{ key: 'flags', term: t('record:panel.flags'), value: list(facts.flags, 'flag') }] : []),
    ...(choice
      ? [
          { key: 'activities', term: t('record:fields.activities'), value: list(choice.activities, 'activiteit') },
          { key: 'contacts', term: t('record:fields.contacts'), value: list(choice.contacts, 'contact') },
          {
            key: 'via',
            term: t('record:fields.via'),
            value: choice.via ? t(`dimensions:via.${choice.via}`) : t('record:fields.viaUnknown'),
          },
          { key: 'themes', term: t('record:fields.themes'), value: list(choice.themes, 'thema') },
        ]
      : []),
  ];
  return (
    <Alert type="ok" data-testid="record-counted">
      <Paragraph>
        <strong>{t('record:countedText', { school: facts.school, month: formatMonth(facts.month, i18n.language) })}</strong>
      </Paragraph>
      {rows.length > 0 ? <SummaryList rows={rows} /> : null}
    </Alert>
  );
}
