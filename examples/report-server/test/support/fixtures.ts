import type { ProgressEvent, Unit } from '@rollout/core';

/** A small deterministic PRNG (mulberry32): the same seed, the same events. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A generated unit tree for the 985-KH/HNDT plan (province → district →
 * commune): one province per entry, each with its districts and communes.
 * Ids: `th`, `th-d1`, `th-d1-c1` …
 */
export function generatedTree(
  provinces: readonly { id: string; name: string; districts: number; communes: number }[],
): Unit[] {
  const units: Unit[] = [];
  for (const p of provinces) {
    units.push({ id: p.id, name: `Hội Nông dân tỉnh ${p.name}`, level: 'province' });
    for (let d = 1; d <= p.districts; d++) {
      const did = `${p.id}-d${d}`;
      units.push({
        id: did,
        name: `Hội Nông dân huyện ${p.name} ${d}`,
        level: 'district',
        parent: p.id,
      });
      for (let c = 1; c <= p.communes; c++)
        units.push({
          id: `${did}-c${c}`,
          name: `Hội Nông dân xã ${p.name} ${d}.${c}`,
          level: 'commune',
          parent: did,
        });
    }
  }
  return units;
}

/** The test tree: Thanh Hóa (4 districts × 5 communes) and Nghệ An (2 × 3), 35 units. */
export const TEST_UNITS = generatedTree([
  { id: 'th', name: 'Thanh Hóa', districts: 4, communes: 5 },
  { id: 'na', name: 'Nghệ An', districts: 2, communes: 3 },
]);

const day = (offset: number) => {
  const d = new Date(Date.UTC(2020, 8, 1) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/**
 * Events for the 985-KH/HNDT plan over a tree: per district and commune a
 * session held (or skipped under the province's exemption) on a day in
 * September–October 2020 (some late), reflections in several parts, an
 * action plan, reports and inspections; and a few that the roll-up does not
 * count (a second, different date for a session held: a contradiction).
 *
 * @param units - The tree.
 * @param count - About how many events.
 * @param seed - The PRNG seed.
 * @param prefix - The id prefix (ids are `<prefix>-<n>`).
 * @returns The events, each with an id.
 */
export function generatedEvents(
  units: readonly Unit[],
  count: number,
  seed: number,
  prefix = 'ev',
): ProgressEvent[] {
  const rand = prng(seed);
  const out: ProgressEvent[] = [];
  const reporting = units.filter((u) => u.level !== 'province');
  const heldOn = new Map<string, string>();
  let n = 0;
  const base = (unit: string) => ({
    id: `${prefix}-${++n}`,
    unit,
    recordedBy: 'Ban Tuyên giáo',
    recordedAt: `2020-10-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}T08:00:00+07:00`,
  });
  while (out.length < count) {
    const u = reporting[Math.floor(rand() * reporting.length)]!;
    const session = u.level === 'district' ? 's-district' : 's-commune';
    const r = rand();
    if (r < 0.3) {
      let date = heldOn.get(u.id);
      if (date === undefined || rand() < 0.03) {
        // A first report, or now and then one that contradicts the first date.
        date = day(Math.floor(rand() * 60));
        if (!heldOn.has(u.id)) heldOn.set(u.id, date);
      }
      const expected = 20 + Math.floor(rand() * 80);
      out.push({
        kind: 'session-held',
        ...base(u.id),
        session,
        date,
        method: rand() < 0.7 ? 'online' : 'in-person',
        bridgePoints: Math.floor(rand() * 4),
        attendees: { present: Math.floor(expected * (0.7 + rand() * 0.3)), expected },
      });
    } else if (r < 0.35) {
      out.push({
        kind: 'session-skipped',
        ...base(u.id),
        session,
        date: day(Math.floor(rand() * 30)),
        exemption: 's-province',
      });
    } else if (r < 0.7) {
      const expected = 5 + Math.floor(rand() * 20);
      out.push({
        kind: 'reflections-submitted',
        ...base(u.id),
        session,
        date: day(10 + Math.floor(rand() * 50)),
        submitted: Math.floor(expected * rand()),
        expected,
      });
    } else if (r < 0.8) {
      out.push({
        kind: 'action-plan-issued',
        ...base(u.id),
        reference: `${Math.floor(rand() * 90) + 1}-KH/HND`,
        date: day(5 + Math.floor(rand() * 50)),
      });
    } else if (r < 0.92) {
      out.push({
        kind: 'report-sent',
        ...base(u.id),
        date: day(20 + Math.floor(rand() * 40)),
        period: '2020-Q3',
      });
    } else {
      out.push({
        kind: 'inspection-done',
        ...base(u.id),
        date: day(30 + Math.floor(rand() * 40)),
        by: 'Ban Tuyên giáo Tỉnh hội',
      });
    }
  }
  return out;
}

/** Events as NDJSON text. */
export const ndjson = (events: readonly unknown[]): string =>
  events.map((e) => `${JSON.stringify(e)}\n`).join('');
