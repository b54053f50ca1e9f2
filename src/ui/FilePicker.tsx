import { useId, useRef, useState, type DragEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import './file-picker.css';

/**
 * A file field in the page's language (issue 12.9). The browser's own file input labels itself
 * ("Choose file", "No file chosen") in the browser's language, whatever the page's language is, and
 * cannot be restyled. Here the native input stays the one that receives the file (keyboard users and
 * tests reach it through the button, which opens the same system dialog), hidden from view and from
 * the accessibility tree; the button and a status line say it in the page's language.
 *
 * The button's name starts with the field's label and ends with its visible text, so speech users can
 * say what they see (WCAG 2.5.3). Files dropped on the field are accepted too.
 */
export function FilePicker({
  label,
  hint,
  testId,
  accept = '.json,application/json',
  multiple = false,
  disabled = false,
  describedBy,
  inputRef: outerRef,
  onFiles,
  labelClassName = 'utrecht-form-label zr-field__label',
}: {
  label: string;
  hint?: string;
  /** data-testid of the native input (tests hand it files directly). */
  testId: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Ids of other descriptions, e.g. an error message below the field. */
  describedBy?: string;
  /** For a section that moves focus back to the field: it receives the button. */
  inputRef?: Ref<HTMLButtonElement>;
  onFiles: (files: File[]) => void;
  labelClassName?: string;
}) {
  const { t } = useTranslation('fields');
  const id = useId();
  const native = useRef<HTMLInputElement | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const files = list ? Array.from(list) : [];
    if (files.length === 0) return;
    setChosen(files.map((f) => f.name));
    onFiles(files);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    take(multiple ? event.dataTransfer.files : Array.from(event.dataTransfer.files).slice(0, 1) as unknown as FileList);
  };

  const described = [hint ? `${id}-hint` : '', `${id}-status`, describedBy ?? ''].filter(Boolean).join(' ');
  const status =
    chosen.length === 0
      ? t(multiple ? 'file.noneMany' : 'file.none')
      : chosen.length === 1
        ? t('file.chosen', { name: chosen[0] })
        : t('file.chosenMany', { count: chosen.length });

  return (
    <div className="utrecht-form-field zr-field zr-file-picker">
      <div className="utrecht-form-field__label">
        <span className={labelClassName} id={`${id}-label`}>
          {label}
        </span>
      </div>
      {hint ? (
        <div id={`${id}-hint`} className="utrecht-form-field-description zr-hint">
          {hint}
        </div>
      ) : null}
      <div
        className={`zr-file-picker__row${over ? ' zr-file-picker__row--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Button
          ref={outerRef}
          id={`${id}-button`}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={described}
          disabled={disabled}
          onClick={() => native.current?.click()}
        >
          {t(multiple ? 'file.chooseMany' : 'file.choose')}
        </Button>
        <span id={`${id}-status`} className="zr-file-picker__status" data-testid={`${testId}-status`}>
          {status}
        </span>
      </div>
      <input
        ref={native}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          take(event.currentTarget.files);
          // Choosing the same file again (after fixing it) must load it again.
          event.currentTarget.value = '';
        }}
      />
    </div>
  );
}
