// Screenshots of the main screen, for looking at the layout and the themes by eye: each theme at
// 1280x800 and 960x540, the 200-object loop, 1280x720 at 150% zoom, presentation mode, the
// drawers, a dialog. Serves the last build (`npx vite build` first) with `vite preview`.
// Usage: node scripts/screenshots.mjs [output dir] [names to take (substrings)...]
// E2E_PORT picks the port (default 4173).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [out = 'test-results/screenshots', ...only] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.E2E_PORT) || 4173;
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  join(root, 'node_modules', '.bin', 'vite'),
  ['preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
  { cwd: root, stdio: 'ignore' },
);
for (let i = 0; ; i++) {
  try {
    await fetch(base);
    break;
  } catch (error) {
    if (i > 100) throw error;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const TEN = [
  'a = [1, 2]',
  'b = a',
  'd = {"k": a}',
  'n1 = Node("n1")',
  'n2 = Node("n2")',
  'n1.next = n2',
  't = (1, "x")',
  's = {3, 4}',
  'f = 1.5',
];
const LOOP = ['objs = []', 'for i in range(200): objs.append(Node(str(i)))'];

/** Each scenario: the viewport, the device scale (150% browser zoom = 1.5), theme, what to run. */
const SCENARIOS = [];
for (const theme of ['light', 'dark', 'contrast']) {
  SCENARIOS.push({ name: `1280x800-${theme}`, w: 1280, h: 800, theme, lines: TEN, select: true });
  SCENARIOS.push({ name: `960x540-${theme}`, w: 960, h: 540, theme, lines: TEN });
}
SCENARIOS.push({ name: '960x540-empty', w: 960, h: 540, lines: [] });
SCENARIOS.push({ name: '960x540-loop', w: 960, h: 540, lines: [...TEN, ...LOOP] });
SCENARIOS.push({ name: '1280x720-zoom150', w: 853, h: 480, scale: 1.5, lines: TEN });
SCENARIOS.push({ name: '1280x720-zoom150-loop', w: 853, h: 480, scale: 1.5, lines: LOOP });
SCENARIOS.push({ name: '1280x800-error', w: 1280, h: 800, lines: [...TEN, 'zz'] });
SCENARIOS.push({ name: '1280x800-presentation', w: 1280, h: 800, lines: TEN, present: true });
SCENARIOS.push({
  name: '1280x720-presentation-dark',
  w: 1280,
  h: 720,
  theme: 'dark',
  lines: TEN,
  present: true,
});
SCENARIOS.push({ name: '960x540-console-open', w: 960, h: 540, lines: TEN, drawer: 'Console' });
SCENARIOS.push({
  name: '960x540-inspector-open',
  w: 960,
  h: 540,
  lines: TEN,
  drawer: 'Inspector',
  select: true,
});
SCENARIOS.push({
  name: '1280x800-help-dark',
  w: 1280,
  h: 800,
  theme: 'dark',
  lines: TEN,
  help: true,
});
const CYCLE = ['x = []', 'x.append(x)', 'del x'];
SCENARIOS.push({
  name: '960x540-status-more',
  w: 960,
  h: 540,
  lines: [...TEN, ...LOOP],
  more: true,
});
SCENARIOS.push({
  name: '1280x800-walkthrough-dark',
  w: 1280,
  h: 800,
  theme: 'dark',
  lines: [...TEN, ...CYCLE],
  collect: 4,
});
SCENARIOS.push({
  name: '960x540-walkthrough-contrast',
  w: 960,
  h: 540,
  theme: 'contrast',
  lines: [...TEN, ...CYCLE],
  collect: 4,
});
SCENARIOS.push({
  name: '1280x800-presentation-contrast',
  w: 1280,
  h: 800,
  theme: 'contrast',
  lines: TEN,
  present: true,
  select: true,
});

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--no-sandbox'],
});
for (const s of SCENARIOS) {
  if (only.length && !only.some((o) => s.name.includes(o))) continue;
  const context = await browser.newContext({
    viewport: { width: s.w, height: s.h },
    deviceScaleFactor: s.scale ?? 1,
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.evaluate((theme) => {
    localStorage.clear();
    if (theme) localStorage.setItem('heapscope.theme', theme);
  }, s.theme ?? null);
  await page.reload();
  const input = page.getByRole('textbox', { name: 'Python console' });
  for (const line of s.lines) {
    if (!(await input.isVisible())) await page.getByRole('button', { name: 'Console' }).click();
    await input.click();
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(s.lines.length > 20 ? 6000 : 3000);
  if (s.select) await page.getByRole('button', { name: /^list \[1, 2\], refcount/ }).click();
  if (s.present) await page.getByRole('button', { name: 'Presentation' }).click();
  if (s.drawer) {
    const button = page.getByRole('button', { name: s.drawer, exact: true });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
  if (s.help) await page.getByRole('button', { name: /^Keys/ }).click();
  if (s.more) await page.getByRole('button', { name: 'Show more of the status line' }).click();
  for (let i = 0; i < (s.collect ?? 0); i++) {
    const button = i === 0 ? 'Collect' : 'Step';
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, `${s.name}.png`) });
  process.stdout.write(`${s.name}.png\n`);
  await context.close();
}
await browser.close();
server.kill();
