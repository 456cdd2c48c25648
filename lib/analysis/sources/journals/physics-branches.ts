// Physics in all its branches, beyond the physical-sciences list: one journal a line.
export default `
Physical Review|Phys Rev
Physical Review Accelerators and Beams
Physical Review Physics Education Research
PRX Energy
PRX Life
Europhysics Letters
European Physical Journal A
European Physical Journal B
European Physical Journal D
European Physical Journal E
European Physical Journal Plus
European Physical Journal Special Topics
European Physical Journal H
Journal of Physics B|Journal of Physics B: Atomic, Molecular and Optical Physics
Journal of Physics D|Journal of Physics D: Applied Physics
Journal of Physics G|Journal of Physics G: Nuclear and Particle Physics
Journal of Physics: Photonics
Journal of Physics: Materials
Journal of Physics: Energy
Journal of Physics: Complexity
Journal of Optics
Nuclear Physics A
Physics Letters A
Nuclear Instruments and Methods in Physics Research|Nuclear Instruments and Methods in Physics Research Section A
Progress of Theoretical and Experimental Physics|PTEP
Progress in Particle and Nuclear Physics
Annual Review of Nuclear and Particle Science
Annual Review of Condensed Matter Physics
Annual Review of Fluid Mechanics
Chinese Physics Letters
Chinese Physics B
Frontiers of Physics
Fundamental Research
Journal of the Physical Society of Japan
Journal of Instrumentation|JINST
Review of Scientific Instruments
Measurement Science and Technology
Physica A
Physica B
Physica C
Physica E
Physica Scripta
Physics of Life Reviews
Physics in Medicine & Biology|Physics in Medicine and Biology
Physics Education
European Journal of Physics
Contemporary Physics
Advances in Physics
Advances in Physics: X
Physical Biology
Quantum Information Processing
Quantum Reports
AVS Quantum Science
Journal of Modern Optics
Journal of the Optical Society of America A
Journal of the Optical Society of America B
Optics Communications
Optics and Lasers in Engineering
Photonics Research
Advanced Photonics
Nanophotonics
APL Photonics
Journal of Lightwave Technology
IEEE Photonics Journal
IEEE Journal of Quantum Electronics
Optical Materials
Optical Materials Express
Laser Physics Letters
Ultrafast Science
High Power Laser Science and Engineering
Matter and Radiation at Extremes
Journal of Low Temperature Physics
Low Temperature Physics
Journal of Superconductivity and Novel Magnetism
Journal of Magnetism and Magnetic Materials
APL Materials
Applied Physics Reviews
Applied Physics Express
Japanese Journal of Applied Physics
Journal of Vacuum Science & Technology|Journal of Vacuum Science and Technology
Semiconductor Science and Technology
Journal of Semiconductors
Surface Science
Applied Surface Science
Journal of Crystal Growth
Journal of Rheology
Rheologica Acta
Experiments in Fluids
International Journal of Heat and Mass Transfer
International Journal of Multiphase Flow
Journal of Turbulence
Flow, Turbulence and Combustion
Combustion Science and Technology
Journal of the Acoustical Society of America|J Acoust Soc Am
Ultrasonics
Granular Matter
Journal of Chemical Theory and Computation
Computer Physics Communications
Fusion Engineering and Design
Journal of Fusion Energy
Plasma Sources Science and Technology
Journal of Nuclear Materials
Annals of Nuclear Energy
Nuclear Engineering and Design
Journal of Environmental Radioactivity
Radiation Protection Dosimetry
Radiation Physics and Chemistry
Journal of Radiological Protection
Biophysical Reviews
Journal of Biological Physics
European Biophysics Journal
Annual Review of Biophysics
Quarterly Reviews of Biophysics
Journal of Statistical Physics
Journal of Physics Communications
SciPost Physics
Results in Physics
International Journal of Modern Physics A
International Journal of Modern Physics D
Modern Physics Letters A
Zeitschrift für Physik|Zeitschrift fur Physik
Zeitschrift für Naturforschung A|Zeitschrift fur Naturforschung A
Annalen der Physik
Fortschritte der Physik
`;
