import type { ComponentPropsWithRef } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

const APPEARANCE: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

/** NL Design System button (Utrecht CSS). Defaults to type="button" so it never submits by accident. */
export function Button({
  appearance = 'secondary',
  className = '',
  type = 'button',
  ...rest
}: ComponentPropsWithRef<'button'> & { appearance?: Appearance }) {
  return <button type={type} className={`utrecht-button ${APPEARANCE[appearance]} ${className}`.trim()} {...rest} />;
}
