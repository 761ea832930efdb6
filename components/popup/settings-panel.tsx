// The popup's settings, folded: page highlights (when the tab has a notice), automatic saving and
// the UI language.
import { i18n } from '../i18n';
import { AutoSaveToggle } from './auto-save-toggle';
import { HighlightsToggle } from './highlights-toggle';
import { LanguageSelect } from './language-select';

export function SettingsPanel({ highlights }: { highlights: { tabId: number; on: boolean } | null }) {
  return (
    <details data-testid="settings-fold">
      <summary>{i18n.t('popup.settings')}</summary>
      <div className="fold-body">
        {highlights && <HighlightsToggle tabId={highlights.tabId} initial={highlights.on} />}
        <AutoSaveToggle />
        <LanguageSelect />
      </div>
    </details>
  );
}
