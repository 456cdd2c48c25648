// Psychology, social sciences, economics, education, nutrition and food: one journal a line.
export default `
Psychological Science|Psychol Sci
Psychological Bulletin|Psychol Bull
Psychological Review
American Psychologist
Annual Review of Psychology
Journal of Personality and Social Psychology|JPSP
Personality and Social Psychology Bulletin
Journal of Experimental Psychology: General
Journal of Experimental Social Psychology
Cognition
Cognitive Science
Cognitive Psychology
Developmental Psychology
Developmental Science
Emotion
Journal of Abnormal Psychology
Journal of Consulting and Clinical Psychology|J Consult Clin Psychol
Clinical Psychological Science
Clinical Psychology Review
Behaviour Research and Therapy
Journal of Anxiety Disorders
Mindfulness
Journal of Happiness Studies
Journal of Positive Psychology
Personality and Individual Differences
Journal of Research in Personality
Evolution and Human Behavior
Perspectives on Psychological Science
Current Directions in Psychological Science
Psychonomic Bulletin & Review
Memory & Cognition
Attention, Perception, & Psychophysics
Journal of Memory and Language
Language
Brain and Language
Child Abuse & Neglect
Journal of Family Psychology
Computers in Human Behavior
Cyberpsychology, Behavior, and Social Networking
Body Image
Appetite
Journal of Environmental Psychology
Social Psychological and Personality Science
International Journal for Human Caring
Journal of Advanced Nursing
International Journal of Nursing Studies
Nursing Research
American Economic Review|AER
Quarterly Journal of Economics|QJE
Journal of Political Economy|JPE
Econometrica
Review of Economic Studies
Economic Journal|The Economic Journal
Journal of Finance
Journal of Financial Economics
Review of Financial Studies
Journal of Monetary Economics
Journal of Public Economics
Journal of Health Economics
Journal of Development Economics
Journal of Labor Economics
Journal of Economic Perspectives
American Economic Journal: Applied Economics
American Economic Journal: Economic Policy
Journal of Human Resources
Review of Economics and Statistics
Journal of Urban Economics
Health Economics
World Development
American Political Science Review
American Journal of Political Science
Journal of Politics
American Sociological Review
American Journal of Sociology
Work, Employment and Society|Work, Employment & Society
Gender, Work and Organization|Gender, Work & Organization
Work, Aging and Retirement
Qualitative Health Research
Ageing and Society|Ageing & Society
Health and Social Care in the Community|Health & Social Care in the Community
Social Forces
Demography
Population and Development Review
Journal of Marriage and Family
Criminology
Journal of Quantitative Criminology
Journal of Experimental Criminology
Science Communication
Public Understanding of Science
Research Policy
Scientometrics
Quantitative Science Studies
Educational Researcher
American Educational Research Journal
Journal of Educational Psychology
Review of Educational Research
Learning and Instruction
Computers & Education
Journal of Research on Educational Effectiveness
Educational Evaluation and Policy Analysis
Journal of the Learning Sciences
American Journal of Clinical Nutrition|Am J Clin Nutr|AJCN
Journal of Nutrition|The Journal of Nutrition|J Nutr
British Journal of Nutrition|Br J Nutr
European Journal of Nutrition
European Journal of Clinical Nutrition
Clinical Nutrition
Advances in Nutrition
Nutrition Reviews
Nutrition
Public Health Nutrition
Journal of the Academy of Nutrition and Dietetics
International Journal of Behavioral Nutrition and Physical Activity
Nutrition Journal
Nutrition, Metabolism and Cardiovascular Diseases
Food & Function|Food and Function
Food Research International
Trends in Food Science & Technology
Journal of Food Science
Global Food Security
Food Policy
Agricultural Systems
Field Crops Research
Agronomy Journal
Journal of Dairy Science
Poultry Science
Journal of Animal Science
Veterinary Record
Journal of the American Veterinary Medical Association|JAVMA
Journal of Veterinary Internal Medicine
Preventive Veterinary Medicine
Animals
Anthrozoös|Anthrozoos
Applied Animal Behaviour Science
Animal Cognition
`;
