import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { createActor } from 'xstate';
import type { Sector } from '../../../machines/ids';
import type { OnderlingAnswer } from '../../../machines/onderling.ids';
import { onderlingMachine } from '../../../machines/onderling.machine';
import { replayOnderling } from '../../../machines/onderling';
import { OnderlingFlow, type OnderlingSlots } from './OnderlingGuide';

/**
 * The onderling route at any point, for stories and component tests: the answers are replayed through
 * the real machine, then the pages run on a live actor from that snapshot (every button works as in the
 * app). Not used by the app itself.
 */
const NO_ANSWERS: readonly OnderlingAnswer[] = [];

export function OnderlingFixture({
  answers = NO_ANSWERS,
  sector = 'po',
  confirm = false,
  slots,
}: {
  answers?: readonly OnderlingAnswer[];
  sector?: Sector;
  /** Confirm "check your answers" (show the outcome). */
  confirm?: boolean;
  slots?: OnderlingSlots;
}) {
  const snapshot = useMemo(() => {
    const result = replayOnderling(answers, { sector });
    if (result.rejected) throw new Error(`OnderlingFixture: ${result.rejected.question}=${result.rejected.value} ${result.rejected.reason}`);
    const actor = createActor(onderlingMachine, { input: { sector }, snapshot: result.snapshot });
    actor.start();
    if (confirm) actor.send({ type: 'CONFIRM' });
    const persisted = actor.getPersistedSnapshot();
    actor.stop();
    return persisted;
  }, [answers, sector, confirm]);
  const actor = useActorRef(onderlingMachine, { input: { sector }, snapshot });
  const live = useSelector(actor, (s) => s);
  return <OnderlingFlow snapshot={live} send={(event) => actor.send(event)} slots={slots} startHref="#/" />;
}
