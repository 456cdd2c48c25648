// Ecology, zoology, entomology, ornithology, herpetology, marine biology and botany beyond the ecology-evolution list: one journal a line.
export default `
Evolutionary Applications
Evolutionary Ecology
Evolution & Development|Evolution and Development
Evolutionary Anthropology
Heredity
Journal of Heredity
Molecular Phylogenetics and Evolution
BMC Ecology and Evolution
BMC Evolutionary Biology
BMC Zoology
Frontiers in Ecology and the Environment
Frontiers in Ecology and Evolution
Frontiers in Zoology
Ecological Monographs
Ecological Modelling
Ecological Entomology
Ecological Research
Ecology and Society
Ecosystems
Ecosystem Services
Ecohydrology
Austral Ecology
Basic and Applied Ecology
Biodiversity and Conservation
Biological Invasions
NeoBiota
Animal Conservation
Oryx
Journal for Nature Conservation
Conservation Science and Practice
People and Nature
Ecological Solutions and Evidence
Restoration Ecology
Remote Sensing in Ecology and Conservation
Movement Ecology
Behavioral Ecology and Sociobiology
Ethology
Behavioural Processes
Journal of Comparative Psychology
Journal of Comparative Physiology A
Journal of Comparative Physiology B
Comparative Biochemistry and Physiology
Physiological and Biochemical Zoology
Integrative and Comparative Biology
Journal of Morphology
Journal of Anatomy
Anatomical Record|The Anatomical Record
Zoological Research
Zoologica Scripta
Zoological Science
Contributions to Zoology
Journal of Zoological Systematics and Evolutionary Research
Canadian Journal of Zoology
African Journal of Ecology
Journal of Tropical Ecology
Tropical Conservation Science
Mammalian Biology
Mammal Research
Journal of Mammalian Evolution
Marine Mammal Science
Aquatic Mammals
American Journal of Primatology
International Journal of Primatology
Folia Primatologica
Journal of Wildlife Management
Wildlife Society Bulletin
Wildlife Research
European Journal of Wildlife Research
Journal of Wildlife Diseases
Bird Conservation International
Journal of Ornithology
Journal of Field Ornithology
Wilson Journal of Ornithology
Bird Study
Avian Research
Avian Conservation and Ecology
Waterbirds
Journal of Raptor Research
Journal of Herpetology
Herpetological Journal
Herpetological Monographs
Amphibia-Reptilia
Salamandra
Chelonian Conservation and Biology
Journal of Insect Science
Insect Science
Insect Molecular Biology
Insect Biochemistry and Molecular Biology
Journal of Economic Entomology
Environmental Entomology
Entomologia Experimentalis et Applicata
Agricultural and Forest Entomology
Systematic Entomology
Physiological Entomology
Medical and Veterinary Entomology
Parasites & Vectors|Parasites and Vectors
Apidologie
Journal of Apicultural Research
Insectes Sociaux
Myrmecological News
Journal of Hymenoptera Research
Pest Management Science
Journal of Pest Science
Biological Control
Journal of Arachnology
Journal of Crustacean Biology
Journal of Molluscan Studies
Invertebrate Biology
Marine Biology Research
Marine Environmental Research
Marine Biodiversity
Journal of Experimental Marine Biology and Ecology
Journal of the Marine Biological Association of the United Kingdom
Journal of Plankton Research
Harmful Algae
Journal of Phycology
Aquatic Botany
Botanical Journal of the Linnean Society
Journal of Vegetation Science
Applied Vegetation Science
Plant Ecology
Plant and Soil
Plant Biology
Plant Biotechnology Journal
Plant Molecular Biology
Plant Cell Reports
Plant Physiology and Biochemistry
Plant Communications
Plant Diversity
Plant Disease
Plant Pathology
Molecular Plant
Molecular Plant Pathology
Molecular Plant-Microbe Interactions
Phytopathology
Physiologia Plantarum
Planta
Journal of Integrative Plant Biology
Journal of Plant Physiology
Horticulture Research
Tree Physiology
Annals of Forest Science
Canadian Journal of Forest Research
Mycologia
Fungal Biology
Fungal Diversity
IMA Fungus
Persoonia
Mycorrhiza
Lichenologist|The Lichenologist
Bryologist|The Bryologist
PhytoKeys
Phytotaxa
Kew Bulletin
Systematic Botany
International Journal of Plant Sciences
Seed Science Research
Arthropod-Plant Interactions
Biology Open
Biological Reviews
Quarterly Review of Biology|The Quarterly Review of Biology
BioScience
BioEssays
Integrative Zoology
Animal Biotelemetry
Journal of Pollination Ecology
Ornithological Applications|The Condor: Ornithological Applications
`;
