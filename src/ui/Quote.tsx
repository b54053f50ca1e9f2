import type { ReactNode } from 'react';

/**
 * An official wording as a quote with its source. `lang` marks the quote's own language (the
 * official Dutch text stays Dutch in the English interface).
 */
export function Quote({
  children,
  source,
  lang,
  label,
}: {
  children: ReactNode;
  source: ReactNode;
  lang?: string;
  label?: ReactNode;
}) {
  return (
    <figure className="utrecht-blockquote__figure zr-quote">
      {label ? <p className="zr-quote__label">{label}</p> : null}
      <blockquote className="utrecht-blockquote utrecht-blockquote--html-blockquote" lang={lang}>
        <div className="utrecht-blockquote__content">{children}</div>
      </blockquote>
      <figcaption className="utrecht-blockquote__caption zr-quote__caption">{source}</figcaption>
    </figure>
  );
}
