import type { InputHTMLAttributes } from 'react';

/**
 * A passphrase field that no password manager offers to generate, store or sync (issue 13).
 *
 * Browsers' own password managers ignore autocomplete="off" on <input type="password"> and offer to
 * save (and with "new-password", generate) what is typed there; once stored and synced, anyone on
 * the same browser profile opens every draft. So this is a text field whose characters are masked
 * with `-webkit-text-security: disc` (Chromium, Safari, Firefox 114+; drafts.css), with
 * autocomplete="off" (no form history either) and the opt-out attributes the password-manager
 * extensions document: data-1p-ignore (1Password), data-lpignore (LastPass), data-bwignore
 * (Bitwarden), data-form-type="other" (Dashlane). Spell-check, autocorrect and capitalisation are
 * off, so the passphrase is not sent to a spelling service nor altered while typed.
 */
export const PASSPHRASE_INPUT_ATTRIBUTES = {
  type: 'text',
  autoComplete: 'off',
  autoCorrect: 'off',
  autoCapitalize: 'off',
  spellCheck: false,
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-bwignore': 'true',
  'data-form-type': 'other',
} as const;

export function PassphraseInput({ className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <input
      {...props}
      {...PASSPHRASE_INPUT_ATTRIBUTES}
      className={`utrecht-textbox utrecht-textbox--html-input zr-textbox zr-passphrase${className ? ` ${className}` : ''}`}
    />
  );
}
