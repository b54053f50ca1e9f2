import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createActor } from 'xstate';
import { concernMachine } from '../../machines/concern.machine';
import { isWaiting, questionOf, routeOf } from '../../machines/concern';
import { onderlingMachine } from '../../machines/onderling.machine';
import { onderlingQuestionOf, onderlingRouteOf } from '../../machines/onderling';
import { onderlingCase, useOnderlingCase } from '../concern/onderling-case';
import type { Sector } from '../../machines/ids';
import { ConcernActor } from '../concern/actor';
import { useConcernSession } from '../concern/session';
import { Button } from '../ui/Button';
import { PageHeading } from '../ui/Heading';
import { usePageHeading } from '../ui/usePageHeading';
import { DraftDecryptError } from './crypto';
import { localToday } from './dates';
import { formatDay } from './documentation';
import { draftKind, type DraftContent, type DraftKind, type DraftSummary, type OpenedDraft } from './drafts-store';
import { EVALUATION_DUE_KEY } from './note-keys';
import { FeedbackReminder } from './FeedbackReminder';
import type { Translate } from './documentation';
import { PassphraseInput } from './PassphraseInput';
import { SaveDraftPanel } from './SaveDraftPanel';
import { forgetDraft, rememberDraft, setIdleLockMinutes, subscribeLock } from './unlocked';
import './drafts.css';
import { Paragraph } from '../ui/Paragraph';
import { Alert } from '../ui/Alert';

const loadStore = () => import('./drafts-store').then((m) => m.createDraftStore());

/** Where a draft stands, read from its snapshot through its machine's own readers. */
function describe(content: DraftContent): {
  kind: DraftKind;
  route?: string;
  question?: string;
  waiting: boolean;
  sector: Sector;
} {
  const kind = draftKind(content);
  try {
    if (kind === 'onderling') {
      const actor = createActor(onderlingMachine, { input: { sector: content.input.sector }, snapshot: content.snapshot as never });
      actor.subscribe({ error: () => undefined });
      const snapshot = actor.getSnapshot();
      return { kind, route: onderlingRouteOf(snapshot), question: onderlingQuestionOf(snapshot), waiting: false, sector: snapshot.context.sector };
    }
    const actor = createActor(concernMachine, { input: content.input, snapshot: content.snapshot as never });
    actor.subscribe({ error: () => undefined });
    const snapshot = actor.getSnapshot();
    return {
      kind,
      route: routeOf(snapshot),
      question: questionOf(snapshot),
      waiting: isWaiting(snapshot),
      sector: snapshot.context.sector as Sector,
    };
  } catch {
    return { kind, route: undefined, question: undefined, waiting: false, sector: 'po' as Sector };
  }
}

/** Where a case of each kind is shown, and the words for its questions and outcome. */
const CASE_PATH: Record<DraftKind, string> = { concern: '/gids', onderling: '/onderling' };

export interface DraftsPageProps {
  navigate(path: string): void;
}

/**
 * The drafts on this device: a list that shows only expiry dates until unlocked with a passphrase,
 * then labels, where each concern stands and the afweging 5 reminder; open (resume) and delete.
 * Expired drafts are deleted when the page opens. The current concern can be saved here too.
 */
