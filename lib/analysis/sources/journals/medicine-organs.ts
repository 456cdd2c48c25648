// Specialty medicine (hormones, gut, kidney, lung, joints, surgery, senses, teeth): one journal a line.
export default `
Diabetes
Diabetes Care
Diabetologia
The Journal of Clinical Endocrinology & Metabolism|Journal of Clinical Endocrinology and Metabolism|JCEM|J Clin Endocrinol Metab
Endocrinology
Endocrine Reviews
Thyroid
Obesity
International Journal of Obesity|Int J Obes
Obesity Reviews
Diabetes, Obesity and Metabolism|Diabetes Obesity and Metabolism
Diabetic Medicine
Nature Reviews Endocrinology
Nature Metabolism
Cell Metabolism|Cell Metab
Molecular Metabolism
Metabolism
Journal of Bone and Mineral Research
Osteoporosis International
Bone
Gastroenterology
Hepatology
Journal of Hepatology|J Hepatol
American Journal of Gastroenterology|Am J Gastroenterol
Clinical Gastroenterology and Hepatology
Gastrointestinal Endoscopy
Endoscopy
Alimentary Pharmacology & Therapeutics|Alimentary Pharmacology and Therapeutics|Aliment Pharmacol Ther
Inflammatory Bowel Diseases
Journal of Crohn's and Colitis
Nature Reviews Gastroenterology & Hepatology
Gut Microbes
Microbiome
Kidney International
Journal of the American Society of Nephrology|JASN
Clinical Journal of the American Society of Nephrology|CJASN
American Journal of Kidney Diseases
Nephrology Dialysis Transplantation
Nature Reviews Nephrology
American Journal of Transplantation
Transplantation
European Respiratory Journal|Eur Respir J
Chest
American Journal of Respiratory Cell and Molecular Biology
Journal of Allergy and Clinical Immunology|J Allergy Clin Immunol|JACI
Allergy
Annals of Allergy, Asthma & Immunology
Journal of Asthma
Arthritis & Rheumatology|Arthritis and Rheumatology
Rheumatology
Arthritis Care & Research
Arthritis Research & Therapy
Osteoarthritis and Cartilage
Journal of Bone and Joint Surgery|JBJS
Bone & Joint Journal
American Journal of Sports Medicine
Clinical Orthopaedics and Related Research
Spine
Journal of Orthopaedic Research
Annals of Surgery|Ann Surg
British Journal of Surgery|Br J Surg
Journal of the American College of Surgeons
Surgery
Surgical Endoscopy
Plastic and Reconstructive Surgery|Plast Reconstr Surg
Aesthetic Surgery Journal
The Journal of Urology|Journal of Urology|J Urol
European Urology|Eur Urol
BJU International
Urology
Journal of Sexual Medicine
Radiology
American Journal of Roentgenology|AJR
European Radiology
Journal of Nuclear Medicine
Ophthalmology
American Journal of Ophthalmology
British Journal of Ophthalmology
Investigative Ophthalmology & Visual Science|IOVS
Journal of Investigative Dermatology
Journal of the American Academy of Dermatology|JAAD
British Journal of Dermatology
Laryngoscope|The Laryngoscope
Otolaryngology–Head and Neck Surgery
Ear and Hearing
Journal of Dental Research
Journal of the American Dental Association
Journal of Clinical Periodontology
International Journal of Oral Science
Journal of Endodontics
Nature Reviews Rheumatology
Journal of Rheumatology
Lupus
Cell Transplantation
Stem Cells
Stem Cell Reports
Cell Stem Cell
Stem Cells Translational Medicine
Molecular Therapy|Mol Ther
Human Gene Therapy
Gene Therapy
Journal of Cardiovascular Magnetic Resonance
Journal of Nuclear Cardiology
Journal of Physiology|J Physiol
American Journal of Physiology|Am J Physiol
Journal of Applied Physiology|J Appl Physiol
Medicine & Science in Sports & Exercise|Medicine and Science in Sports and Exercise|MSSE
Sports Medicine
Journal of Translational Medicine|J Transl Med
Molecular Medicine
EMBO Molecular Medicine
Journal of Experimental Medicine|J Exp Med
Nature Reviews Disease Primers
`;
