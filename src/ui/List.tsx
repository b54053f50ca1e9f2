import type { ReactNode } from 'react';

export function UnorderedList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item, i) => (
        <li key={i} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function OrderedList({ items }: { items: ReactNode[] }) {
  return (
    <ol className="utrecht-ordered-list">
      {items.map((item, i) => (
        <li key={i} className="utrecht-ordered-list__item">
          {item}
        </li>
      ))}
    </ol>
  );
}
