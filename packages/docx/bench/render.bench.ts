// `pnpm bench render`: the document renderers against a baseline measured in the same
// run (JSON.stringify of the same plan, pretty-printed: the cost of writing the plan's
// text once, with no layout).
//
// Plans: 985-KH/HNDT as published (3 tiers, 3 sessions), and a large plan of 500
// sessions over 5 tiers (a province listing every district and commune session).
// Prints mean times, ratios to the baseline and output sizes.
import { clonePlan, type Plan, plan985KhHndt } from '@rollout/core';
import { renderHtml, renderMarkdown, renderText } from '@rollout/document';
import { Bench } from 'tinybench';
import { renderDocx } from '../src/index.js';

const meanMs = (task: { result?: unknown } | undefined): number => {
  const r = task?.result as { latency?: { mean?: number } } | undefined;
  return r?.latency?.mean ?? Number.NaN;
};

const large: Plan = {
  ...clonePlan(plan985KhHndt),
  sessions: Array.from({ length: 500 }, (_, i) => ({
    ...clonePlan(plan985KhHndt).sessions[1]!,
    id: `s-${i}`,
    tier: plan985KhHndt.tiers[i % 3]!.id,
    title: `Hội nghị học tập số ${i + 1}`,
    host: `Đơn vị chủ trì số ${i + 1}`,
  })),
};

for (const [name, plan] of [
  ['985-KH/HNDT', plan985KhHndt],
  ['500 sessions', large],
] as const) {
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add('baseline JSON.stringify', () => void JSON.stringify(plan, null, 2))
    .add('renderText', () => void renderText(plan))
    .add('renderMarkdown', () => void renderMarkdown(plan))
    .add('renderHtml', () => void renderHtml(plan))
    .add('renderDocx', async () => void (await renderDocx(plan)));
  await bench.run();
  const base = meanMs(bench.tasks[0]);
  process.stdout.write(`\n${name}\n`);
  for (const task of bench.tasks) {
    const mean = meanMs(task);
    process.stdout.write(
      `  ${task.name.padEnd(24)} ${mean.toFixed(3).padStart(9)} ms  ×${(mean / base).toFixed(1).padStart(7)}\n`,
    );
  }
  const sizes = {
    txt: renderText(plan).length,
    md: renderMarkdown(plan).length,
    html: renderHtml(plan).length,
    docx: (await renderDocx(plan)).length,
  };
  process.stdout.write(`  output sizes: ${JSON.stringify(sizes)}\n`);
}
