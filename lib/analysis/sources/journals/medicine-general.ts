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
Age and Ageing
Journal of the American Geriatrics Society|J Am Geriatr Soc
The Journals of Gerontology|Journals of Gerontology
Aging Cell
Nature Aging
GeroScience
Aging|Aging-US
Ageing Research Reviews
Journal of Aging and Health
Journal of the Royal Society of Medicine
Postgraduate Medical Journal
QJM
Internal Medicine Journal
European Journal of Internal Medicine
Journal of Internal Medicine|J Intern Med
Deutsches Ärzteblatt International|Deutsches Arzteblatt International
Journal of Korean Medical Science
Chinese Medical Journal
National Medical Journal of India
Indian Journal of Medical Research
South African Medical Journal
Pan American Journal of Public Health
Global Health: Science and Practice
Journal of Global Health
Tropical Medicine & International Health
American Journal of Tropical Medicine and Hygiene|Am J Trop Med Hyg
PLOS Neglected Tropical Diseases|PLoS Negl Trop Dis
Malaria Journal
Journal of Medical Ethics
Hastings Center Report
American Journal of Bioethics
Academic Medicine
Medical Education
Journal of the American Board of Family Medicine
Annals of Family Medicine|Ann Fam Med
British Journal of General Practice|Br J Gen Pract
American Family Physician
Family Practice
Journal of Palliative Medicine
Palliative Medicine
Journal of Pain and Symptom Management
Critical Care Medicine|Crit Care Med
Intensive Care Medicine
Critical Care
American Journal of Respiratory and Critical Care Medicine|Am J Respir Crit Care Med
Annals of Emergency Medicine
Resuscitation
Emergency Medicine Journal
Academic Emergency Medicine
Journal of Trauma and Acute Care Surgery
Injury
Anesthesiology
British Journal of Anaesthesia|Br J Anaesth
Anesthesia & Analgesia|Anesthesia and Analgesia
Anaesthesia
Pain
The Journal of Pain|Journal of Pain
European Journal of Pain
Sleep
Sleep Medicine
Journal of Sleep Research
Sleep Health
Nature and Science of Sleep
Environmental Health Perspectives|Environ Health Perspect
Occupational and Environmental Medicine
Scandinavian Journal of Work, Environment & Health
International Journal of Environmental Research and Public Health|IJERPH
Environment International
Science of the Total Environment
Journal of Exposure Science & Environmental Epidemiology
Journal of Adolescent Health
Journal of Women's Health
Women's Health Issues
Menopause
Maturitas
Journal of Urban Health
Social Science & Medicine|Social Science and Medicine
Sociology of Health & Illness
Health Psychology
Annals of Behavioral Medicine
Journal of Behavioral Medicine
Psychosomatic Medicine
Journal of Psychosomatic Research
Telemedicine and e-Health|Telemed J E Health
npj Digital Medicine
Medicine
Medicina
Journal of Clinical Medicine|J Clin Med
Cureus
PeerJ
F1000Research
Wellcome Open Research
Frontiers in Medicine
Frontiers in Public Health
Scientific Reports|Sci Rep
PLOS ONE|PLoS ONE|PLoS One|Plos One
PLOS Global Public Health
PLOS Digital Health
BMC Infectious Diseases
BMC Health Services Research
BMC Pregnancy and Childbirth
BMC Psychiatry
BMC Cancer
BMC Geriatrics
Nutrients
`;
