// Finds installed Chromium/Chrome and Firefox binaries (PATH first, then usual install places).
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const CHROMIUM_PLACES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_NAMES = ['firefox-esr', 'firefox'];
const FIREFOX_PLACES = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/opt/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const INSTALL_HINT = 'sudo apt-get install -y chromium firefox-esr';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find(names, places, envVar) {
  const fromEnv = process.env[envVar];
  if (fromEnv && executable(fromEnv)) return fromEnv;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (executable(file)) return file;
    }
  }
  return places.find(executable) ?? null;
}

/** Path of a Chromium-family browser, or null. CAVEAT_CHROMIUM overrides the search. */
export function findChromium() {
  return find(CHROMIUM_NAMES, CHROMIUM_PLACES, 'CAVEAT_CHROMIUM');
}

/**
 * Path of the real Firefox binary, or null. CAVEAT_FIREFOX overrides the search.
 * Debian's /usr/bin/firefox-esr is a symlink; /usr/bin/firefox may be a shell wrapper,
 * which WebDriver BiDi launchers cannot drive, so prefer the resolved binary.
 */
export function findFirefox() {
  const found = find(FIREFOX_NAMES, FIREFOX_PLACES, 'CAVEAT_FIREFOX');
  if (!found) return null;
  try {
    return realpathSync(found);
  } catch {
    return found;
  }
}
