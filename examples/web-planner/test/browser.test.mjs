// The web planner's browser test: builds are served from dist/ on 127.0.0.1 by a
// tiny static server and driven through Debian's Chromium with playwright-core.
// Writes a vitest-style summary to .vitest-results/example-web-planner.json and
// screenshots to test-artifacts/web-planner/ at the repository root.
import { strict as assert } from 'node:assert';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planNq58Province } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = resolve(here, '../..');
const dist = join(here, 'dist');
const artifacts = join(root, 'test-artifacts', 'web-planner');
const resultsDir = join(root, '.vitest-results');
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves dist/ read-only; nothing outside it. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Tells whether bytes are a zip holding a given entry (local header + central directory). */
function zipHasEntry(bytes, name) {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return false;
  const needle = Buffer.from(name, 'utf8');
  // Central directory file headers: PK\x01\x02 … name at offset 46.
  for (let i = 0; i < bytes.length - 46; i++) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x01 &&
      bytes[i + 3] === 0x02
    ) {
      const len = bytes.readUInt16LE(i + 28);
      if (len === needle.length && bytes.subarray(i + 46, i + 46 + len).equals(needle)) return true;
    }
  }
  return false;
}

async function downloadBytes(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Thrown by a test whose feature this build does not offer (its package has not landed). */
class Skip extends Error {}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.ROLLOUT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const context = await browser.newContext({
  acceptDownloads: true,
  viewport: { width: 1280, height: 1000 },
});
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => {
  if (m.type() === 'error') pageErrors.push(m.text());
});
// Only the served app may be reached: no request leaves the loopback server.
await page.route('**/*', (route) =>
  route.request().url().startsWith(url) || route.request().url().startsWith('blob:')
    ? route.continue()
    : route.abort(),
);

test('loads the app in Vietnamese', async () => {
  await page.goto(url);
  await page.waitForSelector('#example-select');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.match(await page.textContent('header h1'), /Lập kế hoạch/);
});

test('picks the example 985-KH/HNDT: no errors, three feasible sessions on the chart', async () => {
  await page.selectOption('#example-select', '985-KH-HNDT');
  await page.waitForSelector('svg.timeline');
  assert.match(await page.textContent('#plan-title'), /985-KH\/HNDT/);
  assert.equal(await page.locator('#issues li[data-severity="error"]').count(), 0);
  for (const id of ['s-province', 's-district', 's-commune']) {
    const node = page.locator(`svg.timeline g.node[data-activity="${id}"]`);
    assert.equal(await node.count(), 1, `${id} on the chart`);
    assert.equal(await node.getAttribute('data-feasible'), 'true', `${id} feasible`);
  }
  assert.equal(await page.locator('svg.timeline g.tier').count(), 3);
  await page.screenshot({ path: join(artifacts, '1-example-985.png'), fullPage: true });
});

test('switches to English and back', async () => {
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('#timeline h2'), /Deadline cascade per tier/);
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.match(await page.textContent('#timeline h2'), /Chuỗi thời hạn theo cấp/);
});

test('a district deadline before the province session makes the district infeasible', async () => {
  const input = page.locator('input[data-session="s-district"]');
  assert.equal(await input.inputValue(), '2020-09-15');
  await input.fill('2020-08-20');
  await input.dispatchEvent('change');
  await page.waitForSelector('#issues li[data-code="cascade/before-parent"]');
  const issue = page.locator('#issues li[data-code="cascade/before-parent"]');
  assert.equal(await issue.first().getAttribute('data-severity'), 'error');
  assert.match(await issue.first().textContent(), /sessions\[1\]\.deadline/);
  const node = page.locator('svg.timeline g.node[data-activity="s-district"]');
  assert.equal(await node.getAttribute('data-feasible'), 'false');
  assert.match(await node.getAttribute('class'), /\binfeasible\b/);
  assert.match(await page.textContent('#issue-summary'), /^[1-9]\d* lỗi/);
  await page.screenshot({ path: join(artifacts, '2-district-infeasible.png'), fullPage: true });
  await page.click('#lang-switch');
  await page.screenshot({ path: join(artifacts, '3-district-infeasible-en.png'), fullPage: true });
  await page.click('#lang-switch');
});

test('downloads the plan as JSON that reads back with the edit', async () => {
  const { name, bytes } = await downloadBytes(page, '#download-json');
  assert.equal(name, '985-KH-HNDT.json');
  const env = JSON.parse(bytes.toString('utf8'));
  assert.equal(env.format, 'rollout/plan');
  assert.deepEqual(env.plan.sessions[1].deadline, { kind: 'by', date: '2020-08-20' });
});

test('downloads the DOCX: a zip with word/document.xml', async () => {
  if (await page.locator('#download-docx').isDisabled()) {
    throw new Error('the DOCX download is disabled');
  }
  const { name, bytes } = await downloadBytes(page, '#download-docx');
  assert.equal(name, '985-KH-HNDT.docx');
  assert.ok(bytes.length > 1000, `docx has ${bytes.length} bytes`);
  assert.ok(zipHasEntry(bytes, 'word/document.xml'), 'word/document.xml in the zip');
  writeFileSync(join(artifacts, name), bytes);
});

