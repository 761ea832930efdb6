// The autoSave setting (entrypoints/background/auto-save-setting.ts), watched so every open page agrees.
import { useEffect, useState } from 'react';
import { i18n } from '../i18n';
import { autoSaveSetting, getAutoSave, setAutoSave } from '@/entrypoints/background/auto-save-setting';

export function AutoSaveToggle() {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void getAutoSave().then(setOn);
    return autoSaveSetting.watch((v) => setOn(v !== false));
  }, []);
  return (
    <label className="row small">
      <input
        type="checkbox"
        data-testid="auto-save-toggle"
        checked={on ?? true}
        disabled={on === null}
        onChange={(e) => {
          setOn(e.target.checked);
          void setAutoSave(e.target.checked);
        }}
      />
      {i18n.t('popup.autoSave')}
    </label>
  );
}
