// Locate a Chromium executable for Playwright.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own downloaded browser.
// If none is found and we are root on Debian, install the distribution package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with code ${result.status}`);
  }
}

/** @returns {Promise<string>} absolute path of a Chromium executable */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;

  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;

  const bundled = await playwrightChromium();
  if (bundled) return bundled;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log('Chromium not found; installing the Debian package (running as root).');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    throw new Error(`apt-get install -y chromium finished but ${SYSTEM_CHROMIUM} does not exist.`);
  }

  const envNote = fromEnv ? ` (CHROMIUM_PATH=${fromEnv} does not exist)` : '';
  throw new Error(
    `No Chromium executable found${envNote}. Install one with:\n` +
      '  sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g.\n' +
      '  CHROMIUM_PATH=/path/to/chrome npm test',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  findChromium().then(
    (path) => console.log(path),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
