import { Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { MeDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LangSwitch } from '../../../components/ui/lang-switch.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { saveLanguage, signIn } from '../api/auth-api.ts';
import { takeLanguageChosenBeforeSignIn, useLanguage } from '../hooks/use-language.ts';
import { ME_QUERY_KEY, useMe } from '../hooks/use-me.ts';

/** Only paths inside the app may be returned to after sign-in. */
export function safeNextPath(next: string | null): string {
  return next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { lang, setLang } = useLanguage();
  const { data: me, isPending } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const nextPath = safeNextPath(params.get('next'));

  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() === '' ? t('common:signIn.usernameRequired') : null),
      password: (value) => (value === '' ? t('common:signIn.passwordRequired') : null),
    },
  });

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (signedIn) => {
      let next: MeDto = signedIn;
      const chosen = takeLanguageChosenBeforeSignIn();
      if (chosen !== null && chosen !== signedIn.user.lang) {
        next = { ...signedIn, user: { ...signedIn.user, lang: chosen } };
        saveLanguage(chosen).catch(() => undefined);
      }
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      client.setQueryData(ME_QUERY_KEY, next);
      void navigate(nextPath, { replace: true });
    },
  });

  useEffect(() => {
    document.title = `${t('common:signIn.title')} · ${t('common:app.title')}`;
  }, [t]);

  if (isPending) return <LoadingState fullPage />;
  if (me) return <Navigate to={nextPath} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Box w="100%" maw={400}>
        <Group justify="flex-end" mb="sm">
          <LangSwitch value={lang} onChange={setLang} />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="lg">
          <form
            noValidate
            onSubmit={form.onSubmit((values) => mutation.mutate({ username: values.username.trim(), password: values.password }))}
          >
            <Stack gap="md">
              <div>
                <Title order={1} size="h3">
                  {t('common:signIn.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('common:app.title')}
                </Text>
              </div>
              {mutation.error && <ErrorAlert error={mutation.error} />}
              <TextInput
                label={t('common:signIn.username')}
                description={t('common:signIn.usernameHint')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                data-autofocus
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('common:signIn.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" fullWidth loading={mutation.isPending}>
                {t('common:signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Center>
  );
}
