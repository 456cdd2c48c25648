// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { institutionsIn } from './institutions';

const names = (s: string) => institutionsIn(s).map((o) => o.name);

describe('German prose that looks like Title Case', () => {
  it('reads an affiliation in brackets in a short German sentence, whose nouns are capitalised', () => {
    expect(names('Co-Autor Prof. Dr. Amadou Diallo-Schreiber (Freie Universität Berlin) steuerte die Mineralanalysen bei.')).toEqual(['Freie Universität Berlin']);
    expect(names('Prof. Anna Berg (Universität Bonn) sagte das.')).toEqual(['Universität Bonn']);
    // An English headline in Title Case still keeps only known names.
    expect(names('New Study From Harvard University Finds Coffee Linked To Longer Life')).toEqual(['Harvard']);
  });
});

describe('German compounds', () => {
  it('finishes a word cut at its hyphen with the word after "und"', () => {
    expect(names('Das Team vom Deutschen Zentrum für Luft- und Raumfahrt (DLR) hat Daten ausgewertet.')).toEqual(['Deutsches Zentrum für Luft- und Raumfahrt', 'DLR']);
    expect(names('Forschende am Helmholtz-Zentrum für Polar- und Meeresforschung haben das gezeigt.')).toEqual(['Helmholtz-Zentrum für Polar- und Meeresforschung']);
  });

  it('keeps a German field list joined by "und" inside a "für" name', () => {
    expect(names('Forschende am Institut für Ur- und Frühgeschichte und Archäologie des Mittelalters haben die Funde datiert.')).toEqual(['Institut für Ur- und Frühgeschichte und Archäologie des Mittelalters']);
    expect(names('Das Institut für Geologie und Paläontologie der Universität Münster war beteiligt.')).toEqual(['Institut für Geologie und Paläontologie', 'Universität Münster']);
    expect(names('Die Bundesanstalt für Geowissenschaften und Rohstoffe hat die Proben geprüft.')).toEqual(['Bundesanstalt für Geowissenschaften und Rohstoffe']);
    // A contracted preposition that opens the sentence is no part of the name.
    expect(names('Beim Bundesamt für Meteorologie und Klimatologie rechnet man mit mehr Hitzetagen.')).toEqual(['Bundesamt für Meteorologie und Klimatologie']);
    expect(names('Zur Universität Wien gehört das Labor.')).toEqual(['Universität Wien']);
    // Two organisations, or people after "und", stay apart.
    expect(names('Das Institut für Virologie und Universität Bonn arbeiteten zusammen.')).toEqual(['Institut für Virologie', 'Universität Bonn']);
    expect(names('Das Max-Planck-Institut für Chemie und Forschende aus Mainz haben das gezeigt.')).toEqual(['Max-Planck-Institut für Chemie']);
  });

  it('reads German bodies by acronym or in one word, a chair, a campus and a hospital with lower-case words in its name', () => {
    expect(names('Laut Umweltbundesamt ist die Belastung gesunken.')).toEqual(['Umweltbundesamt']);
    expect(names('Am Klinikum rechts der Isar wurden 40 Patienten behandelt.')).toEqual(['Klinikum rechts der Isar']);
    expect(names('Der Lehrstuhl für Tierökologie der Universität Bayreuth war beteiligt.')).toEqual(['Lehrstuhl für Tierökologie', 'Universität Bayreuth']);
    expect(names('Forschende vom TUM Campus Straubing und vom KIT haben das gezeigt.')).toEqual(['TUM Campus Straubing', 'KIT']);
    expect(names('Ein Lehrstuhl ist frei.')).toEqual([]);
  });

  it('reads an acronym that opens a German compound as the organisation alone', () => {
    expect(names('Das Team hat Daten des NASA-Rovers Perseverance ausgewertet.')).toEqual(['NASA']);
    expect(names('Sanofi-Aventis ran the trial.')).toEqual(['Sanofi-Aventis']);
  });
});

