import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import type { TrainingCasus } from './casus';
import { readCasusFile } from './casusFile';

/**
 * Loads a trainer's own casus file. The file is read on this device only and validated by
 * content/casus.ts (loaded on demand); every problem is shown in an alert that names it.
 */
export function OwnCasus({ onLoaded }: { onLoaded(casus: TrainingCasus): void }) {
  const { t } = useTranslation('training');
  const inputId = useId();
  const [errors, setErrors] = useState<{ file: string; messages: string[] } | undefined>();
  const [over, setOver] = useState(false);

  async function load(file: File | undefined) {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors({ file: file.name, messages: [t('own.readError')] });
      return;
    }
    const result = await readCasusFile(text, (key, options) => t(key, options));
    if (result.ok) {
      setErrors(undefined);
      onLoaded(result.casus);
    } else {
      setErrors({ file: file.name, messages: result.errors });
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void load(event.dataTransfer.files[0]);
  };

  return (
    <section className="zr-own" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="utrecht-heading-2">
        {t('own.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('own.lead')}</p>
      <div
        className={`zr-own__drop${over ? ' zr-own__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="utrecht-form-label">
          {t('own.label')}
        </label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="zr-own__input"
          data-testid="own-casus-input"
          aria-describedby={errors ? `${inputId}-errors` : undefined}
          onChange={(e) => {
            void load(e.target.files?.[0]);
            // Choosing the same file again after fixing it must load it again.
            e.target.value = '';
          }}
        />
        <p className="utrecht-paragraph">{t('own.drop')}</p>
      </div>
      {errors && (
        <div role="alert" id={`${inputId}-errors`} data-testid="own-casus-errors">
          <Alert type="error">
            <p className="utrecht-paragraph">
              <strong>{t('own.errorTitle')}</strong> — {t('own.errorFile', { name: errors.file })}
            </p>
            <ul className="utrecht-unordered-list zr-own__errors">
              {errors.messages.map((m, i) => (
                <li key={i} className="utrecht-unordered-list__item">
                  {m}
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
    </section>
  );
}
