import type { GlossaryEntry } from './types';

/** Plain-language glossary: general clinical words that fit no narrower field. */
export const entries: GlossaryEntry[] = [
  {
    term: 'diagnosis',
    aliases: ['diagnosed', 'diagnose', 'diagnostic', 'diagnostics'],
    field: 'medicine',
    definition:
      'Working out which illness a person has, from their symptoms, an exam and tests.',
    seeAlso: ['prognosis'],
  },
  {
    term: 'prognosis',
    aliases: ['prognoses', 'prognostic', 'outlook'],
    field: 'medicine',
    definition:
      'A doctor\'s best guess of how an illness will go, such as the chance of recovery.',
    seeAlso: ['diagnosis'],
    context: ['patients', 'patient', 'disease', 'cancer', 'illness', 'survival', 'diagnosis', 'treatment', 'poor', 'doctors'],
  },
  {
    term: 'chronic disease',
    aliases: ['chronic diseases', 'chronic illness', 'chronic condition', 'chronic conditions', 'long-term condition', 'chronic'],
    field: 'medicine',
    definition:
      'An illness that lasts a long time, often for life, such as diabetes or arthritis. "Chronic" means long-lasting, not severe.',
    seeAlso: ['acute'],
  },
  {
    term: 'acute',
    field: 'medicine',
    definition:
      'Coming on suddenly or lasting a short time. It does not always mean severe.',
    seeAlso: ['chronic disease'],
    context: ['disease', 'illness', 'infection', 'pain', 'symptoms', 'patients', 'kidney', 'injury', 'care', 'phase', 'condition', 'inflammation'],
  },
  {
    term: 'comorbidity',
    aliases: ['comorbidities', 'co-morbidity', 'co-morbidities', 'underlying condition', 'underlying conditions', 'underlying health conditions', 'pre-existing condition'],
    field: 'medicine',
    definition:
      'Another illness a person has at the same time as the main one. An example is diabetes in someone with heart disease.',
  },
  {
    term: 'mortality',
    aliases: ['mortality rate', 'death rate', 'all-cause mortality', 'mortality rates', 'in-hospital mortality'],
    field: 'medicine',
    definition:
      'Death, or the death rate: how many people in a group die over a period. "All-cause mortality" counts deaths from any cause.',
    seeAlso: ['morbidity'],
  },
  {
    term: 'morbidity',
    aliases: ['morbidities'],
    field: 'medicine',
    definition:
      'Illness, or how much illness there is in a group, as opposed to death.',
    seeAlso: ['mortality'],
  },
  {
    term: 'life expectancy',
    field: 'medicine',
    definition:
      'How long people are expected to live on average, worked out from the death rates of a place at a given time.',
    seeAlso: ['healthspan', 'lifespan'],
  },
  {
    term: 'quality of life',
    aliases: ['health-related quality of life', 'QoL'],
    field: 'medicine',
    definition:
      'How good a person feels their life is: their health, comfort, mood and ability to do daily things.',
  },
  {
    term: 'standard of care',
    aliases: ['standard care', 'usual care', 'standard treatment', 'standard therapy', 'current treatments'],
    field: 'medicine',
    definition:
      'The treatment doctors normally give for a condition now. New treatments are often tested against it.',
    seeAlso: ['control group'],
  },
  {
    term: 'first-line treatment',
    aliases: ['first-line', 'first line', 'second-line', 'second line', 'frontline treatment'],
    field: 'medicine',
    definition:
      'The first treatment doctors try for a disease. Second-line treatments are used if it fails.',
    context: ['treatment', 'therapy', 'drug', 'patients', 'chemotherapy', 'cancer', 'option'],
  },
  {
    term: 'palliative care',
    aliases: ['palliative', 'end-of-life care', 'hospice'],
    field: 'medicine',
    definition:
      'Care that eases pain and other symptoms for people with serious illness, and supports them and their families. It aims at comfort rather than a cure.',
  },
  {
    term: 'intensive care unit',
    aliases: ['intensive care', 'ICU', 'critical care'],
    field: 'medicine',
    definition:
      'The hospital ward for the sickest patients, with close watching and machines that can breathe for them.',
    seeAlso: ['ventilator'],
  },
  {
    term: 'prophylaxis',
    aliases: ['prophylactic', 'preventive treatment', 'preventative treatment', 'preventive therapy'],
    field: 'medicine',
    definition:
      'Treatment given to prevent a disease rather than to cure it.',
  },
  {
    term: 'symptom',
    aliases: ['symptoms', 'symptomatic'],
    field: 'medicine',
    definition:
      'Something a person feels or notices that hints at an illness, like pain or a cough.',
    context: ['disease', 'illness', 'patients', 'infection', 'diagnosis', 'treatment', 'doctor', 'doctors', 'condition'],
  },
  {
    term: 'exacerbation',
    aliases: ['exacerbations', 'flare-up', 'flare-ups', 'flare'],
    field: 'medicine',
    definition:
      'A period when a long-term illness suddenly gets worse, such as an asthma attack.',
    context: ['disease', 'asthma', 'COPD', 'symptoms', 'patients', 'lung', 'condition', 'lupus', 'arthritis'],
  },
  {
    term: 'complication',
    aliases: ['complications'],
    field: 'medicine',
    definition:
      'A new health problem caused by an illness or a treatment. An infection after surgery is one example.',
    context: ['surgery', 'disease', 'patients', 'pregnancy', 'treatment', 'infection', 'diabetes', 'procedure', 'birth', 'risk'],
  },
  {
    term: 'lesion',
    aliases: ['lesions', 'brain lesion', 'skin lesion'],
    field: 'medicine',
    definition:
      'Any area of damaged or abnormal tissue, such as a wound, sore, scar or tumour.',
  },
  {
    term: 'MRI',
    aliases: ['magnetic resonance imaging', 'MRI scan', 'MRI scans'],
    field: 'medicine',
    definition:
      'A scanner that uses a strong magnet and radio waves to make detailed pictures of the inside of the body. It does not use X-rays.',
    seeAlso: ['fMRI', 'CT scan', 'brain scan'],
  },
  {
    term: 'CT scan',
    aliases: ['CT scans', 'computed tomography', 'CAT scan', 'CT'],
    field: 'medicine',
    definition:
      'A scan that takes many X-ray pictures from different angles. A computer puts them together into slices of the body.',
    seeAlso: ['MRI'],
  },
  {
    term: 'PET scan',
    aliases: ['PET scans', 'positron emission tomography', 'PET imaging'],
    field: 'medicine',
    definition:
      'A scan that uses a tiny dose of a radioactive tracer. It shows how active body tissues are, or where a target protein sits.',
  },
  {
    term: 'medical imaging',
    aliases: ['imaging', 'scans'],
    field: 'medicine',
    definition:
      'Ways of seeing inside the body without cutting it open. Examples are X-rays, ultrasound, CT and MRI.',
    seeAlso: ['ultrasound'],
    context: ['scan', 'scans', 'patients', 'MRI', 'CT', 'doctors', 'diagnosis', 'body', 'tumour', 'tumor', 'brain', 'heart', 'medical', 'hospital', 'pregnancy', 'radiologist', 'radiologists'],
  },
  {
    term: 'radiology',
    aliases: ['radiologist', 'radiologists', 'interventional radiology', 'interventional radiologist'],
    field: 'medicine',
    definition:
      'The branch of medicine that uses scans to find and treat disease. Interventional radiologists treat through tiny cuts guided by scans.',
    seeAlso: ['medical imaging'],
  },
  {
    term: 'endoscopy',
    aliases: ['endoscope', 'colonoscopy', 'colonoscopies', 'sigmoidoscopy', 'gastroscopy'],
    field: 'medicine',
    definition:
      'Looking inside the body with a thin, bendy tube that has a camera on the end. A colonoscopy looks inside the large bowel.',
    seeAlso: ['polyp'],
  },
  {
    term: 'faecal immunochemical test',
    aliases: ['fecal immunochemical test', 'FIT test', 'stool test', 'faecal occult blood test', 'fecal occult blood test', 'stool-based test'],
    field: 'medicine',
    definition:
      'A home test that looks for hidden blood in a stool sample, an early sign of bowel cancer or polyps.',
    seeAlso: ['colorectal cancer'],
  },
  {
    term: 'minimally invasive surgery',
    aliases: ['minimally invasive', 'keyhole surgery', 'laparoscopic', 'laparoscopy', 'robotic surgery', 'arthroscopy', 'arthroscopic'],
    field: 'medicine',
    definition:
      'Surgery done through small cuts with a camera and thin tools. Patients usually heal faster than after open surgery.',
  },
  {
    term: 'non-invasive',
    aliases: ['noninvasive', 'non invasive'],
    field: 'medicine',
    definition:
      'Done without cutting the skin or putting tools inside the body.',
  },
  {
    term: 'anaesthesia',
    aliases: ['anesthesia', 'general anaesthesia', 'general anesthesia', 'anaesthetic', 'anesthetic', 'sedation', 'sedated', 'local anaesthetic', 'anaesthetist', 'anesthesiologist'],
    field: 'medicine',
    definition:
      'Medicine that stops pain during a procedure. General anaesthesia puts you fully to sleep; sedation makes you drowsy and calm.',
  },
  {
    term: 'ablation',
    aliases: ['cryoablation', 'radiofrequency ablation', 'catheter ablation'],
    field: 'medicine',
    definition:
      'Destroying a small area of tissue, such as a tumour or a faulty spot in the heart. It is done with heat, cold or other energy.',
  },
  {
    term: 'catheter',
    aliases: ['catheters', 'catheterisation', 'catheterization', 'cardiac catheterization'],
    field: 'medicine',
    definition:
      'A thin, soft tube put into the body, for example into a blood vessel or the bladder. It is used to give treatment or drain fluid.',
  },
  {
    term: 'intravenous',
    aliases: ['IV', 'infusion', 'infusions', 'intravenously', 'drip'],
    field: 'medicine',
    definition:
      'Given straight into a vein, often slowly through a drip (an infusion).',
    seeAlso: ['intramuscular'],
    context: ['drug', 'drugs', 'treatment', 'patients', 'given', 'dose', 'doses', 'injection', 'vein', 'therapy', 'fluids', 'antibiotics', 'hospital', 'intravenous', 'infusion', 'infusions'],
  },
  {
    term: 'subcutaneous',
    aliases: ['subcutaneously', 'under the skin'],
    field: 'medicine',
    definition:
      'Given by a needle just under the skin, into the fat layer. Insulin and many weight-loss jabs are given this way.',
    seeAlso: ['intramuscular'],
  },
  {
    term: 'topical',
    aliases: ['topically', 'topical cream', 'topical treatment'],
    field: 'medicine',
    definition:
      'Put directly on the skin or another body surface, such as a cream or gel.',
    context: ['cream', 'gel', 'skin', 'drug', 'treatment', 'applied', 'pain', 'ointment', 'medicine'],
  },
  {
    term: 'transplant',
    aliases: ['transplants', 'transplantation', 'organ transplant', 'transplanted', 'organ donor', 'organ donation'],
    field: 'medicine',
    definition:
      'Moving an organ or tissue from one body to another, or from one place in the body to another. It replaces a part that has failed.',
    seeAlso: ['xenotransplant', 'immunosuppressant'],
  },
  {
    term: 'xenotransplant',
    aliases: ['xenotransplantation', 'pig kidney', 'pig heart', 'pig organs'],
    field: 'medicine',
    definition:
      'Putting an animal organ into a person, usually from a pig whose genes have been edited. It is still being tested.',
    seeAlso: ['transplant', 'gene editing'],
  },
  {
    term: 'hormone',
    aliases: ['hormones', 'hormonal'],
    field: 'medicine',
    definition:
      'A chemical messenger made by a gland and carried in the blood to tell other organs what to do.',
    seeAlso: ['cortisol', 'oestrogen', 'pituitary gland'],
  },
  {
    term: 'cortisol',
    aliases: ['stress hormone', 'stress hormones'],
    field: 'medicine',
    definition:
      'The body\'s main stress hormone, made by glands above the kidneys. It raises blood sugar and damps inflammation.',
    seeAlso: ['hormone', 'HPA axis'],
  },
  {
    term: 'oestrogen',
    aliases: ['estrogen', 'oestrogens', 'estrogens'],
    field: 'medicine',
    definition:
      'The main female sex hormone. It controls periods and helps keep bones strong; levels fall at menopause.',
    seeAlso: ['menopause', 'hormone replacement therapy', 'progesterone'],
  },
  {
    term: 'testosterone',
    aliases: ['androgen', 'androgens'],
    field: 'medicine',
    definition:
      'The main male sex hormone. It builds muscle, bone and sperm, and women make smaller amounts.',
    seeAlso: ['hormone'],
  },
  {
    term: 'thyroid',
    aliases: ['thyroid gland', 'thyroid hormone', 'hypothyroidism', 'hyperthyroidism'],
    field: 'medicine',
    definition:
      'A gland in the neck whose hormones set how fast the body burns energy. Too little or too much causes tiredness, weight change and more.',
  },
  {
    term: 'menopause',
    aliases: ['menopausal', 'postmenopausal', 'post-menopausal', 'hot flushes', 'hot flashes'],
    field: 'medicine',
    definition:
      "The time, usually around age 50, when a woman's periods stop for good. It happens as her ovaries make less oestrogen.",
    seeAlso: ['hormone replacement therapy', 'perimenopause'],
  },
  {
    term: 'hormone replacement therapy',
    aliases: ['HRT', 'menopausal hormone therapy', 'hormone replacement'],
    field: 'medicine',
    definition:
      'Medicine that tops up hormones the body makes less of around menopause, mainly oestrogen. It eases problems like hot flushes.',
    seeAlso: ['menopause', 'oestrogen'],
  },
  {
    term: 'anaemia',
    aliases: ['anemia', 'anaemic', 'anemic'],
    field: 'medicine',
    definition:
      'Having too few healthy red blood cells, or too little haemoglobin, the protein in them that carries oxygen. It causes tiredness.',
    seeAlso: ['red blood cell', 'haemoglobin', 'thalassaemia'],
  },
  {
    term: 'sickle cell disease',
    aliases: ['sickle cell anaemia', 'sickle cell anemia', 'sickle-cell disease'],
    field: 'medicine',
    definition:
      'A blood illness passed down in families. Red blood cells bend into a sickle shape, get stuck, and cause pain and tiredness.',
    seeAlso: ['anaemia', 'gene therapy', 'thalassaemia'],
  },
  {
    term: 'haemophilia',
    aliases: ['hemophilia'],
    field: 'medicine',
    definition:
      'An inherited disorder in which blood does not clot well, so bleeding goes on too long.',
  },
  {
    term: 'cystic fibrosis',
    aliases: ['CF'],
    field: 'medicine',
    definition:
      'An inherited disease that makes thick, sticky mucus build up in the lungs and gut. It causes infections and breathing trouble.',
  },
  {
    term: 'muscular dystrophy',
    aliases: ['Duchenne muscular dystrophy', 'DMD'],
    field: 'medicine',
    definition:
      'Inherited diseases in which the muscles grow weaker over time.',
    seeAlso: ['spinal muscular atrophy'],
  },
  {
    term: 'rare disease',
    aliases: ['rare diseases', 'rare disorder', 'rare genetic disorder', 'rare genetic disease', 'rare condition'],
    field: 'medicine',
    definition:
      'A disease that affects only a small number of people, such as fewer than 1 in 2,000. Most are genetic and have no good treatment.',
    seeAlso: ['orphan drug'],
  },
  {
    term: 'congenital',
    aliases: ['congenital malformation', 'birth defect', 'birth defects', 'congenital heart disease'],
    field: 'medicine',
    definition:
      'Present from birth. A congenital condition may be inherited or happen while the baby grows in the womb.',
  },
  {
    term: 'asthma',
    aliases: ['asthmatic'],
    field: 'medicine',
    definition:
      'A long-term lung illness in which the airways swell and tighten. It causes wheezing and shortness of breath.',
    seeAlso: ['inhaler'],
  },
  {
    term: 'COPD',
    aliases: ['chronic obstructive pulmonary disease', 'emphysema', 'chronic bronchitis'],
    field: 'medicine',
    definition:
      'A long-term lung disease that narrows the airways and makes breathing harder over time. It is mostly caused by smoking.',
    seeAlso: ['inhaler'],
  },
  {
    term: 'lung function',
    aliases: ['spirometry', 'lung capacity'],
    field: 'medicine',
    definition:
      'How well the lungs move air in and out, often measured by how hard and fast you can breathe out.',
  },
  {
    term: 'osteoarthritis',
    field: 'medicine',
    definition:
      'Wear and tear of joints, where the smooth cartilage covering bone ends thins, causing pain and stiffness.',
    seeAlso: ['rheumatoid arthritis', 'arthritis', 'cartilage', 'joint replacement', 'meniscus'],
  },
  {
    term: 'rheumatoid arthritis',
    aliases: ['RA', 'rheumatoid'],
    field: 'medicine',
    definition:
      'A disease in which the immune system attacks the joints. They become swollen, painful and damaged.',
    seeAlso: ['autoimmune disease', 'osteoarthritis', 'arthritis'],
  },
  {
    term: 'osteoporosis',
    aliases: ['bone density', 'bone loss', 'osteoporotic', 'osteoporotic fracture', 'fragility fracture'],
    field: 'medicine',
    definition:
      'Bones becoming thin and fragile, so they break easily. It is most common in older women.',
    seeAlso: ['hip fracture'],
  },
  {
    term: 'tendon',
    aliases: ['tendons', 'tendinitis', 'tendonitis', 'tendinopathy'],
    field: 'medicine',
    definition:
      'A tough band of tissue that ties a muscle to a bone. Tendinitis is when one gets sore and swollen.',
    seeAlso: ['ligament'],
  },
  {
    term: 'fibromyalgia',
    field: 'medicine',
    definition:
      'A long-lasting condition of pain all over the body, with tiredness and poor sleep. Its cause is poorly understood.',
    seeAlso: ['chronic pain', 'chronic fatigue syndrome'],
  },
  {
    term: 'irritable bowel syndrome',
    aliases: ['IBS'],
    field: 'medicine',
    definition:
      'A common gut problem that causes belly pain, bloating and bouts of loose or hard stools. Tests show no damage to the gut.',
    seeAlso: ['inflammatory bowel disease'],
  },
  {
    term: 'coeliac disease',
    aliases: ['celiac disease', 'coeliac', 'celiac'],
    field: 'medicine',
    definition:
      'A disease in which the immune system attacks the gut when a person eats gluten. Gluten is a protein in wheat, barley and rye.',
    seeAlso: ['autoimmune disease', 'gluten'],
  },
  {
    term: 'acid reflux',
    aliases: ['GERD', 'GORD', 'gastro-oesophageal reflux disease', 'gastroesophageal reflux disease', 'heartburn'],
    field: 'medicine',
    definition:
      'Stomach acid flowing back up into the food pipe, causing a burning feeling in the chest.',
  },
  {
    term: 'gastrointestinal',
    aliases: ['GI tract', 'gastrointestinal tract', 'digestive tract', 'gut lining', 'gastrointestinal bleeding', 'gastroenterologist', 'gastroenterology'],
    field: 'medicine',
    definition:
      'About the gut: the stomach and intestines. A gastroenterologist is a doctor for gut diseases.',
  },
  {
    term: 'pancreatitis',
    aliases: ['acute pancreatitis'],
    field: 'medicine',
    definition:
      'Painful swelling of the pancreas, the organ behind the stomach. It is often caused by gallstones or alcohol.',
    seeAlso: ['pancreas'],
  },
  {
    term: 'preterm birth',
    aliases: ['premature birth', 'preterm', 'premature babies', 'premature baby', 'born prematurely', 'preterm infants'],
    field: 'medicine',
    definition:
      'A baby born more than three weeks before the due date. Very early babies can have breathing and other health problems.',
  },
  {
    term: 'caesarean section',
    aliases: ['cesarean section', 'C-section', 'C-sections', 'caesarean', 'cesarean', 'cesarean delivery', 'caesarean delivery'],
    field: 'medicine',
    definition:
      "An operation to deliver a baby through a cut in the mother's belly and womb. It is often used when a normal birth would be risky.",
  },
  {
    term: 'pre-eclampsia',
    aliases: ['preeclampsia'],
    field: 'medicine',
    definition:
      "A dangerous rise in blood pressure during pregnancy. It can harm the mother's organs and the baby.",
  },
  {
    term: 'IVF',
    aliases: ['in vitro fertilisation', 'in vitro fertilization', 'assisted reproduction', 'assisted reproductive technology'],
    field: 'medicine',
    definition:
      'Fertility treatment in which eggs are joined with sperm in a lab, and an embryo is then placed in the womb.',
    seeAlso: ['infertility', 'egg freezing'],
  },
  {
    term: 'infertility',
    aliases: ['infertile', 'fertility'],
    field: 'medicine',
    definition:
      'Trouble getting pregnant after a year of trying. Fertility is the ability to have children; problems can come from either partner.',
    seeAlso: ['IVF', 'sperm count', 'ovulation'],
  },
  {
    term: 'polycystic ovary syndrome',
    aliases: ['PCOS'],
    field: 'medicine',
    definition:
      'A common hormone problem in women. It can bring irregular periods, extra hair, weight gain and trouble getting pregnant.',
  },
  {
    term: 'endometriosis',
    field: 'medicine',
    definition:
      'A condition where tissue like the lining of the womb grows in other places in the belly. It can cause bad period pain and make it harder to get pregnant.',
  },
  {
    term: 'vasectomy',
    aliases: ['vasectomies'],
    field: 'medicine',
    definition:
      'A small operation that cuts or seals the tubes that carry sperm. Afterwards a man can no longer father children.',
    seeAlso: ['contraception'],
  },
  {
    term: 'cardiopulmonary resuscitation',
    aliases: ['CPR', 'resuscitation'],
    field: 'medicine',
    definition:
      'Emergency chest pushes, and sometimes rescue breaths, that keep blood flowing to the brain when the heart has stopped.',
    seeAlso: ['cardiac arrest'],
  },
  {
    term: 'frailty',
    aliases: ['frail'],
    field: 'medicine',
    definition:
      'Weakness in older age, often with muscle loss. It makes falls, illness and slow recovery more likely.',
    seeAlso: ['sarcopenia', 'hip fracture'],
  },
  {
    term: 'primary care',
    aliases: ['general practitioner', 'general practitioners', 'GP', 'GPs', 'family doctor', 'primary care physician'],
    field: 'medicine',
    definition:
      'The first doctor or clinic people go to for most health needs, such as a GP or family doctor.',
  },
  {
    term: 'clinician',
    aliases: ['clinicians', 'physician', 'physicians', 'health care provider', 'healthcare provider', 'healthcare providers'],
    field: 'medicine',
    definition:
      'A doctor, nurse or other health worker who treats patients directly.',
  },
  {
    term: 'board-certified',
    aliases: ['board certified'],
    field: 'medicine',
    definition:
      'A doctor who passed extra exams and training in one area of medicine.',
    context: ['doctor', 'doctors', 'physician', 'surgeon', 'medicine', 'medical', 'dermatologist', 'clinic', 'hospital'],
  },
  {
    term: 'physiotherapy',
    aliases: ['physical therapy', 'physiotherapist', 'physical therapist'],
    field: 'medicine',
    definition:
      'Care that uses exercise, stretches and hands-on work. It helps people get their strength and movement back after an injury or illness.',
    seeAlso: ['rehabilitation'],
  },
  {
    term: 'complementary medicine',
    aliases: ['alternative medicine', 'complementary and alternative medicine', 'acupuncture', 'homeopathy', 'chiropractic', 'spinal manipulation', 'reflexology', 'osteopathic manipulation'],
    field: 'medicine',
    definition:
      'Treatments outside mainstream medicine. Some, like acupuncture, are studied in trials; many lack good evidence.',
  },
  {
    term: 'telemedicine',
    aliases: ['telehealth', 'digital health', 'digital medicine', 'remote monitoring', 'health app'],
    field: 'medicine',
    definition:
      'Health care given at a distance through phones, video calls, apps or devices that send readings to doctors.',
  },
  {
    term: 'eczema',
    aliases: ['atopic dermatitis', 'dermatitis'],
    field: 'medicine',
    definition:
      'A long-term skin condition that causes dry, itchy, red patches. It often starts in childhood and is linked to allergies.',
    seeAlso: ['psoriasis'],
  },
  {
    term: 'glaucoma',
    field: 'medicine',
    definition:
      'An eye disease that slowly damages the nerve linking the eye to the brain, often because of high pressure in the eye. Lost sight cannot come back.',
    seeAlso: ['macular degeneration', 'cataract'],
  },
  {
    term: 'hearing loss',
    field: 'medicine',
    definition:
      'Losing some or all hearing, often because of age or loud noise.',
    seeAlso: ['tinnitus', 'cochlear implant', 'hearing aid'],
  },
  {
    term: 'perfusion',
    aliases: ['blood flow', 'blood supply', 'microcirculation', 'ischaemia', 'ischemia', 'ischaemic', 'ischemic'],
    field: 'medicine',
    definition:
      'How well blood reaches a tissue. Ischaemia means a tissue is not getting enough blood, and so not enough oxygen.',
  },
  {
    term: 'mental health',
    aliases: ['mental illness', 'mental disorder', 'mental disorders', 'psychiatric', 'psychiatrist', 'psychiatry', 'psychological distress'],
    field: 'medicine',
    definition:
      'How we think, feel and cope. Mental illnesses, such as depression or anxiety, are health conditions that can be treated.',
  },
  {
    term: 'suicide prevention',
    aliases: ['suicidal thoughts', 'suicidal ideation', 'self-harm'],
    field: 'medicine',
    definition:
      'Help for people at risk of taking their own life. If you or someone you know is struggling, contact a crisis line or doctor.',
  },
  {
    term: 'eating disorder',
    aliases: ['eating disorders', 'anorexia', 'anorexia nervosa', 'bulimia', 'binge eating disorder', 'binge eating'],
    field: 'medicine',
    definition:
      'A serious mental illness in which a person eats in harmful ways. They worry a lot about food, weight or body shape.',
  },
  {
    term: 'obstructive sleep apnoea',
    aliases: ['obstructive sleep apnea', 'CPAP', 'sleep apnoea', 'sleep apnea'],
    field: 'medicine',
    definition:
      'When the throat keeps closing during sleep, stopping breathing for a moment many times a night. A CPAP mask keeps it open.',
  },
  {
    term: 'dehydration',
    aliases: ['dehydrated'],
    field: 'medicine',
    definition:
      'When the body loses more water than it takes in. It causes thirst, headache and dizziness, and can be serious in babies and older people.',
    seeAlso: ['heat exhaustion', 'hypothermia'],
  },
  {
    term: 'cirrhosis',
    aliases: ['liver cirrhosis', 'cirrhotic'],
    field: 'medicine',
    definition:
      'Heavy scarring of the liver after years of damage from alcohol, viruses or fat. The liver slowly stops working.',
    seeAlso: ['fatty liver disease', 'hepatitis'],
  },
  {
    term: 'healthspan',
    field: 'medicine',
    definition:
      'The part of life spent in good health, free of serious disease. Many ageing researchers aim to lengthen it.',
    seeAlso: ['life expectancy', 'lifespan'],
  },
  {
    term: 'lifespan',
    aliases: ['longevity', 'life span', 'lifespans'],
    field: 'medicine',
    definition:
      'How long a living thing lives, or the longest its kind can live. Ways to extend it in worms or mice often fail in people.',
    seeAlso: ['life expectancy', 'healthspan'],
  },
  {
    term: 'ventilator',
    aliases: ['ventilators', 'mechanical ventilation'],
    field: 'medicine',
    definition:
      'A machine that pushes air into the lungs through a tube for a patient who cannot breathe well alone.',
    seeAlso: ['intensive care unit'],
  },
  {
    term: 'ultrasound',
    aliases: ['ultrasound scan', 'ultrasound scans', 'sonogram'],
    field: 'medicine',
    definition:
      'Sound waves too high for us to hear, used to make live pictures inside the body, such as of a baby in the womb.',
    seeAlso: ['medical imaging'],
  },
  {
    term: 'intramuscular',
    aliases: ['intramuscularly'],
    field: 'medicine',
    definition:
      'Given by a needle deep into a muscle, as with most vaccines.',
    seeAlso: ['subcutaneous', 'intravenous'],
  },
  {
    term: 'progesterone',
    field: 'medicine',
    definition:
      'A sex hormone that readies the womb for pregnancy and helps keep a pregnancy going.',
    seeAlso: ['oestrogen'],
  },
  {
    term: 'perimenopause',
    aliases: ['perimenopausal'],
    field: 'medicine',
    definition:
      'The years before menopause when hormone levels swing and periods become irregular. Hot flushes often start then.',
    seeAlso: ['menopause'],
  },
  {
    term: 'red blood cell',
    aliases: ['red blood cells', 'erythrocyte', 'erythrocytes'],
    field: 'medicine',
    definition:
      'The most common cell in blood. It carries oxygen from the lungs to the rest of the body.',
    seeAlso: ['anaemia', 'haemoglobin'],
  },
  {
    term: 'haemoglobin',
    aliases: ['hemoglobin'],
    field: 'medicine',
    definition:
      'The iron-rich protein in red blood cells. It picks up oxygen in the lungs and drops it off around the body.',
    seeAlso: ['anaemia', 'red blood cell'],
  },
  {
    term: 'thalassaemia',
    aliases: ['thalassemia', 'beta thalassaemia', 'beta thalassemia'],
    field: 'medicine',
    definition:
      'A blood disease passed down in families. The body makes too little of the protein that carries oxygen in blood, so people with severe forms need blood transfusions often.',
    seeAlso: ['sickle cell disease', 'anaemia'],
  },
  {
    term: 'spinal muscular atrophy',
    aliases: ['SMA'],
    field: 'medicine',
    definition:
      'An inherited disease that kills the nerve cells that control muscles, so babies grow weak. Gene therapy and other new drugs can now slow or stop it.',
    seeAlso: ['muscular dystrophy', 'gene therapy'],
  },
  {
    term: 'inhaler',
    aliases: ['inhalers'],
    field: 'medicine',
    definition:
      'A small hand-held device that sends a puff of medicine straight into the lungs, used for asthma and COPD.',
    seeAlso: ['asthma', 'COPD'],
  },
  {
    term: 'arthritis',
    aliases: ['arthritic'],
    field: 'medicine',
    definition:
      'Pain and swelling in the joints. There are many kinds; the most common is osteoarthritis, from wear and tear.',
    seeAlso: ['osteoarthritis', 'rheumatoid arthritis'],
  },
  {
    term: 'cartilage',
    aliases: ['articular cartilage'],
    field: 'medicine',
    definition:
      'Tough, bendy tissue that cushions the ends of bones in joints and shapes the nose and ears.',
    seeAlso: ['osteoarthritis'],
  },
  {
    term: 'joint replacement',
    aliases: ['knee replacement', 'hip replacement', 'knee replacements', 'hip replacements', 'joint replacements'],
    field: 'medicine',
    definition:
      'An operation that swaps a worn-out joint, often a hip or knee, for a new one. The new joint is made of metal and plastic.',
    seeAlso: ['osteoarthritis'],
  },
  {
    term: 'ligament',
    aliases: ['ligaments'],
    field: 'medicine',
    definition:
      'A tough band of tissue that ties one bone to another at a joint, such as in the knee.',
    seeAlso: ['tendon'],
  },
  {
    term: 'chronic pain',
    aliases: ['persistent pain'],
    field: 'medicine',
    definition:
      'Pain that lasts more than three months, past the usual time for healing. It can affect sleep, mood and work.',
    seeAlso: ['fibromyalgia'],
  },
  {
    term: 'chronic fatigue syndrome',
    aliases: ['myalgic encephalomyelitis'],
    field: 'medicine',
    definition:
      'A long-term illness of deep tiredness that rest does not fix, often worse after effort. Its cause is not known.',
    seeAlso: ['fibromyalgia', 'long COVID'],
  },
  {
    term: 'inflammatory bowel disease',
    aliases: ['IBD', "Crohn's disease", "Crohn's", 'ulcerative colitis'],
    field: 'medicine',
    definition:
      "Long-term diseases in which the immune system inflames the gut, causing pain, diarrhoea and weight loss. The main kinds are Crohn's disease and ulcerative colitis.",
    seeAlso: ['irritable bowel syndrome'],
  },
  {
    term: 'pancreas',
    field: 'medicine',
    definition:
      'An organ behind the stomach that makes insulin and juices that help digest food.',
    seeAlso: ['pancreatitis', 'insulin'],
  },
  {
    term: 'egg freezing',
    aliases: ['fertility preservation', 'frozen eggs'],
    field: 'medicine',
    definition:
      "Collecting a woman's eggs and freezing them, so she can try for a baby with them later.",
    seeAlso: ['IVF'],
  },
  {
    term: 'sperm count',
    aliases: ['low sperm count', 'sperm counts', 'semen analysis', 'sperm quality'],
    field: 'medicine',
    definition:
      'How many sperm are in a sample of semen. A low count can make it harder to father a child.',
    seeAlso: ['infertility'],
  },
  {
    term: 'contraception',
    aliases: ['contraceptive', 'contraceptives', 'birth control', 'contraceptive pill'],
    field: 'medicine',
    definition:
      'Ways to prevent pregnancy, such as condoms, the pill, coils or an operation.',
    seeAlso: ['vasectomy'],
  },
  {
    term: 'sarcopenia',
    aliases: ['muscle loss'],
    field: 'medicine',
    definition:
      'The loss of muscle mass and strength that comes with age. Exercise, especially lifting weights, slows it.',
    seeAlso: ['frailty'],
  },
  {
    term: 'rehabilitation',
    aliases: ['rehab'],
    field: 'medicine',
    definition:
      'Care that helps people get back skills and strength after an illness, injury or addiction.',
    seeAlso: ['physiotherapy'],
  },
  {
    term: 'psoriasis',
    aliases: ['psoriatic'],
    field: 'medicine',
    definition:
      'An immune-driven skin disease that causes thick, red, scaly patches. It can also inflame the joints.',
    seeAlso: ['eczema', 'autoimmune disease'],
  },
  {
    term: 'macular degeneration',
    aliases: ['age-related macular degeneration', 'AMD'],
    field: 'medicine',
    definition:
      'Damage to the centre of the retina, mostly in older people, that blurs the middle of what you see.',
    seeAlso: ['retina', 'glaucoma'],
  },
  {
    term: 'cataract',
    aliases: ['cataracts'],
    field: 'medicine',
    definition:
      'Clouding of the lens inside the eye, which blurs sight. A short operation swaps the lens for a clear plastic one.',
    seeAlso: ['glaucoma'],
  },
  {
    term: 'retina',
    aliases: ['retinal', 'retinas'],
    field: 'medicine',
    definition:
      'The thin, light-sensing layer at the back of the eye that sends pictures to the brain.',
    seeAlso: ['macular degeneration'],
  },
  {
    term: 'tinnitus',
    field: 'medicine',
    definition:
      'Hearing ringing, buzzing or hissing that has no outside source. It is often linked to hearing loss.',
    seeAlso: ['hearing loss'],
  },
  {
    term: 'cochlear implant',
    aliases: ['cochlear implants'],
    field: 'medicine',
    definition:
      'A device placed in the inner ear that sends sound as electric signals straight to the hearing nerve.',
    seeAlso: ['hearing loss', 'hearing aid'],
  },
  {
    term: 'hearing aid',
    aliases: ['hearing aids'],
    field: 'medicine',
    definition:
      'A small device worn in or behind the ear that makes sounds louder.',
    seeAlso: ['hearing loss'],
  },
  {
    term: 'heatstroke',
    aliases: ['heat stroke'],
    field: 'medicine',
    definition:
      'A dangerous rise in body heat, above about 40°C, when the body can no longer cool itself. It needs emergency care.',
    seeAlso: ['heat exhaustion', 'heatwave'],
  },
  {
    term: 'heat exhaustion',
    field: 'medicine',
    definition:
      'Weakness, heavy sweating, dizziness and sickness from getting too hot. Rest, shade and water usually fix it before it turns into heatstroke.',
    seeAlso: ['heatstroke', 'dehydration'],
  },
  {
    term: 'hypothermia',
    field: 'medicine',
    definition:
      'A dangerous drop in body heat, below 35°C. It usually comes from cold weather or cold water.',
    seeAlso: ['dehydration'],
  },
  {
    term: 'hip fracture',
    aliases: ['hip fractures', 'broken hip'],
    field: 'medicine',
    definition:
      'A break near the top of the thigh bone, mostly in older people after a fall. Weak bones from osteoporosis make it more likely.',
    seeAlso: ['osteoporosis', 'frailty'],
  },
  {
    term: 'meniscus',
    aliases: ['menisci', 'meniscus tear', 'torn meniscus'],
    field: 'medicine',
    definition:
      'A C-shaped pad of cartilage in the knee that cushions the bones. It can tear in sports or wear down with age.',
    seeAlso: ['cartilage', 'osteoarthritis'],
  },
  {
    term: 'ovulation',
    aliases: ['ovulate', 'ovulating'],
    field: 'medicine',
    definition:
      'The moment each month when an ovary releases an egg. It is the time a woman is most likely to get pregnant.',
    seeAlso: ['infertility'],
  },
  {
    term: 'HPA axis',
    aliases: ['hypothalamic-pituitary-adrenal axis'],
    field: 'medicine',
    definition:
      'The chain linking the brain to the glands above the kidneys. It runs the stress response, including the release of cortisol.',
    seeAlso: ['cortisol', 'hypothalamus', 'pituitary gland'],
  },
  {
    term: 'collagen',
    field: 'medicine',
    definition:
      'The main protein that holds the body together. It makes skin firm and gives strength to bones, tendons and cartilage.',
    seeAlso: ['cartilage', 'tendon', 'connective tissue'],
  },
  {
    term: 'connective tissue',
    field: 'medicine',
    definition:
      'Tissue that holds body parts together and keeps them in place. Tendons, ligaments and cartilage are all made of it.',
    seeAlso: ['collagen', 'ligament'],
  },
  {
    term: 'platelet',
    aliases: ['thrombocyte', 'platelet count'],
    field: 'medicine',
    definition:
      'Tiny bits in the blood that clump together to plug a cut and stop bleeding. Too few cause easy bruising; too many can cause clots.',
    seeAlso: ['blood clot', 'red blood cell'],
  },
  {
    term: 'blood plasma',
    aliases: ['plasma donation', 'plasma donor'],
    field: 'medicine',
    definition:
      'The pale yellow liquid part of blood. It carries blood cells, food, hormones and antibodies around the body.',
    seeAlso: ['red blood cell', 'antiserum'],
  },
  {
    term: 'oedema',
    aliases: ['edema', 'pulmonary oedema', 'pulmonary edema'],
    field: 'medicine',
    definition:
      'Swelling caused by fluid building up in the body\'s tissues, often in the legs, feet or lungs.',
    seeAlso: ['heart failure'],
  },
  {
    term: 'fibrosis',
    aliases: ['fibrotic', 'pulmonary fibrosis', 'liver fibrosis'],
    field: 'medicine',
    definition:
      'Thick scar tissue that builds up in an organ, such as the lungs or liver, after long damage. It makes the organ stiff and less able to work.',
    seeAlso: ['cirrhosis', 'inflammation'],
  },
  {
    term: 'haemorrhage',
    aliases: ['hemorrhage', 'haemorrhaging', 'hemorrhaging', 'brain bleed', 'internal bleeding'],
    field: 'medicine',
    definition:
      'Heavy bleeding, inside or outside the body. A bleed inside the brain is one kind of stroke.',
    seeAlso: ['stroke'],
  },
  {
    term: 'hypoxia',
    aliases: ['hypoxic', 'oxygen deprivation'],
    field: 'medicine',
    definition:
      'A shortage of oxygen, in the body or in a place such as deep water. Cells and animals short of oxygen struggle and can die.',
    seeAlso: ['perfusion'],
  },
  {
    term: 'gait',
    aliases: ['gait speed', 'walking gait'],
    field: 'medicine',
    definition:
      'The way a person walks: the length, speed and rhythm of their steps. Changes in it can be an early sign of brain or joint problems.',
    seeAlso: ['frailty'],
  },
  {
    term: 'colic',
    aliases: ['colicky', 'infant colic'],
    field: 'medicine',
    definition:
      'Long bouts of crying in a healthy baby, often in the evening, with no clear cause. It usually fades by three or four months of age.',
  },
  {
    term: 'perforation',
    aliases: ['perforated'],
    field: 'medicine',
    definition:
      'A hole that forms right through the wall of an organ, such as the gut or an eardrum. A hole in the gut is an emergency.',
    context: ['bowel', 'gut', 'intestine', 'intestinal', 'stomach', 'colon', 'ulcer', 'eardrum', 'surgery', 'colonoscopy', 'endoscopy', 'organ', 'appendix', 'oesophagus', 'esophagus'],
  },
  {
    term: 'autologous',
    aliases: ['autologous cells', 'autologous cell therapy'],
    field: 'medicine',
    definition:
      'Made from a patient\'s own cells or tissue, taken out and later put back. This stops the body rejecting it as foreign.',
    seeAlso: ['stem cell transplant'],
  },
  {
    term: 'pulse oximeter',
    aliases: ['pulse oximetry', 'oxygen saturation', 'blood oxygen level', 'blood oxygen'],
    field: 'medicine',
    definition:
      'A small clip, often on a finger, that shines light through the skin to estimate how much oxygen the blood carries. It can read too high on darker skin.',
    seeAlso: ['hypoxia'],
  },
  {
    term: 'adrenaline',
    aliases: ['epinephrine', 'EpiPen', 'adrenaline auto-injector', 'epinephrine auto-injector'],
    field: 'medicine',
    definition:
      'A hormone the body releases in fear or stress that speeds up the heart. An injection of it is the first treatment for a severe allergic reaction.',
    seeAlso: ['anaphylaxis', 'hormone'],
  },
  {
    term: 'dermatology',
    aliases: ['dermatologist', 'dermatological'],
    field: 'medicine',
    definition:
      'The branch of medicine that deals with the skin, hair and nails. Dermatologists treat problems from acne to skin cancer.',
    seeAlso: ['eczema', 'skin cancer'],
  },
  {
    term: 'paediatrics',
    aliases: ['pediatrics', 'paediatrician', 'pediatrician', 'paediatric', 'pediatric'],
    field: 'medicine',
    definition:
      'The branch of medicine that cares for babies, children and teens. A paediatrician is a doctor who works in it.',
  },
  {
    term: 'obstetrics and gynaecology',
    aliases: ['obstetrics', 'obstetrician', 'obstetric', 'gynaecology', 'gynecology', 'gynaecologist', 'gynecologist', 'OB-GYN', 'ob-gyn', 'obstetrics and gynecology'],
    field: 'medicine',
    definition:
      'Obstetrics is the care of women in pregnancy and birth. Gynaecology deals with the womb and other female sex parts.',
    seeAlso: ['menopause'],
  },
  {
    term: 'urology',
    aliases: ['urologist', 'urological'],
    field: 'medicine',
    definition:
      'The branch of medicine for the kidneys, bladder and the tubes that carry urine. It also covers men\'s sex organs.',
    seeAlso: ['prostate cancer'],
  },
  {
    term: 'endocrinology',
    aliases: ['endocrinologist', 'endocrine system', 'endocrine'],
    field: 'medicine',
    definition:
      'The study and care of the glands that make hormones, such as the thyroid and pancreas. An endocrinologist treats problems like diabetes.',
    seeAlso: ['hormone', 'thyroid'],
  },
  {
    term: 'pathology',
    aliases: ['pathologist', 'histopathology', 'histology'],
    field: 'medicine',
    definition:
      'The study of disease, often by looking at cells and tissue under a microscope. The word can also mean the damage a disease does, as in "brain pathology".',
    seeAlso: ['biopsy'],
  },
  {
    term: 'NICU',
    aliases: ['neonatal intensive care unit', 'neonatal intensive care', 'neonatal unit'],
    field: 'medicine',
    definition:
      'A hospital ward for newborn babies who are born early or very ill. Staff there give them care around the clock.',
    seeAlso: ['preterm birth'],
  },
  {
    term: 'stillbirth',
    aliases: ['stillborn'],
    field: 'medicine',
    definition:
      'When a baby dies in the womb in the second half of pregnancy, before or during birth. The exact week used differs between countries.',
    seeAlso: ['miscarriage'],
  },
  {
    term: 'miscarriage',
    aliases: ['pregnancy loss'],
    notIn: ['miscarriage of justice', 'miscarriages of justice'],
    field: 'medicine',
    definition:
      'When a pregnancy ends on its own in the early months, before the baby could live outside the womb.',
    seeAlso: ['stillbirth'],
  },
  {
    term: 'placenta',
    aliases: ['placental'],
    field: 'medicine',
    definition:
      'The organ that grows in the womb during pregnancy. It links mother and baby, passing in food and oxygen and taking waste away.',
    seeAlso: ['pre-eclampsia'],
  },
  {
    term: 'gout',
    aliases: ['uric acid'],
    field: 'medicine',
    definition:
      'A painful kind of arthritis. Too much uric acid in the blood forms sharp crystals in a joint, often the big toe.',
    seeAlso: ['arthritis'],
  },
  {
    term: 'kidney stone',
    aliases: ['renal stone'],
    field: 'medicine',
    definition:
      'A hard lump that forms from minerals in the urine inside the kidney. Passing one out can be very painful.',
    seeAlso: ['urology'],
  },
  {
    term: 'prosthesis',
    aliases: ['prosthetic', 'prosthetic limb', 'prosthetics', 'artificial limb', 'bionic limb', 'bionic arm', 'bionic hand', 'bionic leg'],
    field: 'medicine',
    definition:
      'An artificial body part, such as a leg, hand or eye. Newer ones have motors and sensors and can be moved by nerve or muscle signals.',
  },
  {
    term: 'jaundice',
    aliases: ['jaundiced'],
    field: 'medicine',
    definition:
      'Yellowing of the skin and eyes. It happens when a yellow waste from old red blood cells builds up, often because the liver is not clearing it.',
    seeAlso: ['cirrhosis'],
  },
  {
    term: 'triage',
    aliases: ['triaged'],
    field: 'medicine',
    definition:
      'Sorting patients by how urgently they need care, so the sickest are seen first.',
  },
  {
    term: 'plaque',
    aliases: ['plaques'],
    field: 'medicine',
    definition:
      'A build-up stuck to a surface in the body: fatty deposits inside arteries, clumps of protein in the brain in Alzheimer\'s disease, or a film of germs on teeth.',
    seeAlso: ['atherosclerosis'],
    notIn: ['commemorative plaque', 'blue plaque', 'memorial plaque'],
  },
  {
    term: 'alveolus',
    aliases: ['air sac'],
    field: 'medicine',
    definition:
      'One of the millions of tiny air sacs deep in the lungs. Oxygen passes from them into the blood, and carbon dioxide passes out.',
  },
  {
    term: 'hemothorax',
    field: 'medicine',
    definition:
      'Blood collecting in the space between a lung and the chest wall, often after an injury or surgery. It can press on the lung and make breathing hard.',
  },
  {
    term: 'heme',
    aliases: ['haem', 'heme iron', 'haem iron'],
    field: 'medicine',
    definition:
      'The iron-holding part of haemoglobin that lets red blood cells carry oxygen. It also gives blood and red meat their colour.',
  },
  {
    term: 'adjunct therapy',
    aliases: ['adjunct treatment', 'adjunctive therapy', 'adjunctive treatment', 'add-on therapy', 'add-on treatment'],
    field: 'medicine',
    definition:
      'A treatment given alongside the main one to help it work better, not in place of it.',
  },
  {
    term: 'osteopathic manipulative treatment',
    aliases: ['OMT', 'osteopathic treatment', 'osteopathy'],
    field: 'medicine',
    definition:
      'Hands-on treatment in which an osteopathic doctor stretches, presses and moves muscles and joints. How much it helps depends on the condition.',
  },
  {
    term: 'oligospermia',
    field: 'medicine',
    definition:
      'The medical name for a low sperm count: fewer sperm in semen than normal, which can make it harder to father a child.',
    seeAlso: ['sperm count'],
  },
  {
    term: 'T3',
    aliases: ['triiodothyronine'],
    field: 'medicine',
    definition:
      'The active form of thyroid hormone, which sets how fast the body burns energy. The thyroid makes some; the body makes the rest from a similar hormone, T4.',
    seeAlso: ['thyroid'],
    context: ['thyroid', 'hormone', 'hormones', 'T4', 'dose', 'levels', 'supplementation'],
  },
];