describe('names without a head word', () => {
  it('reads research bodies known by their acronym, a national branch, Canadian federal bodies and French "d\'"', () => {
    expect(names('The satellite rode an ISRO rocket, and the detector was built at KEK in Japan.')).toEqual(['ISRO', 'KEK']);
    expect(names('The counts are part of a collaboration between the BTO and RSPB Scotland.')).toEqual(['BTO', 'RSPB Scotland']);
    expect(names('Data came from Ocean Networks Canada and Fisheries and Oceans Canada.')).toEqual(['Ocean Networks Canada', 'Fisheries and Oceans Canada']);
    expect(names('Astronomers at the Carnegie Observatories in Pasadena led the work.')).toEqual(['Carnegie Observatories']);
    expect(names("Researchers at the Institut d'Astrophysique Spatiale in Orsay analysed it.")).toEqual(["Institut d'Astrophysique Spatiale"]);
    expect(names("It is the d'Alembert operator.")).toEqual([]);
  });


  it('reads Dutch university medical centres by their abbreviation', () => {
    expect(names('The researchers worked with colleagues at Erasmus MC in Rotterdam.')).toEqual(['Erasmus MC']);
    expect(names('Doctors at Amsterdam UMC and UMC Utrecht ran the trial.')).toEqual(['Amsterdam UMC', 'UMC Utrecht']);
    expect(names('A team at Radboudumc in Nijmegen led it.')).toEqual(['Radboudumc']);
  });
});

describe('names joined by "&"', () => {
  it('takes no site section or app category for an organisation', () => {
    expect(names('The sleep app was listed third among the Health & Fitness downloads that week, and it was free.')).toEqual([]);
    expect(names('Readers can find the piece in our Science & Medicine pages, which are updated every day.')).toEqual([]);
  });

  it('keeps a school’s "&" name', () => {
    expect(names('New modelling by the London School of Economics & Political Science suggests the tax would work.')).toEqual(['London School of Economics & Political Science']);
  });

  it('keeps "&" names with an organisation word', () => {
    expect(names('She said the samples were sent to the Oregon Health & Science University lab for testing.')).toEqual(['Oregon Health & Science University']);
    expect(names('The gel was first sold by Procter & Gamble Co. in a small number of shops.')).toEqual(['Procter & Gamble Co']);
  });
});

describe('names with more than one "and"', () => {
  it('keeps a department whose comma list closes with "Affairs" whole, and takes no person from it', () => {
    expect(names('The Department for Environment, Food and Rural Affairs said concentrations had fallen.')).toEqual(['Department for Environment, Food and Rural Affairs']);
  });

  it('keeps a field list joined by two "and"s whole', () => {
    expect(names('Funding came in part from the National Institute of Diabetes and Digestive and Kidney Diseases last year.')).toEqual([
      'National Institute of Diabetes and Digestive and Kidney Diseases',
    ]);
    expect(names('He teaches at the Lindqvist Institute of Arts and Sciences and Technology in the north.')).toEqual([
      'Lindqvist Institute of Arts and Sciences and Technology',
    ]);
  });

  it('joins a field and a shared head, and a plural head with its places', () => {
    expect(names('The pain researcher works at Oregon Health and Science University, where she runs a clinic.')).toEqual(['Oregon Health and Science University']);
    expect(names('The team came from the Universities of Exeter and Plymouth in the south west of England.')).toEqual(['Universities of Exeter and Plymouth']);
  });

  it('still splits two names and real lists', () => {
    expect(names('The work was done at the Institute of Medicine and Vantor and Quell Research in two cities.')).toEqual(['Institute of Medicine']);
    expect(names('Scientists from Mayo Clinic and Harvard University took part in the work over two years.')).toEqual(['Mayo Clinic', 'Harvard University']);
    expect(names('The samples were shared by the University of Leeds and the Quarry Institute over two years.')).toEqual(['University of Leeds', 'Quarry Institute']);
  });
});

