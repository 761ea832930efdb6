import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleRemoveNotice, handleSaveNotice, type HandlerContext } from '../../lib/db';
import { isOwnContentScript } from '../../lib/messages';
import { freshDb, request } from './db-test-data';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const CONTENT = { id: ID, tab: { id: 7 }, url: 'https://www.example.gov.cn/xszg/2025/notice.html', frameId: 0 };

function ctx(autoSave = true): HandlerContext {
  return { db: freshDb(), runtimeId: ID, extensionBaseUrl: BASE, autoSave: async () => autoSave };
}

describe('saveNotice handler', () => {
  it('saves a valid notice from this extension’s content script', async () => {
    const c = ctx();
    expect(await handleSaveNotice(request(), CONTENT, c)).toMatchObject({ status: 'saved' });
    expect(await c.db.notices.count()).toBe(1);
  });

  const senders: Array<[string, unknown]> = [
    ['another extension', { ...CONTENT, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['no tab (an extension page or worker)', { id: ID, url: `${BASE}popup.html` }],
    ['this extension’s page opened in a tab', { id: ID, tab: { id: 3 }, url: `${BASE}popup.html?tabId=7` }],
    ['no sender', undefined],
  ];
  for (const [name, sender] of senders) {
    it(`rejects ${name}`, async () => {
      const c = ctx();
      const result = await handleSaveNotice(request(), sender as never, c);
      expect(result).toEqual({ status: 'error', error: expect.stringMatching(/^Rejected/) });
      expect(await c.db.notices.count()).toBe(0);
    });
  }

  const payloads: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['a string', 'save me'],
    ['a bad text hash', { ...request(), textHash: 'xyz' }],
    ['a fact with an unknown code', request({}, [{ ...request().extraction.facts[0], code: 'nope' as never }])],
    ['a negative offset', { ...request(), selectors: [{ exact: 'a', prefix: '', suffix: '', start: -1, end: 0 }] }],
    ['a prefix over 32 characters', { ...request(), selectors: [{ exact: 'a', prefix: 'x'.repeat(33), suffix: '', start: 0, end: 1 }] }],
  ];
  for (const [name, payload] of payloads) {
    it(`rejects a payload with ${name}`, async () => {
      const c = ctx();
      const result = await handleSaveNotice(payload, CONTENT, c);
      expect(result).toEqual({ status: 'error', error: expect.stringMatching(/^Not saved: the notice record is invalid/) });
      expect(await c.db.notices.count()).toBe(0);
    });
  }

  it('honours autoSave off for automatic saves but not for the popup’s Save', async () => {
    const c = ctx(false);
    expect(await handleSaveNotice(request(), CONTENT, c)).toEqual({ status: 'not-saved' });
    expect(await c.db.notices.count()).toBe(0);
    expect(await handleSaveNotice(request({ manual: true }), CONTENT, c)).toMatchObject({ status: 'saved' });
  });

  it('does not auto-save a page that is not a notice', async () => {
    const c = ctx();
    const r = request();
    const notNotice = { ...r, extraction: { ...r.extraction, detection: { isNotice: false, score: 0.2, reasons: [] } } };
    expect(await handleSaveNotice(notNotice, CONTENT, c)).toEqual({ status: 'not-saved' });
  });
});

describe('removeNotice handler', () => {
  it('accepts extension pages, rejects content scripts', async () => {
    const c = ctx();
    const saved = (await handleSaveNotice(request(), CONTENT, c)) as { noticeId: number };
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
