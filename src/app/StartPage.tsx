import { useLayoutEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTORS, type Sector } from '../../machines/ids';
import { useConcernInProgress, useConcernSession, useUnsavedConcern } from '../concern/session';
import { isUnsaved, onderlingCase, useOnderlingCase } from '../concern/onderling-case';
import { DEFAULT_PREFS, readPrefs, writePrefs, SECTOR_USER_ROLES, type UserRole } from '../storage/prefs';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Heading2, PageHeading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { RadioGroup } from '../ui/RadioGroup';
import { usePageHeading } from '../ui/usePageHeading';
import { loadPartnerKinds } from './socialeKaart';
import type { PageProps } from './routes';

/**
 * The start screen: role and sector (remembered as settings: categories, no personal data), then
 * "Begin" starts a fresh concern with the sector and the organisation's sociale kaart. A concern
 * under way is never dropped silently: the page offers to continue it, and starting again asks
 * first while its work is not saved as a draft or exported.
 */
export default function StartPage({ navigate }: PageProps) {
  const { t } = useTranslation(['guide', 'common']);
  const session = useConcernSession();
  // The first render uses the defaults, as the build's pre-render did (src/app/prerender.tsx), so
  // hydration matches; the remembered choices follow before the browser paints.
  const [role, setRole] = useState<UserRole | undefined>(DEFAULT_PREFS.role);
  const [sector, setSector] = useState<Sector>(DEFAULT_PREFS.sector);
  useLayoutEffect(() => {
    const prefs = readPrefs();
    setRole(prefs.role);
    setSector(prefs.sector);
  }, []);
  // "Zorgen over een leerling", or "… een kind" in childcare (the sector's context variant).
  const title = t('guide:start.title', { context: sector });
  const heading = usePageHeading(title, t('common:app.name'), 'start');
  const inProgress = useConcernInProgress();
  const unsaved = useUnsavedConcern();
  // Which case's unsaved work a fresh start would drop (asked first): the concern's or the onderling case's.
  const [askRestart, setAskRestart] = useState<false | 'concern' | 'onderling'>(false);
  const onderling = useOnderlingCase();
  const onderlingInProgress = onderling.answers.length > 0;

  function begin(event: FormEvent) {
    event.preventDefault();
    if (unsaved) setAskRestart('concern');
    else void startFresh();
  }

  async function startFresh() {
    setAskRestart(false);
    writePrefs({ sector, ...(role ? { role } : {}) });
    const partners = await loadPartnerKinds();
    session.start({ sector, partners }, { training: false });
    navigate('/gids');
  }

  /** A new case of behaviour between children, in the sector chosen above. */
  function startOnderling() {
    setAskRestart(false);
    writePrefs({ sector, ...(role ? { role } : {}) });
    onderlingCase.start(sector);
    navigate('/onderling');
  }

  return (
    <div className="zr-page zr-start">
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t('guide:start.lead')}</Paragraph>
      {inProgress ? (
        <section className="zr-callout zr-in-progress" aria-labelledby="zr-in-progress" data-testid="in-progress">
          <Heading2 id="zr-in-progress">{t('guide:inProgress.title')}</Heading2>
          <Paragraph>{t('guide:inProgress.text')}</Paragraph>
          {unsaved ? null : <Paragraph className="zr-hint">{t('guide:inProgress.savedNote')}</Paragraph>}
          <div className="zr-actions">
            <Button appearance="primary" onClick={() => navigate('/gids')}>
              {t('guide:inProgress.continue')}
            </Button>
            <Button appearance="secondary" onClick={() => (unsaved ? setAskRestart('concern') : void startFresh())}>
              {t('guide:inProgress.restart')}
            </Button>
          </div>
        </section>
      ) : null}
      <Paragraph className="zr-privacy-note">{t('guide:start.privacy')}</Paragraph>
      <form onSubmit={begin} noValidate className="zr-form">
        {/* The sector first: the roles offered below are the sector's own (kinderopvang has no intern begeleider). */}
        <RadioGroup
          name="sector"
          idPrefix="start-sector"
          legend={<span className="zr-legend-text">{t('guide:start.sector')}</span>}
          options={SECTORS.map((id) => ({ value: id, label: t(`common:sectors.${id}`) }))}
          value={sector}
          onChange={(value) => {
            setSector(value as Sector);
            writePrefs({ sector: value as Sector });
          }}
        />
        <RadioGroup
          name="role"
          idPrefix="start-role"
          legend={<span className="zr-legend-text">{t('guide:start.role')}</span>}
          // The sector's roles, in its words ("Sociaal werker in de kinderopvang": the context variant).
          options={SECTOR_USER_ROLES[sector].map((id) => ({ value: id, label: t(`common:userRoles.${id}`, { context: sector }) }))}
          value={role}
          onChange={(value) => {
            setRole(value as UserRole);
            writePrefs({ role: value as UserRole });
          }}
        />
        <div className="zr-actions">
          <Button type="submit" appearance="primary">
            {t('guide:start.begin')}
          </Button>
        </div>
      </form>
      {/* Behaviour between children (issue 14 §5): its own route beside the concern, with the sector chosen above. */}
      <section className="zr-section zr-start-onderling" aria-labelledby="zr-start-onderling">
        <Heading2 id="zr-start-onderling">{t('guide:onderlingStart.title')}</Heading2>
        <Paragraph>{t('guide:onderlingStart.text')}</Paragraph>
        {/* A case begun earlier is kept in this tab (like a concern): go on with it, or begin a new one. */}
        {onderlingInProgress ? <Paragraph className="zr-hint">{t('guide:onderlingStart.inProgress')}</Paragraph> : null}
        <div className="zr-actions">
          {onderlingInProgress ? (
            <Button appearance="secondary" onClick={() => navigate('/onderling')}>
              {t('guide:onderlingStart.continue')}
            </Button>
          ) : null}
          <Button
            appearance="secondary"
            onClick={() => (isUnsaved(onderling) ? setAskRestart('onderling') : startOnderling())}
          >
            {t('guide:onderlingStart.begin')}
          </Button>
        </div>
      </section>
      <ConfirmDialog
        open={askRestart !== false}
        title={t('guide:unsaved.title')}
        confirmLabel={t('guide:unsaved.confirm', { context: askRestart === 'onderling' ? 'onderling' : undefined })}
        cancelLabel={t('guide:unsaved.cancel', { context: askRestart === 'onderling' ? 'onderling' : undefined })}
        onConfirm={() => (askRestart === 'onderling' ? startOnderling() : void startFresh())}
        onCancel={() => setAskRestart(false)}
      >
        <Paragraph>{t('guide:unsaved.text', { context: askRestart === 'onderling' ? 'onderling' : undefined })}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}
