// German-language journals German stories cite (medicine, science, society): one journal a line. The form after "in der"
// or "im" ("in der Geographischen Rundschau") is derived (germanCaseForms in list.ts); "=Form" adds one it cannot derive
// ("des Deutschen Ärzteblatts"), found like an alias and reported under the journal's name.
export default `
Naturwissenschaften|The Science of Nature|Science of Nature
Deutsches Ärzteblatt|Deutsches Arzteblatt|=Deutschen Ärzteblatts
Deutsche Medizinische Wochenschrift|DMW – Deutsche Medizinische Wochenschrift
Medizinische Klinik – Intensivmedizin und Notfallmedizin|Medizinische Klinik
MMW – Fortschritte der Medizin|MMW Fortschritte der Medizin
Bundesgesundheitsblatt – Gesundheitsforschung – Gesundheitsschutz|Bundesgesundheitsblatt
Das Gesundheitswesen|Gesundheitswesen
Prävention und Gesundheitsförderung|Pravention und Gesundheitsforderung
Zeitschrift für Evidenz, Fortbildung und Qualität im Gesundheitswesen|ZEFQ
Der Nervenarzt
Der Internist
Die Innere Medizin
Der Chirurg
Die Chirurgie
Der Urologe
Die Urologie
Der Anaesthesist
Die Anaesthesiologie
Der Radiologe
Die Radiologie
Der Orthopäde
Die Orthopädie
Der Unfallchirurg
Die Unfallchirurgie
Der Hautarzt
Die Dermatologie
Der Ophthalmologe
Die Ophthalmologie
Der Pathologe
Die Pathologie
Der Gynäkologe
Die Gynäkologie
Der Onkologe
Die Onkologie
Monatsschrift Kinderheilkunde
Zeitschrift für Gerontologie und Geriatrie|Zeitschrift fur Gerontologie und Geriatrie
Zeitschrift für Gastroenterologie|Zeitschrift fur Gastroenterologie
Zeitschrift für Kinder- und Jugendpsychiatrie und Psychotherapie
Zeitschrift für Psychosomatische Medizin und Psychotherapie
Psychotherapie, Psychosomatik, Medizinische Psychologie|Psychotherapie Psychosomatik Medizinische Psychologie
Fortschritte der Neurologie · Psychiatrie|Fortschritte der Neurologie Psychiatrie
Clinical Research in Cardiology
Zeitschrift für Kardiologie
Strahlentherapie und Onkologie
Geburtshilfe und Frauenheilkunde
Laryngo-Rhino-Otologie
Klinische Monatsblätter für Augenheilkunde|Klinische Monatsblatter fur Augenheilkunde
Aktuelle Ernährungsmedizin|Aktuelle Ernahrungsmedizin
Ernährungs Umschau|Ernahrungs Umschau
Suchttherapie
Wiener klinische Wochenschrift|Wiener Klinische Wochenschrift
Wiener Medizinische Wochenschrift
Swiss Medical Weekly
Schweizerische Medizinische Wochenschrift
Therapeutische Umschau
Arzneimittel-Forschung
Drug Research
Zeitschrift für Psychologie|Zeitschrift fur Psychologie
Psychologische Rundschau
Zeitschrift für Klinische Psychologie und Psychotherapie
Kölner Zeitschrift für Soziologie und Sozialpsychologie|Kolner Zeitschrift fur Soziologie und Sozialpsychologie
Zeitschrift für Soziologie|Zeitschrift fur Soziologie
Zeitschrift für Erziehungswissenschaft|Zeitschrift fur Erziehungswissenschaft
Zeitschrift für Pädagogische Psychologie
Zeitschrift für Physikalische Chemie|Zeitschrift fur Physikalische Chemie
Zeitschrift für Naturforschung B|Zeitschrift fur Naturforschung B
Zeitschrift für Naturforschung C|Zeitschrift fur Naturforschung C
Chemie in unserer Zeit
Biologie in unserer Zeit
Naturwissenschaftliche Rundschau
Petermanns Geographische Mitteilungen
Zeitschrift für Wirtschaftsgeographie|Zeitschrift fur Wirtschaftsgeographie
E&G Quaternary Science Journal
Eiszeitalter und Gegenwart
Zeitschrift der Deutschen Gesellschaft für Geowissenschaften
Archäologischer Anzeiger|Archaologischer Anzeiger
Zeitschrift für Ethnologie|Zeitschrift fur Ethnologie
Anthropologischer Anzeiger
Jahrbuch für Wirtschaftsgeschichte
Perspektiven der Wirtschaftspolitik
Vierteljahrshefte zur Wirtschaftsforschung
`;
