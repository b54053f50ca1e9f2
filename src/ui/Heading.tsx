import { forwardRef, type HTMLAttributes } from 'react';

/** The page's h1; focusable by script (tabIndex -1) so navigation can move focus to it. */
export const PageHeading = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function PageHeading(
  { className = '', ...rest },
  ref,
) {
  return <h1 ref={ref} tabIndex={-1} className={`utrecht-heading-1 zr-page-heading ${className}`.trim()} {...rest} />;
});

export function Heading2({ className = '', ...rest }: HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={`utrecht-heading-2 ${className}`.trim()} {...rest} />;
}

export function Heading3({ className = '', ...rest }: HTMLAttributes<HTMLHeadingElement>) {
  return <h3 className={`utrecht-heading-3 ${className}`.trim()} {...rest} />;
}
