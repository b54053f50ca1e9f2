import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { forgetDraft } from './unlocked';
import { Paragraph } from '../ui/Paragraph';
import { Alert } from '../ui/Alert';

/**
 * Removes everything Zorgroute keeps on this device: the IndexedDB database (drafts, counters,
 * settings, installation id) through the storage module, localStorage, sessionStorage and Cache
 * Storage (the offline copy of the app), then reloads so nothing stays in memory either.
 * Two steps: the button asks, a second button confirms.
 */
export async function deleteAllLocalData(): Promise<void> {
  forgetDraft();
  const { getStore } = await import('../storage/store');
  await getStore().deleteAllLocalData();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage blocked by the browser: then nothing was stored there either.
  }
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) await caches.delete(name);
  }
}

export function DeleteAllDataButton({ onDone = () => window.location.reload() }: { onDone?: () => void }) {
  const { t } = useTranslation('drafts');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const askRef = useRef<HTMLDivElement>(null);

  async function run() {
    setBusy(true);
    setFailure('');
    try {
      await deleteAllLocalData();
      setAsking(false);
      setStatus(t('deleteAll.done'));
      onDone();
    } catch (error) {
      setFailure(t('deleteAll.failed', { detail: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="zr-delete-all">
      <Paragraph id={`${id}-intro`}>
        {t('deleteAll.intro')}
      </Paragraph>
      {asking ? (
        <div role="group" aria-labelledby={`${id}-question`} className="zr-section">
          <Paragraph id={`${id}-question`}>
            <strong>{t('deleteAll.confirmQuestion')}</strong>
          </Paragraph>
          <div className="zr-actions">
            <Button appearance="primary" onClick={() => void run()} disabled={busy} autoFocus>
              {t('deleteAll.confirm')}
            </Button>
            <Button
              appearance="secondary"
              onClick={() => {
                setAsking(false);
                // Back to where the user was, not to <body>.
                window.setTimeout(() => askRef.current?.querySelector('button')?.focus(), 0);
              }}
              disabled={busy}
            >
              {t('deleteAll.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="zr-actions" ref={askRef}>
          <Button appearance="secondary" aria-describedby={`${id}-intro`} onClick={() => setAsking(true)}>
            {t('deleteAll.button')}
          </Button>
        </div>
      )}
      <Paragraph role="status" aria-live="polite">
        {status}
      </Paragraph>
      {failure ? (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}

export default DeleteAllDataButton;