describe('capitalised runs that are not organisations', () => {
  it('drops slogans, job titles, common noun phrases and reference abbreviations', () => {
    expect(names('The agency’s motto, Turning Discovery Into Health, is printed at the foot of the page.')).toEqual([]);
    expect(names('“It is promising,” said the clinic’s Medical Director and head of its cancer unit in the city.')).toEqual([]);
    expect(names('This site may earn an Affiliate Commission if you buy something through the links on the page.')).toEqual([]);
    expect(names('Roe J, Doe K. Sleep and mood in students. Arch Child Ment Health 2017 Dec;20(1):129-138.')).toEqual([]);
  });

  it('keeps a name after "a" when a noun follows it, and saints in hyphenated names', () => {
    expect(names('It was a Harvard University study of nurses that first showed the link in the data.')).toEqual(['Harvard University']);
    expect(names('She was treated at Presbyterian-St. Luke’s Hospital in Denver for most of that year.')).toEqual(['Presbyterian-St. Luke’s Hospital']);
  });
  it('reads an institution between commas in a Title Case affiliation line, and nothing else there', () => {
    const names = (s: string) => institutionsIn(s).map((m) => m.name);
    expect(names('Ana B. Ruiz M.D., Lakeside University School of Medicine, Atlanta, Georgia, and Tom Lee Ph.D., Northgate Cancer Center')).toEqual([
      'Lakeside University School of Medicine',
      'Northgate Cancer Center',
    ]);
    // A headline's run of capitals is no affiliation (a known short name may still be read).
    expect(names('Harvard University Study Finds Coffee Helps Memory, Experts Say').filter((n) => /Study|Finds|Experts/.test(n))).toEqual([]);
  });
  it('keeps a possessive that is part of the name (King’s College London)', () => {
    expect(institutionsIn('The trial was run by researchers at King\'s College London and published today.').map((m) => m.name)).toEqual(["King's College London"]);
  });
});

describe('names that end in "International" and lists of them', () => {
  it('reads a proper name before "International" as an organisation', () => {
    expect(names('Staff from Fauna and Flora International and Wildlife Management International joined the survey.')).toEqual([
      'Fauna and Flora International',
      'Wildlife Management International',
    ]);
  });

  it('splits a list that starts with one into its members', () => {
    expect(names('Help came from Fauna & Flora International, the Lowland Trust and the Marsh Society in the first year.')).toEqual([
      'Fauna & Flora International',
      'Lowland Trust',
      'Marsh Society',
    ]);
  });

  it('does not take "International" before another word for a name', () => {
    expect(names('The crew of the International Space Station filmed the storm from orbit last night.')).toEqual([]);
  });
});

describe('a hospital written with a lower-case head', () => {
  it('reads "the Royal Quay hospital" and a possessive name as one hospital', () => {
    expect(names('She was moved to an isolation unit at the Royal Quay hospital in London on Sunday.')).toEqual(['Royal Quay hospital']);
    expect(names('The boy was treated at Addenbury’s hospital in the city for two weeks.')).toEqual(['Addenbury’s hospital']);
  });

  it('takes no place or generic words before "hospital" for a name', () => {
    expect(names('He was treated at a hospital in Leeds and went home the next day.')).toEqual([]);
    expect(names('She was taken to a London hospital where doctors ran more tests.')).toEqual([]);
    expect(names('The patient was seen at the Leeds hospital twice that month.')).toEqual([]);
  });
});

describe('a legal form after a comma', () => {
  it('keeps "X, LLC" whole', () => {
    expect(names('The analysis was done by Harbor Research and Analytics, LLC, which runs surveys.')).toEqual(['Harbor Research and Analytics, LLC']);
  });
});

describe('awards, designations and studies named like organisations', () => {
  it('drops the field of an award', () => {
    expect(names('The hospital won the 2016 Gerald Lamb Prize for Excellence in Community Service last year.')).toEqual([]);
    expect(names('She received the Marsh Award for Outstanding Public Service in May.')).toEqual([]);
  });

  it('drops a designation that several places share', () => {
    expect(names('The hospital is one of only five ACS Pediatric Level I Trauma Centers in the state.')).toEqual([]);
    expect(names('It is the only Level I Trauma Center in the region.')).toEqual([]);
  });

  it('drops a study that the sentence calls a study', () => {
    expect(names('Many took part in the Women’s Health Initiative, a long-term study sponsored by the government.')).toEqual([]);
    expect(names('Data came from the Nurses’ Health Initiative, a cohort of 100,000 nurses, in the end.')).toEqual([]);
  });
});

