// The command-line extractor, run as a child process the way `npm run --silent extract` runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractionSchema, type Extraction } from '../../lib/contract';
import { FACT_COLUMNS, NOTICE_COLUMNS } from '../../lib/csv';
import { extract } from '../../lib/extract';
import { declaredCharset, decodeHtml, decodeText, looksBinary } from '../../scripts/cli/decode';
import { htmlToText } from '../../scripts/cli/read-document';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(ROOT, '../shared/fixtures');
const TEMPLATE = readFileSync(join(ROOT, 'tests/fixtures/html/notice-page.template.html'), 'utf8');
const NEAR_MISS = join(ROOT, 'tests/fixtures/html/near-miss-news.html');
const fixtureFile = join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()[1]);
const fixtureText = readFileSync(fixtureFile, 'utf8');

interface Run { code: number | null; stdout: string; stderr: string }

function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A government page around the fixture's first lines, one <p> each, with the given charset. */
function noticePage(charset: string | null, lines: string[]): string {
  const article = lines.map((l) => `      <p style="text-indent:2em">${escapeHtml(l)}</p>`).join('\n');
  let html = TEMPLATE.replaceAll('{{TITLE}}', '中共温州市鹿城区委关于巡视整改进展情况的通报')
    .replace('{{PUBLISHED}}', '2025-06-10 16:20')
    .replace('{{ARTICLE}}', article);
  html = charset ? html.replace('{{CHARSET}}', charset) : html.replace(/<meta http-equiv[^>]*>\n/, '');
  return html;
}

const firstLines = fixtureText.split('\n').filter((l) => l.trim()).slice(0, 4);
let dir: string;
let paths: Record<'txt' | 'gbTxt' | 'utf8' | 'gbk' | 'undeclared' | 'binary' | 'missing', string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));
  paths = {
    txt: fixtureFile,
    gbTxt: join(dir, 'gb18030.txt'),
    utf8: join(dir, 'notice-utf8.html'),
    gbk: join(dir, 'notice-gbk.htm'),
    undeclared: join(dir, 'notice-undeclared.html'),
    binary: join(dir, 'image.txt'),
    missing: join(dir, 'does-not-exist.txt'),
  };
  writeFileSync(paths.gbTxt, iconv.encode(fixtureText, 'gb18030'));
  writeFileSync(paths.utf8, noticePage('utf-8', firstLines));
  // Sites declare gb2312 and serve GBK or wider: decoding as GB18030 must cover it.
  writeFileSync(paths.gbk, iconv.encode(noticePage('gb2312', firstLines), 'gb18030'));
  writeFileSync(paths.undeclared, iconv.encode(noticePage(null, firstLines), 'gb18030'));
  writeFileSync(paths.binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  mkdirSync(join(dir, 'a-directory'));
});

describe('decoding', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">', 'gb18030'],
    ["<meta charset='UTF-8'>", 'utf-8'],
    ['<?xml version="1.0" encoding="gb2312"?>', 'gb18030'],
    ['<meta charset="big5">', 'big5hkscs'],
    ['<p>no declaration</p>', null],
  ])('declared charset of %s', (html, expected) => {
    expect(declaredCharset(Buffer.from(html))).toBe(expected);
  });

  it('strips BOMs and falls back to GB18030 for text that is not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFF党纪处分42人'))).toBe('党纪处分42人');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('处分', 'utf16le')]))).toBe('处分');
    expect(decodeText(iconv.encode('给予党纪处分42人', 'gbk'))).toBe('给予党纪处分42人');
    expect(decodeHtml(iconv.encode('<p>清退款项</p>', 'gbk'))).toBe('<p>清退款项</p>');
  });

  it('recognises binary bytes', () => {
    expect(looksBinary(Buffer.from([1, 2, 3, 0, 4]))).toBe(true);
    expect(looksBinary(Buffer.from('普通文本\n第二行\r\n'))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('文', 'utf16le')]))).toBe(false);
  });

  it('reads the same page text whatever the charset, without the site chrome', () => {
    const utf8 = htmlToText(decodeHtml(readFileSync(paths.utf8)));
    expect(htmlToText(decodeHtml(readFileSync(paths.gbk)))).toBe(utf8);
    expect(htmlToText(decodeHtml(readFileSync(paths.undeclared)))).toBe(utf8);
    const body = firstLines.map((l) => l.trim()).join('\n');
    expect(utf8).toContain(`\n${body}\n`);
    expect(utf8).toContain('首页 > 工作之窗 > 巡视巡察');
    expect(utf8).not.toMatch(/_hmt|统计代码|font-family|请输入关键字|不支持脚本/);
  });
});

