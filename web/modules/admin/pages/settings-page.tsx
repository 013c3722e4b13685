import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SettingDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { listSettings } from '../api/settings-api.ts';
import { SETTINGS_QUERY_KEY, SettingCard } from '../components/setting-card.tsx';

function byGroup(settings: SettingDto[]): [string, SettingDto[]][] {
  const groups = new Map<string, SettingDto[]>();
  for (const setting of settings) groups.set(setting.group, [...(groups.get(setting.group) ?? []), setting]);
  return [...groups.entries()];
}

/** University settings by group; each change is saved on its own and written to the audit log. */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const canUpdate = hasAbility(me, 'admin.settings.update');
  const query = useQuery({ queryKey: SETTINGS_QUERY_KEY, queryFn: listSettings });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('admin:settingsPage.title')}
        description={t(canUpdate ? 'admin:settingsPage.description' : 'admin:settingsPage.readOnly')}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : (
        byGroup(query.data).map(([group, settings]) => (
          <Stack gap="sm" key={group} component="section" aria-labelledby={`group-${group}`}>
            <Title order={2} size="h4" id={`group-${group}`}>
              {t(`admin:settingsGroup.${group}`, { defaultValue: group })}
            </Title>
            {settings.map((setting) => (
              <SettingCard key={`${setting.key}:${setting.updatedAt ?? ''}`} setting={setting} canUpdate={canUpdate} />
            ))}
          </Stack>
        ))
      )}
    </Stack>
  );
}
