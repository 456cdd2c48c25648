// Ageing, care, emergency, anaesthesia, pain, sleep, environment and behaviour, open megajournals: one journal a line.
export default `
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
Deutsches Ärzteblatt International|Deutsches Arzteblatt International|=Deutschen Ärzteblatt International|=Deutschen Ärzteblatts International
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
