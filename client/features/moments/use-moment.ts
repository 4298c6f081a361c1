import { useCallback, useEffect, useState } from 'preact/hooks';
import { myMomentContract } from '../../../shared/contracts/moments';
import type { MyMoment } from '../../../shared/schemas/moments';
import { ApiError, call } from '../../app/api';

/** `none`: neither the person nor the organisation chose a learning moment yet. */
export type MomentState = { status: 'loading' } | { status: 'error' } | { status: 'none' } | { status: 'ready'; moment: MyMoment };

/** The person's learning moment from the server; `set` takes the answer of a save. */
export function useMoment() {
  const [state, setState] = useState<MomentState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    call(myMomentContract)
      .then((moment) => current && setState({ status: 'ready', moment }))
      .catch((error: unknown) => current && setState({ status: error instanceof ApiError && error.status === 404 ? 'none' : 'error' }));
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((moment: MyMoment) => setState({ status: 'ready', moment }), []);
  return { state, retry, set };
}
