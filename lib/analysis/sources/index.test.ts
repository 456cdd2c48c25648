// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testArticle, type TestArticleExtra } from '../test-article';
import { findSources } from './index';
import { journalOfLink } from './journal-links';
import { createJournalIndex } from './journals';

// The byline names the story's writer, whom Sources must leave out.
const article = (paragraphs: string[], extra: TestArticleExtra = {}) => testArticle('A story', paragraphs, { byline: 'By Sam Writer', siteName: 'News Example', ...extra });

describe('findSources', () => {
  it('lists the journal first and keeps the evidence sentence', () => {
    const sources = findSources(article(['Researchers at Imperial College London report the work in Nature Medicine. “It surprised us,” said Jane Roe, a professor of medicine at Imperial.']));
    expect(sources[0]).toEqual({ kind: 'journal', name: 'Nature Medicine', evidence: 'Researchers at Imperial College London report the work in Nature Medicine.' });
    expect(sources.map((s) => s.kind)).toEqual(['journal', 'institution', 'researcher']);
    expect(sources[2]).toMatchObject({ name: 'Jane Roe' });
  });

  it('lists the authors of a paper page that a preprint server or a publisher tags', () => {
    const people = (citation: Record<string, string[]>) => findSources(article(['We propose a method for merging aligned models.'], { byline: null, metadata: { citation } })).filter((s) => s.kind === 'researcher').map((s) => s.name);
    expect(people({ citation_title: ['Merging aligned models'], citation_arxiv_id: ['2401.00001'], citation_author: ['Roy, Ana', 'Patel, Jo'] })).toEqual(['Ana Roy', 'Jo Patel']);
    expect(people({ citation_title: ['A calm app'], citation_doi: ['10.2196/14273'], citation_authors: ['Jen Huber', 'Chong Lee'] })).toEqual(['Jen Huber', 'Chong Lee']);
    expect(people({ citation_title: ['A news story'], citation_author: ['Sam Writer'] })).toEqual([]);
  });

  it("reads the DOI of a page's link to the paper outside the article", () => {
    const href = 'https://www.cambridge.org/core/services/aop-cambridge-core/content/view/10.15184/aqy.2026.31.pdf';
    const sources = findSources(article(['Die Studie erschien in der jüngsten Ausgabe von Antiquity.'], { metadata: { doiLinks: [href] } }));
    expect(sources.filter((s) => s.doi).map((s) => s.doi)).toEqual(['10.15184/aqy.2026.31']);
  });

  it('merges a wire service named in the text with its link', () => {
    const sources = findSources(
      article(['The university described the work in a press release on EurekAlert.'], {
        links: [{ href: 'https://www.eurekalert.org/news-releases/1012345', text: 'press release', context: 'The university described the work in a press release on EurekAlert.' }],
      }),
    );
    expect(sources.filter((s) => s.kind === 'press-release')).toEqual([
      { kind: 'press-release', name: 'EurekAlert!', url: 'https://www.eurekalert.org/news-releases/1012345', evidence: 'The university described the work in a press release on EurekAlert.' },
    ]);
  });

  it('reads the journal from a lone link to the paper', () => {
    const sources = findSources(article(['The paper is online.'], { links: [{ href: 'https://doi.org/10.1126/sciadv.adk1234', text: 'paper', context: 'The paper is online.' }] }));
    expect(sources.find((s) => s.kind === 'journal')?.name).toBe('Science Advances');
    expect(sources.find((s) => s.kind === 'paper')?.doi).toBe('10.1126/sciadv.adk1234');
  });

  it('leaves out the writer of the story', () => {
    const sources = findSources(article(['Sam Writer, a science reporter, said the study was small.']));
    expect(sources.filter((s) => s.kind === 'researcher')).toEqual([]);
  });

  it('lists a journal once however the story spells it', () => {
    const sources = findSources(article(['The findings are published in the British Medical Journal today.', 'The BMJ study, published in The BMJ, drew comment.', 'It is in the Journal of Epidemiology & Community Health and the Journal of Epidemiology and Community Health.']));
    expect(sources.filter((s) => s.kind === 'journal').map((s) => s.name)).toEqual(['British Medical Journal', 'Journal of Epidemiology and Community Health']);
  });

  it('returns nothing for a story without sources', () => {
    expect(findSources(article(['The sky is blue because air scatters blue light more than red light.']))).toEqual([]);
  });
});

