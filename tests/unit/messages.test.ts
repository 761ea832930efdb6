import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../entrypoints/background/handler-context';
import { handleRemoveNotice } from '../../entrypoints/background/remove-notice';
import { saveNotice } from '../../lib/db';
import { isOwnContentScript } from '../../lib/messages';
import { freshDb, request } from './db-test-data';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const CONTENT = { id: ID, tab: { id: 7 }, url: 'https://www.example.gov.cn/xszg/2025/notice.html', frameId: 0 };

function ctx(autoSave = true): HandlerContext {
  return { db: freshDb(), runtimeId: ID, extensionBaseUrl: BASE, autoSave: async () => autoSave };
}

describe('removeNotice handler', () => {
  it('accepts extension pages, rejects content scripts', async () => {
    const c = ctx();
    const saved = (await saveNotice(c.db, request())) as { noticeId: number };
    await expect(handleRemoveNotice(saved.noticeId, CONTENT, c)).rejects.toThrow(/Rejected/);
    await handleRemoveNotice(saved.noticeId, { id: ID, url: `${BASE}popup.html` }, c);
    expect(await c.db.notices.count()).toBe(0);
  });
});

describe('isOwnContentScript', () => {
  it('needs the same id, a tab, and a page URL outside the extension', () => {
    expect(isOwnContentScript(CONTENT, ID, BASE)).toBe(true);
    expect(isOwnContentScript({ ...CONTENT, url: undefined }, ID, BASE)).toBe(true);
    expect(isOwnContentScript({ ...CONTENT, tab: undefined }, ID, BASE)).toBe(false);
  });
});
