import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAutoSave, setAutoSave } from '../../entrypoints/background/auto-save-setting';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());
  it('autoSave defaults to on and persists in storage.local', async () => {
    expect(await getAutoSave()).toBe(true);
    await setAutoSave(false);
    expect(await getAutoSave()).toBe(false);
    expect(await fakeBrowser.storage.local.get('autoSave')).toEqual({ autoSave: false });
  });
});
