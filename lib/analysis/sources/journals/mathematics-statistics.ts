// Mathematics, statistics and data science beyond the physical-sciences list: one journal a line.
export default `
Advances in Mathematics
Compositio Mathematica
Forum of Mathematics, Pi
Forum of Mathematics, Sigma
Geometric and Functional Analysis
Publications Mathématiques de l'IHÉS|Publications Mathematiques de l'IHES
Journal of the European Mathematical Society
Journal für die reine und angewandte Mathematik|Crelle's Journal|Journal fur die reine und angewandte Mathematik
Mathematische Annalen
Mathematische Zeitschrift
American Journal of Mathematics
Proceedings of the American Mathematical Society
Transactions of the American Mathematical Society
Memoirs of the American Mathematical Society
Proceedings of the London Mathematical Society
Journal of the London Mathematical Society
Bulletin of the London Mathematical Society
Communications on Pure and Applied Mathematics
Journal of Differential Geometry
Geometry & Topology|Geometry and Topology
Algebra & Number Theory|Algebra and Number Theory
Journal of Number Theory
Journal of Algebra
Journal of Combinatorial Theory
Combinatorica
Random Structures & Algorithms|Random Structures and Algorithms
Electronic Journal of Combinatorics
Discrete & Computational Geometry|Discrete and Computational Geometry
Experimental Mathematics
Mathematics of Computation
Numerische Mathematik
SIAM Journal on Applied Mathematics
SIAM Journal on Numerical Analysis
SIAM Journal on Scientific Computing
SIAM Journal on Optimization
SIAM Journal on Mathematical Analysis
SIAM Journal on Discrete Mathematics
Journal of Mathematical Biology
Bulletin of Mathematical Biology
Mathematical Biosciences
Journal of Theoretical Biology
Theoretical Population Biology
Proceedings of the Royal Society of Edinburgh
Mathematical Intelligencer|The Mathematical Intelligencer
American Mathematical Monthly|The American Mathematical Monthly
Mathematics Magazine
Archive for Rational Mechanics and Analysis
Journal of Nonlinear Science
Chaos, Solitons & Fractals|Chaos, Solitons and Fractals
Nonlinear Dynamics
Communications in Nonlinear Science and Numerical Simulation
Journal of Complex Networks
Journal of the Royal Statistical Society: Series A|Journal of the Royal Statistical Society Series A
Journal of the Royal Statistical Society: Series B|Journal of the Royal Statistical Society Series B
Journal of the Royal Statistical Society: Series C|Journal of the Royal Statistical Society Series C
Annals of Applied Statistics
Annals of Probability
Annals of Applied Probability
Probability Theory and Related Fields
Statistical Science
Statistics and Computing
Journal of Computational and Graphical Statistics
Bayesian Analysis
Biometrics
Statistical Methods in Medical Research
Journal of Statistical Software
American Statistician|The American Statistician
Journal of Official Statistics
Epidemiologic Methods
Research Synthesis Methods
BMC Medical Research Methodology
Journal of Causal Inference
Psychometrika
Multivariate Behavioral Research
Psychological Methods
Behavior Research Methods
Journal of Applied Statistics
Environmetrics
Data Science Journal
Harvard Data Science Review
EPJ Data Science
Journal of Data Science
International Journal of Forecasting
Journal of Forecasting
`;
