import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartnerQuestion, isQuestionId, type Sector } from '../../machines/ids';

/** The words of a question and of an answer (fixed values and partner names), never their ids. */
export function useLabels(sector: Sector) {
  const { t } = useTranslation(['guide', 'common', 'training']);
  const questionTitle = useCallback(
    (q: string) => t(`guide:questions.${q}.title`, { context: sector, defaultValue: '' }),
    [t, sector],
  );
  const answerLabel = useCallback(
    (q: string, v: string) =>
      isQuestionId(q) && isPartnerQuestion(q)
        ? t(`common:partners.${v}`, { defaultValue: v })
        : t(`guide:answers.${q}.${v}`, { defaultValue: v }),
    [t],
  );
  const routeTitle = useCallback((route: string) => t(`guide:outcomes.${route}.title`, { defaultValue: route }), [t]);
  return { questionTitle, answerLabel, routeTitle };
}
