/** Word lists the institution scanner reads: heads, generic words, known names. */

/** Words that make a run of capitalised words an organisation. */
export const HEADS = new Set(
  ('University Universities Institutes Universität Université Universidad Universidade Università Universiteit Universitet Universiti Universitas Universitat Uniwersytet Univerzita College Institute Institut Instituto Istituto Institutet ' +
    'Hospital Hospitals Clinic Center Centre Centers Laboratory Laboratories Lab Labs Foundation Trust Agency Administration Society Association ' +
    'Organization Organisation Council Service Observatory Observatories Museum Network Consortium Academy Pharmaceuticals Pharmaceutical Therapeutics Biosciences ' +
    'Bioscience Biotech Biotechnology Biologics Inc Corp Corporation Company Co Ltd LLC Medicine Healthcare Programme Program Bank Group Collaboration Unit Survey ' +
    'Pharma Biopharma Biopharmaceuticals Biotherapeutics Diagnostics Genomics Technologies Technology ' +
    'Authority Bureau Ministry Commission Office Zoo Garden Gardens Initiative Alliance Coalition Fund Polytechnic Politecnico Department Health Medical Oncology Sciences Infirmary ' +
    'Klinikum Universitätsklinikum Uniklinik Universitätsmedizin Klinik Kliniken Zentrum Centrum Forschungszentrum Hochschule Fachhochschule Krankenhaus Spital Akademie Stiftung Sternwarte Observatorium Gesellschaft Lehrstuhl Fakultät Fachbereich Kommission Behörde Agentur Facility').split(' '),
);
/** Heads only at a name's end, after a proper name ("Fauna and Flora International"; not "International Space Station"). */
export const TAIL_HEADS = new Set(['International', 'UK']);
/** German compounds that end in a head ("Krebsforschungszentrum", "Max-Planck-Institut", "Robert Koch-Institut", "Kantonsspital", "Landesamt", "Landessternwarte", "Bundesanstalt", "Wetterdienst", "Landesmuseum", "Weltraumorganisation", "Arzneimittelagentur", "Forschungsgemeinschaft", "Staatssammlung", "GeoForschungsZentrum"). */
const COMPOUND_HEAD_RE = /^(?:\p{Lu}[\p{L}-]*(?:-(?:Institut|Zentrum|Centrum|Klinikum|Universität|Hochschule|Krankenhaus|Klinik|Gesellschaft|Stiftung)|(?:zentrum|Zentrum|klinikum|institut|universität|hochschule|krankenhaus|klinik|kliniken|spital|spitäler|warte|amt|anstalt|dienst|museum|organisation|agentur|gemeinschaft|sammlung))|Institut|Zentrum|Klinikum)(?:e?s)?$/u;
/** Nordic and Dutch hospitals and universities written as one word, with the place after a hyphen ("Rigshospitalet-Glostrup", "Universitetssjukhuset", "Rijnstate Ziekenhuis" aside). */
export const NORDIC_HEAD_RE = /^\p{Lu}\p{Ll}+(?:hospitalet|sjukhuset|sykehuset|sykehus|sygehus|universitetet|instituttet|institutet|ziekenhuis)(?:-\p{Lu}\p{Ll}+)?$/u;
// Asked of every capitalised word: the regexes run only on words that end like one of those heads or a place after one.
const COMPOUND_ENDS = /(?:ut|um|ät|le|us|ik|ng|en|al|te|mt|lt|st|ft|on|ur|er)(?:e?s)?$/;
export const COMPOUND_HEAD = {
  test: (w: string): boolean => w.length > 6 && ((COMPOUND_ENDS.test(w) && COMPOUND_HEAD_RE.test(w)) || NORDIC_HEAD_RE.test(w)),
};
/** Heads a possessive may open ("Alzheimer's Association", "Parkinson's UK"); before other heads it names a parent ("Stanford's Institute"). */
export const EPONYM_HEADS = /^(?:Association|Society|Foundation|Trust|Research|UK|Fund|Alliance)$/;
/** Heads stories also write in lower case after a name ("the Royal Free hospital"). */
export const LOWER_HEADS = new Set(['hospital', 'infirmary']);
/** Legal forms that may follow a comma and still end the name ("Acme Analytics, LLC"). */
export const LEGAL_HEADS = new Set(['LLC', 'Inc', 'Ltd', 'Corp']);
/** Heads that also end ordinary phrases ("Mental Health", "Nuclear Medicine"): need a proper name before them. */
export const WEAK_HEADS = new Set(['Health', 'Medical', 'Oncology', 'Sciences', 'Medicine', 'Group', 'Unit', 'Survey', 'Office', 'Program', 'Programme', 'Service', 'Network', 'Fund', 'Department', 'Technology', 'Technologies', 'Diagnostics', 'Genomics']);
export const GENERIC_LEFT = new Set(['Reuters', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox', 'Yahoo', 'WebMD', 'Everyday', 'Daily', 'Today', 'Public', 'Mental', 'Global', 'Environmental', 'Planetary', 'Child', 'Children', 'Women', 'Men', 'Reproductive', 'Internal', 'Nuclear', 'Family', 'Emergency', 'Social', 'Life', 'Earth', 'Health', 'Precision', 'Regenerative', 'Translational', 'Clinical', 'Radiation', 'Medical', 'Research', 'Study', 'Data', 'Sports', 'Veterinary', 'Digital', 'One', 'Oral', 'Sexual', 'Occupational']);
export const FIELD_END = /^(?:Research|Surgeons|Services|Technology|Biotechnology|Medicine|Prevention|Engineering|Exploration|Sciences?|Health|Development|Environment|Policy|Blood|Innovation|Management|Design|Education|Economics|Planning|Welfare|Nutrition|Genetics|Biology|Neuroscience|Astrophysics|Physics|Chemistry|Mathematics|Statistics|Ecology|Evolution|Conservation|Atmosphere|Oceans?|Space|Aeronautics|Infectious Diseases|Diseases|Disorders|Metabolism|Aging|Ageing|Disease|Rehabilitation|Therapeutics|Immunology|Microbiology|Pathology|Pharmacology|Toxicology|Wellbeing|Care|Sleep|Society|Culture|Arts|Humanities|Law|Justice|Security|Energy|Materials|Computing|Informatics|Sustainability|Agriculture|Food|Forestry|Fisheries|Wildlife|Tropical Medicine|Hygiene|Dentistry|Nursing|Midwifery|Pharmacy)$/;
/** Words that end one organisation's name, so an "and" after them starts another. */
export const POSSESSIVE_IN_NAME = /^(?:Children|Women|Men|People|Veterans|Shriners|Sailors|King|Queen)['’]s$/;
export const ENDS_NAME = /['’]s$|^(?:AG|SA|GmbH|plc|School)$/;
export const DATE_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/** Capitalised words after a name that are something it issued ("Institute of Medicine Report"), not more of the name. */
export const DOC_WORD = /^(?:Report|Reports|Statement|Guidelines?|Study|Findings|Paper)$/;
/** Heads that only count with a qualifier ("School of Medicine", "Medical School"), checked separately. */
export const SCHOOL = /^(?:School|Faculty|Division)$/;
export const CONNECT_AFTER = new Set(['of', 'for', 'on', 'de', 'the', 'für', 'zu', 'di', 'del', 'della', 'des', 'du', 'y', 'da', 'do', 'dos', 'das', 'degli', 'voor', 'van']);
/** Words a run never starts with: sentence openers, titles, generic nouns. */
export const LEADING_STOP = new Set(
  ('The A An At In From By For With Both And But Meanwhile While After Before Researchers Scientists Researcher Scientist According Dr Prof Professor Director ' +
    'Lead Senior This That These Those Its Their His Her Our Some Many Most Other Several Now Then When Where As If Although Though Since Yet So Also ' +
    'About Best Top Former Current Under Like Unlike Among Only Each Every Via Through Per To Of On Ms Mr Mrs Co Study Team Experts Doctors Officials Patients US U.S Said ' +
    'Die Der Das Dem Den Des Ein Eine Laut Am Im Vom Von Bei Mit Nach Wie Auch Forschende Forscher Forscherinnen Wissenschaftler Wissenschaftlerinnen Beim Zum Zur Aus Über Für Durch Seit Einer Einem Eines Dass Und Sowie ' +
    // A German fact box's heading before its list: "Beteiligte Einrichtungen Landesamt für …".
    'Beteiligt Beteiligte Einrichtungen Institutionen Partner Kooperationspartner').split(' '),
);
export const CAMPUS_BASES = /University of (?:California|Texas|Wisconsin|Massachusetts|Illinois|Colorado|Maryland|Missouri|North Carolina|Tennessee|Nebraska|Michigan|Minnesota|Hawaii|Alabama|Arkansas|Pittsburgh)$/;
export const CAMPUS = /^,\s+((?:Los Angeles|San Diego|San Francisco|Santa Barbara|Santa Cruz|Berkeley|Davis|Irvine|Riverside|Merced|Austin|Dallas|El Paso|San Antonio|Arlington|Houston|Madison|Milwaukee|Amherst|Boston|Lowell|Dartmouth|Chicago|Urbana-Champaign|Springfield|Boulder|Denver|Anschutz Medical Campus|Baltimore County|Baltimore|College Park|Kansas City|St\. Louis|Columbia|Chapel Hill|Greensboro|Charlotte|Wilmington|Knoxville|Lincoln|Omaha|Ann Arbor|Dearborn|Flint|Twin Cities|Duluth|Manoa|Birmingham|Huntsville|Little Rock)\b)/;

/** Organisations often named without a head word; agencies and companies that run studies. */
/** Acronyms German and British newsrooms write as words ("die Esa", "am Cern", "Nasa"); they open German compounds as
 * the acronyms do ("der Cern-Rat", "die Esa-Mission"). */
export const WORD_ACRONYMS = new Set('Nasa Esa Cern Noaa Jaxa Eso Eumetsat Desy Isro Cnes'.split(' '));
export const KNOWN = new Set([
  ...('NASA NIH CDC WHO ESA NOAA FDA EPA NSF USGS JAXA CERN MIT UCLA UCSF UCSD UCL EPFL ETH KAIST RIKEN CNRS INSERM CSIRO NIST DARPA NHS ECDC EMA MHRA NICE ' +
    'JDRF MDRC RAND Radboudumc LUMC Caltech Harvard Stanford Yale Princeton Moderna Pfizer BioNTech Merck AstraZeneca Novartis Roche Genentech GlaxoSmithKline GSK Janssen ' +
    'Sanofi Bayer Amgen Gilead Regeneron Biogen AbbVie Takeda Eisai Wyeth Medtronic Illumina DeepMind OpenAI Anthropic Microsoft IBM Nvidia Mila Novavax ' +
    'Charité CureVac Vertex Lilly Copernicus Cochrane Wellcome Stryker Abbott Medtronic Neuralink SpaceX Boeing Airbus Google Meta Apple Intel Samsung Siemens ' +
    // Space agencies, national laboratories and research organisations that go by their acronym alone.
    'ISRO CNES DLR CNSA KARI KEK DESY ESRF EMBL ESO NRAO NCAR NREL ORNL LLNL LANL PNNL SLAC Fermilab Argonne Brookhaven TRIUMF STFC UKRI INRAE INRA CSIC INAF INFN ' +
    'NIWA RSPB BTO WHOI MBARI GEOMAR ECMWF TIFR IISc ICMR ICAR NIAID NIMH NHLBI NHGRI UNSW ANU QUT RMIT ' +
    // German-speaking universities and institutes by their acronym, and federal agencies named in one word.
    'TUM LMU KIT RWTH UZH DKFZ DZNE PIK AWI GFZ UFZ RKI BfR PTB DWD Umweltbundesamt Destatis BfS PEI FLI HZB HZDR MDC ZALF ' +
    // Swiss and Austrian federal research bodies with no organisation word.
    'Empa Eawag Agroscope WSL PSI FiBL MeteoSchweiz AGES ZAMG ISTA Inselspital Wissenschaftsrat EUMETSAT LIGO').split(' '),
  ...WORD_ACRONYMS,
]);
/** Known companies whose names also open product names ("Google Play", "Apple Watch", "IBM SPSS"). */
export const PRODUCT_MAKERS = new Set('Google Apple Microsoft IBM Meta Samsung Intel Nvidia OpenAI Anthropic DeepMind Siemens Medtronic Illumina Boeing Airbus SpaceX Neuralink Stryker Abbott'.split(' '));
/** Product words after such a name ("Google Play", "Apple Watch", "IBM Statistical Package"); a division ("Stryker Neuroendovascular") stays. */
export const PRODUCT_AFTER = /^(?:Play|Store|Watch|Maps|Scholar|Search|Trends|Cloud|Docs|Drive|Chrome|Translate|Assistant|Home|Fit|Pay|Music|Photos|Earth|Street|Books|Glass|Lens|Pixel|Nest|Gemini|Bard|iPhone|iPad|iTunes|Mac|Siri|AirPods|Vision|Office|Excel|Word|Teams|Windows|Azure|Bing|Copilot|Kinect|HoloLens|Xbox|Watson|SPSS|Statistical|Galaxy|Quest|Llama|Oculus)$/;
export const KNOWN_PHRASES = [
  'Eli Lilly', 'Johnson & Johnson', 'Novo Nordisk', 'Bristol Myers Squibb', 'Bristol-Myers Squibb', 'Boston Scientific', 'Google DeepMind', 'Kaiser Permanente',
  'Cancer Research UK', 'UK Biobank', 'Food and Drug Administration', 'Centers for Disease Control and Prevention', 'Centers for Disease Control',
  'Department of Health and Human Services', 'Department of Energy', 'Department of Agriculture', 'Department of Defense', 'Department of Veterans Affairs',
  'National Heart, Lung, and Blood Institute', 'National Heart, Lung and Blood Institute', 'Max Planck', 'Karolinska Institutet', 'Charité – Universitätsmedizin Berlin', 'Charité - Universitätsmedizin Berlin', 'Johns Hopkins', 'Mass General Brigham', 'Massachusetts General',
  'Memorial Sloan Kettering', 'MD Anderson', 'M.D. Anderson', 'Dana-Farber', 'Fred Hutch', 'Cedars-Sinai', 'Mount Sinai', 'Scripps Research',
  'Weill Cornell', 'Penn Medicine', 'UC Berkeley', 'UC Davis', 'UC San Diego', 'UC Irvine', 'UMass Amherst', 'Texas A&M', 'Allen Institute for AI',
  'GeoSphere Austria', 'UNSW Sydney', 'Met Office', 'European Space Agency', 'Jet Propulsion Laboratory', 'Roche', 'F. Hoffmann-La Roche',
  // Canadian federal bodies name their field and the country, with no organisation word.
  'Fisheries and Oceans Canada', 'Health Canada', 'Statistics Canada', 'Natural Resources Canada', 'Environment and Climate Change Canada',
  'Agriculture and Agri-Food Canada', 'Parks Canada', 'Ocean Networks Canada', 'Helmholtz Munich',
  'Klinikum rechts der Isar',
  // Dutch university medical centres go by an abbreviation of the head words.
  'Erasmus MC', 'Amsterdam UMC', 'UMC Utrecht', 'Maastricht UMC+',
];
/** Known phrases by their first word, so a sentence is checked word by word, not phrase by phrase. */
export const PHRASES_BY_FIRST: ReadonlyMap<string, string[]> = new Map(
  [...new Set(KNOWN_PHRASES.map((p) => p.split(' ')[0]))].map((first) => [
    first,
    KNOWN_PHRASES.filter((p) => p.split(' ')[0] === first).sort((a, b) => b.length - a.length),
  ]),
);

/** German and other universities' short names, read with the city after them ("TU Dresden", "FU Berlin", "LMU München"). */
export const UNIVERSITY_ACRONYM = /^(?:TU|FU|HU|TH|LMU|RWTH|JLU|KU|WU|BOKU|JKU|HHU|JGU|TiHo|OTH|HAW)$/;
/** The Swiss federal institutes' short names with their city: "ETH Zürich", "EPFL Lausanne". */
export const SWISS_FEDERAL = /^(?:ETH|EPFL)$/;
export const SWISS_FEDERAL_CITY = /^(?:Zürich|Zurich|Lausanne)$/;
