import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { readPrefs } from '../storage/prefs';
import type { Settings } from '../storage/settings';
import type { Store } from '../storage/store';
import { Alert } from '../ui/Alert';
import { Heading2 } from '../ui/Heading';
import { PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { SectorWordsProvider, useSectorT } from '../ui/sectorWords';
import { usePageHeading } from '../ui/usePageHeading';
import { KaartSection } from './KaartSection';
import { OrganisationSection } from './OrganisationSection';
import { PrivacySection } from './PrivacySection';
import { SchoolsSection } from './SchoolsSection';
import { ShareSection } from './ShareSection';
import './settings.css';

export interface SettingsPageProps {
  navigate(path: string): void;
  /** Composed by src/app: the drafts feature's "delete all data" control, when present. */
  dangerZone?: ReactNode;
  /** Injected by stories and tests; the app loads storage (Dexie) lazily. */
  loadStore?: () => Promise<Pick<Store, 'getSettings' | 'setSettings'>>;
}

const defaultLoadStore = () => import('../storage/store').then((m) => m.getStore());

/** What each section gets: the settings as stored, and a save that stores a patch and returns the result. */
export interface SectionProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * #/instellingen: the organisation, its schools (each PO or VO), its sociale kaart (import and
 * export as JSON, validated), the suppression threshold of outside exports and how long drafts are
 * kept. Each section saves on its own, so a mistake in one never blocks another.
 */
export default function SettingsPage({ dangerZone, loadStore = defaultLoadStore }: SettingsPageProps) {
  // A kinderopvang organisation sets up locaties, not schools (issue 14 §6): the words follow the
  // sector of the start page; what is stored (a `school` typed po or vo) is the same in every sector.
  const [sector] = useState(() => readPrefs().sector);
  const { t } = useSectorT(['settings', 'common'], sector);
  const heading = usePageHeading(t('settings:title'), t('common:app.name'), 'settings');
  const [settings, setSettings] = useState<Settings | undefined>();
  const [failed, setFailed] = useState(false);
  /** Bumped when a settings file replaced everything: the sections start again from the stored values. */
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    loadStore()
      .then((store) => store.getSettings())
      .then((s) => live && setSettings(s))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [loadStore]);

  const save = useCallback(
    async (patch: Partial<Settings>) => {
      const store = await loadStore();
      const next = await store.setSettings(patch);
      setSettings(next);
      return next;
    },
    [loadStore],
  );

  return (
    <SectorWordsProvider value={sector}>
      <div className="zr-page zr-settings" data-testid="settings-page">
        <PageHeading ref={heading}>{t('settings:title')}</PageHeading>
        <Paragraph lead>{t('settings:lead')}</Paragraph>
        {failed ? (
          <Alert type="error" role="alert">
            <Paragraph>{t('settings:errors.load')}</Paragraph>
          </Alert>
        ) : !settings ? (
          <Paragraph role="status">
            {t('common:app.loading')}
          </Paragraph>
        ) : (
          <>
            <OrganisationSection key={`o${revision}`} settings={settings} save={save} />
            <SchoolsSection key={`s${revision}`} settings={settings} save={save} />
            <KaartSection key={`k${revision}`} settings={settings} save={save} />
            <PrivacySection key={`p${revision}`} settings={settings} save={save} />
            <ShareSection settings={settings} save={save} onReplaced={() => setRevision((r) => r + 1)} />
            {dangerZone ? (
              <section className="zr-section zr-settings__section" aria-labelledby="settings-danger">
                <Heading2 id="settings-danger">{t('settings:danger.title')}</Heading2>
                {dangerZone}
              </section>
            ) : null}
          </>
        )}
      </div>
    </SectorWordsProvider>
  );
}
