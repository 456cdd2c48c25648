// Earth science, climate and atmosphere, oceanography and hydrology beyond the earth-environment list: one journal a line.
export default `
Annual Review of Marine Science
Annual Review of Environment and Resources
Geochemistry, Geophysics, Geosystems|G-Cubed
Geosphere
GSA Bulletin|Geological Society of America Bulletin
GSA Today
Journal of the Geological Society
Lithos
Precambrian Research
Gondwana Research
Journal of Asian Earth Sciences
Solid Earth
Earth Surface Dynamics
Earth System Dynamics
Geoscience Frontiers
Terra Nova
Basin Research
Marine and Petroleum Geology
AAPG Bulletin
Ore Geology Reviews
Mineralium Deposita
Journal of Metamorphic Geology
Geostandards and Geoanalytical Research
Isotopes in Environmental and Health Studies
Radiocarbon
Quaternary Geochronology
Quaternary International
Boreas
The Holocene|Holocene
Journal of Quaternary Science
Permafrost and Periglacial Processes
Arctic, Antarctic, and Alpine Research
Polar Research
Polar Biology
Antarctic Science
Frontiers in Earth Science
Earth and Space Science
Reviews of Geophysics
Surveys in Geophysics
Pure and Applied Geophysics
Journal of Seismology
Earthquake Spectra
Natural Hazards Review
Landslides
Bulletin of Engineering Geology and the Environment
Journal of Applied Volcanology
Atmospheric Measurement Techniques
Weather, Climate, and Society
Journal of Applied Meteorology and Climatology
Journal of Hydrometeorology
Journal of Atmospheric and Oceanic Technology
International Journal of Climatology
Theoretical and Applied Climatology
Climate Risk Management
Climate Services
Climate and Development
Regional Environmental Change
Atmospheric Science Letters
Tellus A|Tellus A: Dynamic Meteorology and Oceanography
Tellus B|Tellus B: Chemical and Physical Meteorology
Advances in Atmospheric Sciences
Meteorologische Zeitschrift
Journal of the Meteorological Society of Japan
Boundary-Layer Meteorology
Aerosol Science and Technology
Journal of Aerosol Science
Air Quality, Atmosphere & Health
Indoor Air
Journal of Marine Systems
Journal of Marine Research
Continental Shelf Research
Deep-Sea Research Part I|Deep-Sea Research Part I: Oceanographic Research Papers
Deep-Sea Research Part II|Deep-Sea Research Part II: Topical Studies in Oceanography
Limnology and Oceanography Letters
Ocean and Coastal Management|Ocean & Coastal Management
ICES Journal of Marine Science
Fisheries Research
Fisheries Oceanography
Canadian Journal of Fisheries and Aquatic Sciences
Reviews in Fish Biology and Fisheries
Reviews in Aquaculture
Freshwater Biology
Hydrobiologia
Aquatic Conservation: Marine and Freshwater Ecosystems
Journal of Great Lakes Research
Water Research X
Water Resources Management
Journal of Hydrology: Regional Studies
Hydrogeology Journal
Vadose Zone Journal
npj Clean Water
Water Security
Environmental Science: Water Research & Technology
Soil Biology and Biochemistry
Geoderma
Soil & Tillage Research|Soil and Tillage Research
European Journal of Soil Science
Soil Science Society of America Journal
Catena
Land Degradation & Development|Land Degradation and Development
Landscape and Urban Planning
Urban Climate
Sustainable Cities and Society
Environmental Science & Policy|Environmental Science and Policy
Environmental Modelling & Software|Environmental Modelling and Software
Environmental Research: Infrastructure and Sustainability
Environmental Research Communications
Environmental Science: Processes & Impacts
Environmental Science: Nano
Environmental Science: Atmospheres
Environmental Chemistry Letters
Environmental Toxicology and Chemistry
Ecotoxicology and Environmental Safety
Environmental Geochemistry and Health
Journal of Environmental Management
Environment, Development and Sustainability
Global Sustainability
Earth System Governance
Ambio
Mitigation and Adaptation Strategies for Global Change
Carbon Balance and Management
Carbon Management
International Journal of Greenhouse Gas Control
Frontiers in Climate
PLOS Climate
PLOS Water
Remote Sensing Letters
International Journal of Remote Sensing
ISPRS Journal of Photogrammetry and Remote Sensing
IEEE Transactions on Geoscience and Remote Sensing
Photogrammetric Engineering & Remote Sensing
International Journal of Applied Earth Observation and Geoinformation
Computers & Geosciences|Computers and Geosciences
Mathematical Geosciences
Journal of Maps
Geographical Journal|The Geographical Journal
Annals of the American Association of Geographers
Progress in Physical Geography
Transactions of the Institute of British Geographers
Applied Geography
Geographische Rundschau
Geographica Helvetica
Erdkunde
Zeitschrift für Geomorphologie|Zeitschrift fur Geomorphologie
Polarforschung
`;
