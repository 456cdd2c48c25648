/** A research institution named in a sentence. */
export interface InstitutionMention {
  name: string;
  /** Where the name starts and ends in the sentence, to pair it with a researcher. */
  start: number;
  end: number;
}

/** Words that make a run of capitalised words an organisation. */
const HEADS = new Set(
  ('University Universities Institutes Universität Université Universidad Universidade Università Universiteit Universitet College Institute Institut Instituto Istituto Institutet ' +
    'Hospital Hospitals Clinic Center Centre Centers Laboratory Laboratories Lab Labs Foundation Trust Agency Administration Society Association ' +
    'Organization Organisation Council Service Observatory Museum Network Consortium Academy Pharmaceuticals Pharmaceutical Therapeutics Biosciences ' +
    'Bioscience Biotech Biotechnology Biologics Inc Corp Corporation Ltd LLC Medicine Healthcare Programme Program Bank Group Collaboration Unit Survey ' +
    'Authority Ministry Commission Office Zoo Garden Gardens Initiative Alliance Coalition Fund Polytechnic Politecnico Department Health Medical Oncology Sciences').split(' '),
);
/** Heads that also end ordinary phrases ("Mental Health", "Nuclear Medicine"): need a proper name before them. */
const WEAK_HEADS = new Set(['Health', 'Medical', 'Oncology', 'Sciences', 'Medicine', 'Group', 'Unit', 'Survey', 'Office', 'Program', 'Programme', 'Service', 'Network', 'Fund', 'Department']);
const GENERIC_LEFT = new Set(['Reuters', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox', 'Yahoo', 'WebMD', 'Everyday', 'Daily', 'Today', 'Public', 'Mental', 'Global', 'Environmental', 'Planetary', 'Child', 'Children', 'Women', 'Men', 'Reproductive', 'Internal', 'Nuclear', 'Family', 'Emergency', 'Social', 'Life', 'Earth', 'Health', 'Precision', 'Regenerative', 'Translational', 'Clinical', 'Radiation', 'Medical', 'Research', 'Study', 'Data', 'Sports', 'Veterinary', 'Digital', 'One', 'Oral', 'Sexual', 'Occupational']);
const FIELD_END = /^(?:Research|Surgeons|Services|Technology|Medicine|Prevention|Engineering|Exploration|Sciences?|Health|Development|Environment|Policy|Blood|Innovation|Management|Design|Education|Economics|Planning|Welfare|Nutrition|Genetics|Biology|Neuroscience|Astrophysics|Physics|Chemistry|Mathematics|Statistics|Ecology|Evolution|Conservation|Atmosphere|Oceans?|Space|Aeronautics|Infectious Diseases|Diseases|Metabolism|Aging|Ageing|Disease|Rehabilitation|Therapeutics|Immunology|Microbiology|Pathology|Pharmacology|Toxicology|Wellbeing|Care|Sleep|Society|Culture|Arts|Humanities|Law|Justice|Security|Energy|Materials|Computing|Informatics|Sustainability|Agriculture|Food|Forestry|Fisheries|Wildlife|Tropical Medicine|Hygiene|Dentistry|Nursing|Midwifery|Pharmacy)$/;
/** Words that end one organisation's name, so an "and" after them starts another. */
const POSSESSIVE_IN_NAME = /^(?:Children|Women|Men|People|Veterans|Shriners|Sailors)['’]s$/;
const ENDS_NAME = /['’]s$|^(?:AG|SA|GmbH|plc|School)$/;
const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Heads that only count with a qualifier ("School of Medicine", "Medical School"), checked separately. */
const SCHOOL = /^(?:School|Faculty)$/;
const CONNECT_AFTER = new Set(['of', 'for', 'on', 'de', 'the', 'für', 'di', 'del', 'della', 'des', 'du', 'y', 'da', 'do', 'dos', 'das', 'degli', 'voor', 'van']);
/** Words a run never starts with: sentence openers, titles, generic nouns. */
const LEADING_STOP = new Set(
  ('The A An At In From By For With Both And But Meanwhile While After Before Researchers Scientists Researcher Scientist According Dr Prof Professor Director ' +
    'Lead Senior This That These Those Its Their His Her Our Some Many Most Other Several Now Then When Where As If Although Though Since Yet So Also ' +
    'About Best Top Former Current Under Like Unlike Among Only Each Every Via Through Per To Of On Ms Mr Mrs Co Study Team Experts Doctors Officials Patients US U.S Said').split(' '),
);
const CAMPUS_BASES = /University of (?:California|Texas|Wisconsin|Massachusetts|Illinois|Colorado|Maryland|Missouri|North Carolina|Tennessee|Nebraska|Michigan|Minnesota|Hawaii|Alabama|Arkansas|Pittsburgh)$/;
const CAMPUS = /^,\s+((?:Los Angeles|San Diego|San Francisco|Santa Barbara|Santa Cruz|Berkeley|Davis|Irvine|Riverside|Merced|Austin|Dallas|El Paso|San Antonio|Arlington|Houston|Madison|Milwaukee|Amherst|Boston|Lowell|Dartmouth|Chicago|Urbana-Champaign|Springfield|Boulder|Denver|Anschutz Medical Campus|Baltimore County|Baltimore|College Park|Kansas City|St\. Louis|Columbia|Chapel Hill|Greensboro|Charlotte|Wilmington|Knoxville|Lincoln|Omaha|Ann Arbor|Dearborn|Flint|Twin Cities|Duluth|Manoa|Birmingham|Huntsville|Little Rock)\b)/;

/** Organisations often named without a head word; agencies and companies that run studies. */
const KNOWN = new Set(
  ('NASA NIH CDC WHO ESA NOAA FDA EPA NSF USGS JAXA CERN MIT UCLA UCSF UCSD UCL EPFL ETH KAIST RIKEN CNRS INSERM CSIRO NIST DARPA NHS ECDC EMA MHRA NICE ' +
    'JDRF MDRC RAND Caltech Harvard Stanford Yale Princeton Moderna Pfizer BioNTech Merck AstraZeneca Novartis Roche Genentech GlaxoSmithKline GSK Janssen ' +
    'Sanofi Bayer Amgen Gilead Regeneron Biogen AbbVie Takeda Eisai Wyeth Medtronic Illumina DeepMind OpenAI Anthropic Microsoft IBM Nvidia Mila Novavax ' +
    'CureVac Vertex Lilly Copernicus Cochrane Wellcome Stryker Abbott Medtronic Neuralink SpaceX Boeing Airbus Google Meta Apple Intel Samsung Siemens').split(' '),
);
const KNOWN_PHRASES = [
  'Eli Lilly', 'Johnson & Johnson', 'Novo Nordisk', 'Bristol Myers Squibb', 'Bristol-Myers Squibb', 'Boston Scientific', 'Google DeepMind', 'Kaiser Permanente',
  'Cancer Research UK', 'UK Biobank', 'Food and Drug Administration', 'Centers for Disease Control and Prevention', 'Centers for Disease Control',
  'Department of Health and Human Services', 'Department of Energy', 'Department of Agriculture', 'Department of Defense', 'Department of Veterans Affairs',
  'National Heart, Lung, and Blood Institute', 'Max Planck', 'Karolinska Institutet', 'Johns Hopkins', 'Mass General Brigham', 'Massachusetts General',
  'Memorial Sloan Kettering', 'MD Anderson', 'M.D. Anderson', 'Dana-Farber', 'Fred Hutch', 'Cedars-Sinai', 'Mount Sinai', 'Scripps Research',
  'Weill Cornell', 'Penn Medicine', 'UC Berkeley', 'UC Davis', 'UC San Diego', 'UC Irvine', 'UMass Amherst', 'Texas A&M', 'Allen Institute for AI',
  'Met Office', 'European Space Agency', 'Jet Propulsion Laboratory', 'Roche', 'F. Hoffmann-La Roche',
];
/** Known phrases by their first word, so a sentence is checked word by word, not phrase by phrase. */
const PHRASES_BY_FIRST = new Map<string, string[]>();
for (const p of KNOWN_PHRASES) {
  const first = p.split(' ')[0];
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), p].sort((a, b) => b.length - a.length));
}

// A word of a name: capitalised (Women's, Sloan-Kettering, A&M, M.D.) or an inner "and"/"&" handled by the scanner.
const WORD = /[\p{Lu}][\p{L}\p{N}'’.&-]*|[\p{Ll}]+|&|,/gu;

interface W {
  text: string;
  start: number;
  end: number;
}

// Called for every word of every sentence: ASCII letters are decided without a regex.
const isCap = (t: string) => {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^[\p{Lu}]/u.test(t);
};
const startsWithLetter = (t: string) => {
  const c = t.charCodeAt(0) | 32;
  if (t.charCodeAt(0) < 128) return c >= 97 && c <= 122;
  return /^\p{L}/u.test(t);
};
const bare = (t: string) => {
  const c = t.charCodeAt(t.length - 1);
  return c !== 115 && c !== 46 ? t : t.replace(/['’]s$/, '').replace(/\.$/, '');
};

/** Organisations in one sentence: capitalised runs with a head word, plus known names. */
export function institutionsIn(sentence: string): InstitutionMention[] {
  const words: W[] = [];
  for (const m of sentence.matchAll(WORD)) words.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  const out: InstitutionMention[] = [];
  // Headlines and link lists in Title Case make every run look like a name: keep only known names there.
  const capitals = words.filter((w) => startsWithLetter(w.text));
  const titleCase = capitals.length > 5 && capitals.filter((w) => isCap(w.text)).length / capitals.length > 0.7;
  const taken = (a: number, b: number) => out.some((o) => a < o.end && o.start < b);
  const adjacent = (a: W, b: W) => /^[ \u00a0]$/.test(sentence.slice(a.end, b.start)) || a.end === b.start;
  for (let i = 0; i < (titleCase ? 0 : words.length); i++) {
    const head = bare(words[i].text);
    const isHead = HEADS.has(head) || (SCHOOL.test(head) && /^(?:of|at)$/.test(words[i + 1]?.text ?? '')) || (head === 'School' && /^(?:Medical|Business|Law|Dental|Nursing)$/.test(bare(words[i - 1]?.text ?? '')));
    if (!isHead) continue;
    // Left: capitalised words (and an inner "and"/"&" between two of them: "Brigham and Women's").
    let a = i;
    while (a > 0) {
      const p = words[a - 1];
      if (!adjacent(p, words[a])) break;
      // "Pennsylvania's Perelman School" is two names; "Children's Hospital" is one.
      // "Saint John's Health Center", "St. Jude's": a saint's name is part of the place's name.
      if (/['’]s$/.test(p.text) && !POSSESSIVE_IN_NAME.test(p.text) && !/^(?:Saint|St\.?)$/.test(words[a - 2]?.text ?? '')) break;
      if (isCap(p.text) && !p.text.endsWith('.') || /^[\p{Lu}]\.[\p{Lu}]\.$/u.test(p.text)) a--;
      else if (p.text === '&' && a - 2 >= 0 && isCap(words[a - 2].text) && adjacent(words[a - 2], p) && !taken(words[a - 2].start, words[a - 2].end)) a -= 2;
      // "Brigham and Women's" is one name; "Roche AG and Gilead Sciences", "Harvard Medical School and Harvard Pilgrim" are two.
      else if (p.text === 'and' && a - 2 >= 0 && isCap(words[a - 2].text) && adjacent(words[a - 2], p) && !taken(words[a - 2].start, words[a - 2].end) && !HEADS.has(bare(words[a - 2].text)) && (!ENDS_NAME.test(words[a - 2].text) || POSSESSIVE_IN_NAME.test(words[a - 2].text)) && !HEADS.has(bare(words[a].text))) a -= 2;
      else break;
    }
    while (a < i && LEADING_STOP.has(bare(words[a].text))) a++;
    // Right: connectors followed by capitalised words ("of Medicine at Temple University").
    let b = i;
    for (;;) {
      // "AngioDynamics Inc." ends the name; a ticker or a place may follow.
      if (/^(?:Inc|Corp|Ltd|Co)\.$/.test(words[b].text)) break;
      const n = words[b + 1];
      if (!n || !adjacent(words[b], n)) break;
      if (isCap(n.text) && !/['’]s$/.test(words[b].text) && !DATE_WORD.test(n.text)) {
        b++;
        continue;
      }
      // "Oregon Health & Science University": an ampersand joins two capitalised words of one name.
      if (n.text === '&' && words[b + 2] && isCap(words[b + 2].text) && adjacent(n, words[b + 2])) {
        b += 2;
        continue;
      }
      let c = b + 1;
      while (words[c] && CONNECT_AFTER.has(words[c].text) && adjacent(words[c - 1], words[c])) c++;
      if (c > b + 1 && words[c] && isCap(words[c].text) && adjacent(words[c - 1], words[c]) && !DATE_WORD.test(words[c].text) && !/^(?:Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn)$/.test(bare(words[c].text))) {
        b = c;
        continue;
      }
      // "Institute for Heart and Lung Research", "College of Physicians and Surgeons": "and" inside a field name.
      if (words[b + 1].text === 'and' && b > i) {
        let e = b + 2;
        while (words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]) && e - b <= 4) e++;
        // Not when another name follows ("Department of Nutritional Sciences and Dell Pediatric Research Institute" is two).
        const more = words[e] && isCap(words[e].text) && adjacent(words[e - 1], words[e]);
        if (e > b + 2 && !more && FIELD_END.test(bare(words[e - 1].text)) && !words.slice(b + 2, e - 1).some((w) => HEADS.has(bare(w.text)))) {
          b = e - 1;
          continue;
        }
      }
      break;
    }
    if (a === i && b === i) continue;
    if (WEAK_HEADS.has(head) && b === i && (a === i || GENERIC_LEFT.has(bare(words[i - 1].text)))) continue;
    let start = words[a].start;
    let end = words[b].end;
    let name = sentence.slice(start, end).replace(/['’]s$/, '').replace(/[.,]$/, '');
    const campus = CAMPUS_BASES.test(name) ? CAMPUS.exec(sentence.slice(end)) : null;
    if (campus) {
      name += `, ${campus[1]}`;
      end += campus[0].length;
    }
    end = start + name.length + (campus ? 0 : 0);
    i = b;
    if (/\bJournal\b|^(?:The )?(?:University|Institute|Hospital|College|Center|Centre)$/.test(name)) continue;
    if (!taken(start, end)) out.push({ name, start, end });
    start = end;
  }
  for (const w of words) {
    const phrase = PHRASES_BY_FIRST.get(w.text)?.find((p) => sentence.startsWith(p, w.start) && !/\p{L}/u.test(sentence[w.start + p.length] ?? ''));
    if (!phrase) continue;
    const end = w.start + phrase.length;
    // A known name wins over a scanned piece of it ("Lung, and Blood Institute" inside the full institute's name).
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= w.start && out[k].end <= end && out[k].end - out[k].start < phrase.length) out.splice(k, 1);
    if (!taken(w.start, end)) out.push({ name: phrase, start: w.start, end });
  }
  for (const w of words) {
    const t = bare(w.text);
    if (KNOWN.has(t) && !taken(w.start, w.end)) {
      // "WHO" is a word in capitals only as the agency; "Lilly" alone must follow "Eli".
      if (t === 'WHO' && w.text !== 'WHO') continue;
      out.push({ name: t, start: w.start, end: w.end });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** One key for the ways stories write the same place ("UC Berkeley", "University of California, Berkeley"). */
export function institutionKey(name: string): string {
  return name
    .replace(/^UC\s+/, 'University of California, ')
    .replace(/^UMass\s+/, 'University of Massachusetts ')
    .replace(/^U\.?\s?S\.?\s+/, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
