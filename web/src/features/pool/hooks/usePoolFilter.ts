import { useCallback, useState } from 'react';
import { mergeFilter } from '../../customers/customer-filter';
import { toPoolFilterInput, type PoolFilterInput, type PoolFilterValues } from '../pool-filter';

interface PoolFilterState {
  values: PoolFilterValues;
  input: PoolFilterInput;
}

/**
 * The pool's filters as chosen and as sent. "Time in pool" is turned into an instant when it is
 * chosen, not on every render: a clock that kept moving would change the query, and refetch it,
 * every minute.
 */
export function usePoolFilter() {
  const [state, setState] = useState<PoolFilterState>({ values: {}, input: {} });
  const onChange = useCallback((patch: Partial<PoolFilterValues>) => {
    setState((current) => {
      const values: PoolFilterValues = mergeFilter(current.values, patch);
      return values === current.values ? current : { values, input: toPoolFilterInput(values, new Date()) };
    });
  }, []);
  return { values: state.values, input: state.input, onChange };
}
