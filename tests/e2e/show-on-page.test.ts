// Issue 9 in a real Chromium: a saved notice whose page then changed layout (paragraphs
// re-wrapped, a banner inserted, one fact's sentence removed). "Show on page" from the dashboard
// opens the page, scrolls to the saved fact and flashes it; the revisit's badge lists the fact
// whose sentence is gone. Then "Re-extract collection" with the real engine over a notice made to
// look extracted by an older engine: facts restored, the correction kept on its fact, reported.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../scripts/lib/browser';
import { readFacts, waitForNotice, type SavedFact } from '../../scripts/lib/lens-db';
import { noticeHtml, siteUrl } from '../pages/build-pages';
import { loadFixtures } from '../pages/fixtures';
import { escapeHtml, govPage } from '../pages/gov-page';
import { startHarness, waitForAnalysis, type Harness } from './harness';

const PATH = '/xsxc/2025/changing-001.html';
const URL_ = siteUrl(PATH);
const HTML = 'text/html; charset=utf-8';
const squash = (s: string) => s.replace(/\s+/g, '');
const fixture = loadFixtures().find((f) => f.id === '001')!;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Reply<T> = { res?: T; err?: { message?: string } };
/** A message as @webext-core/messaging sends it, from the dashboard (an extension page). */
function send<T>(type: string, data?: unknown): Promise<Reply<T>> {
  return h.dashboard.evaluate(
    ([type, data]) =>
      new Promise<Reply<T>>((resolve) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: Reply<T>) => void): void } } }).chrome.runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() },
          resolve,
        ),
      ),
    [type, data] as const,
  );
}

/** [from, to) of the clause (up to and with its ; or 。) around text[at, at + length). */
function clauseAround(text: string, at: number, length: number): [number, number] {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf(';', at), text.lastIndexOf('\n', at)) + 1;
  const ends = ['。', ';', '\n'].map((c) => text.indexOf(c, at + length)).filter((i) => i >= 0);
  return [from, ends.length ? Math.min(...ends) + 1 : text.length];
}

/** The changed layout: a banner first, each paragraph cut in two (the one holding `split` in the
 *  middle of those words), and the victim's clause gone. */
function changedPage(victim: string, split: string): string {
  const lines = fixture.bodyWithoutTitle.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const html: string[] = ['<p class="banner">【提示】本网站已改版,原栏目“工作动态”并入“巡察工作”,给您带来不便敬请谅解。</p>'];
  for (let line of lines) {
    const at = line.indexOf(victim);
    if (at >= 0) {
      const [from, to] = clauseAround(line, at, victim.length);
      line = line.slice(0, from) + line.slice(to);
    }
    const inside = line.indexOf(split);
    const mid = inside >= 0 ? inside + (split.length >> 1) : Math.floor(line.length / 2);
    for (const part of [line.slice(0, mid), line.slice(mid)]) if (part.trim()) html.push(`<p>${escapeHtml(part)}</p>`);
  }
  return govPage({ siteName: fixture.siteName, title: fixture.title, source: fixture.issuer, published: fixture.published, articleHtml: html.join('\n') });
}

interface CdpNode { nodeType: number; nodeValue?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** Text of the badge's "not found" note (closed shadow root: read through the DevTools protocol). */
async function missingNote(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join('\n'));
    const find = (n: CdpNode): string | null => {
      if ((n.attributes ?? []).includes('data-missing')) return textOf(n);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const found = find(c);
        if (found !== null) return found;
      }
      return null;
    };
    return find(root) ?? '';
  } finally {
    await cdp.detach();
  }
}

/** The texts of the ranges in the page's 'rl-flash' highlight (null: none registered). */
function flashTexts(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const set = CSS.highlights.get('rl-flash');
    if (!set) return null;
    return [...set].map((r) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  });
}

let noticeId = 0;
let facts: SavedFact[] = [];

