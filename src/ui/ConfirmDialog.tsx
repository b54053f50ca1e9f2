import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * A question that must be answered before going on ("Je documentatie is nog niet bewaard…"): the
 * browser's own modal <dialog> (showModal), so focus stays inside, Escape cancels and the rest of
 * the page is inert for assistive technology too. Focus goes to the safe choice (cancel) first;
 * when the dialog closes, the browser returns focus to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; the attribute shows it there (component tests).
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="zr-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        // Escape: close through our state, so React and the element agree.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="utrecht-heading-2 zr-dialog__title" id={`${id}-title`}>
        {title}
      </h2>
      <div id={`${id}-text`} className="zr-dialog__text">
        {children}
      </div>
      <div className="zr-actions">
        <Button ref={cancelRef} appearance="primary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button appearance="secondary" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