describe('extract CLI', () => {
  let run: Run;
  let results: Extraction[];
  beforeAll(async () => {
    run = await runCli(['--json', paths.txt, paths.missing, paths.utf8, paths.binary, paths.gbk, join(dir, 'a-directory'), paths.undeclared, paths.gbTxt, NEAR_MISS]);
    results = JSON.parse(run.stdout);
  }, 60_000);

  it('prints one contract record per readable file, in input order, and nothing else', () => {
    expect(results.map((r) => r.source)).toEqual([paths.txt, paths.utf8, paths.gbk, paths.undeclared, paths.gbTxt, NEAR_MISS]);
    for (const r of results) expect(extractionSchema.parse(r)).toEqual(r);
  });

  it('extracts a .txt exactly as the library does', () => {
    expect(results[0]).toEqual(JSON.parse(JSON.stringify(extract(fixtureText, { source: paths.txt }))));
    expect({ ...results[4], source: '' }).toEqual({ ...results[0], source: '' });
  });

  it('extracts pages the same whatever their charset', () => {
    const strip = (r: Extraction) => ({ ...r, source: '' });
    expect(strip(results[2])).toEqual(strip(results[1]));
    expect(strip(results[3])).toEqual(strip(results[1]));
    expect(results[5].detection.isNotice).toBe(false);
  });

  it('names each unreadable file and why on stderr, and exits 1', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('extract:'));
    expect(lines).toEqual([
      `extract: ${paths.missing}: no such file`,
      `extract: ${paths.binary}: binary file (not text or HTML)`,
      `extract: ${join(dir, 'a-directory')}: a directory without .txt or .html files`,
    ]);
  });
});

describe('extract CLI options', () => {
  it('prints the facts as CSV with --csv and the notices with --csv-notices', async () => {
    const [facts, notices] = await Promise.all([runCli(['--csv', paths.txt, paths.utf8]), runCli(['--csv-notices', paths.txt, paths.utf8])]);
    expect(facts.code).toBe(0);
    expect(facts.stdout.startsWith('\uFEFF')).toBe(true);
    const factRows = Papa.parse<string[]>(facts.stdout.slice(1), { skipEmptyLines: true }).data;
    expect(factRows[0]).toEqual([...FACT_COLUMNS]);
    const expectedFacts = extract(fixtureText).facts.length;
    expect(factRows.slice(1).filter((r) => r[0] === paths.txt)).toHaveLength(expectedFacts);
    const noticeRows = Papa.parse<string[]>(notices.stdout.slice(1), { skipEmptyLines: true }).data;
    expect(noticeRows[0]).toEqual([...NOTICE_COLUMNS]);
    expect(noticeRows.slice(1).map((r) => r[0])).toEqual([paths.txt, paths.utf8]);
  }, 60_000);

  it.each([
    [[], 2, /no input files/],
    [['--bogus', 'x.txt'], 2, /unknown option: --bogus/],
    [['--json', '--csv', 'x.txt'], 2, /choose one/],
  ])('usage error for %j', async (args, code, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  }, 30_000);

  it('--help prints the usage', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
  }, 30_000);
});

