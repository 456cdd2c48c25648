/** The patterns a researcher's name and the words around it are read with, in English and German. */

// Name parts: "Harris", "Kim-Shapiro", "O'Day", "JoAnn", "Kühtreiber", "Li"; initials "W.", "J", "M.Y."; particles "van", "de", Welsh "ap".
// Arabic names may carry their article: "al-Rashidi", "el-Sayed".
const ARTICLE = String.raw`(?:(?:al|el|ad|ash|as|ar|at)-)`;
const PART = String.raw`${ARTICLE}?[\p{Lu}](?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*`;
const INITIAL = String.raw`(?:[\p{Lu}]\.){2,3}|[\p{Lu}]\.?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|da|del|della|di|du|dos|la|le|bin|ibn|bint|al|ap|ab|ten|ter|zu|St\.)`;
/** After a capitalised word, the rest of a longer name, across particles ("Dr Jan de Vries", "Rhiannon ap Gwilym", "Hamid al-Rashidi"). */
export const NAME_GOES_ON = new RegExp(String.raw`^\s(?:${PARTICLE}\s+(?:(?:der|den|de|la)\s+)?)?${ARTICLE}?[\p{Lu}]`, 'u');
export const NAME = String.raw`(?:${PART}|(?:[\p{Lu}]\.){1,3})(?:\s+(?:${INITIAL}|${PART}|${PARTICLE})){0,3}\s+${PART}`;
// German doctorates carry their faculty: "Dr. med.", "Dr. rer. nat.", "Prof. Dr. med. vet.", "Dr.-Ing.".
const TITLE = String.raw`(?:Dr|Prof|Professor|Professorin|Doctor)\.?(?:-Ing\.)?\s+(?:(?:med|rer|nat|phil|vet|dent|habil|sc|oec|h\.\s?c)\.\s+){0,3}`;
/** Degrees written after a name ("Jane Roe, PhD"), also between the names of a list. */
export const CREDENTIAL = String.raw`(?:M\.?D\.?|Ph\.?\s?D\.?|MPH|M\.?P\.?H\.?|DPhil|D\.?O\.?|FRCP|RN|MBBS|DSc|ScD|MSc|MS|MBA|MSN|Pharm\.?D\.?|DVM)`;
const CRED = String.raw`,?\s+${CREDENTIAL}\b`;
const SPEECH_EN = String.raw`said|says|confirms|confirmed|likens|likened|attributes|attributed|estimated|estimates|found|finds|reported|reports|describes|described|calls|called|cautioned|told|explained|explains|added|adds|noted|notes|wrote|writes|cautions|warned|warns|agreed|agrees|argued|argues|emphasi[sz]ed|stressed|commented|observed|acknowledged|continued|predicted|suggested|concluded|pointed out|recalled|believes|thinks`;
// German speech verbs; "so" ("…, so Müller") only in German text.
const SPEECH_DE = String.raw`sagt|sagte|erklärt|erklärte|betont|betonte|meint|meinte|ergänzt|ergänzte|erläutert|erläuterte|warnt|warnte|berichtet|berichtete|resümiert|resümierte|schreibt|schrieb|vermutet|glaubt|hofft|so`;
const SPEECH = `(?:${SPEECH_EN}|${SPEECH_DE})`;
const ROLE_WORD = String.raw`(?:professor|researcher|scientist|author|co-?author|co-?investigator|dentist|[a-z]*odontist|[a-z]*therapist|hygienist|optometrist|ana?esthetist|veterinarian|vet|midwife|radiographer|director|chief|head|chair|chairman|chairwoman|physician|doctor|surgeon|[a-z]*ologist|[a-z]*ician|[a-z]*iatrist|investigator|fellow|lecturer|student|postdoc(?:toral)?|dean|specialist|expert|nutritionist|dietitian|statistician|economist|engineer|chemist|physicist|astronomer|biologist|ecologist|geologist|geneticist|epidemiologist|oncologist|neuroscientist|psychologist|meteorologist|glaciologist|archaeologist|climatologist|modeller|modeler|pharmacist|nurse|advis[eo]r|consultant|president|officer|founder|CEO|head|leader|member|manager|curator|analyst)`;
// German roles, male and female forms: "Professorin für …", "Studienleiter", "der Biologe", "Forschende um …", and
// compounds of a field and a profession ("Schlafmedizinerin", "Ozeanograf", "Computerlinguist", "Kinderärztin"; not "Fotograf"),
// and the weak forms after an article ("um den Kardiologen X", "dem Astronomen X").
export const ROLE_DE = String.raw`(?:Professor(?:in)?|Forscher(?:in)?|Forschende[nr]?|Wissenschaftler(?:in)?|Studienleiter(?:in)?|Studienautor(?:in)?|Erstautor(?:in)?|Hauptautor(?:in)?|Letztautor(?:in)?|Seniorautor(?:in)?|Mitautor(?:in)?|Koautor(?:in)?|Leiter(?:in)?|Direktor(?:in)?|Ärztin|Arzt|Oberärztin|Oberarzt|Chefärztin|Chefarzt|Mediziner(?:in)?|Doktorand(?:in|en)?|Postdoktorand(?:in|en)?|Expert(?:e|en|in)|[\p{Lu}]\p{Ll}*(?:leiter(?:in)?|olog(?:e|en|in)|iker(?:in)?|onom(?:en|in)?|forscher(?:in)?|wissenschaftler(?:in)?|mediziner(?:in)?|(?<!Foto|Bio)gra(?:f|ph)(?:in)?|linguist(?:in)?|ingenieur(?:in)?|ärztin|arzt|expert(?:e|in)|spezialist(?:in)?))`;

