/** One trial registry: how its identifiers look and where a record lives. */
interface RegistryPattern {
  re: RegExp;
  url: (id: string) => string;
  /** Normalises the matched text into the registry's own spelling. */
  id?: (raw: string) => string;
}

const enc = encodeURIComponent;

// Each regex is global for matchAll, which matches over a copy; nothing here moves the shared regex's position.
const REGISTRIES: RegistryPattern[] = [
  { re: /\bNCT\s?\d{8}\b/g, id: (s) => s.replace(/\s/g, ''), url: (id) => `https://clinicaltrials.gov/study/${id}` },
  { re: /\bISRCTN\s?\d{8}\b/g, id: (s) => s.replace(/\s/g, ''), url: (id) => `https://www.isrctn.com/${id}` },
  { re: /\b20\d{2}-5\d{5}-\d{2}-\d{2}\b/g, url: (id) => `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${enc(id)}` },
  { re: /\bEudraCT(?:\s+(?:number|no\.?|n°))?[\s:#]*?(20\d{2}-\d{6}-\d{2})\b/gi, url: (id) => `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${enc(id)}` },
  { re: /\bChiCTR-?(?:[A-Z]{2,5}-?)?\d{6,10}\b/g, url: (id) => `https://www.chictr.org.cn/searchprojEN.html?regno=${enc(id)}` },
  { re: /\bACTRN\d{14}\b/g, url: (id) => `https://www.anzctr.org.au/Trial/Registration/TrialReview.aspx?ACTRN=${id.slice(5)}` },
  { re: /\bDRKS\d{8}\b/g, url: (id) => `https://drks.de/search/en/trial/${id}` },
  { re: /\bCTRI\/20\d{2}\/\d{2,3}\/\d{6}\b/g, url: (id) => `https://ctri.nic.in/Clinicaltrials/advsearch.php?q=${enc(id)}` },
  { re: /\bjRCT[a-z]?\d{9,10}\b/g, url: (id) => `https://jrct.niph.go.jp/en-latest-detail/${id}` },
  { re: /\bUMIN\d{9}\b/g, url: (id) => `https://center6.umin.ac.jp/cgi-open-bin/ctr_e/ctr_view.cgi?recptno=${id.replace('UMIN', 'R')}` },
  { re: /\bNTR\d{3,5}\b/g, url: (id) => `https://onderzoekmetmensen.nl/en/trial/search?keyword=${enc(id)}` },
  { re: /\bPACTR\d{15}\b/g, url: (id) => `https://pactr.samrc.ac.za/TrialDisplay.aspx?TrialID=${id.slice(5)}` },
  { re: /\bKCT\d{7}\b/g, url: (id) => `https://cris.nih.go.kr/cris/search/basicSearch.do?searchWord=${id}` },
  { re: /\bIRCT\d{8,}N\d+\b/g, url: (id) => `https://irct.behdasht.gov.ir/search/result?query=${enc(id)}` },
  { re: /\bCRD420\d{5,8}\b/g, url: (id) => `https://www.crd.york.ac.uk/prospero/display_record.php?RecordID=${id.slice(5)}` },
];

// Every identifier above holds a run of at least three digits; most sentences have none.
const DIGITS = /\d{3}/;

export interface RegistryHit {
  id: string;
  url: string;
  index: number;
}

/** Trial registration numbers in a stretch of text, each once, with a link to its record. */
export function findRegistryIds(text: string): RegistryHit[] {
  const seen = new Set<string>();
  const out: RegistryHit[] = [];
  if (!DIGITS.test(text)) return out;
  for (const reg of REGISTRIES) {
    for (const m of text.matchAll(reg.re)) {
      const raw = m[1] ?? m[0];
      const id = reg.id ? reg.id(raw) : raw;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, url: reg.url(id), index: m.index ?? 0 });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
