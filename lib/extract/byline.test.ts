// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanByline } from './byline';

describe('cleanByline', () => {
  it('keeps the names and drops "By", dates and reading times', () => {
    expect(cleanByline('By Tomás Ferreira · 2023-03-02')).toEqual({ byline: 'Tomás Ferreira', date: '2023-03-02' });
    expect(cleanByline('By Jane Doe | March 2, 2023 | 4 min read')).toEqual({ byline: 'Jane Doe' });
    expect(cleanByline('Lucia Rivera and Daniel Okoro — Updated 5:04 PM EST')).toEqual({ byline: 'Lucia Rivera and Daniel Okoro' });
    expect(cleanByline('By Sam Reid, Science Correspondent · 2 Mar 2023, 09:30')).toEqual({ byline: 'Sam Reid, Science Correspondent' });
  });
  it('leaves plain names and hyphenated names alone, and gives null for nothing', () => {
    expect(cleanByline('Maya Lind')).toEqual({ byline: 'Maya Lind' });
    expect(cleanByline('Anne-Marie Duval')).toEqual({ byline: 'Anne-Marie Duval' });
    expect(cleanByline('Published 12/03/2024')).toEqual({ byline: null });
    expect(cleanByline(null)).toEqual({ byline: null });
  });
});
