// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findRegistryIds } from './registry';

describe('trial registrations', () => {
  it('finds IDs of the main registries with links to their records', () => {
    const hits = findRegistryIds(
      'Registered as NCT03746262, ISRCTN12345678, EudraCT 2019-001234-56, EU CT 2023-503456-12-00, ChiCTR2000029308, ACTRN12620000445976, DRKS00012345, CTRI/2021/03/031234 and jRCTs031200001.',
    );
    expect(hits.map((h) => h.id)).toEqual(['NCT03746262', 'ISRCTN12345678', '2019-001234-56', '2023-503456-12-00', 'ChiCTR2000029308', 'ACTRN12620000445976', 'DRKS00012345', 'CTRI/2021/03/031234', 'jRCTs031200001']);
    expect(hits[0].url).toBe('https://clinicaltrials.gov/study/NCT03746262');
    expect(hits[1].url).toBe('https://www.isrctn.com/ISRCTN12345678');
  });

  it('does not take dates or phone numbers for IDs', () => {
    expect(findRegistryIds('Call 2019-001234-56 or see NCT123.')).toEqual([]);
  });
});
