'use strict';
// Renders Adaptive Cards with the official renderer (adaptivecards 3.0.6) in headless Chromium, with the
// Microsoft Teams light or dark host config of adaptivecards-designer, and reports what a user would see.
// Text blocks get Markdown for bold, italic and links, as in Teams; text runs stay literal.
//
//   node card-render.js <job.json>
//
// job.json: {
//   "chromium": "/usr/bin/chromium",
//   "screenshots": "<folder for PNG files>",
//   "cards": [{ "name": "answer-light", "file": "<card JSON>", "theme": "light" | "dark",
//               "clicks": ["More answers", "Blob storage tiers"] }]
// }
// Prints a JSON array, one entry per card, in job order:
//   { "name", "background" and "headingColor" (computed CSS colours), "text" (the card's visible text),
//     "headings", "buttons" (accessible names of visible buttons), "links" (hrefs of links in the text),
//     "checkboxes", "actions" (what the clicks executed: type, title, data, url), "screenshot", "errors",
//     and after clicks "textAfterClicks", "buttonsAfterClicks", "screenshotAfterClicks" }
// A screenshot is taken after rendering, before the clicks (<name>.png), and another after them
// (<name>-clicked.png). Exits 1 when a card fails to render or a click finds no button, 2 on wrong usage.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const acScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const acStyles = path.join(path.dirname(acScript), 'adaptivecards.css');
const hostConfigs = {
  light: JSON.parse(fs.readFileSync(require.resolve('adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json'), 'utf8')),
  dark: JSON.parse(fs.readFileSync(require.resolve('adaptivecards-designer/lib/hostConfigs/microsoft-teams-dark.json'), 'utf8')),
};

const browserArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

// Runs in the page: a small stand-in for the Markdown a Teams client applies to TextBlock text (bold, italic,
// links; HTML is escaped first), so a test sees what Markdown in a text block would do.
function installMarkdown() {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = escape(text)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
    result.didProcess = true;
  };
}

// Runs in the page: renders one card and records every executed action in window.executed.
function renderInPage({ card, hostConfig }) {
  const AC = window.AdaptiveCards;
  const host = document.getElementById('host');
  host.innerHTML = '';
  window.executed = [];
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  adaptiveCard.onExecuteAction = (action) => {
    window.executed.push({
      type: action.getJsonTypeName(),
      title: action.title,
      data: action.data === undefined ? null : action.data,
      url: action.url === undefined ? null : action.url,
    });
  };
  adaptiveCard.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
  const element = adaptiveCard.render();
  if (!element) throw new Error('the card rendered nothing');
  host.appendChild(element);
  // The host configs write colours as #AARRGGBB, which CSS does not read; take the page colour from the card.
  host.style.background = getComputedStyle(element).backgroundColor;
  document.body.style.background = host.style.background;
}

function visibleSummary() {
  const root = document.querySelector('#host .ac-adaptiveCard');
  const visible = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
  const name = (e) => (e.getAttribute('aria-label') || e.innerText || '').trim();
  const heading = root.querySelector('[role=heading]');
  return {
    background: getComputedStyle(root).backgroundColor,
    headingColor: heading ? getComputedStyle(heading).color : null,
    text: root.innerText,
    headings: [...root.querySelectorAll('[role=heading]')].filter(visible).map((e) => e.innerText.trim()),
    buttons: [...root.querySelectorAll('button, [role=button]')].filter(visible).map(name),
    links: [...root.querySelectorAll('a[href]')].map((e) => e.href),
    checkboxes: [...root.querySelectorAll('input[type=checkbox]')].filter(visible).map((e) => ({
      id: e.id,
      label: e.getAttribute('aria-label'),
      checked: e.checked,
    })),
  };
}

async function renderCard(page, job, entry) {
  const result = { name: entry.name, text: '', headings: [], buttons: [], links: [], checkboxes: [], actions: [], screenshot: null, errors: [] };
  const hostConfig = hostConfigs[entry.theme || 'light'];
  if (!hostConfig) throw new Error(`unknown theme ${entry.theme}`);
  const card = JSON.parse(fs.readFileSync(entry.file, 'utf8'));
  await page.evaluate(renderInPage, { card, hostConfig });
  Object.assign(result, await page.evaluate(visibleSummary));

  const cardElement = page.locator('#host .ac-adaptiveCard').first();
  if (job.screenshots) {
    fs.mkdirSync(job.screenshots, { recursive: true });
    result.screenshot = path.join(job.screenshots, `${entry.name}.png`);
    await page.locator('#host').screenshot({ path: result.screenshot });
  }

  for (const title of entry.clicks || []) {
    // Action.OpenUrl renders as a button with the link role.
    const button = cardElement.getByRole('button', { name: title, exact: true })
      .or(cardElement.getByRole('link', { name: title, exact: true }));
    if (await button.count() === 0) {
      result.errors.push(`no button named ${JSON.stringify(title)}`);
      continue;
    }
    await button.first().click();
    result.actions = await page.evaluate(() => window.executed);
  }
  if (entry.clicks && entry.clicks.length > 0) {
    const after = await page.evaluate(visibleSummary);
    result.textAfterClicks = after.text;
    result.buttonsAfterClicks = after.buttons;
    if (job.screenshots) {
      result.screenshotAfterClicks = path.join(job.screenshots, `${entry.name}-clicked.png`);
      await page.locator('#host').screenshot({ path: result.screenshotAfterClicks });
    }
  }
  return result;
}

async function main() {
  if (process.argv.length !== 3) {
    console.error('usage: node card-render.js <job.json>');
    process.exit(2);
  }
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-render-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: job.chromium || '/usr/bin/chromium',
    headless: true,
    args: browserArgs,
    viewport: { width: 560, height: 900 },
    deviceScaleFactor: 1,
  });
  const results = [];
  let failed = false;
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => { failed = true; console.error(`page error: ${error.message}`); });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head>'
      + '<body style="margin:0"><div id="host" style="width:520px;padding:8px"></div></body></html>');
    await page.addStyleTag({ path: acStyles });
    await page.addScriptTag({ path: acScript });
    await page.evaluate(installMarkdown);
    for (const entry of job.cards) {
      try {
        const result = await renderCard(page, job, entry);
        if (result.errors.length > 0) failed = true;
        results.push(result);
      } catch (error) {
        failed = true;
        results.push({ name: entry.name, errors: [error.message] });
      }
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error.stack || String(error));
  process.exit(1);
});
