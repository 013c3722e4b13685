import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import 'dayjs/locale/ru.js';
import 'dayjs/locale/ky.js';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../lib/i18n.ts';
import { cssVariablesResolver, localizedTheme } from './theme.ts';

/** Mantine and its date pickers in the current language. */
function LocalizedMantine({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t, i18n: instance } = useTranslation();
  const closeLabel = t('common:action.close');
  const theme = useMemo(() => localizedTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver} env={env}>
      <DatesProvider settings={{ locale: instance.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}

/** Everything a screen needs around it: i18n, data cache, Mantine, dates, notifications. */
export function AppProviders({
  client,
  children,
  env = 'default',
}: {
  client: QueryClient;
  children: ReactNode;
  env?: 'default' | 'test';
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <LocalizedMantine env={env}>{children}</LocalizedMantine>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