const SCIENCE_ROLE = String.raw`(?:led by|lead author|first author|senior author|co-?authors?|study author|corresponding author|researchers?|scientists?|professor|physician|mathematician|statistician|technician|dentist|veterinarian|surgeon|doctor|[a-z]*ologists?|[a-z]*iatrist|investigator|director|colleagues?|economist|engineer|chemist|physicist|astronomer|biologist|ecologist|geologist|geneticist|epidemiologist|neuroscientist|oncologist|nutritionist|dietitian|statistician|postdoc|student|fellow|according to|Drs\.?|Profs\.?|study by|paper by|work by|research by)`;

// Compiled once. Candidate names are found in one pass; these small anchored patterns judge the words around each.
export const NAME_ANY = new RegExp(`(?<![\\p{L}.])(?:${TITLE})?(${NAME})`, 'gu');
export const BEFORE_TITLE = new RegExp(`\\b${TITLE}$`, 'u');
export const AFTER_CRED = new RegExp(`^${CRED}`, 'u');
export const AFTER_APPOSITIVE = new RegExp(`^(?:\\s*\\([^)]{0,60}\\))?(?:,\\s+\\d{1,3}(?=,))?(?:${CRED})*,\\s+(?:now\\s+)?(?:(?:a|an|the|who|is|was)\\s+)?(?:[\\p{L}'’-]+\\s+){0,6}?${ROLE_WORD}\\b`, 'u');
/** The same in German text, with German roles ("Anna Roth, Professorin für …"). */
export const AFTER_APPOSITIVE_DE = new RegExp(`^(?:\\s*\\([^)]{0,60}\\))?(?:${CRED})*,\\s+(?:(?:die|der|den|eine|ein)\\s+)?(?:[\\p{L}'’-]+\\s+){0,6}?(?:${ROLE_WORD}\\b|${ROLE_DE}(?![\\p{L}]))`, 'u');
// British style writes academic posts in capitals: "Bryan Williams, Professor of Medicine", "Jo Roe, Senior Lecturer in Law".
// "Jane Roe, who led the study at …": the appositive says the person did the research, however long the place after it.
export const AFTER_LED = /^,\s+who\s+(?:also\s+)?(?:led|co-led|headed|ran|conducted|directed|supervised|oversaw|designed|carried out|worked on|co-?authored|authored|wrote)\s+(?:the|this|a|their|his|her)\s+(?:new\s+|latest\s+)?(?:study|research|work|trial|team|project|analysis|review|survey|paper|report|experiments?)\b/;
/** "Kwame Osei, who grows crystals at Rutgers University": the relative clause places the person at an institution (checked by the caller). */
export const AFTER_WHO_AT = /^,\s+who\s+(?!(?:is|was)\s+(?:a\s+)?(?:patient|mother|father|resident)\b)[^,.;"“”]{0,80}?\b(?:at|for|with)\s+(?:the\s+)?/;
export const AFTER_ACADEMIC_POST = /^,\s+(?:(?:Senior|Associate|Assistant|Emeritus|Regius|Clinical|Honorary|Visiting|Principal|Research)\s+)*(?:Professor|Lecturer|Reader|Fellow|Scientist|Researcher)\b/;
/** A particle and an institution's word that end a name match: "Anna Roth von der Ludwig-Maximilians-Universität". */
export const PLACE_TAIL = /\s+(?:von|vom|van|de|zu|der|den)(?:\s+(?:der|dem|den))?\s+\S*(?:[Uu]niversit|[Ii]nstitut|[Kk]linik|[Zz]entrum|[Hh]ochschule|Hospital|College|Center|Centre)\S*$/u;
/**
 * An organisation after "von"/"vom" ends a name match too: an acronym or a word with an inner capital ("Lorenz
 * Zangerl von GeoSphere Austria", "Marco Derungs vom ERZ"); "von Stetten", "von der Leyen" stay names.
 */
export const ORG_TAIL = /\s+(?:von|vom)\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu})\S*(?:\s+\S+)*$/u;
/** A German noun before "von" and a name opens no name: "Doktorarbeit von Carla Rein", "Messungen von Jan Ott". */
export const NOUN_BEFORE_VON = /^\p{Lu}\p{Ll}*(?:arbeit|ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|tum|ment|ik|ie|ien|daten|ergebnisse)\s+(?:von|vom)\s+(?=\p{Lu})/u;
/** Words that are no part of a person's name: jobs, fields, documents ("Senior Dietician", "Classical Archaeology", "World Report"). */
export const NOT_IN_A_NAME = new RegExp(`^(?:${ROLE_WORD}s?|Senior|Junior|Head|Judge|Dietician|Director)$`, 'i');
/** Fields and documents, never a person's name: "Ancient History", "World Report", "Impulse Control". */
export const FIELD_IN_NAME = /^(?:Report|Control|Therapy|Sciences?|History|Studies|Archaeology|Health|Medicine|Research|Oncology|Neurology|Psychology|Biology|Chemistry|Physics|Engineering|Management|Nursing|Policy|Economics|Education|Technology|Genetics|Genomics|Immunology|Microbiology|Pathology|Pharmacology|Toxicology|Neuroscience|Epidemiology|Physiology|Biochemistry|Statistics|Mathematics|Ecology|Astrophysics|Astronomy|Geology|Sociology|Anthropology|Dentistry|Pharmacy|Surgery|Pa?ediatrics|Cardiology|Dermatology|Radiology|Psychiatry|Endocrinology|Gastroenterology|Nephrology|Urology|Disorders|Diseases|Pharmacology|Cells|Chemie|Physik|Medizin|Informatik|Mathematik|Geschichte|Studie|Forschung|\p{Lu}\p{Ll}*(?:ologie|wissenschaften?|forschung|medizin|technik))$/u;
const BEFORE_ROLE_EN = new RegExp(`(?<![\\p{L}])(?:${SCIENCE_ROLE}s?)\\s*,?\\s+(?:(?:like|such as|including)\\s+)?$`, 'iu');
// German roles keep their capital: with the English pattern's case folding "striker" would read as "Physiker".
// "das Team um X", and any group of people named by their work: "Die Verfahrensingenieure von ERZ um X", "die Kieler
// Geologinnen um X" (a few words may stand between the group and "um").
const GROUP_DE = String.raw`(?:\p{L}*(?:[Tt]eam|[Gg]ruppe)|Forschende[nr]?|Kolleg(?:en|innen)|[\p{Lu}]\p{Ll}*(?:forscher(?:innen)?|wissenschaftler(?:innen)?|ingenieur(?:e|innen)|olog(?:en|innen)|iker(?:innen)?|mediziner(?:innen)?|ärzt(?:e|innen)))`;
const BEFORE_ROLE_DE = new RegExp(`(?<![\\p{L}])(?:${ROLE_DE}|${GROUP_DE}(?:\\s+[\\p{L}.-]+){0,3}\\s+um)\\s*,?\\s+(?:wie\\s+)?$`, 'u');
export const BEFORE_ROLE = { test: (before: string, de = true): boolean => BEFORE_ROLE_EN.test(before) || (de && BEFORE_ROLE_DE.test(before)) };
export const AFTER_ET_AL = /^\s+(?:and (?:his|her|their) (?:colleagues|team|co-?workers)|and colleagues|et al\b|und (?:Kollegen|Kolleginnen|sein Team|ihr Team))/;
export const AFTER_SAID = new RegExp(`^(?:,[^,]{0,160},)?\\s+${SPEECH}\\b`, 'u');
export const BEFORE_SAID = new RegExp(`\\b${SPEECH}\\s+$`, 'u');
/** English text: no German speech words ("so" is an English word too). */
export const AFTER_SAID_EN = new RegExp(`^(?:,[^,]{0,160},)?\\s+(?:${SPEECH_EN})\\b`, 'u');
export const BEFORE_SAID_EN = new RegExp(`\\b(?:${SPEECH_EN})\\s+$`, 'u');
export const AFTER_OF = /^,?\s+(?:of|from|at|with|von der|vom|von|an der|am|aus dem|aus der)\s+(?:the\s+)?/;
// The verb close to the noun: "researchers quizzed 187 players from clubs including …" lists no researchers.
// A reference line's author list: "Originalpublikation: A, B, C: Title".
export const LIST_CUE = /^\s*(?:Originalpublikation|Originalveröffentlichung|Original publication|Fachartikel)\s*:\s*|\b(?:(?:co-?authors?|authors|researchers|investigators|scientists|team members|collaborators|colleagues|team)\b(?:\s+who\s+(?:contributed|worked|took part|participated|collaborated)\b[^.;:\d]{0,40}?|[^.;:\d]{0,30}?)(?:\b(?:include|included|includes|including|are|were)\b:?|:|,)|\b(?:co-?authored|written|conducted|carried out|led|headed|coordinated) by)\s+/gi;
// A name with its affiliation numbers (and a mark for the corresponding author) in a paper's author list.
export const NUMBERED_AUTHOR = new RegExp(String.raw`(${NAME})\s?\d{1,2}(?:,\d{1,2})*[*†‡]?(?=\s*(?:,|;|\band\b|&|$))`, 'gu');
export const LIST_ITEM = new RegExp(`^(?:(?:[\\p{Ll}-]+|PhD|Ph\\.D\\.)\\s+){0,3}(?:${TITLE})?(${NAME})`, 'u');
export const LIST_SPLIT = /,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+/;
export const CAPITAL_WORD = /(?<![\p{L}'’.-])[\p{Lu}](?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]+/gu;
// "Beck, a biologist at …", "Beck, who directs the Center for …": a surname said to do research.
export const SURNAME_APPOSITIVE = new RegExp(`^,\\s+(?:(?:now\\s+)?(?:a|an|the|who is|who was)\\s+(?:[\\p{L}-]+\\s+){0,5}?${ROLE_WORD}\\b|who\\s+(?:also\\s+)?(?:directs|heads|leads|runs|chairs|led|headed|directed|co-led|studies|researches|conducted|oversaw)\\b)`, 'u');
export const AFTER_SAID_SHORT = new RegExp(`^\\s+${SPEECH}\\b`, 'u');
export const AFTER_SAID_SHORT_EN = new RegExp(`^\\s+(?:${SPEECH_EN})\\b`, 'u');
/** Capitalised sentence openers that a name pattern would otherwise swallow ("Researchers Jane Doe …", German "Studienleiterin Anna Roth"). */
export const LEAD_STRIP = new Set([
  'Researchers', 'Scientists', 'Researcher', 'Scientist', 'Professor', 'Doctor', 'Author', 'Co-author', 'Biologist', 'Physicist', 'Chemist', 'Epidemiologist', 'Economist', 'Engineer', 'Astronomer',
  'Geologist', 'Ecologist', 'When', 'But', 'And', 'While', 'After', 'As', 'Then', 'Still', 'Now', 'So', 'Yet', 'Both', 'Meanwhile', 'Says', 'Said', 'According', 'Director', 'Lead', 'Senior',
  'Mr', 'Ms', 'Mrs', 'Miss', 'Mr.', 'Ms.', 'Mrs.', 'Professors', 'Drs', 'Drs.', 'Profs', 'Profs.',
  'Wie', 'Laut', 'Auch', 'Doch', 'Aber', 'Und', 'Nach', 'Für', 'Mit', 'Der', 'Die', 'Das', 'Dem', 'Den', 'Des', 'Sagt', 'Erklärt', 'Betont', 'Professorin',
]);
/** One German role word ("Ozeanograf"): inside a match it ends what comes before the name ("Kieler Ozeanograf Arne Lind"). */
export const ROLE_DE_WORD = new RegExp(`^${ROLE_DE}$`, 'u');
/** German nouns and openers before a name, stripped as long as a name is left: "Wie Studienleiterin Anna Roth". */
export const LEAD_STRIP_DE = new RegExp(`^(?:${ROLE_DE}|Ihre|Ihr|Seine|Sein|Deren|Dessen|Unsere|Unser|Eine|Ein|Wie|Laut|Auch|Doch|Aber|Und|Nach|Für|Mit|Der|Die|Das|Dem|Den|Des|Sagt|Erklärt|Betont|Team|Studie|Gruppe)$`, 'u');
// Words before a name that make it a patient, relative, politician, editor or addressee, not a scientist.
// German articles: German writes none before a person's bare name, and no name opens with one.
const ARTICLES_DE = String.raw`(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)`;
/** An article just before a word: "die Schweizer Myonenquelle", "auf die Darmflora". */
export const ARTICLE_BEFORE_DE = new RegExp(`(?:^|[\\s(„“"])${ARTICLES_DE}\\s+$`, 'iu');
/** A match that opens with an article or a determiner: "Die Auswertung ergänzt …". */
export const ARTICLE_FIRST_DE = new RegExp(`^(?:${ARTICLES_DE}|diese[rsnm]?|jede[rsnm]?)\\s`, 'iu');
export const LAY_BEFORE = /\b(?:patients?|participants?|volunteers?|mother|father|wife|husband|son|daughter|grandmother|grandfather|resident|senator|sen\.|governor|gov\.|mayor|president|minister|secretary|spokes(?:person|man|woman)|congressman|congresswoman|rep\.|actor|singer|player|coach|CEO|chief executive|edited by|letter to|Patientin|Patient|\p{L}*[Mm]inisterin|\p{L}*[Mm]inister|\p{L}*[Ss]precherin|\p{L}*[Ss]precher|Bürgermeisterin|Bürgermeister|Landwirtin|Landwirt|Bundesrätin|Bundesrat|Regierungsrätin|Regierungsrat|Staatssekretärin|Staatssekretär|Senatorin|Landrätin|Landrat|Kanzlerin|Kanzler|Abgeordnete[rn]?)\s+$/iu;
export const ORG_BEFORE = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:Dr|Prof|Professor)\.?\s+)?$/u;
export const LAY_APPOSITIVE = /^,\s+(?:(?:who|is|was|now|the|a|an|acting|former)\s+)*(?:[\p{L}&'’-]+\s+){0,5}?(?:secretary|senator|governor|mayor|minister|spokes(?:person|man|woman)|lawyer|attorney|congress(?:man|woman)|patient|mother|father|CEO|chief executive|executive|acting director|director of (?:communications|information|policy|public affairs|marketing|advocacy)|president of the (?:foundation|company|firm|charity))\b/iu;
// "estimates Evan Roe, CEO of …": someone who gives an estimate or a finding speaks as a researcher, whatever the job.
export const FINDING_BEFORE = /\b(?:estimates|estimated|calculates|calculated|measured|found|finds|modell?ed|analy[sz]ed)\s+$/;
// "Scientists at Blue Harbor said", "Research from Blue Harbor found", "Blue Harbor said its": the sentence treats the name as a place.
export const ORG_PLACE_BEFORE = /\b(?:research|researchers|scientists|data|figures|analysts|experts|staff|team|doctors|engineers)\s+(?:at|from)\s+$/i;
export const ORG_SPEECH_AFTER = new RegExp(`^\\s+${SPEECH}\\s+(?:(?:that|in|on)\\s+)?its\\b`, 'u');
// "Marenko-Voigt, 47, a professor at …": an age before an academic's post is no patient's (a nurse or an engineer
// with an age may be the patient).
export const AGE_AFTER = /^,\s+\d{1,3}\b(?!,\s+(?:now\s+)?(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:professor|lecturer|researcher|scientist|[a-z]*ologist|mathematician|physicist|chemist|astronomer)\b)/u;
export const ORDINAL_BEFORE = /\b\d+(?:st|nd|rd|th)\s+$/;

export const NOT_NAME_WORDS = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'New North South East West United National American British European International Science Research Health Medical Medicine Cancer Journal The This That ' +
    'These Those University Institute Hospital College Center Centre School Clinic Foundation Department Society Association Agency Laboratory Lab Council ' +
    // The same heads in German: "Archäologie des Mittelalters der Universität Tübingen" is no one's name.
    'Universität Institut Klinikum Klinik Kliniken Zentrum Hochschule Krankenhaus Stiftung Gesellschaft Akademie Museum Universitätsklinikum Universitätsmedizin ' +
    'San Los Las Hong Saint Santa Lake Mount River Street County City State Park Island Islands Sea Ocean Covid Alzheimer Parkinson Nobel Prize Award ' +
    'Nature Cell Lancet Press Release Study Trial Team Group Program Network Service Office Ministry Commission Court Senate House Federal ' +
    'Affairs Resources Services Relations Environment Development Security Defence Defense Energy Transport Education Agriculture Fisheries ' +
    'She He They We It You His Her Their Our Its ' +
    'Associated Reuters Getty Images Photo Credit Courtesy Source Read More Related Sign Subscribe Share Twitter Facebook Inc Corp Ltd Express Times Post ' +
    'Daily Weekly Magazine News Clinical Trials Gov Kingdom Republic Royal General Memorial Professor Professorship Associate Adjunct Assistant Chief Officer Technology Task Force Services Initiative Order Failure Education Fellow Chair Director Dean Emeritus President Vice Executive Distinguished Endowed Children Women Men Boston Chicago London Paris Berlin Tokyo Texas California ' +
    'Faso Leone Rica Lanka Arabia Zealand Africa America Emirates Korea Guinea Verde Salvador Delhi Aires Janeiro Paulo Francisco Diego Angeles Vegas Orleans Jersey Hampshire Carolina Dakota Virginia Oregon Florida Ohio Arizona Colorado Utah Nevada Idaho Montana Alaska Hawaii Iowa Kansas Nebraska Oklahoma Arkansas Louisiana Alabama Tennessee Kentucky Indiana Illinois Wisconsin Minnesota Missouri Maryland Pennsylvania Massachusetts Connecticut Ontario Quebec Island Coast Valley Bay Peninsula Basin Desert Mountains Webb Hubble Space Telescope Station Earth Mars Moon Sun').split(' '),
);
/**
 * Words of that list that are also given names or surnames ("May Griffith", "H. Jack West", "Sung Noh Hong", "Sun Mei"):
 * allowed in a name the story marks as a scientist's (a title, a role beside it).
 */
export const NAME_TOO = new Set('April May June August West North South East Hong Lake Park Rose River Hill Young King Mount Sun Moon'.split(' '));
