import { useCallback, useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import { api, ApiError } from '../app/api';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; code: string; message: string } | { status: 'ready'; data: T };

/**
 * GETs `path` and parses it with the shared schema; `reload()` fetches again
 * (after a change), `setData()` shows what a save answered. An answer that
 * arrives after a newer request started is ignored. For live figures and
 * admin screens: nothing here is cached offline.
 */
export function useApiData<S extends z.ZodMiniType>(path: string | null, schema: S) {
  const [state, setState] = useState<Loaded<z.infer<S>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    api('GET', path, schema)
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((error: unknown) => current && setState(failed(error)));
    return () => {
      current = false;
    };
  }, [path, schema, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: z.infer<S>) => setState({ status: 'ready', data }), []);
  return { state, reload, setData };
}

function failed(error: unknown): { status: 'error'; code: string; message: string } {
  return error instanceof ApiError ? { status: 'error', code: error.code, message: error.message } : { status: 'error', code: 'unknown', message: String(error) };
}
