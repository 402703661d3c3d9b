import { plan985KhHndt, schedule, validatePlan } from '@rollout/core';
import { renderMarkdown } from '@rollout/document';
import { parsePlanJson, stringifyPlan } from '@rollout/json';

// 1. A plan is plain data; a file holds it in a versioned envelope.
const read = parsePlanJson(stringifyPlan(plan985KhHndt));
if (!read.success) throw new Error(read.issues[0]?.message.en);
const plan = read.data;

// 2. The deadline cascade per tier, on Vietnam's working-day calendar.
const isSession = (id: string) => plan.sessions.some((s) => s.id === id);
for (const node of schedule(plan).nodes.filter((n) => isSession(n.activity))) {
  console.log(node.tier, node.earliest, '→', node.latest, node.feasible ? 'ok' : 'INFEASIBLE');
}
// province 2020-08-31 → 2020-08-31 ok
// district 2020-09-01 → 2020-09-15 ok
// commune 2020-09-03 → 2020-10-15 ok

// 3. Move the district deadline before the province session: the plan breaks.
const late = {
  ...plan,
  sessions: plan.sessions.map((s) =>
    s.id === 's-district' ? { ...s, deadline: { kind: 'by' as const, date: '2020-08-20' } } : s,
  ),
};
for (const issue of validatePlan(late).filter((i) => i.severity === 'error')) {
  console.log(issue.code, issue.path.join('.'), issue.message.vi);
}
// cascade/before-parent sessions.1.deadline "Hội nghị (Hội Nông dân các huyện, thị, thành phố)" phải xong trước ngày 20/8/2020, …

// 4. Write it in the official layout (also HTML, text, DOCX, iCalendar).
console.log(renderMarkdown(plan).includes('985-KH/HNDT')); // true
