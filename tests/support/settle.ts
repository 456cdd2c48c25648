import { act } from 'preact/test-utils';
import { expect } from 'vitest';

/** Lets Preact, liveQuery and IndexedDB (fake-indexeddb runs on timers) settle for `ms`. */
export async function settle(ms = 60): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

/** Settles in short steps until `check` holds, and fails the test if it never does. */
export async function until(check: () => boolean, tries = 80): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await settle(25);
  expect(check()).toBe(true);
}
