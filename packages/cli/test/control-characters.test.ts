// Issue 13, item 6: the CLI's text output never echoes control characters from the input.
// Ids, titles, names and file names below hold ESC, BEL, CSI sequences (set the title,
// clear the screen), U+202E and U+FFFF; all text goes through core's cleanText.
import { clonePlan, type Plan, plan985KhHndt } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const NASTY = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u009b1m\u202e\u2066\uffff\u0085\u007f';

function hostilePlan(): Plan {
  const plan = clonePlan(plan985KhHndt);
  plan.header.title = `Kế hoạch ${NASTY}học tập`;
  plan.header.issuer.name = `Hội Nông dân ${NASTY}tỉnh`;
  for (const tier of plan.tiers) tier.name = `${tier.name}${NASTY}`;
  for (const audience of plan.audiences) audience.name = `${audience.name}${NASTY}`;
  return plan;
}

const P = `plan${NASTY}.json`;
const U = `units${NASTY}.json`;
const plan = stringifyPlan(hostilePlan(), { pretty: true });
const upper = stringifyPlan(plan985KhHndt, { pretty: true });
const tree = [
  { id: 'tinh', name: `Hội Nông dân tỉnh${NASTY}`, level: 'province' },
  { id: 'nga-son', name: `Hội Nông dân huyện Nga Sơn${NASTY}`, level: 'district', parent: 'tinh' },
  { id: 'nga-an', name: `Hội Nông dân xã Nga An${NASTY}`, level: 'commune', parent: 'nga-son' },
];
const units = JSON.stringify({ units: tree });
/** A unit tree whose id holds the controls (the schema refuses it; the messages must not echo it raw). */
const badUnits = JSON.stringify({
  units: [...tree, { id: `bad${NASTY}id`, name: 'Xã', level: 'commune', parent: 'nga-son' }],
});
const rec = { recordedBy: `Văn phòng${NASTY}`, recordedAt: '2020-10-20T08:00:00+07:00' };
const events = [
  JSON.stringify({ kind: 'report-sent', id: 'e1', unit: `x${NASTY}`, date: '2020-10-01', ...rec }),
  JSON.stringify({
    kind: 'report-sent',
    id: `e${NASTY}`,
    unit: 'nga-son',
    date: '2020-10-01',
    ...rec,
  }),
  `{"kind": "${NASTY}"`,
].join('\n');

const files = {
  [P]: plan,
  [U]: units,
  'bad-units.json': badUnits,
  'upper.json': upper,
  'events.ndjson': events,
  'lower.txt': `KẾ HOẠCH ${NASTY}\nHọc tập Nghị quyết`,
};

/** Everything but \n and \t below 0x20; DEL and C1; the bidi controls; non-characters. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is looked for.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/u;

const COMMANDS: [string, string[]][] = [
  ['validate', ['validate', P]],
  ['validate (not a plan)', ['validate', U]],
  ['schedule (an id with controls)', ['schedule', P, '--units', 'bad-units.json']],
  ['schedule', ['schedule', P, '--units', U, '--exempt', `x${NASTY}`]],
  ['progress', ['progress', P, '--events', 'events.ndjson', '--units', U, '--today', '2020-10-20']],
  ['derive', ['derive', P, '--tier', 'district']],
  ['derive -o', ['derive', P, '--unit', 'nga-son', '--units', U, '-o', 'out.json']],
  ['derive: no such tier', ['derive', P, '--tier', `t${NASTY}`]],
  ['check', ['check', P, '--against', 'upper.json']],
  ['check: a text lower plan', ['check', 'lower.txt', '--against', P]],
  ['diff', ['diff', 'upper.json', P]],
  ['import', ['import', 'lower.txt']],
  ['a missing file', ['validate', `nope${NASTY}.json`]],
  ['an unknown command', [`valid${NASTY}`]],
  ['an unknown option', ['validate', P, `--x${NASTY}`]],
];

describe('no control character from the input reaches the terminal', () => {
  it.each(COMMANDS)('%s: text output and messages are clean', async (_, argv) => {
    for (const lang of ['vi', 'en']) {
      const f = fakeIo(files);
      await runCli([...argv, '--lang', lang], f.io);
      const printed = f.out() + f.err();
      expect(printed.length).toBeGreaterThan(0);
      const bad = FORBIDDEN.exec(printed);
      expect(
        bad && {
          char: bad[0].codePointAt(0)?.toString(16),
          at: printed.slice(Math.max(0, bad.index - 40), bad.index),
        },
      ).toBeNull();
    }
  });

  it('the JSON output keeps the data, with those characters as \\u escapes', async () => {
    const f = fakeIo(files);
    await runCli(['derive', P, '--tier', 'district', '--format', 'json'], f.io);
    expect(FORBIDDEN.test(f.out())).toBe(false);
    expect(f.out()).toContain('\\u001b]0;pwned\\u0007');
    expect(f.out()).toContain('\\u202e\\u2066\\uffff');
    const doc = JSON.parse(f.out()) as { plan: { plan: Plan } };
    expect(doc.plan.plan.audiences.some((a) => a.name.includes(NASTY))).toBe(true);
  });
});
