import { useActorRef, useSelector } from '@xstate/react';
import { use, useContext, type ReactNode } from 'react';
import { createActor, type ActorRefFrom, type Snapshot, type SnapshotFrom } from 'xstate';
import { concernMachine, type ConcernInput } from '../../machines/concern.machine';
import { ActorContext, registerConcernActor, whenActorReady } from './session';

/**
 * The concern's statechart in the browser: xstate, @xstate/react and the machine, off the first
 * load (issue 16). Imported by every page that drives or reads the concern (guide, drafts, training);
 * `./session` (in the first load) holds the actor and fetches this module once the first page is on
 * screen. The same API as `createActorContext` had, so the pages read `ConcernActor.useSelector`.
 */

export type ConcernActorRef = ActorRefFrom<typeof concernMachine>;
type ConcernSnapshot = SnapshotFrom<typeof concernMachine>;

function createConcernActor(input: ConcernInput, snapshot?: Snapshot<unknown>): ConcernActorRef {
  return createActor(concernMachine, { input, ...(snapshot ? { snapshot: snapshot as never } : {}) }).start();
}

export interface ConcernActorModule {
  createConcernActor: typeof createConcernActor;
}

function useConcernActorRef(): ConcernActorRef {
  const actor = useContext(ActorContext);
  if (actor === undefined) throw new Error('ConcernActor outside ConcernSessionProvider');
  // This module has just been evaluated by the page that renders now: its provider makes the actor
  // in its next render (it is notified), so wait for that commit.
  if (actor === null) use(whenActorReady());
  if (!actor) throw new Error('ConcernActor: the provider has no actor');
  return actor;
}

export const ConcernActor = {
  useActorRef: useConcernActorRef,
  useSelector<T>(selector: (snapshot: ConcernSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
    return useSelector(useConcernActorRef(), selector, compare);
  },
  /** An actor of its own from `options` (stories and component tests: GuideFixture). */
  Provider({ options, children }: { options?: { input?: ConcernInput; snapshot?: Snapshot<unknown> }; children: ReactNode }) {
    const actor = useActorRef(concernMachine, options as never);
    return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
  },
};

registerConcernActor({ createConcernActor });
