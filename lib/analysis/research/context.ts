import { de } from '../../text/de-regex';
import { cuePatterns, GATHERED_EN, POOLED_DE } from './cues';
import { SUBJECT_GROUPS, SUBJECT_WORDS, type SubjectGroup } from './subject-words';

/**
 * What a sentence is about, beyond its design words: the story's own study, background or another study,
 * a plan, a quote, a caption or a reference line. English and German patterns for the same questions.
 */
export interface ContextPatterns {
  /** Earlier or other work: "previous studies", "a 2019 paper", "for decades". */
  background: RegExp;
  /**
   * Earlier work that the story's own study pools or reviews ("a meta-analysis of previous studies", "reviewed four
   * other studies"): its material, so no sign of background.
   */
  material: RegExp;
  /** The story's own study: "the new study", "the researchers", "published in". */
  main: RegExp;
  /** A separate study named as such: "another study", "a second trial". */
  other: RegExp;
  /** The whole sentence is about what should or will happen: "trials are needed", "will now test". */
  planned: RegExp;
  /** Talk of a piece of research: "the study", "the team found", "published in". */
  studyTalk: RegExp;
  /** The people who do research, named: "researchers", "astronomers" (policy news names them too). */
  actors: RegExp;
  /** News about research rather than of it: budgets, grants, ministers, laws, prizes, openings. */
  affairs: RegExp;
  /**
   * A headline of news about research, or of a kind of piece that reports no study of its own: a prize, an approval,
   * a launch or opening, a death, a profile or interview, an explainer ("What is a …?").
   */
  newsHead: RegExp;
  /** After study talk, only a plan: "researchers will now test…". */
  onlyFuture: RegExp;
  /** Talk about one particular piece of work. */
  specific: RegExp;
  /** Talk about research in general: "studies show", "some research". */
  generic: RegExp;
  /** People in the sentence: a device used on patients is tested in people. */
  patients: RegExp;
  /** Photo captions and credits, reference lines, "related stories" and sign-up boilerplate. */
  boilerplate: RegExp;
  /** The study-type cues in this language, by their index in STUDY_CUES. */
  cues: (RegExp | undefined)[];
  /** Who or what a sentence is about: people, animals, cells, the natural world, built things and matter. */
  subjects: [SubjectGroup, RegExp][];
}

