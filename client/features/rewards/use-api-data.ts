import { useCallback, useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { api } from '../../app/api';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; code: string } | { status: 'ready'; data: T };

/**
 * GETs `path` and parses it with the shared schema; `reload()` fetches again
 * (after a change). Rewards are live figures, so they are not cached offline.
 */
export function useApiData<S extends z.ZodMiniType>(path: string | null, schema: S) {
  const [state, setState] = useState<Loaded<z.infer<S>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    api('GET', path, schema)
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((error: unknown) => current && setState({ status: 'error', code: error instanceof Error && 'code' in error ? String(error.code) : 'unknown' }));
    return () => {
      current = false;
    };
  }, [path, schema, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
