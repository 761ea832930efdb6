// React side of the UI language: re-renders the component (and so its tree) when it changes.
import { useSyncExternalStore } from 'react';
import { currentUiLocale, onUiLocaleChange, type UiLocale } from './ui-language';

export function useUiLocale(): UiLocale {
  return useSyncExternalStore(onUiLocaleChange, currentUiLocale, currentUiLocale);
}
