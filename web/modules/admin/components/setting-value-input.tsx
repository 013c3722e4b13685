import { JsonInput, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';

type Localized = Record<Lang, string>;

export function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' && value !== null && LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string')
  );
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...zones, 'UTC', current])].filter((zone) => zone !== '').sort();
}

interface SettingValueInputProps {
  settingKey: string;
  label: string;
  /** what the setting does, under its label */
  description?: string | undefined;
  value: unknown;
  /** the kind of value, taken from the default so an odd stored value still gets the right editor */
  sample: unknown;
  readOnly: boolean;
  onChange: (value: unknown) => void;
}

/** The editor a setting's type calls for: a name in three languages, a time zone, text, a number. */
export function SettingValueInput({ settingKey, label, description, value, sample, readOnly, onChange }: SettingValueInputProps) {
  const { t } = useTranslation();
  const isZone = settingKey.endsWith('timeZone') && typeof sample === 'string';
  const zones = useMemo(() => (isZone ? timeZones(typeof value === 'string' ? value : '') : []), [isZone, value]);

  if (isLocalized(sample)) {
    const current: Localized = isLocalized(value) ? value : { ru: '', ky: '', en: '' };
    return (
      <SimpleGrid cols={1} spacing="xs" role="group" aria-label={label}>
        {LANGUAGES.map((lang) => (
          <TextInput
            key={lang}
            label={`${label} — ${LANGUAGE_NAMES[lang]}`}
            lang={lang}
            value={current[lang]}
            readOnly={readOnly}
            required
            onChange={(event) => onChange({ ...current, [lang]: event.currentTarget.value })}
          />
        ))}
      </SimpleGrid>
    );
  }
  if (isZone) {
    return (
      <Select
        label={label}
        description={description}
        data={zones}
        searchable
        allowDeselect={false}
        readOnly={readOnly}
        value={typeof value === 'string' ? value : null}
        nothingFoundMessage={t('common:search.nothingFound')}
        onChange={(zone) => onChange(zone ?? '')}
        maw={420}
      />
    );
  }
  if (typeof sample === 'number') {
    return (
      <NumberInput
        label={label}
        description={description}
        value={typeof value === 'number' ? value : ''}
        allowDecimal={!Number.isInteger(sample)}
        readOnly={readOnly}
        onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))}
        maw={420}
      />
    );
  }
  if (typeof sample === 'boolean') {
    return (
      <Switch label={label} checked={value === true} disabled={readOnly} onChange={(event) => onChange(event.currentTarget.checked)} />
    );
  }
  if (typeof sample === 'string') {
    return (
      <TextInput
        label={label}
        description={description}
        value={typeof value === 'string' ? value : ''}
        readOnly={readOnly}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  }
  return <JsonInput label={label} value={JSON.stringify(value, null, 2)} readOnly autosize minRows={2} />;
}
