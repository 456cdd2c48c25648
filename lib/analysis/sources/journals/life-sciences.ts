// Biology: multidisciplinary, cell and molecular, genetics, neuroscience, immunology, microbiology: one journal a line.
export default `
Nature
Science
Cell
Proceedings of the National Academy of Sciences|PNAS|Proc Natl Acad Sci USA|Proceedings of the National Academy of Sciences of the United States of America|Proc Natl Acad Sci
Science Advances|Sci Adv
Nature Communications|Nat Commun
Communications Biology|Commun Biol
Communications Medicine
Communications Chemistry
Communications Physics
Communications Earth & Environment|Communications Earth and Environment
Communications Psychology
eLife
PLOS Biology|PLoS Biol
PLOS Genetics|PLoS Genet
PLOS Pathogens|PLoS Pathog
PLOS Computational Biology|PLoS Comput Biol
Current Biology|Curr Biol
Cell Reports|Cell Rep
Cell Reports Medicine
Cell Systems
Cell Genomics
Cell Host & Microbe|Cell Host and Microbe
Cell Chemical Biology
Cell Research|Cell Res
Cell Death & Differentiation
Cell Death & Disease
Molecular Cell|Mol Cell
Developmental Cell|Dev Cell
Neuron
Immunity
Med
iScience
Structure
Chem
Joule
Matter
One Earth
Patterns
Trends in Cell Biology
Trends in Genetics
Trends in Neurosciences
Trends in Immunology
Trends in Molecular Medicine
Trends in Ecology & Evolution|Trends in Ecology and Evolution
Trends in Cognitive Sciences
Trends in Microbiology
Trends in Biochemical Sciences
Trends in Plant Science
Nature Biotechnology|Nat Biotechnol
Nature Genetics|Nat Genet
Nature Neuroscience|Nat Neurosci
Nature Immunology|Nat Immunol
Nature Microbiology|Nat Microbiol
Nature Cell Biology|Nat Cell Biol
Nature Chemical Biology|Nat Chem Biol
Nature Structural & Molecular Biology|Nature Structural and Molecular Biology
Nature Methods|Nat Methods
Nature Plants
Nature Ecology & Evolution|Nature Ecology and Evolution|Nat Ecol Evol
Nature Human Behaviour|Nature Human Behavior|Nat Hum Behav
Nature Biomedical Engineering|Nat Biomed Eng
Nature Reviews Genetics
Nature Reviews Neuroscience
Nature Reviews Immunology
Nature Reviews Microbiology
Nature Reviews Molecular Cell Biology
Nature Protocols
Nature Food
Nature Mental Health
Nature Water
Nature Sustainability
Nature Electronics
Nature Photonics
Nature Physics|Nat Phys
Nature Chemistry|Nat Chem
Nature Materials|Nat Mater
Nature Nanotechnology|Nat Nanotechnol
Nature Energy
Nature Climate Change|Nat Clim Chang
Nature Geoscience|Nat Geosci
Nature Astronomy|Nat Astron
Nature Computational Science
Nature Machine Intelligence
Nature Catalysis
Nature Synthesis
Nature Reviews Physics
Nature Reviews Materials
Nature Reviews Earth & Environment
Nature Reviews Chemistry
Nature Cities
npj Science of Food
npj Biofilms and Microbiomes
npj Regenerative Medicine
npj Genomic Medicine
npj Aging
npj Climate and Atmospheric Science
npj Quantum Information
npj Computational Materials
npj Microgravity
npj Mental Health Research
Science Immunology|Sci Immunol
Science Robotics|Sci Robot
Science Signaling|Sci Signal
Scientific Data
Genome Research|Genome Res
Genome Biology|Genome Biol
Genes & Development|Genes and Development
Genetics
G3: Genes, Genomes, Genetics|G3
American Journal of Human Genetics|Am J Hum Genet
Human Molecular Genetics|Hum Mol Genet
Genetics in Medicine
European Journal of Human Genetics
Journal of Medical Genetics
Nucleic Acids Research|Nucleic Acids Res
Bioinformatics
Briefings in Bioinformatics
BMC Bioinformatics
BMC Genomics
BMC Biology
Molecular Biology and Evolution|Mol Biol Evol
Genome Biology and Evolution
Molecular Ecology
Evolution
Evolution Letters
Systematic Biology
Journal of Evolutionary Biology
Proceedings of the Royal Society B|Proceedings of the Royal Society B: Biological Sciences|Proc R Soc B|Proc Biol Sci
Proceedings of the Royal Society A|Proceedings of the Royal Society A: Mathematical, Physical and Engineering Sciences|Proc R Soc A
Philosophical Transactions of the Royal Society B|Phil Trans R Soc B
Philosophical Transactions of the Royal Society A|Phil Trans R Soc A
Biology Letters|Biol Lett
Royal Society Open Science|R Soc Open Sci
Journal of the Royal Society Interface|J R Soc Interface
Open Biology
The EMBO Journal|EMBO Journal|EMBO J
EMBO Reports
Molecular Systems Biology
Journal of Cell Biology|J Cell Biol
Journal of Cell Science
Molecular Biology of the Cell
Journal of Biological Chemistry|J Biol Chem|JBC
Biochemistry
Biochemical Journal
FEBS Journal
FEBS Letters
The FASEB Journal|FASEB Journal|FASEB J
Journal of Molecular Biology
Protein Science
Autophagy
Development
Developmental Biology
Aging and Disease
Journal of Neuroscience|J Neurosci
eNeuro
Cerebral Cortex
Cortex
NeuroImage
Human Brain Mapping
Journal of Neurophysiology
Neuropsychologia
Brain, Behavior, and Immunity|Brain Behavior and Immunity
Brain Stimulation
Brain Research
Neuroscience
Neuroscience & Biobehavioral Reviews|Neuroscience and Biobehavioral Reviews
Journal of Cognitive Neuroscience
Current Opinion in Neurobiology
Glia
Acta Neuropathologica
Journal of Neuroinflammation
Molecular Neurobiology
Neurobiology of Disease
Journal of Neurochemistry
Science China Life Sciences
Journal of Immunology|J Immunol
Mucosal Immunology
Frontiers in Immunology|Front Immunol
European Journal of Immunology
Cellular & Molecular Immunology|Cellular and Molecular Immunology
Journal of Virology|J Virol
mBio
mSphere
mSystems
Applied and Environmental Microbiology
Journal of Bacteriology
Journal of Clinical Microbiology
Virology
Viruses
Emerging Microbes & Infections|Emerging Microbes and Infections
ISME Journal|The ISME Journal
Environmental Microbiology
Microbiology Spectrum
Frontiers in Microbiology|Front Microbiol
`;
