import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writePrefs, type Language } from '../storage/prefs';
import { setLanguage } from './i18n';

/**
 * Switches between Dutch and English; loads the other language on demand and remembers the choice.
 * The label is written in the target language (and marked with its lang), so a user who cannot
 * read the current language still finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const target: Language = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle zr-language"
      lang={target}
      aria-busy={busy || undefined}
      onClick={async () => {
        setBusy(true);
        try {
          await setLanguage(target);
          writePrefs({ language: target });
        } finally {
          setBusy(false);
        }
      }}
    >
      {/* On a phone only the language code shows (a compact header); the full label stays the name. */}
      <span className="zr-language__long">{t('language.switchTo')}</span>
      <span className="zr-language__short" aria-hidden="true">
        {target.toUpperCase()}
      </span>
    </button>
  );
}
