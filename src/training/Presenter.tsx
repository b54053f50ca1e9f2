import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernEvent } from '../../machines/concern.machine';
import { allowedValues, expectedQuestion, flagsOf, isWaiting, routeOf, type ConcernSnapshot } from '../../machines/concern';
import { isQuestionId, type QuestionId } from '../../machines/ids';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { usePageHeading } from '../ui/usePageHeading';
import { FREE_WALK_ID, localized, type TrainingCasus } from './casus';
import { AUDIENCE_HASH, openChannel, type AudienceFrame } from './channel';
import { activeIds } from './diagram/path';
import { useLabels } from './labels';
import { RouteMap } from './map/RouteMap';
import { mapPosition } from './map/routeMap';
import type { Discussion, Rejected } from './store';

const Diagram = lazy(() => import('./diagram/Diagram').then((m) => ({ default: m.Diagram })));

export interface PresenterUi {
  revealedAt?: number;
  rejected?: Rejected;
  /** The room chose another answer than the casus at this position. */
  discussion?: Discussion;
  showDiagram: boolean;
  /** The route map with every lane open (else it follows the concern). */
  fullMap?: boolean;
}

export interface PresenterProps {
  casus: TrainingCasus;
  snapshot: ConcernSnapshot;
  send(event: ConcernEvent): void;
  ui: PresenterUi;
  setUi(change: Partial<PresenterUi>): void;
  /** Starts the casus again from the first question (a fresh training concern). */
  onRestart(): void;
  onClose(): void;
  /** Rendered under the trainer's panel (save as casus file). */
  footer?: React.ReactNode;
  /** Opens the audience window (window.open); false when the browser blocked it. Stories pass none. */
  onOpenAudience?(): boolean;
}

const isPrefix = (a: readonly (readonly [string, string])[], b: readonly (readonly [string, string])[]) =>
  a.length <= b.length && a.every(([q, v], i) => b[i][0] === q && b[i][1] === v);

/** Keys are left alone while the user types or works a control that needs them. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // Space presses the focused button; arrows scroll the diagram canvas.
  if (key === ' ' && target.closest('button, a, summary, [role="button"]')) return true;
  if ((key === 'ArrowLeft' || key === 'ArrowRight') && target.closest('[data-native-keys]')) return true;
  return false;
}

/** Opens the audience window on this same app (same origin, works offline). */
export function openAudienceWindow(): boolean {
  const url = `${window.location.pathname}${window.location.search}${AUDIENCE_HASH}`;
  const opened = window.open(url, 'zorgroute-publiek', 'popup,width=1280,height=720');
  return opened !== null;
}

/**
 * The presenter view, the trainer's screen: the story and the question (the room answers out loud,
 * the trainer clicks their answer), the route map, and for the trainer alone the expected answer
 * with its rationale, what comes next, the casus notes and the shortcuts. The audience window gets
 * the story, the question and the map over a BroadcastChannel (channel.ts).
 */
