import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang } from '../../../../shared/i18n/languages.ts';
import type { SettingDto } from '../../../../shared/modules/admin/admin.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { updateSetting } from '../api/settings-api.ts';
import { isLocalized, SettingValueInput } from './setting-value-input.tsx';

export const SETTINGS_QUERY_KEY = ['admin', 'settings'] as const;

/** The i18n key of a setting's label (dots are i18next's path separator). */
export const settingLabel = (key: string) => `admin:settings.${key.replaceAll('.', '_')}`;
/** The i18n key of what a setting does, for the settings that need more than their label. */
export const settingHelp = (key: string) => `admin:settingsHelp.${key.replaceAll('.', '_')}`;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function describeValue(value: unknown, lang: string): string {
  if (isLocalized(value)) return isLang(lang) ? value[lang] : value.ru;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One setting: its editor, whether it is the default, and Save for those allowed to change it. */
export function SettingCard({ setting, canUpdate }: { setting: SettingDto; canUpdate: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<unknown>(setting.value);
  const label = t(settingLabel(setting.key), { defaultValue: setting.key });
  const help = t(settingHelp(setting.key), { defaultValue: '' }) || undefined;
  const mutation = useMutation({
    mutationFn: () => updateSetting(setting.key, draft),
    onSuccess: (saved) => {
      client.setQueryData<SettingDto[]>(SETTINGS_QUERY_KEY, (list) => list?.map((item) => (item.key === saved.key ? saved : item)));
      setDraft(saved.value);
      if (saved.key.startsWith('university.')) void client.invalidateQueries({ queryKey: ['me'] });
      notifications.show({ color: 'green', message: t('admin:settingsPage.saved', { label }) });
    },
  });
  const dirty = !same(draft, setting.value);

  return (
    <Card withBorder padding="sm" data-testid={`setting-${setting.key}`}>
      <Stack gap="xs">
        <SettingValueInput
          settingKey={setting.key}
          label={label}
          description={help}
          value={draft}
          sample={setting.defaultValue ?? setting.value}
          readOnly={!canUpdate}
          onChange={setDraft}
        />
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {setting.isDefault ? (
              <Badge variant="light" color="gray" tt="none">
                {t('admin:settingsPage.default')}
              </Badge>
            ) : (
              <>
                <Badge variant="light" color="blue" tt="none">
                  {t('admin:settingsPage.changed')}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('admin:settingsPage.defaultIs', { value: describeValue(setting.defaultValue, i18n.language) })}
                </Text>
              </>
            )}
          </Group>
          {canUpdate && (
            <Group gap="xs">
              {!same(draft, setting.defaultValue) && (
                <Button size="xs" variant="subtle" onClick={() => setDraft(setting.defaultValue)}>
                  {t('admin:settingsPage.useDefault')}
                </Button>
              )}
              {dirty && (
                <Button size="xs" variant="default" onClick={() => setDraft(setting.value)}>
                  {t('common:action.reset')}
                </Button>
              )}
              <Button size="xs" disabled={!dirty} loading={mutation.isPending} onClick={() => mutation.mutate()}>
                {t('common:action.save')}
              </Button>
            </Group>
          )}
        </Group>
        {mutation.error && <ErrorAlert error={mutation.error} />}
      </Stack>
    </Card>
  );
}
