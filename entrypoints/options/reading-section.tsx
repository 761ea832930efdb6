// How pages are read: automatic saving, highlights, and the pause between a list's pages.
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { autoSaveSetting } from '@/entrypoints/background/auto-save-setting';
import { clampCollectInterval, COLLECT_INTERVAL, collectIntervalSetting, highlightsSetting } from '@/components/settings-items';
import { useSetting } from './use-setting';

export function ReadingSection() {
  const [autoSave, setAutoSave] = useSetting(autoSaveSetting);
  const [highlights, setHighlights] = useSetting(highlightsSetting);
  const [intervalMs, setIntervalMs] = useSetting(collectIntervalSetting);
  // The field keeps what is typed (e.g. "1." on the way to "1.5"); storage gets it clamped on blur.
  const [draft, setDraft] = useState('');
  useEffect(() => {
    if (intervalMs !== undefined) setDraft(String(clampCollectInterval(intervalMs) / 1000));
  }, [intervalMs]);
  const commit = () => {
    const ms = clampCollectInterval(Number(draft.replace(',', '.')) * 1000);
    setDraft(String(ms / 1000));
    if (ms !== intervalMs) setIntervalMs(ms);
  };
  return (
    <section data-testid="settings-reading">
      <h2>{i18n.t('settings.behaviourTitle')}</h2>
      <label className="row">
        <input type="checkbox" data-testid="setting-auto-save" checked={autoSave !== false} onChange={(e) => setAutoSave(e.target.checked)} />
        {i18n.t('settings.autoSave')}
      </label>
      <label className="row">
        <input type="checkbox" data-testid="setting-highlights" checked={highlights !== false} onChange={(e) => setHighlights(e.target.checked)} />
        {i18n.t('settings.highlights')}
      </label>
      <label className="row">
        {i18n.t('settings.collectInterval')}
        <input
          type="number"
          data-testid="setting-collect-interval"
          min={COLLECT_INTERVAL.min / 1000}
          max={COLLECT_INTERVAL.max / 1000}
          step={0.5}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </label>
      <p className="muted small">{i18n.t('settings.collectIntervalHint')}</p>
    </section>
  );
}
