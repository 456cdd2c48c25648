// @vitest-environment node
// The paper check against a local fake of Crossref and Unpaywall (hand-written answers shaped like theirs): never the internet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_DOIS, startPaperApi, type FakePaperApi } from '../../tests/support/paper-api/server.mjs';
import { createPaperClient } from './client';
import { PaperLookupError } from './errors';
import { paperStatus, peerReviewLine } from './status';

let fake: FakePaperApi;
const NOW = new Date('2026-12-06T12:00:00.000Z');
const client = (prefix: '' | '/down' | '/slow' = '', contact?: string, timeoutMs = 2_000) =>
  createPaperClient({ api: fake.api(prefix, contact), timeoutMs, now: () => NOW });

beforeAll(async () => {
  fake = await startPaperApi();
});
afterAll(() => fake.close());

async function failure(run: () => Promise<unknown>): Promise<PaperLookupError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(PaperLookupError);
    return error as PaperLookupError;
  }
  throw new Error('expected a PaperLookupError');
}

describe('checking a paper by DOI', () => {
  it('reads a retraction (listed by the publisher and by Retraction Watch) once, with its date and notice', async () => {
    const check = await client().check(PAPER_DOIS.retracted);
    expect(check).toMatchObject({
      doi: PAPER_DOIS.retracted,
      checkedAt: NOW.toISOString(),
      found: true,
      title: 'Food dye intake and attention in school-age children: a cohort study',
      authors: ['Maria Okafor', 'Jonas Lindqvist'],
      journal: 'Journal of Example Paediatrics',
      published: '2022-09-20',
      type: 'journal-article',
      openCopyNote: 'none',
    });
    expect(check.updates).toEqual([{ kind: 'retraction', date: '2024-05-03', noticeDoi: '10.5555/caveat.retracted.notice', source: 'publisher' }]);
    expect(paperStatus(check)).toBe('retraction');
    expect(check.openCopy).toBeUndefined();
  });

  it('reads a correction and a repository PDF from Unpaywall', async () => {
    const check = await client().check(PAPER_DOIS.corrected);
    expect(paperStatus(check)).toBe('correction');
    expect(check.updates[0]).toMatchObject({ kind: 'correction', date: '2023-11-20' });
    expect(check.authors).toEqual(['Priya Raman', 'Tomás Herrera', 'The Example Sleep Consortium']);
    expect(check.openCopy).toEqual({
      url: 'https://repository.example.org/4242/sleep-timing.pdf',
      pdf: true,
      host: 'repository',
      version: 'acceptedVersion',
      license: 'cc-by',
    });
  });

  it('follows a preprint to its journal version, and the peer-review line names Crossref', async () => {
    const check = await client().check(PAPER_DOIS.preprint);
    expect(check.preprint).toBe(true);
    expect(check.journal).toBeUndefined();
    expect(check.publishedVersion).toEqual({
      doi: PAPER_DOIS.published,
      journal: 'Nature Medicine',
      title: 'Intranasal RSV vaccine in adults: a randomised phase 2 trial',
      published: '2099-06-01',
    });
    // Unpaywall's best copy has no PDF; another of its copies has one, and a PDF is what the reader asked for.
    expect(check.openCopy).toMatchObject({ url: expect.stringMatching(/full\.pdf$/), pdf: true });
    expect(peerReviewLine({ peerReview: 'preprint' }, check)).toEqual({ peerReview: 'peer-reviewed', journal: 'Nature Medicine', source: 'crossref' });
    expect(peerReviewLine({ peerReview: 'preprint' }, undefined)).toEqual({ peerReview: 'preprint', source: 'story' });
  });

  it('asks Crossref politely (mailto) and Unpaywall with the contact address, and never sends cookies', async () => {
    const before = fake.requests.length;
    await client('', 'someone@caveat.test').check(PAPER_DOIS.clean);
    const asked = fake.requests.slice(before);
    expect(asked.map((r) => r.path)).toEqual([`/crossref/works/${PAPER_DOIS.clean}`, `/unpaywall/v2/${PAPER_DOIS.clean}`]);
    expect(asked[0].query).toEqual({ mailto: 'someone@caveat.test' });
    expect(asked[1].query).toEqual({ email: 'someone@caveat.test' });
    expect(asked.every((r) => !r.headers.cookie)).toBe(true);
  });

  it('without a contact address asks Crossref alone and says why there is no open-copy answer', async () => {
    const before = fake.requests.length;
    const check = await client('', '').check(PAPER_DOIS.clean);
    expect(fake.requests.slice(before).map((r) => r.path)).toEqual([`/crossref/works/${PAPER_DOIS.clean}`]);
    expect(fake.requests[before].query).toEqual({});
    expect(check.openCopyNote).toBe('no-contact');
  });

  it('a DOI Crossref does not know is a result (not found), not an error', async () => {
    const check = await client().check(PAPER_DOIS.unknown);
    expect(check).toEqual({ doi: PAPER_DOIS.unknown, checkedAt: NOW.toISOString(), found: false, updates: [] });
    expect(paperStatus(check)).toBeNull();
  });
});

