import { de } from '../../text/de-regex';
import { DENIES_REVIEW_RE } from './negation';

/** What a sentence can say about where the work stands: in a journal, a preprint, a talk, an announcement. */
export interface ReviewPatterns {
  preprint: RegExp;
  /** "Peer reviewed", about this work ("peer-reviewed journals" in general say nothing about it). */
  reviewed: RegExp;
  /** "The paper was published" without a journal's name. */
  paperPublished: RegExp;
  /** "Has not yet been peer reviewed", "submitted to a journal". */
  denies: RegExp;
  /** A talk or poster at a meeting. */
  presented: RegExp;
  /** A press release, a company's announcement, top-line or interim results. */
  announced: RegExp;
  /** A report by an organisation rather than a journal paper. */
  orgReport: RegExp;
  /** A paper from another year or another group ("a 2009 paper in …", "earlier studies"). */
  pastPaper: RegExp;
}

const EN: ReviewPatterns = {
  preprint: /\bpre-?prints?\b|\b(?:working|discussion) papers?\b|\b(?:arXiv|bioRxiv|medRxiv|SSRN|Research Square|ChemRxiv|PsyArXiv|EarthArXiv|SocArXiv|OSF Preprints|Preprints\.org)\b/i,
  reviewed: /\bpeer[- ]reviewed\b(?! journals)|\bpassed peer review\b|\bunderwent peer review\b/i,
  paperPublished: /\b(?:paper|study|findings|results|research|work|analysis|report|article)\s+(?:\w+\s+){0,3}(?:was|were|is|are|has been|have been)\s+published\b/i,
  denies: DENIES_REVIEW_RE,
  // A talk or poster at a meeting ("a conference presentation", "the conference abstract").
  presented:
    /\b(?:present(?:ed|ing|s)?|air(?:ed|ing)|unveil(?:ed|ing)|releas(?:ed|ing)|discuss(?:ed|ing)?|announc(?:ed|ing)|report(?:ed|ing)|shown|detailed|told)\b[^.]{0,80}\b(?:meeting|conference|congress|symposium|summit)\b|\b(?:meeting|conference|congress|symposium) (?:poster|presentation|abstract)s?\b/i,
  announced:
    /\b(?:(?:annual |scientific |international )?(?:meeting|conference|congress|symposium|summit) (?:of|in|on)|press release|news release|press conference|press briefing|topline|top-line|announced (?:\w+ ){0,3}(?:results|data|findings)|(?:company|firm|drugmaker|startup|biotech|Inc|Corp|Corporation|Ltd|plc|LLC)\.?,? (?:said|says|announced|reported)|conference call|(?:told|a call with|said to) (?:\w+ )?(?:investors|analysts|shareholders)|headline (?:results|data|findings)|interim (?:results|data|analysis|report)|preliminary (?:results|findings|data))\b/i,
  orgReport: /\b(?:a|an|the) (?:[\w-]+ )?report (?:by|from) (?:the )?[A-Z]/,
  pastPaper:
    /\b(?:19|20)\d\d (?:study|paper|report|review|analysis|trial|editorial|commentary|article)\b|\b[Ii]n (?:19|20)\d\d, (?:a|an|the)\b|\b(?:earlier|previous|prior|past|other) (?:\w+ )?(?:studies|study|papers?|research)\b/,
};

