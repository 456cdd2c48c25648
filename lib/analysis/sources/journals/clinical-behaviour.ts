// Clinical specialties, behaviour and complementary medicine that health stories cite and the field lists lacked: one journal a line.
export default `
Brain and Behavior
Brain Sciences
Stroke and Vascular Neurology
Circulation: Cardiovascular Interventions
Circulation: Genomic and Precision Medicine
Thrombosis and Haemostasis
Prostate Cancer and Prostatic Diseases
Journal of the American College of Nutrition|Journal of American College of Nutrition
Psychology of Addictive Behaviors
Journal of Arthroplasty|The Journal of Arthroplasty
Annals of Plastic Surgery
International Forum of Allergy & Rhinology|International Forum of Allergy and Rhinology
American Journal of Infection Control
Journal of Medical Entomology
Phytomedicine
Bioelectromagnetics
Economics and Human Biology|Economics & Human Biology
Journal of Consumer Research
Archives of Sexual Behavior|Archives of Sexual Behaviour
Journal of Applied Gerontology
Applied Developmental Science
Acupuncture in Medicine
Journal of Alternative and Complementary Medicine|The Journal of Alternative and Complementary Medicine
Complementary Therapies in Medicine
Journal of Athletic Training
Journal of Strength and Conditioning Research
International Journal of Cardiology
Journal of the American Osteopathic Association
Psychology of Sport and Exercise
Journal of Sports Sciences
Journal of Science and Medicine in Sport
Scandinavian Journal of Medicine & Science in Sports
Journal of Clinical Sleep Medicine
Behavioral Sleep Medicine
Alcohol and Alcoholism
Substance Use & Misuse
Journal of Youth and Adolescence
Eating Behaviors
Journal of Nutrition Education and Behavior
Journal of Human Nutrition and Dietetics
Nutrition Research
Journal of Functional Foods
Journal of Medicinal Food
Journal of Human Hypertension
Journal of Clinical Lipidology
Clinical Obesity
Obesity Surgery
Surgery for Obesity and Related Diseases
Journal of Wound Care
Traffic Injury Prevention
Accident Analysis & Prevention
Foot & Ankle International
Journal of Hand Surgery
Journal of Shoulder and Elbow Surgery
Knee Surgery, Sports Traumatology, Arthroscopy
Arthroscopy
Spine Journal|The Spine Journal
Journal of Manipulative and Physiological Therapeutics
Physical Therapy
Archives of Physical Medicine and Rehabilitation
Journal of Oral Rehabilitation
Journal of Periodontology
Contact Dermatitis
Acta Dermato-Venereologica
Journal of Cosmetic Dermatology
Dermatologic Surgery
Hearing Research
Journal of Voice
Optometry and Vision Science
Journal of Glaucoma
Retina
`;
