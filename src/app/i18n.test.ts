// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { i18n, initI18n, loadNamespace, setLanguage } from './i18n';

describe('i18n', () => {
  it('starts in Dutch with only common bundled; other namespaces and English load on demand', async () => {
    initI18n('nl');
    expect(i18n.language).toBe('nl');
    expect(i18n.hasResourceBundle('nl', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('nl', 'guide')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);

    await loadNamespace('guide');
    expect(i18n.t('guide:start.begin')).toBe('Begin');
    expect(i18n.hasResourceBundle('en', 'guide')).toBe(false);

    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    // Every namespace in use is there in English after the switch.
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'guide')).toBe(true);
    expect(i18n.t('common:actions.continue')).toBe('Continue');

    await setLanguage('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('common:actions.continue')).toBe('Verder');
  });

  it('loads any namespace file by name, and an unknown one without failing', async () => {
    initI18n('nl');
    await loadNamespace('training', 'en');
    expect(i18n.hasResourceBundle('en', 'training')).toBe(true);
    expect(i18n.hasResourceBundle('nl', 'training')).toBe(true); // the fallback comes along
    await expect(loadNamespace('no-such-namespace', 'nl')).resolves.toBeUndefined();
  });

  it('a namespace a page loads while the switch is loading arrives in the new language too', async () => {
    initI18n('nl');
    await setLanguage('nl');
    expect(i18n.hasResourceBundle('en', 'sharing')).toBe(false);
    // The page asks in the language of the moment (still Dutch) while English is loading.
    const switching = setLanguage('en');
    const page = loadNamespace('sharing', 'nl');
    await Promise.all([switching, page]);
    expect(i18n.hasResourceBundle('en', 'sharing')).toBe(true);
    await setLanguage('nl');
  });

  it('takes an explicit loader', async () => {
    initI18n('nl');
    await loadNamespace('extra', 'nl', async () => ({ default: { hello: 'Hallo' } }));
    expect(i18n.t('extra:hello')).toBe('Hallo');
  });
});
