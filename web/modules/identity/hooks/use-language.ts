import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLang, DEFAULT_LANG, type Lang } from '../../../../shared/i18n/languages.ts';
import type { MeDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { i18n, storeLang } from '../../../lib/i18n.ts';
import { saveLanguage } from '../api/auth-api.ts';
import { ME_QUERY_KEY } from './use-me.ts';

let chosenBeforeSignIn: Lang | null = null;

/** The language picked on the sign-in page, once: sign-in then remembers it for the user. */
export function takeLanguageChosenBeforeSignIn(): Lang | null {
  const lang = chosenBeforeSignIn;
  chosenBeforeSignIn = null;
  return lang;
}

/** Applies a language on this device (interface and local storage). */
export async function applyLanguage(lang: Lang): Promise<void> {
  storeLang(lang);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

/** The current language and a setter that, when signed in, also remembers it for the user. */
export function useLanguage(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { i18n: instance } = useTranslation();
  const client = useQueryClient();
  const resolved = instance.resolvedLanguage ?? instance.language;
  const lang = isLang(resolved) ? resolved : DEFAULT_LANG;

  const setLang = (next: Lang) => {
    void applyLanguage(next);
    const me = client.getQueryData<MeDto | null>(ME_QUERY_KEY);
    if (!me) {
      chosenBeforeSignIn = next;
      return;
    }
    const updated: MeDto = { ...me, user: { ...me.user, lang: next } };
    client.setQueryData(ME_QUERY_KEY, updated);
    // once the server remembers it, reload what it sent in the old language (names of units, the university)
    saveLanguage(next)
      .then(() => client.invalidateQueries())
      .catch((error: unknown) => {
        notifications.show({ color: 'red', message: error instanceof Error ? error.message : i18n.t('common:error.unexpected') });
      });
  };

  return { lang, setLang };
}
