// govuk-frontend's parts mirrored on Arabic pages, found walking the pages at
// 390px and 1280px: a plain list has no indent on the right (the browser's own
// indent is on a list's start side, and govuk-frontend clears only the left),
// inset text has its bar on the right, a table's caption stands on the right, a £ prefix is closed on the right, a
// date's day, month and year stand in one row from the right, and on a phone
// a table's cards keep their values on the page's side even for an English
// place name. English words in a choice keep their full stop at their end, and
// a project's name under a waiting item on the home page lines up with the
// item above it. axe on each page; nothing to scroll sideways at 390px.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accounts, assertNoProblems, checkAccessibility, fitsTheWidth, openProject, screenshot } from './harness.mjs';
import { theDemoPartnership } from './fixtures.mjs';

const demoProject = 'Redesigning day opportunities for older people';
const phone = { viewport: { width: 390, height: 844 } };

// The sides of an element's box that matter here, as the browser drew them.
const sides = (element) => {
  const style = getComputedStyle(element);
  return {
    paddingLeft: parseFloat(style.paddingLeft),
    paddingRight: parseFloat(style.paddingRight),
    borderLeft: parseFloat(style.borderLeftWidth),
    borderRight: parseFloat(style.borderRightWidth),
    textAlign: style.textAlign,
  };
};

describe("govuk-frontend's parts on Arabic pages", () => {
  const world = theDemoPartnership('right-to-left-parts');

  test('lists, inset text, cards and the waiting items line up on the right', async () => {
    const page = await world.signInAs(accounts.convener, { ...phone, language: 'ar' });
    await page.goto('/');
    await page.locator('.govuk-summary-card[data-section] li .govuk-hint').first().waitFor();
    // A project's name under a waiting item follows the page, as the item's link does.
    const hints = await page.locator('.govuk-summary-card[data-section] li .govuk-hint').evaluateAll((elements) =>
      elements.map((element) => ({ dir: element.getAttribute('dir'), direction: getComputedStyle(element).direction })),
    );
    assert.ok(hints.length > 0);
    for (const hint of hints) assert.deepEqual(hint, { dir: null, direction: 'rtl' });
    // The tables of counts have their captions on the right.
    await page.locator('main .govuk-table__caption').first().waitFor();
    const captions = await Promise.all((await page.locator('main .govuk-table__caption').all()).map((caption) => caption.evaluate(sides)));
    assert.ok(captions.length > 0);
    for (const caption of captions) assert.equal(caption.textAlign, 'right');
    await fitsTheWidth(page, 390);

    await openProject(page, demoProject);
    const lists = await Promise.all((await page.locator('main ul.govuk-list:not(.govuk-list--bullet):not(.govuk-list--number)').all()).map((list) => list.evaluate(sides)));
    assert.ok(lists.length > 0, 'the project page has plain lists');
    for (const list of lists) assert.deepEqual([list.paddingLeft, list.paddingRight], [0, 0], 'a plain list has no indent');
    const inset = await page.locator('main .govuk-inset-text').first().evaluate(sides);
    assert.ok(inset.borderRight > 0 && inset.borderLeft === 0, `inset text has its bar on the right: ${JSON.stringify(inset)}`);
    await checkAccessibility(page, 'a project page in Arabic on a phone');
    await fitsTheWidth(page, 390);
    await screenshot(page, 'right-to-left-project-390');

    // The activities' cards: an English place name stands on the right, under its label.
    await page.locator('main').getByRole('link', { name: 'الأنشطة', exact: true }).click();
    const place = page.locator('table.rt-table td[data-label="المكان"]').first();
    await place.waitFor();
    assert.equal(await place.getAttribute('dir'), 'auto');
    assert.equal((await place.evaluate(sides)).textAlign, 'right');
    await fitsTheWidth(page, 390);
    assertNoProblems(page);
    await page.context().close();
  });

  test("a £ prefix is closed on the right, a date's parts stand in a row, and English choices keep their full stop", async () => {
    const page = await world.signInAs(accounts.convener, { ...phone, language: 'ar' });
    const projectId = await openProject(page, demoProject);

    await page.goto(`/projects/${projectId}/budget`);
    const prefix = page.locator('.govuk-input__prefix').first();
    await prefix.waitFor();
    const prefixSides = await prefix.evaluate(sides);
    assert.ok(prefixSides.borderRight > 0 && prefixSides.borderLeft === 0, `the prefix is closed on the right: ${JSON.stringify(prefixSides)}`);
    await fitsTheWidth(page, 390);

    await page.goto(`/projects/${projectId}/activities/new`);
    const parts = page.locator('.govuk-date-input__item');
    await parts.first().waitFor();
    const boxes = await parts.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()).map(({ top, left }) => ({ top, left })));
    assert.equal(boxes.length, 3);
    assert.ok(boxes.every((box) => box.top === boxes[0].top), `day, month and year in one row: ${JSON.stringify(boxes)}`);
    assert.ok(boxes[0].left > boxes[1].left && boxes[1].left > boxes[2].left, 'the day on the right, the year on the left');
    await checkAccessibility(page, 'planning an activity in Arabic on a phone');
    await fitsTheWidth(page, 390);

    // What people said, offered as evidence for a need: each contribution's words isolated.
    await page.goto(`/projects/${projectId}/needs`);
    const evidence = page.locator('#need-evidence').locator('xpath=ancestor::fieldset');
    await evidence.waitFor();
    const labels = await evidence.locator('label').allTextContents();
    assert.ok(labels.length > 0);
    for (const label of labels) assert.match(label, /\u2068[^\u2069]+\u2069$/, `the words are isolated at the end: ${label}`);
    await fitsTheWidth(page, 390);
    assertNoProblems(page);
    await page.context().close();
  });
});
