import { useEffect, useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ConcernActor } from '../concern/actor';
import { useConcernSession, type Notes } from '../concern/session';
import { onderlingCase, useOnderlingCase } from '../concern/onderling-case';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { DraftDecryptError, passphraseStrength } from './crypto';
import { localToday } from './dates';
import { formatDay } from './documentation';
import { DEFAULT_EXPIRY_DAYS, MAX_LABEL_LENGTH } from './limits';
import { PassphraseInput } from './PassphraseInput';
import type { DraftContent, DraftKind } from './drafts-store';
import { forgetDraft, rememberDraft, rememberedDraft, setIdleLockMinutes, subscribeLock, useUnlockedVersion } from './unlocked';
import './drafts.css';
import { Paragraph } from '../ui/Paragraph';
import { Alert } from '../ui/Alert';

export const MIN_PASSPHRASE_LENGTH = 10;

type Field = 'label' | 'passphrase' | 'confirm';

/** The draft store (and with it Dexie) is loaded only when a draft is actually read or saved. */
const loadStore = () => import('./drafts-store').then((m) => m.createDraftStore());

function errorKeyOf(error: unknown): string {
  if (error instanceof DraftDecryptError) return error.messageKey;
  if (error && typeof error === 'object' && 'messageKey' in error) return String((error as { messageKey: string }).messageKey);
  return 'errors.saveFailed';
}

/** What a case gives the panel to save it: the concern (the session and its actor) or the onderling case. */
interface DraftCase {
  kind: DraftKind;
  /** The case's generation (a new case or a resumed draft changes it): ties the remembered draft to it. */
  generation: number;
  training: boolean;
  input: DraftContent['input'];
  notes: Notes;
  answered: number;
  /** The machine's persisted snapshot and its answers, as they are now. */
  capture(): { snapshot: unknown; answers: readonly unknown[] };
  markSaved(answers: readonly unknown[]): void;
}

export interface SaveDraftPanelProps {
  headingLevel?: 2 | 3;
  /** Called after a save or a delete (the drafts page refreshes its list at once). */
  onSaved?(): void;
  /** Where the case is shown ('#/gids', '#/onderling'): offered as the way back after saving (on the drafts page). */
  concernHref?: string;
  /** The case reached its end (an outcome, help no longer running): offer to delete its old draft. */
  finished?: boolean;
  /** Which case to save: the concern (default) or the case of behaviour between children. */
  kind?: DraftKind;
}

/**
 * Pause a case: label + passphrase (twice) → an encrypted draft (see drafts-store.ts). A draft
 * that was opened or saved in this session can be updated without typing the passphrase again.
 * Never in training mode. Its own <form>: place it outside other forms.
 */
export function SaveDraftPanel({ kind = 'concern', ...props }: SaveDraftPanelProps) {
  return kind === 'onderling' ? <OnderlingSaveDraftPanel {...props} /> : <ConcernSaveDraftPanel {...props} />;
}

function ConcernSaveDraftPanel(props: SaveDraftPanelProps) {
  const session = useConcernSession();
  const actor = ConcernActor.useActorRef();
  const answered = ConcernActor.useSelector((s) => s.context.answers.length);
  const draftCase: DraftCase = {
    kind: 'concern',
    generation: session.generation,
    training: session.training,
    input: session.input,
    notes: session.notes,
    answered,
    capture: () => ({ snapshot: actor.getPersistedSnapshot(), answers: actor.getSnapshot().context.answers }),
    markSaved: session.markSaved,
  };
  return <SaveDraftForm {...props} draftCase={draftCase} />;
}

/** The onderling case is plain data in memory (src/concern/onderling-case): its snapshot is already persisted. */
function OnderlingSaveDraftPanel(props: SaveDraftPanelProps) {
  const current = useOnderlingCase();
  const draftCase: DraftCase = {
    kind: 'onderling',
    generation: current.generation,
    training: false,
    input: { sector: current.sector },
    notes: current.notes,
    answered: current.answers.length,
    capture: () => {
      const now = onderlingCase.get();
      return { snapshot: now.snapshot, answers: now.answers };
    },
    markSaved: onderlingCase.markSaved,
  };
  return <SaveDraftForm {...props} draftCase={draftCase} />;
}

