import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import type { MeDto } from '../../shared/modules/identity/identity.contracts.ts';
import { AppProviders } from '../app/providers.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { routes } from '../app/router.tsx';
import { setCsrfToken } from '../lib/api-client.ts';
import { ME_QUERY_KEY } from '../modules/identity/hooks/use-me.ts';

function clientWith(me: MeDto | null | undefined) {
  const client = createQueryClient();
  if (me !== undefined) client.setQueryData(ME_QUERY_KEY, me);
  if (me) setCsrfToken(me.csrfToken);
  return client;
}

/** Renders a piece of UI inside the app's providers and a router at `route`. */
export function renderWithProviders(ui: ReactNode, options: { route?: string; me?: MeDto | null } = {}) {
  const client = clientWith(options.me);
  const result = render(
    <AppProviders client={client} env="test">
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { client, ...result };
}

/** Renders the whole app's routes at `route`, optionally signed in. */
export function renderApp(route: string, me?: MeDto | null) {
  const client = clientWith(me);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { client, router, ...result };
}
