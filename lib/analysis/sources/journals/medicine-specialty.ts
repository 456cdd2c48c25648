// Specialty medicine (heart, cancer, brain, mind, children, reproduction): one journal a line.
export default `
Circulation
Circulation Research|Circ Res
Circulation: Heart Failure
Circulation: Cardiovascular Quality and Outcomes
Circulation: Arrhythmia and Electrophysiology
Journal of the American College of Cardiology|JACC|J Am Coll Cardiol
JACC: Basic to Translational Science|JACC Basic to Translational Science|JACC Basic Transl Sci
JACC: Heart Failure|JACC Heart Failure
JACC: Cardiovascular Imaging|JACC Cardiovascular Imaging
JACC: Cardiovascular Interventions|JACC Cardiovascular Interventions
European Heart Journal|Eur Heart J
European Journal of Heart Failure
European Journal of Preventive Cardiology
Journal of the American Heart Association|JAHA|J Am Heart Assoc
Hypertension
Stroke
International Journal of Stroke
Journal of Hypertension
American Journal of Hypertension
American Heart Journal
American Journal of Cardiology
Heart Rhythm
Journal of Cardiac Failure
Cardiovascular Research
Arteriosclerosis, Thrombosis, and Vascular Biology|Arteriosclerosis Thrombosis and Vascular Biology|ATVB
Atherosclerosis
Nature Reviews Cardiology
Nature Cardiovascular Research
Journal of Thoracic and Cardiovascular Surgery
Annals of Thoracic Surgery
CA: A Cancer Journal for Clinicians|CA Cancer J Clin
Journal of Clinical Oncology|JCO|J Clin Oncol
JCO Oncology Practice
Annals of Oncology|Ann Oncol
Cancer
Cancer Research|Cancer Res
Clinical Cancer Research|Clin Cancer Res
Cancer Discovery|Cancer Discov
Cancer Cell
Nature Cancer
Nature Reviews Cancer|Nat Rev Cancer
Nature Reviews Clinical Oncology
Journal of the National Cancer Institute|JNCI|J Natl Cancer Inst
JNCI Cancer Spectrum
Cancer Epidemiology, Biomarkers & Prevention|Cancer Epidemiology Biomarkers and Prevention
Cancer Prevention Research
Cancer Immunology Research
Journal for ImmunoTherapy of Cancer|Journal for Immunotherapy of Cancer|JITC
International Journal of Cancer|Int J Cancer
British Journal of Cancer|Br J Cancer
European Journal of Cancer
Molecular Cancer
Molecular Cancer Therapeutics
Oncogene
Oncotarget
npj Precision Oncology|Precision Oncology
Neuro-Oncology
Blood
Blood Advances
Leukemia
Haematologica
British Journal of Haematology
Journal of Thrombosis and Haemostasis
American Journal of Hematology
Breast Cancer Research
Breast Cancer Research and Treatment
Gynecologic Oncology
Journal of Thoracic Oncology
Lung Cancer
Cancer Medicine
The Oncologist|Oncologist
Radiotherapy and Oncology
International Journal of Radiation Oncology, Biology, Physics|International Journal of Radiation Oncology Biology Physics
Neurology
Neurology: Neuroimmunology & Neuroinflammation
Annals of Neurology|Ann Neurol
Brain
Brain Communications
Journal of Neurosurgery|J Neurosurg
Neurosurgery
Multiple Sclerosis Journal
Movement Disorders
Parkinsonism & Related Disorders
Journal of Parkinson's Disease|Journal of Parkinsons Disease
npj Parkinson's Disease
Parkinson's Disease
Alzheimer's & Dementia|Alzheimers and Dementia|Alzheimer's and Dementia
Journal of Alzheimer's Disease|Journal of Alzheimers Disease|J Alzheimers Dis
Alzheimer's Research & Therapy
Neurobiology of Aging
Epilepsia
Epilepsy & Behavior
Cephalalgia
Headache
The Journal of Headache and Pain|Journal of Headache and Pain
Journal of Neurotrauma
Sleep and Breathing
Nature Reviews Neurology
Journal of Neurology
European Journal of Neurology
Neuroepidemiology
American Journal of Psychiatry|Am J Psychiatry
British Journal of Psychiatry|Br J Psychiatry
Molecular Psychiatry|Mol Psychiatry
Biological Psychiatry|Biol Psychiatry
Biological Psychiatry: Cognitive Neuroscience and Neuroimaging
Translational Psychiatry
World Psychiatry
Psychological Medicine|Psychol Med
Schizophrenia Bulletin
Schizophrenia Research
Journal of Affective Disorders|J Affect Disord
Depression and Anxiety
Bipolar Disorders
Journal of Clinical Psychiatry|J Clin Psychiatry
Acta Psychiatrica Scandinavica
Neuropsychopharmacology
European Neuropsychopharmacology
Journal of Psychopharmacology
Psychopharmacology
Journal of the American Academy of Child and Adolescent Psychiatry|JAACAP
Journal of Child Psychology and Psychiatry
European Child & Adolescent Psychiatry
Autism
Autism Research
Molecular Autism
Journal of Autism and Developmental Disorders
Journal of Attention Disorders
International Journal of Eating Disorders
Suicide and Life-Threatening Behavior
Pediatrics
The Journal of Pediatrics|Journal of Pediatrics|J Pediatr
Pediatric Research
Archives of Pediatrics
Acta Paediatrica
Child Development
Journal of Perinatology
Neonatology
Pediatric Infectious Disease Journal
Pediatric Blood & Cancer
Obstetrics & Gynecology|Obstetrics and Gynecology
American Journal of Obstetrics and Gynecology|AJOG|Am J Obstet Gynecol
BJOG|BJOG: An International Journal of Obstetrics and Gynaecology
Human Reproduction
Human Reproduction Update
Fertility and Sterility
Reproductive BioMedicine Online
Contraception
Ultrasound in Obstetrics & Gynecology
`;
