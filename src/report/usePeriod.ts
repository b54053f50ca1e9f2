import { useEffect, useState } from 'react';
import { isMonth } from '../storage/cells';

export interface Period {
  /** first month, 'YYYY-MM', inclusive */
  from: string;
  /** last month, 'YYYY-MM', inclusive */
  to: string;
}

/**
 * The period chosen with two month fields. The texts follow the fields as typed; `period` only
 * moves to a valid pair (from ≤ to), so the report never shows an impossible period.
 */
export function usePeriod(initial: Period) {
  const [fromText, setFromText] = useState(initial.from);
  const [toText, setToText] = useState(initial.to);
  const [period, setPeriod] = useState(initial);
  const valid = isMonth(fromText) && isMonth(toText) && fromText <= toText;
  useEffect(() => {
    if (valid) setPeriod({ from: fromText, to: toText });
  }, [fromText, toText, valid]);
  return { fromText, toText, setFromText, setToText, period, valid };
}
