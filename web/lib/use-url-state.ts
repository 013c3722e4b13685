import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List filters kept in the address, so going back to a list finds it as it was left
 * and a filtered list can be shared. Any change other than the page returns to page 1.
 */
export function useUrlState<K extends string>(
  keys: readonly K[],
): [Record<K, string>, (patch: Partial<Record<K | 'page', string>>) => void, number] {
  const [params, setParams] = useSearchParams();
  const values = {} as Record<K, string>;
  for (const key of keys) values[key] = params.get(key) ?? '';
  const pageNumber = Number(params.get('page') ?? '1');
  const page = Number.isInteger(pageNumber) && pageNumber > 0 ? pageNumber : 1;

  const update = useCallback(
    (patch: Partial<Record<K | 'page', string>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch) as [string, string | undefined][]) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [values, update, page];
}
