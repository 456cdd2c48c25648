// Engineering, energy, transport and the built environment beyond the engineering-computing list: one journal a line.
export default `
Energy & Fuels|Energy and Fuels
Energy Research & Social Science|Energy Research and Social Science
Energy Journal|The Energy Journal
Energy and Buildings
Energy Strategy Reviews
Energy Reports
Energy for Sustainable Development
Energy, Sustainability and Society
Applied Thermal Engineering
International Journal of Hydrogen Energy
International Journal of Energy Research
Progress in Energy and Combustion Science
Proceedings of the Combustion Institute
Progress in Photovoltaics|Progress in Photovoltaics: Research and Applications
Solar Energy Materials and Solar Cells
Solar RRL
IEEE Journal of Photovoltaics
Wind Energy Science
Geothermics
Biomass and Bioenergy
Biotechnology for Biofuels and Bioproducts
Biotechnology for Biofuels
GCB Bioenergy
Electric Power Systems Research
International Journal of Electrical Power & Energy Systems
eTransportation
Transportation Research Part B
Transportation Research Part C
Transportation Research Part E
Transportation Research Part F
Transportation Research Record
Transport Reviews
Journal of Transport Geography
Travel Behaviour and Society
Journal of Transport & Health|Journal of Transport and Health
Transportation Science
IEEE Transactions on Transportation Electrification
Vehicle System Dynamics
Journal of Safety Research
Journal of Engineering Mechanics
Journal of Geotechnical and Geoenvironmental Engineering
Géotechnique|Geotechnique
Journal of Bridge Engineering
Journal of Hydraulic Engineering
Journal of Water Resources Planning and Management
Engineering Structures
Earthquake Engineering & Structural Dynamics|Earthquake Engineering and Structural Dynamics
Computer-Aided Civil and Infrastructure Engineering
Automation in Construction
Tunnelling and Underground Space Technology
Journal of Building Engineering
Energy and Built Environment
Building Research & Information|Building Research and Information
Indoor and Built Environment
Lighting Research & Technology|Lighting Research and Technology
Journal of Industrial Ecology
International Journal of Life Cycle Assessment|The International Journal of Life Cycle Assessment
Chemical Engineering Research and Design
Chemical Engineering and Processing
Process Safety and Environmental Protection
Journal of Loss Prevention in the Process Industries
Particuology
Journal of Environmental Chemical Engineering
Journal of Water Process Engineering
Biotechnology and Bioengineering
Journal of Biological Engineering
Bioengineering & Translational Medicine|Bioengineering and Translational Medicine
BioMedical Engineering OnLine
Medical Engineering & Physics|Medical Engineering and Physics
Journal of Biomechanics
Journal of Biomechanical Engineering
Clinical Biomechanics
Gait & Posture|Gait and Posture
Biomechanics and Modeling in Mechanobiology
Advanced Robotics
Robotics and Computer-Integrated Manufacturing
International Journal of Machine Tools and Manufacture
CIRP Annals
Journal of Manufacturing Systems
Virtual and Physical Prototyping
International Journal of Fatigue
Engineering Fracture Mechanics
International Journal of Mechanical Sciences
Journal of Applied Mechanics
Extreme Mechanics Letters
Smart Materials and Structures
Sensors and Actuators A|Sensors and Actuators A: Physical
Sensors and Actuators B|Sensors and Actuators B: Chemical
Microsystems & Nanoengineering|Microsystems and Nanoengineering
Journal of Microelectromechanical Systems
IEEE Transactions on Instrumentation and Measurement
Journal of Aircraft
Journal of Marine Science and Engineering
Applied Ocean Research
International Journal of Naval Architecture and Ocean Engineering
Journal of Engineering Education
European Journal of Engineering Education
Proceedings of the Institution of Mechanical Engineers
Proceedings of the Institution of Civil Engineers
Philosophical Magazine
Chinese Science Bulletin
Science China Technological Sciences
Science China Information Sciences
The Innovation
Cell Reports Physical Science
Cell Reports Sustainability
`;
