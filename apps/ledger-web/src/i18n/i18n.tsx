/**
 * The language of the application: German by default, English on request. The choice is kept in
 * localStorage (it is a preference, not a secret) and sets the document's `lang`, so screen readers
 * pronounce each page in its language.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatDate, formatDateTime } from './dates';
import { isLanguage, type Language } from './language';
import { de, type Messages } from './messages.de';
import { en } from './messages.en';
import { formatMoney, formatShare } from '../money/money-format';

const CATALOGS: Readonly<Record<Language, Messages>> = { de, en };
const STORAGE_KEY = 'fund-ledger.language';

export interface I18n {
  readonly language: Language;
  readonly t: Messages;
  setLanguage(language: Language): void;
  money(amount: string): string;
  share(share: string): string;
  date(value: string): string;
  dateTime(instant: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'de';
  });
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const i18n = useMemo<I18n>(
    () => ({
      language,
      t: CATALOGS[language],
      setLanguage,
      money: (amount) => formatMoney(amount, language),
      share: (share) => formatShare(share, language),
      date: (value) => formatDate(value, language),
      dateTime: (instant) => formatDateTime(instant, language),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
