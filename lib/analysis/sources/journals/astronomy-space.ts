// Astronomy, astrophysics, planetary and space science beyond the physical-sciences list: one journal a line.
export default `
Astronomische Nachrichten|Astronomische Nachrichten – Astronomical Notes
Astronomy and Computing
Astronomy & Geophysics|Astronomy and Geophysics
Astronomy Letters
Astronomy Reports
Astrophysics and Space Science|Astrophys Space Sci
Astronomy & Astrophysics Review|Astronomy and Astrophysics Review|The Astronomy and Astrophysics Review
Celestial Mechanics and Dynamical Astronomy
Earth, Moon, and Planets
General Relativity and Gravitation
Journal of Astrophysics and Astronomy
Journal of Astronomical Telescopes, Instruments, and Systems
Journal of Space Weather and Space Climate
Journal of Geophysical Research: Space Physics|JGR Space Physics
Advances in Space Research
Planetary and Space Science|Planet Space Sci
Progress in Earth and Planetary Science
Physics of the Dark Universe
Publications of the Astronomical Society of Japan|PASJ
Publications of the Astronomical Society of Australia|PASA
Research in Astronomy and Astrophysics
Chinese Astronomy and Astrophysics
Open Journal of Astrophysics|The Open Journal of Astrophysics
Annual Review of Earth and Planetary Sciences
Acta Astronomica
Revista Mexicana de Astronomía y Astrofísica|Revista Mexicana de Astronomia y Astrofisica
Bulletin of the AAS|Bulletin of the American Astronomical Society
Journal of the British Interplanetary Society
New Astronomy
New Astronomy Reviews
Annales Geophysicae
Frontiers in Astronomy and Space Sciences
Journal of Atmospheric and Solar-Terrestrial Physics
Living Reviews in Solar Physics
Acta Geochimica
Geochemical Perspectives Letters
Origins of Life and Evolution of Biospheres
Life Sciences in Space Research
International Journal of Aerospace Engineering
Journal of Guidance, Control, and Dynamics
Journal of Propulsion and Power
Progress in Aerospace Sciences
Journal of Aerospace Engineering
Astrodynamics
Chinese Journal of Aeronautics
Aviation, Space, and Environmental Medicine
Aerospace Medicine and Human Performance
Gravitation and Cosmology
Monthly Notices of the Royal Astronomical Society: Letters|MNRAS Letters
Journal of the Royal Astronomical Society of Canada
Journal of the American Association of Variable Star Observers
Minor Planet Bulletin
Solar System Research
Geophysical and Astrophysical Fluid Dynamics
Science China Physics, Mechanics & Astronomy|Science China Physics, Mechanics and Astronomy
Chinese Physics C
Astronomy & Astrophysics Supplement Series
`;