const DE: ReviewPatterns = {
  preprint: de(String.raw`\bPreprint\w*|\bArbeitspapier\w*|\bDiskussionspapier\w*|\b(?:Working|Discussion) Papers?\b|\bVorabveröffentlichung\w*|\bVorabdruck\w*|\b(?:arXiv|bioRxiv|medRxiv|SSRN|Research Square|ChemRxiv|PsyArXiv)\b`, 'i'),
  reviewed: de(String.raw`\b(?:von Fachleuten |von Experten |unabhängig )?begutachtet\w*|\bPeer-Review\w*|\bpeer-reviewed\b|\bGutachterverfahren\b`, 'i'),
  paperPublished: de(String.raw`\b(?:Studie|Arbeit|Ergebnisse|Untersuchung|Analyse|Artikel)\b (?:\w+ ){0,4}(?:wurde|wurden|ist|sind)\b (?:\w+ ){0,3}(?:veröffentlicht|publiziert|erschienen)\b`, 'i'),
  denies: de(
    // Any order and verb form: "noch nicht veröffentlicht", "Eine begutachtete Veröffentlichung gibt es noch nicht", "liegt
    // noch nicht vor", "will die Auswertung bei einer Fachzeitschrift einreichen".
    String.raw`\bnoch nicht (?:\w+ ){0,3}(?:begutachtet|veröffentlicht|publiziert|geprüft|erschienen)\b|\bunveröffentlicht\w*|\bnicht (?:\w+ )?begutachtet\w*|\bzur (?:Veröffentlichung|Begutachtung) eingereicht\b|\bbei einer Fachzeitschrift (?:eingereicht|einreichen|einzureichen)\b|\bnoch kein\w* Peer-Review\b|\b(?:eine|keine) (?:begutachtete|veröffentlichte|wissenschaftliche) (?:Veröffentlichung|Publikation|Fachpublikation|Studie|Fachartikel)\b[^.]{0,40}\b(?:gibt es (?:noch |bislang |bisher )?nicht|noch nicht|steht (?:noch )?aus)\b|\b(?:liegt|liegen) (?:\w+ ){0,3}noch nicht (?:\w+ ){0,2}vor\b|\b(?:bisher|bislang|noch|zunächst) nicht\b[^.]{0,60}?\b(?:erschienen|veröffentlicht|publiziert|begutachtet|beschrieben)\b|\b(?:ist|sind|wurde|wurden|war|waren)\b[^.]{0,40}?\bnicht (?:\w+ ){0,3}(?:erschienen|veröffentlicht|publiziert|begutachtet)\b|\bnicht in (?:einer|einem) (?:\w+ )?(?:Fachzeitschrift|Fachjournal|Journal|Fachblatt)\b|\bweder\b[^.]{0,60}?\b(?:erschienen|veröffentlicht|publiziert|begutachtet)\b|\bbegutachtet (?:ist|sind|wurde) (?:\w+ ){0,2}(?:noch )?nichts\b|\b(?:Veröffentlichung|Publikation|Manuskript|Fachartikel)\w*\b[^.]{0,60}?\bin Vorbereitung\b|\b(?:hat|haben|hatte|hatten)\b[^.]{0,60}?\bnicht (?:\w+ ){0,2}(?:veröffentlicht|publiziert)\b|\bveröffentlicht\w* (?:\w+ ){0,3}(?:zunächst|bisher|bislang|noch) nicht\b|\b(?:Veröffentlichung|Publikation)\w*\b[^.]{0,60}?\bsteht (?:noch )?aus\b`,
    'i',
  ),
  presented: de(
    // Every form of the verb ("berichtete", "präsentierten", "stellte … vor"), either side of the meeting, "auf dem
    // Kongress", "bei der Jahrestagung" alone, and compounds ("Nierenkongress", "Fachtagung").
    String.raw`\b(?:vorgestellt|präsentiert\w*|vorgetragen|berichtet\w*|referiert\w*|stellte\w*|sprach\w*)\b[^.]{0,80}\b\w*(?:kongress|konferenz|tagung|jahrestreffen|symposium|jahresversammlung)\w*|\b\w*(?:kongress|konferenz|tagung|jahresversammlung)\w*\b[^.]{0,80}\b(?:vorgestellt|präsentiert\w*|vorgetragen)\b|\b(?:auf|bei) (?:dem|der|einem|einer) (?:\w+ ){0,3}\w*(?:kongress|konferenz|tagung|jahrestreffen|symposium|jahresversammlung)\w*`,
    'i',
  ),
  announced: de(
    String.raw`\bPressemitteilung\w*|\bPressekonferenz\w*|\bvorläufige\w* (?:Ergebnisse|Daten|Auswertung)\b|\bZwischenergebnis\w*|\bZwischenauswertung\w*|\b(?:Unternehmen|Konzern|Hersteller|Firma|Start-up)\b (?:\w+ ){0,3}(?:teilte|gab|meldete|kündigte)\b|\b(?:am|vergangenen|diesen) (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b[^.]{0,60}?\b(?:vorgestellt|präsentiert|vorgelegt)\b`,
    'i',
  ),
  // No g flag: tested sentence by sentence, a g pattern would carry where it stopped into the next sentence and story.
  orgReport: de(String.raw`\b(?:ein|einem|der|dem) (?:\w+ )?(?:Bericht|Report|Gutachten) (?:des|der|von)\b`, 'i'),
  pastPaper: de(String.raw`\b(?:19|20)\d\d (?:erschienen\w*|veröffentlicht\w*)\b|\b(?:frühere\w*|bisherige\w*|ältere\w*|andere\w*) (?:\w+ )?(?:Studie\w*|Untersuchung\w*|Arbeit\w*|Forschung)`, 'i'),
};

export const REVIEW_PATTERNS: Record<'en' | 'de', ReviewPatterns> = { en: EN, de: DE };
