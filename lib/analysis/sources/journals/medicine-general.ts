// General and internal medicine, public health, pharmacology: "Canonical Name|Alias|Alias", one journal a line.
export default `
New England Journal of Medicine|NEJM|N Engl J Med|New England Journal
NEJM Evidence|NEJM Evid
NEJM AI
NEJM Catalyst
The Lancet|Lancet
The Lancet Oncology|Lancet Oncology|Lancet Oncol
The Lancet Neurology|Lancet Neurology|Lancet Neurol
The Lancet Infectious Diseases|Lancet Infectious Diseases|Lancet Infect Dis
The Lancet Respiratory Medicine|Lancet Respiratory Medicine|Lancet Respir Med
The Lancet Diabetes & Endocrinology|Lancet Diabetes and Endocrinology|Lancet Diabetes Endocrinol
The Lancet Psychiatry|Lancet Psychiatry
The Lancet Public Health|Lancet Public Health
The Lancet Global Health|Lancet Global Health|Lancet Glob Health
The Lancet Gastroenterology & Hepatology|Lancet Gastroenterology and Hepatology|Lancet Gastroenterol Hepatol
The Lancet Haematology|Lancet Haematology|Lancet Haematol
The Lancet HIV|Lancet HIV
The Lancet Child & Adolescent Health|Lancet Child and Adolescent Health|Lancet Child Adolesc Health
The Lancet Digital Health|Lancet Digital Health|Lancet Digit Health
The Lancet Healthy Longevity|Lancet Healthy Longevity
The Lancet Planetary Health|Lancet Planetary Health|Lancet Planet Health
The Lancet Rheumatology|Lancet Rheumatology
The Lancet Microbe|Lancet Microbe
The Lancet Regional Health – Europe|Lancet Regional Health Europe
The Lancet Regional Health – Americas|Lancet Regional Health Americas
eClinicalMedicine|EClinicalMedicine
eBioMedicine|EBioMedicine
Journal of the American Medical Association|JAMA|J Am Med Assoc|Journal of the American Medical Assn
JAMA Network Open|JAMA Netw Open
JAMA Internal Medicine|JAMA Intern Med|Archives of Internal Medicine|Arch Intern Med
JAMA Pediatrics|JAMA Pediatr|Archives of Pediatrics and Adolescent Medicine
JAMA Psychiatry|Archives of General Psychiatry|Arch Gen Psychiatry
JAMA Neurology|JAMA Neurol|Archives of Neurology
JAMA Oncology|JAMA Oncol
JAMA Cardiology|JAMA Cardiol
JAMA Surgery|JAMA Surg|Archives of Surgery
JAMA Dermatology|JAMA Dermatol|Archives of Dermatology
JAMA Ophthalmology|JAMA Ophthalmol|Archives of Ophthalmology
JAMA Otolaryngology–Head & Neck Surgery|JAMA Otolaryngology|JAMA Otolaryngol Head Neck Surg
JAMA Health Forum
The BMJ|BMJ|British Medical Journal|Br Med J
BMJ Open
BMJ Global Health|BMJ Glob Health
BMJ Open Diabetes Research & Care
BMJ Medicine
BMJ Quality & Safety|BMJ Qual Saf
BMJ Evidence-Based Medicine
Journal of Epidemiology and Community Health|J Epidemiol Community Health
Heart|BMJ Heart
Thorax
Gut
British Journal of Sports Medicine|Br J Sports Med
Annals of the Rheumatic Diseases|Ann Rheum Dis
Tobacco Control
Injury Prevention
Archives of Disease in Childhood|Arch Dis Child
Journal of Neurology, Neurosurgery and Psychiatry|Journal of Neurology Neurosurgery and Psychiatry|J Neurol Neurosurg Psychiatry
Annals of Internal Medicine|Ann Intern Med
Mayo Clinic Proceedings|Mayo Clin Proc
Canadian Medical Association Journal|CMAJ
Medical Journal of Australia|MJA|Med J Aust
PLOS Medicine|PLoS Med
BMC Medicine|BMC Med
BMC Public Health
Nature Medicine|Nat Med
Science Translational Medicine|Sci Transl Med
Journal of Clinical Investigation|J Clin Invest|JCI
JCI Insight
American Journal of Medicine|Am J Med
Journal of General Internal Medicine|J Gen Intern Med
American Journal of Public Health|Am J Public Health
American Journal of Epidemiology|Am J Epidemiol
International Journal of Epidemiology|Int J Epidemiol
European Journal of Epidemiology|Eur J Epidemiol
Epidemiology
Journal of Clinical Epidemiology|J Clin Epidemiol
Preventive Medicine|Prev Med
American Journal of Preventive Medicine|Am J Prev Med
Health Affairs|Health Aff
Milbank Quarterly
Medical Care
Health Services Research
Cochrane Database of Systematic Reviews|Cochrane Database Syst Rev|Cochrane Review|Cochrane Reviews
The Cochrane Library|Cochrane Library
Systematic Reviews
Trials
Clinical Trials
Contemporary Clinical Trials
Journal of Medical Internet Research|JMIR|J Med Internet Res
JMIR mHealth and uHealth|JMIR mHealth uHealth
JMIR Mental Health
JMIR Public Health and Surveillance
Emerging Infectious Diseases|Emerg Infect Dis
Morbidity and Mortality Weekly Report|MMWR
Eurosurveillance|Euro Surveill
Bulletin of the World Health Organization|Bull World Health Organ
Clinical Infectious Diseases|Clin Infect Dis
Journal of Infectious Diseases|J Infect Dis
The Lancet Regional Health – Western Pacific|Lancet Regional Health Western Pacific
Vaccine
Vaccines
npj Vaccines
Human Vaccines & Immunotherapeutics
Journal of Travel Medicine
Journal of Hospital Infection
Infection Control & Hospital Epidemiology
Antimicrobial Agents and Chemotherapy|Antimicrob Agents Chemother
Journal of Antimicrobial Chemotherapy|J Antimicrob Chemother
International Journal of Infectious Diseases
Open Forum Infectious Diseases
AIDS
Journal of Acquired Immune Deficiency Syndromes|JAIDS
Sexually Transmitted Infections
Clinical Microbiology and Infection
Clinical Pharmacology & Therapeutics|Clin Pharmacol Ther
British Journal of Clinical Pharmacology
Drug Safety
Pharmacoepidemiology and Drug Safety
Journal of Pharmacology and Experimental Therapeutics
Nature Reviews Drug Discovery|Nat Rev Drug Discov
Drug Discovery Today
Journal of Medicinal Chemistry|J Med Chem
European Journal of Medicinal Chemistry
Addiction
Drug and Alcohol Dependence
Alcohol: Clinical and Experimental Research|Alcoholism: Clinical and Experimental Research
Nicotine & Tobacco Research|Nicotine and Tobacco Research
Journal of Studies on Alcohol and Drugs
International Journal of Drug Policy
`;
