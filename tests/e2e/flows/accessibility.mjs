// axe-core finds no violations in the popup, for a story and for a message, in light and dark themes.
import { Skip, describeViolations } from '../harness/handle.mjs';

export const name = 'popup has no axe-core violations (light and dark)';

export async function run(session, { server, assert }) {
  const schemes = session.canEmulateColorScheme ? ['light', 'dark'] : [undefined];
  const checked = [];
  // The retracted study adds the warning note, in its own colours.
  for (const path of ['/car-t-memory-cells.html', '/retracted-study.html', '/sign-in.html']) {
    for (const colorScheme of schemes) {
      const popup = await session.openPopup(server.url(path), { colorScheme });
      try {
        await popup.waitForSettled();
        if (colorScheme) {
          const dark = await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          assert.equal(dark, colorScheme === 'dark', `prefers-color-scheme is ${colorScheme}`);
        }
        const violations = await popup.axe();
        assert.equal(violations.length, 0, `${path} (${colorScheme ?? 'default'} theme):\n${describeViolations(violations)}`);
        checked.push(`${path} ${colorScheme ?? 'default'}`);
      } finally {
        await popup.close();
      }
    }
  }
  if (checked.length === 0) throw new Skip('nothing checked');
}
