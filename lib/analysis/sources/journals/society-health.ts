// Public health, economics, social science, policy and science studies beyond the social-nutrition list: one journal a line.
export default `
Annual Review of Public Health
Annual Review of Economics
Annual Review of Sociology
Annual Review of Political Science
Journal of Public Health|The Journal of Public Health
Journal of Public Health Policy
European Journal of Public Health
Scandinavian Journal of Public Health
Canadian Journal of Public Health
Australian and New Zealand Journal of Public Health
Public Health Reports
Health Education & Behavior|Health Education and Behavior
Health Education Research
Health Policy and Planning
Health Economics, Policy and Law
Value in Health
PharmacoEconomics
Journal of Health Politics, Policy and Law
Journal of Health and Social Behavior
Social Science & Medicine – Population Health|SSM – Population Health|SSM Population Health
Population Health Management
Health & Place|Health and Place
Annals of Epidemiology
Paediatric and Perinatal Epidemiology
Cancer Causes & Control|Cancer Causes and Control
Injury Epidemiology
Journal of Physical Activity and Health
Journal of Sport and Health Science
Tobacco Induced Diseases
Tobacco Prevention & Cessation|Tobacco Prevention and Cessation
Drug and Alcohol Review
Harm Reduction Journal
International Journal of Environmental Health Research
Journal of Racial and Ethnic Health Disparities
Ethnicity & Health|Ethnicity and Health
Journal of Health Care for the Poor and Underserved
Journal of Immigrant and Minority Health
Journal of Epidemiology and Global Health
Journal of Economic Literature
Journal of the European Economic Association
Review of Economic Dynamics
American Economic Journal: Macroeconomics
American Economic Journal: Microeconomics
American Economic Review: Insights
Journal of Econometrics
Journal of Economic Theory
Journal of International Economics
Journal of Environmental Economics and Management
Journal of the Association of Environmental and Resource Economists
Environmental and Resource Economics
Resource and Energy Economics
Journal of Economic Behavior & Organization|Journal of Economic Behavior and Organization
Games and Economic Behavior
Journal of Behavioral and Experimental Economics
Journal of Risk and Uncertainty
European Economic Review
Economics Letters
Journal of Population Economics
Journal of Economic Growth
Journal of Agricultural Economics
American Journal of Agricultural Economics
Brookings Papers on Economic Activity
Oxford Review of Economic Policy
Journal of Human Capital
Economics of Education Review
Journal of Policy Analysis and Management
Public Administration Review
Journal of Public Administration Research and Theory
Policy Sciences
Regulation & Governance|Regulation and Governance
Science and Public Policy
Technological Forecasting and Social Change
Research Evaluation
Social Studies of Science
Science, Technology, & Human Values|Science, Technology and Human Values
Journal of Science Communication|JCOM
British Journal of Political Science
Comparative Political Studies
Journal of Peace Research
Journal of Conflict Resolution
Political Behavior
Public Opinion Quarterly
Journal of Communication
Communication Research
Journalism & Mass Communication Quarterly|Journalism and Mass Communication Quarterly
European Sociological Review
British Journal of Sociology
Sociological Science
Demographic Research
Population, Space and Place
Journal of Ethnic and Migration Studies
International Migration Review
Journal of Family Issues
Children and Youth Services Review
Journal of Research in Crime and Delinquency
Crime & Delinquency|Crime and Delinquency
Justice Quarterly
Law and Human Behavior
Psychology, Public Policy, and Law
Journal of Criminal Justice
Journal of the American Planning Association
Environment and Planning A
Environment and Planning B
Gender & Society|Gender and Society
Journal of Family Violence
Violence Against Women
Journal of Interpersonal Violence
Teaching and Teacher Education
Sociology of Education
Studies in Higher Education
Journal of Higher Education|The Journal of Higher Education
British Journal of Educational Psychology
Early Childhood Research Quarterly
Reading Research Quarterly
Scientific Studies of Reading
Journal of Educational Measurement
AERA Open
Journal of Agricultural Science|The Journal of Agricultural Science
Agriculture, Ecosystems & Environment|Agriculture, Ecosystems and Environment
European Journal of Agronomy
Theoretical and Applied Genetics
Journal of Cereal Science
Agricultural Water Management
Journal of the Science of Food and Agriculture
Food Quality and Preference
International Journal of Food Microbiology
Journal of Food Protection
Critical Reviews in Food Science and Nutrition
Annual Review of Nutrition
Nutrition Bulletin
Obesity Facts
Obesity Science & Practice|Obesity Science and Practice
`;
