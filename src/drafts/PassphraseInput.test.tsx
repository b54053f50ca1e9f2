// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PassphraseInput } from './PassphraseInput';

afterEach(cleanup);

describe('PassphraseInput', () => {
  it('is not a password field and carries every password-manager opt-out', () => {
    render(
      <>
        <label htmlFor="p">Wachtzin</label>
        <PassphraseInput id="p" name="draft-passphrase" className="zr-textbox--invalid" value="" onChange={() => undefined} />
      </>,
    );
    const input = screen.getByLabelText('Wachtzin');
    // type=password makes browsers offer to save (and generate) whatever autocomplete says.
    expect(input).toHaveAttribute('type', 'text');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('data-1p-ignore', 'true');
    expect(input).toHaveAttribute('data-lpignore', 'true');
    expect(input).toHaveAttribute('data-bwignore', 'true');
    expect(input).toHaveAttribute('data-form-type', 'other');
    // Masked by the stylesheet (-webkit-text-security), and the caller's class is kept.
    expect(input).toHaveClass('zr-passphrase', 'zr-textbox--invalid');
  });
});
