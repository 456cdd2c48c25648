// Medical specialties beyond the medicine lists (cardiology to urology, infection to imaging): one journal a line.
export default `
European Heart Journal – Cardiovascular Imaging|European Heart Journal Cardiovascular Imaging
European Heart Journal – Quality of Care and Clinical Outcomes
European Heart Journal – Cardiovascular Pharmacotherapy
European Heart Journal – Digital Health
European Heart Journal Open
EuroIntervention
Europace
ESC Heart Failure
JACC: Clinical Electrophysiology
JACC: CardioOncology
JACC: Advances
Circulation: Cardiovascular Imaging
Canadian Journal of Cardiology
Heart, Lung and Circulation
Journal of Cardiovascular Electrophysiology
Journal of Vascular Surgery
European Journal of Vascular and Endovascular Surgery
Catheterization and Cardiovascular Interventions
Journal of Stroke and Cerebrovascular Diseases
European Stroke Journal
Journal of Cerebral Blood Flow & Metabolism|Journal of Cerebral Blood Flow and Metabolism
Muscle & Nerve|Muscle and Nerve
Amyotrophic Lateral Sclerosis and Frontotemporal Degeneration
Multiple Sclerosis and Related Disorders
Dementia and Geriatric Cognitive Disorders
Alzheimer's & Dementia: Diagnosis, Assessment & Disease Monitoring
Alzheimer's & Dementia: Translational Research & Clinical Interventions
International Psychogeriatrics
Journal of Pain Research
Clinical Journal of Pain|The Clinical Journal of Pain
Journal of Clinical Neuroscience
Journal of Neuro-Oncology
Neurosurgical Focus
World Neurosurgery
Acta Neurochirurgica
European Spine Journal
Journal of Neurosurgery: Spine
Journal of Orthopaedic Trauma
Journal of Orthopaedic & Sports Physical Therapy|Journal of Orthopaedic and Sports Physical Therapy
Bone & Joint Research
Acta Orthopaedica
Journal of Pediatric Orthopaedics
Orthopaedic Journal of Sports Medicine
Clinical Journal of Sport Medicine
International Journal of Sports Medicine
European Journal of Applied Physiology
Acta Physiologica
Journal of Cachexia, Sarcopenia and Muscle
Calcified Tissue International
Journal of Clinical Densitometry
Endocrine Practice
Endocrine-Related Cancer
European Journal of Endocrinology
Journal of Endocrinological Investigation
Journal of Diabetes and its Complications
Diabetes Research and Clinical Practice
Diabetes & Metabolism|Diabetes and Metabolism
Diabetes Technology & Therapeutics|Diabetes Technology and Therapeutics
Journal of Diabetes Science and Technology
Acta Diabetologica
Obesity Research & Clinical Practice
Liver International
Hepatology Communications
JHEP Reports
American Journal of Physiology – Gastrointestinal and Liver Physiology
Digestive Diseases and Sciences
Journal of Gastroenterology and Hepatology
United European Gastroenterology Journal
Neurogastroenterology & Motility|Neurogastroenterology and Motility
Pancreatology
Digestive and Liver Disease
Colorectal Disease
Diseases of the Colon & Rectum|Diseases of the Colon and Rectum
Journal of Pediatric Gastroenterology and Nutrition
Kidney International Reports
Kidney Medicine
American Journal of Nephrology
Nephron
Journal of Nephrology
Clinical Kidney Journal
Peritoneal Dialysis International
Transplant International
Liver Transplantation
Journal of Heart and Lung Transplantation|The Journal of Heart and Lung Transplantation
Xenotransplantation
Respiratory Research
Respirology
ERJ Open Research
Annals of the American Thoracic Society
Journal of Cystic Fibrosis
Clinical & Experimental Allergy|Clinical and Experimental Allergy
Pediatric Allergy and Immunology
Journal of Allergy and Clinical Immunology: In Practice
Journal of Clinical Immunology
Frontiers in Allergy
Annals of Hematology
Blood Cancer Journal
Leukemia & Lymphoma|Leukemia and Lymphoma
Vox Sanguinis
JCO Global Oncology
JCO Precision Oncology
Cancer Letters
Cancer Treatment Reviews
Seminars in Cancer Biology
Annals of Surgical Oncology
Journal of Surgical Oncology
European Journal of Surgical Oncology
Practical Radiation Oncology
Head & Neck|Head and Neck
Oral Oncology
Journal of Gastrointestinal Surgery
Journal of Pediatric Surgery
Journal of Surgical Research
American Journal of Surgery|The American Journal of Surgery
World Journal of Surgery
Journal of Plastic, Reconstructive & Aesthetic Surgery|Journal of Plastic, Reconstructive and Aesthetic Surgery
Journal of Burn Care & Research|Journal of Burn Care and Research
Wound Repair and Regeneration
International Wound Journal
European Urology Focus
European Urology Oncology
Journal of Endourology
Neurourology and Urodynamics
International Journal of Impotence Research
Journal of Assisted Reproduction and Genetics
Journal of Maternal-Fetal & Neonatal Medicine|Journal of Maternal-Fetal and Neonatal Medicine
Acta Obstetricia et Gynecologica Scandinavica
International Journal of Gynecology & Obstetrics|International Journal of Gynecology and Obstetrics
Journal of Minimally Invasive Gynecology
Journal of Pediatric and Adolescent Gynecology
Journal of Paediatrics and Child Health
Child: Care, Health and Development
Developmental Medicine & Child Neurology|Developmental Medicine and Child Neurology
European Journal of Pediatrics
World Journal of Pediatrics
Journal of Developmental & Behavioral Pediatrics|Journal of Developmental and Behavioral Pediatrics
Maternal and Child Health Journal
Maternal & Child Nutrition|Maternal and Child Nutrition
Breastfeeding Medicine
Pancreas
Placenta
Midwifery
Seizure
Transfusion
Pituitary
Endocrine
Cancers
The Prostate
`;