export function DraftsPage({ navigate }: DraftsPageProps) {
  const { t, i18n } = useTranslation(['drafts', 'guide', 'onderling', 'common']);
  const session = useConcernSession();
  const answered = ConcernActor.useSelector((s) => s.context.answers.length);
  const onderling = useOnderlingCase();
  // Answers of each kind of case in this tab: opening a draft of that kind replaces them (asked first).
  const answeredOf = (kind: DraftKind) => (kind === 'onderling' ? onderling.answers.length : answered);
  const heading = usePageHeading(t('drafts:page.title'), t('common:app.name'), 'drafts');
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const day = (d: string) => formatDay(d, language);
  const today = localToday();
  const id = useId();

  const [drafts, setDrafts] = useState<DraftSummary[] | undefined>();
  const [opened, setOpened] = useState<Map<string, OpenedDraft>>(new Map());
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<string | undefined>();
  const [confirmOpen, setConfirmOpen] = useState<string | undefined>();
  // The passphrase that opened each draft (memory only), so "update draft" after resuming needs no retyping.
  const passphrases = useRef(new Map<string, string>());

  // The lock (idle or pagehide, unlocked.ts) clears every decrypted draft and passphrase of this page.
  useEffect(
    () =>
      subscribeLock((reason) => {
        const held = passphrases.current.size > 0;
        passphrases.current.clear();
        setOpened(new Map());
        setPassphrase('');
        setConfirmOpen(undefined);
        if (reason === 'idle' && held) {
          setFailure('');
          setStatus(t('drafts:page.lockedIdle'));
        }
      }),
    [t],
  );

  const refresh = useCallback(async () => {
    const store = await loadStore();
    setIdleLockMinutes(await store.idleLockMinutes());
    const purged = await store.purgeExpired(localToday());
    const list = await store.listDrafts(localToday());
    setDrafts(list);
    setOpened((prev) => new Map([...prev].filter(([draftId]) => list.some((d) => d.id === draftId))));
    return purged;
  }, []);

  useEffect(() => {
    refresh()
      .then((purged) => {
        if (purged > 0) setStatus(t('drafts:page.purged', { count: purged }));
      })
      .catch((error: unknown) => {
        setDrafts([]);
        setFailure(t('drafts:errors.storage', { detail: error instanceof Error ? error.message : String(error) }));
      });
    // Runs once when the page opens; t changes with the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    setFailure('');
    if (passphrase.length === 0) {
      setFailure(t('drafts:errors.passphraseEmpty'));
      return;
    }
    setBusy(true);
    setStatus(t('drafts:page.unlocking'));
    try {
      const store = await loadStore();
      const result = await store.unlockDrafts(passphrase, localToday());
      setOpened((prev) => {
        const next = new Map(prev);
        for (const d of result.opened) next.set(d.id, d);
        return next;
      });
      for (const d of result.opened) passphrases.current.set(d.id, passphrase);
      const total = result.opened.length + result.locked.length;
      if (result.opened.length === 0) {
        setStatus('');
        setFailure(t('drafts:errors.decrypt'));
      } else {
        setStatus(t('drafts:page.unlocked', { opened: result.opened.length, total }));
        setPassphrase('');
      }
    } catch (error) {
      setStatus('');
      setFailure(
        error instanceof DraftDecryptError
          ? t(`drafts:${error.messageKey}`)
          : t('drafts:errors.storage', { detail: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  }

  async function remove(draftId: string) {
    setConfirmDelete(undefined);
    try {
      const store = await loadStore();
      await store.deleteDraft(draftId);
      forgetDraft(draftId);
      await refresh();
      setStatus(t('drafts:page.deleted'));
      // Focus would otherwise fall to <body> with the removed item.
      heading.current?.focus();
    } catch (error) {
      setFailure(t('drafts:errors.storage', { detail: error instanceof Error ? error.message : String(error) }));
    }
  }

  function open(draft: OpenedDraft) {
    setConfirmOpen(undefined);
    const kind = draftKind(draft.content);
    // The case's generation increases by one on restore; the remembered ref must match it.
    const generation = (kind === 'onderling' ? onderlingCase.get().generation : session.generation) + 1;
    rememberDraft(
      { generation, id: draft.id, label: draft.content.label, passphrase: passphrases.current.get(draft.id) ?? '' },
      kind,
    );
    if (kind === 'onderling') onderlingCase.restore(draft.content.input.sector ?? 'po', draft.content.snapshot, draft.content.notes);
    else session.restore(draft.content.input, draft.content.snapshot as never, draft.content.notes);
    navigate(CASE_PATH[kind]);
  }

  const lockedCount = drafts ? drafts.filter((d) => !opened.has(d.id)).length : 0;

  return (
    <div className="zr-page zr-drafts">
      <PageHeading ref={heading}>{t('drafts:page.title')}</PageHeading>
      <Paragraph lead>{t('drafts:page.intro')}</Paragraph>

      {answered > 0 && !session.training ? (
        // Saved here: the list below shows the new draft at once, and the way back to the concern is offered.
        <SaveDraftPanel onSaved={() => void refresh().catch(() => undefined)} concernHref="#/gids" />
      ) : null}
      {onderling.answers.length > 0 ? (
        // The case of behaviour between children (#/onderling), beside a concern: each is a draft of its own.
        <SaveDraftPanel kind="onderling" onSaved={() => void refresh().catch(() => undefined)} concernHref="#/onderling" />
      ) : null}

      <section className="zr-section" aria-labelledby={`${id}-list`}>
        <h2 className="utrecht-heading-2" id={`${id}-list`}>
          {t('drafts:page.listHeading')}
        </h2>
        <Paragraph role="status" aria-live="polite">
          {status}
        </Paragraph>
        {failure ? (
          <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
        ) : null}

        {drafts === undefined ? <Paragraph>{t('common:app.loading')}</Paragraph> : null}
        {drafts && drafts.length === 0 ? <Paragraph>{t('drafts:page.empty')}</Paragraph> : null}

        {drafts && lockedCount > 0 ? (
          <form className="zr-form zr-unlock" onSubmit={(e) => void unlock(e)} noValidate aria-labelledby={`${id}-unlock`}>
            <h3 className="utrecht-heading-3" id={`${id}-unlock`}>
              {t('drafts:page.unlockHeading')}
            </h3>
            <div className="zr-field">
              <label className="utrecht-form-label zr-field__label" htmlFor={`${id}-pass`}>
                {t('drafts:page.passphrase')}
              </label>
              <p className="utrecht-form-field-description zr-hint" id={`${id}-pass-hint`}>
                {t('drafts:page.unlockHint')}
              </p>
              <PassphraseInput
                id={`${id}-pass`}
                name="unlock-passphrase"
                aria-describedby={`${id}-pass-hint`}
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </div>
            <div className="zr-actions">
              <Button type="submit" appearance="primary" disabled={busy}>
                {t('drafts:page.unlock')}
              </Button>
            </div>
          </form>
        ) : null}

        {drafts && drafts.length > 0 ? (
          <ul className="zr-draft-list">
            {drafts.map((d) => {
              const draft = opened.get(d.id);
              const info = draft ? describe(draft.content) : undefined;
              const due = draft?.content.notes[EVALUATION_DUE_KEY];
              const title = draft ? draft.content.label : t('drafts:page.locked', { date: day(d.expiresAt) });
              return (
                <li key={d.id} className="zr-draft" data-draft={d.id} data-locked={draft ? undefined : 'true'}>
                  <h3 className="utrecht-heading-3 zr-draft__title">{title}</h3>
                  {draft ? (
                    <>
                      <Paragraph className="zr-draft__meta">
                        {t('drafts:page.savedAt', { date: day(localToday(new Date(draft.content.savedAt))) })} ·{' '}
                        {t('drafts:page.expires', { date: day(d.expiresAt) })}
                      </Paragraph>
                      {/* Paused at a question: say which route it is (at the outcome the route line says it). */}
                      {info?.kind === 'onderling' && !info.route ? (
                        <Paragraph className="zr-draft__meta">{t('drafts:page.kindOnderling')}</Paragraph>
                      ) : null}
                      {info?.route ? (
                        <Paragraph className="zr-draft__meta">
                          {info.waiting
                            ? t('drafts:page.statusWaiting')
                            : t('drafts:page.statusRoute', {
                                route:
                                  info.kind === 'onderling'
                                    ? t('onderling:outcome.title')
                                    : t(`guide:outcomes.${info.route}.title`, { context: info.sector }),
                              })}
                        </Paragraph>
                      ) : info?.question ? (
                        <Paragraph className="zr-draft__meta">
                          {t('drafts:page.statusQuestion', {
                            question:
                              info.kind === 'onderling'
                                ? t(`onderling:questions.${info.question}.title`)
                                : t(`guide:questions.${info.question}.title`, { context: info.sector }),
                          })}
                        </Paragraph>
                      ) : null}
                      {info?.waiting ? (
                        <p className={`utrecht-paragraph zr-reminder${due && due < today ? ' zr-reminder--due' : ''}`}>
                          {due
                            ? due < today
                              ? t('drafts:page.reminderOverdue', { date: day(due) })
                              : t('drafts:page.reminder', { date: day(due) })
                            : t('drafts:page.reminderNoDate')}
                        </p>
                      ) : null}
                      {info?.route === 'veilig-thuis' && !info.waiting ? (
                        // After a melding: ask Veilig Thuis when its feedback is late (issue 14 §1). The
                        // dates were inside the encrypted draft; they are read only now it is unlocked.
                        <FeedbackReminder
                          notes={draft.content.notes}
                          today={today}
                          language={language}
                          t={t as unknown as Translate}
                        />
                      ) : null}
                    </>
                  ) : (
                    <Paragraph className="zr-draft__meta zr-hint">{t('drafts:page.lockedHint')}</Paragraph>
                  )}

                  {confirmOpen === d.id && draft ? (
                    <div className="zr-section" role="group" aria-labelledby={`${id}-open-${d.id}`}>
                      <Paragraph id={`${id}-open-${d.id}`}>
                        {t('drafts:page.replaceWarning')}
                      </Paragraph>
                      <div className="zr-actions">
                        <Button appearance="primary" onClick={() => open(draft)} autoFocus>
                          {t('drafts:page.replaceYes')}
                        </Button>
                        <Button appearance="secondary" onClick={() => setConfirmOpen(undefined)}>
                          {t('common:actions.cancel')}
                        </Button>
                      </div>
                    </div>
                  ) : confirmDelete === d.id ? (
                    <div className="zr-section" role="group" aria-labelledby={`${id}-del-${d.id}`}>
                      <Paragraph id={`${id}-del-${d.id}`}>
                        {t('drafts:page.deleteConfirm')}
                      </Paragraph>
                      <div className="zr-actions">
                        <Button appearance="primary" onClick={() => void remove(d.id)} autoFocus>
                          {t('drafts:page.deleteYes')}
                        </Button>
                        <Button appearance="secondary" onClick={() => setConfirmDelete(undefined)}>
                          {t('drafts:page.deleteNo')}
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <div className="zr-actions">
                      {draft ? (
                        <Button
                          appearance="primary"
                          aria-label={t('drafts:page.openNamed', { label: draft.content.label })}
                          onClick={() => (answeredOf(draftKind(draft.content)) > 0 ? setConfirmOpen(d.id) : open(draft))}
                        >
                          {t('drafts:page.open')}
                        </Button>
                      ) : null}
                      <Button
                        appearance="secondary"
                        aria-label={t('drafts:page.deleteNamed', { label: title })}
                        onClick={() => setConfirmDelete(d.id)}
                      >
                        {t('drafts:page.delete')}
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

export default DraftsPage;