describe('journal of a link', () => {
  it('knows single-journal DOI prefixes and paths', () => {
    expect(journalOfLink(createJournalIndex(), 'https://doi.org/10.1056/NEJMoa2400123', '10.1056/nejmoa2400123')).toBe('New England Journal of Medicine');
    expect(journalOfLink(createJournalIndex(), 'https://jamanetwork.com/journals/jamanetworkopen/fullarticle/2812345')).toBe('JAMA Network Open');
    expect(journalOfLink(createJournalIndex(), 'https://example.org/paper', '10.5555/x')).toBeNull();
  });
  it('does not list the institution inside a journal name, nor a company as a researcher', () => {
    const found = findSources(
      article([
        'The fossil was described by Dr Marcus Bell of the Royal Ontario Museum in the journal Proceedings of the Royal Society B.',
        'A pill cut migraines in half, the drugmaker Veltran Therapeutics said on Tuesday.',
      ]),
    );
    const names = (kind: string) => found.filter((s) => s.kind === kind).map((s) => s.name);
    expect(names('institution')).toContain('Royal Ontario Museum');
    expect(names('institution')).not.toContain('Royal Society B');
    expect(names('researcher')).not.toContain('Veltran Therapeutics');
    expect(names('researcher')).toContain('Marcus Bell');
  });

  it('lists no institution that the story calls a study elsewhere', () => {
    const sources = findSources(
      article([
        'Scientists at the University of Leeds used data from the Nurses’ Sleep Initiative to test the idea.',
        'The Nurses’ Sleep Initiative, a long-running study of 40,000 nurses, began in 1990.',
      ]),
    );
    expect(sources.filter((s) => s.kind === 'institution').map((s) => s.name)).toEqual(['University of Leeds']);
  });

  it('lists a name with a particle or an article once, with no first name alone beside it', () => {
    const sources = findSources(article(['"You do not gather sling stones for fun," said Dr Rhiannon ap Gwilym, who led the dig.', 'Dr Hamid al-Rashidi, who was not involved, said the findings were useful.']));
    expect(sources.filter((s) => s.kind === 'researcher').map((s) => s.name)).toEqual(['Rhiannon ap Gwilym', 'Hamid al-Rashidi']);
  });

  it('takes no surname from the end of an institution before an appositive', () => {
    const sources = findSources(article(['Professor Ruth Okereke-Mills of the University of Aberdeen, a co-author, said the counts were checked.']));
    expect(sources.filter((s) => s.kind === 'researcher').map((s) => s.name)).toEqual(['Ruth Okereke-Mills']);
    expect(findSources(article(['Dr. Okafor, a co-author, said the counts were checked.'])).filter((s) => s.kind === 'researcher').map((s) => s.name)).toEqual(['Okafor']);
  });

  it('lists a name and the acronym in brackets after it once, whatever its initials', () => {
    const sources = findSources(
      article(['Das Team vom Deutschen Zentrum für Luft- und Raumfahrt (DLR) hat Daten ausgewertet.', 'Das DLR betreibt den Satelliten seit 2019.'], { lang: 'de' }),
    );
    expect(sources.filter((s) => s.kind === 'institution').map((s) => s.name)).toEqual(['Deutsches Zentrum für Luft- und Raumfahrt']);
  });

  it('takes no group or office for a researcher, and ends a name before "von der" and a clinic', () => {
    const researchers = (paragraphs: string[], lang = 'de') => findSources(article(paragraphs, { lang })).filter((s) => s.kind === 'researcher').map((s) => s.name);
    expect(researchers(['Die Forschenden der Goethe-Universität Frankfurt und des Frankfurt Institute for Advanced Studies haben die Verschmelzung zweier Neutronensterne durchgerechnet.'])).toEqual([]);
    expect(researchers(['Dr. Jakob Brenner, Seismologe und Leiter des Landeserdbebendienstes beim Regierungspräsidium Freiburg, ist ebenfalls Mitautor der Studie.'])).toEqual(['Jakob Brenner']);
    expect(researchers(['„Das Immunsystem lernt früh“, sagt Prof. Dr. med. Carolin Eisfeld von der Kinderklinik der Universitätsmedizin Mainz, die das Papier koordiniert hat.'])).toEqual(['Carolin Eisfeld']);
    // After "von der", an institution the story names ends the name, however it starts.
    expect(researchers(['„Das ist ein Durchbruch“, sagt Dr. Jens-Uwe Rathke von der Leibniz Universität Hannover, der die Studie leitete.'])).toEqual(['Jens-Uwe Rathke']);
    expect(researchers(['„Die Daten sind solide“, sagt Prof. Verena Pichler-Hof von der Medizinischen Universität Wien, Erstautorin der Studie.'])).toEqual(['Verena Pichler-Hof']);
    expect(researchers(['Gemeinsame Pressemitteilung von Charité und MDC. Forschende haben Organoide untersucht.'])).toEqual([]);
    // "Des" is a first name in English.
    expect(researchers(['"The results are striking," said Professor Des Walsh of the University of Leeds, who led the study.'], 'en')).toEqual(['Des Walsh']);
  });

  it('links a German speaker quoted by surname "in seinem Vortrag" to the full name a research sentence gives', () => {
    const sources = findSources(
      article(['Diese Messungen präsentierte Lorenz Zangerl von GeoSphere Austria am Dienstag.', '„Der Permafrost wird wärmer“, sagte Zangerl in seinem Vortrag.'], { lang: 'de' }),
    );
    expect(sources.filter((s) => s.kind === 'researcher').map((s) => s.name)).toEqual(['Lorenz Zangerl']);
    // A German noun after an article is no surname, whatever verb follows; nor is a noun that opens a sentence.
    const nouns = findSources(
      article(['Die Studie zeigt, dass die Zusammensetzung der Darmflora mit Depressionen zusammenhängt.', 'Er hatte 2022 über den Einfluss von Antidepressiva auf die Darmflora berichtet.', 'Die Auswertung ergänzt die bekannte Krefelder Studie.'], { lang: 'de' }),
    );
    expect(nouns.filter((s) => s.kind === 'researcher').map((s) => s.name)).toEqual([]);
  });
});
