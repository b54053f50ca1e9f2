import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SOCIALE_KAART } from '../../content/sociale-kaart';
import { createActor } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';
import { replay } from '../../machines/concern';
import { DEFAULT_PARTNERS, type Answer } from '../../machines/ids';
import { ConcernActor } from '../concern/actor';
import { GuidePage, type GuidePageProps } from './GuidePage';
import { partnerDirectory } from './partners';

/**
 * The guide at any point of a concern, for stories and component tests: the answers are replayed
 * through the real machine (`replay`), then the page runs on a live actor from that snapshot, so
 * every button works as in the app. Not used by the app itself (tree-shaken from the build).
 */
const NO_ANSWERS: readonly Answer[] = [];
const NO_INPUT: ConcernInput = {};

export function GuideFixture({
  answers = NO_ANSWERS,
  confirm = false,
  evaluate = false,
  input = NO_INPUT,
  partners,
  ...props
}: GuidePageProps & {
  answers?: readonly Answer[];
  /** Confirm "check your answers" (show the outcome page). */
  confirm?: boolean;
  /** In the waiting state: evaluate now (ask afweging 5). */
  evaluate?: boolean;
  input?: ConcernInput;
}) {
  const fullInput: ConcernInput = useMemo(() => ({ partners: { ...DEFAULT_PARTNERS }, ...input }), [input]);
  const snapshot = useMemo(() => {
    const result = replay(answers, fullInput);
    if (result.rejected) throw new Error(`GuideFixture: ${result.rejected.question}=${result.rejected.value} ${result.rejected.reason}`);
    // Continue on a fresh actor from the replayed state to send CONFIRM/EVALUATE, then hand over a
    // persisted snapshot, which is what an actor can be restored from.
    const actor = createActor(concernMachine, { input: fullInput, snapshot: result.snapshot });
    actor.start();
    if (confirm) actor.send({ type: 'CONFIRM' });
    if (evaluate) actor.send({ type: 'EVALUATE' });
    const persisted = actor.getPersistedSnapshot();
    actor.stop();
    return persisted;
  }, [answers, confirm, evaluate, fullInput]);
  // Without a directory, the default sociale kaart named in the current language.
  const { t } = useTranslation('common');
  const directory = useMemo(
    () => partners ?? partnerDirectory(DEFAULT_SOCIALE_KAART, (id, fallback) => t(`partners.${id}`, { defaultValue: fallback })),
    [partners, t],
  );
  return (
    <ConcernActor.Provider options={{ input: fullInput, snapshot: snapshot as never }}>
      <GuidePage partners={directory} {...props} />
    </ConcernActor.Provider>
  );
}
