import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeOf } from '../../machines/concern';
import { DEFAULT_PARTNERS } from '../../machines/ids';
import { ConcernActor } from '../concern/actor';
import { useConcernSession } from '../concern/session';
import { readPrefs } from '../storage/prefs';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { usePageHeading } from '../ui/usePageHeading';
import { CasusLibrary } from './CasusLibrary';
import { freeWalk, loadShippedCases, shippedCases, type TrainingCasus } from './casus';
import { OwnCasus } from './OwnCasus';
import { Presenter, type PresenterUi } from './Presenter';
import { openChannel } from './channel';
import { SaveCasus } from './SaveCasus';
import { resetTrainingView, setTrainingView, useTrainingView } from './store';
import { TrainingBanner } from './TrainingBanner';
import './training.css';
import { Paragraph } from '../ui/Paragraph';

/**
 * #/training: training mode. Entering starts a training concern (session.training = true), which
 * record and drafts check before counting or keeping anything; leaving (the banner's button, or
 * navigating to another page) starts a fresh real concern, so nothing of the training carries over.
 */
export interface TrainingPageProps {
  navigate(path: string): void;
}

const TRAINING_HASH = '#/training';
const partners = () => ({ ...DEFAULT_PARTNERS });
const onTrainingRoute = () => window.location.hash.split('?')[0] === TRAINING_HASH;

export default function TrainingPage({ navigate }: TrainingPageProps) {
  const session = useConcernSession();
  const view = useTrainingView();
  const { start } = session;

  // Enter training once. Starting a concern remounts this page (a fresh actor below the provider),
  // so the check on session.training stops a loop and the open casus lives in the store. A passive
  // effect on purpose: in a layout effect the remount of the whole shell ran before the first paint
  // (Lighthouse FCP 1.7 → 2.2 s on #/training); the layout shift test in prerender.spec.ts holds either way.
  useEffect(() => {
    // Leaving navigates away first; a remount on the way out must not re-enter training.
    if (!onTrainingRoute()) return;
    if (!session.training) start({ sector: view.casus?.sector ?? readPrefs().sector, partners: partners() }, { training: true });
    document.documentElement.dataset.mode = 'training';
    return () => {
      // Unmounted by a remount (still on #/training) or by leaving: only leaving ends training.
      if (!onTrainingRoute()) {
        delete document.documentElement.dataset.mode;
        resetTrainingView();
        start({ sector: readPrefs().sector, partners: partners() }, { training: false });
      }
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const leave = () => {
    navigate('/');
    resetTrainingView();
    delete document.documentElement.dataset.mode;
    start({ sector: readPrefs().sector, partners: partners() }, { training: false });
  };

  const open = (casus: TrainingCasus) => {
    setTrainingView({ view: 'presenter', casus, revealedAt: undefined, rejected: undefined, discussion: undefined });
    start({ sector: casus.sector, partners: partners() }, { training: true });
  };

  return (
    <div className="zr-training">
      <TrainingBanner onLeave={leave} />
      {!session.training ? (
        // Entering training remounts the page once (a fresh training concern). Meanwhile the library
        // is drawn inert, so no click or file lands in the instance about to be replaced, and the
        // screen is the one the build pre-rendered (issue 16) and the one that follows.
        <div inert data-entering="">
          <LibraryScreen onOpen={() => undefined} />
        </div>
      ) : view.view === 'presenter' && view.casus ? (
        <PresenterScreen casus={view.casus} onOpenLibrary={() => setTrainingView({ view: 'library' })} />
      ) : (
        <LibraryScreen onOpen={open} />
      )}
    </div>
  );
}

/** The route waits for the shipped casus files, so its first screen is whole (src/app/routes.ts). */
export const ready = () => loadShippedCases().then(() => undefined);

function LibraryScreen({ onOpen }: { onOpen(casus: TrainingCasus): void }) {
  const { t } = useTranslation(['training', 'common']);
  const heading = usePageHeading(t('training:page.title'), t('common:app.name'), 'training');
  const [cases, setCases] = useState<TrainingCasus[] | undefined>(shippedCases);
  // Back in the library: an open audience window stops showing the last casus.
  useEffect(() => {
    const channel = openChannel(() => {});
    channel.post({ type: 'bye' });
    channel.close();
  }, []);
  useEffect(() => {
    let alive = true;
    if (!cases) void loadShippedCases().then((c) => alive && setCases(c));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <div className="zr-page">
      <PageHeading ref={heading}>{t('training:page.title')}</PageHeading>
      <Paragraph lead>{t('training:page.lead')}</Paragraph>
      <CasusLibrary cases={cases ?? []} loading={!cases} onOpen={onOpen} />
      <OwnCasus onLoaded={onOpen} />
      <section className="zr-training__free" aria-labelledby="zr-free-heading">
        <h2 id="zr-free-heading" className="utrecht-heading-2">
          {t('training:free.heading')}
        </h2>
        <Paragraph>{t('training:free.lead')}</Paragraph>
        <Button onClick={() => onOpen(freeWalk(readPrefs().sector))}>{t('training:free.button')}</Button>
      </section>
    </div>
  );
}

function PresenterScreen({ casus, onOpenLibrary }: { casus: TrainingCasus; onOpenLibrary(): void }) {
  const session = useConcernSession();
  const view = useTrainingView();
  const snapshot = ConcernActor.useSelector((s) => s);
  const actor = ConcernActor.useActorRef();
  const setUi = useCallback((change: Partial<PresenterUi>) => setTrainingView(change), []);
  const restart = useCallback(() => {
    session.start({ sector: casus.sector, partners: partners() }, { training: true });
  }, [session, casus.sector]);
  return (
    <Presenter
      casus={casus}
      snapshot={snapshot}
      send={actor.send}
      ui={view}
      setUi={setUi}
      onRestart={restart}
      onClose={onOpenLibrary}
      footer={<SaveCasus answers={snapshot.context.answers} sector={snapshot.context.sector} routeReached={routeOf(snapshot) !== undefined} />}
    />
  );
}
