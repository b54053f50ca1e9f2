import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernEvent } from '../../machines/concern.machine';
import {
  allowedValues,
  expectedQuestion,
  flagsOf,
  isWaiting,
  routeOf,
  type ConcernSnapshot,
} from '../../machines/concern';
import { isPartnerQuestion, isQuestionId, type QuestionId } from '../../machines/ids';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { usePageHeading } from '../ui/usePageHeading';
import { FREE_WALK_ID, localized, type TrainingCasus } from './casus';
import { activeIds } from './diagram/path';
import type { Rejected } from './store';

const Diagram = lazy(() => import('./diagram/Diagram').then((m) => ({ default: m.Diagram })));

export interface PresenterUi {
  revealedAt?: number;
  rejected?: Rejected;
  showDiagram: boolean;
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
  /** Rendered under the controls (save as casus file). */
  footer?: React.ReactNode;
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

/**
 * The presenter view for a projector: the story beside the question, "what would you answer?",
 * the expected answer on demand, back and forward through the casus answers with the real machine
 * deciding every step, and the route reached at the end.
 */
export function Presenter({ casus, snapshot, send, ui, setUi, onRestart, onClose, footer }: PresenterProps) {
  const { t, i18n } = useTranslation(['training', 'guide', 'common']);
  const lng = i18n.language;
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
  const heading = usePageHeading(
    t('training:presenter.heading', { title }),
    t('common:app.name'),
    `presenter:${casus.id}`,
    t('common:nav.training'),
  );

  const qTitle = (q: string) =>
    t(`guide:questions.${q}.title`, { context: snapshot.context.sector, defaultValue: q });
  const answerLabel = (q: string, v: string) =>
    isQuestionId(q) && isPartnerQuestion(q)
      ? t(`common:partners.${v}`, { defaultValue: v })
      : t(`guide:answers.${q}.${v}`, { defaultValue: v });

  const forward = useCallback(() => {
    if (!next || rejectedHere) return;
    const [q, value] = next;
    const event = { type: 'ANSWER' as const, question: q as QuestionId, value };
    if (isQuestionId(q) && snapshot.can(event)) {
      setUi({ revealedAt: undefined, rejected: undefined });
      send(event);
    } else {
      setUi({ rejected: { index: position, question: q, value } });
    }
  }, [next, rejectedHere, snapshot, send, setUi, position]);

  const back = useCallback(() => {
    if (rejectedHere) {
      setUi({ rejected: undefined });
      return;
    }
    if (position > 0) {
      setUi({ revealedAt: undefined });
      send({ type: 'BACK' });
    }
  }, [rejectedHere, position, send, setUi]);

  const reveal = useCallback(() => {
    if (!next) return;
    setUi({ revealedAt: ui.revealedAt === position ? undefined : position });
  }, [next, ui.revealedAt, position, setUi]);

  const restart = useCallback(() => {
    setUi({ revealedAt: undefined, rejected: undefined });
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
    if (finished) text = t('training:presenter.announceEnd', { route: route ?? '—' });
    else if (revealed && next) text = t('training:presenter.announceRevealed', { answer: answerLabel(next[0], next[1]) });
    else text = t('training:presenter.announceQuestion', { current: position + 1, total: Math.max(total, position + 1), title: question ? qTitle(question) : '' });
    if (text !== said.current) {
      said.current = text;
      announce(text);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished, revealed, position, question, route, lng]);

  const options = question ? allowedValues(snapshot) : [];
  const flags = flagsOf(given);
  const expectRoute = casus.expect.route;
  const currentIds = useMemo(() => activeIds(snapshot.value), [snapshot.value]);

  return (
    <div className={`zr-presenter${ui.showDiagram ? ' zr-presenter--with-diagram' : ''}`} data-testid="presenter">
      <PageHeading ref={heading} className="zr-presenter__title">
        {t('training:presenter.heading', { title })}
      </PageHeading>
      {!free && (
        <p className="zr-presenter__progress" data-testid="presenter-progress">
          {t('training:presenter.progress', { current: Math.min(position + (finished ? 0 : 1), total), total })}
        </p>
      )}

      <div className="zr-presenter__controls" role="group" aria-label={t('training:presenter.controls')}>
        <Button onClick={back} disabled={position === 0 && !rejectedHere} aria-keyshortcuts="ArrowLeft B">
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
        <Button onClick={() => setUi({ showDiagram: !ui.showDiagram })} aria-pressed={ui.showDiagram}>
          {ui.showDiagram ? t('training:presenter.hideDiagram') : t('training:presenter.showDiagram')}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {t('training:page.back')}
        </Button>
      </div>

      <section className="zr-presenter__shortcuts" aria-labelledby="zr-presenter-keys">
        <h2 id="zr-presenter-keys" className="zr-presenter__keys-heading">
          {t('training:presenter.shortcuts.heading')}
        </h2>
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
      <div className="zr-presenter__columns">
        {story && (
          <section className="zr-presenter__story" aria-labelledby="zr-presenter-story">
            <h2 id="zr-presenter-story" className="utrecht-heading-2">
              {t('training:presenter.story')}
            </h2>
            {story.split(/\n\s*\n/).map((p, i) => (
              <p key={i} className="utrecht-paragraph">
                {p}
              </p>
            ))}
          </section>
        )}

        <section className="zr-presenter__question" aria-labelledby="zr-presenter-question" aria-live="off">
          {rejectedHere ? (
            <>
              <h2 id="zr-presenter-question" className="utrecht-heading-2">
                {t('training:presenter.end')}
              </h2>
              <p className="utrecht-paragraph zr-presenter__callout" data-testid="presenter-rejected">
                {t('training:presenter.rejectedHere', { question: rejectedHere.question, value: rejectedHere.value })}
              </p>
              {casus.expect.rejected === rejectedHere.question && (
                <p className="utrecht-paragraph">{t('training:presenter.rejectedExpected')}</p>
              )}
            </>
          ) : finished ? (
            <>
              <h2 id="zr-presenter-question" className="utrecht-heading-2">
                {t('training:presenter.end')}
              </h2>
              <dl className="zr-presenter__result" data-testid="presenter-result">
                <dt>{t('training:presenter.reached')}</dt>
                <dd data-route={route}>
                  {route ? t(`guide:outcomes.${route}.title`, { defaultValue: route }) : '—'} <code>{route}</code>
                </dd>
                {expectRoute && (
                  <>
                    <dt>{t('training:presenter.expectedRoute')}</dt>
                    <dd>
                      {t(`guide:outcomes.${expectRoute}.title`, { defaultValue: expectRoute })} <code>{expectRoute}</code>
                    </dd>
                  </>
                )}
                {flags.length > 0 && (
                  <>
                    <dt>{t('training:presenter.flags')}</dt>
                    <dd>{flags.map((f) => t(`guide:flags.${f}`, { defaultValue: f })).join(', ')}</dd>
                  </>
                )}
              </dl>
              {route && isWaiting(snapshot) && <p className="utrecht-paragraph">{t('training:presenter.waiting')}</p>}
              {expectRoute && route && (
                <p className="utrecht-paragraph zr-presenter__callout" data-testid="presenter-match">
                  {route === expectRoute ? `✓ ${t('training:presenter.match')}` : `⚠ ${t('training:presenter.mismatch')}`}
                </p>
              )}
            </>
          ) : (
            <>
              <h2 id="zr-presenter-question" className="utrecht-heading-2">
                {t('training:presenter.question')} <span className="zr-presenter__qid">{question}</span>
              </h2>
              <p className="zr-presenter__qtitle" data-testid="presenter-question">
                {question ? qTitle(question) : t('training:presenter.noQuestion')}
              </p>
              <p className="zr-presenter__prompt">{t('training:presenter.prompt')}</p>
              <ul className="zr-presenter__options">
                {options.map((value) => {
                  const expected = revealed && next && next[0] === question && next[1] === value;
                  return (
                    <li key={value} className={expected ? 'zr-presenter__option zr-presenter__option--expected' : 'zr-presenter__option'}>
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--secondary-action zr-presenter__choose"
                        onClick={() => question && send({ type: 'ANSWER', question, value })}
                      >
                        {answerLabel(question!, value)}
                      </button>
                      {expected && <strong className="zr-presenter__expected-mark">✓ {t('training:presenter.expected')}</strong>}
                    </li>
                  );
                })}
              </ul>
              {revealed && next && (
                <p className="zr-presenter__callout" data-testid="presenter-expected" role="status">
                  <strong>{t('training:presenter.expected')}:</strong> {answerLabel(next[0], next[1])}
                  {next[0] !== question && <> ({next[0]})</>}
                </p>
              )}
            </>
          )}
        </section>

        {ui.showDiagram && (
          <div className="zr-presenter__diagram" data-native-keys="">
            <Suspense fallback={<p className="utrecht-paragraph">{t('training:diagram.loading')}</p>}>
              <Diagram answers={given} currentIds={currentIds} input={{ sector: snapshot.context.sector, partners: snapshot.context.partners }} />
            </Suspense>
          </div>
        )}
      </div>

      {footer}
    </div>
  );
}
