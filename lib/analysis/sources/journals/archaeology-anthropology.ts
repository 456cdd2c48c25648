// Palaeontology, archaeology, anthropology and human evolution beyond the ecology-evolution list: one journal a line.
export default `
Acta Palaeontologica Polonica
Palaeontologia Electronica
Papers in Palaeontology
Historical Biology
Lethaia
PalZ|Paläontologische Zeitschrift|Palaontologische Zeitschrift
Palaeoworld
Palaios|PALAIOS
Geobios
Journal of Systematic Palaeontology
Fossil Record
Swiss Journal of Palaeontology
Review of Palaeobotany and Palynology
Comptes Rendus Palevol
Vertebrata PalAsiatica
Earth and Environmental Science Transactions of the Royal Society of Edinburgh
Neues Jahrbuch für Geologie und Paläontologie|Neues Jahrbuch fur Geologie und Palaontologie
Journal of Archaeological Science: Reports
Archaeological and Anthropological Sciences
Archaeological Research in Asia
Journal of Archaeological Method and Theory
Journal of Archaeological Research
Journal of Field Archaeology
Journal of World Prehistory
American Antiquity
Latin American Antiquity
Archaeological Prospection
Geoarchaeology
Journal of Island and Coastal Archaeology
International Journal of Osteoarchaeology
International Journal of Paleopathology
Bioarchaeology International
Journal of Cultural Heritage
Heritage Science
Vegetation History and Archaeobotany
Cambridge Archaeological Journal
European Journal of Archaeology
Oxford Journal of Archaeology
Proceedings of the Prehistoric Society
Journal of Roman Studies|The Journal of Roman Studies
Journal of Egyptian Archaeology|The Journal of Egyptian Archaeology
American Journal of Archaeology
Near Eastern Archaeology
Azania: Archaeological Research in Africa
African Archaeological Review
Australian Archaeology
Archaeology in Oceania
Asian Perspectives
Journal of Paleolithic Archaeology
PaleoAnthropology
Quaternary Science Advances
L'Anthropologie
Praehistorische Zeitschrift|Prähistorische Zeitschrift
Archäologisches Korrespondenzblatt|Archaologisches Korrespondenzblatt
Current Anthropology
American Anthropologist
Annual Review of Anthropology
American Journal of Human Biology
Annals of Human Biology
Journal of Anthropological Sciences
Evolutionary Human Sciences
Evolution, Medicine, and Public Health
Journal of the Royal Anthropological Institute
Medical Anthropology Quarterly
Anthropological Science
Forensic Science International
Journal of Forensic Sciences
Forensic Science International: Genetics
International Journal of Legal Medicine
Science & Justice|Science and Justice
`;
