// The interface language: only stored here; the pages read local:uiLanguage when they open.
import { i18n } from '#i18n';
import { UI_LANGUAGES, uiLanguageSetting, type UiLanguage } from '@/components/settings-items';
import { useSetting } from './use-setting';

const LABELS: Record<UiLanguage, () => string> = {
  auto: () => i18n.t('settings.langAuto'),
  en: () => i18n.t('settings.langEn'),
  zh_CN: () => i18n.t('settings.langZhCN'),
  zh_TW: () => i18n.t('settings.langZhTW'),
};

export function LanguageSection() {
  const [language, setLanguage] = useSetting(uiLanguageSetting);
  return (
    <section data-testid="settings-language">
      <h2>{i18n.t('settings.languageTitle')}</h2>
      <label className="row">
        {i18n.t('settings.uiLanguage')}
        <select
          data-testid="setting-ui-language"
          value={language ?? 'auto'}
          onChange={(e) => setLanguage(e.target.value as UiLanguage)}
        >
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l}>{LABELS[l]()}</option>
          ))}
        </select>
      </label>
      <p className="muted small">{i18n.t('settings.languageHint')}</p>
    </section>
  );
}
