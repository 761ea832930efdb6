// Rows of several notices (facts, corrections…) grouped by their notice, in their order.
export function groupByNotice<T extends { noticeId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.noticeId);
    if (list) list.push(r);
    else out.set(r.noticeId, [r]);
  }
  return out;
}
