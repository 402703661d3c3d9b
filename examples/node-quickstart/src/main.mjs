// The main job: every built-in example plan, validated, scheduled and written
// out in every format the packages offer, into out/ at the repository root
// (or --out <dir>). Run from the repository root with `pnpm start`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  formatIssuePath,
  parsePlan,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  schedule,
} from '@rollout/core';
import {
  communes,
  findCommune,
  findProvince,
  unitTree,
  VN_UNITS_VALID_FROM,
} from '@rollout/vn-units';
import { baseName, FORMATS } from './outputs.mjs';

const outArg = process.argv.indexOf('--out');
const outDir = resolve(
  outArg > 0 ? process.argv[outArg + 1] : new URL('../../../out', import.meta.url).pathname,
);
mkdirSync(outDir, { recursive: true });

let failed = 0;
for (const input of [plan985KhHndt, planNq58Province, planTwoLevelProvince]) {
  // Validate: the plan as it would arrive from JSON.
  const result = parsePlan(JSON.parse(JSON.stringify(input)));
  if (!result.success) {
    failed++;
    for (const i of result.issues)
      process.stderr.write(`${i.code} ${formatIssuePath(i.path)}: ${i.message.en}\n`);
    continue;
  }
  const plan = result.data;
  const name = baseName(plan);
  const notes = result.issues.length;
  process.stdout.write(`${plan.header.reference}: valid (${notes} warnings/notes)\n`);
  // Schedule: the cascade per tier, on Vietnam's working-day calendar.
  const cascade = schedule(plan);
  const infeasible = cascade.nodes.filter((n) => !n.feasible);
  process.stdout.write(
    `  cascade: ${cascade.nodes.length} nodes, ${infeasible.length} infeasible${infeasible.map((n) => ` ${n.activity}@${n.tier}`).join('')}\n`,
  );
  for (const n of cascade.nodes.filter((m) => plan.sessions.some((s) => s.id === m.activity)))
    process.stdout.write(
      `    ${n.tier.padEnd(10)} ${n.activity.padEnd(14)} ${n.earliest ?? '…'} → ${n.latest ?? '…'}\n`,
    );
  if (infeasible.length > 0) failed++;
  // Write every format.
  for (const format of FORMATS) {
    const file = resolve(outDir, `${name}.${format.ext}`);
    try {
      const body = await format.render(plan);
      writeFileSync(file, body);
      process.stdout.write(`  ${file}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`  ${file}: ${error instanceof Error ? error.message : error}\n`);
    }
  }
}

// The two-level plan over a real province: Thanh Hoá's committee over its 166
// commune committees and the four committees directly under it (@rollout/vn-units).
{
  const province = findProvince('Thanh Hóa');
  const { units } = unitTree({ provinces: [province.code], directlyUnder: true });
  const cascade = schedule(planTwoLevelProvince, { units });
  const errors = cascade.issues.filter((i) => i.severity === 'error');
  const infeasible = cascade.nodes.filter((n) => !n.feasible);
  const sessions = cascade.nodes.filter((n) => n.activity === 's-commune');
  process.stdout.write(
    `${planTwoLevelProvince.header.reference} over ${province.fullName} (units valid from ${VN_UNITS_VALID_FROM}):` +
      ` ${units.length} units, ${communes(province.code).length} communes,` +
      ` ${cascade.nodes.length} nodes, ${infeasible.length} infeasible, ${errors.length} errors\n`,
  );
  const nga = findCommune('Nga Sơn', province.code);
  const first = sessions.find((n) => n.unit === `vn-${province.code}-${nga?.code}`);
  const name = units.find((u) => u.id === first?.unit)?.name;
  process.stdout.write(
    `    ${name}: s-commune ${first?.earliest ?? '…'} → ${first?.latest ?? '…'} (due ${first?.deadline})\n`,
  );
  if (errors.length > 0 || infeasible.length > 0 || sessions.length !== units.length - 1 || !first)
    failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
