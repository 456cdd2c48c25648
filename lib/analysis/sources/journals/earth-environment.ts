// Earth, climate, ocean, energy and environment: one journal a line.
export default `
Geophysical Research Letters|GRL|Geophys Res Lett
Journal of Geophysical Research|JGR
Journal of Geophysical Research: Atmospheres|JGR Atmospheres
Journal of Geophysical Research: Oceans|JGR Oceans
Journal of Geophysical Research: Solid Earth|JGR Solid Earth
Journal of Geophysical Research: Earth Surface
Journal of Geophysical Research: Biogeosciences
AGU Advances
Earth's Future|Earths Future
Earth and Planetary Science Letters|EPSL
Earth-Science Reviews
Geology
Geophysical Journal International
Geochimica et Cosmochimica Acta
Chemical Geology
Journal of Petrology
Contributions to Mineralogy and Petrology
American Mineralogist
Tectonics
Tectonophysics
Bulletin of the Seismological Society of America
Seismological Research Letters
Journal of Volcanology and Geothermal Research
Bulletin of Volcanology
Volcanica
Quaternary Science Reviews
Quaternary Research
Palaeogeography, Palaeoclimatology, Palaeoecology
Paleoceanography and Paleoclimatology
Climate of the Past
Journal of Climate|J Clim
Climate Dynamics
Climatic Change
Bulletin of the American Meteorological Society|BAMS
Monthly Weather Review
Journal of the Atmospheric Sciences
Weather and Forecasting
Quarterly Journal of the Royal Meteorological Society
Environmental Research Letters|Environ Res Lett
Environmental Research
Environmental Research: Climate
Global Environmental Change
Global Biogeochemical Cycles
Biogeosciences
The Cryosphere|Cryosphere
Journal of Glaciology
Annals of Glaciology
Earth System Science Data
Geoscientific Model Development
Hydrology and Earth System Sciences
Water Resources Research
Journal of Hydrology
Limnology and Oceanography
Journal of Physical Oceanography
Progress in Oceanography
Deep Sea Research
Ocean Science
Frontiers in Marine Science
Marine Pollution Bulletin
Estuarine, Coastal and Shelf Science
Remote Sensing of Environment
Remote Sensing
Agricultural and Forest Meteorology
Forest Ecology and Management
Global Ecology and Biogeography
Landscape Ecology
Journal of Applied Ecology
Ecological Indicators
Ecological Economics
Sustainability
Sustainability Science
Energy Policy
Applied Energy
Energy
Renewable Energy
Renewable and Sustainable Energy Reviews
Solar Energy
Energy Conversion and Management
Journal of Cleaner Production
Resources, Conservation and Recycling
Waste Management
PNAS Nexus
Anthropocene
Elementa: Science of the Anthropocene
Geology Today
Journal of Structural Geology
Sedimentology
Geomorphology
Earth Surface Processes and Landforms
Natural Hazards
Natural Hazards and Earth System Sciences
International Journal of Disaster Risk Reduction
Weather and Climate Extremes
Atmospheric Research
Journal of Advances in Modeling Earth Systems
Climate Policy
Wiley Interdisciplinary Reviews: Climate Change|WIREs Climate Change
`;
