// Scores one import output against one NNN-expected.json, fact for fact the way
// ../shared/tools/score-import.mjs does (same plan lookup, same three matching
// passes, same fact counts), and also counts the wrong facts the import states:
//   deadline     a dated session that matches no expected session (an invented
//                session), in a matched plan or in a plan no expected issuer names,
//                or a matched session whose date differs from the expected one;
//   duration, method, bridge points   a value on a matched session that differs
//                from the expected one (a placeholder is no value);
//   resolution   a resolution number the expected plan does not list;
//   reference, date   a header value that differs from the expected one;
//   deliverable  a dated deliverable that matches none expected.
// Placeholders are the values an `import/missing-field` issue names.

const norm = (s) => String(s).normalize('NFC').toLowerCase();
const fold = (s) =>
  norm(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/\s+/g, '');
const canon = (o) =>
  JSON.stringify(
    o && typeof o === 'object'
      ? Object.fromEntries(
          Object.keys(o)
            .sort()
            .map((k) => [k, o[k]]),
        )
      : o,
  );

/** Paths (`sessions/0/duration`) the import filled with placeholders, per plan index. */
function placeholders(out) {
  const by = new Map();
  for (const i of out.issues ?? []) {
    if (i.code !== 'import/missing-field' || i.path?.[0] !== 'plans') continue;
    const key = i.path[1];
    if (!by.has(key)) by.set(key, new Set());
    by.get(key).add(i.path.slice(2).join('/'));
  }
  return by;
}

/**
 * @param {object} out the import output ({ plans, issues, unread })
 * @param {object} exp the expected file
 * @returns {{ ok: number, total: number, misses: string[], wrong: Record<string, number>, notes: string[] }}
 */
