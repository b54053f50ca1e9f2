import type { HTMLAttributes } from 'react';
import { Alert } from './Alert';
import { Details } from './Details';
import { Paragraph } from './Paragraph';

/**
 * A refused import (issue 12 item 7): one plain sentence in the page's language that says what
 * happened and what to do, with the technical details (the fields and what is wrong with them)
 * folded away under a summary in the same language.
 */
export function ImportError({
  message,
  details = [],
  detailsLabel,
  ...rest
}: HTMLAttributes<HTMLDivElement> & { message: string; details?: readonly string[]; detailsLabel: string }) {
  return (
    <Alert type="error" role="alert" {...rest}>
      <Paragraph className="zr-import-error__message">{message}</Paragraph>
      {details.length > 0 ? (
        <Details summary={detailsLabel} className="zr-import-error__details">
          <ul className="utrecht-unordered-list zr-import-error__list">
            {details.map((d, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                <code>{d}</code>
              </li>
            ))}
          </ul>
        </Details>
      ) : null}
    </Alert>
  );
}
