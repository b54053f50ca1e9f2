import type { ReactNode } from 'react';

/** Expandable help (native <details>: keyboard and screen reader support for free). */
export function Details({ summary, children, className = '' }: { summary: ReactNode; children: ReactNode; className?: string }) {
  return (
    <details className={`zr-details ${className}`.trim()}>
      <summary className="zr-details__summary">{summary}</summary>
      <div className="zr-details__content">{children}</div>
    </details>
  );
}
