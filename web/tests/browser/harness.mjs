// Starts the real roundtable server on a fresh database and drives Debian's
// Chromium with playwright-core. Every page a test visits can be scanned with
// axe-core; a test fails on any WCAG 2.2 A/AA violation.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;

const webFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsFolder = path.join(webFolder, 'test-results');
export const demoPassword = 'demo-password-1';
export const accounts = {
  convener: 'grace.mensah@riverside-vcs.example',
  // A convener with the finance role from the demo's set-up (Grace has not got it).
  financeConvener: 'tom.reid@riverside-vcs.example',
  member: 'joan.price@residents.example',
  polishMember: 'marek.nowak@residents.example',
  arabicMember: 'layla.haddad@residents.example',
};
export const partnershipName = 'Riverside Co-production Partnership';

const serverBinary = path.resolve(webFolder, process.env.ROUNDTABLE_BIN ?? '../build/roundtable');
const distFolder = path.join(webFolder, 'dist');

function runOrFail(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// Creates a fresh demo database and serves it with the built web app.
// A server on a fresh database: the demo partnership, or with `empty` an
// empty one made by `roundtable init` (its convener's email, name and password).
// With `web: false` it serves the API alone, so tests of the API need no build.
export async function startServer(name, { empty, web = true } = {}) {
  if (!existsSync(serverBinary)) {
    throw new Error(`no server binary at ${serverBinary}: build it, or set ROUNDTABLE_BIN to its path`);
  }
  if (web && !existsSync(path.join(distFolder, 'index.html'))) {
    throw new Error(`no ${distFolder}/index.html: run "npm run build" in web/ first`);
  }
  mkdirSync(resultsFolder, { recursive: true });
  const folder = mkdtempSync(path.join(tmpdir(), 'roundtable-web-'));
  const database = `sqlite:${path.join(folder, 'roundtable.db')}`;
  if (empty)
    runOrFail(serverBinary, ['init', '--db', database, '--partnership', empty.partnership, '--admin-email', empty.email,
      '--admin-name', empty.name, '--password', empty.password]);
  else runOrFail(serverBinary, ['demo', '--db', database, '--password', demoPassword]);

  const log = openSync(path.join(resultsFolder, `server-${name}.log`), 'w');
  const serveArguments = ['serve', '--db', database, '--listen', '127.0.0.1:0', ...(web ? ['--web', distFolder] : [])];
  const child = spawn(serverBinary, serveArguments, {
    stdio: ['ignore', 'pipe', log],
  });
  const baseUrl = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in time; it printed: ${output}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/roundtable listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening; it printed: ${output}`));
    });
  });
  child.stdout.resume();

  return {
    baseUrl,
    database,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  // A normal launch gives Chromium a fresh, temporary profile of its own.
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// A page in a fresh context (own cookies and storage). Console errors and
// failed requests are collected so a test can assert there were none.
export async function openPage(browser, baseUrl, options = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The API answers 4xx on purpose (no session yet, a form with mistakes);
    // Chromium logs those as errors, but they are not faults of the page.
    const fromApi = (message.location().url ?? '').includes('/api/v1/');
    if (fromApi && /status of 4\d\d/.test(message.text())) return;
    page.problems.push(`console: ${message.text()} at ${message.location().url}`);
  });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  return page;
}

export async function checkAccessibility(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const report = results.violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
    .join('\n');
  assert.equal(results.violations.length, 0, `axe found problems on ${label} (${page.url()}):\n${report}`);
}

// Waits for the page's title (set just after the page is drawn): a string to
// match exactly, or a regular expression.
export async function waitForTitle(page, expected) {
  const argument = expected instanceof RegExp ? { pattern: expected.source, exact: null } : { pattern: null, exact: expected };
  await page.waitForFunction(
    ({ pattern, exact }) => (pattern ? new RegExp(pattern).test(document.title) : document.title === exact),
    argument,
    { timeout: 10_000 },
  );
}

// Calls the API from the page's own session (with its CSRF token), for setting
// up data a test does not need to click through. Answers {status, body}.
export async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

// From the projects list to a project's page; with `translated`, until the
// summary's translations have loaded (it shows the original until then).
// Answers the project's id.
export async function openProject(page, projectTitle, { translated = false } = {}) {
  await page.goto('/projects');
  await page.getByRole('link', { name: projectTitle }).click();
  await page.locator('h1', { hasText: projectTitle }).waitFor();
  if (translated) await page.locator('#project-summary-text[data-translations="ready"]').waitFor();
  return new URL(page.url()).pathname.split('/')[2];
}

// From the projects list to one of a project's pages (its link name and heading).
export async function openProjectPage(page, projectTitle, linkName, heading) {
  await openProject(page, projectTitle);
  await page.getByRole('link', { name: linkName, exact: true }).click();
  await page.locator('h1', { hasText: heading }).waitFor();
}

// The attendance page of a project's activity, its register ready to tick.
export async function openAttendance(page, projectTitle, activityTitle) {
  await openProjectPage(page, projectTitle, 'Activities', 'Activities');
  await page.getByRole('link', { name: activityTitle }).first().click();
  await page.locator('h1', { hasText: activityTitle }).waitFor();
  await page.getByRole('link', { name: 'Attendance', exact: true }).click();
  await page.locator('#register-walk-in').waitFor();
}

// Records one person on the attendance register (ticked, with a group and who
// pays when given), adding them as a walk-in when they did not sign up.
export async function recordOnRegister(page, name, { group, paidByEmployer } = {}) {
  const box = page.locator('table#register').getByLabel(name, { exact: true });
  if ((await box.count()) === 0) {
    await page.locator('#register-walk-in').selectOption({ label: name });
    await page.getByRole('button', { name: 'Add to the register' }).click();
  }
  await box.check();
  if (group) await page.getByLabel(`Group ${name} took part for`).selectOption({ label: group });
  if (paidByEmployer !== undefined) await page.getByLabel(`Does ${name}'s employer pay them to be here?`).selectOption(paidByEmployer ? 'yes' : 'no');
  await page.getByRole('button', { name: 'Record attendance' }).click();
}

export async function signIn(page, email, password = demoPassword) {
  await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function screenshot(page, name) {
  mkdirSync(resultsFolder, { recursive: true });
  await page.screenshot({ path: path.join(resultsFolder, `${name}.png`), fullPage: true });
}

// The page is no wider than `width` (nothing to scroll sideways).
// Waits until a page has its heading, no request is in flight and nothing
// has loaded for 150 ms, and no "Loading" shows.
export async function settle(page) {
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => {
    const root = document.documentElement;
    return root.dataset.requests === '0' && performance.now() - Number(root.dataset.idleSince) > 150 && !document.querySelector('.rt-loading');
  }, null, { timeout: 15_000, polling: 50 });
}

export async function fitsTheWidth(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  // Which elements stick out, so a failure says where to look.
  const outside = scrollWidth <= width ? [] : await page.evaluate((limit) => [...document.querySelectorAll('main *')]
    .filter((element) => { const box = element.getBoundingClientRect(); return box.right > limit + 1 || box.left < -1; })
    .slice(-3).map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} “${element.textContent.slice(0, 60)}”`), width);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth}px wide at ${width}px${outside.length ? `; outside: ${outside.join(', ')}` : ''}`);
}

export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the browser reported errors');
}
