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
    aliases: ['radiologist', 'radiologists'],
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
    aliases: ['fecal immunochemical test', 'FIT test', 'stool test', 'stool-based test'],
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
    aliases: ['IV', 'intravenously', 'drip'],
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
    aliases: ['transplants', 'transplantation', 'organ transplant', 'transplanted'],
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
    aliases: ['thyroid gland', 'thyroid hormone'],
    field: 'medicine',
    definition:
      'A gland in the neck whose hormones set how fast the body burns energy. Too little or too much causes tiredness, weight change and more.',
  },
  {
    term: 'menopause',
    aliases: ['menopausal', 'hot flushes', 'hot flashes'],
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
    aliases: ['chronic obstructive pulmonary disease', 'chronic bronchitis'],
    field: 'medicine',
    definition:
      'A long-term lung disease that narrows the airways and makes breathing harder over time. It is mostly caused by smoking.',
    seeAlso: ['inhaler'],
  },
  {
    term: 'lung function',
    aliases: ['lung capacity'],
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
    aliases: ['bone density', 'bone loss', 'osteoporotic', 'osteoporotic fracture', 'fragility fracture', 'bone thinning'],
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
    aliases: ['premature birth', 'preterm', 'premature babies', 'premature baby', 'born prematurely', 'preterm infants', 'prematurity', 'preterm labour', 'premature labour'],
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
    aliases: ['alternative medicine', 'complementary and alternative medicine', 'chiropractic', 'spinal manipulation', 'reflexology', 'osteopathic manipulation'],
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
    aliases: ['contraceptive', 'contraceptives', 'birth control'],
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
    aliases: ['fibrotic', 'liver fibrosis'],
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
    aliases: ['epinephrine'],
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
  {
    term: 'invasive',
    aliases: ['invasive procedure', 'invasive procedures', 'invasive surgery', 'invasive cancer'],
    field: 'medicine',
    definition:
      'In medicine, a test or treatment that enters the body through a cut, needle or tube. An invasive cancer has grown into nearby healthy tissue.',
    seeAlso: ['non-invasive', 'minimally invasive surgery'],
    context: ['surgery', 'procedure', 'procedures', 'cancer', 'tumour', 'test', 'tests', 'treatment', 'biopsy', 'breast', 'cells', 'tissue', 'patients', 'doctors'],
  },
  {
    term: 'preventive care',
    aliases: ['preventative care', 'preventive medicine', 'preventative medicine', 'preventive health'],
    field: 'medicine',
    definition:
      'Care that aims to stop illness before it starts. Vaccines, check-ups and advice on diet and exercise are all part of it.',
    seeAlso: ['prophylaxis', 'cancer screening'],
  },
  {
    term: 'regimen',
    aliases: ['regimens', 'treatment regimen', 'dosing regimen', 'drug regimen'],
    field: 'medicine',
    definition:
      'A planned schedule of treatment: which drugs or steps, how much, and how often.',
    seeAlso: ['dose'],
    context: ['drug', 'drugs', 'dose', 'doses', 'treatment', 'chemotherapy', 'exercise', 'diet', 'daily', 'medication', 'medications', 'therapy', 'pills', 'antibiotic', 'antibiotics', 'patients'],
  },
  {
    term: 'orthopaedics',
    aliases: ['orthopaedic', 'orthopaedic surgeon', 'orthopaedic surgeons', 'orthopaedic surgery', 'orthopaedist'],
    field: 'medicine',
    definition:
      'The branch of medicine that treats bones, joints, muscles and tendons, often with surgery.',
    seeAlso: ['joint replacement', 'tendon'],
  },
  {
    term: 'physiology',
    aliases: ['physiological', 'physiologist', 'physiologists', 'physiologically'],
    field: 'medicine',
    definition:
      'The study of how the body and its parts work, such as how the heart pumps or how muscles use energy.',
  },
  {
    term: 'social deprivation',
    aliases: ['deprived areas', 'deprived area', 'deprivation index', 'area deprivation', 'socioeconomically deprived', 'most deprived', 'index of multiple deprivation'],
    field: 'medicine',
    definition:
      'Lacking money, good housing, jobs or services compared with others nearby. Poorer health in deprived areas is a strong, repeated finding.',
    seeAlso: ['socioeconomic status', 'health inequalities'],
  },
  {
    term: 'socioeconomic status',
    aliases: ['socio-economic status', 'SES', 'socioeconomic position', 'socioeconomic background'],
    field: 'medicine',
    definition:
      'A person\'s place in society, judged by income, education and job. It is linked to health, so studies often adjust for it.',
    seeAlso: ['social deprivation', 'health inequalities'],
  },
  {
    term: 'fatigue',
    aliases: ['tiredness', 'exhaustion', 'fatigued'],
    field: 'medicine',
    definition:
      'Deep tiredness that rest does not fix. It is a common symptom of illness, of treatments such as chemotherapy, and of poor sleep.',
    seeAlso: ['chronic fatigue syndrome'],
  },
  {
    term: 'outpatient',
    aliases: ['outpatients', 'outpatient clinic', 'outpatient clinics', 'outpatient care', 'day patient'],
    field: 'medicine',
    definition:
      'A patient who visits a hospital or clinic for care but does not stay overnight.',
    seeAlso: ['inpatient'],
  },
  {
    term: 'inpatient',
    aliases: ['inpatients', 'inpatient care', 'inpatient stay'],
    field: 'medicine',
    definition:
      'A patient who stays in hospital for at least one night while being treated.',
    seeAlso: ['outpatient', 'hospital admission'],
  },
  {
    term: 'hospital admission',
    aliases: ['hospital admissions', 'admitted to hospital', 'hospitalisation', 'hospitalised', 'hospitalisations', 'hospital stay'],
    field: 'medicine',
    definition:
      'Being taken into hospital as a patient. Studies count admissions as a sign of how serious an illness is.',
    seeAlso: ['inpatient', 'readmission'],
  },
  {
    term: 'readmission',
    aliases: ['readmitted', 'readmissions', 'hospital readmission', 'readmission rates'],
    field: 'medicine',
    definition:
      'Going back into hospital soon after leaving, often within 30 days. High readmission rates can point to poor care or leaving too early.',
    seeAlso: ['hospital admission'],
  },
  {
    term: 'digestive system',
    aliases: ['digestive', 'digestion', 'digestive problems'],
    field: 'medicine',
    definition:
      'The organs that break down food and take in its nutrients: the mouth, food pipe, stomach, intestines, liver and pancreas.',
    seeAlso: ['gastrointestinal', 'intestine'],
  },
  {
    term: 'intestine',
    aliases: ['intestines', 'intestinal', 'bowel', 'bowels', 'small intestine', 'large intestine', 'small bowel'],
    field: 'medicine',
    definition:
      'The long tube after the stomach where food is digested. The small intestine takes in nutrients; the large one, or colon, takes in water.',
    seeAlso: ['digestive system', 'gastrointestinal'],
  },
  {
    term: 'oesophagus',
    aliases: ['esophagus', 'gullet', 'food pipe', 'oesophageal'],
    field: 'medicine',
    definition:
      'The tube that carries food from the throat to the stomach.',
    seeAlso: ['digestive system', 'oesophageal cancer'],
  },
  {
    term: 'constipation',
    aliases: ['constipated'],
    field: 'medicine',
    definition:
      'Having hard stools, or going to the toilet less often than normal. It is a common side effect of some drugs, such as opioids.',
    seeAlso: ['digestive system'],
  },
  {
    term: 'airway',
    aliases: ['airways', 'respiratory tract', 'airway inflammation'],
    field: 'medicine',
    definition:
      'The tubes that carry air into and out of the lungs: the nose, mouth, windpipe and the branching tubes inside the lungs.',
    seeAlso: ['asthma', 'lung function'],
  },
  {
    term: 'health inequalities',
    aliases: ['health inequality', 'health disparities', 'health disparity', 'health inequities', 'health inequity', 'health equity'],
    field: 'medicine',
    definition:
      'Unfair gaps in health between groups of people that could be avoided. Rich and poor areas, or ethnic groups, can differ a lot.',
    seeAlso: ['social deprivation', 'socioeconomic status'],
  },
  {
    term: 'occupational health',
    aliases: ['occupational medicine', 'occupational exposure', 'occupational hazard', 'occupational hazards'],
    field: 'medicine',
    definition:
      'The branch of medicine that deals with how work affects health, from injuries and fumes to stress.',
  },
  {
    term: 'occupational therapy',
    aliases: ['occupational therapist', 'occupational therapists'],
    field: 'medicine',
    definition:
      'Therapy that helps people do daily tasks again after an illness or injury. It can be dressing, cooking or going back to work.',
    seeAlso: ['rehabilitation'],
  },
  {
    term: 'breastfeeding',
    aliases: ['breastfed', 'breast-feeding', 'breastfeed', 'breast milk', 'breastmilk', 'breast-fed', 'human milk'],
    field: 'medicine',
    definition:
      'Feeding a baby with milk from the mother\'s breast. Breast milk passes on antibodies, and studies link it to some health benefits.',
    seeAlso: ['infant formula'],
  },
  {
    term: 'gland',
    aliases: ['glands', 'glandular'],
    field: 'medicine',
    definition:
      'An organ that makes and releases substances the body needs, such as hormones, sweat or saliva. The thyroid is a gland.',
    seeAlso: ['hormone', 'thyroid'],
  },
  {
    term: 'degenerative disease',
    aliases: ['degenerative', 'degeneration', 'degenerative condition', 'degenerative diseases', 'degenerative conditions'],
    field: 'medicine',
    definition:
      'A disease in which cells, tissues or organs slowly get worse over time, such as wear and tear of the joints.',
    seeAlso: ['osteoarthritis'],
  },
  {
    term: 'interventional radiology',
    aliases: ['interventional cardiology', 'interventional radiologist', 'interventional cardiologist', 'interventional radiologists', 'interventional cardiologists'],
    field: 'medicine',
    definition:
      'Treatment done through small cuts, using thin tubes guided by X-rays or scans, instead of open surgery.',
    seeAlso: ['catheter', 'minimally invasive surgery'],
  },
  {
    term: 'herbal medicine',
    aliases: ['herbal remedies', 'herbal remedy', 'herbal supplement', 'herbal supplements', 'herbal medicines', 'herbal products'],
    field: 'medicine',
    definition:
      'Medicines made from plants. They are often not tested like drugs, and some can interact with prescribed medicines.',
    seeAlso: ['complementary medicine', 'drug interaction'],
  },
  {
    term: 'musculoskeletal disorder',
    aliases: ['musculoskeletal', 'musculoskeletal pain', 'musculoskeletal injuries', 'musculoskeletal system', 'musculoskeletal conditions', 'musculoskeletal problems'],
    field: 'medicine',
    definition:
      'A problem of the bones, muscles, joints or tendons, such as back pain or arthritis. These are among the most common reasons people miss work.',
    seeAlso: ['osteoarthritis'],
  },
  {
    term: 'overactive bladder',
    aliases: ['bladder problems'],
    field: 'medicine',
    definition:
      'A bladder that squeezes too often, so a person needs to pee suddenly and often.',
    seeAlso: ['incontinence'],
  },
  {
    term: 'ovary',
    aliases: ['ovaries', 'ovarian'],
    field: 'medicine',
    definition:
      'One of two small organs in a woman\'s lower belly. They hold eggs and make the hormones oestrogen and progesterone.',
    seeAlso: ['ovulation', 'ovarian cancer', 'oestrogen'],
  },
  {
    term: 'clinical commissioning group',
    aliases: ['CCG', 'CCGs', 'commissioning groups', 'commissioning group', 'clinical commissioning groups'],
    field: 'medicine',
    definition:
      'A local NHS body in England that decided which health services to pay for in its area. They were replaced by integrated care boards in 2022.',
  },
  {
    term: 'rheumatic disease',
    aliases: ['rheumatic', 'rheumatology', 'rheumatologist', 'rheumatic diseases', 'rheumatologists', 'rheumatological'],
    field: 'medicine',
    definition:
      'Any of many diseases that cause pain and swelling in joints, muscles or the tissue around them. Rheumatoid arthritis, lupus and gout are examples.',
    seeAlso: ['rheumatoid arthritis', 'lupus', 'gout'],
  },
  {
    term: 'gestation',
    aliases: ['gestational age', 'weeks\' gestation', 'weeks of gestation', 'weeks pregnant'],
    field: 'medicine',
    definition:
      'The time a baby grows in the womb, counted in weeks from the mother\'s last period. A full-term pregnancy lasts about 40 weeks.',
    seeAlso: ['preterm birth', 'trimester'],
  },
  {
    term: 'foetus',
    aliases: ['foetal', 'foetuses', 'fetal development'],
    field: 'medicine',
    definition:
      'A baby growing in the womb, from about the ninth week of pregnancy until birth. Before that it is called an embryo.',
    seeAlso: ['embryo', 'placenta'],
  },
  {
    term: 'referral',
    aliases: ['referrals', 'referred to a specialist', 'urgent referral', 'urgent referrals'],
    field: 'medicine',
    definition:
      'When a GP or other doctor sends a patient to see an expert or go to hospital for tests or care.',
    seeAlso: ['primary care'],
    context: ['doctor', 'doctors', 'GP', 'GPs', 'specialist', 'specialists', 'hospital', 'patient', 'patients', 'clinic', 'cancer', 'NHS', 'appointment', 'urgent'],
  },
  {
    term: 'vaginal birth',
    aliases: ['vaginal delivery', 'vaginal deliveries', 'vaginal births'],
    field: 'medicine',
    definition:
      'Giving birth through the birth canal rather than by caesarean section.',
    seeAlso: ['caesarean section'],
  },
  {
    term: 'endometrium',
    aliases: ['endometrial', 'womb lining', 'lining of the uterus', 'lining of the womb', 'uterine lining'],
    field: 'medicine',
    definition:
      'The lining of the womb. It thickens each month to get ready for a pregnancy and is shed during a period.',
    seeAlso: ['uterus', 'endometriosis'],
  },
  {
    term: 'uterus',
    aliases: ['womb', 'uterine', 'wombs'],
    field: 'medicine',
    definition:
      'The womb: the hollow organ in a woman\'s lower belly where a baby grows during pregnancy.',
    seeAlso: ['endometrium', 'placenta'],
  },
  {
    term: 'faeces',
    aliases: ['feces', 'faecal', 'fecal', 'stool sample', 'stool samples', 'poo', 'bowel movement', 'bowel movements'],
    field: 'medicine',
    definition:
      'Solid waste that leaves the body through the bottom. Doctors test it for blood, germs or gut bacteria.',
    seeAlso: ['faecal microbiota transplant'],
  },
  {
    term: 'faecal microbiota transplant',
    aliases: ['fecal transplant', 'faecal transplant', 'FMT', 'stool transplant', 'poo transplant', 'fecal microbiota transplantation', 'faecal microbiota transplantation'],
    field: 'medicine',
    definition:
      'Putting stool from a healthy donor into a patient\'s gut to restore healthy bacteria. It treats repeated C. difficile infections.',
    seeAlso: ['Clostridioides difficile'],
  },
  {
    term: 'dizziness',
    aliases: ['dizzy', 'lightheaded', 'light-headed', 'lightheadedness'],
    field: 'medicine',
    definition:
      'Feeling faint or unsteady, or as if the room is spinning. It can be a side effect of drugs or a sign of low blood pressure.',
    seeAlso: ['blood pressure'],
  },
  {
    term: 'smoking cessation',
    aliases: ['quitting smoking', 'quit smoking', 'stop smoking', 'stop-smoking', 'stop smoking services', 'giving up smoking'],
    field: 'medicine',
    definition:
      'Stopping smoking. Help such as nicotine patches, medicines and support services raises the chance of quitting for good.',
    seeAlso: ['nicotine', 'varenicline', 'e-cigarette'],
  },
  {
    term: 'birth weight',
    aliases: ['birthweight', 'low birth weight', 'low birthweight', 'birth weights'],
    field: 'medicine',
    definition:
      'How much a baby weighs at birth. Under 2.5 kg counts as low and is linked to health problems later on.',
    seeAlso: ['preterm birth'],
  },
  {
    term: 'prenatal care',
    aliases: ['prenatal', 'antenatal', 'antenatal care', 'antenatal classes', 'pre-natal', 'antenatal appointments'],
    field: 'medicine',
    definition:
      'Before birth. Prenatal care is the check-ups and advice a pregnant woman gets to keep her and her baby healthy.',
    seeAlso: ['gestation'],
  },
  {
    term: 'scar tissue',
    aliases: ['scarring', 'scar', 'scars', 'scarred'],
    field: 'medicine',
    definition:
      'Tough tissue, mostly collagen, that forms as a wound heals. In organs such as the heart, lungs or liver, scarring stops them working well.',
    seeAlso: ['fibrosis', 'collagen'],
  },
  {
    term: 'atrophy',
    aliases: ['atrophied', 'muscle wasting', 'atrophies'],
    field: 'medicine',
    definition:
      'When a body part, such as a muscle or part of the brain, shrinks or wastes away. It can come from disease, age or lack of use.',
    seeAlso: ['sarcopenia'],
    context: ['muscle', 'muscles', 'brain', 'tissue', 'disease', 'age', 'nerve', 'organ', 'shrink', 'shrinking', 'loss'],
  },
  {
    term: 'midwife',
    aliases: ['midwives', 'midwifery', 'midwife-led', 'midwifery unit', 'midwifery units'],
    field: 'medicine',
    definition:
      'A health worker trained to care for women in pregnancy, during labour and in the weeks after birth.',
    seeAlso: ['obstetrics and gynaecology'],
  },
  {
    term: 'haematology',
    aliases: ['hematology', 'haematologist', 'hematologist', 'haematologists', 'haematological'],
    field: 'medicine',
    definition:
      'The branch of medicine that studies and treats the blood, bone marrow and blood cancers such as leukaemia.',
    seeAlso: ['leukaemia', 'anaemia'],
  },
  {
    term: 'genitals',
    aliases: ['genital', 'genitalia', 'genital area'],
    field: 'medicine',
    definition:
      'The sex organs on the outside of the body.',
    seeAlso: ['sexually transmitted infection'],
  },
  {
    term: 'wheezing',
    aliases: ['wheeze', 'wheezy', 'wheezes'],
    field: 'medicine',
    definition:
      'A whistling sound when breathing, caused by narrowed airways. It is a common sign of asthma.',
    seeAlso: ['asthma', 'airway'],
  },
  {
    term: 'drowsiness',
    aliases: ['drowsy', 'sleepiness', 'daytime sleepiness'],
    field: 'medicine',
    definition:
      'Feeling sleepy or dull during the day. It is a common side effect of some medicines, such as antihistamines and sleeping pills.',
    seeAlso: ['side effect', 'sleeping pill'],
  },
  {
    term: 'cornea',
    aliases: ['corneas', 'corneal', 'corneal transplant', 'corneal transplants'],
    field: 'medicine',
    definition:
      'The clear dome at the front of the eye. It lets light in and helps focus it.',
    seeAlso: ['retina'],
  },
  {
    term: 'weaning',
    aliases: ['weaned', 'wean', 'weaning off'],
    field: 'medicine',
    definition:
      'Moving a baby from only milk to solid foods, usually from about six months. In hospitals it also means slowly taking a patient off a drug or breathing machine.',
    seeAlso: ['breastfeeding'],
    context: ['baby', 'babies', 'infant', 'infants', 'milk', 'breastfeeding', 'foods', 'food', 'formula', 'ventilator', 'drug', 'months', 'solid', 'solids', 'mother'],
  },
  {
    term: 'postoperative',
    aliases: ['post-operative', 'postoperatively', 'post-surgical', 'after surgery'],
    field: 'medicine',
    definition:
      'After an operation. Pain, infection and bleeding can all follow surgery, and some old people get confused.',
    seeAlso: ['complication'],
  },
  {
    term: 'trimester',
    aliases: ['trimesters', 'first trimester', 'second trimester', 'third trimester'],
    field: 'medicine',
    definition:
      'One of the three stages of pregnancy, each about three months long.',
    seeAlso: ['gestation'],
  },
  {
    term: 'incontinence',
    aliases: ['urinary incontinence', 'bladder leakage', 'incontinent', 'faecal incontinence', 'bladder control'],
    field: 'medicine',
    definition:
      'Not being able to control when urine or stool leaves the body. It can follow childbirth, prostate surgery or nerve damage.',
    seeAlso: ['overactive bladder', 'pelvic floor'],
  },
  {
    term: 'non-communicable disease',
    aliases: ['NCD', 'NCDs', 'noncommunicable disease', 'non-communicable diseases', 'noncommunicable diseases'],
    field: 'medicine',
    definition:
      'A disease that does not pass between people, such as heart disease, cancer, diabetes or lung disease. These cause most deaths worldwide.',
    seeAlso: ['chronic disease'],
  },
  {
    term: 'implantation',
    aliases: ['implanted embryo', 'embryo implantation'],
    field: 'medicine',
    definition:
      'When an early embryo attaches to the lining of the womb, about a week after fertilisation. A pregnancy can only go on if this works.',
    seeAlso: ['endometrium', 'IVF'],
    context: ['embryo', 'embryos', 'womb', 'uterus', 'pregnancy', 'IVF', 'fertility', 'uterine', 'endometrium', 'pregnant', 'miscarriage'],
  },
  {
    term: 'pelvis',
    aliases: ['pelvic', 'pelvic bone', 'pelvises'],
    field: 'medicine',
    definition:
      'The ring of bones at the base of the spine. It links the legs to the body and holds the bladder and other organs.',
    seeAlso: ['pelvic floor'],
  },
  {
    term: 'pelvic floor',
    aliases: ['pelvic floor muscles', 'pelvic floor exercises', 'pelvic floor disorders'],
    field: 'medicine',
    definition:
      'The sheet of muscles at the base of the pelvis that holds up the bladder, bowel and womb. Childbirth can weaken it.',
    seeAlso: ['incontinence', 'pelvis'],
  },
  {
    term: 'caregiver',
    aliases: ['caregivers', 'carer', 'carers', 'family caregiver', 'family caregivers', 'caregiving', 'unpaid carer', 'unpaid carers'],
    field: 'medicine',
    definition:
      'Someone, often a relative, who looks after a person who is ill, disabled or old. The strain of caring can harm the carer\'s own health.',
  },
  {
    term: 'colitis',
    aliases: ['colitis ulcerosa', 'microscopic colitis'],
    field: 'medicine',
    definition:
      'Swelling of the lining of the large bowel. It can come from germs, poor blood flow or a long-term disease such as ulcerative colitis.',
    seeAlso: ['inflammatory bowel disease'],
  },
  {
    term: 'breathlessness',
    aliases: ['shortness of breath', 'breathless', 'short of breath', 'dyspnoea', 'dyspnea'],
    field: 'medicine',
    definition:
      'Feeling that you cannot get enough air. It can come from lung or heart disease, anxiety or simply being unfit.',
    seeAlso: ['COPD', 'heart failure'],
  },
  {
    term: 'kidney',
    aliases: ['kidneys', 'renal', 'renal function'],
    field: 'medicine',
    definition:
      'One of two bean-shaped organs that filter waste and extra water from the blood to make urine. They also help control blood pressure.',
    seeAlso: ['chronic kidney disease', 'dialysis'],
  },
  {
    term: 'aetiology',
    aliases: ['etiology', 'aetiological', 'etiologic', 'aetiologies'],
    field: 'medicine',
    definition:
      'The cause or causes of a disease, or the study of them.',
    seeAlso: ['pathophysiology'],
  },
  {
    term: 'postmenopausal',
    aliases: ['postmenopausal women', 'post-menopausal', 'after menopause', 'after the menopause'],
    field: 'medicine',
    definition:
      'After menopause, once a woman\'s periods have stopped for a year. Oestrogen is then low, which affects bones and the heart.',
    seeAlso: ['menopause', 'oestrogen'],
  },
  {
    term: 'cervix',
    aliases: ['cervixes', 'neck of the womb'],
    field: 'medicine',
    definition:
      'The narrow lower end of the womb, which opens into the vagina.',
    seeAlso: ['cervical cancer', 'cervical screening'],
  },
  {
    term: 'elective surgery',
    aliases: ['elective procedures', 'elective procedure', 'planned surgery', 'elective operation', 'elective operations', 'elective surgeries'],
    field: 'medicine',
    definition:
      'An operation planned ahead, not done in an emergency, such as a hip replacement. It does not mean the patient could skip it.',
    seeAlso: ['joint replacement'],
  },
  {
    term: 'gum disease',
    aliases: ['periodontal disease', 'periodontitis', 'periodontal', 'gingivitis', 'gum diseases'],
    field: 'medicine',
    definition:
      'Infection and swelling of the gums that can loosen teeth. Severe gum disease has been linked to heart disease and diabetes.',
    seeAlso: ['inflammation'],
  },
  {
    term: 'dental pulp',
    aliases: ['tooth pulp', 'pulp chamber'],
    field: 'medicine',
    definition:
      'The soft centre of a tooth, holding its nerves and blood vessels. Decay that reaches it causes toothache and may need a root canal.',
    seeAlso: ['gum disease'],
  },
  {
    term: 'salivary gland',
    aliases: ['salivary glands', 'saliva glands', 'salivary gland cancer'],
    field: 'medicine',
    definition:
      'Glands in the mouth and throat that make saliva (spit).',
    seeAlso: ['gland'],
  },
  {
    term: 'blood transfusion',
    aliases: ['transfusion', 'transfusions', 'blood transfusions', 'transfused'],
    field: 'medicine',
    definition:
      'Giving a patient blood from a donor through a tube into a vein. It is used after heavy bleeding or for anaemia.',
    seeAlso: ['anaemia', 'red blood cell'],
  },
  {
    term: 'rectum',
    aliases: ['rectal', 'rectums'],
    field: 'medicine',
    definition:
      'The last part of the large bowel, just before the anus, where stool is held until it leaves the body.',
    seeAlso: ['colorectal cancer', 'intestine'],
  },
  {
    term: 'postcode lottery',
    aliases: ['postcode lotteries'],
    field: 'medicine',
    definition:
      'When the care someone gets depends on where they live, because local health services make different choices.',
  },
  {
    term: 'child maltreatment',
    aliases: ['maltreatment', 'child abuse', 'childhood maltreatment', 'child neglect', 'childhood abuse'],
    field: 'medicine',
    definition:
      'Harm to a child by abuse or neglect, whether physical, sexual or emotional. It is linked to health problems far into adult life.',
  },
  {
    term: 'mucus',
    aliases: ['phlegm', 'sputum', 'snot', 'mucous', 'mucus membranes'],
    field: 'medicine',
    definition:
      'The slimy fluid that lines and protects the nose, throat, lungs and gut. Mucus coughed up from the lungs is called phlegm or sputum.',
    seeAlso: ['airway'],
  },
  {
    term: 'graft',
    aliases: ['grafts', 'grafting', 'skin graft', 'skin grafts', 'bone graft', 'grafted'],
    field: 'medicine',
    definition:
      'Tissue moved by surgery from one place to another, such as skin put over a burn. It can come from the same person or a donor.',
    seeAlso: ['transplant'],
    context: ['surgery', 'skin', 'tissue', 'bone', 'transplant', 'patients', 'patient', 'donor', 'vessel', 'cells', 'surgeon', 'surgeons', 'wound', 'burn', 'burns', 'artery'],
  },
  {
    term: 'skeletal muscle',
    aliases: ['skeletal muscles', 'muscle tissue'],
    field: 'medicine',
    definition:
      'The muscles attached to bones that we use to move. They also burn much of the body\'s sugar, which is why exercise helps blood sugar.',
    seeAlso: ['sarcopenia'],
  },
  {
    term: 'in utero',
    aliases: ['in the womb', 'before birth'],
    field: 'medicine',
    definition:
      'In the womb, before birth. Studies of what babies meet in utero look at effects of the mother\'s diet, drugs or illness.',
    seeAlso: ['foetus'],
  },
  {
    term: 'plantar fasciitis',
    field: 'medicine',
    definition:
      'Pain under the heel from strain on the thick band of tissue that runs along the sole of the foot.',
  },
  {
    term: 'inquest',
    aliases: ['inquests', 'coroner', 'coroner\'s inquest'],
    field: 'medicine',
    definition:
      'In England and Wales, a court hearing led by a coroner to find out how, when and where someone died.',
  },
  {
    term: 'hypothyroidism',
    aliases: ['underactive thyroid', 'subclinical hypothyroidism', 'hypothyroid'],
    field: 'medicine',
    definition:
      'When the thyroid makes too little hormone, so the body slows down: tiredness, weight gain and feeling cold. It is treated with a daily hormone pill.',
    seeAlso: ['thyroid', 'TSH'],
  },
  {
    term: 'hyperthyroidism',
    aliases: ['overactive thyroid', 'hyperthyroid', 'Graves\' disease'],
    field: 'medicine',
    definition:
      'When the thyroid makes too much hormone, speeding the body up: weight loss, a racing heart, shaking and feeling hot.',
    seeAlso: ['thyroid', 'TSH'],
  },
  {
    term: 'TSH',
    aliases: ['thyroid-stimulating hormone', 'thyrotropin', 'TSH levels'],
    field: 'medicine',
    definition:
      'A hormone from the pituitary gland in the brain that tells the thyroid how much hormone to make. A high level often means an underactive thyroid.',
    seeAlso: ['thyroid', 'hypothyroidism'],
  },
  {
    term: 'enlarged prostate',
    aliases: ['benign prostatic hyperplasia', 'BPH', 'prostate enlargement', 'enlarged prostates'],
    field: 'medicine',
    definition:
      'A prostate that has grown bigger with age. It is common and not cancer, but it can squeeze the tube that carries urine, making it hard to pee.',
    seeAlso: ['prostate cancer'],
  },
  {
    term: 'erectile dysfunction',
    aliases: ['impotence', 'erection problems'],
    field: 'medicine',
    definition:
      'When a man cannot get or keep an erection. It can be an early sign of heart disease, since both involve blood flow.',
    seeAlso: ['vascular'],
  },
  {
    term: 'umbilical cord',
    aliases: ['umbilical cord blood', 'cord blood', 'umbilical cords'],
    field: 'medicine',
    definition:
      'The cord that links a baby to the placenta in the womb, carrying food and oxygen. Blood left in it after birth holds useful stem cells.',
    seeAlso: ['placenta'],
  },
  {
    term: 'adrenal gland',
    aliases: ['adrenal glands', 'adrenal', 'adrenals'],
    field: 'medicine',
    definition:
      'Small glands on top of each kidney. They make hormones such as adrenaline and cortisol, which help the body deal with stress.',
    seeAlso: ['adrenaline', 'cortisol'],
  },
  {
    term: 'fallopian tube',
    aliases: ['fallopian tubes', 'oviduct', 'oviducts'],
    field: 'medicine',
    definition:
      'One of two thin tubes that carry eggs from the ovaries to the womb. Many ovarian cancers are now thought to start here.',
    seeAlso: ['ovary', 'ovarian cancer'],
  },
  {
    term: 'fertilisation',
    aliases: ['fertilised eggs', 'fertilise', 'fertilised'],
    field: 'medicine',
    definition:
      'When a sperm joins an egg, starting a pregnancy. In IVF it happens in a lab dish.',
    seeAlso: ['IVF', 'embryo'],
    context: ['sperm', 'egg', 'eggs', 'embryo', 'embryos', 'IVF', 'pregnancy', 'womb', 'fertility', 'ovary'],
  },
  {
    term: 'otolaryngology',
    aliases: ['ENT', 'otolaryngologist', 'otolaryngologists', 'ear nose and throat'],
    field: 'medicine',
    definition:
      'The branch of medicine that deals with the ear, nose and throat.',
  },
  {
    term: 'amputation',
    aliases: ['amputated', 'amputations', 'limb amputation', 'amputee', 'amputees'],
    field: 'medicine',
    definition:
      'Surgery to remove a limb or part of one, such as a foot. Diabetes that damages blood flow and nerves is a leading cause.',
    seeAlso: ['diabetes'],
  },
  {
    term: 'nodule',
    aliases: ['nodules', 'lung nodule', 'lung nodules', 'thyroid nodule', 'thyroid nodules'],
    field: 'medicine',
    definition:
      'A small lump of tissue, often found on a scan of the lung or thyroid. Most are harmless, but some are checked to rule out cancer.',
    seeAlso: ['biopsy'],
  },
  {
    term: 'bronchitis',
    aliases: ['acute bronchitis'],
    field: 'medicine',
    definition:
      'Swelling of the tubes that carry air into the lungs, causing a cough with mucus. Most cases follow a cold and clear up on their own.',
    seeAlso: ['COPD', 'airway'],
  },
  {
    term: 'platelet-rich plasma',
    aliases: ['PRP', 'platelet-rich plasma injections'],
    field: 'medicine',
    definition:
      'A treatment that spins a patient\'s own blood to collect platelets, then injects them into a sore joint or tendon. Evidence that it works is mixed.',
    seeAlso: ['platelet'],
  },
  {
    term: 'preconception care',
    aliases: ['preconception', 'before conception', 'pre-pregnancy care'],
    field: 'medicine',
    definition:
      'Care and advice before a woman gets pregnant, such as taking folic acid and stopping smoking. It gives the baby the best start.',
    seeAlso: ['folic acid'],
  },
  {
    term: 'second-hand smoke',
    aliases: ['passive smoking', 'secondhand smoke', 'environmental tobacco smoke', 'passive smoke'],
    field: 'medicine',
    definition:
      'Smoke breathed in by people near a smoker. It raises their risk of lung cancer and heart disease and, in children, of asthma.',
    seeAlso: ['thirdhand smoke'],
  },
  {
    term: 'thirdhand smoke',
    aliases: ['third-hand smoke'],
    field: 'medicine',
    definition:
      'The stuff left over from tobacco smoke. It clings to walls, sofas, clothes and dust long after the smoking stops.',
    seeAlso: ['second-hand smoke'],
  },
  {
    term: 'hysterectomy',
    aliases: ['hysterectomies'],
    field: 'medicine',
    definition:
      'Surgery to remove the womb. It may be done for cancer, heavy bleeding or fibroids, and it ends periods and the chance of pregnancy.',
    seeAlso: ['uterus'],
  },
  {
    term: 'geriatrics',
    aliases: ['geriatric', 'geriatrician', 'geriatricians', 'geriatric medicine'],
    field: 'medicine',
    definition:
      'The branch of medicine that cares for older people. They often live with several illnesses and take many drugs at once.',
    seeAlso: ['frailty'],
  },
  {
    term: 'acne',
    aliases: ['acne vulgaris', 'spots and pimples'],
    field: 'medicine',
    definition:
      'A skin condition with spots, blackheads and sometimes painful lumps, caused by blocked, swollen hair pores. It is common in teenagers.',
    seeAlso: ['dermatology'],
  },
  {
    term: 'ambulatory monitoring',
    aliases: ['ambulatory', 'ambulatory blood pressure monitoring', 'ABPM', 'ambulatory blood pressure', 'ambulatory care'],
    field: 'medicine',
    definition:
      'Ambulatory means while walking about. A worn device records blood pressure or heart rhythm over a whole day of normal life.',
    seeAlso: ['blood pressure'],
  },
  {
    term: 'nocturia',
    field: 'medicine',
    definition:
      'Waking up at night to pee two or more times. It is common in older people and can point to bladder, prostate or heart problems.',
    seeAlso: ['overactive bladder'],
  },
  {
    term: 'epithelium',
    aliases: ['epithelial', 'epithelial cells', 'epithelial cell', 'epithelia'],
    field: 'medicine',
    definition:
      'The sheet of cells covering the body\'s surfaces, such as the skin and the linings of the gut, lungs and glands. Most cancers start in it.',
    seeAlso: ['carcinoma'],
  },
  {
    term: 'bone mineral density',
    aliases: ['BMD', 'DEXA scan', 'DXA scan', 'DEXA', 'DXA'],
    field: 'medicine',
    definition:
      'How much mineral is packed into a bone, measured by a low-dose X-ray scan. Low density means weaker bones and a higher risk of breaks.',
    seeAlso: ['osteoporosis'],
  },
  {
    term: 'percutaneous',
    aliases: ['percutaneously', 'through the skin'],
    field: 'medicine',
    definition:
      'Through the skin. A percutaneous procedure uses a needle or thin tube pushed through the skin instead of open surgery.',
    seeAlso: ['minimally invasive surgery', 'catheter'],
  },
  {
    term: 'pathophysiology',
    aliases: ['pathophysiological'],
    field: 'medicine',
    definition:
      'How a disease changes the normal workings of the body: what goes wrong, step by step.',
    seeAlso: ['physiology', 'aetiology'],
  },
  {
    term: 'microcephaly',
    field: 'medicine',
    definition:
      'A birth defect in which a baby\'s head and brain are much smaller than normal. Zika infection in pregnancy is one cause.',
    seeAlso: ['Zika'],
  },
  {
    term: 'forceps delivery',
    aliases: ['forceps', 'ventouse', 'vacuum delivery', 'assisted delivery', 'instrumental delivery', 'assisted birth'],
    field: 'medicine',
    definition:
      'A birth in which the doctor uses tongs (forceps) or a suction cup (ventouse) on the baby\'s head to help it out.',
    seeAlso: ['caesarean section', 'vaginal birth'],
  },
  {
    term: 'epidural',
    aliases: ['epidurals', 'epidural anaesthesia', 'epidural injection'],
    field: 'medicine',
    definition:
      'An injection in the lower back that numbs the lower body. It is often used to ease pain in labour.',
    seeAlso: ['anaesthesia'],
  },
  {
    term: 'oral rehydration',
    aliases: ['oral rehydration solution', 'ORS', 'rehydration', 'oral rehydration salts', 'oral rehydration therapy'],
    field: 'medicine',
    definition:
      'Drinking water mixed with a little salt and sugar to replace fluid lost in diarrhoea. It saves the lives of millions of children.',
    seeAlso: ['dehydration'],
  },
  {
    term: 'hypersensitivity pneumonitis',
    aliases: ['bird fancier\'s lung', 'farmer\'s lung', 'extrinsic allergic alveolitis'],
    field: 'medicine',
    definition:
      'Swelling of the lungs from breathing in something the immune system overreacts to, such as mould, bird droppings or dust. Long exposure can scar the lungs.',
    seeAlso: ['fibrosis', 'alveolus'],
  },
  {
    term: 'childbearing age',
    aliases: ['women of childbearing age', 'reproductive age', 'child-bearing age', 'childbearing years'],
    field: 'medicine',
    definition:
      'The years in which a woman can become pregnant, usually counted as ages 15 to 49.',
  },
  {
    term: 'nasal congestion',
    aliases: ['blocked nose', 'stuffy nose', 'congested nose', 'stuffed-up nose'],
    field: 'medicine',
    definition:
      'A blocked or stuffy nose, caused by swollen tissue inside it during a cold or allergy.',
    seeAlso: ['common cold'],
  },
  {
    term: 'sinusitis',
    aliases: ['sinus infection', 'sinus infections', 'rhinosinusitis'],
    field: 'medicine',
    definition:
      'Swelling of the air spaces behind the nose and cheeks, usually after a cold. It causes a blocked nose and pain in the face.',
    seeAlso: ['nasal congestion'],
  },
  {
    term: 'internal medicine',
    aliases: ['internist', 'internists', 'general internal medicine'],
    field: 'medicine',
    definition:
      'The branch of medicine that finds and treats adult diseases without surgery. In the US, many internists work as family doctors.',
    seeAlso: ['primary care'],
  },
  {
    term: 'medicalisation',
    aliases: ['medicalise', 'medicalised', 'medicalising', 'over-medicalisation'],
    field: 'medicine',
    definition:
      'Treating normal parts of life, such as ageing, sadness or being shy, as illnesses. Then they get a diagnosis and treatment.',
    seeAlso: ['overdiagnosis'],
  },
  {
    term: 'misdiagnosis',
    aliases: ['misdiagnosed', 'misdiagnoses', 'wrong diagnosis', 'misdiagnose'],
    field: 'medicine',
    definition:
      'When a doctor names the wrong illness, or misses one. It can lead to the wrong treatment or delay the right one.',
    seeAlso: ['diagnosis'],
  },
  {
    term: 'cosmetic surgery',
    aliases: ['plastic surgery', 'cosmetic procedures', 'cosmetic procedure', 'aesthetic surgery'],
    field: 'medicine',
    definition:
      'Surgery to change how a person looks rather than to treat a disease. A facelift is one example.',
  },
  {
    term: 'blurred vision',
    aliases: ['blurry vision', 'blurred eyesight'],
    field: 'medicine',
    definition:
      'Seeing things out of focus. It can be a side effect of drugs, or a sign of eye disease, diabetes or stroke.',
    seeAlso: ['retina'],
  },
  {
    term: 'sprain',
    aliases: ['sprains', 'sprained', 'sprained ankle', 'ankle sprain', 'ankle sprains'],
    field: 'medicine',
    definition:
      'A stretched or torn ligament, often in the ankle or wrist, from twisting a joint. It usually heals with rest.',
    seeAlso: ['ligament'],
  },
  {
    term: 'systemic',
    aliases: ['systemically', 'systemic treatment', 'systemic therapy', 'systemic disease'],
    field: 'medicine',
    definition:
      'Affecting the whole body, not just one part. A systemic drug goes all round the body in the blood.',
    seeAlso: ['topical'],
    context: ['drug', 'drugs', 'treatment', 'therapy', 'disease', 'infection', 'inflammation', 'body', 'blood', 'chemotherapy', 'symptoms', 'lupus', 'cancer', 'effects'],
  },
  {
    term: 'kinesiology',
    aliases: ['kinesiologist', 'kinesiologists'],
    field: 'medicine',
    definition:
      'The study of how the body moves. It is used in sport, exercise and recovery from injury.',
    seeAlso: ['physiotherapy'],
  },
  {
    term: 'medication adherence',
    aliases: ['nonadherence', 'adherent', 'drug adherence'],
    field: 'medicine',
    definition:
      'How closely patients stick to a treatment, diet or exercise plan as advised. Poor adherence can make a good treatment look weak in a study.',
  },
  {
    term: 'birth defect',
    aliases: ['birth defects', 'congenital malformation', 'congenital malformations', 'congenital anomaly', 'congenital anomalies', 'malformation', 'malformations'],
    field: 'medicine',
    definition:
      'A problem in a baby\'s body that is there from birth, such as a cleft lip or a heart defect. Some come from genes, some from infections or drugs in pregnancy.',
    seeAlso: ['congenital'],
  },
  {
    term: 'lower back pain',
    aliases: ['back pain', 'backache', 'low back pain', 'lower-back pain', 'chronic back pain'],
    field: 'medicine',
    definition:
      'Pain in the lower back, one of the most common reasons to see a doctor. Most cases get better within weeks without special treatment.',
    seeAlso: ['chronic pain'],
  },
  {
    term: 'oral and maxillofacial surgery',
    aliases: ['maxillofacial', 'maxillofacial surgeon', 'maxillofacial surgery', 'oral surgeon'],
    field: 'medicine',
    definition:
      'Surgery of the mouth, jaws, face and neck.',
  },
  {
    term: 'irritant',
    aliases: ['irritants', 'respiratory irritant', 'skin irritant', 'irritant chemicals'],
    field: 'medicine',
    definition:
      'A substance that makes skin, eyes, nose or lungs sore, red or swollen when it touches them, without any allergy.',
    seeAlso: ['allergen'],
  },
  {
    term: 'nephrology',
    aliases: ['nephrologist', 'nephrologists'],
    field: 'medicine',
    definition:
      'The branch of medicine that treats kidney disease.',
    seeAlso: ['kidney', 'chronic kidney disease'],
  },
  {
    term: 'presymptomatic',
    aliases: ['pre-symptomatic', 'presymptomatic stage', 'before symptoms appear'],
    field: 'medicine',
    definition:
      'Before symptoms show. A presymptomatic person may already have a disease, and with some infections can pass it on.',
    seeAlso: ['asymptomatic'],
  },
  {
    term: 'menstruation',
    aliases: ['menstrual', 'menstrual cycle', 'menstrual cycles', 'menstruating', 'menstrual period', 'menstrual periods', 'menses'],
    field: 'medicine',
    definition:
      'The monthly bleeding from the womb as its lining is shed when no pregnancy has started. The cycle lasts about 28 days.',
    seeAlso: ['endometrium', 'ovulation'],
  },
  {
    term: 'acupuncture',
    aliases: ['acupuncturist', 'acupuncturists', 'sham acupuncture', 'acupuncture needles'],
    field: 'medicine',
    definition:
      'Putting thin needles into the skin at set points, a practice from Chinese medicine. Trials often find fake needling works about as well.',
    seeAlso: ['complementary medicine', 'placebo'],
  },
  {
    term: 'pernicious anaemia',
    aliases: ['pernicious anemia'],
    field: 'medicine',
    definition:
      'An autoimmune disease in which the body cannot take in vitamin B12 from food, which leads to anaemia. It is treated with B12 injections.',
    seeAlso: ['vitamin B12', 'anaemia'],
  },
  {
    term: 'intraocular lens',
    aliases: ['lens implant', 'artificial lens', 'intraocular lenses'],
    field: 'medicine',
    definition:
      'The clear plastic lens put into the eye during cataract surgery. It takes the place of the cloudy natural lens.',
    seeAlso: ['cataract'],
  },
  {
    term: 'anatomy',
    aliases: ['anatomical', 'anatomic', 'anatomist', 'anatomists'],
    field: 'medicine',
    definition:
      'The study of the body\'s structure: its parts and how they fit together.',
    seeAlso: ['physiology'],
  },
  {
    term: 'leaky gut',
    aliases: ['intestinal permeability', 'gut permeability', 'leaky gut syndrome'],
    field: 'medicine',
    definition:
      'How easily things pass through the gut wall into the blood. Leaky gut is a popular idea, but it is not a recognised diagnosis.',
    seeAlso: ['intestine'],
  },
  {
    term: 'fracture',
    aliases: ['fractures', 'fractured', 'broken bone', 'broken bones', 'stress fracture', 'stress fractures'],
    field: 'medicine',
    definition:
      'A break or crack in a bone. Weak bones from osteoporosis break more easily, often in a fall.',
    seeAlso: ['osteoporosis', 'hip fracture'],
    context: ['bone', 'bones', 'hip', 'wrist', 'leg', 'arm', 'osteoporosis', 'fall', 'falls', 'injury', 'injuries', 'skull', 'spine', 'patients', 'ankle', 'risk'],
  },
  {
    term: 'nausea',
    aliases: ['nauseous', 'nauseated', 'feeling sick', 'queasy', 'nausea and vomiting'],
    field: 'medicine',
    definition:
      'Feeling sick, as if you might throw up. It is a common side effect of many drugs and of early pregnancy.',
    seeAlso: ['side effect'],
  },
  {
    term: 'diarrhoea',
    aliases: ['diarrhea', 'diarrhoeal', 'diarrheal', 'diarrhoeal disease'],
    field: 'medicine',
    definition:
      'Loose, watery stools three or more times a day. It can quickly dry out the body, which is dangerous for small children.',
    seeAlso: ['oral rehydration', 'dehydration'],
  },
  {
    term: 'ferritin',
    aliases: ['serum ferritin', 'ferritin levels'],
    field: 'medicine',
    definition:
      'A protein that stores iron. A blood test for it shows how much iron the body has in reserve.',
    seeAlso: ['anaemia'],
  },
  {
    term: 'heart rate',
    aliases: ['heart rates', 'pulse rate', 'beats per minute', 'bpm'],
    field: 'medicine',
    definition:
      'How many times the heart beats each minute. A resting adult\'s is usually 60 to 100 beats.',
    seeAlso: ['resting heart rate'],
  },
  {
    term: 'assisted dying',
    aliases: ['assisted suicide', 'physician-assisted suicide', 'medical assistance in dying', 'MAID', 'euthanasia', 'voluntary euthanasia', 'right to die'],
    field: 'medicine',
    definition:
      'When a doctor helps a dying or suffering person end their life at their own request. It is legal in some countries under strict rules.',
    seeAlso: ['palliative care'],
  },
  {
    term: 'advance directive',
    aliases: ['advance directives', 'living will', 'living wills', 'advance decision', 'advance care planning'],
    field: 'medicine',
    definition:
      'A written note of what care a person does or does not want if they later cannot decide for themselves.',
    seeAlso: ['palliative care'],
  },
  {
    term: 'do not resuscitate',
    aliases: ['DNR', 'DNR order', 'DNACPR', 'do-not-resuscitate', 'do not attempt resuscitation'],
    field: 'medicine',
    definition:
      'An order that no one should try to restart a person\'s heart if it stops. It is agreed with a seriously ill patient or their family.',
    seeAlso: ['cardiopulmonary resuscitation'],
  },
  {
    term: 'tooth decay',
    aliases: ['dental caries', 'caries', 'cavities', 'dental decay', 'decayed teeth', 'cavity'],
    field: 'medicine',
    definition:
      'Damage to a tooth when mouth bacteria turn sugar into acid that eats through the hard outer layer. It makes holes called cavities.',
    seeAlso: ['fluoride', 'gum disease'],
  },
  {
    term: 'dental erosion',
    aliases: ['tooth erosion', 'enamel erosion'],
    field: 'medicine',
    definition:
      'The wearing away of the hard outer layer of teeth by acid from drinks, such as fizzy drinks and juice. Bacteria are not the cause.',
    seeAlso: ['tooth decay'],
  },
  {
    term: 'perinatal',
    aliases: ['perinatal period', 'perinatal mortality', 'perinatal death', 'perinatal deaths'],
    field: 'medicine',
    definition:
      'Around the time of birth, from late pregnancy to the first weeks after. Perinatal deaths include stillbirths and deaths in the first week of life.',
    seeAlso: ['stillbirth', 'prenatal care'],
  },
  {
    term: 'general anaesthetic',
    aliases: ['general anesthetic', 'nerve block', 'nerve blocks'],
    field: 'medicine',
    definition:
      'A general anaesthetic puts a patient into a deep, sleep-like state for surgery. A local one, or a nerve block, numbs only one part of the body.',
    seeAlso: ['anaesthesia'],
  },
  {
    term: 'intrauterine device',
    aliases: ['IUD', 'IUDs', 'coil', 'hormonal coil', 'copper coil', 'intrauterine system', 'IUS'],
    field: 'medicine',
    definition:
      'A small T-shaped device put in the womb to prevent pregnancy for years. Some kinds release a hormone; others are made with copper.',
    seeAlso: ['contraception'],
    context: ['contraception', 'contraceptive', 'pregnancy', 'womb', 'uterus', 'women', 'hormone', 'copper', 'fitted', 'birth control', 'periods'],
  },
  {
    term: 'emergency contraception',
    aliases: ['morning-after pill', 'morning after pill', 'emergency contraceptive', 'emergency contraceptives'],
    field: 'medicine',
    definition:
      'Pills or a copper coil used soon after sex without protection, to prevent pregnancy. The sooner a pill is taken, the better it works.',
    seeAlso: ['contraception', 'intrauterine device'],
  },
  {
    term: 'contraceptive implant',
    aliases: ['contraceptive implants', 'Nexplanon', 'implant contraception', 'vaginal ring', 'vaginal rings'],
    field: 'medicine',
    definition:
      'Long-acting birth control: a small rod under the skin of the arm, or a soft ring in the vagina, that slowly releases hormones.',
    seeAlso: ['contraception'],
  },
  {
    term: 'testosterone therapy',
    aliases: ['testosterone replacement therapy', 'TRT', 'testosterone replacement', 'testosterone treatment'],
    field: 'medicine',
    definition:
      'Giving testosterone to men whose bodies make too little, as gel, patches or injections. Its long-term effects on the heart have been debated.',
    seeAlso: ['testosterone'],
  },
  {
    term: 'growth hormone',
    aliases: ['human growth hormone', 'HGH', 'somatropin'],
    field: 'medicine',
    definition:
      'A hormone from the pituitary gland that makes children grow. Made as a drug, it treats short stature and is misused to build muscle.',
    seeAlso: ['hormone'],
  },
  {
    term: 'nebuliser',
    aliases: ['nebulisers', 'nebulizer', 'spacer', 'spacers', 'spacer device'],
    field: 'medicine',
    definition:
      'A nebuliser turns liquid medicine into a mist to breathe in through a mask. A spacer is a tube that helps an inhaler\'s dose reach the lungs.',
    seeAlso: ['inhaler', 'asthma'],
  },
  {
    term: 'emergency department',
    aliases: ['accident and emergency', 'emergency room', 'emergency departments', 'emergency rooms'],
    field: 'medicine',
    definition:
      'The part of a hospital that treats sudden illness and injury. No appointment is needed.',
    seeAlso: ['triage'],
  },
  {
    term: 'waiting list',
    aliases: ['waiting lists', 'waiting times', 'waiting time', 'wait times', 'NHS waiting list'],
    field: 'medicine',
    definition:
      'The queue of patients waiting for tests, appointments or operations. Long waits can let an illness get worse.',
    seeAlso: ['elective surgery'],
    context: ['NHS', 'hospital', 'hospitals', 'patients', 'surgery', 'treatment', 'operation', 'operations', 'appointment', 'appointments', 'GP', 'care', 'weeks', 'months'],
  },
  {
    term: 'NHS',
    aliases: ['National Health Service', 'the NHS'],
    field: 'medicine',
    definition:
      'The UK\'s public health service, paid for by taxes and mostly free when used.',
    seeAlso: ['primary care'],
  },
  {
    term: 'delayed discharge',
    aliases: ['bed blocking', 'delayed discharges', 'delayed transfer of care'],
    field: 'medicine',
    definition:
      'When a patient who is well enough to leave hospital has to stay. Often care at home or in a care home is not ready.',
    seeAlso: ['social care'],
  },
  {
    term: 'care home',
    aliases: ['care homes', 'nursing home', 'nursing homes', 'residential care', 'aged care facility'],
    field: 'medicine',
    definition:
      'A place where people, mostly older, live and get help with daily life. Nursing homes also have nurses on hand.',
    seeAlso: ['social care', 'frailty'],
  },
  {
    term: 'social care',
    aliases: ['adult social care', 'community care', 'home care', 'domiciliary care'],
    field: 'medicine',
    definition:
      'Help with daily life, such as washing, dressing and meals. It is for people who are old, disabled or ill, at home or in a care home.',
    seeAlso: ['care home'],
  },
  {
    term: 'integrated care board',
    aliases: ['integrated care boards', 'ICB', 'ICBs', 'integrated care system'],
    field: 'medicine',
    definition:
      'The NHS bodies that plan and pay for local health services in England since 2022.',
    seeAlso: ['NHS', 'clinical commissioning group'],
  },
  {
    term: 'junior doctor',
    aliases: ['junior doctors', 'resident doctor', 'resident doctors', 'trainee doctor', 'foundation doctor'],
    field: 'medicine',
    definition:
      'A qualified doctor who is still in training, which can take many years. In the US they are called residents.',
    seeAlso: ['clinician'],
  },
  {
    term: 'consultant',
    aliases: ['consultants', 'consultant physician', 'consultant surgeon', 'attending physician'],
    field: 'medicine',
    definition:
      'In the UK, a senior hospital doctor who has finished training and leads a team.',
    seeAlso: ['junior doctor'],
    context: ['hospital', 'doctor', 'doctors', 'NHS', 'surgeon', 'physician', 'cardiologist', 'oncologist', 'ward'],
  },
  {
    term: 'nurse practitioner',
    aliases: ['nurse practitioners', 'advanced nurse practitioner', 'physician associate', 'physician associates', 'physician assistant', 'physician assistants'],
    field: 'medicine',
    definition:
      'A nurse or other health worker with extra training who can diagnose, treat and prescribe. They take on some work once done only by doctors.',
    seeAlso: ['clinician'],
  },
  {
    term: 'health visitor',
    aliases: ['health visitors'],
    field: 'medicine',
    definition:
      'In the UK, a nurse who visits families at home. She checks on babies and young children and helps parents.',
  },
  {
    term: 'paramedic',
    aliases: ['paramedics', 'ambulance crew', 'ambulance response times', 'ambulance response time'],
    field: 'medicine',
    definition:
      'A health worker who gives emergency care at the scene and on the way to hospital.',
    seeAlso: ['emergency department'],
  },
  {
    term: 'early warning score',
    aliases: ['early warning scores', 'NEWS2', 'National Early Warning Score'],
    field: 'medicine',
    definition:
      'A score from simple checks such as pulse, breathing and temperature. It warns staff when a patient is getting worse.',
    seeAlso: ['vital signs', 'sepsis'],
  },
  {
    term: 'vital signs',
    aliases: ['vital sign', 'vitals'],
    field: 'medicine',
    definition:
      'The basic body measures that show how a patient is doing: pulse, breathing rate, blood pressure, temperature and oxygen level.',
    seeAlso: ['early warning score'],
  },
  {
    term: 'full blood count',
    aliases: ['FBC', 'complete blood count', 'blood count'],
    field: 'medicine',
    definition:
      'A common blood test that counts red cells, white cells and platelets.',
    seeAlso: ['red blood cell', 'white blood cell', 'platelet'],
  },
  {
    term: 'liver function test',
    aliases: ['liver function tests', 'LFTs', 'LFT', 'liver enzymes test', 'liver enzymes', 'liver enzyme levels'],
    field: 'medicine',
    definition:
      'Blood tests that check how well the liver is working and whether it is damaged.',
    seeAlso: ['cirrhosis'],
  },
  {
    term: 'kidney function',
    aliases: ['estimated glomerular filtration rate', 'creatinine', 'kidney function test', 'renal function test'],
    field: 'medicine',
    definition:
      'How well the kidneys filter the blood. It is judged from a blood test for creatinine, a waste product, given as a number called eGFR.',
    seeAlso: ['kidney', 'chronic kidney disease'],
  },
  {
    term: 'urinalysis',
    aliases: ['urine test', 'urine tests', 'urine sample', 'urine samples', 'dipstick test'],
    field: 'medicine',
    definition:
      'A test of a pee sample. It looks for signs of infection, diabetes, kidney disease or pregnancy.',
    seeAlso: ['urinary tract infection'],
  },
  {
    term: 'blood culture',
    aliases: ['blood cultures'],
    field: 'medicine',
    definition:
      'A test that puts a blood sample in a bottle where germs can grow, to find the cause of a blood infection.',
    seeAlso: ['sepsis'],
  },
  {
    term: 'D-dimer',
    aliases: ['D-dimer test'],
    field: 'medicine',
    definition:
      'A blood test for a substance left when a clot breaks down. A normal result helps rule out a dangerous clot.',
    seeAlso: ['blood clot', 'venous thromboembolism'],
  },
  {
    term: 'cytology',
    aliases: ['cytological', 'cell sample'],
    field: 'medicine',
    definition:
      'Looking at single cells under a microscope to find cancer or germs. A smear test is one example.',
    seeAlso: ['pathology', 'cervical screening'],
  },
  {
    term: 'autopsy',
    aliases: ['autopsies', 'post-mortem', 'post-mortems', 'post-mortem examination', 'postmortem'],
    field: 'medicine',
    definition:
      'An examination of a body after death to find out how the person died.',
    seeAlso: ['inquest', 'pathology'],
  },
  {
    term: 'cause of death',
    aliases: ['causes of death', 'death certificate', 'death certificates', 'leading cause of death'],
    field: 'medicine',
    definition:
      'What led to a person\'s death, as a doctor writes it on a death certificate. National counts of deaths come from these records.',
    seeAlso: ['mortality'],
  },
  {
    term: 'life support',
    aliases: ['life-support', 'life support machine', 'life-support machine'],
    field: 'medicine',
    definition:
      'Machines that keep a very ill person alive by doing the work of the lungs or other organs. A ventilator is one.',
    seeAlso: ['ventilator', 'intensive care unit'],
  },
  {
    term: 'organ donation',
    aliases: ['organ donor', 'organ donors', 'opt-out system', 'donor registry', 'deceased donor', 'donated organs'],
    field: 'medicine',
    definition:
      'Giving an organ, such as a kidney, to a patient who needs a transplant, usually after death. Some countries count everyone as a donor unless they opt out.',
    seeAlso: ['transplant'],
  },
  {
    term: 'living donor',
    aliases: ['living donors', 'living kidney donor'],
    field: 'medicine',
    definition:
      'A healthy person who gives an organ, or part of one, while still alive. A kidney or a piece of liver are the usual gifts.',
    seeAlso: ['organ donation', 'transplant'],
  },
  {
    term: 'kidney transplant',
    aliases: ['kidney transplants', 'renal transplant', 'liver transplant', 'liver transplants', 'face transplant', 'hand transplant'],
    field: 'medicine',
    definition:
      'Surgery that gives a patient an organ or body part from a donor. A new kidney frees a patient from dialysis.',
    seeAlso: ['transplant', 'dialysis', 'transplant rejection'],
  },
  {
    term: 'uterus transplant',
    aliases: ['womb transplant', 'uterus transplants', 'womb transplants'],
    field: 'medicine',
    definition:
      'Surgery that gives a woman a womb from a donor, so she can carry a baby. The womb is usually removed after one or two births.',
    seeAlso: ['uterus', 'IVF'],
  },
  {
    term: 'myopia',
    aliases: ['short-sightedness', 'short-sighted', 'nearsightedness', 'nearsighted', 'myopic'],
    field: 'medicine',
    definition:
      'When distant things look blurry because the eye is too long. It has become far more common in children, perhaps from less time outdoors.',
    seeAlso: ['retina'],
  },
  {
    term: 'long-sightedness',
    aliases: ['long-sighted', 'hyperopia', 'farsightedness', 'presbyopia'],
    field: 'medicine',
    definition:
      'When close things look blurry. Presbyopia is the kind that comes with age, as the lens stiffens.',
    seeAlso: ['myopia'],
  },
  {
    term: 'laser eye surgery',
    aliases: ['LASIK', 'laser surgery for the eyes', 'laser vision correction'],
    field: 'medicine',
    definition:
      'Surgery that uses a laser to reshape the front of the eye, so people no longer need glasses or lenses.',
    seeAlso: ['cornea', 'myopia'],
  },
  {
    term: 'dry eye',
    aliases: ['dry eyes', 'dry eye disease', 'dry eye syndrome'],
    field: 'medicine',
    definition:
      'When the eyes do not make enough tears, or tears dry too fast, leaving them sore, gritty or red.',
  },
  {
    term: 'ear infection',
    aliases: ['ear infections', 'otitis media', 'middle ear infection', 'glue ear', 'grommets'],
    field: 'medicine',
    definition:
      'An infection behind the eardrum, common in young children. Glue ear is a build-up of sticky fluid that can dull hearing for a while.',
    seeAlso: ['hearing loss'],
  },
  {
    term: 'tonsillitis',
    aliases: ['tonsils', 'tonsillectomy', 'tonsillectomies'],
    field: 'medicine',
    definition:
      'Tonsillitis is an infection of the tonsils, two lumps at the back of the throat. Removing them is a tonsillectomy.',
  },
  {
    term: 'appendicitis',
    aliases: ['appendix', 'appendectomy', 'appendicectomy'],
    field: 'medicine',
    definition:
      'Swelling of the appendix, a small pouch off the gut. It causes belly pain and is usually treated by removing it, though antibiotics sometimes work.',
    seeAlso: ['intestine'],
  },
  {
    term: 'gallstones',
    aliases: ['gallstone', 'gallbladder', 'gall bladder', 'gallbladder removal'],
    field: 'medicine',
    definition:
      'Hard lumps that form in the gallbladder, a small bag under the liver that stores bile. They can cause sharp pain after fatty meals.',
  },
  {
    term: 'hernia',
    aliases: ['hernias', 'inguinal hernia', 'hiatus hernia'],
    field: 'medicine',
    definition:
      'When an organ or tissue bulges through a weak spot in the muscle that holds it, often in the groin or belly.',
  },
  {
    term: 'haemorrhoids',
    aliases: ['hemorrhoids', 'piles'],
    field: 'medicine',
    definition:
      'Swollen blood vessels in and around the bottom, which can itch, hurt or bleed.',
    seeAlso: ['rectum'],
  },
  {
    term: 'peptic ulcer',
    aliases: ['peptic ulcers', 'stomach ulcer', 'stomach ulcers', 'gastric ulcer', 'duodenal ulcer', 'ulcer', 'ulcers'],
    field: 'medicine',
    definition:
      'A sore in the lining of the stomach or the gut just after it. Most are caused by H. pylori bacteria or by painkillers like ibuprofen.',
    seeAlso: ['Helicobacter pylori', 'NSAID'],
    context: ['stomach', 'gut', 'H. pylori', 'painkillers', 'aspirin', 'ibuprofen', 'duodenal', 'peptic', 'gastric'],
  },
  {
    term: 'indigestion',
    aliases: ['dyspepsia', 'bloating'],
    field: 'medicine',
    definition:
      'Discomfort or burning in the upper belly or chest after eating. Bloating is a swollen, full feeling in the belly.',
    seeAlso: ['acid reflux'],
  },
  {
    term: 'diverticulitis',
    aliases: ['diverticular disease', 'diverticulosis', 'diverticula'],
    field: 'medicine',
    definition:
      'Swelling of small pouches that can form in the wall of the large bowel with age. It causes belly pain and sometimes fever.',
    seeAlso: ['intestine', 'dietary fibre'],
  },
  {
    term: 'liver disease',
    aliases: ['liver diseases', 'chronic liver disease', 'alcohol-related liver disease', 'alcoholic liver disease', 'hepatic'],
    field: 'medicine',
    definition:
      'Any illness that harms the liver, such as fatty liver, hepatitis or damage from drinking. It often gives no signs until late.',
    seeAlso: ['cirrhosis', 'fatty liver disease', 'hepatitis'],
  },
  {
    term: 'urinary retention',
    field: 'medicine',
    definition:
      'Not being able to empty the bladder fully. In men it is often caused by an enlarged prostate.',
    seeAlso: ['enlarged prostate'],
  },
  {
    term: 'prostate',
    aliases: ['prostate gland', 'prostates', 'prostatic'],
    field: 'medicine',
    definition:
      'A gland below a man\'s bladder that makes part of the fluid in semen. It often grows with age.',
    seeAlso: ['prostate cancer', 'enlarged prostate'],
  },
  {
    term: 'fertility treatment',
    aliases: ['fertility treatments', 'fertility clinic', 'fertility clinics'],
    field: 'medicine',
    definition:
      'Medical help to get pregnant. It can be drugs to release eggs, IVF, or putting sperm straight into the womb.',
    seeAlso: ['IVF', 'infertility'],
  },
  {
    term: 'sperm',
    aliases: ['sperm cells', 'spermatozoa', 'semen'],
    field: 'medicine',
    definition:
      'The male cell that joins an egg to start a pregnancy. Millions are released in semen.',
    seeAlso: ['sperm count', 'fertilisation'],
    context: ['egg', 'eggs', 'fertility', 'men', 'semen', 'count', 'IVF', 'pregnancy', 'testicles', 'donor', 'quality', 'male'],
  },
  {
    term: 'egg donation',
    aliases: ['egg donor', 'egg donors', 'donor eggs', 'sperm donor', 'sperm donors', 'donor sperm', 'sperm donation'],
    field: 'medicine',
    definition:
      'Giving eggs or sperm to help another person or couple have a baby.',
    seeAlso: ['IVF', 'fertility treatment'],
  },
  {
    term: 'surrogacy',
    aliases: ['surrogate mother', 'surrogate mothers', 'surrogacy arrangement', 'gestational surrogate'],
    field: 'medicine',
    definition:
      'When a woman carries a baby for someone else. The people she carries it for will be the child\'s parents.',
    seeAlso: ['IVF'],
  },
  {
    term: 'embryo transfer',
    aliases: ['embryo transfers', 'frozen embryo transfer', 'frozen embryos', 'frozen embryo'],
    field: 'medicine',
    definition:
      'The step in IVF when an embryo is placed in the womb. Embryos can be frozen and transferred later.',
    seeAlso: ['IVF', 'embryo'],
  },
  {
    term: 'ICSI',
    aliases: ['intracytoplasmic sperm injection'],
    field: 'medicine',
    definition:
      'A kind of IVF in which a single sperm is injected straight into an egg, used when sperm are few or weak.',
    seeAlso: ['IVF', 'sperm'],
  },
  {
    term: 'ovarian reserve',
    aliases: ['AMH', 'anti-Mullerian hormone', 'anti-Müllerian hormone', 'egg reserve', 'AMH test'],
    field: 'medicine',
    definition:
      'How many eggs a woman\'s ovaries have left. An AMH blood test estimates it but does not predict well whether she will get pregnant.',
    seeAlso: ['ovary', 'infertility'],
  },
  {
    term: 'fibroids',
    aliases: ['fibroid', 'uterine fibroids', 'uterine fibroid'],
    field: 'medicine',
    definition:
      'Growths of muscle in the womb that are not cancer. They can cause heavy periods and pain.',
    seeAlso: ['uterus'],
  },
  {
    term: 'heavy menstrual bleeding',
    aliases: ['heavy periods', 'menorrhagia', 'heavy bleeding during periods'],
    field: 'medicine',
    definition:
      'Periods with so much blood loss that they get in the way of daily life. It can cause anaemia.',
    seeAlso: ['menstruation', 'anaemia'],
  },
  {
    term: 'period pain',
    aliases: ['dysmenorrhoea', 'dysmenorrhea', 'menstrual pain', 'menstrual cramps', 'period cramps'],
    field: 'medicine',
    definition:
      'Cramping pain in the lower belly during a period, caused by the womb squeezing.',
    seeAlso: ['menstruation'],
  },
  {
    term: 'premenstrual syndrome',
    aliases: ['PMS', 'premenstrual', 'premenstrual dysphoric disorder', 'PMDD'],
    field: 'medicine',
    definition:
      'Mood swings, tiredness, bloating and other symptoms in the days before a period. PMDD is a severe form that affects mood most.',
    seeAlso: ['menstruation'],
  },
  {
    term: 'pelvic inflammatory disease',
    aliases: ['PID'],
    field: 'medicine',
    definition:
      'An infection of the womb, tubes or ovaries, often from chlamydia or gonorrhoea. If not treated, it can stop a woman having children.',
    seeAlso: ['chlamydia', 'fallopian tube'],
  },
  {
    term: 'ectopic pregnancy',
    aliases: ['ectopic pregnancies', 'tubal pregnancy'],
    field: 'medicine',
    definition:
      'A pregnancy that grows outside the womb, usually in a fallopian tube. It cannot survive and can cause dangerous bleeding.',
    seeAlso: ['fallopian tube'],
  },
  {
    term: 'morning sickness',
    aliases: ['hyperemesis gravidarum', 'pregnancy sickness', 'nausea in pregnancy'],
    field: 'medicine',
    definition:
      'Feeling sick or throwing up in early pregnancy. A bad form can need a stay in hospital.',
    seeAlso: ['nausea'],
  },
  {
    term: 'gestational hypertension',
    aliases: ['pregnancy-induced hypertension', 'high blood pressure in pregnancy'],
    field: 'medicine',
    definition:
      'High blood pressure that starts in the second half of pregnancy. It can lead to pre-eclampsia.',
    seeAlso: ['pre-eclampsia', 'hypertension'],
  },
  {
    term: 'placenta praevia',
    aliases: ['placenta previa', 'placental abruption'],
    field: 'medicine',
    definition:
      'Problems with the placenta: in praevia it lies low and covers the cervix; in abruption it comes away from the womb wall too early.',
    seeAlso: ['placenta'],
  },
  {
    term: 'postpartum haemorrhage',
    aliases: ['postpartum hemorrhage', 'PPH', 'bleeding after birth'],
    field: 'medicine',
    definition:
      'Heavy bleeding after giving birth. It is a leading cause of death of mothers worldwide.',
    seeAlso: ['haemorrhage'],
  },
  {
    term: 'postpartum',
    aliases: ['after childbirth', 'after giving birth'],
    field: 'medicine',
    definition:
      'The weeks and months after giving birth.',
    seeAlso: ['postnatal'],
    context: ['mother', 'mothers', 'women', 'birth', 'childbirth', 'pregnancy', 'depression', 'weeks', 'months', 'baby', 'babies', 'bleeding'],
  },
  {
    term: 'induction of labour',
    aliases: ['labour induction', 'induced labour', 'induce labour', 'induction of labor'],
    field: 'medicine',
    definition:
      'Starting labour with drugs or other means instead of waiting for it to begin by itself. It is often done when a baby is late.',
    seeAlso: ['gestation'],
  },
  {
    term: 'full term',
    aliases: ['full-term', 'term baby', 'term babies', 'due date', 'at term'],
    field: 'medicine',
    definition:
      'A pregnancy that reaches 39 to 41 weeks. The due date is the day 40 weeks from the last period.',
    seeAlso: ['gestation', 'preterm birth'],
    context: ['pregnancy', 'baby', 'babies', 'born', 'birth', 'weeks', 'pregnant', 'delivery', 'labour'],
  },
  {
    term: 'neonatal',
    aliases: ['newborn', 'newborns', 'neonate', 'neonates', 'newborn baby', 'newborn babies'],
    field: 'medicine',
    definition:
      'To do with a baby in its first four weeks of life.',
    seeAlso: ['NICU'],
  },
  {
    term: 'neonatal jaundice',
    aliases: ['newborn jaundice', 'jaundice in newborns'],
    field: 'medicine',
    definition:
      'Yellow skin in newborn babies, from a pigment their young liver cannot yet clear. Most cases are harmless and fade within two weeks.',
    seeAlso: ['jaundice'],
  },
  {
    term: 'growth chart',
    aliases: ['growth charts', 'centile', 'centiles', 'percentile chart'],
    field: 'medicine',
    definition:
      'A chart that compares a child\'s height and weight with other children of the same age, to check growth.',
    seeAlso: ['failure to thrive'],
  },
  {
    term: 'developmental milestones',
    aliases: ['developmental milestone', 'milestones'],
    field: 'medicine',
    definition:
      'Skills most children gain by a certain age, such as walking or first words. A child who is late may need a check.',
    seeAlso: ['paediatrics'],
    context: ['child', 'children', 'baby', 'babies', 'walking', 'talking', 'speech', 'developmental', 'toddler', 'toddlers', 'months'],
  },
  {
    term: 'failure to thrive',
    aliases: ['faltering growth'],
    field: 'medicine',
    definition:
      'When a baby or child does not gain weight or grow as expected.',
    seeAlso: ['growth chart', 'malnutrition'],
  },
  {
    term: 'contact dermatitis',
    aliases: ['allergic contact dermatitis', 'irritant contact dermatitis'],
    field: 'medicine',
    definition:
      'An itchy red rash where the skin touched something it reacts to, such as nickel, soap or a plant.',
    seeAlso: ['eczema', 'irritant'],
  },
  {
    term: 'hives',
    aliases: ['urticaria', 'nettle rash'],
    field: 'medicine',
    definition:
      'Itchy, raised red welts on the skin, often from an allergy, an infection or a drug. Most bouts fade within a day.',
    seeAlso: ['allergy', 'histamine'],
  },
  {
    term: 'rosacea',
    field: 'medicine',
    definition:
      'A long-term skin condition that makes the face flush and go red, sometimes with spots. Heat, alcohol or spicy food can set it off.',
  },
  {
    term: 'sunburn',
    aliases: ['sunburnt', 'sunburned', 'sunburns'],
    field: 'medicine',
    definition:
      'Red, sore skin damaged by the sun\'s UV rays. Being sunburnt often, especially as a child, raises the risk of skin cancer.',
    seeAlso: ['skin cancer', 'sunscreen'],
  },
  {
    term: 'UV index',
    aliases: ['ultraviolet index', 'UV levels'],
    field: 'medicine',
    definition:
      'A daily number for how strong the sun\'s harmful UV rays are. At 3 or more, advice is to cover up and use sunscreen.',
    seeAlso: ['sunscreen', 'sunburn'],
  },
  {
    term: 'basal cell carcinoma',
    aliases: ['basal cell carcinomas', 'BCC', 'basal cell cancer'],
    field: 'medicine',
    definition:
      'The most common skin cancer. It grows slowly and rarely spreads, but should be removed.',
    seeAlso: ['skin cancer', 'carcinoma'],
  },
  {
    term: 'retinoid',
    aliases: ['retinoids', 'tretinoin', 'isotretinoin', 'Roaccutane', 'Accutane'],
    field: 'medicine',
    definition:
      'Drugs and creams made from vitamin A, used for acne and ageing skin. Isotretinoin pills can cause birth defects, so pregnancy must be avoided.',
    seeAlso: ['acne', 'vitamin A'],
  },
  {
    term: 'hair loss treatment',
    aliases: ['minoxidil', 'finasteride', 'male pattern baldness', 'baldness', 'hair transplant', 'hair transplants', 'androgenetic alopecia'],
    field: 'medicine',
    definition:
      'Ways to treat thin hair: minoxidil lotion or pills, finasteride pills that block a form of testosterone, or moving hair by surgery.',
    seeAlso: ['hair loss'],
  },
  {
    term: 'dermal filler',
    aliases: ['dermal fillers', 'fillers', 'lip fillers', 'lip filler'],
    field: 'medicine',
    definition:
      'A gel injected under the skin to fill out lines or plump the lips. In some countries almost anyone may inject them.',
    seeAlso: ['cosmetic surgery'],
  },
  {
    term: 'tennis elbow',
    aliases: ['lateral epicondylitis', 'golfer\'s elbow'],
    field: 'medicine',
    definition:
      'Pain on the outside of the elbow from using the arm muscles too much. It is common in people who grip or twist a lot.',
    seeAlso: ['tendon'],
  },
  {
    term: 'carpal tunnel syndrome',
    aliases: ['carpal tunnel'],
    field: 'medicine',
    definition:
      'Tingling, numbness and weak grip in the hand from a squeezed nerve in the wrist.',
  },
  {
    term: 'rotator cuff',
    aliases: ['rotator cuff tear', 'rotator cuff injury'],
    field: 'medicine',
    definition:
      'The group of muscles and tendons that hold the shoulder joint in place. Tears are common with age.',
    seeAlso: ['tendon'],
  },
  {
    term: 'anterior cruciate ligament',
    aliases: ['ACL', 'ACL injury', 'ACL tear', 'ACL reconstruction', 'cruciate ligament'],
    field: 'medicine',
    definition:
      'A key ligament inside the knee that keeps it stable. It is often torn in sports with sudden turns, such as football.',
    seeAlso: ['ligament'],
  },
  {
    term: 'whiplash',
    aliases: ['whiplash injury'],
    field: 'medicine',
    definition:
      'A neck injury caused by the head being jerked forward and back, often in a car crash.',
  },
  {
    term: 'sciatica',
    field: 'medicine',
    definition:
      'Pain that runs from the lower back down one leg, from a pinched nerve, often by a bulging disc.',
    seeAlso: ['lower back pain', 'slipped disc'],
  },
  {
    term: 'slipped disc',
    aliases: ['herniated disc', 'herniated discs', 'prolapsed disc', 'disc herniation', 'bulging disc'],
    field: 'medicine',
    definition:
      'When the soft centre of a disc between the bones of the spine bulges out and can press on a nerve.',
    seeAlso: ['sciatica', 'lower back pain'],
  },
  {
    term: 'scoliosis',
    field: 'medicine',
    definition:
      'A sideways curve of the spine, often starting in the teenage years. Most cases are mild.',
  },
  {
    term: 'falls prevention',
    aliases: ['fall prevention', 'falls in older people', 'risk of falls', 'falls risk'],
    field: 'medicine',
    definition:
      'Ways to stop older people falling, such as balance exercise, checking medicines and making homes safer. Falls are a top cause of injury in old age.',
    seeAlso: ['frailty', 'hip fracture'],
  },
  {
    term: 'strength training',
    aliases: ['resistance training', 'weight training', 'weightlifting', 'resistance exercise', 'muscle-strengthening'],
    field: 'medicine',
    definition:
      'Exercise that makes muscles work against a weight or force, such as lifting weights. It builds muscle and bone and helps blood sugar.',
    seeAlso: ['muscle mass', 'sarcopenia'],
  },
  {
    term: 'grip strength',
    aliases: ['handgrip strength', 'hand grip strength'],
    field: 'medicine',
    definition:
      'How hard a person can squeeze with the hand, measured with a device. It is a simple sign of overall strength and is linked to health in old age.',
    seeAlso: ['frailty', 'muscle mass'],
  },
  {
    term: 'walking speed',
    aliases: ['walking pace'],
    field: 'medicine',
    definition:
      'How fast a person walks. In older people a slow pace is a warning sign of frailty and poorer health.',
    seeAlso: ['gait', 'frailty'],
  },
  {
    term: 'step count',
    aliases: ['daily steps', 'steps a day', 'steps per day', '10,000 steps'],
    field: 'medicine',
    definition:
      'How many steps a person takes in a day, often from a phone or watch. Benefits rise up to about 7,000 to 10,000 steps.',
    seeAlso: ['physical activity'],
  },
  {
    term: 'asthma attack',
    aliases: ['asthma attacks', 'asthma flare', 'asthma exacerbation'],
    field: 'medicine',
    definition:
      'A sudden worsening of asthma. The airways tighten and fill with mucus, so it is hard to breathe.',
    seeAlso: ['asthma', 'exacerbation'],
  },
  {
    term: 'reliever inhaler',
    aliases: ['reliever inhalers', 'blue inhaler', 'salbutamol', 'albuterol', 'preventer inhaler', 'preventer inhalers', 'steroid inhaler'],
    field: 'medicine',
    definition:
      'A reliever inhaler, often blue, opens the airways fast when symptoms start. A preventer has a steroid and calms the airways when used every day.',
    seeAlso: ['inhaler', 'asthma'],
  },
  {
    term: 'spirometry',
    aliases: ['spirometer', 'peak flow', 'peak flow meter', 'FEV1'],
    field: 'medicine',
    definition:
      'Breathing tests that measure how much air you can blow out and how fast. They diagnose and track asthma and COPD.',
    seeAlso: ['lung function', 'COPD'],
  },
  {
    term: 'pulmonary rehabilitation',
    aliases: ['pulmonary rehab', 'lung rehabilitation'],
    field: 'medicine',
    definition:
      'A course of exercise and education for people with long-term lung disease such as COPD. It eases breathlessness.',
    seeAlso: ['COPD', 'rehabilitation'],
  },
  {
    term: 'bronchiectasis',
    field: 'medicine',
    definition:
      'Damaged, widened airways that fill with mucus and get infected again and again. It causes a long-term cough.',
    seeAlso: ['airway', 'mucus'],
  },
  {
    term: 'emphysema',
    field: 'medicine',
    definition:
      'Lung damage in which the tiny air sacs break down, so less oxygen gets into the blood. Smoking is the main cause.',
    seeAlso: ['COPD', 'alveolus'],
  },
  {
    term: 'idiopathic pulmonary fibrosis',
    aliases: ['IPF', 'pulmonary fibrosis', 'lung fibrosis'],
    field: 'medicine',
    definition:
      'Scarring of the lungs with no known cause. It slowly makes breathing harder.',
    seeAlso: ['fibrosis'],
  },
  {
    term: 'lung transplant',
    aliases: ['lung transplants', 'double lung transplant'],
    field: 'medicine',
    definition:
      'Surgery that replaces one or both diseased lungs with healthy ones from a donor.',
    seeAlso: ['transplant'],
  },
  {
    term: 'oxygen therapy',
    aliases: ['home oxygen', 'supplemental oxygen', 'oxygen treatment'],
    field: 'medicine',
    definition:
      'Giving extra oxygen through a mask or nose tubes to people whose blood oxygen is low.',
    seeAlso: ['hypoxia'],
  },
];