function SaveDraftForm({
  headingLevel = 2,
  onSaved,
  concernHref,
  finished = false,
  draftCase: session,
}: Omit<SaveDraftPanelProps, 'kind'> & { draftCase: DraftCase }) {
  const { t, i18n } = useTranslation('drafts');
  const { answered, kind } = session;
  // The onderling case's own words where they differ ("deze casus", the way back): i18next context.
  const context = kind === 'concern' ? undefined : kind;
  const id = useId();
  const [label, setLabel] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [days, setDays] = useState(DEFAULT_EXPIRY_DAYS);
  // After an idle lock the remembered draft has no passphrase: updating asks for it again.
  const [again, setAgain] = useState('');
  useUnlockedVersion();
  const [savedLabel, setSavedLabel] = useState('');
  const [deleted, setDeleted] = useState(false);
  const remembered = deleted ? undefined : rememberedDraft(session.generation, kind);
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    if (session.training) return;
    let live = true;
    loadStore()
      .then(async (store) => {
        const n = await store.expiryDays();
        if (live) setDays(n);
        setIdleLockMinutes(await store.idleLockMinutes());
      })
      .catch(() => undefined); // storage blocked: the default is shown, saving will say what failed
    return () => {
      live = false;
    };
  }, [session.training]);

  // The lock (idle or pagehide) also clears passphrases typed here but not yet submitted.
  useEffect(
    () =>
      subscribeLock((reason) => {
        setPassphrase('');
        setConfirm('');
        setAgain('');
        if (reason === 'idle' && rememberedDraft(session.generation, kind)) setStatus(t('save.lockedIdle'));
      }),
    [session.generation, kind, t],
  );

  if (session.training) {
    return (
      <section className="zr-panel zr-save-draft" aria-labelledby={`${id}-h`}>
        <Heading className={`utrecht-heading-${headingLevel}`} id={`${id}-h`}>
          {t('save.heading', { context })}
        </Heading>
        <Paragraph>{t('save.training')}</Paragraph>
      </section>
    );
  }

  async function save(target: { id?: string; label: string; passphrase: string }) {
    setBusy(true);
    setFailure('');
    setStatus(t('save.saving'));
    try {
      const store = await loadStore();
      const { snapshot, answers: snapshotAnswers } = session.capture();
      const meta = await store.saveDraft(
        { kind, label: target.label, input: session.input, snapshot, notes: session.notes },
        target.passphrase,
        { id: target.id, today: localToday() },
      );
      rememberDraft({ generation: session.generation, id: meta.id, label: target.label.trim(), passphrase: target.passphrase }, kind);
      session.markSaved(snapshotAnswers);
      setPassphrase('');
      setConfirm('');
      setStatus(t(target.id ? 'save.updated' : 'save.saved', { date: formatDay(meta.expiresAt, language) }));
      setSavedLabel(target.label.trim());
      onSaved?.();
    } catch (error) {
      setStatus('');
      const key = errorKeyOf(error);
      setFailure(t(key, { detail: error instanceof Error ? error.message : String(error), max: MAX_LABEL_LENGTH }));
    } finally {
      setBusy(false);
    }
  }

  /** Update after a lock: the passphrase must open the draft before it is overwritten. */
  async function updateLocked(event: FormEvent, draft: { id: string; label: string }) {
    event.preventDefault();
    setFailure('');
    if (again.length === 0) {
      setFailure(t('errors.passphraseEmpty'));
      return;
    }
    setBusy(true);
    try {
      await (await loadStore()).openDraft(draft.id, again, localToday());
    } catch (error) {
      setBusy(false);
      setFailure(t(errorKeyOf(error) === 'errors.saveFailed' ? 'errors.decrypt' : errorKeyOf(error)));
      return;
    }
    const passphraseAgain = again;
    setAgain('');
    await save({ id: draft.id, label: draft.label, passphrase: passphraseAgain });
  }

  async function deleteOld(id: string) {
    setBusy(true);
    setFailure('');
    try {
      await (await loadStore()).deleteDraft(id);
      forgetDraft(id);
      setDeleted(true);
      setSavedLabel('');
      setStatus(t('save.oldDeleted'));
      onSaved?.();
    } catch (error) {
      setFailure(t('errors.storage', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const trimmed = label.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_LABEL_LENGTH) next.label = t('errors.label', { max: MAX_LABEL_LENGTH });
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) next.passphrase = t('errors.passphraseShort', { min: MIN_PASSPHRASE_LENGTH });
    else if (confirm !== passphrase) next.confirm = t('errors.confirmMismatch');
    setErrors(next);
    setAttempt((n) => n + 1);
    if (Object.keys(next).length > 0) return;
    void save({ label: trimmed, passphrase });
  }

  const strength = passphraseStrength(passphrase);
  const fieldIds: Record<Field, string> = { label: `${id}-label`, passphrase: `${id}-pass`, confirm: `${id}-confirm` };
  const errorList = (Object.keys(errors) as Field[])
    .filter((f) => errors[f])
    .map((f) => ({ href: `#${fieldIds[f]}`, text: errors[f]! }));

  const field = (name: Field, labelText: string, input: ReactElement, hint?: string) => (
    <div className={`zr-field${errors[name] ? ' zr-field--invalid' : ''}`}>
      <label className="utrecht-form-label zr-field__label" htmlFor={fieldIds[name]}>
        {labelText}
      </label>
      {hint ? (
        <p className="utrecht-form-field-description zr-hint" id={`${fieldIds[name]}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p className="zr-error-message" id={`${fieldIds[name]}-error`}>
          <span className="zr-visually-hidden">{t('errors.prefix')}: </span>
          {errors[name]}
        </p>
      ) : null}
      {input}
    </div>
  );
  const describedBy = (name: Field, hint: boolean) =>
    [hint ? `${fieldIds[name]}-hint` : '', errors[name] ? `${fieldIds[name]}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <section className="zr-panel zr-save-draft" aria-labelledby={`${id}-h`}>
      <Heading className={`utrecht-heading-${headingLevel}`} id={`${id}-h`}>
        {t('save.heading', { context })}
      </Heading>
      <Paragraph>{t('save.intro', { days, context })}</Paragraph>
      {answered === 0 ? <Paragraph>{t('save.nothing')}</Paragraph> : null}

      {remembered && answered > 0 && remembered.passphrase !== undefined ? (
        <div className="zr-section">
          <Paragraph>{t('save.openedHint', { label: remembered.label })}</Paragraph>
          <div className="zr-actions">
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void save({ id: remembered.id, label: remembered.label, passphrase: remembered.passphrase! })}
            >
              {t('save.update')}
            </Button>
          </div>
        </div>
      ) : null}
      {remembered && answered > 0 && remembered.passphrase === undefined ? (
        <form className="zr-section zr-form" onSubmit={(e) => void updateLocked(e, remembered)} noValidate aria-label={t('save.update')}>
          <Paragraph>{t('save.openedLockedHint', { label: remembered.label })}</Paragraph>
          <div className="zr-field">
            <label className="utrecht-form-label zr-field__label" htmlFor={`${id}-again`}>
              {t('save.passphrase')}
            </label>
            <PassphraseInput id={`${id}-again`} name="update-passphrase" value={again} onChange={(e) => setAgain(e.target.value)} />
          </div>
          <div className="zr-actions">
            <Button type="submit" appearance="primary" disabled={busy}>
              {t('save.update')}
            </Button>
          </div>
        </form>
      ) : null}

      {answered > 0 ? (
        <form onSubmit={submit} noValidate className="zr-form" aria-label={remembered ? t('save.saveAsNew') : t('save.heading', { context })}>
          {errorList.length > 0 ? <ErrorSummary key={attempt} title={t('errors.summaryTitle')} errors={errorList} /> : null}
          {remembered ? <h3 className="utrecht-heading-3">{t('save.saveAsNew')}</h3> : null}
          {field(
            'label',
            t('save.label'),
            <input
              id={fieldIds.label}
              name="draft-label"
              type="text"
              className={`utrecht-textbox utrecht-textbox--html-input zr-textbox${errors.label ? ' zr-textbox--invalid' : ''}`}
              value={label}
              maxLength={MAX_LABEL_LENGTH + 20}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.label ? true : undefined}
              aria-describedby={describedBy('label', true)}
              onChange={(e) => setLabel(e.target.value)}
            />,
            t('save.labelHint'),
          )}
          {field(
            'passphrase',
            t('save.passphrase'),
            <PassphraseInput
              id={fieldIds.passphrase}
              name="draft-passphrase"
              className={errors.passphrase ? 'zr-textbox--invalid' : undefined}
              value={passphrase}
              aria-invalid={errors.passphrase ? true : undefined}
              aria-describedby={[describedBy('passphrase', true), `${id}-strength`].filter(Boolean).join(' ')}
              onChange={(e) => setPassphrase(e.target.value)}
            />,
            t('save.passphraseHint'),
          )}
          <Paragraph className="zr-strength" id={`${id}-strength`} aria-live="polite">
            {passphrase.length > 0 ? (
              <>
                <meter min={0} max={3} low={1.5} high={2.5} optimum={3} value={strength} aria-hidden="true" />
                {t('save.strengthLabel')}: {t(`save.strength.${strength}`)}
              </>
            ) : null}
          </Paragraph>
          {field(
            'confirm',
            t('save.confirm'),
            <PassphraseInput
              id={fieldIds.confirm}
              name="draft-passphrase-confirm"
              className={errors.confirm ? 'zr-textbox--invalid' : undefined}
              value={confirm}
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={describedBy('confirm', false)}
              onChange={(e) => setConfirm(e.target.value)}
            />,
          )}
          <div className="zr-actions">
            <Button type="submit" appearance={remembered ? 'secondary' : 'primary'} disabled={busy}>
              {remembered ? t('save.saveAsNew') : t('save.submit')}
            </Button>
          </div>
        </form>
      ) : null}
      {finished && remembered ? (
        <div className="zr-section zr-finished-draft" data-testid="finished-draft">
          <Paragraph>{t('save.finishedHint', { label: remembered.label })}</Paragraph>
          <div className="zr-actions">
            <Button appearance="secondary" disabled={busy} onClick={() => void deleteOld(remembered.id)}>
              {t('save.deleteOld')}
            </Button>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="zr-save-draft__status">
        {status && savedLabel ? (
          <div className="utrecht-alert utrecht-alert--ok" data-testid="draft-saved">
            <div className="utrecht-alert__content">
              <Paragraph className="utrecht-alert__message">
                <strong>{t('save.savedAs', { label: savedLabel })}</strong> {status}
              </Paragraph>
              {concernHref ? (
                <Paragraph>
                  <a className="utrecht-link utrecht-link--html-a" href={concernHref}>
                    {t('save.backToConcern', { context })}
                  </a>
                </Paragraph>
              ) : null}
            </div>
          </div>
        ) : (
          <Paragraph>{status}</Paragraph>
        )}
      </div>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}

export default SaveDraftPanel;
