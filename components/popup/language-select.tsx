// The UI language setting (local:uiLanguage): every open page and tab follows a change at once.
import { useEffect, useState } from 'react';
import { i18n } from '../i18n';
import { setUiLanguage, uiLanguageSetting, type UiLanguageSetting } from '../ui-language';

const CHOICES: Array<[UiLanguageSetting, () => string]> = [
  ['auto', () => i18n.t('popup.languageAuto')],
  ['en', () => i18n.t('popup.languageEn')],
  ['zh_CN', () => i18n.t('popup.languageZhCn')],
  ['zh_TW', () => i18n.t('popup.languageZhTw')],
];

export function LanguageSelect() {
  const [value, setValue] = useState<UiLanguageSetting>('auto');
  useEffect(() => {
    void uiLanguageSetting.getValue().then(setValue);
    return uiLanguageSetting.watch((v) => setValue(v ?? 'auto'));
  }, []);
  return (
    <label className="row small">
      {i18n.t('popup.language')}
      <select
        data-testid="language-select"
        value={value}
        onChange={(e) => {
          const next = e.target.value as UiLanguageSetting;
          setValue(next);
          void setUiLanguage(next);
        }}
      >
        {CHOICES.map(([v, label]) => (
          <option key={v} value={v}>{label()}</option>
        ))}
      </select>
    </label>
  );
}
