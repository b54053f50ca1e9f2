import type { Meta, StoryObj } from '@storybook/react-vite';
import { useActor } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { createActor } from 'xstate';
import amira from '../content/cases/po-meisje-vertelt-over-geweld.json';
import outOfOrder from '../content/cases/po-antwoord-buiten-volgorde.json';
import lucas from '../content/cases/vo-ouders-weigeren-hulp.json';
import { replay } from '../machines/concern';
import { concernMachine, type ConcernInput } from '../machines/concern.machine';
import { DEFAULT_PARTNERS, type Answer } from '../machines/ids';
import { initI18n, loadNamespace } from '../src/app/i18n';
import { ConcernSessionProvider } from '../src/concern/session';
import { CasusLibrary } from '../src/training/CasusLibrary';
import { freeWalk, loadShippedCases, type TrainingCasus } from '../src/training/casus';
import { Diagram } from '../src/training/diagram/Diagram';
import { OwnCasus } from '../src/training/OwnCasus';
import { Presenter, type PresenterUi } from '../src/training/Presenter';
import { AudienceView } from '../src/training/Audience';
import type { AudienceFrame } from '../src/training/channel';
import { RouteMap } from '../src/training/map/RouteMap';
import { mapPosition } from '../src/training/map/routeMap';
import { SaveCasus } from '../src/training/SaveCasus';
import { TrainingBanner } from '../src/training/TrainingBanner';
import TrainingPage from '../src/training/TrainingPage';
import '../src/training/training.css';

/**
 * Training mode's screens: the banner, the casus library, loading an own file, the presenter view
 * (start, answer revealed, the end, a refused answer, free practice, with the statechart) and the
 * statechart diagram itself. Every presenter story runs on the real machine.
 */

const AMIRA = amira as unknown as TrainingCasus;
const OUT_OF_ORDER = outOfOrder as unknown as TrainingCasus;
/** A casus with rationale and an alternative (issue 14 §8), for the discussion stories. */
const LUCAS = lucas as unknown as TrainingCasus;
const LUCAS_AFWEGING_2 = LUCAS.answers.findIndex(([q]) => q === 'afweging.2');
const INPUT: ConcernInput = { sector: 'po', partners: { ...DEFAULT_PARTNERS } };

/** The presenter on a live actor restored from the first `steps` answers of the casus. */
function PresenterStory({
  casus,
  steps = 0,
  revealed = false,
  showDiagram = false,
  rejectAt,
  discussion,
}: {
  casus: TrainingCasus;
  steps?: number;
  revealed?: boolean;
  showDiagram?: boolean;
  /** Show the refusal of the casus answer at this position (the casus expects it). */
  rejectAt?: number;
  /** The room chose this value where the casus answers otherwise (at `steps`). */
  discussion?: string;
}) {
  const input = useMemo<ConcernInput>(() => ({ ...INPUT, sector: casus.sector }), [casus.sector]);
  const restored = useMemo(() => {
    const { snapshot } = replay(casus.answers.slice(0, steps), input);
    const actor = createActor(concernMachine, { input, snapshot });
    actor.start();
    const persisted = actor.getPersistedSnapshot();
    actor.stop();
    return persisted;
  }, [casus, steps, input]);
  const [snapshot, send] = useActor(concernMachine, { input, snapshot: restored as never });
  const [ui, setUiState] = useState<PresenterUi>({
    showDiagram,
    ...(revealed ? { revealedAt: steps } : {}),
    ...(rejectAt !== undefined ? { rejected: { index: rejectAt, question: casus.answers[rejectAt][0], value: casus.answers[rejectAt][1] } } : {}),
    ...(discussion ? { discussion: { index: steps, value: discussion } } : {}),
  });
  return (
    <Presenter
      casus={casus}
      snapshot={snapshot}
      send={send}
      ui={ui}
      setUi={(change) => setUiState((s) => ({ ...s, ...change }))}
      onRestart={() => undefined}
      onClose={() => undefined}
      onOpenAudience={() => true}
      footer={<SaveCasus answers={snapshot.context.answers} sector={snapshot.context.sector} routeReached={steps >= casus.answers.length} />}
    />
  );
}

/** The audience window as it shows a frame of the presenter (the story, the question, the map). */
function frameOf(casus: TrainingCasus, steps: number, extra: Partial<AudienceFrame> = {}): AudienceFrame {
  const answers = casus.answers.slice(0, steps);
  const { snapshot } = replay(answers as Answer[], { ...INPUT, sector: casus.sector });
  const value = snapshot.getMeta() as Record<string, { question?: string }>;
  const question = Object.values(value).find((m) => m?.question)?.question;
  const finished = steps >= casus.answers.length;
  return {
    title: casus.title,
    story: casus.story ?? '',
    sector: casus.sector,
    partners: { ...DEFAULT_PARTNERS },
    answers,
    ...(question && !finished ? { question: question as never } : {}),
    options: question && !finished ? ['ja', 'nee'] : [],
    finished,
    ...(finished && casus.expect.route ? { route: casus.expect.route } : {}),
    progress: { current: Math.min(steps + 1, casus.answers.length), total: casus.answers.length },
    ...extra,
  };
}

