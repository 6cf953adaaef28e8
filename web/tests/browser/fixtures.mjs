// Shared set-ups for the browser tests: the world a file's tests share, so a
// test says which world it needs by name and arguments, not by repeating the
// steps that build it.

import { after, before } from 'node:test';
import { demoPassword, launchBrowser, openPage, signIn, signInInEnglish, startServer } from './harness.mjs';

// A server on a fresh database and a Chromium of its own for the tests of one
// describe block: call it at the top of the block. Both start before its first
// test and stop after its last; `server` and `browser` are set by then.
function serverAndBrowser(name, options) {
  const world = {
    server: undefined,
    browser: undefined,
    // A new page with cookies and storage of its own, signed out.
    newPage: (pageOptions) => openPage(world.browser, world.server.baseUrl, pageOptions),
    // A new page signed in as `email` (with the demo's password unless given).
    signInAs: async (email, { password = demoPassword, ...pageOptions } = {}) => {
      const page = await world.newPage(pageOptions);
      await signIn(page, email, password);
      return page;
    },
    // The person an invitation link was made for sets their password with it,
    // in a page of their own (closed again once they are signed in).
    acceptInvitation: async (link, password) => {
      const page = await world.newPage();
      await page.goto(link);
      await page.locator('#password').fill(password);
      await page.locator('#password-confirmation').fill(password);
      await page.locator('button[type="submit"]').click();
      await page.waitForFunction(() => window.location.pathname === '/');
      await page.context().close();
    },
    // A new page signed in as `email`, in English whatever their own language.
    signInInEnglish: (email) => signInInEnglish(world.browser, world.server, email),
  };
  before(async () => {
    world.server = await startServer(name, options);
    world.browser = await launchBrowser();
  });
  after(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}

// The demo's Riverside partnership (`roundtable demo`): its people,
// organisations, projects and activities; everyone's password is demoPassword.
export function theDemoPartnership(name) {
  return serverAndBrowser(name);
}

// A partnership with nothing in it yet (`roundtable init`) but its convener:
// { partnership, email, name, password }.
export function anEmptyPartnership(name, convener) {
  return serverAndBrowser(name, { empty: convener });
}
