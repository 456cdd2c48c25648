import { describe, expect, it } from 'vitest';
import { headlineOf, isHeadlineless } from './headline';

describe('a title that is no headline', () => {
  it('is a dateline, a date, a byline or a label', () => {
    for (const line of ['PUBLIC RELEASE: 9-MAY-2017', '21 July 2016', 'MARCH 14 2017', 'Thu, Nov 26 2015. 03 17 PM', '00:01, 3 Nov 2015', 'Published 2016-05-04', 'By NICK McDERMOTT', 'Transcript', 'The BMJ Press Release', 'Pressemitteilung vom 3. März 2017', 'Von Anna Berger'])
      expect(isHeadlineless(line), line).toBe(true);
  });
  it('is not a headline that has a date or a number in it', () => {
    for (const line of ['Painkillers raise heart attack risk within one week', 'By 2050, a third of coral reefs may be gone', 'May 2016 was the warmest May on record', 'Study: Taking abortion pill at home as safe as in a clinic', 'Bis 2049 fehlen bis zu 690.000 Pflegekräfte'])
      expect(isHeadlineless(line), line).toBe(false);
  });
});

describe('the headline', () => {
  it('is the first short paragraph after a dateline or a label, which are used up', () => {
    expect(headlineOf('PUBLIC RELEASE: 9-MAY-2017', ['Common painkillers linked to heart attacks within a week', 'People who take…'])).toEqual({ title: 'Common painkillers linked to heart attacks within a week', used: 1 });
    expect(headlineOf('21 July 2016', ['The BMJ Press Release', 'Walnuts and cholesterol: a small trial', 'A handful of walnuts a day…'])).toEqual({ title: 'Walnuts and cholesterol: a small trial', used: 2 });
  });
  it('is the title when the title is one, or when no short paragraph stands in for it', () => {
    expect(headlineOf('Walnuts cut cholesterol', ['PUBLIC RELEASE: 9-MAY-2017'])).toEqual({ title: 'Walnuts cut cholesterol', used: 0 });
    expect(headlineOf('', ['Drug trial', 'In the drug trial, volunteers…'])).toEqual({ title: '', used: 0 });
    expect(headlineOf('Transcript', ['This is a long first paragraph of a broadcast, which runs on and on without a headline of its own.'])).toEqual({ title: 'Transcript', used: 0 });
  });
});