describe('when the services fail', () => {
  it('HTTP 429 is "rate-limited" with the wait the service asked for', async () => {
    const error = await failure(() => client().check(PAPER_DOIS.rateLimited));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(1_000);
  });

  it('a dropped connection is "offline", a silent server a "timeout", a 503 a "server" error', async () => {
    expect((await failure(() => client('/down').check(PAPER_DOIS.clean))).kind).toBe('offline');
    expect((await failure(() => client('/slow', undefined, 300).check(PAPER_DOIS.clean))).kind).toBe('timeout');
    expect((await failure(() => client().check(PAPER_DOIS.serverError))).kind).toBe('server');
  });

  it('an Unpaywall failure leaves the Crossref record standing', async () => {
    const api = { ...fake.api(), unpaywall: `${fake.origin}/down/unpaywall/v2` };
    const check = await createPaperClient({ api, now: () => NOW }).check(PAPER_DOIS.corrected);
    expect(paperStatus(check)).toBe('correction');
    expect(check.openCopyNote).toBe('failed');
  });

  it('an answer that is not JSON is a "bad-response"', async () => {
    const notJson = async () => new Response('<html>maintenance</html>', { status: 200 });
    const error = await failure(() => createPaperClient({ api: fake.api(), fetch: notJson }).check(PAPER_DOIS.clean));
    expect(error.kind).toBe('bad-response');
  });
});

describe('searching for a story without a DOI', () => {
  it('builds a bibliographic query from the headline, journal, researchers and date, and lists candidates with DOIs', async () => {
    const before = fake.requests.length;
    const candidates = await client().search({
      title: 'City foxes are turning nocturnal to avoid traffic, study finds',
      journal: 'Journal of Urban Ecology',
      researchers: ['Ines Carvalho', 'Dr Owen Pritchard'],
      published: '2024-04-02T09:00:00Z',
    });
    const query = fake.requests[before].query;
    expect(query['query.bibliographic']).toContain('foxes');
    expect(query['query.container-title']).toBe('Journal of Urban Ecology');
    expect(query['query.author']).toBe('Carvalho Pritchard');
    expect(query.filter).toBe('from-pub-date:2023-01-01,until-pub-date:2024-04-02');
    expect(query.rows).toBe('5');
    expect(candidates.map((c) => c.doi)).toEqual([PAPER_DOIS.candidate, '10.5555/caveat.candidate.other']);
    expect(candidates[0]).toMatchObject({ journal: 'Example Journal of Urban Ecology', published: '2024-03-14', authors: ['Ines Carvalho', 'Owen Pritchard'] });
  });

  it('sends nothing when there is too little to search by', async () => {
    const before = fake.requests.length;
    expect(await client().search({ title: 'Wow' })).toEqual([]);
    expect(fake.requests.length).toBe(before);
  });
});
