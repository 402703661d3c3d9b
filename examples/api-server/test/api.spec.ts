import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { clonePlan, plan985KhHndt } from '@rollout/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, RENDER_FORMATS } from '../src/app.js';

const LIMIT = 64 * 1024;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  await new Promise<void>((ready) => {
    server = serve(
      { fetch: createApp({ maxBodyBytes: LIMIT }).fetch, port: 0, hostname: '127.0.0.1' },
      () => ready(),
    );
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
const envelope = (plan: unknown) => JSON.stringify({ format: 'rollout/plan', version: 1, plan });

interface Body {
  error?: string;
  valid?: boolean;
  issues?: {
    code: string;
    severity: string;
    path: (string | number)[];
    params: Record<string, unknown>;
    message: { vi: string; en: string };
  }[];
}

describe('POST /validate', () => {
  it('accepts a valid plan in an envelope: 200, valid, warnings only', async () => {
    const res = await post('/validate', envelope(plan985KhHndt));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.valid).toBe(true);
    expect(body.issues?.every((i) => i.severity !== 'error')).toBe(true);
  });

  it('accepts a bare plan object too', async () => {
    const res = await post('/validate', JSON.stringify(plan985KhHndt));
    expect(res.status).toBe(200);
  });

  it('answers 422 with located issues for a plan whose district is due before the province', async () => {
    const plan = clonePlan(plan985KhHndt) as { sessions: { deadline: unknown }[] };
    plan.sessions[1]!.deadline = { kind: 'by', date: '2020-08-20' };
    const res = await post('/validate', envelope(plan));
    expect(res.status).toBe(422);
    const body = (await res.json()) as Body;
    expect(body.error).toBe('invalid-plan');
    expect(body.valid).toBe(false);
    const issue = body.issues?.find((i) => i.code === 'cascade/before-parent');
    expect(issue?.path).toEqual(['sessions', 1, 'deadline']);
    // The message names the sessions and writes dates as people do; the ids are in the params.
    expect(issue?.message.vi).toContain('"Hội nghị (Hội Nông dân các huyện, thị, thành phố)"');
    expect(issue?.message.vi).toContain('20/8/2020');
    expect(issue?.params).toMatchObject({ session: 's-district', parent: 's-province' });
  });

  it('answers 422 for the wrong shape, naming the place, without echoing HTML', async () => {
    const res = await post(
      '/validate',
      JSON.stringify({ header: { title: '<script>x</script>' }, tiers: 'x' }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as Body;
    expect(body.issues?.some((i) => i.path[0] === 'tiers')).toBe(true);
  });

  it('answers 400 with an issue for a body that is not JSON', async () => {
    const res = await post('/validate', '{"format": "rollout/plan",');
    expect(res.status).toBe(400);
    const body = (await res.json()) as Body;
    expect(body.error).toBe('invalid-json');
    const issue = body.issues?.find((i) => i.code === 'json/syntax') as
      | { params: { line?: number; column?: number } }
      | undefined;
    expect(issue?.params.line).toBe(1);
  });

  it('answers 415 when the body is not declared as JSON', async () => {
    const res = await post('/validate', envelope(plan985KhHndt), 'text/plain');
    expect(res.status).toBe(415);
    expect(((await res.json()) as Body).error).toBe('unsupported-media-type');
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post('/validate', JSON.stringify({ padding: 'x'.repeat(LIMIT + 10) }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as Body;
    expect(body.error).toBe('payload-too-large');
    expect(body.issues?.[0]?.code).toBe('request/too-large');
  });

  it('survives __proto__ keys and deep nesting', async () => {
    const proto = await post('/validate', '{"__proto__": {"polluted": true}, "header": {}}');
    expect(proto.status).toBe(422);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = await post('/validate', `${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(deep.status).toBe(400);
    expect(((await deep.json()) as Body).issues?.some((i) => i.code === 'json/too-deep')).toBe(
      true,
    );
  });
});

describe('POST /schedule', () => {
  it('schedules the plan per tier: nodes with windows, all feasible', async () => {
    const res = await post('/schedule', envelope(plan985KhHndt));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      nodes: {
        activity: string;
        tier: string;
        earliest: string | null;
        latest: string | null;
        feasible: boolean;
      }[];
    };
    const district = body.nodes.find((n) => n.activity === 's-district');
    expect(district).toMatchObject({ tier: 'district', latest: '2020-09-15', feasible: true });
    expect(district?.earliest !== null && district!.earliest! > '2020-08-31').toBe(true);
  });

  it('marks the district infeasible when its deadline is before the province session', async () => {
    const plan = clonePlan(plan985KhHndt) as { sessions: { deadline: unknown }[] };
    plan.sessions[1]!.deadline = { kind: 'by', date: '2020-08-20' };
    // Invalid as a plan (cascade/before-parent): the schedule answers 422 with the issues.
    const res = await post('/schedule', envelope(plan));
    expect(res.status).toBe(422);
    expect(
      ((await res.json()) as Body).issues?.some((i) => i.code === 'cascade/before-parent'),
    ).toBe(true);
  });

  it('reports late units as of ?today=', async () => {
    const before = (await (
      await post('/schedule?today=2020-09-01', envelope(plan985KhHndt))
    ).json()) as Body;
    expect(before.issues?.some((i) => i.code === 'cascade/late')).toBe(false);
    const res = await post('/schedule?today=2020-12-01', envelope(plan985KhHndt));
    expect(res.status).toBe(200);
    const after = (await res.json()) as Body;
    expect(after.issues?.some((i) => i.code === 'cascade/late' && i.path[1] === 1)).toBe(true);
    const bad = await post('/schedule?today=yesterday', envelope(plan985KhHndt));
    expect(bad.status).toBe(400);
  });
});

describe('POST /progress', () => {
  const units = {
    units: [
      { id: 'th', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province' },
      { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'th' },
      { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
    ],
  };
  const held = {
    kind: 'session-held',
    id: 'ev-1',
    unit: 'nga-son',
    session: 's-district',
    date: '2020-09-12',
    method: 'online',
    bridgePoints: 3,
    attendees: { present: 85, expected: 90 },
    recordedBy: 'Ban Tuyên giáo',
    recordedAt: '2020-09-12T17:00:00+07:00',
  };
  interface Progress {
    progress: {
      today: string | null;
      overdue: { unit: string; activity: string; daysLate: number }[];
      tiers: { tier: string; counts: { sessions: { held: number } } }[];
    };
    issues: { code: string; path: (string | number)[] }[];
  }

  it('rolls the events up the unit tree and names the late commune', async () => {
    const res = await post(
      '/progress',
      JSON.stringify({ plan: plan985KhHndt, events: [held], units, today: '2020-10-20' }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Progress;
    expect(body.progress.today).toBe('2020-10-20');
    expect(body.progress.tiers.map((t) => t.counts.sessions.held)).toEqual([1, 1, 0]);
    expect(body.progress.overdue.some((o) => o.unit === 'nga-an')).toBe(true);
  });

  it('leaves out events it cannot read, naming them', async () => {
    const res = await post(
      '/progress',
      JSON.stringify({
        plan: plan985KhHndt,
        events: [held, { kind: 'session-held', unit: 1 }],
        units,
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Progress;
    expect(body.issues.some((i) => i.path[0] === 'events' && i.path[1] === 1)).toBe(true);
  });

  it('answers 422 for a body without events, a bad tree or a bad today', async () => {
    expect((await post('/progress', JSON.stringify({ plan: plan985KhHndt }))).status).toBe(422);
    const cycle = { units: [{ id: 'a', name: 'A', level: 'district', parent: 'a' }] };
    const bad = await post(
      '/progress',
      JSON.stringify({ plan: plan985KhHndt, events: [], units: cycle }),
    );
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as Body).error).toBe('invalid-units');
    const late = await post(
      '/progress',
      JSON.stringify({ plan: plan985KhHndt, events: [], today: 'now' }),
    );
    expect(late.status).toBe(422);
  });
});

describe('POST /render', () => {
  it.each(Object.keys(RENDER_FORMATS))('renders the plan as %s', async (to) => {
    const res = await post(`/render?to=${to}`, envelope(plan985KhHndt));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `985-KH-HNDT.${RENDER_FORMATS[to]?.extension}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(100);
  });

  it('writes Markdown and HTML in the official layout, HTML escaped', async () => {
    const md = await (await post('/render?to=md', envelope(plan985KhHndt))).text();
    expect(md).toContain('985-KH/HNDT');
    const hostile = clonePlan(plan985KhHndt) as { header: { title: string } };
    hostile.header.title = '<img src=x onerror=alert(1)> Kế hoạch';
    const res = await post('/render?to=html', envelope(hostile));
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img');
  });

  it('writes a DOCX: a zip holding word/document.xml', async () => {
    const res = await post('/render?to=docx', envelope(plan985KhHndt));
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('writes an iCalendar feed with the sessions as all-day events', async () => {
    const res = await post('/render?to=ics', envelope(plan985KhHndt));
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('20200915');
  });

  it('writes JSON that validates again', async () => {
    const res = await post('/render?to=json', envelope(plan985KhHndt));
    const again = await post('/validate', await res.text());
    expect(again.status).toBe(200);
  });

  it('writes the labels in English with ?lang=en, and refuses other languages', async () => {
    const vi = await (await post('/render?to=txt', envelope(plan985KhHndt))).text();
    const en = await (await post('/render?to=txt&lang=en', envelope(plan985KhHndt))).text();
    expect(en).not.toBe(vi);
    expect((await post('/render?to=txt&lang=fr', envelope(plan985KhHndt))).status).toBe(400);
  });

  it('answers 400 for an unknown format, listing the known ones', async () => {
    const res = await post('/render?to=pdf', envelope(plan985KhHndt));
    expect(res.status).toBe(400);
    const body = (await res.json()) as Body;
    expect(body.error).toBe('unknown-format');
    expect(body.issues?.[0]?.message.en).toContain('json');
  });

  it('answers 422 for an invalid plan', async () => {
    const res = await post(
      '/render?to=json',
      envelope({ ...clonePlan(plan985KhHndt), signature: undefined, tiers: [] }),
    );
    expect(res.status).toBe(422);
  });
});

describe('routing', () => {
  it('lists the routes at GET /', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { routes: { path: string }[] };
    expect(body.routes.map((r) => r.path)).toEqual([
      '/',
      '/validate',
      '/schedule',
      '/progress',
      '/events',
      '/render',
    ]);
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const res = await fetch(`${base}/validate`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as Body).error).toBe('method-not-allowed');
  });

  it('answers 404 as JSON for an unknown route', async () => {
    const res = await post('/nope', '{}');
    expect(res.status).toBe(404);
    expect(((await res.json()) as Body).error).toBe('not-found');
  });
});

describe('query parameters: one check for every parameter of every route', () => {
  const bad = [
    ['/schedule?today=2020-02-31', 'today'],
    ['/schedule?today=2021-02-29', 'today'],
    ['/schedule?today=2020-13-01', 'today'],
    ['/schedule?today=2020-00-10', 'today'],
    ['/schedule?today=0000-01-01', 'today'],
    ['/schedule?today=10000-01-01', 'today'],
    ['/schedule?today=2020-1-1', 'today'],
    ['/schedule?today=%202020-10-01', 'today'],
    ['/schedule?today=', 'today'],
    ['/schedule?today', 'today'],
    ['/schedule?today=2020-10-01&today=2020-10-02', 'today'],
    ['/schedule?todya=2020-10-01', 'todya'],
    ['/render?to=md&lang=', 'lang'],
    ['/render?to=md&lang=vi&lang=en', 'lang'],
    ['/render?to=md&to=html', 'to'],
    ['/render?to=', 'to'],
    ['/render?to=md&format=x', 'format'],
    ['/validate?today=2020-10-01', 'today'],
    ['/progress?x=1', 'x'],
    ['/events?x=1', 'x'],
  ] as const;

  it.each(bad)('answers 400 invalid-query for %s', async (path, name) => {
    const type = path.startsWith('/events') ? 'application/x-ndjson' : 'application/json';
    const res = await post(path, envelope(plan985KhHndt), type);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Body & {
      issues: { params: Record<string, string>; path: unknown[] }[];
    };
    expect(body.error).toBe('invalid-query');
    expect(body.issues[0]).toMatchObject({
      code: 'request/invalid-query',
      path: ['query', name],
      params: { name },
    });
    expect(body.issues[0]?.message.vi).toContain(name);
    expect(body.issues[0]?.message.en).toContain(name);
  });

  it('accepts real dates, leap days included, and answers unknown-format for an unknown or missing ?to=', async () => {
    for (const today of ['2020-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      expect((await post(`/schedule?today=${today}`, envelope(plan985KhHndt))).status).toBe(200);
    }
    for (const path of ['/render', '/render?to=pdf', '/render?lang=en']) {
      const res = await post(path, envelope(plan985KhHndt));
      expect(res.status).toBe(400);
      expect(((await res.json()) as Body).error).toBe('unknown-format');
    }
  });

  it('refuses a today in the /progress body that is not a real date', async () => {
    const res = await post(
      '/progress',
      JSON.stringify({ plan: plan985KhHndt, events: [], today: '2020-02-30' }),
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as Body).issues?.[0]?.path).toEqual(['today']);
  });
});

describe('bodies: strict UTF-8 and the size limit', () => {
  const bytesPost = (path: string, body: Uint8Array<ArrayBuffer>, type = 'application/json') =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
  /** The plan's envelope with one byte of its title replaced by 0xFF. */
  const corrupt = () => {
    const text = envelope(plan985KhHndt);
    const bytes = new TextEncoder().encode(text);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('"title"') + 10)).length;
    bytes[at] = 0xff;
    return { bytes, at };
  };

  it.each(['/validate', '/schedule', '/render?to=json'])(
    'answers 400 invalid-utf8 with the byte offset at %s (never U+FFFD)',
    async (path) => {
      const { bytes, at } = corrupt();
      const res = await bytesPost(path, bytes);
      expect(res.status).toBe(400);
      const body = (await res.json()) as Body & { issues: { params: unknown }[] };
      expect(body.error).toBe('invalid-utf8');
      expect(body.issues).toMatchObject([
        { code: 'json/invalid-utf8', path: [], params: { line: 1, offset: at } },
      ]);
      expect(body.issues[0]?.message.vi).toContain(String(at));
    },
  );

  it('answers 400 invalid-utf8 at /progress too', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ plan: plan985KhHndt, events: [], note: 'x' }),
    );
    bytes[bytes.length - 3] = 0xc0;
    const res = await bytesPost('/progress', bytes);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).error).toBe('invalid-utf8');
  });

  it('refuses a streamed body (no content-length) over the limit, without reading it all', async () => {
    const app = createApp({ maxBodyBytes: LIMIT });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 4096;
        controller.enqueue(new Uint8Array(4096).fill(0x20));
      },
    });
    const res = await app.request('/validate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Body).issues?.[0]?.code).toBe('request/too-large');
    expect(pulled).toBeLessThanOrEqual(LIMIT + 4 * 4096);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const app = createApp({ maxBodyBytes: LIMIT });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16));
      },
    });
    const res = await app.request('/render?to=md', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(LIMIT + 1) },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1);
  });
});