describe('events, chairs, reports and grant schemes named after an organisation', () => {
  it('takes no meeting or congress for an organisation', () => {
    expect(names('She presented the data at the Northern Society of Cardiology Congress in Paris.')).toEqual([]);
    expect(names('The results were shown at the Western Society of Oncology Annual Meeting in May.')).toEqual([]);
    expect(names('She spoke at the Northern Society of Cardiology in Paris.')).toEqual(['Northern Society of Cardiology']);
  });

  it('takes no field in a professorship for an organisation', () => {
    expect(names('He is the Hugh Lane Professor of Molecular Medicine at the University of Leeds.')).toEqual(['University of Leeds']);
  });

  it('ends a name before a report or a statement it issued', () => {
    expect(names('The Institute of Medicine Report said the evidence was weak.')).toEqual(['Institute of Medicine']);
  });

  it('takes no grant scheme before "award" for an organisation', () => {
    expect(names('The lab won a $11 million SPORE (Special Program of Tumour Excellence) award last year.')).toEqual([]);
  });

  it('keeps a field word that opens a name joined by "and"', () => {
    expect(names('Funding came from the Biotechnology and Biological Sciences Research Council last year.')).toEqual([
      'Biotechnology and Biological Sciences Research Council',
    ]);
    expect(names('The drug was made by Bolt Biotechnology and Gilead Sciences in two plants.')).toEqual(['Bolt Biotechnology', 'Gilead Sciences']);
  });
});

describe('a known company before another capitalised word', () => {
  it('takes a head followed by a group of people for no organisation', () => {
    expect(names('Sleep Apps to Reduce Stress Among Community College Students: a Trial')).toEqual([]);
    expect(names('The survey asked how College Students sleep during exams.')).toEqual([]);
    expect(names('She works at the Hospital for Sick Children in Toronto.')).toEqual(['Hospital for Sick Children']);
  });

  it('takes a product for no organisation', () => {
    expect(names('They searched the Google Play Store and the Apple Watch app list in May.')).toEqual([]);
    expect(names('Pfizer Chief Executive Ann Holt said the trial would go on.')).toEqual(['Pfizer']);
    expect(names('Stryker Neuroendovascular paid for the trial.')).toEqual(['Stryker']);
  });

  it('keeps a company lab with its place', () => {
    expect(names('Researchers at IBM Research Africa in Nairobi built the device.')).toEqual(['IBM Research Africa']);
    expect(names('The model came from Microsoft Research, the company said.')).toEqual(['Microsoft Research']);
  });

  it('takes no supplier cited in a methods line for an organisation', () => {
    expect(names('Analyses were run in Stata version 16 (StataCorp LLC, College Station, TX) by two statisticians.')).toEqual([]);
    expect(names('Samples were read on a scanner (Zenith Instruments Inc, Cary, NC, USA) twice.')).toEqual([]);
  });
});

describe('names without an English organisation word', () => {
  it('reads Nordic hospitals and universities written as one word, with a place after a hyphen', () => {
    expect(names('Researchers at the Danish Headache Center at Rigshospitalet-Glostrup in Copenhagen followed the patients for a year.')).toEqual(['Danish Headache Center', 'Rigshospitalet-Glostrup']);
    expect(names('The doctors at Rigshospitalet treated her for three weeks before she went home.')).toEqual(['Rigshospitalet']);
  });

  it('reads a health service body by the places after it', () => {
    expect(names('said Dr Callum Reid, a neurologist with NHS Greater Glasgow and Clyde and a lecturer at the University of Glasgow, who led it.')).toEqual(['NHS Greater Glasgow and Clyde', 'University of Glasgow']);
    expect(names('Figures from NHS Digital and the Office for National Statistics were used in the new analysis of deaths.')).toEqual(['NHS Digital', 'Office for National Statistics']);
  });
});

