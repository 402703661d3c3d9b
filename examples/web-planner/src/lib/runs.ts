/** Splits a text into runs marked `read` (a fact came from it), `unread` or plain. */
export function markRuns(
  text: string,
  read: readonly { start: number; end: number }[],
  unread: readonly { start: number; end: number }[],
): { text: string; mark: 'read' | 'unread' | null; unreadIndex: number; first: boolean }[] {
  const n = text.length;
  const flags = new Uint8Array(n);
  const which = new Int32Array(n).fill(-1);
  for (const s of read)
    for (let i = Math.max(0, s.start); i < Math.min(n, s.end); i++) flags[i] = 1;
  unread.forEach((s, k) => {
    for (let i = Math.max(0, s.start); i < Math.min(n, s.end); i++) {
      flags[i] = 2;
      which[i] = k;
    }
  });
  const runs: {
    text: string;
    mark: 'read' | 'unread' | null;
    unreadIndex: number;
    first: boolean;
  }[] = [];
  const seen = new Set<number>();
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || flags[i] !== flags[start] || which[i] !== which[start]) {
      const f = flags[start];
      const k = which[start] ?? -1;
      const first = k >= 0 && !seen.has(k);
      if (first) seen.add(k);
      runs.push({
        text: text.slice(start, i),
        mark: f === 1 ? 'read' : f === 2 ? 'unread' : null,
        unreadIndex: k,
        first,
      });
      start = i;
    }
  }
  return runs;
}
