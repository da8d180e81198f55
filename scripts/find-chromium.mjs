/**
 * Finds a Chromium or Chrome for the end-to-end tests, in this order: an environment variable
 * (CHROMIUM_PATH, CHROME_PATH), the usual install locations, Playwright's own download. On
 * Debian as root it installs Debian's `chromium` with apt when none is found. Otherwise it
 * returns null and `explain()` says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function canApt() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

export async function findChromium({ install = true, log = console.log } = {}) {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const p = process.env[name];
    if (p) {
      if (existsSync(p)) return p;
      log(`[chromium] ${name}=${p} does not exist; looking elsewhere.`);
    }
  }
  for (const p of LOCATIONS) if (existsSync(p)) return p;
  const own = await playwrightsOwn();
  if (own) return own;
  if (install && canApt()) {
    log('[chromium] No Chromium found; installing Debian’s chromium package with apt-get (needs a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  return null;
}

export function explain() {
  return (
    'No Chromium or Chrome was found: install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; macOS/Windows: ' +
    'install Google Chrome) or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium binary.'
  );
}