describe('German institutions', () => {
  it('reads short university names with their city, cantonal hospitals, state offices, observatories and clinics', () => {
    expect(names('Studienleiter Reinhard Tzschoppe, Epidemiologe an der Medizinischen Fakultät der TU Dresden, betonte die Grenzen.')).toEqual(['Medizinische Fakultät', 'TU Dresden']);
    expect(names('sagte die Schlafmedizinerin Andrea Tschopp-Gasser vom Kantonsspital Aarau, die nicht beteiligt war.')).toEqual(['Kantonsspital Aarau']);
    expect(names('Die Archäologen vom Landesamt für Denkmalpflege bargen damals vierzehn Schwerter aus dem Boden.')).toEqual(['Landesamt für Denkmalpflege']);
    expect(names('Beteiligt waren auch Forschende der Europäischen Südsternwarte in Garching und der Landessternwarte Heidelberg-Königstuhl.')).toEqual(['Europäische Südsternwarte', 'Landessternwarte Heidelberg-Königstuhl']);
    expect(names('Das zeigt eine Studie der Universität Basel und der Universitären Psychiatrischen Kliniken Basel, die soeben erschienen ist.')).toEqual(['Universität Basel', 'Universitäre Psychiatrische Kliniken Basel']);
  });

  it('reads federal offices, services, museums, societies and centres, in the nominative', () => {
    expect(names('Die Radardaten kamen vom Deutschen Wetterdienst in Offenbach, dessen Fachleute beteiligt waren.')).toEqual(['Deutscher Wetterdienst']);
    expect(names('Die Beschichtungen wurden an der Physikalisch-Technischen Bundesanstalt in Braunschweig vermessen und getestet.')).toEqual(['Physikalisch-Technische Bundesanstalt']);
    expect(names('Der Vogel ist im Hessischen Landesmuseum Darmstadt ausgestellt worden, hieß es von dort.')).toEqual(['Hessisches Landesmuseum Darmstadt']);
    expect(names('Die Daten stammen vom Statistischen Bundesamt in Wiesbaden, hieß es von den Forschenden.')).toEqual(['Statistisches Bundesamt']);
    expect(names('Beteiligt war auch das Deutsche Zentrum für Herz-Kreislauf-Forschung in Berlin, hieß es aus dem Team.')).toEqual(['Deutsches Zentrum für Herz-Kreislauf-Forschung']);
    expect(names('Die Deutsche Gesellschaft für Allergologie empfiehlt das nun allen Eltern von Säuglingen.')).toEqual(['Deutsche Gesellschaft für Allergologie']);
    expect(names('Die Forschenden am Max-Delbrück-Centrum für Molekulare Medizin in Berlin haben es untersucht.')).toEqual(['Max-Delbrück-Centrum für Molekulare Medizin']);
    expect(names('Eine Gruppe von Forschenden der ETH Zürich hat das Klima der Schweiz durchgerechnet.')).toEqual(['ETH Zürich']);
    // A society in general is no organisation.
    expect(names('Die Gesellschaft hat sich verändert, sagen viele Menschen in diesem Land seit Jahren.')).toEqual([]);
  });
});