export function scoreImport(out, exp) {
  const plans = Array.isArray(out.plans) ? out.plans : [];
  const holes = placeholders(out);
  let ok = 0;
  let total = 0;
  const misses = [];
  const wrong = {
    deadline: 0,
    duration: 0,
    method: 0,
    bridgePoints: 0,
    resolution: 0,
    reference: 0,
    date: 0,
    deliverable: 0,
  };
  const notes = [];
  const fact = (good, miss) => {
    total++;
    if (good) ok++;
    else misses.push(miss);
  };
  const matched = new Set();
  for (const want of exp.plans) {
    const plan = plans.find((p) => norm(JSON.stringify(p.header ?? p)).includes(norm(want.issuer)));
    const index = plans.indexOf(plan);
    if (plan) matched.add(plan);
    const hole = holes.get(index) ?? new Set();
    const tiers = new Map((plan?.tiers ?? []).map((t) => [t.id, t]));
    const levelOf = (x) => tiers.get(x?.tier)?.level ?? x?.tier?.level;
    const sessions = plan?.sessions ?? [];
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const ruleOf = (r) => {
      if (!r || typeof r !== 'object') return canon(r);
      if (r.kind === 'after') return canon({ ...r, ref: levelOf(byId.get(r.ref)) ?? r.ref });
      return canon(r);
    };
    const pool = sessions.map((x, i) => ({
      level: levelOf(x),
      deadline: ruleOf(x.deadline),
      halfDays: x.duration?.halfDays,
      method: x.method,
      bridgePoints: x.bridgePoints?.count,
      used: false,
      index: i,
    }));
    const picks = new Map();
    const passes = [
      (s, x) => x.deadline === canon(s.deadline) && x.halfDays === s.halfDays,
      (s, x) => x.deadline === canon(s.deadline),
      (s, x) => s.halfDays !== undefined && x.halfDays === s.halfDays,
    ];
    for (const test of passes) {
      for (const s of want.sessions ?? []) {
        if (picks.has(s)) continue;
        const x = pool.find((x) => !x.used && x.level === s.level && test(s, x));
        if (x) {
          x.used = true;
          picks.set(s, x);
        }
      }
    }
    const who = want.issuer;
    const countFacts = (s) =>
      1 + (s.halfDays ? 1 : 0) + (s.method ? 1 : 0) + (s.bridgePoints !== undefined ? 1 : 0);
    if (!plan) {
      const n =
        (want.sessions ?? []).reduce((a, s) => a + countFacts(s), 0) +
        ['resolution', 'reference', 'date'].filter((k) => want[k] !== undefined).length +
        (want.resolutions ?? []).length +
        (want.deliverables ?? []).length;
      total += n;
      misses.push(`${who}: no plan found (${n} facts)`);
      continue;
    }
    for (const s of want.sessions ?? []) {
      const dl = canon(s.deadline);
      const pick = picks.get(s);
      fact(
        pick && pick.deadline === dl,
        `${who}/${s.level}: deadline ${dl} not found among ${JSON.stringify(pool.filter((x) => x.level === s.level).map((x) => x.deadline))}`,
      );
      if (s.halfDays)
        fact(
          pick && pick.halfDays === s.halfDays,
          `${who}/${s.level}: duration of ${s.halfDays} half-days not found`,
        );
      if (s.method)
        fact(
          pick && pick.method === s.method,
          `${who}/${s.level}: method ${s.method}, read ${pick?.method}`,
        );
      if (s.bridgePoints !== undefined)
        fact(
          pick && pick.bridgePoints === s.bridgePoints,
          `${who}/${s.level}: ${s.bridgePoints} bridge points, read ${pick?.bridgePoints}`,
        );
      if (!pick) continue;
      const stated = (k) => !hole.has(`sessions/${pick.index}/${k}`);
      if (pick.deadline !== dl && stated('deadline')) {
        wrong.deadline++;
        notes.push(`${who}/${s.level}: deadline ${pick.deadline} where ${dl} is expected`);
      }
      if (s.halfDays && pick.halfDays !== s.halfDays && stated('duration')) wrong.duration++;
      if (
        s.method &&
        pick.method !== s.method &&
        stated('method') &&
        !assumed(out, index, pick.index)
      )
        wrong.method++;
      if (
        s.bridgePoints !== undefined &&
        pick.bridgePoints !== undefined &&
        pick.bridgePoints !== s.bridgePoints
      )
        wrong.bridgePoints++;
    }
    for (const x of pool) {
      if (x.used || hole.has(`sessions/${x.index}/deadline`)) continue;
      wrong.deadline++;
      notes.push(`${who}/${x.level}: session ${x.deadline} is not among the expected ones`);
    }
    const refs = (plan.resolutions ?? []).map((r) => fold(r.reference ?? r.number ?? ''));
    const wantRefs = [want.resolution, ...(want.resolutions ?? [])].filter((r) => r !== undefined);
    for (const res of wantRefs)
      fact(
        refs.some((r) => r === fold(res)),
        `${who}: resolution ${res} not among ${JSON.stringify((plan.resolutions ?? []).map((r) => r.reference))}`,
      );
    if (wantRefs.length > 0)
      wrong.resolution += refs.filter((r) => !wantRefs.some((w) => fold(w) === r)).length;
    if (want.reference !== undefined) {
      fact(
        fold(plan.header?.reference ?? '') === fold(want.reference),
        `${who}: reference ${want.reference}, read ${plan.header?.reference}`,
      );
      if (
        !hole.has('header/reference') &&
        fold(plan.header?.reference ?? '') !== fold(want.reference)
      )
        wrong.reference++;
    }
    if (want.date !== undefined) {
      fact(plan.header?.date === want.date, `${who}: date ${want.date}, read ${plan.header?.date}`);
      if (plan.header?.date !== undefined && plan.header.date !== want.date) wrong.date++;
    }
    const dpool = (plan.deliverables ?? []).map((d) => ({
      kind: d.kind,
      due: d.due ? ruleOf(d.due) : undefined,
      used: false,
    }));
    for (const d of want.deliverables ?? []) {
      const x = dpool.find((x) => !x.used && x.kind === d.kind && x.due === canon(d.deadline));
      if (x) x.used = true;
      fact(
        !!x,
        `${who}: deliverable ${d.kind} due ${canon(d.deadline)} not found among ${JSON.stringify(dpool.filter((y) => y.kind === d.kind).map((y) => y.due))}`,
      );
    }
    if ((want.deliverables ?? []).length > 0)
      wrong.deliverable += dpool.filter((x) => !x.used && x.due !== undefined).length;
  }
  // Plans no expected issuer names: each dated session in them is invented.
  plans.forEach((plan, index) => {
    if (matched.has(plan)) return;
    const hole = holes.get(index) ?? new Set();
    (plan.sessions ?? []).forEach((s, i) => {
      if (hole.has(`sessions/${i}/deadline`)) return;
      wrong.deadline++;
      notes.push(
        `${plan.header?.issuer?.name}: session ${canon(s.deadline)} in a plan no expected issuer names`,
      );
    });
  });
  return { ok, total, misses, wrong, notes };
}

function assumed(out, plan, session) {
  return (out.issues ?? []).some(
    (i) => i.code === 'import/assumed-method' && i.path?.[1] === plan && i.path?.[3] === session,
  );
}
