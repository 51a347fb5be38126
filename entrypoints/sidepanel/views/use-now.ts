/**
 * The current time for relative dates ("5 min ago"), ticking once a minute: finer ticks would
 * re-render every visible row for no visible change.
 */
import { useEffect, useState } from 'react';

export const NOW_TICK_MS = 60_000;

export function useNow(initial?: number): number {
  const [now, setNow] = useState(() => initial ?? Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), NOW_TICK_MS);
    return () => clearInterval(id);
  }, []);
  return now;
}
