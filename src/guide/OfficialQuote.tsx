import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../ui/Paragraph';
import { Quote } from '../ui/Quote';

/**
 * The official wording a question rests on, quoted with its source (the concern's and the onderling
 * route's question pages). The quote stays Dutch in every language: it is the text of the source. In
 * another language a translation follows, marked as such, to read along (it is not the source's text).
 */
export function OfficialQuote({ text, translation, source }: { text: string; translation?: string; source: ReactNode }) {
  const { t, i18n } = useTranslation('guide');
  const shownTranslation = i18n.language === 'nl' ? '' : translation;
  return (
    <Quote lang="nl" label={t('guide:question.quoteLabel')} source={source}>
      <Paragraph>{text}</Paragraph>
      {shownTranslation ? (
        <Paragraph className="zr-quote__translation" lang={i18n.language}>
          <span className="zr-quote__label">{t('guide:question.quoteTranslationLabel')}: </span>
          {shownTranslation}
        </Paragraph>
      ) : null}
    </Quote>
  );
}
