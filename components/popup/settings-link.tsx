// Opens the settings page (entrypoints/options) in its own tab.
import { i18n } from '#i18n';

export function SettingsLink() {
  return (
    <button type="button" className="small" data-testid="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
      {i18n.t('settings.open')}
    </button>
  );
}
