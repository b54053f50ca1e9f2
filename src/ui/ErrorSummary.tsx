import { useEffect, useRef, type ReactNode } from 'react';

/**
 * GOV.UK error summary: a titled list of links to the fields in error. It takes focus when it
 * appears so the user hears what went wrong; each link moves focus to its field.
 */
export function ErrorSummary({ title, errors }: { title: ReactNode; errors: { href: string; text: ReactNode }[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="zr-error-summary-title"
      className="utrecht-alert utrecht-alert--error zr-error-summary"
    >
      <div className="utrecht-alert__content">
        <h2 id="zr-error-summary-title" className="utrecht-heading-2 zr-error-summary__title">
          {title}
        </h2>
        <ul className="utrecht-unordered-list zr-error-summary__list">
          {errors.map((error) => (
            <li key={error.href} className="utrecht-unordered-list__item">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={error.href}
                onClick={(event) => {
                  // Hash routing: the link must not change the route; it focuses the field.
                  event.preventDefault();
                  document.getElementById(error.href.slice(1))?.focus();
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
