// Ecology, zoology, entomology, ornithology, herpetology, marine biology and botany beyond the ecology-evolution list: one journal a line.
export default `
Evolutionary Applications
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
Ecological Research
Ecology and Society
Ecosystem Services
Ecohydrology
Austral Ecology
Basic and Applied Ecology
Biodiversity and Conservation
NeoBiota
Oryx
Journal for Nature Conservation
Conservation Science and Practice
People and Nature
Ecological Solutions and Evidence
Remote Sensing in Ecology and Conservation
Behavioral Ecology and Sociobiology
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
Avian Research
Avian Conservation and Ecology
Waterbirds
Bird Study
Marine Ornithology
Emu: Austral Ornithology|Emu - Austral Ornithology
Journal of Raptor Research
Journal of Herpetology
Herpetological Journal
Herpetological Monographs
Amphibia-Reptilia
Salamandra
Chelonian Conservation and Biology
Journal of Insect Science
Insect Molecular Biology
Insect Biochemistry and Molecular Biology
Journal of Economic Entomology
Entomologia Experimentalis et Applicata
Agricultural and Forest Entomology
Medical and Veterinary Entomology
Parasites & Vectors|Parasites and Vectors
Apidologie
Journal of Apicultural Research
Insectes Sociaux
Myrmecological News
Journal of Hymenoptera Research
Pest Management Science
Journal of Pest Science
Journal of Arachnology
Journal of Crustacean Biology
Journal of Molluscan Studies
Marine Biology Research
Journal of Experimental Marine Biology and Ecology
Journal of the Marine Biological Association of the United Kingdom
Journal of Plankton Research
Journal of Phycology
Botanical Journal of the Linnean Society
Journal of Vegetation Science
Applied Vegetation Science
Plant and Soil
Plant Biotechnology Journal
Plant Molecular Biology
Plant Cell Reports
Plant Physiology and Biochemistry
Molecular Plant Pathology
Molecular Plant-Microbe Interactions
Phytopathology
Physiologia Plantarum
Planta
Journal of Integrative Plant Biology
Journal of Plant Physiology
Horticulture Research
Annals of Forest Science
Canadian Journal of Forest Research
Mycologia
Fungal Diversity
IMA Fungus
Persoonia
Mycorrhiza
Lichenologist|The Lichenologist
Bryologist|The Bryologist
PhytoKeys
Phytotaxa
Kew Bulletin
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
