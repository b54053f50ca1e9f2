import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcernSessionProvider } from '../../src/concern/session';
import { GuideFixture } from '../../src/guide/GuideFixture';
import type { PartnerDirectory } from '../../src/guide/partners';
import { DEFAULT_PARTNERS, type QuestionId, type Sector } from '../../machines/ids';
import { pathToQuestion } from './question-paths';


/**
 * One question page of the guide, reached by the shortest answers the real machine accepts
 * (stories/questions-all.stories.tsx has one story per question id).
 */
export function QuestionStory({ question, sector = 'po' }: { question: QuestionId; sector?: Sector }) {
  const { t, i18n } = useTranslation('common');
  // The default sociale kaart, named in the current language, for the partner questions.
  const partners: PartnerDirectory = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(DEFAULT_PARTNERS).map(([id, kind]) => [id, { id, name: t(`partners.${id}`, { defaultValue: id }), kind }]),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n.language],
  );
  const path = useMemo(() => pathToQuestion(question), [question]);
  const input = useMemo(() => ({ sector }), [sector]);
  return (
    <ConcernSessionProvider>
      <GuideFixture answers={path.answers} confirm={path.confirm} evaluate={path.evaluate} input={input} partners={partners} />
    </ConcernSessionProvider>
  );
}
