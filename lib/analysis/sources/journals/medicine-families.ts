// Publisher families stories cite (Lancet, JAMA, BMJ, Nature, Cell, Science, PLOS, Frontiers, BMC, JMIR) beyond the medicine lists: one journal a line.
export default `
JAMA Facial Plastic Surgery
BMJ Case Reports
BMJ Supportive & Palliative Care|BMJ Supportive and Palliative Care
BMJ Open Respiratory Research
BMJ Open Gastroenterology
BMJ Open Ophthalmology
BMJ Open Sport & Exercise Medicine|BMJ Open Sport and Exercise Medicine
BMJ Open Quality
BMJ Paediatrics Open
BMJ Nutrition, Prevention & Health|BMJ Nutrition, Prevention and Health
BMJ Neurology Open
BMJ Oncology
BMJ Public Health
BMJ Military Health
BMJ Leader
BMJ Innovations
BMJ Health & Care Informatics|BMJ Health and Care Informatics
RMD Open
Open Heart
ESMO Open
Regional Anesthesia & Pain Medicine|Regional Anesthesia and Pain Medicine
Journal of NeuroInterventional Surgery
Journal of Clinical Pathology
Journal of Investigative Medicine
Drug and Therapeutics Bulletin
Practical Neurology
Frontline Gastroenterology
Archives of Disease in Childhood: Fetal and Neonatal Edition
Nature Reviews Urology
Nature Reviews Methods Primers
Nature Chemical Engineering
npj Breast Cancer
npj Primary Care Respiratory Medicine
npj Systems Biology and Applications
npj Science of Learning
npj Urban Sustainability
npj Women's Health
npj Materials Degradation
npj 2D Materials and Applications
Communications Materials
Cell Reports Methods
Trends in Endocrinology & Metabolism|Trends in Endocrinology and Metabolism
Trends in Pharmacological Sciences
Trends in Cancer
Trends in Parasitology
Trends in Biotechnology
Trends in Chemistry
Current Opinion in Cell Biology
Current Opinion in Genetics & Development|Current Opinion in Genetics and Development
Current Opinion in Structural Biology
Current Opinion in Microbiology
Current Opinion in Psychology
Current Opinion in Behavioral Sciences
Current Opinion in Environmental Sustainability
PLOS Complex Systems
PLOS Sustainability and Transformation
Frontiers in Oncology
Frontiers in Cardiovascular Medicine
Frontiers in Endocrinology
Frontiers in Nutrition
Frontiers in Pediatrics
Frontiers in Pharmacology
Frontiers in Genetics
Frontiers in Cell and Developmental Biology
Frontiers in Cellular and Infection Microbiology
Frontiers in Bioengineering and Biotechnology
Frontiers in Physiology
Frontiers in Sports and Active Living
Frontiers in Veterinary Science
Frontiers in Surgery
Frontiers in Digital Health
Frontiers in Sustainable Food Systems
Frontiers in Environmental Science
Frontiers in Forests and Global Change
Frontiers in Chemistry
Frontiers in Materials
Frontiers in Energy Research
Frontiers in Physics
Frontiers in Communication
Frontiers in Education
Frontiers in Reproductive Health
Frontiers in Global Women's Health
Frontiers in Neuroendocrinology
BMC Cardiovascular Disorders
BMC Gastroenterology
BMC Nephrology
BMC Neurology
BMC Pediatrics
BMC Women's Health
BMC Musculoskeletal Disorders
BMC Pulmonary Medicine
BMC Endocrine Disorders
BMC Nutrition
BMC Primary Care
BMC Family Practice
BMC Medical Education
BMC Nursing
BMC Oral Health
BMC Veterinary Research
BMC Microbiology
BMC Plant Biology
BMC Ecology
BMC Psychology
BMC Complementary Medicine and Therapies
BMC Complementary and Alternative Medicine
BMC Sports Science, Medicine and Rehabilitation
BMC Research Notes
BMC Surgery
BMC Anesthesiology
BMC Emergency Medicine
BMC Ophthalmology
BMC Dermatology
BMC Urology
BMC Rheumatology
BMC Immunology
BMC Medical Genomics
BMC Molecular and Cell Biology
BMC Biotechnology
BMC Chemistry
Genome Medicine
Retrovirology
Virology Journal
Journal of Hematology & Oncology|Journal of Hematology and Oncology
Journal of Experimental & Clinical Cancer Research|Journal of Experimental and Clinical Cancer Research
Molecular Neurodegeneration
Translational Neurodegeneration
Cardiovascular Diabetology
Diabetology & Metabolic Syndrome|Diabetology and Metabolic Syndrome
Nutrition & Metabolism|Nutrition and Metabolism
Lipids in Health and Disease
Journal of the International Society of Sports Nutrition
Sports Medicine – Open|Sports Medicine Open
International Journal for Equity in Health
Globalization and Health
Health Research Policy and Systems
Implementation Science
Population Health Metrics
Archives of Public Health
Human Resources for Health
Conflict and Health
Infectious Diseases of Poverty
JMIR Formative Research
JMIR Research Protocols
JMIR Serious Games
JMIR Aging
JMIR Pediatrics and Parenting
JMIR Cancer
JMIR Diabetes
JMIR Cardio
JMIR Medical Education
JMIR Human Factors
Interactive Journal of Medical Research
The Lancet Regional Health – Southeast Asia
`;
