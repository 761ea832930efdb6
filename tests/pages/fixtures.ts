// The notices the test pages are made of: the shared fixtures (text + gold answers) when the
// checkout has ../shared, else the one bundled sample page (fixture 001) so the demo and the
// e2e tests still run from the repository alone.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../scripts/lib/paths';

export interface Fixture {
  /** '001' from 001_fbfa88aa01baddd2.txt */
  id: string;
  text: string;
  /** The text without a first line that only repeats the title (the page shows it as <h1>). */
  bodyWithoutTitle: string;
  title: string;
  issuer: string;
  /** As the site prints it: '2025-06-10 09:30'. */
  published: string;
  siteName: string;
  gold: { notice?: Record<string, string | null>; facts?: { code: string; value: number | null; headline?: boolean }[] } | null;
  /** True when read back from tests/pages/sample-notice.html (no ../shared). */
  bundled: boolean;
}

const siteNames: Record<string, string> = { '000': '清廉湖里网', '001': '清廉鹿城网', '004': '福州滨海新城网' };
const samplePage = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample-notice.html');

function fromFiles(txtPath: string): Fixture {
  const id = path.basename(txtPath).slice(0, 3);
  const text = fs.readFileSync(txtPath, 'utf8');
  const goldPath = txtPath.replace(/\.txt$/, '.gold.json');
  const gold = fs.existsSync(goldPath) ? (JSON.parse(fs.readFileSync(goldPath, 'utf8')) as Fixture['gold']) : null;
  const issuer = gold?.notice?.issuer ?? '中共某某市委';
  const kind = gold?.notice?.inspectionType ?? '巡视';
  const title = gold?.notice?.title ?? `${issuer}关于${kind}整改情况的通报`;
  const firstLine = text.split(/\r?\n/, 1)[0].trim();
  const bodyWithoutTitle = firstLine === title ? text.slice(text.indexOf('\n') + 1) : text;
  const date = gold?.notice?.publishedDate;
  return { id, text, bodyWithoutTitle, title, issuer, published: date ? `${date} 09:30` : '', siteName: siteNames[id] ?? `${issuer}网站`, gold, bundled: false };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function fromSamplePage(): Fixture {
  const html = fs.readFileSync(samplePage, 'utf8');
  const grab = (re: RegExp) => unescape(re.exec(html)?.[1] ?? '');
  const article = /<div class="article" id="zoom">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const text = [...article.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => unescape(m[1])).join('\n');
  return {
    id: '001',
    text,
    bodyWithoutTitle: text,
    title: grab(/<h1>([\s\S]*?)<\/h1>/),
    issuer: grab(/来源：([^　<]+)/),
    published: grab(/发布时间：([^　<]+)/),
    siteName: grab(/<div class="top">([\s\S]*?)<\/div>/),
    gold: null,
    bundled: true,
  };
}

export function loadFixtures(): Fixture[] {
  if (fs.existsSync(fixturesDir)) {
    const files = fs.readdirSync(fixturesDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
    if (files.length) return files.map((f) => fromFiles(path.join(fixturesDir, f)));
  }
  return [fromSamplePage()];
}

export function sampleNoticeHtml(): string {
  return fs.readFileSync(samplePage, 'utf8');
}
