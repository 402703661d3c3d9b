import { parsePlan, plan985KhHndt, validatePlan } from '@rollout/core';

// 1. A plan is plain data: here the full plan 985-KH/HNDT, as read from JSON.
const result = parsePlan(JSON.parse(JSON.stringify(plan985KhHndt)));
if (!result.success) throw new Error(result.issues[0]?.message.en);
const plan = result.data;
console.log(plan.header.reference, plan.sessions.length); // 985-KH/HNDT 3

// 2. Move the district deadline before the province session: the plan breaks.
const late = {
  ...plan,
  sessions: plan.sessions.map((s) =>
    s.id === 's-district' ? { ...s, deadline: { kind: 'by' as const, date: '2020-08-20' } } : s,
  ),
};
for (const issue of validatePlan(late).filter((i) => i.severity === 'error')) {
  console.log(issue.code, issue.path.join('.'), issue.message.vi);
  // cascade/before-parent sessions.1.deadline Hội nghị "s-district" phải xong trước 2020-08-20, …
}
