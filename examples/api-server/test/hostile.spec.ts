import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { plan985KhHndt } from '@rollout/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// The server as it ships: the default 2 MiB limit, over loopback.
const LIMIT = 2 * 1024 * 1024;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  await new Promise<void>((ready) => {
    server = serve({ fetch: createApp().fetch, port: 0, hostname: '127.0.0.1' }, () => ready());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

interface Sent {
  readonly path: string;
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly type?: string;
}
interface Answer {
  readonly status: number;
  readonly type: string | null;
  readonly bytes: Buffer;
}
async function send({ path, body, type = 'application/json' }: Sent): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}
const envelope = (plan: unknown) => JSON.stringify({ format: 'rollout/plan', version: 1, plan });
type Mutable = {
  sessions: { deadline: unknown }[];
  deliverables: Record<string, unknown>[];
};

/** The 9999 `by` deadline, and lags of 36,600 working days after it. */
function farPlan(): string {
  const plan = structuredClone(plan985KhHndt) as unknown as Mutable;
  plan.sessions[0]!.deadline = { kind: 'by', date: '9999-12-31' };
  plan.sessions[1]!.deadline = {
    kind: 'after',
    ref: 's-province',
    days: 36_600,
    calendar: 'working',
  };
  plan.sessions[2]!.deadline = {
    kind: 'after',
    ref: 's-district',
    days: 36_600,
    calendar: 'working',
  };
  return envelope(plan);
}

/** 8,000 deliverables, each due one working day after the one before. */
function chainPlan(): string {
  const plan = structuredClone(plan985KhHndt) as unknown as Mutable;
  for (let k = 0; k < 8000; k++) {
    plan.deliverables.push({
      id: `d${k}`,
      kind: 'action-plan',
      per: 'unit',
      tier: 'commune',
      description: 'x',
      due: {
        kind: 'after',
        ref: k === 0 ? 's-commune' : `d${k - 1}`,
        days: 1,
        calendar: 'working',
      },
    });
  }
  return envelope(plan);
}

/** The envelope with one byte of its title replaced by 0xFF. */
function notUtf8(): Uint8Array<ArrayBuffer> {
  const text = envelope(plan985KhHndt);
  const bytes = new TextEncoder().encode(text);
  bytes[new TextEncoder().encode(text.slice(0, text.indexOf('"title"') + 10)).length] = 0xff;
  return bytes;
}

const event = JSON.stringify({
  kind: 'report-sent',
  unit: 'nga-son',
  date: '2020-10-01',
  recordedBy: 'Văn phòng Huyện ủy',
  recordedAt: '2020-10-01T08:00:00+07:00',
});

/** Good requests whose answers must not change, whatever came between. */
const GOOD: readonly Sent[] = [
  { path: '/schedule?today=2020-10-20', body: envelope(plan985KhHndt) },
  { path: '/render?to=ics', body: envelope(plan985KhHndt) },
  { path: '/events', body: `${event}\n${event}\n`, type: 'application/x-ndjson' },
];

const HOSTILE: readonly (Sent & { readonly name: string; readonly expect: number })[] = [
  {
    name: 'a 9999 deadline and 36,600-working-day lags',
    path: '/schedule?today=2020-10-01',
    body: farPlan(),
    expect: 200,
  },
  { name: 'the same, as iCalendar', path: '/render?to=ics', body: farPlan(), expect: 200 },
  {
    name: 'a chain of 8,000 after rules',
    path: '/schedule?today=2020-10-20',
    body: chainPlan(),
    expect: 200,
  },
  { name: 'a body that is not UTF-8', path: '/validate', body: notUtf8(), expect: 400 },
  {
    name: 'a body of 2 MiB + 1 byte',
    path: '/validate',
    body: `"${'x'.repeat(LIMIT - 1)}"`,
    expect: 413,
  },
  {
    name: 'an NDJSON body of 2 MiB + 1 byte',
    path: '/events',
    body: `${`${event}\n`.repeat(Math.floor(LIMIT / (event.length + 1)))}${'x'.repeat(LIMIT + 1 - Math.floor(LIMIT / (event.length + 1)) * (event.length + 1))}`,
    type: 'application/x-ndjson',
    expect: 413,
  },
  {
    name: 'an NDJSON line that is not UTF-8',
    path: '/events',
    body: new Uint8Array([...new TextEncoder().encode(`${event}\n`), 0xc3, 0x28, 0x0a]),
    type: 'application/x-ndjson',
    expect: 200,
  },
  {
    name: '100,000 nested arrays',
    path: '/validate',
    body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    expect: 400,
  },
  {
    name: 'a date that does not exist',
    path: '/schedule?today=2020-02-31',
    body: envelope(plan985KhHndt),
    expect: 400,
  },
];

describe('a hostile request between two good ones', () => {
  it.each(HOSTILE)(
    '$name: answered $expect, and the good answers after it are byte-identical',
    async (hostile) => {
      const before = [];
      for (const good of GOOD) before.push(await send(good));
      expect(before.map((a) => a.status)).toEqual([200, 200, 200]);
      const answer = await send(hostile);
      expect(answer.status).toBe(hostile.expect);
      expect(answer.type).toMatch(/^application\/json|^text\/calendar/);
      if (answer.status >= 400) {
        const body = JSON.parse(answer.bytes.toString('utf8')) as {
          error: string;
          issues: unknown[];
        };
        expect(body.error).not.toBe('internal-error');
        expect(body.issues.length).toBeGreaterThan(0);
      }
      const after = [];
      for (const good of GOOD) after.push(await send(good));
      expect(after).toEqual(before);
    },
  );
});