function LibraryStory() {
  const [cases, setCases] = useState<TrainingCasus[] | undefined>();
  useEffect(() => {
    void loadShippedCases().then(setCases);
  }, []);
  return <CasusLibrary cases={cases ?? []} loading={!cases} onOpen={() => undefined} />;
}

/** The whole #/training page, in a session of its own (the page enters training on #/training). */
function PageStory() {
  if (window.location.hash !== '#/training') window.location.hash = '#/training';
  return (
    <ConcernSessionProvider initialInput={INPUT}>
      <main>
        <TrainingPage navigate={() => undefined} />
      </main>
    </ConcernSessionProvider>
  );
}

const meta = {
  title: 'Training',
  parameters: { layout: 'padded' },
  loaders: [
    async () => {
      initI18n();
      // Both languages: loaders run side by side with the preview's, which switches the language.
      await Promise.all(['nl', 'en'].flatMap((lng) => ['common', 'guide', 'training'].map((ns) => loadNamespace(ns, lng))));
      return {};
    },
  ],
  decorators: [
    (Story) => (
      <div className="zr-training">
        <Story />
      </div>
    ),
  ],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Banner: Story = { render: () => <TrainingBanner onLeave={() => undefined} /> };

export const Library: Story = { render: () => <LibraryStory /> };

export const OwnCasusFile: Story = { name: 'Own casus file', render: () => <OwnCasus onLoaded={() => undefined} /> };

export const PresenterStart: Story = { name: 'Presenter: first question', render: () => <PresenterStory casus={AMIRA} /> };

export const PresenterRevealed: Story = {
  name: 'Presenter: expected answer revealed',
  render: () => <PresenterStory casus={AMIRA} steps={5} revealed />,
};

export const PresenterEnd: Story = {
  name: 'Presenter: route reached',
  render: () => <PresenterStory casus={AMIRA} steps={AMIRA.answers.length} />,
};

export const PresenterRefused: Story = {
  name: 'Presenter: answer refused',
  render: () => {
    const { rejected } = replay(OUT_OF_ORDER.answers as Answer[], { ...INPUT, sector: OUT_OF_ORDER.sector });
    const at = rejected?.index ?? 0;
    return <PresenterStory casus={OUT_OF_ORDER} steps={at} rejectAt={at} />;
  },
};

export const PresenterFreePractice: Story = {
  name: 'Presenter: free practice',
  render: () => <PresenterStory casus={freeWalk('po')} />,
};

export const PresenterWithDiagram: Story = {
  name: 'Presenter: with the statechart',
  parameters: { layout: 'fullscreen' },
  render: () => <PresenterStory casus={AMIRA} steps={6} showDiagram />,
};

export const StatechartDiagram: Story = {
  name: 'Statechart diagram',
  render: () => <Diagram answers={AMIRA.answers.slice(0, 8) as Answer[]} input={INPUT} />,
};

export const StatechartDiagramStart: Story = {
  name: 'Statechart diagram: at the start',
  render: () => <Diagram answers={[]} input={INPUT} initialScale={0.5} />,
};

export const Page: Story = { name: 'Training page', render: () => <PageStory /> };

export const PresenterDiscussion: Story = {
  name: 'Presenter: discussion (the room chose otherwise)',
  parameters: { layout: 'fullscreen' },
  render: () => <PresenterStory casus={LUCAS} steps={LUCAS_AFWEGING_2} discussion="ja" />,
};

export const PresenterRationale: Story = {
  name: 'Presenter: expected answer with its rationale',
  parameters: { layout: 'fullscreen' },
  render: () => <PresenterStory casus={LUCAS} steps={LUCAS_AFWEGING_2} revealed />,
};

export const AudienceStart: Story = {
  name: 'Audience: first question',
  parameters: { layout: 'fullscreen' },
  render: () => <AudienceView frame={frameOf(LUCAS, 0)} />,
};

export const AudienceRevealed: Story = {
  name: 'Audience: at afweging 2, expected answer revealed',
  parameters: { layout: 'fullscreen' },
  render: () => <AudienceView frame={frameOf(LUCAS, LUCAS_AFWEGING_2, { revealed: 'nee' })} />,
};

export const AudienceDiscussion: Story = {
  name: 'Audience: discussion',
  parameters: { layout: 'fullscreen' },
  render: () => (
    <AudienceView
      frame={frameOf(LUCAS, LUCAS_AFWEGING_2, {
        discussion: {
          question: 'afweging.2',
          room: 'ja',
          casus: 'nee',
          rationale: LUCAS.rationale!['afweging.2'],
          alternative: LUCAS.alternatives!['afweging.2']![0].rationale,
        },
      })}
    />
  ),
};

export const AudienceEnd: Story = {
  name: 'Audience: route reached',
  parameters: { layout: 'fullscreen' },
  render: () => <AudienceView frame={frameOf(LUCAS, LUCAS.answers.length)} />,
};

export const RouteMapSupport: Story = {
  name: 'Route map: support route',
  render: () => (
    <RouteMap
      position={mapPosition(
        [
          ['triage.acuut', 'nee'],
          ['triage.medewerker', 'nee'],
          ['triage.signalen', 'nee'],
          ['steun.advies', 'nee'],
        ],
        INPUT,
      )}
      answerLabel={(_, v) => v}
    />
  ),
};