describe('POST /events (NDJSON through readEventsNdjson)', () => {
  const line = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      kind: 'report-sent',
      unit: 'nga-son',
      date: '2020-10-01',
      recordedBy: 'Văn phòng Huyện ủy',
      recordedAt: '2020-10-01T08:00:00+07:00',
      ...over,
    });
  const ndjson = (body: string | Uint8Array<ArrayBuffer>) =>
    fetch(`${base}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });

  it('counts good and bad lines and names each bad one with its line', async () => {
    const res = await ndjson(`${line()}\n${line({ date: '2021-02-29' })}\n\n{"kind":\n${line()}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      valid: boolean;
      counts: unknown;
      bad: { line: number; issues: { code: string }[] }[];
    };
    expect(body.valid).toBe(false);
    expect(body.counts).toEqual({ lines: 5, good: 2, bad: 2, blank: 1 });
    expect(body.bad.map((b) => [b.line, b.issues[0]?.code])).toEqual([
      [2, 'date/nonexistent'],
      [4, 'json/syntax'],
    ]);
  });

  it('makes a line that is not UTF-8 a bad line and reads on', async () => {
    const bytes = new TextEncoder().encode(`${line()}\n${line({ recordedBy: 'V#' })}\n${line()}\n`);
    const at = bytes.indexOf(0x23);
    bytes[at] = 0xfe;
    const body = (await (await ndjson(bytes)).json()) as {
      counts: unknown;
      bad: { line: number; issues: { code: string; params: unknown }[] }[];
    };
    expect(body.counts).toEqual({ lines: 3, good: 2, bad: 1, blank: 0 });
    expect(body.bad).toMatchObject([
      { line: 2, issues: [{ code: 'json/invalid-utf8', params: { line: 2, offset: at } }] },
    ]);
  });

  it('answers 415 for JSON, and 413 over the limit', async () => {
    expect((await post('/events', line())).status).toBe(415);
    const big = `${line()}\n`.repeat(Math.ceil(LIMIT / 100) + 10);
    expect((await ndjson(big)).status).toBe(413);
  });
});