describe('German parents, lists and bodies (ninth round)', () => {
  it('splits a unit from its parent in the genitive, not a field in the genitive', () => {
    expect(names('Sie arbeitet am Institut für Planetenforschung des Deutschen Zentrums für Luft- und Raumfahrt.')).toEqual(['Institut für Planetenforschung', 'Deutsches Zentrum für Luft- und Raumfahrt']);
    expect(names('Sie arbeitet am Institut für Geschichte des Mittelalters in Bonn.')).toEqual(['Institut für Geschichte des Mittelalters']);
  });
  it('reads a German list of participants and a lower-case adjective after "für"', () => {
    expect(names('Beteiligt: Deutsches Zentrum für Luft- und Raumfahrt, Institut für Planetenforschung; Freie Universität Berlin.')).toEqual(['Deutsches Zentrum für Luft- und Raumfahrt', 'Institut für Planetenforschung', 'Freie Universität Berlin']);
    expect(names('Skeptisch äussert sich das Forschungsinstitut für biologischen Landbau in Frick.')).toEqual(['Forschungsinstitut für biologischen Landbau']);
    expect(names('Das Zentrum für die Forschung war dabei.')).toEqual([]);
  });
  it('knows a Kommission and federal research bodies with no organisation word', () => {
    expect(names('Beteiligt ist die Römisch-Germanische Kommission in Frankfurt.')).toEqual(['Römisch-Germanische Kommission']);
    expect(names('Die Empa in Dübendorf und Agroscope testeten das mit GeoSphere Austria.')).toEqual(['Empa', 'Agroscope', 'GeoSphere Austria']);
  });
});

describe('a bureau and a university known by its initials (ninth round)', () => {
  it('reads "Bureau" as an organisation word and UNSW Sydney before a possessive', () => {
    expect(names('said Dr Lachlan Moss, a senior climatologist at the Bureau of Meteorology.')).toEqual(['Bureau of Meteorology']);
    expect(names('Data came from the US Census Bureau and the Bureau of Labor Statistics.')).toEqual(['Census Bureau', 'Bureau of Labor Statistics']);
    expect(names("Professor Mei Cheung of UNSW Sydney's Climate Change Research Centre said so.")).toContain('UNSW Sydney');
  });
});

describe('German bodies named by a compound, an academy of sciences, acronyms written as words (ninth round)', () => {
  it('reads compounds that end in an organisation word, in the nominative', () => {
    expect(names('Daten der Europäischen Weltraumorganisation zeigen das.')).toEqual(['Europäische Weltraumorganisation']);
    expect(names('Gefördert von der Deutschen Forschungsgemeinschaft.')).toEqual(['Deutsche Forschungsgemeinschaft']);
    expect(names('Die Europäische Arzneimittelagentur hat zugelassen.')).toEqual(['Europäische Arzneimittelagentur']);
    expect(names('Forschende am Deutschen GeoForschungsZentrum in Potsdam.')).toEqual(['Deutsches GeoForschungsZentrum']);
    expect(names('Nach Angaben des Nationalen Instituts für Geophysik und Vulkanologie stieg der Boden.')).toEqual(['Nationales Institut für Geophysik und Vulkanologie']);
    expect(names('Der Wetterdienst meldet Regen.')).toEqual([]);
  });
  it('keeps the sciences of an academy and splits a university parent', () => {
    expect(names('Die Österreichische Akademie der Wissenschaften in Wien war beteiligt.')).toEqual(['Österreichische Akademie der Wissenschaften']);
    expect(names('Das Institut für Physik der Universität Bonn.')).toEqual(['Institut für Physik', 'Universität Bonn']);
  });
  it('reads "Cern", "Esa", "Nasa" written as words', () => {
    expect(names('Das Cern will einen Teil der Abwärme nutzen.')).toEqual(['Cern']);
    expect(names('Der Cern-Rat hat entschieden, die Esa-Mission startet.')).toEqual(['Cern', 'Esa']);
    expect(names('Die Empa-Forschende arbeitet im Empa-Labor; Sanofi-Aventis liefert.')).toEqual(['Empa', 'Empa', 'Sanofi-Aventis']);
    expect(names('The Middle Ages were long.')).toEqual([]);
  });
});

describe('a byline', () => {
  it("takes no reporter's job for an institution", () => {
    expect(names('By Rebecca Thorne, Health Correspondent')).toEqual([]);
    expect(names('Imran Siddique Health Reporter')).toEqual([]);
    expect(names('The trial was run by the Health Research Authority and the Office for Health Improvement.')).toEqual(['Health Research Authority', 'Office for Health Improvement']);
  });
});
