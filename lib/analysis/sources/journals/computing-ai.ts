// Computing, artificial intelligence, robotics and data beyond the engineering-computing list: one journal a line.
// Conferences (NeurIPS, ICML, CHI) are left out: the analysis reads a conference as unpublished, not as a journal.
export default `
Artificial Intelligence Review
AI Magazine
AI and Ethics
AI & Society|AI and Society
Minds and Machines
Philosophy & Technology|Philosophy and Technology
Ethics and Information Technology
Big Data & Society|Big Data and Society
Journal of Big Data
IEEE Transactions on Knowledge and Data Engineering
IEEE Transactions on Image Processing
IEEE Transactions on Signal Processing
IEEE Transactions on Cybernetics
IEEE Transactions on Evolutionary Computation
IEEE Transactions on Fuzzy Systems
IEEE Transactions on Affective Computing
IEEE Transactions on Visualization and Computer Graphics
IEEE Transactions on Computers
IEEE Transactions on Parallel and Distributed Systems
IEEE Transactions on Mobile Computing
IEEE Transactions on Information Forensics and Security
IEEE Transactions on Dependable and Secure Computing
IEEE Transactions on Wireless Communications
IEEE Transactions on Communications
IEEE Transactions on Vehicular Technology
IEEE Transactions on Intelligent Transportation Systems
IEEE Transactions on Automatic Control
IEEE Transactions on Control Systems Technology
IEEE Transactions on Automation Science and Engineering
IEEE Transactions on Haptics
IEEE Transactions on Human-Machine Systems
IEEE Transactions on Games
IEEE Transactions on Quantum Engineering
IEEE Transactions on Smart Grid
IEEE Transactions on Sustainable Energy
IEEE Transactions on Power Electronics
IEEE Transactions on Energy Conversion
IEEE Transactions on Electron Devices
IEEE Transactions on Nanotechnology
IEEE Transactions on Antennas and Propagation
IEEE Transactions on Microwave Theory and Techniques
IEEE Transactions on Circuits and Systems I
IEEE Transactions on Very Large Scale Integration Systems
IEEE Transactions on Computer-Aided Design of Integrated Circuits and Systems
IEEE Transactions on Cloud Computing
IEEE Transactions on Network Science and Engineering
IEEE Transactions on Emerging Topics in Computing
IEEE Transactions on Learning Technologies
IEEE Transactions on Education
IEEE Transactions on Aerospace and Electronic Systems
IEEE Journal of Biomedical and Health Informatics
IEEE Journal on Selected Areas in Communications
IEEE Journal of Selected Topics in Signal Processing
IEEE Internet of Things Journal
IEEE Sensors Journal
IEEE Signal Processing Magazine
IEEE Robotics & Automation Magazine|IEEE Robotics and Automation Magazine
IEEE Security & Privacy|IEEE Security and Privacy
IEEE Micro
IEEE Software
IEEE Communications Magazine
IEEE Network
IEEE Electron Device Letters
IEEE Open Journal of the Computer Society
ACM Transactions on Computer-Human Interaction|TOCHI
ACM Transactions on Information Systems
ACM Transactions on Intelligent Systems and Technology
ACM Transactions on Knowledge Discovery from Data
ACM Transactions on Software Engineering and Methodology
ACM Transactions on Programming Languages and Systems
ACM Transactions on Computer Systems
ACM Transactions on Privacy and Security
ACM Transactions on Interactive Intelligent Systems
ACM Transactions on Accessible Computing
ACM Transactions on Computing Education
ACM Transactions on Human-Robot Interaction
ACM Transactions on Quantum Computing
ACM Transactions on Algorithms
ACM Transactions on Mathematical Software
ACM Transactions on the Web
ACM Transactions on Sensor Networks
ACM Transactions on Embedded Computing Systems
ACM Transactions on Multimedia Computing, Communications, and Applications
Proceedings of the ACM on Human-Computer Interaction
Proceedings of the ACM on Interactive, Mobile, Wearable and Ubiquitous Technologies|IMWUT
Proceedings of the ACM on Programming Languages
Proceedings of the VLDB Endowment|PVLDB
The VLDB Journal|VLDB Journal
Computers & Security|Computers and Security
Future Generation Computer Systems
Journal of Systems and Software
Empirical Software Engineering
Information and Software Technology
Software: Practice and Experience
Journal of Parallel and Distributed Computing
Journal of Computer and System Sciences
Algorithmica
Formal Aspects of Computing
Logical Methods in Computer Science
Natural Language Engineering
Transactions of the Association for Computational Linguistics|TACL
Language Resources and Evaluation
Computer Speech & Language|Computer Speech and Language
IEEE/ACM Transactions on Audio, Speech, and Language Processing
Pattern Recognition Letters
Image and Vision Computing
Computers & Graphics|Computers and Graphics
Computer Graphics Forum
Neurocomputing
Applied Soft Computing
Engineering Applications of Artificial Intelligence
Data Mining and Knowledge Discovery
Knowledge and Information Systems
Information Processing & Management|Information Processing and Management
Journal of the Association for Information Science and Technology
Journal of the American Medical Informatics Association|JAMIA
International Journal of Medical Informatics
Journal of Biomedical Informatics
Artificial Intelligence in Medicine
BMC Medical Informatics and Decision Making
JMIR Medical Informatics
JMIR AI
Radiology: Artificial Intelligence
Frontiers in Artificial Intelligence
Frontiers in Robotics and AI
Frontiers in Neurorobotics
Frontiers in Computer Science
PeerJ Computer Science
Machine Learning: Science and Technology
Journal of Field Robotics
Autonomous Robots
Journal of Intelligent & Robotic Systems|Journal of Intelligent and Robotic Systems
Bioinspiration & Biomimetics|Bioinspiration and Biomimetics
Cyborg and Bionic Systems
International Journal of Social Robotics
Genetic Programming and Evolvable Machines
Neural Computing and Applications
Cognitive Systems Research
International Journal of Human-Computer Studies
Interacting with Computers
Behaviour & Information Technology|Behaviour and Information Technology
New Media & Society|New Media and Society
Journal of Computer-Mediated Communication
Social Media + Society
Information, Communication & Society|Information, Communication and Society
Internet Policy Review
Journal of Cybersecurity
Computers in Biology and Medicine
Quantum Machine Intelligence
ACM Journal on Emerging Technologies in Computing Systems
`;