describe('show on page and revisit', () => {
  it('finds a saved fact on the changed page, flashes it, and lists the removed one in the badge', async () => {
    h.server.routes.set(PATH, { body: noticeHtml(fixture), type: HTML });
    const first = await h.lens.context.newPage();
    await first.goto(URL_);
    const notice = await waitForNotice(h.dashboard, [URL_]);
    noticeId = notice.id;
    facts = await readFacts(h.dashboard, noticeId);
    const body = fixture.bodyWithoutTitle;
    const unique = facts.filter((f) => f.quote.length >= 6 && body.split(f.quote).length === 2);
    expect(unique.length).toBeGreaterThan(2);
    const victim = unique[Math.floor(unique.length / 2)];
    const clauseOf = (q: string) => body.slice(...clauseAround(body, body.indexOf(q), q.length));
    // Shown: a fact of another clause (the victim's clause is removed with it).
    const shown = unique.find((f) => f !== victim && !clauseOf(victim.quote).includes(f.quote))!;
    await first.close();

    // The site's new layout, at the same URL.
    h.server.routes.set(PATH, { body: changedPage(victim.quote, shown.quote), type: HTML });
    const reply = await send<{ found: boolean; method?: string; text?: string; tabId: number }>('showFactOnPage', { noticeId, factId: shown.id });
    expect(reply.err).toBeUndefined();
    // Its words now run across two paragraphs: found without the whitespace between them.
    expect(reply.res).toMatchObject({ found: true, method: 'fuzzy' });
    expect(squash(reply.res!.text!)).toBe(squash(shown.quote));
    const tab = await waitFor('the notice tab', async () => h.lens.context.pages().find((p) => p.url() === URL_) ?? null);
    // The flash lasts ~2 s: asked again (the tab is reused and focused) should it be over already.
    let flashed = await flashTexts(tab);
    for (let i = 0; !flashed && i < 3; i++) {
      await send('showFactOnPage', { noticeId, factId: shown.id });
      flashed = await flashTexts(tab);
    }
    expect(flashed?.map(squash)).toEqual([squash(shown.quote)]);
    // Scrolled to: the fact's words are in the viewport.
    const inView = await tab.evaluate(() => {
      const r = [...CSS.highlights.get('rl-flash') ?? []][0];
      if (!r) return true; // the flash ended; the text check above stands
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const box = live.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    expect(inView).toBe(true);

    // The revisit (this tab's analysis of the new layout) lists the fact whose sentence is gone.
    await waitForAnalysis(tab);
    const note = await waitFor('the badge to list the missing fact', async () => {
      const text = await missingNote(tab);
      return text.includes(victim.quote) ? text : null;
    });
    // Only the removed fact: every other saved fact was found again in the new layout.
    expect(note.split('\n').filter((l) => l.includes('«'))).toEqual([expect.stringContaining(victim.quote)]);

    // Asked to show the removed fact: not found, said so.
    const gone = await send<{ found: boolean }>('showFactOnPage', { noticeId, factId: victim.id });
    expect(gone.res).toMatchObject({ found: false });
    // Every ask went to the one tab showing the notice (found and focused, not opened again).
    expect(h.lens.context.pages().filter((p) => p.url() === URL_)).toHaveLength(1);
  });
});

describe('re-extract collection', () => {
  it('re-runs the engine over an older engine\'s facts, keeps the correction on its fact, and reports the change', async () => {
    expect(noticeId).toBeGreaterThan(0);
    // Make the notice look extracted by an older engine: one fact read differently, one missing.
    const before = await readFacts(h.dashboard, noticeId);
    const [changed, missing] = [before[0], before[1]];
    await h.dashboard.evaluate(
      async ({ noticeId, changed, missing }) => {
        const db = (globalThis as unknown as { rectifyLens: { db: import('../../lib/db').RectifyLensDb } }).rectifyLens.db;
        await db.notices.update(noticeId, { engineVersion: '2000.1.1' });
        await db.facts.update(changed.id, { value: 999 });
        await db.facts.delete(missing.id);
        const at = new Date().toISOString();
        const f = (await db.facts.get(changed.id))!;
        await db.corrections.add({ noticeId, kind: 'corrected', factId: changed.id, anchor: f.selector, patch: { unit: '人次' }, createdAt: at, updatedAt: at });
      },
      { noticeId, changed, missing },
    );
    const started = await send<{ status: string }>('startReextract');
    expect(started.err).toBeUndefined();
    const done = await waitFor('the re-extraction to finish', async () => {
      const p = (await send<{ status: string; counts: Record<string, number>; entries: { noticeId: number; added: number; changed: number; lost: number }[] }>('getReextractProgress')).res;
      return p && p.status !== 'running' ? p : null;
    }, 60_000);
    expect(done).toMatchObject({ status: 'done' });
    expect(done.counts.updated).toBeGreaterThanOrEqual(1);
    expect(done.entries).toContainEqual(expect.objectContaining({ noticeId, changed: 1, added: 1, lost: 0 }));

    const after = await readFacts(h.dashboard, noticeId);
    expect(after.map((f) => [f.code, f.value, f.quote]).sort()).toEqual(before.map((f) => [f.code, f.value, f.quote]).sort());
    const restored = after.find((f) => f.quote === changed.quote && f.code === changed.code)!;
    const state = await h.dashboard.evaluate(async (noticeId) => {
      const db = (globalThis as unknown as { rectifyLens: { db: import('../../lib/db').RectifyLensDb } }).rectifyLens.db;
      return { corrections: await db.corrections.where('noticeId').equals(noticeId).toArray(), notice: await db.notices.get(noticeId) };
    }, noticeId);
    expect(state.corrections).toEqual([expect.objectContaining({ factId: restored.id, patch: { unit: '人次' } })]);
    expect(state.notice?.engineVersion).not.toBe('2000.1.1');
  });
});
