import { useEffect, useState } from 'preact/hooks';

/**
 * Something (usually a component) fetched after the first paint, once
 * `when` holds: code the first screen does not need stays out of its bundle.
 *
 * @example const Card = useLazy(() => import('./Card').then((m) => m.Card)); return Card && <Card />;
 */
export function useLazy<T>(load: () => Promise<T>, when = true): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (when && !loaded) void load().then((value) => setLoaded({ value }));
  }, [when, loaded]);
  return loaded ? loaded.value : null;
}

/** Becomes true once the browser has a quiet moment after the first paint (or after 2 s at the latest). */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    if ('requestIdleCallback' in window) {
      const handle = requestIdleCallback(done, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(done, 200);
    return () => clearTimeout(timer);
  }, []);
  return idle;
}
