// Ecology, evolution, zoology, botany, anthropology, palaeontology; then annual reviews, proteomics and biomaterials: one journal a line.
export default `
Ecology
Ecology Letters|Ecol Lett
Journal of Ecology
Journal of Animal Ecology
Functional Ecology
Global Change Biology|Glob Chang Biol
Conservation Biology
Biological Conservation
Conservation Letters
Ecography
Oikos
Oecologia
Methods in Ecology and Evolution
Ecology and Evolution
Ecological Applications
Ecosphere
Diversity and Distributions
Journal of Biogeography
Biotropica
Animal Behaviour
Behavioral Ecology
Journal of Experimental Biology|J Exp Biol
Journal of Zoology
Zoological Journal of the Linnean Society
Biological Journal of the Linnean Society
Journal of Mammalogy
The Auk|Ornithology
Ibis
Journal of Avian Biology
Herpetologica
Copeia
Journal of Fish Biology
Fish and Fisheries
Marine Biology
Marine Ecology Progress Series
Coral Reefs
Insect Conservation and Diversity
Journal of Insect Physiology
Annual Review of Entomology
Plant Cell|The Plant Cell
Plant Physiology
New Phytologist
Plant Journal|The Plant Journal
Journal of Experimental Botany
American Journal of Botany
Annals of Botany
Plant, Cell & Environment
Current Opinion in Plant Biology
Frontiers in Plant Science
Journal of Human Evolution
American Journal of Biological Anthropology|American Journal of Physical Anthropology
Journal of Archaeological Science
Antiquity
Archaeometry
Journal of Anthropological Archaeology
Journal of Vertebrate Paleontology
Palaeontology
Paleobiology
Journal of Paleontology
Cretaceous Research
Zootaxa
ZooKeys
Mammal Review
Current Opinion in Immunology
Annual Review of Immunology
Annual Review of Neuroscience
Annual Review of Biochemistry
Annual Review of Genetics
Annual Review of Ecology, Evolution, and Systematics
Physiological Reviews
Pharmacological Reviews
Journal of Proteome Research
Molecular & Cellular Proteomics|Molecular and Cellular Proteomics
Metabolites
Redox Biology
Free Radical Biology and Medicine
Journal of Lipid Research
Biomaterials
Acta Biomaterialia
Tissue Engineering
Biofabrication
Lab on a Chip
Biosensors and Bioelectronics
ACS Synthetic Biology
ACS Chemical Biology
ACS Infectious Diseases
ACS Central Science
`;
