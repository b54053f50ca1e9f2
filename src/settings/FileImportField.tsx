import { useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../content/import-messages';
import { ImportError } from '../ui/ImportError';
import { formatBytes, readTextFile } from '../ui/readFile';

/** Why a file was refused; the sentence is `<errorsKey>.<key>` with {{file}} and {{max}}. */
export type RefusalKey = 'tooLarge' | 'unreadable' | 'wrongFile' | 'invalid';
export type ParsedFile<T> = { ok: true; value: T } | { ok: false; key: 'wrongFile' | 'invalid'; issues: ImportIssue[] };

/**
 * Importing a JSON file in the settings (the sociale kaart; the shared settings file): a labelled
 * file field with its hint. The size is checked before the file is read (issue 13), then `parse`
 * validates it (loading its validator with import(), so zod stays off the other pages). A refused
 * file gets one plain sentence with the validator's issues folded away (ui/ImportError); only a valid
 * file reaches `onValid`. The field is emptied afterwards, so the same file can be chosen again.
 */
export function FileImportField<T>({
  label,
  hint,
  testId,
  errorTestId,
  maxBytes,
  errorsKey,
  parse,
  onStart,
  onValid,
  onError,
  inputRef: outerRef,
}: {
  label: string;
  hint: string;
  /** data-testid of the input and of the refusal. */
  testId: string;
  errorTestId: string;
  maxBytes: number;
  /** i18n key of the refusal sentences, e.g. 'settings:kaart.errors'. */
  errorsKey: string;
  parse: (text: string) => Promise<ParsedFile<T>>;
  /** A file was chosen: clear earlier messages. */
  onStart?: () => void;
  onValid: (value: T, fileName: string) => Promise<void> | void;
  /** Reading or saving failed. */
  onError: () => void;
  /** For a section that moves focus back to the field (cancelling a pending import). */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const inputId = useId();
  const ownRef = useRef<HTMLInputElement | null>(null);
  const [refusal, setRefusal] = useState<{ key: RefusalKey; file: string; issues: ImportIssue[] }>();

  const setRefs = (element: HTMLInputElement | null) => {
    ownRef.current = element;
    if (typeof outerRef === 'function') outerRef(element);
    else if (outerRef) outerRef.current = element;
  };

  async function importFile(file: File) {
    setRefusal(undefined);
    onStart?.();
    try {
      // The size first: a file of any size is never read into memory.
      const read = await readTextFile(file, maxBytes);
      if (!read.ok) {
        setRefusal({ key: read.reason === 'too-large' ? 'tooLarge' : 'unreadable', file: file.name, issues: [] });
        return;
      }
      const result = await parse(read.text);
      if (!result.ok) {
        setRefusal({ key: result.key, file: file.name, issues: result.issues });
        return;
      }
      await onValid(result.value, file.name);
    } catch {
      onError();
    } finally {
      if (ownRef.current) ownRef.current.value = '';
    }
  }

  return (
    <>
      <div className="utrecht-form-field zr-field zr-file-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label zr-field__label" htmlFor={inputId}>
            {label}
          </label>
        </div>
        <div id={`${inputId}-hint`} className="utrecht-form-field-description zr-hint">
          {hint}
        </div>
        <input
          ref={setRefs}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="zr-file-input"
          aria-describedby={`${inputId}-hint`}
          data-testid={testId}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {refusal ? (
        <ImportError
          data-testid={errorTestId}
          message={t(`${errorsKey}.${refusal.key}`, { file: refusal.file, max: formatBytes(maxBytes, language) })}
          details={refusal.issues.map((issue) => `${issue.path}: ${issue[language]}`)}
          detailsLabel={t('common:import.details')}
        />
      ) : null}
    </>
  );
}
