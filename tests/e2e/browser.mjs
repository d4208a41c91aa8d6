// Launches Debian's Chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, ...options });
}

/** A browser with a real (not incognito) profile in `dir`: installability needs one. */
export function launchWithProfile(dir, options = {}) {
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, ...options });
}
