import type { HTMLAttributes } from 'react';

export function Paragraph({ lead, className = '', ...rest }: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  return <p className={`utrecht-paragraph${lead ? ' utrecht-paragraph--lead' : ''} ${className}`.trim()} {...rest} />;
}

/** Splits a text on blank lines into paragraphs (content help texts are written that way). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Paragraph key={i}>{p}</Paragraph>
        ))}
    </>
  );
}
