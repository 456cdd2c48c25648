/** Press-release and preprint mentions in running text. */

export interface CueHit {
  kind: 'press-release' | 'preprint';
  name?: string;
  evidence: string;
}

const WIRES: [RegExp, string][] = [
  [/\bEurekA?lert\b!?|\bEurekaAlert\b/i, 'EurekAlert!'],
  [/\bNewswise\b/, 'Newswise'],
  [/\bAlphaGalileo\b/i, 'AlphaGalileo'],
  [/\bPR Newswire\b/, 'PR Newswire'],
  [/\bBusiness Wire\b/, 'Business Wire'],
  [/\bGlobeNewswire\b/, 'GlobeNewswire'],
];
const RELEASE = /\b(?:press|news|media) (?:release|statement|briefing|conference)s?\b|\bsaid in a statement\b|\bin a (?:written )?statement\b|\bannounced (?:on|in) a\b/i;
// ScienceDaily's credit line names the institution whose release it reposts.
const MATERIALS = /\bMaterials (?:provided|supplied) by\s+([^.]+?)(?:\.|\s+Note:|$)/;
const SERVERS: [RegExp, string][] = [
  [/\barXiv\b/i, 'arXiv'],
  [/\bbioRxiv\b/i, 'bioRxiv'],
  [/\bmedRxiv\b/i, 'medRxiv'],
  [/\bSSRN\b/, 'SSRN'],
  [/\bResearch Square\b/, 'Research Square'],
  [/\bChemRxiv\b/i, 'ChemRxiv'],
  [/\bPsyArXiv\b/i, 'PsyArXiv'],
  [/\bEarthArXiv\b/i, 'EarthArXiv'],
  [/\bSocArXiv\b/i, 'SocArXiv'],
  [/\bPreprints\.org\b/i, 'Preprints.org'],
  [/\bOSF Preprints\b/i, 'OSF Preprints'],
  [/\bTechRxiv\b/i, 'TechRxiv'],
];
const PREPRINT_WORD = /\bpre-?prints?\b/i;

const test = (re: RegExp, s: string) => re.test(s);

/** One pass over the sentences: wire services, "in a press release", preprint servers. */
export function textCues(sentences: string[], orgIn: (s: string) => string | undefined): CueHit[] {
  const out: CueHit[] = [];
  for (const s of sentences) {
    let wire = false;
    for (const [re, name] of WIRES)
      if (test(re, s)) {
        out.push({ kind: 'press-release', name, evidence: s });
        wire = true;
      }
    const materials = MATERIALS.exec(s);
    if (materials) out.push({ kind: 'press-release', name: materials[1].trim(), evidence: s });
    else if (!wire && test(RELEASE, s)) {
      const statementOnly = !/\b(?:press|news|media) release/i.test(s);
      const org = orgIn(s);
      if (!statementOnly || org) out.push({ kind: 'press-release', name: org, evidence: s });
    }
    let server = false;
    for (const [re, name] of SERVERS)
      if (test(re, s)) {
        out.push({ kind: 'preprint', name, evidence: s });
        server = true;
      }
    if (!server && test(PREPRINT_WORD, s) && /\b(?:posted|published|uploaded|released|server|online)\b/i.test(s))
      out.push({ kind: 'preprint', evidence: s });
  }
  return out;
}
