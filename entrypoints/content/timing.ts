// User-timing marks so a browser benchmark can read what each step cost
// (performance.getEntriesByName('rl:flatten') …). Never throws.

export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* timing is best effort */
  }
}

export function measure(name: string, start: number, end = performance.now()): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    /* timing is best effort */
  }
}