const EN: ContextPatterns = {
  background:
    /\b(?:previous(?:ly)?|earlier|past|prior|other|older|existing|former) (?:\w+ )?(?:studies|study|research|work|trials?|findings|experiments)\b|\bhas long been\b|\bfor decades\b|\bin recent years\b|\balready\b|\b(?:19|20)\d\d (?:study|paper|report|review|analysis|trial)\b|\b[Ii]n (?:19|20)\d\d, (?:a|an|the)\b|\bfor other (?:cancers|diseases|conditions|illnesses)\b/i,
  material:
    new RegExp(String.raw`\b(?:meta-?analys[ie]s|analys[ie]s|(?:systematic |scoping |umbrella )?reviews?|${GATHERED_EN})['’"”]? (?:[\w,'’-]+ ){0,4}?(?:previous|earlier|past|prior|other|older|existing|published) (?:\w+ )?(?:studies|trials|research|papers|experiments)\b`, 'gi'),
  main: /\b(?:the|this|their|a) new (?:study|research|paper|trial|analysis|work)\b|\bthe (?:study|researchers|team|trial|authors|scientists|paper)\b|\b(?:published|reported|appears?|described) (?:today |this week |on \w+ )?in\b|\bwe found\b|\bled by\b/i,
  other:
    /\b(?:another|a separate|a second|a third|a different|an earlier|a previous|a related|a companion|a similar|a smaller|a larger|a recent) (?:\w+ )?(?:study|trial|analysis|meta-analysis|paper|review|survey|experiment|cohort)\b|\bmeanwhile\b|\bin a separate\b/i,
  planned:
    /\b(?:(?:are|is|will be|would be) (?:still |now )?(?:needed|required|warranted|planned|under way|underway)|need(?:s|ed)? to be (?:tested|confirmed|done|studied)|(?:plan|plans|planned|hope|hopes|aim|aims|intend|intends) to|will (?:now |next )?(?:test|begin|start|launch|recruit|enrol|enroll|follow|study|look)|next step|the next phase|should (?:now )?(?:be|look|test)|future (?:studies|trials|research|work))\b/i,
  studyTalk:
    /\b(?:the|a|this|their|his|her|its|our|new|latest|recent|current|that) (?:phase [\w/]+ |[\w/-]+ )?(?:study|trial|paper|research|analysis|experiments?|survey|findings|results|review|meta-analysis|report|observations|measurements|simulations?|model|prototype|excavation|case|data|work)\b(?! (?:budgets?|funding|grants?|posts|jobs|spending|councils?|community|institutions?|centres?|centers?|systems?|sector|polic(?:y|ies)|agenda|money|careers?|base)\b)|\b(?:study|trial|research|analysis|paper|survey|experiment|data|figures|estimates) (?:\w+ )?(?:finds|found|shows?|showed|suggests?|suggested|says|reports|reveals|revealed|indicates)\b|\bstudy(?:['’]s)? (?:lead |senior |first |co-)?(?:authors?|leader|participants)\b|\bpublished (?:\w+ ){0,3}in\b|\bled by\b|\b(?:a|an|the|this) (?:[\w/-]+ ){2}(?:study|trial|survey|experiment)\b|\b(?:reported|described|appears?) in (?:the )?(?:[\w-]+ ){0,5}journal\b|\b(?:measured|verified|certified|confirmed|tested) by an? independent\b|\b(?:set|sets|setting|broke|breaks|achieved|achieves) a (?:new )?(?:world |efficiency )?record\b/gi,
  actors: /\b(?:researchers|scientists|the team|a team|investigators|authors|astronomers|engineers|archaeologists|physicists|chemists|biologists|oceanographers|glaciologists|roboticists|epidemiologists|geologists|psychologists|neuroscientists|ecologists|economists|palaeontologists|paleontologists|immunologists|geneticists|climatologists|zoologists|geophysicists|seismologists|volcanologists|hydrologists|climate scientists|the panel|expert panel)\b/gi,
  affairs: /\b(?:budgets?|funding|grants?|ministers?|ministry|government|parliament|congress|senate|lawmakers|legislation|law|regulators?|policy|policies|spending|election|prize|award(?:ed)?|laureate|opened|opening|inaugurat\w+|launch(?:ed|es)?|appointed|obituary|died|funeral|protest\w*|strike)\b/gi,
  newsHead:
    /\b(?:nobel|prizes?|medals?|awards?|awarded|wins|honou?red|approv(?:es|ed|al)|unveil(?:s|ed)|launch(?:es|ed)?|opens|begins operations|switched on|first light|dies|died|obituary|profile|interview|explainer|explained|myths?|Q&A|guide|patents?|retract(?:ed|ion|ions)|misconduct|fabricated|funding|budget|bill(?! of health)|law|minister)\b|^(?:what|how) (?:is|are|do|does|exactly|actually)\b/i,
  onlyFuture: /^\s+(?:will|plan to|plans to|hope to|hopes to|are set to|is set to|intend to|intends to|aim to|aims to)\b/i,
  specific:
    /\b(?:the|this|their) (?:new )?(?:study|trial|paper|findings|researchers|team|authors)\b|\bpublished (?:\w+ ){0,3}in\b|\b(?:two|three|both|the two|the three) (?:new |recent |separate )?(?:studies|trials|papers)\b/i,
  generic:
    /(?<!\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|new|recent|separate) (?:[\w-]+ )?)\b(?:studies|research) (?:show|shows|have shown|suggest|suggests|find|found|indicate)\b|\b(?:some|many|other|several|recent|previous|earlier) (?:studies|research)\b|(?<!\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth|new|recent|separate) (?:[\w-]+ )?)\bstudies\b/i,
  patients: /\b(?:patients|participants|volunteers)\b/i,
  cues: cuePatterns('en'),
  subjects: SUBJECT_GROUPS.map((g) => [g, SUBJECT_WORDS[g].en]),
  boilerplate:
    /^(?:photo|image|picture|pictured|credit|caption|source|related|read more|see also|sign up|subscribe|advertisement|click|follow us|share this|copyright|©)\b|\((?:photo|image|credit|getty|afp|reuters|ap|istock|shutterstock)[^)]*\)\s*$|\b(?:getty images|shutterstock|istock|\/ ?(?:afp|ap|reuters))\b|\bdoi:\s*10\.|\bet al\.?,? \(?(?:19|20)\d\d|\b\d+\s*\(\d+\)\s*:\s*\d+/i,
};

