import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../../shared/i18n/languages.ts';
import { LANG_LABELS } from '../../lib/languages.ts';

interface LangSwitchProps {
  value: Lang;
  onChange: (lang: Lang) => void;
  size?: 'xs' | 'sm';
}

export function LangSwitch({ value, onChange, size = 'xs' }: LangSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      data-testid="lang-switch"
      aria-label={t('common:language.label')}
      size={size}
      value={value}
      onChange={(next) => {
        if (isLang(next)) onChange(next);
      }}
      data={(Object.keys(LANG_LABELS) as Lang[]).map((lang) => ({ value: lang, label: LANG_LABELS[lang] }))}
    />
  );
}
