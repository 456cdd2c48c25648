// @vitest-environment node
// `caveat analyze --check-paper` against the local fake Crossref and Unpaywall: never the internet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaperApi, type FakePaperApi } from '../../tests/support/paper-api/server.mjs';
import { run, type Io } from './main';

const page = (name: string) => new URL(`../../tests/e2e/pages/paper-${name}.html`, import.meta.url).pathname;
let fake: FakePaperApi;

beforeAll(async () => {
  fake = await startPaperApi();
});
afterAll(() => fake.close());

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const apiFlags = (prefix: '' | '/down' = '', contact = 'reader@caveat.test') => {
  const api = fake.api(prefix, contact);
  return ['--crossref-api', api.crossref, '--unpaywall-api', api.unpaywall, ...(contact ? ['--contact', contact] : [])];
};

describe('caveat analyze --check-paper', () => {
  it('goes on the network only with the flag', async () => {
    const before = fake.requests.length;
    const io = capture();
    expect(await run(['analyze', page('retracted'), '--json', ...apiFlags()], io)).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(JSON.parse(io.stdout.join('\n')).paperCheck).toBeUndefined();
  });

  it('reports a retracted paper, with its notice, in the text report and the JSON', async () => {
    const text = capture();
    expect(await run(['analyze', page('retracted'), '--check-paper', ...apiFlags()], text)).toBe(0);
    const report = text.stdout.join('\n');
    expect(report).toMatch(/THE PAPER\n.*Journal of Example Paediatrics/);
    expect(report).toMatch(/!! Retracted on 2024-05-03 \(notice: https:\/\/doi\.org\/10\.5555\/caveat\.retracted\.notice\)/);
    const json = capture();
    expect(await run(['analyze', page('retracted'), '--check-paper', '--json', ...apiFlags()], json)).toBe(0);
    const { paperCheck } = JSON.parse(json.stdout.join('\n'));
    expect(paperCheck.doi).toBe('10.5555/caveat.retracted');
    expect(paperCheck.check.updates[0]).toMatchObject({ kind: 'retraction', date: '2024-05-03' });
    // Polite pool: the contact address rides along.
    expect(fake.requests.at(-1)?.query).toMatchObject({ email: 'reader@caveat.test' });
  });

  it('names a preprint\'s published version and says peer review comes from Crossref; links an open copy', async () => {
    const io = capture();
    expect(await run(['analyze', page('preprint'), '--check-paper', ...apiFlags()], io)).toBe(0);
    const report = io.stdout.join('\n');
    expect(report).toContain('Preprint — since published in Nature Medicine: https://doi.org/10.5555/caveat.published');
    expect(report).toMatch(/peer reviewed \(Nature Medicine\): Peer review as Crossref records/);
    expect(report).toMatch(/Open copy available \(PDF\): https:\/\/www\.medrxiv\.org\/.*\.pdf/);
  });

  it('offers search candidates, never as fact, for a story without a DOI', async () => {
    const io = capture();
    expect(await run(['analyze', page('no-doi'), '--check-paper', '--json', ...apiFlags()], io)).toBe(0);
    const { paperCheck } = JSON.parse(io.stdout.join('\n'));
    expect(paperCheck.check).toBeUndefined();
    expect(paperCheck.candidates[0]).toMatchObject({ doi: '10.5555/caveat.candidate', journal: 'Example Journal of Urban Ecology' });
    const search = fake.requests.at(-1)!;
    expect(search.path).toBe('/crossref/works');
    expect(search.query['query.author']).toBe('Carvalho');
  });

  it('says why there is no open copy without a contact address', async () => {
    const io = capture();
    expect(await run(['analyze', page('corrected'), '--check-paper', ...apiFlags('', '')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Corrected on \d{4}-\d{2}-\d{2}[\s\S]*give an email address \(Unpaywall needs one\)\. \(--contact\)/);
  });

  it('prints the analysis and a short message when the network fails', async () => {
    const io = capture();
    expect(await run(['analyze', page('retracted'), '--check-paper', ...apiFlags('/down')], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/RESEARCH STAGE[\s\S]*THE PAPER\n  doi:10\.5555\/caveat\.retracted: could not reach Crossref \(offline\?\)/);
    expect(io.stderr.join('\n')).toBe('caveat: could not reach Crossref (offline?)');
  });

  it('refuses a bad contact address or API base with exit 2', async () => {
    const io = capture();
    expect(await run(['analyze', page('retracted'), '--check-paper', '--contact', 'nobody'], io)).toBe(2);
    expect(await run(['analyze', page('retracted'), '--check-paper', '--crossref-api', 'file:///etc'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--contact must be an email address[\s\S]*--crossref-api must be an http\(s\) address/);
  });
});
