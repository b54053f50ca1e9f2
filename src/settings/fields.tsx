import { useId, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Paragraph } from '../ui/Paragraph';

/**
 * A labelled text or number field on the NL Design System form field, with hint and error said in
 * text and linked by aria-describedby.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  className = '',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** React 19: a ref is a plain prop, passed on to the input. */
  ref?: Ref<HTMLInputElement>;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text zr-field${error ? ' zr-field--invalid' : ''} ${className}`.trim()}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label zr-field__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div id={hintId} className="utrecht-form-field__description utrecht-form-field-description zr-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="utrecht-form-field-error-message zr-error-message">
          {error}
        </p>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input zr-textbox${error ? ' utrecht-textbox--invalid' : ''}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      </div>
    </div>
  );
}

/** A status line that says what was just done (polite live region, always in the DOM). */
export function SaveStatus({ message, error }: { message?: string; error?: string }) {
  const id = useId();
  return (
    <div id={id} role="status" className="zr-save-status">
      {error ? <Paragraph className="zr-error-message">{error}</Paragraph> : message ? <Paragraph className="zr-ok-message">{message}</Paragraph> : null}
    </div>
  );
}

/** message/error state for one section's save. */
export function useStatus() {
  const [state, setState] = useState<{ message?: string; error?: string }>({});
  return {
    ...state,
    ok: (message: string) => setState({ message }),
    fail: (error: string) => setState({ error }),
    clear: () => setState({}),
  };
}
