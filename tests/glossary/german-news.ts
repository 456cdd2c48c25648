/**
 * German news-style paragraphs written for Caveat (no page's text), each with the jargon words a reader of about 14
 * would want explained, as written in the paragraph. The German glossary is measured by the share it finds.
 */
export interface GermanNewsParagraph {
  topic: string;
  text: string;
  jargon: string[];
}

export const GERMAN_NEWS: GermanNewsParagraph[] = [
  {
    topic: 'space',
    text:
      'Mit dem Weltraumteleskop hat ein Team die Atmosphäre eines Exoplaneten untersucht, der einen Roten Zwerg umkreist. ' +
      'Im Spektrum fanden die Astronomen Spuren von Wasserdampf. Der Planet liegt in der habitablen Zone seines Sterns. ' +
      'Zugleich meldeten Observatorien eine Gravitationswelle, ausgelöst von zwei verschmelzenden Schwarzen Löchern, ' +
      'rund eine Milliarde Lichtjahre entfernt. Solche Signale verraten, wie oft Neutronensterne und Schwarze Löcher kollidieren.',
    jargon: ['Weltraumteleskop', 'Atmosphäre', 'Exoplaneten', 'Roten Zwerg', 'Spektrum', 'habitablen Zone', 'Gravitationswelle', 'Schwarzen Löchern', 'Lichtjahre', 'Neutronensterne'],
  },
  {
    topic: 'climate',
    text:
      'Der tauende Permafrost setzt mehr Methan frei als gedacht, berichten Klimaforscher. Das Treibhausgas verstärkt die Erderwärmung, ' +
      'die wiederum den Boden schneller tauen lässt: eine Rückkopplung. Ein Klimamodell zeigt, dass die Atlantische Umwälzströmung ' +
      'einen Kipppunkt erreichen könnte, wenn die Emissionen weiter steigen. Der Meeresspiegelanstieg würde sich dann an manchen Küsten beschleunigen. ' +
      'Die Forschenden fordern, das 1,5-Grad-Ziel ernst zu nehmen und die CO2-Emissionen bis zur Klimaneutralität zu senken.',
    jargon: ['Permafrost', 'Methan', 'Treibhausgas', 'Erderwärmung', 'Rückkopplung', 'Klimamodell', 'Atlantische Umwälzströmung', 'Kipppunkt', 'Emissionen', 'Meeresspiegelanstieg', '1,5-Grad-Ziel', 'Klimaneutralität'],
  },
  {
    topic: 'medicine',
    text:
      'In einer Phase-3-Studie senkte der neue Wirkstoff das Risiko für einen Herzinfarkt oder Schlaganfall um ein Fünftel. ' +
      'Die Teilnehmenden hatten Bluthochdruck und erhöhte Cholesterinwerte. Häufigste Nebenwirkung waren Muskelschmerzen. ' +
      'Der Hersteller will nun die Zulassung bei der Europäischen Arzneimittel-Agentur beantragen. Unabhängige Kardiologen mahnen, ' +
      'dass der Endpunkt aus mehreren Ereignissen zusammengesetzt war und die absolute Risikoreduktion klein ausfällt.',
    jargon: ['Phase-3-Studie', 'Wirkstoff', 'Herzinfarkt', 'Schlaganfall', 'Bluthochdruck', 'Cholesterinwerte', 'Nebenwirkung', 'Zulassung', 'Endpunkt', 'absolute Risikoreduktion'],
  },
  {
    topic: 'computing',
    text:
      'Ein großes Sprachmodell hat in einem Test medizinische Fragen besser beantwortet als Assistenzärzte. Das neuronale Netz wurde ' +
      'mit Milliarden Wörtern trainiert; die Trainingsdaten stammten zum Teil aus Fachbüchern. Kritiker warnen, dass die künstliche Intelligenz ' +
      'halluziniert, also Fakten erfindet, und dass ein Algorithmus Vorurteile aus den Daten übernimmt. Auch der Quantencomputer ' +
      'eines Konzerns machte Schlagzeilen: Er rechnete mit 100 Qubits, allerdings noch mit vielen Fehlern.',
    jargon: ['Sprachmodell', 'neuronale Netz', 'Trainingsdaten', 'künstliche Intelligenz', 'halluziniert', 'Algorithmus', 'Quantencomputer', 'Qubits'],
  },
  {
    topic: 'archaeology',
    text:
      'Bei einer Ausgrabung in Thüringen stießen Archäologen auf ein Grab aus der Jungsteinzeit. Die Radiokarbondatierung der Knochen ' +
      'ergab ein Alter von etwa 7000 Jahren. Aus einem Zahn gewannen die Forschenden alte DNA: Der Mann stammte von frühen Bauern ab, ' +
      'die aus Anatolien eingewandert waren. Beigaben wie Keramik und ein Steinbeil deuten auf seinen Rang hin. ' +
      'In einer Höhle nahebei fanden sich zudem Werkzeuge von Neandertalern und ein Fossil eines Höhlenbären.',
    jargon: ['Ausgrabung', 'Jungsteinzeit', 'Radiokarbondatierung', 'alte DNA', 'Beigaben', 'Keramik', 'Neandertalern', 'Fossil'],
  },
  {
    topic: 'nutrition',
    text:
      'Wer viele stark verarbeitete Lebensmittel isst, hat laut einer Beobachtungsstudie ein höheres Risiko für Typ-2-Diabetes. ' +
      'Die Studie zeigt aber nur eine Korrelation, keine Kausalität. Ballaststoffe aus Vollkorn scheinen das Darmmikrobiom zu stärken, ' +
      'während zugesetzter Zucker den Blutzuckerspiegel schnell ansteigen lässt. Fachleute raten zu weniger gesättigten Fettsäuren ' +
      'und mehr Hülsenfrüchten. Nahrungsergänzungsmittel mit Vitamin D helfen nur bei einem Mangel.',
    jargon: ['stark verarbeitete Lebensmittel', 'Beobachtungsstudie', 'Typ-2-Diabetes', 'Korrelation', 'Kausalität', 'Ballaststoffe', 'Darmmikrobiom', 'Blutzuckerspiegel', 'gesättigten Fettsäuren', 'Hülsenfrüchten', 'Nahrungsergänzungsmittel'],
  },
  {
    topic: 'neuroscience and genetics',
    text:
      'Eine Genvariante schützt offenbar vor der Alzheimer-Krankheit, berichtet ein Team, das das Erbgut von tausenden Menschen sequenziert hat. ' +
      'Träger der Variante haben weniger Amyloid-Plaques im Gehirn, wie Aufnahmen mit dem Positronen-Emissions-Tomografen zeigten. ' +
      'Die Forschenden vermuten, dass das Gen die Entzündung der Nervenzellen dämpft. Mit der Genschere wollen sie die Wirkung ' +
      'nun an Organoiden prüfen, kleinen Gewebekugeln aus Stammzellen.',
    jargon: ['Genvariante', 'Alzheimer-Krankheit', 'Erbgut', 'sequenziert', 'Amyloid-Plaques', 'Positronen-Emissions-Tomografen', 'Entzündung', 'Nervenzellen', 'Genschere', 'Organoiden', 'Stammzellen'],
  },
  {
    topic: 'methods and infection',
    text:
      'Die Ergebnisse stammen aus einem Preprint, das noch kein Peer-Review durchlaufen hat. Die Stichprobe war klein, ' +
      'das Konfidenzintervall entsprechend breit, und der Unterschied war statistisch nicht signifikant. Untersucht wurde, ob ein Impfstoff ' +
      'gegen das Respiratorische Synzytial-Virus bei älteren Menschen schwere Verläufe verhindert. Die Wirksamkeit lag bei 70 Prozent. ' +
      'Die Inzidenz von Infektionen war in der Placebogruppe doppelt so hoch.',
    jargon: ['Preprint', 'Peer-Review', 'Stichprobe', 'Konfidenzintervall', 'signifikant', 'Impfstoff', 'Respiratorische Synzytial-Virus', 'Wirksamkeit', 'Inzidenz', 'Placebogruppe'],
  },
];
