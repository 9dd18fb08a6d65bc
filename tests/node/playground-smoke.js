'use strict';
// Drives the Microsoft 365 Agents Playground page in headless Chromium as a user would: asks a question in the compose
// box, waits for the answer card, presses its "Read the full article" button and follows the guide page it opens.
//
//   node playground-smoke.js <playground url> <screenshot folder> <question> [chromium path]
//
// Prints one JSON object: {"card": {"text", "buttons"}, "guide": {"link", "url", "status", "title", "anchor", "anchorText"},
// "screenshots": [...], "error"}. It only reports what it saw; the caller asserts. Exits 1 when a step failed
// (the JSON then has "error" and whatever was seen before), 2 on wrong usage.

const fs = require('fs');
const path = require('path');
const os = require('os');
const { chromium } = require('playwright-core');

const Patience = 30000;
const BrowserArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

async function run(playgroundUrl, screenshotDir, question, executablePath, result) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-smoke-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, args: BrowserArgs, headless: true, viewport: { width: 1280, height: 900 },
  });
  try {
    const statuses = new Map();
    context.on('response', (response) => {
      if (response.request().isNavigationRequest()) statuses.set(response.url(), response.status());
    });
    const page = context.pages()[0] || await context.newPage();
    await page.goto(playgroundUrl, { waitUntil: 'networkidle', timeout: Patience });

    const compose = page.locator('[data-lexical-editor="true"]');
    await compose.click({ timeout: Patience });
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');

    const card = page.locator('.ac-adaptiveCard', { hasText: question }).last();
    await card.waitFor({ timeout: Patience });
    result.card = { text: await card.innerText(), buttons: await card.locator('button').allInnerTexts() };
    const cardShot = path.join(screenshotDir, 'playground-answer.png');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: cardShot });
    result.screenshots.push(cardShot);

    const button = card.locator('button', { hasText: 'Read the full article' });
    const link = new URL(await button.getAttribute('title'));
    const opened = context.waitForEvent('page', { timeout: Patience });
    await button.click();
    const guide = await opened;
    await guide.waitForLoadState('load', { timeout: Patience });
    const anchor = decodeURIComponent(link.hash.replace(/^#/, ''));
    result.guide = {
      link: link.href,
      url: guide.url(),
      status: statuses.get(link.href.replace(/#.*$/, '')) ?? null,
      title: await guide.title(),
      anchor,
      anchorText: anchor
        ? await guide.evaluate((id) => document.getElementById(id)?.textContent?.trim() ?? null, anchor)
        : null,
    };
    const guideShot = path.join(screenshotDir, 'guide-page.png');
    await guide.screenshot({ path: guideShot });
    result.screenshots.push(guideShot);
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (process.argv.length < 5 || process.argv.length > 6) {
  console.error('usage: node playground-smoke.js <playground url> <screenshot folder> <question> [chromium path]');
  process.exit(2);
}

const [, , playgroundUrl, screenshotDir, question, executablePath = '/usr/bin/chromium'] = process.argv;
const result = { card: null, guide: null, screenshots: [], error: null };
run(playgroundUrl, path.resolve(screenshotDir), question, executablePath, result)
  .then(() => {
    console.log(JSON.stringify(result));
  })
  .catch((e) => {
    result.error = String(e && e.message ? e.message : e).split('\n')[0];
    console.log(JSON.stringify(result));
    process.exitCode = 1;
  });
