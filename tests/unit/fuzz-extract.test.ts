// Fuzzing the extractor with mutated real notices (../shared/fixtures/real, read in place, never
// copied): truncated at every 97th code unit (also mid-surrogate, mid-sequence), sanction words
// with no number sprinkled in, 10,000 nested brackets, a 5 MB input and random unicode. Whatever
// it gets, extract() must not throw, must return the contract's shape, and every offset must be
// inside the text with its quote the exact slice. Time is bounded by the test timeouts only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Nlp } from '../../lib/english/extract-english';
import { extract } from '../../lib/extract';
import { TERMS } from '../../lib/vocabulary';
import { expectSound } from './extraction-soundness';

const REAL = resolve(__dirname, '../../../shared/fixtures/real');
const real = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(REAL, f), 'utf8'));
const notices = real.filter((t) => extract(t).detection.isNotice);
/** The real notice with the most facts: the facts path runs on everything built from it. */
const richest = [...notices].sort((a, b) => extract(b).facts.length - extract(a).facts.length)[0];

/** Every sanction word the vocabulary knows (labels, traditional labels, aliases): none has a digit. */
const SANCTION_WORDS = [...new Set(TERMS.filter((t) => t.kind === 'sanction').flatMap((t) => [t.label, t.labelTraditional, ...t.aliases]))];

const ENGLISH = resolve(__dirname, '../fixtures/english');
const english = readdirSync(ENGLISH).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ENGLISH, f), 'utf8'));

const sound = (text: string, options: { nlp?: Nlp } = {}) => expectSound(text, extract(text, { source: 'fuzz', ...options }));
const RUNS = { numRuns: 250 };

describe('extract() on mutated real notices', () => {
  it('reads real texts, notices among them', () => {
    expect(real.length).toBeGreaterThanOrEqual(42);
    // Preconditions, not quality floors (29 notices and 15 facts today): the notice and facts
    // paths must run on the fuzzed texts, whatever the engine's next version reads.
    expect(notices.length).toBeGreaterThanOrEqual(20);
    expect(extract(richest).facts.length).toBeGreaterThanOrEqual(5);
    expect(SANCTION_WORDS.length).toBeGreaterThanOrEqual(88);
    expect(SANCTION_WORDS.filter((w) => /[0-9０-９]/.test(w))).toEqual([]);
  });

  it('truncated at every 97th code unit, also mid-surrogate and mid-sequence', () => {
    // Appended: half a surrogate pair (𠮷 is \uD842\uDFB7), an orphan combining mark, half a CRLF.
    const tails = ['', '\uD842', '\u0301', '\r'];
    let cases = 0;
    for (const text of real) {
      for (let cut = 0; cut <= text.length; cut += 97) {
        for (const tail of tails) sound(text.slice(0, cut) + tail);
        sound('\uDFB7' + text.slice(cut)); // the other half, at the start of the rest
        cases += tails.length + 1;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(1645); // 329 cuts × 5 on the 42 real texts
  });

  it('machine-translated English pages truncated at every 97th code unit (compromise path)', () => {
    const options = { nlp: nlp as unknown as Nlp };
    let cases = 0;
    for (const text of english) {
      for (let cut = 0; cut <= text.length; cut += 97) {
        sound(text.slice(0, cut) + '\uD842', options);
        cases += 1;
      }
    }
    expect(cases).toBeGreaterThanOrEqual(264); // the 9 English fixtures
  });

  it.each(SANCTION_WORDS.map((w) => [w]))('%s with no number, around every comma of a notice and alone', (word) => {
    sound(richest.replace(/[，,、；]/g, (c) => `${c}${word}`));
    sound(`${word}${word}${word}人${word}万元${word}（${word}）`);
  });

  it('random sanction words with no number inserted at random places', () => {
    const insertions = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SANCTION_WORDS)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom(...notices), insertions, (text, ins) => {
        let out = text;
        for (const [at, word] of ins) {
          const p = Math.floor(at * out.length);
          out = out.slice(0, p) + word + out.slice(p);
        }
        sound(out);
      }),
      RUNS,
    );
  });

  const BRACKETS = [['(', ')'], ['（', '）'], ['【', '】'], ['[', ']'], ['《', '》'], ['〔', '〕'], ['“', '”']] as const;
  it.each(BRACKETS)('10,000 nested %s…%s: alone, unclosed, around a fact, before a notice', (open, close) => {
    const n = 10_000;
    sound(open.repeat(n));
    sound(richest + open.repeat(n));
    sound(`${richest}${open.repeat(n)}给予党纪处分42人${close.repeat(n)}`);
    sound(open.repeat(n) + richest);
    sound(richest + `${open}党纪处分${close}`.repeat(n));
  });

  it('a 5 MB input (a real notice repeated) finishes within the test timeout', () => {
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`${richest}\n`));
    const big = Array.from({ length: copies }, () => richest).join('\n');
    const started = performance.now();
    const x = extract(big, { source: 'fuzz-5mb' });
    console.log(
      `fuzz: 5 MB input (${big.length} UTF-16 units, ${copies} copies): ${(performance.now() - started).toFixed(0)} ms, ` +
        `${x.facts.length} facts, ${x.numbers.length} numbers`,
    );
    expect(x.detection.isNotice).toBe(true);
    expect(x.facts.length).toBeGreaterThan(0);
    expectSound(big, x);
  }, 60_000);

  it('random unicode strings (lone surrogates included)', () => {
    const any = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...'０１２３４５６７８９零〇一二两三十百千万亿元人件起余多近约（）【】《》，。、；：\n\r\t\u3000\u200b\ufeff'), maxLength: 300 }),
    );
    fc.assert(fc.property(any, (text) => sound(text)), { numRuns: 400 });
  });

  it('real notices with random unicode, deleted and duplicated spans', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), s: fc.string({ unit: 'binary', maxLength: 30 }) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.nat({ max: 200 }) }),
      fc.record({ op: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.nat({ max: 200 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...notices), fc.array(edit, { minLength: 1, maxLength: 12 }), (text, edits) => {
        let out = text;
        for (const e of edits) {
          const p = Math.floor(e.at * out.length);
          if (e.op === 'insert') out = out.slice(0, p) + e.s + out.slice(p);
          else if (e.op === 'delete') out = out.slice(0, p) + out.slice(p + e.n);
          else out = out.slice(0, p + e.n) + out.slice(p);
        }
        sound(out);
      }),
      RUNS,
    );
  });
});
