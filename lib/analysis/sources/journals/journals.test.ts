// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJournal, createJournalIndex, findJournalMentions, keyOf, nameTokens } from './index';
import { germanCaseForms } from './list';

const INDEX = createJournalIndex();
const JOURNALS = INDEX.journals;

const key = (s: string) => nameTokens(s).map(keyOf).join(' ');

describe('journal list', () => {
  it('holds at least 1,000 journals', () => {
    expect(JOURNALS.length).toBeGreaterThanOrEqual(1000);
  });

  it('has no duplicate canonical names', () => {
    const seen = new Map<string, string>();
    const dupes = JOURNALS.filter((j) => seen.has(key(j.name)) || !seen.set(key(j.name), j.name));
    expect(dupes.map((j) => j.name)).toEqual([]);
  });

  it('gives every spelling to one journal only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const j of JOURNALS)
      for (const v of [j.name, ...j.aliases, ...(j.declined ?? [])]) {
        const k = key(v);
        const o = owner.get(k);
        if (o && o !== j.name) clashes.push(`${v}: ${o} / ${j.name}`);
        owner.set(k, j.name);
      }
    expect(clashes).toEqual([]);
  });

  it('resolves short forms to the canonical name', () => {
    expect(canonicalJournal(INDEX, 'N. Engl. J. Med.')).toBe('New England Journal of Medicine');
    expect(canonicalJournal(INDEX, 'PNAS')).toBe('Proceedings of the National Academy of Sciences');
    expect(canonicalJournal(INDEX, 'Lancet Oncol')).toBe('The Lancet Oncology');
    expect(canonicalJournal(INDEX, 'Journal of Things Nobody Publishes')).toBeNull();
  });

  it('knows the journals of every field by the short forms stories use', () => {
    const forms: [string, string][] = [
      ['ApJ', 'Astrophysical Journal'],
      ['MNRAS', 'Monthly Notices of the Royal Astronomical Society'],
      ['Phys. Rev. Lett.', 'Physical Review Letters'],
      ['GRL', 'Geophysical Research Letters'],
      ['Nat Commun', 'Nature Communications'],
      ['JAMA Netw Open', 'JAMA Network Open'],
      ['J Acoust Soc Am', 'Journal of the Acoustical Society of America'],
      ['G-Cubed', 'Geochemistry, Geophysics, Geosystems'],
      ['TACL', 'Transactions of the Association for Computational Linguistics'],
      ['The Holocene', 'The Holocene'],
      ['Angewandte Chemie International Edition', 'Angewandte Chemie'],
      ['The Science of Nature', 'Naturwissenschaften'],
      ['Zeitschrift fur Physik', 'Zeitschrift für Physik'],
    ];
    expect(forms.map(([written]) => canonicalJournal(INDEX, written))).toEqual(forms.map(([, name]) => name));
  });

  it('keeps each field file short', () => {
    const files = import.meta.glob('./*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const long = Object.entries(files).filter(([path, text]) => !path.includes('.test.') && text.split('\n').length > 200).map(([path]) => path);
    expect(long).toEqual([]);
  });
});

const names = (s: string) => findJournalMentions([s]).filter((m) => !m.background && !m.negated && !m.submitted).map((m) => m.name);

describe('journal mentions', () => {
  it('finds a journal after "published in"', () => {
    expect(names('The study was published Wednesday in the journal Science Advances.')).toEqual(['Science Advances']);
    expect(names('The findings appear in NEJM this week.')).toEqual(['New England Journal of Medicine']);
  });

  it('needs a citing cue for journals named by an ordinary word', () => {
    expect(names('They published their results in Nature on Monday.')).toEqual(['Nature']);
    expect(names('Nature has a way of surprising us, the researchers said.')).toEqual([]);
    expect(names('The cell biology of the heart is complex.')).toEqual([]);
  });

  it('skips names that are part of a longer proper name or a job title', () => {
    expect(names('Cancer Research UK funded the study, which was published in Cell.')).toEqual(['Cell']);
    expect(names('Jane Roe, a professor of Radiology at the university, published the study in Radiology.')).toEqual(['Radiology']);
  });

  it('skips a journal named only as a publisher or employer', () => {
    expect(names('It appeared in NEJM Evidence, a journal from the publishers of the New England Journal of Medicine.')).toEqual(['NEJM Evidence']);
    expect(names('said Holden Thorp, editor-in-chief of Science, in a study published in Cell.')).toEqual(['Cell']);
  });

  it('marks background studies', () => {
    const [m] = findJournalMentions(['A previous study in Nature Medicine found the opposite.']);
    expect(m.background).toBe(true);
  });

  it('reports a German case form under the journal name', () => {
    const cited = (s: string) => findJournalMentions([s], 'de').map((m) => m.name);
    expect(cited('Die Ergebnisse wurden im Deutschen Ärzteblatt veröffentlicht.')).toEqual(['Deutsches Ärzteblatt']);
    expect(cited('Die Forscher berichten in der Geographischen Rundschau über die Dürre.')).toEqual(['Geographische Rundschau']);
    expect(cited('Die Studie erschien im Deutschen Ärzteblatt International.')).toEqual(['Deutsches Ärzteblatt International']);
  });

  it('derives the German case form of a name that opens with adjectives', () => {
    expect(germanCaseForms('Meteorologische Zeitschrift')).toEqual(['Meteorologischen Zeitschrift']);
    expect(germanCaseForms('Archäologischer Anzeiger')).toEqual(['Archäologischen Anzeiger']);
    expect(germanCaseForms('Wiener klinische Wochenschrift')).toEqual(['Wiener klinischen Wochenschrift']);
    expect(germanCaseForms('Comparative Medicine')).toEqual([]);
    expect(germanCaseForms('Zeitschrift für Physik')).toEqual([]);
    const cited = (s: string) => findJournalMentions([s], 'de').map((m) => m.name);
    expect(cited('Die Ergebnisse sind in der Meteorologischen Zeitschrift erschienen.')).toEqual(['Meteorologische Zeitschrift']);
    expect(cited('Das Team berichtet in der Mathematischen Zeitschrift über den Beweis.')).toEqual(['Mathematische Zeitschrift']);
  });

    it('accepts an unknown journal after a strong cue', () => {
    expect(names('It was published in the journal Frontiers in Sleep Hygiene, a new title.')).toContain('Frontiers in Sleep Hygiene');
  });
});
