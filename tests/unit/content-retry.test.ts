// The content script's send with back-off: retried after a dropped message or a failed save,
// waits growing 0.5 s … 8 s, six tries at most, the last outcome kept.
import { describe, expect, it } from 'vitest';
import { BACKOFF_MS, withRetry, type Attempt } from '../../entrypoints/content/retry';

function script(outcomes: (Attempt<string> | Error)[]) {
  let i = 0;
  const waits: number[] = [];
  const retries: [number, number, string][] = [];
  const run = () =>
    withRetry(
      async () => {
        const o = outcomes[Math.min(i++, outcomes.length - 1)];
        if (o instanceof Error) throw o;
        return o;
      },
      { wait: async (ms) => void waits.push(ms), onRetry: (a, of, e) => void retries.push([a, of, e]) },
    );
  return { run, waits, retries, calls: () => i };
}

describe('withRetry', () => {
  it.each<[string, (Attempt<string> | Error)[], number, boolean]>([
    ['succeeds at once', [{ ok: true, value: 'a' }], 1, true],
    ['a dropped message, then a reply', [new Error('The message port closed before a response was received.'), { ok: true, value: 'a' }], 2, true],
    ['a failed save, then saved', [{ ok: false, error: 'DB busy', value: 'x' }, { ok: true, value: 'a' }], 2, true],
    ['four drops, then a reply', [new Error('1'), new Error('2'), new Error('3'), new Error('4'), { ok: true, value: 'a' }], 5, true],
    ['never answers: six tries, then the error', [new Error('Could not establish connection.')], 6, false],
  ])('%s', async (_name, outcomes, calls, ok) => {
    const s = script(outcomes);
    const result = await s.run();
    expect(result.ok).toBe(ok);
    expect(s.calls()).toBe(calls);
    expect(s.waits).toEqual(BACKOFF_MS.slice(0, calls - 1));
    expect(s.retries.map(([a, of]) => [a, of])).toEqual(Array.from({ length: calls - 1 }, (_, k) => [k + 1, 6]));
    if (!ok) expect(result).toMatchObject({ ok: false, error: 'Could not establish connection.' });
  });

  it('stops waiting when the page has moved on', async () => {
    let calls = 0;
    const result = await withRetry(async () => (calls++, { ok: false, error: 'down' }), { wait: async () => undefined, stop: () => calls >= 2 });
    expect(calls).toBe(2);
    expect(result.ok).toBe(false);
  });
});
