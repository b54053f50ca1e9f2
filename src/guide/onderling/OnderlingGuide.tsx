import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createActor } from 'xstate';
import { useTranslation } from 'react-i18next';
import { type Sector } from '../../../machines/ids';
import { ONDERLING_ROUTE, type OnderlingQuestionId, type OnderlingRouteId } from '../../../machines/onderling.ids';
import { onderlingMachine, type OnderlingEvent } from '../../../machines/onderling.machine';
import {
  onderlingAcceptedValues,
  onderlingIsReview,
  onderlingOutcomeOf,
  onderlingQuestionOf,
  onderlingRouteOf,
  type OnderlingSnapshot,
} from '../../../machines/onderling';
import {
  ONDERLING_QUESTION_CONTENT,
  onderlingOutcomeSources,
  onderlingSectorGroup,
} from '../../../content/onderling';
import { Button } from '../../ui/Button';
import { Details } from '../../ui/Details';
import { Heading2, PageHeading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { OrderedList, UnorderedList } from '../../ui/List';
import { Paragraph, Paragraphs } from '../../ui/Paragraph';
import { RadioGroup } from '../../ui/RadioGroup';
import { usePageHeading } from '../../ui/usePageHeading';
import { CheckAnswers } from '../CheckAnswers';
import { OfficialQuote } from '../OfficialQuote';
import { ANSWER_INPUT_PREFIX, BackButton, ContinueButton, QuestionErrorSummary, QuestionHeading, useQuestionForm } from '../QuestionForm';
import { SourceCite, SourceList } from '../SourceCite';

/**
 * The route for behaviour between children (issue 14 §5): the pages of machines/onderling.machine.ts,
 * one question at a time, "check your answers", and the outcome with its sector's text. Words come from
 * the `onderling` namespace (the generic labels of the guide from `guide`). The actor lives as long as
 * the page; the app may hand it a persisted snapshot to resume from and keep each new one (in memory,
 * or encrypted as a draft: src/app composes that), the guide itself stores nothing.
 */

/** What the outcome's slot knows (src/app puts the counting panel there). */
export interface OnderlingOutcomeContext {
  route: OnderlingRouteId;
  sector: Sector;
  training: boolean;
}

/** What a question's slot knows (src/app puts the notes and the pause link there). */
export interface OnderlingQuestionContext {
  question: OnderlingQuestionId;
}

export interface OnderlingSlots {
  questionExtra?: (ctx: OnderlingQuestionContext) => ReactNode;
  outcomeExtra?: (ctx: OnderlingOutcomeContext) => ReactNode;
}

type Send = (event: OnderlingEvent) => void;
const NS = ['onderling', 'guide', 'common'] as const;

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** One question per page: back, caption, the question as h1 in the legend, quote, help, answers, continue. */
export function OnderlingQuestionPage({
  snapshot,
  send,
  onExit,
  slots,
}: {
  snapshot: OnderlingSnapshot;
  send: Send;
  onExit?(): void;
  slots?: OnderlingSlots;
}) {
  const { t } = useTranslation([...NS]);
  const question = onderlingQuestionOf(snapshot)!;
  const answers = snapshot.context.answers;
  const content = ONDERLING_QUESTION_CONTENT[question];
  const values = onderlingAcceptedValues(snapshot);
  const q = (part: string) => t(`onderling:questions.${question}.${part}`, { defaultValue: '' });
  const title = q('title');
  const hint = q('hint');
  const help = q('help');
  const quote = q('quote');
  const errorText = t('guide:errors.required');
  const { choice, setChoice, errorCount, hasError, heading, submit } = useQuestionForm({
    title,
    pageKey: `${question}#${answers.length}`,
    values,
    onAnswer: (value) => send({ type: 'ANSWER', question, value }),
  });

  return (
    <div className="zr-page zr-question zr-onderling" data-question={question}>
      <BackButton onClick={() => (answers.length === 0 ? onExit?.() : send({ type: 'BACK' }))} />
      {hasError ? <QuestionErrorSummary errorCount={errorCount} text={errorText} /> : null}
      <form onSubmit={submit} noValidate className="zr-form">
        <RadioGroup
          name={question}
          idPrefix={ANSWER_INPUT_PREFIX}
          legend={<QuestionHeading caption={t('onderling:progress')} title={title} headingRef={heading} />}
          hint={hint || undefined}
          options={values.map((value) => ({ value, label: t(`onderling:answers.${question}.${value}`) }))}
          value={choice}
          onChange={setChoice}
          error={hasError ? errorText : undefined}
        >
          {quote && content.quoteSource ? (
            <OfficialQuote
              text={quote}
              translation={q('quoteTranslation')}
              source={
                <>
                  {t('onderling:quoteSource')} <SourceCite id={content.quoteSource} />
                </>
              }
            />
          ) : null}
          {help ? (
            <Details summary={t('guide:question.helpSummary')}>
              <Paragraphs text={help} />
              <SourceList ids={content.sources} />
            </Details>
          ) : null}
        </RadioGroup>
        {/* Below the answers, above "Verder", as on the concern's questions (GuidePage's questionExtra). */}
        {slots?.questionExtra ? <div className="zr-slot">{slots.questionExtra({ question })}</div> : null}
        <ContinueButton />
      </form>
    </div>
  );
}

/** "Check your answers": every answer with a change button, the route, and confirm. */
export function OnderlingReviewPage({ snapshot, send }: { snapshot: OnderlingSnapshot; send: Send }) {
  const { t } = useTranslation([...NS]);
  const answers = snapshot.context.answers;
  return (
    <CheckAnswers
      className="zr-review zr-onderling"
      pageKey={`onderling-review#${answers.length}`}
      answers={answers.map(([question, value]) => ({
        question,
        title: t(`onderling:questions.${question}.title`),
        answer: t(`onderling:answers.${question}.${value}`),
      }))}
      summary={[{ key: 'route', term: t('guide:review.route'), value: t('onderling:outcome.title') }]}
      onEdit={(question) => send({ type: 'EDIT', question })}
      onConfirm={() => send({ type: 'CONFIRM' })}
    />
  );
}

/** The outcome: what to do now by the flag, the sector's text, online and meldcode blocks, what to record, sources. */
export function OnderlingOutcomePage({
  snapshot,
  training = false,
  slots,
  startHref = '#/',
  onNew,
}: {
  snapshot: OnderlingSnapshot;
  training?: boolean;
  slots?: OnderlingSlots;
  /** Where a concern (the meldcode) is started. */
  startHref?: string;
  onNew?(): void;
}) {
  const { t } = useTranslation([...NS]);
  const { sector, answers } = snapshot.context;
  const outcome = onderlingOutcomeOf(answers);
  const group = onderlingSectorGroup(sector);
  const title = t('onderling:outcome.title');
  const heading = usePageHeading(title, t('common:app.name'), `onderling-outcome#${outcome.level}`, t('common:nav.guide'));
  const list = (key: string) => asList(t(`onderling:${key}`, { returnObjects: true }));
  return (
    <div
      className={`zr-page zr-outcome zr-outcome--${ONDERLING_ROUTE} zr-onderling`}
      data-route={ONDERLING_ROUTE}
      data-outcome={outcome.level}
    >
      <PageHeading ref={heading}>{title}</PageHeading>
      <Paragraph lead>{t(`onderling:outcome.lead_${outcome.level}`)}</Paragraph>

      {outcome.meldcode ? (
        <section className="zr-callout" aria-labelledby="zr-onderling-meldcode">
          <Heading2 id="zr-onderling-meldcode">{t('onderling:outcome.meldcodeHeading')}</Heading2>
          <Paragraph>{t('onderling:outcome.meldcode')}</Paragraph>
          <Paragraph>
            <Link href={startHref}>{t('onderling:outcome.meldcodeLink')}</Link>
          </Paragraph>
        </section>
      ) : null}

      <section className="zr-section" aria-labelledby="zr-next">
        <Heading2 id="zr-next">{t('guide:outcome.nextHeading')}</Heading2>
        <OrderedList items={list(`outcome.next_${outcome.level}`)} />
      </section>

      {outcome.online ? (
        <section className="zr-section" aria-labelledby="zr-onderling-online">
          <Heading2 id="zr-onderling-online">{t('onderling:outcome.onlineHeading')}</Heading2>
          <UnorderedList items={list('outcome.online')} />
        </section>
      ) : null}

      <section className="zr-section" aria-labelledby="zr-onderling-sector" data-sector-group={group}>
        <Heading2 id="zr-onderling-sector">
          {t('onderling:outcome.sectorHeading')}: {t(`common:sectors.${sector}`)}
        </Heading2>
        <UnorderedList items={list(`outcome.sector.${group}`)} />
      </section>

      <section className="zr-section" aria-labelledby="zr-record">
        <Heading2 id="zr-record">{t('guide:outcome.recordHeading')}</Heading2>
        <Paragraph className="zr-hint">{t('guide:outcome.recordHint')}</Paragraph>
        <UnorderedList items={list('outcome.record')} />
      </section>

      <section className="zr-section" aria-labelledby="zr-onderling-sources">
        <Heading2 id="zr-onderling-sources">{t('onderling:outcome.sourcesHeading')}</Heading2>
        <SourceList ids={onderlingOutcomeSources(outcome, sector)} />
      </section>

      {slots?.outcomeExtra ? (
        <div className="zr-slot">{slots.outcomeExtra({ route: ONDERLING_ROUTE, sector, training })}</div>
      ) : null}

      <div className="zr-actions zr-section">
        <Button appearance="primary" onClick={onNew}>
          {t('onderling:outcome.newCase')}
        </Button>
      </div>
    </div>
  );
}

/** What the app passes through to the pages of the route. */
export interface OnderlingFlowOptions {
  training?: boolean;
  slots?: OnderlingSlots;
  /** Back from the first question (leaves the route). */
  onExit?(): void;
  /** A new case starts (after the outcome): e.g. the app forgets that the last one was counted. */
  onNew?(): void;
  /** Where a concern (the meldcode) is started. */
  startHref?: string;
}

/** Renders whatever the onderling machine is in now: a question, "check your answers", or the outcome. */
export function OnderlingFlow({
  snapshot,
  send,
  training,
  slots,
  onExit,
  onNew,
  startHref,
}: OnderlingFlowOptions & { snapshot: OnderlingSnapshot; send: Send }) {
  const question = onderlingQuestionOf(snapshot);
  if (question) {
    // A new question is a new page: keyed so the last one's choice and error are gone.
    return (
      <OnderlingQuestionPage
        key={`${question}#${snapshot.context.answers.length}`}
        snapshot={snapshot}
        send={send}
        onExit={onExit}
        slots={slots}
      />
    );
  }
  if (onderlingIsReview(snapshot)) return <OnderlingReviewPage snapshot={snapshot} send={send} />;
  if (!onderlingRouteOf(snapshot)) return null; // unreachable: every state asks, reviews or has the route
  return <OnderlingOutcomePage snapshot={snapshot} training={training} slots={slots} onNew={onNew} startHref={startHref} />;
}

/** Resuming and keeping a case: the app's memory of it (src/app), not the guide's. */
export interface OnderlingPersistence {
  /** A persisted snapshot of the onderling machine to resume from (e.g. an opened draft). */
  snapshot?: unknown;
  /** Called with every new persisted snapshot (actor.getPersistedSnapshot()). */
  onSnapshot?(snapshot: unknown): void;
}

/** The whole route with its own actor. `generation` changes start a fresh case. */
export function OnderlingGuide({
  sector,
  onNew,
  caseKey = 0,
  ...options
}: OnderlingFlowOptions & OnderlingPersistence & { sector: Sector; caseKey?: number }) {
  const [generation, setGeneration] = useState(0);
  return (
    <OnderlingActor
      // A new case from the app (caseKey: a draft resumed) or from the outcome's "new case" remakes the actor.
      key={`${caseKey}#${generation}`}
      sector={sector}
      {...options}
      onNew={() => {
        onNew?.();
        setGeneration((g) => g + 1);
      }}
    />
  );
}

function OnderlingActor({
  sector,
  snapshot: resumeFrom,
  onSnapshot,
  ...options
}: OnderlingFlowOptions & OnderlingPersistence & { sector: Sector }) {
  // A plain actor and useSyncExternalStore rather than @xstate/react's hooks: importing @xstate/react in
  // this lazy chunk made the bundler split it (and xstate) out of the first load's chunk, which costs the
  // first load about 1 kB gzip of chunk overhead (budget). One actor per mounted case.
  const [actor] = useState(() =>
    createActor(onderlingMachine, { input: { sector }, ...(resumeFrom ? { snapshot: resumeFrom as never } : {}) }),
  );
  useEffect(() => {
    const kept = onSnapshot ? actor.subscribe(() => onSnapshot(actor.getPersistedSnapshot())) : undefined;
    actor.start();
    return () => {
      kept?.unsubscribe();
      actor.stop();
    };
    // onSnapshot is read once per actor: the app's callback writes to its memory of this case.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor]);
  const snapshot = useSyncExternalStore(
    (onChange) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    () => actor.getSnapshot(),
  );
  return <OnderlingFlow snapshot={snapshot} send={(event) => actor.send(event)} {...options} />;
}
