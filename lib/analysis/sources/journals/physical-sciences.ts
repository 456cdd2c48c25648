// Physics, astronomy, chemistry and materials: one journal a line.
export default `
Physical Review Letters|Phys Rev Lett|PRL
Physical Review X|Phys Rev X|PRX
PRX Quantum
Physical Review A|Phys Rev A
Physical Review B|Phys Rev B
Physical Review C|Phys Rev C
Physical Review D|Phys Rev D
Physical Review E|Phys Rev E
Physical Review Research
Physical Review Applied
Physical Review Materials
Physical Review Fluids
Reviews of Modern Physics|Rev Mod Phys
Physics Reports
Reports on Progress in Physics
New Journal of Physics
Journal of Physics A
Journal of Physics: Condensed Matter
Nuclear Physics B
Physics Letters B
Journal of High Energy Physics|JHEP
European Physical Journal C
Classical and Quantum Gravity
Optica
Optics Express
Optics Letters
Light: Science & Applications|Light Science and Applications
Laser & Photonics Reviews
Applied Physics Letters|Appl Phys Lett
Journal of Applied Physics
Nano Letters|Nano Lett
ACS Nano
ACS Photonics
Advanced Materials|Adv Mater
Advanced Functional Materials
Advanced Energy Materials
Advanced Science
Advanced Optical Materials
Small
Nano Energy
Nano Today
Carbon
2D Materials
Materials Today
Acta Materialia
Journal of Materials Chemistry A
Chemistry of Materials
Science Bulletin
National Science Review
Quantum
npj Quantum Materials
Physical Chemistry Chemical Physics
Journal of Chemical Physics|J Chem Phys
Journal of Physical Chemistry Letters
Journal of Physical Chemistry A
Journal of Physical Chemistry B
Journal of Physical Chemistry C
Journal of Fluid Mechanics|J Fluid Mech
Physics of Fluids
Soft Matter
Biophysical Journal
Astrophysical Journal|The Astrophysical Journal|ApJ|Astrophys J
Astrophysical Journal Letters|The Astrophysical Journal Letters|ApJL
Astrophysical Journal Supplement Series|ApJS
Astronomical Journal|The Astronomical Journal|AJ
Monthly Notices of the Royal Astronomical Society|MNRAS|Mon Not R Astron Soc
Astronomy & Astrophysics|Astronomy and Astrophysics
Annual Review of Astronomy and Astrophysics
Publications of the Astronomical Society of the Pacific|PASP
Planetary Science Journal|The Planetary Science Journal
Icarus
Journal of Geophysical Research: Planets|JGR Planets
Meteoritics & Planetary Science|Meteoritics and Planetary Science
Journal of Cosmology and Astroparticle Physics|JCAP
Astroparticle Physics
Space Science Reviews
Astrobiology
International Journal of Astrobiology
Solar Physics
Living Reviews in Relativity
Research Notes of the AAS
Experimental Astronomy
Journal of the American Chemical Society|JACS|J Am Chem Soc
Angewandte Chemie|Angewandte Chemie International Edition|Angew Chem Int Ed|Angew Chem|=Angewandten Chemie
Chemical Science|Chem Sci
Chemical Reviews|Chem Rev
Chemical Society Reviews|Chem Soc Rev
Accounts of Chemical Research
Chemical Communications|Chem Commun
Chemistry – A European Journal|Chemistry A European Journal
Organic Letters|Org Lett
Journal of Organic Chemistry
Inorganic Chemistry
Organometallics
Dalton Transactions
ACS Catalysis
ACS Energy Letters
ACS Applied Materials & Interfaces|ACS Applied Materials and Interfaces
ACS Sustainable Chemistry & Engineering
ACS Omega
Analytical Chemistry|Anal Chem
Green Chemistry
Journal of Catalysis
Applied Catalysis B
Electrochimica Acta
Journal of Power Sources
Energy & Environmental Science|Energy and Environmental Science
Journal of the Electrochemical Society
Macromolecules
Polymer
Langmuir
Crystal Growth & Design
Journal of Natural Products
Food Chemistry
Journal of Agricultural and Food Chemistry
Environmental Science & Technology|Environmental Science and Technology|Environ Sci Technol
Environmental Science & Technology Letters
Water Research
Journal of Hazardous Materials
Chemosphere
Environmental Pollution
Atmospheric Chemistry and Physics
Atmospheric Environment
Journal of Chemical Education
Chemical Research in Toxicology
Toxicological Sciences
Archives of Toxicology
Radiation Research
Metrologia
Superconductor Science and Technology
Nuclear Fusion
Plasma Physics and Controlled Fusion
Physics of Plasmas
Journal of Plasma Physics
Annals of Physics
Foundations of Physics
American Journal of Physics
Physics Today
Entropy
Chaos
Nonlinearity
Physica D
Journal of Statistical Mechanics
Journal of Mathematical Physics
Communications in Mathematical Physics
Annals of Mathematics
Inventiones Mathematicae
Journal of the American Mathematical Society
Acta Mathematica
Duke Mathematical Journal
Bulletin of the American Mathematical Society
Notices of the American Mathematical Society
SIAM Review
Journal of the Royal Statistical Society|JRSS
Annals of Statistics
Journal of the American Statistical Association|JASA
Biometrika
Statistics in Medicine
Biostatistics
`;
