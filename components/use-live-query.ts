import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
  /** True until the first result (or error) arrives. */
  loading: boolean;
}

/**
 * Runs a Dexie query and re-runs it whenever the data it read changes, in this page or any
 * other extension page (Dexie broadcasts changes), so popup, library and reader stay in step.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error) => setState((s) => ({ value: s.value, error, loading: false })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
