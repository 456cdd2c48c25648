// Chemistry and materials beyond the physical-sciences list: one journal a line.
export default `
ACS Applied Energy Materials
ACS Applied Nano Materials
ACS Applied Polymer Materials
ACS Applied Bio Materials
ACS Biomaterials Science & Engineering|ACS Biomaterials Science and Engineering
ACS Macro Letters
ACS Materials Letters
ACS Sensors
ACS Earth and Space Chemistry
ACS ES&T Water
ACS Environmental Au
ACS Measurement Science Au
ACS Physical Chemistry Au
ACS Organic & Inorganic Au
ACS Chemical Neuroscience
ACS Medicinal Chemistry Letters
ACS Pharmacology & Translational Science
ACS Food Science & Technology
ACS Agricultural Science & Technology
ACS Polymers Au
ACS Bio & Med Chem Au
Journal of Chemical Information and Modeling
Journal of Physical Chemistry
JACS Au
CCS Chemistry
Chinese Journal of Chemistry
Chinese Chemical Letters
Science China Chemistry
Nano-Micro Letters
InfoMat
Carbon Energy
EcoMat
SusMat
Advanced Healthcare Materials
Advanced Electronic Materials
Advanced Materials Interfaces
Advanced Materials Technologies
Advanced Sustainable Systems
Advanced Fiber Materials
Advanced Powder Materials
Small Methods
Small Structures
Small Science
Materials Horizons
Materials Today Physics
Materials Today Energy
Materials Today Chemistry
Materials Today Bio
Materials Today Nano
Materials Today Advances
Materials & Design|Materials and Design
Materials Science and Engineering A|Materials Science and Engineering: A
Materials Science and Engineering R|Materials Science and Engineering: R: Reports
Materials Letters
Materials Research Letters
Materials Characterization
Materials Chemistry and Physics
Progress in Materials Science
Progress in Polymer Science
Annual Review of Materials Research
Annual Review of Physical Chemistry
Annual Review of Analytical Chemistry
Annual Review of Chemical and Biomolecular Engineering
MRS Bulletin
MRS Communications
Journal of Materials Research
Journal of Materials Science
Journal of Materials Chemistry B
Journal of Materials Chemistry C
Journal of Alloys and Compounds
Scripta Materialia
Metallurgical and Materials Transactions A
Corrosion Science
Ceramics International
Journal of the American Ceramic Society
Journal of the European Ceramic Society
Cement and Concrete Composites
Composites Part A
Composites Part B
Composite Structures
Tribology International
Thin Solid Films
Journal of Membrane Science
Separation and Purification Technology
Journal of Colloid and Interface Science
Colloids and Surfaces B
Advances in Colloid and Interface Science
Nanoscale
Nanoscale Advances
Nanoscale Horizons
Journal of Nanobiotechnology
Beilstein Journal of Nanotechnology
Beilstein Journal of Organic Chemistry
Nano Research Energy
Nano Convergence
RSC Advances
Chemical Engineering Science
Reaction Chemistry & Engineering
Analytica Chimica Acta
Talanta
Journal of Chromatography A
Journal of Mass Spectrometry
Journal of the American Society for Mass Spectrometry
Rapid Communications in Mass Spectrometry
Mass Spectrometry Reviews
Spectrochimica Acta Part A
Journal of Raman Spectroscopy
Applied Spectroscopy
Journal of Magnetic Resonance
Magnetic Resonance in Chemistry
Electrochemistry Communications
Journal of Electroanalytical Chemistry
Electrochemical Energy Reviews
Batteries & Supercaps|Batteries and Supercaps
ChemSusChem
ChemCatChem
ChemElectroChem
ChemPhysChem
ChemBioChem
ChemMedChem
ChemPlusChem
ChemistrySelect
ChemistryOpen
Chemistry – An Asian Journal|Chemistry An Asian Journal
Chemistry Letters
European Journal of Organic Chemistry
European Journal of Inorganic Chemistry
Organic & Biomolecular Chemistry|Organic and Biomolecular Chemistry
Organic Chemistry Frontiers
Inorganic Chemistry Frontiers
Materials Chemistry Frontiers
Polymer Chemistry
Catalysis Science & Technology|Catalysis Science and Technology
Catalysis Today
Catalysis Letters
Applied Catalysis A
Chinese Journal of Catalysis
Coordination Chemistry Reviews
Journal of Computational Chemistry
International Journal of Quantum Chemistry
Theoretical Chemistry Accounts
Journal of Molecular Structure
Journal of Molecular Liquids
Journal of Photochemistry and Photobiology A
Photochemical & Photobiological Sciences|Photochemical and Photobiological Sciences
Dyes and Pigments
Tetrahedron
Tetrahedron Letters
Synlett
Advanced Synthesis & Catalysis|Advanced Synthesis and Catalysis
Natural Product Reports
Phytochemistry
Food Hydrocolloids
LWT – Food Science and Technology|LWT|LWT Food Science and Technology
Journal of Fluorine Chemistry
Bioconjugate Chemistry
Biomacromolecules
Journal of Controlled Release
International Journal of Pharmaceutics
Molecular Pharmaceutics
European Journal of Pharmaceutical Sciences
Journal of Pharmaceutical Sciences
Bioorganic & Medicinal Chemistry|Bioorganic and Medicinal Chemistry
Bioorganic & Medicinal Chemistry Letters|Bioorganic and Medicinal Chemistry Letters
RSC Chemical Biology
RSC Medicinal Chemistry
Chemie Ingenieur Technik
Zeitschrift für anorganische und allgemeine Chemie|Zeitschrift fur anorganische und allgemeine Chemie
Zeitschrift für Kristallographie|Zeitschrift fur Kristallographie
Acta Crystallographica
IUCrJ
Crystal Research and Technology
CrystEngComm
Journal of Applied Crystallography
`;