describe('extract CLI over archives', () => {
  let archive: string;
  let files: string[];
  beforeAll(() => {
    // A crawl: nested folders, pages and texts, a file the walk ignores, one binary page.
    archive = mkdtempSync(join(tmpdir(), 'rl-archive-'));
    mkdirSync(join(archive, 'b/deeper'), { recursive: true });
    mkdirSync(join(archive, 'a'));
    writeFileSync(join(archive, 'a/1.html'), noticePage('utf-8', firstLines));
    writeFileSync(join(archive, 'a/2.txt'), fixtureText);
    writeFileSync(join(archive, 'b/deeper/3.htm'), iconv.encode(noticePage('gb2312', firstLines), 'gb18030'));
    writeFileSync(join(archive, 'b/4.html'), readFileSync(NEAR_MISS));
    writeFileSync(join(archive, 'b/notes.json'), '{}');
    writeFileSync(join(archive, 'b/broken.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    files = ['a/1.html', 'a/2.txt', 'b/4.html', 'b/deeper/3.htm'].map((f) => join(archive, f));
  });

  it('walks a directory in sorted order, skips what it cannot read, and --jsonl streams one record a line', async () => {
    const r = await runCli(['--jsonl', archive]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`extract: ${join(archive, 'b/broken.html')}: binary file (not text or HTML)`);
    const lines = r.stdout.trimEnd().split('\n');
    const records = lines.map((l) => extractionSchema.parse(JSON.parse(l)));
    expect(records.map((x) => x.source)).toEqual(files);
  }, 60_000);

  it.each([
    // [inputs, the files read, in order]
    [['ARCHIVE/a/*'], ['a/1.html', 'a/2.txt']],
    [['ARCHIVE/**/*.htm*'], ['a/1.html', 'b/4.html', 'b/deeper/3.htm']],
    [['ARCHIVE/a', 'ARCHIVE/a/2.txt', 'ARCHIVE/b/4.html'], ['a/1.html', 'a/2.txt', 'b/4.html']], // duplicates once
  ])('expands %j', async (inputs, expected) => {
    const r = await runCli(['--jsonl', ...inputs.map((i) => i.replace('ARCHIVE', archive))]);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(expected.map((f) => join(archive, f)));
  }, 60_000);

  it('reports a glob that matches nothing', async () => {
    const r = await runCli(['--jsonl', join(archive, 'nothing-*.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no file matches this pattern');
  }, 30_000);

  it.each(['json', 'csv', 'csv-notices', 'explain'])('--%s: the same output on 1 and 3 worker threads', async (format) => {
    const [one, three] = await Promise.all([runCli([`--${format}`, '--jobs', '1', archive]), runCli([`--${format}`, '-j', '3', archive])]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stdout.length).toBeGreaterThan(100);
  }, 90_000);

  it('--json streams the same array as one JSON.stringify, and --progress goes to stderr only', async () => {
    const r = await runCli(['--json', '--progress', ...files]);
    const parsed = JSON.parse(r.stdout) as Extraction[];
    expect(r.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(r.stderr).toMatch(/extract: 4 files \(0 skipped\), [\d.]+ MB, \d+ files\/s/);
  }, 60_000);

  it.each([
    [['--jobs', '0', 'x.txt'], /--jobs takes a whole number/],
    [['--jobs'], /--jobs takes a whole number/],
    [['--jobs=abc', 'x.txt'], /--jobs takes a whole number/],
  ])('usage error for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 30_000);

  it('the built CLI (npm run extract) prints what the source prints', async () => {
    const built = await new Promise<Run>((done) => {
      execFile(process.execPath, ['scripts/cli-launcher.mjs', '--jsonl', archive], { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
    const source = await runCli(['--jsonl', archive]);
    expect(built.stdout).toBe(source.stdout);
    expect(built.code).toBe(1);
  }, 90_000);
});