export function Presenter({ casus, snapshot, send, ui, setUi, onRestart, onClose, footer, onOpenAudience }: PresenterProps) {
  const { t, i18n } = useTranslation(['training', 'guide', 'common']);
  const lng = i18n.language;
  const sector = snapshot.context.sector;
  const { questionTitle, answerLabel, routeTitle } = useLabels(sector);
  const title = localized(casus.title, lng);
  const story = localized(casus.story, lng);
  const free = casus.id === FREE_WALK_ID;
  const given = snapshot.context.answers;
  const onScript = isPrefix(given, casus.answers);
  const position = given.length;
  const total = casus.answers.length;
  const next = onScript && position < total ? casus.answers[position] : undefined;
  const rejectedHere = ui.rejected && ui.rejected.index === position && onScript ? ui.rejected : undefined;
  const question = expectedQuestion(snapshot);
  const route = routeOf(snapshot);
  const finished = !question || (onScript && position >= total && total > 0) || Boolean(rejectedHere);
  const revealed = ui.revealedAt === position && next !== undefined;
  const discussion = ui.discussion && ui.discussion.index === position && next ? ui.discussion : undefined;
  // The browser's history keeps titles: the casus stays out of it (issue 13), the heading still names it.
  const heading = usePageHeading(
    t('training:presenter.heading', { title }),
    t('common:app.name'),
    `presenter:${casus.id}`,
    t('common:nav.training'),
  );
  const [blocked, setBlocked] = useState(false);

  const why = (q: string) => (isQuestionId(q) ? casus.rationale?.[q] : undefined);
  const alternativesOf = (q: string) => (isQuestionId(q) ? casus.alternatives?.[q] ?? [] : []);

  const forward = useCallback(() => {
    if (!next || rejectedHere) return;
    const [q, value] = next;
    const event = { type: 'ANSWER' as const, question: q as QuestionId, value };
    if (isQuestionId(q) && snapshot.can(event)) {
      setUi({ revealedAt: undefined, rejected: undefined, discussion: undefined });
      send(event);
    } else {
      setUi({ rejected: { index: position, question: q, value }, discussion: undefined });
    }
  }, [next, rejectedHere, snapshot, send, setUi, position]);

  /** The room's answer: the same as the casus moves on; another opens a discussion first. */
  const choose = useCallback(
    (value: string) => {
      if (!question) return;
      if (next && next[0] === question && next[1] !== value) {
        setUi({ discussion: { index: position, value } });
        return;
      }
      setUi({ revealedAt: undefined, discussion: undefined });
      send({ type: 'ANSWER', question, value });
    },
    [question, next, position, send, setUi],
  );

  const followRoom = useCallback(() => {
    if (!discussion || !question) return;
    setUi({ revealedAt: undefined, discussion: undefined });
    send({ type: 'ANSWER', question, value: discussion.value });
  }, [discussion, question, send, setUi]);

  const back = useCallback(() => {
    if (rejectedHere || discussion) {
      setUi({ rejected: undefined, discussion: undefined });
      return;
    }
    if (position > 0) {
      setUi({ revealedAt: undefined });
      send({ type: 'BACK' });
    }
  }, [rejectedHere, discussion, position, send, setUi]);

  const reveal = useCallback(() => {
    if (!next) return;
    setUi({ revealedAt: ui.revealedAt === position ? undefined : position });
  }, [next, ui.revealedAt, position, setUi]);

  const restart = useCallback(() => {
    setUi({ revealedAt: undefined, rejected: undefined, discussion: undefined });
    onRestart();
  }, [onRestart, setUi]);

  // Keyboard shortcuts, shown on screen. Listening on the document lets them work wherever focus is,
  // except where a key has its own job (typing, pressing a focused button, scrolling the diagram).
  const handlers = useRef({ forward, back, reveal, restart });
  handlers.current = { forward, back, reveal, restart };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKey(e.target, e.key)) return;
      const h = handlers.current;
      const map: Record<string, (() => void) | undefined> = {
        ArrowRight: h.forward,
        n: h.forward,
        N: h.forward,
        ArrowLeft: h.back,
        b: h.back,
        B: h.back,
        r: h.reveal,
        R: h.reveal,
        ' ': h.reveal,
        Home: h.restart,
      };
      const action = map[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Say what changed for screen reader users (the question, the revealed answer, the end).
  const said = useRef('');
  useEffect(() => {
    let text: string;
    if (finished) text = t('training:presenter.announceEnd', { route: route ? routeTitle(route) : '—' });
    else if (revealed && next) text = t('training:presenter.announceRevealed', { answer: answerLabel(next[0], next[1]) });
    else text = t('training:presenter.announceQuestion', { current: position + 1, total: Math.max(total, position + 1), title: question ? questionTitle(question) : '' });
    if (text !== said.current) {
      said.current = text;
      announce(text);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished, revealed, position, question, route, lng]);

  const options = question && !finished ? allowedValues(snapshot) : [];
  const flags = flagsOf(given);
  const expectRoute = casus.expect.route;
  const currentIds = useMemo(() => activeIds(snapshot.value), [snapshot.value]);
  const input = useMemo(() => ({ sector, partners: snapshot.context.partners }), [sector, snapshot.context.partners]);
  const where = useMemo(() => mapPosition(given, input), [given, input]);
  const progress = free ? undefined : { current: Math.min(position + (finished ? 0 : 1), total), total };

  // The audience window's frame: the story, the question, the map; nothing for the trainer only.
  const frame: AudienceFrame = useMemo(
    () => ({
      title: casus.title,
      story: casus.story ?? '',
      sector,
      partners: snapshot.context.partners,
      answers: given.map(([q, v]) => [q, v]),
      ...(question && !finished ? { question } : {}),
      options,
      ...(revealed && next && next[0] === question ? { revealed: next[1] } : {}),
      ...(discussion && next
        ? {
            discussion: {
              question: next[0],
              room: discussion.value,
              casus: next[1],
              ...(why(next[0]) ? { rationale: why(next[0]) } : {}),
              ...(alternativesOf(next[0]).find((a) => a.value === discussion.value)
                ? { alternative: alternativesOf(next[0]).find((a) => a.value === discussion.value)!.rationale }
                : {}),
            },
          }
        : {}),
      finished,
      ...(route ? { route } : {}),
      ...(progress ? { progress } : {}),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [casus, sector, snapshot.context.partners, given, question, finished, options.join(), revealed, discussion, route, progress?.current, progress?.total],
  );
  const frameRef = useRef(frame);
  frameRef.current = frame;
  const channel = useRef<ReturnType<typeof openChannel>>(undefined);
  useEffect(() => {
    const c = openChannel((message) => {
      if (message.type === 'hello') c.post({ type: 'frame', frame: frameRef.current });
    });
    channel.current = c;
    c.post({ type: 'frame', frame: frameRef.current });
    return () => c.close();
  }, []);
  useEffect(() => {
    channel.current?.post({ type: 'frame', frame });
  }, [frame]);

  const nextUp = next
    ? position + 1 < total
      ? t('training:trainer.nextQuestion', { current: position + 2, title: questionTitle(casus.answers[position + 1][0]) })
      : t('training:trainer.nextEnd')
    : undefined;

  const expectedBlock = (q: string, v: string) => {
    const rationale = why(q);
    const alternatives = alternativesOf(q);
    return (
      <div className="zr-presenter__expected" data-testid="presenter-expected" role="status">
        <p>
          <strong>{t('training:presenter.expected')}:</strong> {answerLabel(q, v)}
        </p>
        {rationale && (
          <p data-testid="presenter-rationale">
            <strong>{t('training:trainer.why')}:</strong> {localized(rationale, lng)}
          </p>
        )}
        {alternatives.map((alt) => (
          <p key={alt.value}>
            <strong>
              {t('training:trainer.alternatives')}: {answerLabel(q, alt.value)}.
            </strong>{' '}
            {localized(alt.rationale, lng)}
          </p>
        ))}
      </div>
    );
  };

  return (
    <div className={`zr-stage zr-presenter${ui.showDiagram ? ' zr-presenter--with-diagram' : ''}`} data-testid="presenter">
      <header className="zr-stage__head">
        <PageHeading ref={heading} className="zr-stage__title">
          {t('training:presenter.heading', { title })}
        </PageHeading>
        {progress && (
          <p className="zr-stage__progress" data-testid="presenter-progress">
            {t('training:presenter.progress', progress)}
          </p>
        )}
        <div className="zr-presenter__controls" role="group" aria-label={t('training:presenter.controls')}>
          <Button onClick={back} disabled={position === 0 && !rejectedHere && !discussion} aria-keyshortcuts="ArrowLeft B">
            ← {t('training:presenter.back')}
          </Button>
          {!free && (
            <Button onClick={reveal} disabled={!next || finished} aria-keyshortcuts="R Space" aria-pressed={revealed}>
              {revealed ? t('training:presenter.hide') : t('training:presenter.reveal')}
            </Button>
          )}
          {!free && (
            <Button appearance="primary" onClick={forward} disabled={!next || Boolean(rejectedHere)} aria-keyshortcuts="ArrowRight N">
              {t('training:presenter.next')} →
            </Button>
          )}
          <Button onClick={restart} aria-keyshortcuts="Home">
            ⟲ {t('training:presenter.restart')}
          </Button>
        </div>
      </header>

      {story && (
        <section className="zr-stage__story" aria-labelledby="zr-presenter-story" data-testid="stage-story">
          <h2 id="zr-presenter-story" className="zr-stage__h2">
            {t('training:presenter.story')}
          </h2>
          {story.split(/\n\s*\n/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}

      <section className="zr-stage__question" aria-labelledby="zr-presenter-question" aria-live="off" data-testid="stage-question">
        {rejectedHere ? (
          <>
            <h2 id="zr-presenter-question" className="zr-stage__h2">
              {t('training:presenter.end')}
            </h2>
            <p className="zr-presenter__callout" data-testid="presenter-rejected">
              {t('training:presenter.rejectedHere', { question: questionTitle(rejectedHere.question) || rejectedHere.question, value: answerLabel(rejectedHere.question, rejectedHere.value) })}
            </p>
            {casus.expect.rejected === rejectedHere.question && <p>{t('training:presenter.rejectedExpected')}</p>}
          </>
        ) : finished ? (
          <>
            <h2 id="zr-presenter-question" className="zr-stage__h2">
              {t('training:presenter.end')}
            </h2>
            {/* A list, not a two-column table: a long route name wraps as a sentence, not a word per line. */}
            <dl className="zr-presenter__result" data-testid="presenter-result">
              <div>
                <dt>{t('training:presenter.reached')}</dt>
                <dd data-route={route}>{route ? routeTitle(route) : '—'}</dd>
              </div>
              {expectRoute && (
                <div>
                  <dt>{t('training:presenter.expectedRoute')}</dt>
                  <dd>{routeTitle(expectRoute)}</dd>
                </div>
              )}
              {flags.length > 0 && (
                <div>
                  <dt>{t('training:presenter.flags')}</dt>
                  <dd>{flags.map((f) => t(`guide:flags.${f}`, { defaultValue: f })).join(', ')}</dd>
                </div>
              )}
            </dl>
            {route && isWaiting(snapshot) && <p>{t('training:presenter.waiting')}</p>}
            {expectRoute && route && (
              <p className="zr-presenter__callout" data-testid="presenter-match">
                {route === expectRoute ? `✓ ${t('training:presenter.match')}` : `⚠ ${t('training:presenter.mismatch')}`}
              </p>
            )}
          </>
        ) : (
          <>
            <h2 id="zr-presenter-question" className="zr-stage__h2">
              {t('training:presenter.question')}
            </h2>
            <p className="zr-stage__qtitle" data-testid="presenter-question">
              {question ? questionTitle(question) : t('training:presenter.noQuestion')}
            </p>
            <p className="zr-stage__prompt">{t('training:presenter.prompt')}</p>
            <ul className="zr-presenter__options">
              {options.map((value) => {
                const expected = revealed && next && next[0] === question && next[1] === value;
                const chosen = discussion?.value === value;
                return (
                  <li
                    key={value}
                    className={`zr-presenter__option${expected ? ' zr-presenter__option--expected' : ''}${chosen ? ' zr-presenter__option--room' : ''}`}
                  >
                    <button type="button" className="utrecht-button utrecht-button--secondary-action zr-presenter__choose" onClick={() => choose(value)}>
                      {answerLabel(question!, value)}
                    </button>
                    {expected && <strong className="zr-presenter__expected-mark">✓ {t('training:presenter.expected')}</strong>}
                  </li>
                );
              })}
            </ul>
            {discussion && next && (
              <div className="zr-discussion" data-testid="presenter-discussion" role="status">
                <h3 className="zr-discussion__heading">{t('training:discussion.heading')}</h3>
                <p>{t('training:discussion.differs', { room: answerLabel(next[0], discussion.value), casus: answerLabel(next[0], next[1]) })}</p>
                {alternativesOf(next[0])
                  .filter((a) => a.value === discussion.value)
                  .map((a) => (
                    <p key={a.value}>
                      <strong>{t('training:discussion.alternative')}</strong> {localized(a.rationale, lng)}
                    </p>
                  ))}
                <p>
                  {why(next[0]) ? (
                    <>
                      <strong>{t('training:discussion.casusWhy', { casus: answerLabel(next[0], next[1]) })}</strong> {localized(why(next[0]), lng)}
                    </>
                  ) : (
                    t('training:discussion.noRationale')
                  )}
                </p>
                <div className="zr-discussion__actions">
                  <Button onClick={followRoom}>{t('training:discussion.followRoom')}</Button>
                  <Button appearance="primary" onClick={forward}>
                    {t('training:discussion.followCasus')}
                  </Button>
                </div>
              </div>
            )}
            {!discussion && revealed && next && expectedBlock(next[0], next[1])}
            {!free && !onScript && <p className="zr-presenter__callout">{t('training:discussion.offScript')}</p>}
          </>
        )}
      </section>

      <div className="zr-stage__map">
        <RouteMap position={where} sector={sector} answerLabel={answerLabel} expandAll={ui.fullMap} id="zr-presenter-map" fitToWindow />
      </div>

      <aside className="zr-presenter__trainer" aria-labelledby="zr-trainer-heading" data-testid="presenter-trainer">
        <h2 id="zr-trainer-heading" className="zr-stage__h2">
          {t('training:trainer.heading')}
        </h2>
        <div className="zr-presenter__audience">
          <Button
            appearance="primary"
            onClick={() => setBlocked(!(onOpenAudience ?? openAudienceWindow)())}
            data-testid="open-audience"
          >
            {t('training:audience.open')}
          </Button>
          <p>{t('training:audience.openHint')}</p>
          {blocked && (
            <p className="zr-presenter__callout" role="alert">
              {t('training:audience.blocked')}
            </p>
          )}
        </div>
        {!free && !finished && (
          <dl className="zr-presenter__notes">
            <div>
              <dt>{t('training:presenter.expected')}</dt>
              <dd>{revealed || discussion ? (next ? answerLabel(next[0], next[1]) : '—') : t('training:trainer.expectedHidden')}</dd>
            </div>
            <div>
              <dt>{t('training:trainer.next')}</dt>
              <dd data-testid="presenter-next">{nextUp ?? t('training:trainer.noNext')}</dd>
            </div>
          </dl>
        )}
        {casus.notes && (
          <section aria-labelledby="zr-trainer-notes">
            <h3 id="zr-trainer-notes" className="zr-presenter__h3">
              {t('training:trainer.notes')}
            </h3>
            <p data-testid="presenter-notes">{localized(casus.notes, lng)}</p>
          </section>
        )}
        <section className="zr-presenter__shortcuts" aria-labelledby="zr-presenter-keys">
          <h3 id="zr-presenter-keys" className="zr-presenter__h3">
            {t('training:presenter.shortcuts.heading')}
          </h3>
          <ul>
            <li>
              <kbd>→</kbd> / <kbd>N</kbd> {t('training:presenter.shortcuts.next')}
            </li>
            <li>
              <kbd>←</kbd> / <kbd>B</kbd> {t('training:presenter.shortcuts.back')}
            </li>
            <li>
              <kbd>R</kbd> / <kbd>{t('training:presenter.shortcuts.space')}</kbd> {t('training:presenter.shortcuts.reveal')}
            </li>
            <li>
              <kbd>Home</kbd> {t('training:presenter.shortcuts.restart')}
            </li>
          </ul>
        </section>
        <div className="zr-presenter__views">
          <Button onClick={() => setUi({ fullMap: !ui.fullMap })} aria-pressed={Boolean(ui.fullMap)}>
            {ui.fullMap ? t('training:map.collapse') : t('training:map.expandAll')}
          </Button>
          <Button onClick={() => setUi({ showDiagram: !ui.showDiagram })} aria-pressed={ui.showDiagram}>
            {ui.showDiagram ? t('training:presenter.hideDiagram') : t('training:presenter.showDiagram')}
          </Button>
          <Button appearance="subtle" onClick={onClose}>
            {t('training:page.back')}
          </Button>
        </div>
        {footer}
      </aside>

      {ui.showDiagram && (
        <div className="zr-presenter__diagram" data-native-keys="">
          <Suspense fallback={<p>{t('training:diagram.loading')}</p>}>
            <Diagram answers={given} currentIds={currentIds} input={input} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
