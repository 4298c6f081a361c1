import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ApiContract, CallArgs, CallOutput } from '../../shared/contracts/contract';
import { contractUrl } from '../../shared/contracts/contract-url';
import { ApiError, call } from '../app/api';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; code: string; message: string } | { status: 'ready'; data: T };

export interface LoadOptions {
  /** A new value fetches again: for figures another part of the screen changed. */
  version?: number;
}

/**
 * GETs a contract's answer (parsed with its shared schema); `reload()`
 * fetches again (after a change), `setData()` shows what a save answered. An
 * answer that arrives after a newer request started is ignored. For live
 * figures and admin screens: nothing here is cached offline.
 *
 * @example const { state } = useApiData(getCampaignContract, { params: { id } });
 */
export function useApiData<C extends ApiContract & { method: 'get' }>(contract: C, ...[input, options]: CallArgs<C, LoadOptions>) {
  const [state, setState] = useState<Loaded<CallOutput<C>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The URL says everything the request depends on, so it keys the effect.
  const url = contractUrl(contract, input ?? {});
  useEffect(() => {
    let current = true;
    const args = [input ?? {}] as unknown as CallArgs<C, never>;
    call(contract, ...args)
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((error: unknown) => current && setState(failed(error)));
    return () => {
      current = false;
    };
  }, [contract, url, options?.version, attempt]); // `url` stands for `input`
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: CallOutput<C>) => setState({ status: 'ready', data }), []);
  return { state, reload, setData };
}

function failed(error: unknown): { status: 'error'; code: string; message: string } {
  return error instanceof ApiError ? { status: 'error', code: error.code, message: error.message } : { status: 'error', code: 'unknown', message: String(error) };
}