function germanPatterns(): ContextPatterns {
  return {
    background: de(
      String.raw`\b(?:frühere\w*|bisherige\w*|ältere\w*|andere\w*|vorherige\w*|vorangegangene\w*|vergangene\w*) (?:\w+ )?(?:Studie\w*|Untersuchung\w*|Forschung\w*|Arbeit\w*|Experiment\w*|Versuch\w*)\b|\bseit (?:langem|Jahrzehnten|Jahren)\b|\bbereits\b|\bschon (?:länger|lange|früher)\b|\bin den (?:vergangenen|letzten) Jahren\b|\b(?:19|20)\d\d (?:erschienen|veröffentlicht)\w*`,
      'i',
    ),
    material: de(
      String.raw`\b(?:Meta-?[Aa]nalyse\w*|Analyse\w*|Auswertung\w*|Übersichtsarbeit\w*|Review\w*|werteten|wertete|analysierten|analysierte|fassten|fasste|sichteten|sichtete|kombinierten|kombinierte|sammelten|sammelte|trugen|trug|bündelten|bündelte) (?:\w+ ){0,3}?(?:frühere\w*|bisherige\w*|vorhandene\w*|veröffentlichte\w*|ältere\w*|andere\w*|vorangegangene\w*) (?:\w+ )?(?:Studien|Untersuchungen|Arbeiten|Versuche|Experimente)\b|\b(?:\d[\d.]* )?(?:frühere\w*|bisherige\w*|vorhandene\w*|veröffentlichte\w*|ältere\w*|vorangegangene\w*) (?:\w+ )?(?:Studien|Untersuchungen|Arbeiten|Versuche|Experimente) (?:\w+ ){0,3}?${POOLED_DE}\b`,
      'gi',
    ),
    main: de(
      String.raw`\b(?:die|diese|ihre|der|dieser|den) (?:neue\w* |aktuelle\w* )?(?:Studie|Untersuchung|Arbeit|Analyse|Forscher\w*|Forschende\w*|Wissenschaftler\w*|Team|Autoren|Autorinnen)\b|\b(?:erschien|erschienen|veröffentlicht|publiziert|berichten|schreiben) (?:\w+ ){0,3}(?:in|im)\b|\bwir fanden\b|\bunter (?:der )?Leitung\b`,
      'i',
    ),
    other: de(
      String.raw`\b(?:eine\w* (?:andere\w*|weitere\w*|zweite\w*|separate\w*|frühere\w*|ähnliche\w*)|einer (?:anderen|weiteren|früheren)) (?:\w+ )?(?:Studie|Untersuchung|Analyse|Arbeit|Umfrage|Experiment)\b|\bunterdessen\b|\bin einer separaten\b`,
      'i',
    ),
    planned: de(
      String.raw`\b(?:(?:sind|ist|wären|wäre) (?:noch |nun )?(?:nötig|notwendig|erforderlich|geplant)|(?:planen|plant|hoffen|hofft|wollen|will) (?:\w+ ){0,4}(?:zu )?(?:testen|prüfen|untersuchen|beginnen|starten)|(?:soll|sollen) (?:\w+ ){0,4}(?:beginnen|starten|folgen|getestet|geprüft|untersucht) werden|nächste\w* Schritt\w*|künftige\w* (?:Studien|Untersuchungen|Forschung))\b`,
      'i',
    ),
    studyTalk: de(
      String.raw`\b(?:die|eine|diese|ihre|der|neue\w*|jüngste\w*|aktuelle\w*) (?:\w+ )?(?:Studie|Untersuchung|Analyse|Arbeit|Umfrage|Experiment\w*|Ergebniss\w*|Daten|Messungen|Simulation\w*|Modell|Prototyp|Ausgrabung)\b|\b(?:Studie|Untersuchung|Analyse|Daten) (?:\w+ )?(?:zeigt|zeigte|ergab|legt nahe|belegt|deutet)\b|\b(?:erschien|erschienen|veröffentlicht) (?:\w+ ){0,3}(?:in|im)\b|\bunter (?:der )?Leitung\b`,
      'gi',
    ),
    actors: de(String.raw`\b(?:Forscher\w*|Forschende\w*|Wissenschaftler\w*|das Team|ein Team|Autoren|Autorinnen|Astronom\w*|Ingenieur\w*|Archäolog\w*|Physiker\w*|Chemiker\w*|Biolog\w*|Mediziner\w*|Epidemiolog\w*|Geolog\w*|Psycholog\w*|Ökonom\w*|Klimaforscher\w*|Paläontolog\w*)\b`, 'gi'),
    affairs: de(String.raw`\b(?:Haushalt\w*|Etat\w*|Förder\w*|Fördermittel\w*|Minister\w*|Ministerium|Regierung|Bundestag|Parlament|Gesetz\w*|Politik|politisch\w*|Preis\w*|Auszeichnung\w*|ausgezeichnet|eröffnet\w*|Eröffnung|gestartet|Start|verstorben|gestorben|Nachruf|Protest\w*|Streik\w*|Zulassung\w*)\b`, 'gi'),
    newsHead: de(
      String.raw`\b(?:Nobelpreis\w*|Preis|Preise|Preisträger\w*|Medaille\w*|Auszeichnung\w*|ausgezeichnet|geehrt|Zulassung\w*|zugelassen|startet|gestartet|eröffnet|Eröffnung|in Betrieb|gestorben|stirbt|Nachruf|Porträt|Interview|Förder\w*|Haushalt\w*|Minister\w*|Bundestag|Gesetz\w*|Patent\w*|gefälscht|zurückgezogen|Mythos|Ratgeber)\b|^(?:Erklärt|Hintergrund|FAQ)\s*:|^(?:Was|Wie) (?:ist|sind|heißt|bedeutet|funktioniert)\b|\beigentlich\b|\b(?:lässt|lassen) (?:[\w-]+ ){1,6}zu$`,
      'i',
    ),
    onlyFuture: de(String.raw`^\s+(?:wollen|will|planen|plant|hoffen|hofft|sollen)\b`, 'i'),
    specific: de(
      String.raw`\b(?:die|diese|ihre|der) (?:neue\w* )?(?:Studie|Untersuchung|Arbeit|Forscher\w*|Forschende\w*|Team|Autoren)\b|\b(?:erschien|erschienen|veröffentlicht) (?:\w+ ){0,3}(?:in|im)\b|\b(?:zwei|drei|beide\w*) (?:neue\w* )?(?:Studien|Untersuchungen)\b`,
      'i',
    ),
    generic: de(
      String.raw`\b(?:Studien|Forschung) (?:zeigen|zeigt|legen nahe|belegen|deuten)\b|\b(?:einige|viele|andere|mehrere|frühere|neuere) (?:Studien|Untersuchungen)\b|\bStudien\b`,
      'i',
    ),
    patients: de(String.raw`\b(?:Patient\w*|Teilnehm\w*|Proband\w*|Freiwillige\w*)`, 'i'),
    boilerplate: de(
      String.raw`^(?:Foto|Bild|Abbildung|Quelle|Mehr zum Thema|Lesen Sie auch|Anzeige|Newsletter|Originalpublikation|Originalveröffentlichung|Fachartikel|Kontakt|Copyright|©)\b|\((?:Foto|Bild|dpa|AFP|Reuters|picture alliance|Getty)[^)]*\)\s*$|\b(?:picture alliance|dpa-Infografik)\b|\bdoi:\s*10\.|\bet al\.?,? \(?(?:19|20)\d\d|\b\d+\s*\(\d+\)\s*:\s*\d+`,
      'i',
    ),
    cues: cuePatterns('de'),
    subjects: SUBJECT_GROUPS.map((g) => [g, de(SUBJECT_WORDS[g].de, 'gi')]),
  };
}

/** The English patterns, made once with the module. */
export const CONTEXT_EN = EN;

/**
 * The patterns of one language. German ones are made on each call: an analyzer makes them when it first meets a
 * German page and keeps them, so the popup never builds them for an English story (over a second in Firefox).
 */
export function contextPatterns(lang: 'en' | 'de'): ContextPatterns {
  return lang === 'de' ? germanPatterns() : EN;
}
