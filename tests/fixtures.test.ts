// @vitest-environment node
// One loop over tests/fixtures/<slug>/{page.html,expected.json}: every analysis case is a folder.
import { describe, expect, it } from 'vitest';
import { loadFixtures, runFixture } from './support/fixtures';

describe('analysis fixtures', () => {
  for (const fixture of loadFixtures()) {
    it(fixture.slug, () => {
      expect(runFixture(fixture).problems).toEqual([]);
    });
  }
});
