import { isApiError } from '../../lib/api-client.ts';
import { ErrorAlert } from './error-alert.tsx';
import { ForbiddenState } from './forbidden-state.tsx';
import { NotFoundState } from './not-found-state.tsx';

/** How a failed load is shown: no access, not found, or the API's message. */
export function QueryError({ error }: { error: unknown }) {
  if (isApiError(error) && error.status === 403) return <ForbiddenState message={error.message} />;
  if (isApiError(error) && error.status === 404) return <NotFoundState message={error.message} />;
  return <ErrorAlert error={error} />;
}
