// Computing, engineering and technology: one journal a line.
export default `
Journal of Machine Learning Research|JMLR
Transactions on Machine Learning Research|TMLR
IEEE Transactions on Pattern Analysis and Machine Intelligence|TPAMI
IEEE Transactions on Neural Networks and Learning Systems
IEEE Transactions on Information Theory
IEEE Transactions on Robotics
IEEE Transactions on Biomedical Engineering
IEEE Transactions on Medical Imaging
IEEE Transactions on Power Systems
IEEE Transactions on Industrial Electronics
IEEE Transactions on Software Engineering
IEEE Journal of Solid-State Circuits
IEEE Access
IEEE Spectrum
Proceedings of the IEEE
Communications of the ACM
Journal of the ACM
ACM Computing Surveys
ACM Transactions on Graphics
Artificial Intelligence
Machine Learning
Neural Computation
Neural Networks
Pattern Recognition
Medical Image Analysis
International Journal of Computer Vision
Computer Vision and Image Understanding
Information Sciences
Expert Systems with Applications
Knowledge-Based Systems
Journal of Artificial Intelligence Research
Information Systems Research
MIS Quarterly
Management Science
Operations Research
Journal of Computational Physics
SIAM Journal on Computing
Quantum Science and Technology
Soft Robotics
International Journal of Robotics Research
Robotics and Autonomous Systems
IEEE Robotics and Automation Letters
Mechatronics
IEEE/ASME Transactions on Mechatronics
Journal of Sound and Vibration
Mechanical Systems and Signal Processing
Journal of the Mechanics and Physics of Solids
International Journal of Solids and Structures
Composites Science and Technology
Additive Manufacturing
Journal of Manufacturing Processes
Journal of Materials Processing Technology
Nature Reviews Electrical Engineering
Nature Communications Engineering
Communications Engineering
Device
Nano Research
Sensors
Micromachines
Electronics
Applied Sciences
Materials
Polymers
Molecules
Energies
Batteries
Journal of Energy Storage
Energy Storage Materials
Transportation Research Part D
Transportation Research Part A
Nature Reviews Bioengineering
Journal of Neural Engineering
Journal of NeuroEngineering and Rehabilitation
Annals of Biomedical Engineering
IEEE Transactions on Neural Systems and Rehabilitation Engineering
Science and Engineering Ethics
npj Flexible Electronics
Advanced Intelligent Systems
Engineering
Building and Environment
Cement and Concrete Research
Construction and Building Materials
Journal of Structural Engineering
Water Science and Technology
Journal of Environmental Engineering
Chemical Engineering Journal
AIChE Journal
Industrial & Engineering Chemistry Research
Fuel
Combustion and Flame
Aerospace Science and Technology
Acta Astronautica
Journal of Spacecraft and Rockets
AIAA Journal
`;
