import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../content/import-messages';
import { FilePicker } from '../ui/FilePicker';
import { ImportError } from '../ui/ImportError';
import { formatBytes, readTextFile } from '../ui/readFile';

/** Why a file was refused; the sentence is `<errorsKey>.<key>` with {{file}} and {{max}}. */
export type RefusalKey = 'tooLarge' | 'unreadable' | 'wrongFile' | 'invalid';
export type ParsedFile<T> = { ok: true; value: T } | { ok: false; key: 'wrongFile' | 'invalid'; issues: ImportIssue[] };

/**
 * Importing a JSON file in the settings (the sociale kaart; the shared settings file): a labelled
 * file field with its hint. The size is checked before the file is read (issue 13), then `parse`
 * validates it (loading its validator with import(), so zod stays off the other pages). The field is
 * ui/FilePicker, which speaks the page's language (the browser's own file input does not). A refused
 * file gets one plain sentence with the validator's issues folded away (ui/ImportError); only a valid
 * file reaches `onValid`.
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
  /** For a section that moves focus back to the field (cancelling a pending import): the field's button. */
  inputRef?: Ref<HTMLButtonElement>;
}) {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language === 'en' ? 'en' : 'nl';
  const [refusal, setRefusal] = useState<{ key: RefusalKey; file: string; issues: ImportIssue[] }>();

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
    }
  }

  return (
    <>
      <FilePicker
        label={label}
        hint={hint}
        testId={testId}
        inputRef={outerRef}
        onFiles={(files) => void importFile(files[0]!)}
      />
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
