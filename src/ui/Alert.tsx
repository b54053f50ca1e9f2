import type { HTMLAttributes } from 'react';

/** NL Design System alert. The type is also said in words by the caller (no colour-only meaning). */
export function Alert({
  type = 'info',
  className = '',
  children,
  ...rest
}: HTMLAttributes<HTMLDivElement> & { type?: 'info' | 'ok' | 'warning' | 'error' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type} ${className}`.trim()} {...rest}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
