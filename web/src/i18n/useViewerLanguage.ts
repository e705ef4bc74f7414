import { useCallback, useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { isLocale, type Locale } from '@berth/domain';
import { useI18n } from './I18nProvider';
import { graphql } from '../gql';
import type { Viewer_UserFragment } from '../gql/graphql';

export const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: String!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

/**
 * Follows the signed-in user's remembered language and the team's zone. A user who never chose
 * keeps what this browser shows (their browser's language on a first visit).
 */
export function useAdoptViewerLanguage(viewer: Pick<Viewer_UserFragment, 'locale' | 'timeZone'> | null): void {
  const { locale, setLocale, setTimeZone } = useI18n();
  const remembered = viewer?.locale;
  const zone = viewer?.timeZone;
  useEffect(() => {
    if (isLocale(remembered) && remembered !== locale) setLocale(remembered);
  }, [remembered]); // not `locale`: a local switch is saved to the server, so it must not be undone here
  useEffect(() => {
    if (zone) setTimeZone(zone);
  }, [zone, setTimeZone]);
}

/** The user menu's switch: the screen changes at once, the server remembers it for next time. */
export function useLanguageSwitch(): { locale: Locale; choose(locale: Locale): void } {
  const { locale, setLocale } = useI18n();
  const [save] = useMutation(SET_MY_LOCALE);
  const choose = useCallback(
    (next: Locale) => {
      setLocale(next);
      // A failed save only means the next sign-in starts in the old language; the switch itself worked.
      save({ variables: { locale: next } }).catch(() => {});
    },
    [save, setLocale],
  );
  return { locale, choose };
}
