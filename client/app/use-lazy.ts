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
