// Identity a page cannot forge: each attack plants pages that claim another notice's identity
// (a canonical URL on another host, a shared canonical URL, the same URL with another text) and
// counts rows and facts before and after. Nothing of another notice may be lost, overwritten or
// doubled; only the same text (or the same page, slightly edited) updates a row.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveNotice, type RectifyLensDb } from '../../lib/db';
import { FACTS, freshDb, pageRequest, snapshotDb } from './db-test-data';

const FIXTURES = new URL('../../../shared/fixtures', import.meta.url).pathname;
const [T1, T2, T3] = ['000_d5ca2e1d78e5ca64', '001_fbfa88aa01baddd2', '004_23dfe72a4a5e21ec'].map((f) =>
  readFileSync(`${FIXTURES}/${f}.txt`, 'utf8'),
);
/** T1 as the site corrected it: a sentence inserted, a few characters changed. */
const T1_EDITED = `${T1.slice(0, 300)}（本文已于次日更正）${T1.slice(300, 900).replace(/[0-9]/, '7')}${T1.slice(905)}`;

const VICTIM = { url: 'https://www.a.gov.cn/xszg/n1.html', text: T1, title: '关于巡视整改进展情况的通报', tag: 0 };

interface Attack {
  name: string;
  /** Saved after the victim; `tag` tells their facts apart. */
  saves: Array<{ url: string; canonicalUrl?: string; text: string; title: string; tag: number }>;
  /** Rows expected after the attack. */
  rows: number;
  /** The attack is in truth the victim's notice again (its row may be updated, never doubled). */
  sameNotice?: boolean;
}

const ATTACKS: Attack[] = [
  {
    name: 'canonical pointing to the victim on another host',
    saves: [{ url: 'https://evil.example.com/x.html', canonicalUrl: VICTIM.url, text: T2, title: '伪造', tag: 100 }],
    rows: 2,
  },
  {
    name: 'canonical pointing to the victim from another gov.cn site',
    saves: [{ url: 'https://www.b.gov.cn/y.html', canonicalUrl: VICTIM.url, text: T2, title: '伪造', tag: 100 }],
    rows: 2,
  },
  {
    name: "the victim's text slightly edited, canonical from another host",
    saves: [{ url: 'https://evil.example.com/z.html', canonicalUrl: VICTIM.url, text: T1_EDITED, title: VICTIM.title, tag: 100 }],
    rows: 2,
  },
  {
    name: 'same host, canonical to the victim, different text',
    saves: [{ url: 'https://www.a.gov.cn/xszg/n2.html', canonicalUrl: VICTIM.url, text: T2, title: '另一通报', tag: 100 }],
    rows: 2,
  },
  {
    name: 'three notices sharing one canonical URL (CMS misconfiguration)',
    saves: [
      { url: 'https://www.a.gov.cn/xszg/n2.html', canonicalUrl: VICTIM.url, text: T2, title: '通报二', tag: 100 },
      { url: 'https://www.a.gov.cn/xszg/n3.html', canonicalUrl: VICTIM.url, text: T3, title: '通报三', tag: 200 },
    ],
    rows: 3,
  },
  {
    name: 'the same URL serving another text',
    saves: [{ url: VICTIM.url, text: T2, title: VICTIM.title, tag: 100 }],
    rows: 2,
  },
  {
    name: 'same text at two URLs (a mirror)',
    saves: [{ url: 'https://mirror.example.com/n1.html', text: T1, title: '镜像', tag: 0 }],
    rows: 1,
    sameNotice: true,
  },
  {
    name: 'same URL with a slightly edited text',
    saves: [{ url: VICTIM.url, text: T1_EDITED, title: VICTIM.title, tag: 0 }],
    rows: 1,
    sameNotice: true,
  },
];

async function damage(db: RectifyLensDb, before: Awaited<ReturnType<typeof snapshotDb>>, sameNotice: boolean) {
  const after = await snapshotDb(db);
  const notice = (id: number) => after.notices.find((n) => n.id === id);
  const facts = (id: number) => after.facts.filter((f) => f.noticeId === id);
  let lost = 0;
  let overwritten = 0;
  for (const row of before.notices) {
    if (!notice(row.id!)) lost++;
    else if (!sameNotice && JSON.stringify(notice(row.id!)) !== JSON.stringify(row)) overwritten++;
  }
  for (const fact of before.facts) {
    const now = after.facts.find((f) => f.id === fact.id);
    if (!now) lost += sameNotice ? 0 : 1;
    else if (JSON.stringify(now) !== JSON.stringify(fact)) overwritten += sameNotice ? 0 : 1;
  }
  const doubled = after.notices.reduce((n, row) => n + Math.max(0, facts(row.id!).length - FACTS.length), 0);
  return { lost, overwritten, doubled, rows: after.notices.length, facts: after.facts.length };
}

describe('identity a page cannot forge', () => {
  for (const attack of ATTACKS) {
    it(`${attack.name}: ${attack.rows} row(s), 0 lost, 0 overwritten, 0 doubled`, async () => {
      const db = freshDb();
      expect((await saveNotice(db, pageRequest(VICTIM))).status).toBe('saved');
      const before = await snapshotDb(db);
      for (const page of attack.saves) {
        const result = await saveNotice(db, pageRequest(page));
        expect(result.status).toBe(attack.sameNotice ? 'updated' : 'saved');
      }
      expect(await damage(db, before, !!attack.sameNotice)).toEqual({
        lost: 0,
        overwritten: 0,
        doubled: 0,
        rows: attack.rows,
        facts: attack.rows * FACTS.length,
      });
      // A foreign canonical URL is never stored: each row is named by its own site.
      for (const row of await db.notices.toArray()) expect(new URL(row.canonicalUrl).host).toBe(new URL(row.url).host);
    });
  }

  it('the victim keeps its URL, title and facts when its text turns up elsewhere', async () => {
    const db = freshDb();
    await saveNotice(db, pageRequest(VICTIM));
    const before = await snapshotDb(db);
    const copy = pageRequest({ url: 'https://evil.example.com/n1.html', canonicalUrl: 'https://evil.example.com/', text: T1, title: VICTIM.title, tag: 0 });
    const result = await saveNotice(db, { ...copy, pageTitle: '伪造' });
    expect(result).toEqual({ status: 'updated', noticeId: before.notices[0].id, unchanged: true });
    expect(await snapshotDb(db)).toEqual(before);
  });
});
