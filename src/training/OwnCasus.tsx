import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CASUS_FILE_BYTES } from '../../content/casus-limits';
import { Alert } from '../ui/Alert';
import { FilePicker } from '../ui/FilePicker';
import { formatBytes } from '../ui/readFile';
import type { TrainingCasus } from './casus';
import { readCasusFile, wordProblem, type FileProblem } from './casusFile';
import { Paragraph } from '../ui/Paragraph';

/**
 * Loads a trainer's own casus file. The file is read on this device only and validated by
 * content/casus.ts (loaded on demand); every problem is shown in an alert that names it.
 */
export function OwnCasus({ onLoaded }: { onLoaded(casus: TrainingCasus): void }) {
  const { t, i18n } = useTranslation('training');
  const translate = (key: string, options?: Record<string, string>) => t(key, options ?? {});
  // Worded when shown, so switching the language after loading words the problems anew.
  const word = (p: FileProblem) => p.message ?? (p.problem ? wordProblem(p.problem, translate) : '');
  const inputId = useId();
  const [errors, setErrors] = useState<{ file: string; problems: FileProblem[]; sentence?: string } | undefined>();

  async function load(file: File | undefined) {
    if (!file) return;
    // The size first: a file of any size is never read into memory (issue 13).
    if (file.size > MAX_CASUS_FILE_BYTES) {
      const max = formatBytes(MAX_CASUS_FILE_BYTES, i18n.language);
      setErrors({ file: file.name, problems: [], sentence: t('ownErrors.tooLarge', { name: file.name, max }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setErrors({ file: file.name, problems: [{ message: t('own.readError'), path: '', english: '' }] });
      return;
    }
    const result = await readCasusFile(text);
    if (result.ok) {
      setErrors(undefined);
      onLoaded(result.casus);
    } else {
      setErrors({ file: file.name, problems: result.problems });
    }
  }

  return (
    <section className="zr-own" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`} className="utrecht-heading-2">
        {t('own.heading')}
      </h2>
      <Paragraph>{t('own.lead')}</Paragraph>
      <div className="zr-own__drop">
        <FilePicker
          label={t('own.label')}
          hint={t('own.drop')}
          testId="own-casus-input"
          describedBy={errors ? `${inputId}-errors` : undefined}
          onFiles={(files) => void load(files[0])}
        />
      </div>
      {errors && (
        <div role="alert" id={`${inputId}-errors`} data-testid="own-casus-errors">
          <Alert type="error">
            {/* One plain sentence in the page's language; every problem, with where, folded below. */}
            <Paragraph data-testid="own-casus-sentence">
              <strong>
                {errors.sentence ??
                  t('ownErrors.sentence', {
                    name: errors.file,
                    problem: word(errors.problems[0]!).replace(/\.$/, ''),
                  })}
              </strong>
            </Paragraph>
            {errors.problems.length > 0 ? (
              <details className="zr-own__details">
                <summary>{t('ownErrors.details', { count: String(errors.problems.length) })}</summary>
                <ul className="utrecht-unordered-list zr-own__errors">
                  {errors.problems.map((p, i) => (
                    <li key={i} className="utrecht-unordered-list__item">
                      {word(p).charAt(0).toUpperCase() + word(p).slice(1)}
                      {p.path && <> ({t('ownErrors.where', { path: p.path })})</>}
                    </li>
                  ))}
                </ul>
                {errors.problems.some((p) => p.english) && (
                  <Paragraph className="zr-own__technical">
                    {t('ownErrors.technical', { text: errors.problems.map((p) => p.english).filter(Boolean).join('; ') })}
                  </Paragraph>
                )}
              </details>
            ) : null}
          </Alert>
        </div>
      )}
    </section>
  );
}
