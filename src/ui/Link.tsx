import type { AnchorHTMLAttributes } from 'react';

/** NL Design System link. `tel:` links get the telephone style (no wrapping inside the number). */
export function Link({ className = '', href = '', ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const tel = href.startsWith('tel:') ? ' utrecht-link--telephone' : '';
  return <a href={href} className={`utrecht-link utrecht-link--html-a${tel} ${className}`.trim()} {...rest} />;
}

/** A link styled as a button (for navigation that looks like an action). */
export function ButtonLink({
  appearance = 'secondary',
  className = '',
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { appearance?: 'primary' | 'secondary' | 'subtle' }) {
  return (
    <a
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance === 'subtle' ? 'subtle' : `${appearance}-action`} ${className}`.trim()}
      {...rest}
    />
  );
}