test('downloads the Markdown in the official layout, with the edit', async () => {
  const { name, bytes } = await downloadBytes(page, '#download-markdown');
  assert.equal(name, '985-KH-HNDT.md');
  const md = bytes.toString('utf8');
  assert.ok(md.includes('985-KH/HNDT'), 'number and symbol');
  assert.ok(md.includes('Nghị quyết số 58-NQ/TW'), 'the resolution');
  assert.match(md, /20\/0?8\/2020/, 'the edited district deadline');
  assert.equal(md, md.normalize('NFC'));
});

test('downloads the HTML as a whole document', async () => {
  const { name, bytes } = await downloadBytes(page, '#download-html');
  assert.equal(name, '985-KH-HNDT.html');
  const html = bytes.toString('utf8');
  assert.match(html.trimStart(), /^<!doctype html>/i);
  assert.ok(html.includes('985-KH/HNDT'));
});

test('downloads the ICS calendar', async () => {
  if (await page.locator('#download-ics').isDisabled()) {
    throw new Error('the ICS download is disabled');
  }
  const { name, bytes } = await downloadBytes(page, '#download-ics');
  assert.equal(name, '985-KH-HNDT.ics');
  const ics = bytes.toString('utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r?\n/);
  assert.match(ics, /END:VCALENDAR\r?\n?$/);
  assert.match(ics, /BEGIN:VEVENT/);
});

test('Reset restores the plan as loaded', async () => {
  await page.click('#reset');
  await page.waitForSelector(
    'svg.timeline g.node[data-activity="s-district"][data-feasible="true"]',
  );
  assert.equal(await page.locator('#issues li[data-code="cascade/before-parent"]').count(), 0);
});

test('opening a file that is not JSON shows an error, not a crash', async () => {
  await page.setInputFiles('#plan-file', {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": "rollout/plan", '),
  });
  await page.waitForSelector('#issues li[data-code="json/syntax"]');
  assert.equal(await page.locator('svg.timeline').count(), 0);
});

test('opening a file of the wrong shape lists schema issues with paths', async () => {
  const bad = {
    format: 'rollout/plan',
    version: 1,
    plan: { header: { title: '<script>alert(1)</script>' }, tiers: 3 },
  };
  await page.setInputFiles('#plan-file', {
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await page.waitForSelector('#schema-invalid');
  const codes = await page
    .locator('#issues li')
    .evaluateAll((lis) => lis.map((li) => li.dataset.code));
  assert.ok(
    codes.some((c) => c.startsWith('schema/')),
    codes.join(','),
  );
  // The title's HTML is shown as text, never run.
  assert.equal(await page.locator('script:has-text("alert(1)")').count(), 0);
  assert.equal(await page.locator('svg.timeline').count(), 0);
});

test('opens a plan file written by @rollout/json (the draft -KH/TU)', async () => {
  await page.setInputFiles('#plan-file', {
    name: 'KH-TU-NQ58.json',
    mimeType: 'application/json',
    buffer: Buffer.from(stringifyPlan(planNq58Province, { pretty: true })),
  });
  await page.waitForSelector('svg.timeline');
  assert.match(await page.textContent('#plan-title'), /-KH\/TU/);
  assert.ok(
    (await page.locator('svg.timeline g.node').count()) >= planNq58Province.sessions.length,
  );
  assert.equal(await page.locator('#issues li[data-severity="error"]').count(), 0);
  await page.screenshot({ path: join(artifacts, '4-file-nq58.png'), fullPage: true });
});

test('no error reached the browser console', async () => {
  assert.deepEqual(pageErrors, []);
});

let passed = 0;
let failed = 0;
let skipped = 0;
const results = [];
for (const { name, fn } of tests) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    results.push({ title: name, fullName: name, status: 'passed', duration: Date.now() - started });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    if (error instanceof Skip) {
      skipped++;
      results.push({ title: name, fullName: name, status: 'pending', duration: 0 });
      console.log(`  - ${name} (skipped: ${error.message})`);
      continue;
    }
    failed++;
    results.push({
      title: name,
      fullName: name,
      status: 'failed',
      duration: Date.now() - started,
      failureMessages: [String(error?.stack ?? error)],
    });
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split('\n')
        .join('\n    ')}`,
    );
    await page
      .screenshot({ path: join(artifacts, `failed-${results.length}.png`), fullPage: true })
      .catch(() => {});
  }
}
await browser.close();
await new Promise((ok) => server.close(ok));
writeFileSync(
  join(resultsDir, 'example-web-planner.json'),
  JSON.stringify(
    {
      numTotalTests: tests.length,
      numPassedTests: passed,
      numFailedTests: failed,
      numPendingTests: skipped,
      success: failed === 0,
      testResults: [
        { name: 'examples/web-planner/test/browser.test.mjs', assertionResults: results },
      ],
    },
    null,
    2,
  ),
);
console.log(
  `web planner (browser): ${passed} passed, ${failed} failed, ${skipped} skipped; screenshots in ${artifacts}`,
);
process.exitCode = failed > 0 ? 1 : 0;
