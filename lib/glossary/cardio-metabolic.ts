import type { GlossaryEntry } from './types';

/** Plain-language glossary: heart, blood vessels, blood sugar and weight. */
export const entries: GlossaryEntry[] = [
  {
    term: 'cardiovascular disease',
    aliases: ['cardiovascular', 'CVD', 'heart disease', 'cardiovascular diseases'],
    field: 'cardio-metabolic',
    definition:
      'Diseases of the heart and blood vessels, such as heart attacks and strokes. Together they are the world\'s top cause of death.',
    seeAlso: ['heart attack', 'stroke', 'atherosclerosis'],
  },
  {
    term: 'heart attack',
    aliases: ['heart attacks', 'myocardial infarction', 'MI'],
    field: 'cardio-metabolic',
    definition:
      'When blood flow to part of the heart muscle is blocked, usually by a clot, and that muscle starts to die.',
    seeAlso: ['coronary artery disease', 'blood clot'],
  },
  {
    term: 'cardiac arrest',
    aliases: ['sudden cardiac arrest', 'cardiac arrests'],
    field: 'cardio-metabolic',
    definition:
      'When the heart suddenly stops pumping, often from a faulty heart rhythm. Without CPR and a shock within minutes, the person dies.',
    seeAlso: ['pacemaker', 'defibrillator'],
  },
  {
    term: 'heart failure',
    aliases: ['congestive heart failure', 'diastolic heart failure', 'systolic heart failure', 'cardiac failure'],
    field: 'cardio-metabolic',
    definition:
      'When the heart cannot pump as well as the body needs. It does not mean the heart has stopped; people get tired and breathless.',
  },
  {
    term: 'coronary artery disease',
    aliases: ['coronary heart disease', 'ischaemic heart disease', 'ischemic heart disease', 'IHD', 'CHD'],
    field: 'cardio-metabolic',
    definition:
      'Narrowing of the blood vessels that feed the heart, by fatty build-up. It can cause chest pain and heart attacks.',
    seeAlso: ['atherosclerosis', 'angina', 'coronary artery', 'angioplasty', 'bypass surgery'],
  },
  {
    term: 'atherosclerosis',
    aliases: ['hardening of the arteries', 'arterial plaque', 'plaque build-up', 'clogged arteries'],
    field: 'cardio-metabolic',
    definition:
      'Fatty deposits called plaque building up inside artery walls, narrowing them. It is the main cause of heart attacks and strokes.',
    seeAlso: ['cholesterol', 'coronary artery disease'],
  },
  {
    term: 'angina',
    aliases: ['unstable angina', 'refractory angina'],
    field: 'cardio-metabolic',
    definition:
      'Chest pain that happens when the heart muscle does not get enough blood, often during effort.',
    seeAlso: ['coronary artery disease'],
  },
  {
    term: 'arrhythmia',
    aliases: ['arrhythmias', 'irregular heartbeat'],
    field: 'cardio-metabolic',
    definition:
      'A heartbeat that is too fast, too slow or uneven.',
    seeAlso: ['atrial fibrillation'],
  },
  {
    term: 'atrial fibrillation',
    aliases: ['AFib', 'AF', 'A-fib'],
    field: 'cardio-metabolic',
    definition:
      'A common uneven, often fast heartbeat. Blood can pool and clot in the heart, which raises the risk of stroke.',
    seeAlso: ['arrhythmia', 'stroke'],
  },
  {
    term: 'pacemaker',
    aliases: ['pacemakers'],
    field: 'cardio-metabolic',
    definition:
      'A small device put under the skin of the chest that sends tiny pulses to keep the heartbeat steady.',
    seeAlso: ['arrhythmia', 'cardiac arrest', 'defibrillator'],
  },
  {
    term: 'stent',
    aliases: ['stents'],
    field: 'cardio-metabolic',
    definition:
      'A small mesh tube put inside a narrowed artery to prop it open so blood can flow.',
    seeAlso: ['coronary artery disease', 'angioplasty', 'bypass surgery', 'revascularisation'],
  },
  {
    term: 'blood clot',
    aliases: ['blood clots', 'clot', 'clots', 'thrombosis', 'deep vein thrombosis', 'DVT', 'pulmonary embolism', 'embolism'],
    field: 'cardio-metabolic',
    definition:
      'A lump of thickened blood. Clots stop bleeding, but one inside a vessel can block blood flow to the heart, lungs or brain.',
    seeAlso: ['anticoagulant', 'stroke', 'vitamin K'],
  },
  {
    term: 'anticoagulant',
    aliases: ['anticoagulants', 'blood thinner', 'blood thinners', 'warfarin', 'blood-thinning', 'anticoagulation'],
    field: 'cardio-metabolic',
    definition:
      'A medicine that makes blood slower to clot, to prevent strokes and dangerous clots. It raises the risk of bleeding.',
    seeAlso: ['blood clot'],
  },
  {
    term: 'blood pressure',
    aliases: ['systolic', 'diastolic', 'systolic blood pressure', 'diastolic blood pressure'],
    field: 'cardio-metabolic',
    definition:
      'How hard blood pushes on the walls of your arteries. It is written as two numbers, such as 120/80: when the heart beats and when it rests.',
    seeAlso: ['hypertension'],
  },
  {
    term: 'hypertension',
    aliases: ['high blood pressure', 'hypertensive', 'raised blood pressure'],
    field: 'cardio-metabolic',
    definition:
      'Blood pressure that stays too high. It often has no symptoms but raises the risk of heart attack, stroke and kidney disease.',
    seeAlso: ['blood pressure', 'ACE inhibitor', 'diuretic', 'DASH diet'],
  },
  {
    term: 'beta blocker',
    aliases: ['beta blockers', 'beta-blocker', 'beta-blockers'],
    field: 'cardio-metabolic',
    definition:
      'A common heart and blood pressure drug that slows the heartbeat and makes it beat less hard.',
    seeAlso: ['hypertension', 'ACE inhibitor', 'diuretic'],
  },
  {
    term: 'cholesterol',
    aliases: ['cholesterol levels', 'blood cholesterol', 'high cholesterol'],
    field: 'cardio-metabolic',
    definition:
      'A waxy fat the body needs to build cells. Too much of the "bad" kind in the blood clogs arteries.',
    seeAlso: ['LDL', 'HDL', 'statin'],
  },
  {
    term: 'LDL',
    aliases: ['LDL cholesterol', 'low-density lipoprotein', 'bad cholesterol', 'LDL-C'],
    field: 'cardio-metabolic',
    definition:
      'The "bad" cholesterol. High levels build up in artery walls and raise the risk of heart attack and stroke.',
    seeAlso: ['cholesterol', 'HDL', 'statin'],
  },
  {
    term: 'HDL',
    aliases: ['HDL cholesterol', 'high-density lipoprotein', 'good cholesterol'],
    field: 'cardio-metabolic',
    definition:
      'The "good" kind of cholesterol. It carries extra fat away from blood vessels to the liver, which clears it.',
    seeAlso: ['LDL'],
  },
  {
    term: 'lipoprotein a',
    field: 'cardio-metabolic',
    definition:
      'A type of particle that carries cholesterol in the blood, with levels set mostly by genes. High levels raise heart risk, and diet and exercise barely change them.',
    seeAlso: ['LDL'],
  },
  {
    term: 'triglyceride',
    aliases: ['triglycerides'],
    field: 'cardio-metabolic',
    definition:
      'The most common type of fat in the blood, used to store energy. High levels add to heart risk.',
    seeAlso: ['cholesterol', 'lipid'],
  },
  {
    term: 'lipid',
    aliases: ['lipids', 'blood fats', 'dyslipidaemia', 'dyslipidemia'],
    field: 'cardio-metabolic',
    definition:
      'Fats and fat-like substances in the body, such as cholesterol. A cholesterol test measures these "blood lipids".',
    seeAlso: ['cholesterol', 'triglyceride'],
  },
  {
    term: 'statin',
    aliases: ['statins', 'atorvastatin', 'simvastatin', 'rosuvastatin', 'pravastatin', 'lovastatin', 'Lipitor', 'Crestor', 'Zocor'],
    field: 'cardio-metabolic',
    definition:
      'A common drug that lowers "bad" LDL cholesterol and cuts the risk of heart attacks and strokes.',
    seeAlso: ['LDL'],
  },
  {
    term: 'PCSK9 inhibitor',
    aliases: ['inclisiran', 'evolocumab'],
    field: 'cardio-metabolic',
    definition:
      'A newer kind of drug, often an injection, that lowers bad cholesterol. It helps the liver pull much more of it out of the blood.',
    seeAlso: ['LDL', 'statin'],
  },
  {
    term: 'blood sugar',
    aliases: ['blood glucose', 'glucose levels', 'blood sugar levels', 'glycaemic control', 'glycemic control'],
    field: 'cardio-metabolic',
    definition:
      'The amount of glucose, a sugar, in the blood. It is the body\'s main fuel; diabetes lets it rise too high.',
    seeAlso: ['glucose', 'insulin', 'type 2 diabetes'],
  },
  {
    term: 'glucose',
    field: 'cardio-metabolic',
    definition:
      'A simple sugar that cells burn for energy. Most carbohydrates we eat are broken down into it.',
    seeAlso: ['blood sugar', 'fructose'],
  },
  {
    term: 'insulin',
    aliases: ['basal insulin', 'inhaled insulin', 'insulin injections'],
    field: 'cardio-metabolic',
    definition:
      'A hormone from the pancreas that lets cells take in sugar from the blood. People with type 1 diabetes must inject it.',
    seeAlso: ['insulin resistance', 'type 1 diabetes', 'insulin pump', 'pancreas'],
  },
  {
    term: 'insulin resistance',
    aliases: ['insulin-resistant', 'HOMA-IR'],
    field: 'cardio-metabolic',
    definition:
      'When the body\'s cells stop responding well to insulin, so blood sugar stays high. It often comes before type 2 diabetes.',
    seeAlso: ['insulin', 'prediabetes'],
  },
  {
    term: 'type 1 diabetes',
    aliases: ['type-1 diabetes', 'T1D'],
    field: 'cardio-metabolic',
    definition:
      'An autoimmune disease in which the immune system destroys the cells that make insulin. People need insulin for life.',
    seeAlso: ['insulin', 'autoimmune disease', 'diabetes'],
  },
  {
    term: 'type 2 diabetes',
    aliases: ['type-2 diabetes', 'T2D'],
    field: 'cardio-metabolic',
    definition:
      'The most common diabetes: the body stops using insulin well, so blood sugar stays too high. It is linked to weight, diet and genes.',
    seeAlso: ['insulin resistance', 'prediabetes', 'HbA1c', 'diabetes', 'SGLT2 inhibitor'],
  },
  {
    term: 'gestational diabetes',
    aliases: ['diabetes in pregnancy'],
    field: 'cardio-metabolic',
    definition:
      'High blood sugar that starts during pregnancy. It usually goes away after birth but raises later diabetes risk.',
  },
  {
    term: 'prediabetes',
    aliases: ['pre-diabetes', 'prediabetic', 'impaired glucose tolerance', 'impaired fasting glucose'],
    field: 'cardio-metabolic',
    definition:
      'Blood sugar that is higher than normal but not yet high enough to count as diabetes. Lifestyle changes can often reverse it.',
    seeAlso: ['type 2 diabetes'],
  },
  {
    term: 'HbA1c',
    aliases: ['A1C', 'A1c', 'haemoglobin A1c', 'hemoglobin A1c', 'glycated haemoglobin', 'glycated hemoglobin'],
    field: 'cardio-metabolic',
    definition:
      'A blood test that shows your average blood sugar over the past two to three months. Used to diagnose and track diabetes.',
    seeAlso: ['type 2 diabetes'],
  },
  {
    term: 'hypoglycaemia',
    aliases: ['hypoglycemia', 'low blood sugar', 'hypoglycaemic', 'hypoglycemic', 'hypo', 'hypos'],
    field: 'cardio-metabolic',
    definition:
      'Blood sugar that drops too low, causing shakiness, sweating and confusion. It is a risk of some diabetes drugs.',
    seeAlso: ['blood sugar', 'insulin', 'sulfonylurea'],
  },
  {
    term: 'continuous glucose monitor',
    aliases: ['continuous glucose monitors', 'CGM', 'CGMs', 'glucose monitor'],
    field: 'cardio-metabolic',
    definition:
      'A small sensor worn on the skin that checks blood sugar day and night and sends the readings to a phone or reader.',
    seeAlso: ['type 1 diabetes', 'insulin pump'],
  },
  {
    term: 'metformin',
    field: 'cardio-metabolic',
    definition:
      'A cheap, common pill and the usual first drug for type 2 diabetes. It makes the liver release less sugar into the blood.',
    seeAlso: ['type 2 diabetes', 'SGLT2 inhibitor', 'sulfonylurea', 'DPP-4 inhibitor'],
  },
  {
    term: 'GLP-1',
    aliases: ['GLP-1 receptor agonist', 'GLP-1 receptor agonists', 'GLP-1 drug', 'GLP-1 drugs', 'GLP-1 agonist', 'GLP-1 agonists', 'GLP1', 'glucagon-like peptide-1'],
    field: 'cardio-metabolic',
    definition:
      'A gut hormone that tells the body it is full and helps control blood sugar. Drugs that copy it treat diabetes and help people lose weight.',
    seeAlso: ['semaglutide', 'tirzepatide', 'obesity', 'DPP-4 inhibitor', 'retatrutide'],
  },
  {
    term: 'obesity',
    aliases: ['obese', 'severe obesity', 'anti-obesity'],
    field: 'cardio-metabolic',
    definition:
      'Having so much body fat that it harms health, often judged by a BMI of 30 or more. It raises the risk of diabetes, heart disease and some cancers.',
    seeAlso: ['BMI', 'overweight'],
  },
  {
    term: 'BMI',
    aliases: ['body mass index', 'body-mass index'],
    field: 'cardio-metabolic',
    definition:
      'A rough measure of body size: weight in kilograms divided by height in metres squared. It does not tell fat from muscle.',
    seeAlso: ['obesity', 'overweight'],
  },
  {
    term: 'visceral fat',
    aliases: ['belly fat', 'abdominal fat'],
    field: 'cardio-metabolic',
    definition:
      'Fat stored deep in the belly around the organs. It is more harmful to health than fat just under the skin.',
    seeAlso: ['adipose tissue'],
  },
  {
    term: 'brown fat',
    aliases: ['brown adipose tissue'],
    field: 'cardio-metabolic',
    definition:
      'A kind of body fat that burns energy to make heat instead of storing it. Babies have a lot; adults have a little.',
    seeAlso: ['adipose tissue', 'thermogenesis'],
  },
  {
    term: 'bariatric surgery',
    aliases: ['weight-loss surgery'],
    field: 'cardio-metabolic',
    definition:
      'Surgery that makes the stomach smaller or changes the path of the gut. It helps people with severe obesity lose weight.',
    seeAlso: ['obesity'],
  },
  {
    term: 'metabolism',
    aliases: ['metabolic', 'metabolise', 'metabolize', 'metabolised', 'metabolized'],
    field: 'cardio-metabolic',
    definition:
      'All the chemical work that keeps the body alive. It turns food into energy and builds and repairs the body.',
    seeAlso: ['metabolic syndrome', 'thermogenesis'],
  },
  {
    term: 'metabolic syndrome',
    field: 'cardio-metabolic',
    definition:
      'A cluster of problems: a big waist, high blood pressure, high blood sugar and unhealthy blood fats. Together they raise the risk of heart disease and diabetes.',
    seeAlso: ['obesity', 'insulin resistance'],
  },
  {
    term: 'fatty liver disease',
    aliases: ['fatty liver', 'NAFLD', 'MASLD', 'MASH', 'NASH', 'non-alcoholic fatty liver disease'],
    field: 'cardio-metabolic',
    definition:
      'Too much fat stored in the liver, often linked to obesity and diabetes. Over years it can inflame and scar the liver.',
    seeAlso: ['cirrhosis'],
  },
  {
    term: 'chronic kidney disease',
    aliases: ['kidney disease', 'CKD'],
    field: 'cardio-metabolic',
    definition:
      'Kidneys slowly losing their power to clean the blood, over months or years. It often has no symptoms until it is far along.',
    seeAlso: ['kidney failure'],
  },
  {
    term: 'ghrelin',
    aliases: ['hunger hormone'],
    field: 'cardio-metabolic',
    definition:
      'A hormone made mostly by the stomach that makes you feel hungry. Its level rises before meals and falls after eating.',
    seeAlso: ['leptin'],
  },
  {
    term: 'satiety',
    aliases: ['satiated', 'feeling full', 'fullness'],
    field: 'cardio-metabolic',
    definition:
      'The feeling of being full after eating, which makes you stop.',
    seeAlso: ['leptin'],
  },
  {
    term: 'heart rate variability',
    aliases: ['HRV'],
    field: 'cardio-metabolic',
    definition:
      'How much the gap between heartbeats changes from beat to beat. More change usually means a relaxed, healthy heart.',
    seeAlso: ['resting heart rate'],
  },
  {
    term: 'cardiorespiratory fitness',
    aliases: ['VO2 max', 'aerobic fitness'],
    field: 'cardio-metabolic',
    definition:
      'How well your heart and lungs supply oxygen during exercise. Aerobic exercise, like brisk walking or running, improves it.',
  },
  {
    term: 'coronary artery',
    aliases: ['coronary arteries'],
    field: 'cardio-metabolic',
    definition:
      'One of the blood vessels that wrap around the heart and feed its muscle with blood.',
    seeAlso: ['coronary artery disease'],
  },
  {
    term: 'defibrillator',
    aliases: ['defibrillators', 'implantable cardioverter-defibrillator', 'ICD'],
    field: 'cardio-metabolic',
    definition:
      'A device that gives the heart an electric shock to reset a dangerous rhythm. Some are put inside the chest; others hang on walls for anyone to use.',
    seeAlso: ['pacemaker', 'cardiac arrest'],
  },
  {
    term: 'angioplasty',
    aliases: ['balloon angioplasty'],
    field: 'cardio-metabolic',
    definition:
      'Opening a narrowed artery from the inside by blowing up a tiny balloon. A stent is often left in to keep it open.',
    seeAlso: ['stent', 'coronary artery disease'],
  },
  {
    term: 'bypass surgery',
    aliases: ['coronary artery bypass', 'heart bypass', 'bypass operation', 'CABG', 'coronary artery bypass graft', 'coronary artery bypass grafting'],
    field: 'cardio-metabolic',
    definition:
      'An operation that takes a blood vessel from another part of the body. Surgeons use it to send blood around a blocked artery in the heart.',
    seeAlso: ['stent', 'coronary artery disease'],
  },
  {
    term: 'ACE inhibitor',
    aliases: ['ACE inhibitors'],
    field: 'cardio-metabolic',
    definition:
      'A common blood pressure drug that relaxes blood vessels by blocking a hormone that tightens them.',
    seeAlso: ['beta blocker', 'hypertension'],
  },
  {
    term: 'diuretic',
    aliases: ['diuretics', 'water pill', 'water pills'],
    field: 'cardio-metabolic',
    definition:
      'A drug that makes the kidneys pass more salt and water. It lowers blood pressure and eases swelling.',
    seeAlso: ['beta blocker', 'hypertension'],
  },
  {
    term: 'diabetes',
    aliases: ['diabetic', 'diabetics', 'diabetes mellitus'],
    field: 'cardio-metabolic',
    definition:
      'A disease in which blood sugar stays too high, because the body makes too little insulin or cannot use it well. Type 2 is by far the most common kind.',
    seeAlso: ['type 1 diabetes', 'type 2 diabetes'],
  },
  {
    term: 'insulin pump',
    aliases: ['insulin pumps'],
    field: 'cardio-metabolic',
    definition:
      'A small device worn on the body that gives insulin through a thin tube under the skin. Linked to a glucose sensor, it can set doses by itself.',
    seeAlso: ['continuous glucose monitor', 'insulin'],
  },
  {
    term: 'SGLT2 inhibitor',
    aliases: ['SGLT2 inhibitors', 'SGLT-2 inhibitor', 'empagliflozin', 'dapagliflozin'],
    field: 'cardio-metabolic',
    definition:
      'A diabetes drug that makes the kidneys pass extra sugar out in urine. It also protects the heart and kidneys.',
    seeAlso: ['metformin', 'type 2 diabetes'],
  },
  {
    term: 'sulfonylurea',
    aliases: ['sulfonylureas', 'sulphonylurea', 'sulphonylureas'],
    field: 'cardio-metabolic',
    definition:
      'An older kind of diabetes pill that makes the pancreas release more insulin. It can push blood sugar too low.',
    seeAlso: ['metformin', 'hypoglycaemia'],
  },
  {
    term: 'DPP-4 inhibitor',
    aliases: ['DPP-4 inhibitors', 'sitagliptin'],
    field: 'cardio-metabolic',
    definition:
      "A diabetes pill that helps the body's own gut hormones raise insulin after meals.",
    seeAlso: ['metformin', 'GLP-1'],
  },
  {
    term: 'overweight',
    field: 'cardio-metabolic',
    definition:
      'Weighing more than is healthy for your height, usually a BMI from 25 to 30. It is a step below obesity.',
    seeAlso: ['obesity', 'BMI'],
  },
  {
    term: 'adipose tissue',
    aliases: ['white fat', 'fat cells', 'fat cell', 'body fat', 'fat tissue'],
    field: 'cardio-metabolic',
    definition:
      'Body fat: tissue made of cells that store energy as fat. It also makes hormones that affect hunger and health.',
    seeAlso: ['brown fat', 'visceral fat'],
  },
  {
    term: 'kidney failure',
    aliases: ['renal failure', 'end-stage kidney disease', 'end-stage renal disease'],
    field: 'cardio-metabolic',
    definition:
      'When the kidneys can no longer clean the blood well enough to keep a person alive. The person then needs dialysis or a new kidney.',
    seeAlso: ['chronic kidney disease', 'dialysis'],
  },
  {
    term: 'dialysis',
    field: 'cardio-metabolic',
    definition:
      'A treatment that cleans the blood with a machine or a special fluid when the kidneys have failed. It often takes hours, several times a week.',
    seeAlso: ['kidney failure'],
  },
  {
    term: 'leptin',
    field: 'cardio-metabolic',
    definition:
      'A hormone made by fat cells that tells the brain the body has enough energy stored, which dampens hunger.',
    seeAlso: ['ghrelin', 'satiety'],
  },
  {
    term: 'resting heart rate',
    field: 'cardio-metabolic',
    definition:
      'How many times your heart beats in a minute while you sit still. For adults it is usually 60 to 100.',
    seeAlso: ['heart rate variability'],
  },
  {
    term: 'revascularisation',
    aliases: ['revascularization'],
    field: 'cardio-metabolic',
    definition:
      'Getting blood to flow again through a blocked artery. It can be done with a stent, a balloon or bypass surgery.',
    seeAlso: ['stent', 'angioplasty', 'bypass surgery'],
  },
  {
    term: 'thermogenesis',
    field: 'cardio-metabolic',
    definition:
      'Making heat in the body by burning energy. Brown fat and shivering muscles both do this.',
    seeAlso: ['brown fat', 'metabolism'],
  },
  {
    term: 'cardiology',
    aliases: ['cardiologist', 'cardiologists'],
    field: 'cardio-metabolic',
    definition:
      'The branch of medicine that deals with the heart and blood vessels. A cardiologist is a doctor trained in it.',
    seeAlso: ['cardiovascular disease'],
  },
  {
    term: 'ECG',
    aliases: ['EKG', 'electrocardiogram', 'electrocardiography', 'Holter monitor'],
    field: 'cardio-metabolic',
    definition:
      'A test that records the heart\'s electrical signals through pads stuck on the skin. It shows the heart\'s rhythm and signs of damage.',
    seeAlso: ['arrhythmia'],
  },
  {
    term: 'echocardiogram',
    aliases: ['echocardiography', 'heart ultrasound'],
    field: 'cardio-metabolic',
    definition:
      'An ultrasound scan of the heart. It shows the heart pumping and how well its valves and chambers work.',
    seeAlso: ['ultrasound', 'heart valve'],
  },
  {
    term: 'aneurysm',
    aliases: ['brain aneurysm'],
    field: 'cardio-metabolic',
    definition:
      'A weak spot in a blood vessel wall that bulges like a balloon. If it bursts, it can cause deadly bleeding.',
    seeAlso: ['haemorrhage'],
  },
  {
    term: 'cardiomyopathy',
    aliases: ['hypertrophic cardiomyopathy', 'dilated cardiomyopathy'],
    field: 'cardio-metabolic',
    definition:
      'A disease of the heart muscle that makes it too thick, stretched or stiff, so the heart struggles to pump blood.',
    seeAlso: ['heart failure'],
  },
  {
    term: 'ejection fraction',
    aliases: ['LVEF', 'left ventricular ejection fraction'],
    field: 'cardio-metabolic',
    definition:
      'The share of blood the heart\'s main pumping chamber pushes out with each beat. A healthy heart pumps out about half or more; a low share is a sign of heart failure.',
    seeAlso: ['heart failure', 'echocardiogram'],
  },
  {
    term: 'heart valve',
    aliases: ['aortic valve', 'mitral valve', 'valve replacement'],
    field: 'cardio-metabolic',
    definition:
      'One of four flaps in the heart that open and close to keep blood flowing one way. Faulty ones can be fixed or replaced, sometimes through a tube in a blood vessel.',
    seeAlso: ['echocardiogram'],
  },
  {
    term: 'coronary artery calcium',
    aliases: ['calcium score', 'CAC score', 'coronary calcium', 'calcium scan'],
    field: 'cardio-metabolic',
    definition:
      'A measure, from a CT scan, of how much hard calcium lines the heart\'s arteries. A higher score means more plaque and a higher risk of heart attack.',
    seeAlso: ['atherosclerosis', 'CT scan'],
  },
  {
    term: 'artery',
    aliases: ['arterial', 'arteries'],
    field: 'cardio-metabolic',
    definition:
      'A blood vessel that carries blood away from the heart to the body. It has thick walls to cope with high pressure.',
    seeAlso: ['capillary', 'coronary artery'],
  },
  {
    term: 'capillary',
    aliases: ['capillaries'],
    field: 'cardio-metabolic',
    definition:
      'The tiniest blood vessels, thinner than a hair. Through their thin walls, oxygen and food pass from the blood into the body\'s tissues.',
    seeAlso: ['artery'],
  },
  {
    term: 'vascular',
    aliases: ['vascular system', 'vasculature'],
    field: 'cardio-metabolic',
    definition:
      'To do with blood vessels. The vascular system is the body\'s network of arteries, veins and capillaries.',
    seeAlso: ['artery', 'capillary'],
  },
  {
    term: 'liraglutide',
    aliases: ['Victoza', 'Saxenda'],
    field: 'cardio-metabolic',
    definition:
      'An older GLP-1 drug given as a daily shot, sold as Victoza for diabetes and Saxenda for weight loss. Cheaper copies now exist.',
    seeAlso: ['GLP-1', 'semaglutide'],
  },
  {
    term: 'dulaglutide',
    aliases: ['Trulicity'],
    field: 'cardio-metabolic',
    definition:
      'A GLP-1 drug for type 2 diabetes, sold as Trulicity and given as a weekly shot. It lowers blood sugar and helps some weight loss.',
    seeAlso: ['GLP-1', 'type 2 diabetes'],
  },
  {
    term: 'cerebrovascular disease',
    aliases: ['cerebrovascular'],
    field: 'cardio-metabolic',
    definition:
      'Disease of the blood vessels that feed the brain, such as narrowed or blocked arteries. It can lead to strokes.',
    seeAlso: ['stroke'],
  },
  {
    term: 'contractility',
    aliases: ['contractile'],
    field: 'cardio-metabolic',
    definition:
      'How strongly a muscle, usually the heart, squeezes. A heart with poor contractility pumps less blood with each beat.',
    seeAlso: ['heart failure'],
  },
  {
    term: 'left ventricular dysfunction',
    aliases: ['left ventricular systolic dysfunction', 'LV dysfunction'],
    field: 'cardio-metabolic',
    definition:
      'When the heart\'s main pumping chamber, the left ventricle, does not squeeze or fill as well as it should. It can lead to heart failure.',
    seeAlso: ['heart failure'],
  },
  {
    term: 'blood vessel',
    aliases: ['blood vessels'],
    field: 'cardio-metabolic',
    definition:
      'A tube that carries blood around the body. Arteries, veins and capillaries are all blood vessels.',
    seeAlso: ['artery', 'vein', 'capillary'],
  },
  {
    term: 'vein',
    aliases: ['veins', 'venous'],
    field: 'cardio-metabolic',
    definition:
      'A blood vessel that carries blood back to the heart. Veins have thinner walls than arteries and valves that stop blood flowing backwards.',
    seeAlso: ['artery', 'blood vessel'],
  },
  {
    term: 'aerobic exercise',
    aliases: ['aerobic activity', 'cardio exercise', 'aerobic exercises', 'aerobic training'],
    field: 'cardio-metabolic',
    definition:
      'Steady exercise that makes the heart and lungs work hard for a while. Fast walking, running, swimming and cycling are examples.',
    seeAlso: ['cardiorespiratory fitness'],
  },
  {
    term: 'vigorous exercise',
    aliases: ['vigorous activity', 'vigorous physical activity', 'vigorous-intensity', 'moderate-to-vigorous physical activity', 'vigorous intensity'],
    field: 'cardio-metabolic',
    definition:
      'Hard exercise that makes you breathe fast, so you can only say a few words, such as running or fast cycling.',
    seeAlso: ['moderate exercise', 'physical activity'],
  },
  {
    term: 'moderate exercise',
    aliases: ['moderate activity', 'moderate-intensity exercise', 'moderate physical activity', 'moderate-intensity'],
    field: 'cardio-metabolic',
    definition:
      'Exercise that makes you breathe harder and feel warm while you can still talk, such as brisk walking. Adults are advised to get 150 minutes a week.',
    seeAlso: ['vigorous exercise', 'physical activity'],
  },
  {
    term: 'physical activity',
    aliases: ['physically active', 'physical activity levels', 'active lifestyle'],
    field: 'cardio-metabolic',
    definition:
      'Any movement that uses energy, from walking and housework to sport. Adults are advised to do at least 150 minutes of brisk activity a week.',
    seeAlso: ['moderate exercise', 'sedentary behaviour'],
  },
  {
    term: 'physical inactivity',
    aliases: ['inactivity', 'physically inactive', 'lack of exercise'],
    field: 'cardio-metabolic',
    definition:
      'Not moving enough to meet health advice. It is a major cause of heart disease, diabetes and early death worldwide.',
    seeAlso: ['physical activity', 'sedentary behaviour'],
  },
  {
    term: 'sedentary behaviour',
    aliases: ['sedentary', 'sedentary lifestyle', 'sitting time', 'sedentary time', 'sedentary behavior'],
    field: 'cardio-metabolic',
    definition:
      'Time spent sitting or lying down while awake, such as watching TV or working at a desk. Lots of it is linked to heart disease, even in people who exercise.',
    seeAlso: ['physical inactivity'],
  },
  {
    term: 'brisk walking',
    aliases: ['brisk walk', 'walking briskly', 'brisk pace'],
    field: 'cardio-metabolic',
    definition:
      'Walking fast enough to raise your heart rate and breathe harder, while you can still talk. It counts as moderate exercise.',
    seeAlso: ['moderate exercise'],
  },
  {
    term: 'high-intensity interval training',
    aliases: ['HIIT', 'interval training', 'high intensity interval training', 'sprint interval training'],
    field: 'cardio-metabolic',
    definition:
      'Short bursts of very hard exercise with rests in between. It can improve fitness in less time than steady exercise.',
    seeAlso: ['aerobic exercise', 'vigorous exercise'],
  },
  {
    term: 'endurance exercise',
    aliases: ['endurance training', 'endurance athletes', 'endurance athlete'],
    field: 'cardio-metabolic',
    definition:
      'Long, steady exercise such as running, cycling or swimming. It builds the stamina of the heart, lungs and muscles.',
    seeAlso: ['aerobic exercise'],
  },
  {
    term: 'cardiometabolic disease',
    aliases: ['cardiometabolic', 'cardiometabolic health', 'cardiometabolic risk', 'cardio-metabolic'],
    field: 'cardio-metabolic',
    definition:
      'Heart disease, stroke, type 2 diabetes and related problems. They are grouped because they share causes such as obesity, high blood pressure and high blood sugar.',
    seeAlso: ['cardiovascular disease', 'type 2 diabetes', 'metabolic syndrome'],
  },
  {
    term: 'waist circumference',
    aliases: ['waist size', 'waist measurement', 'waistline', 'waist-to-hip ratio'],
    field: 'cardio-metabolic',
    definition:
      'The distance around the waist. A large waist points to fat around the organs, a risk for heart disease and diabetes even at a normal BMI.',
    seeAlso: ['visceral fat', 'BMI'],
  },
  {
    term: 'underweight',
    field: 'cardio-metabolic',
    definition:
      'Weighing less than is healthy for your height, usually a BMI under 18.5. It can point to illness or too little food.',
    seeAlso: ['BMI', 'malnutrition'],
  },
  {
    term: 'endothelium',
    aliases: ['endothelial', 'endothelial cells', 'endothelial function', 'endothelial dysfunction', 'endothelial cell'],
    field: 'cardio-metabolic',
    definition:
      'The thin layer of cells lining the inside of every blood vessel. When it works poorly, arteries stiffen and clog more easily.',
    seeAlso: ['atherosclerosis', 'blood vessel'],
  },
  {
    term: 'ventricle',
    aliases: ['ventricles', 'left ventricle', 'right ventricle', 'ventricular'],
    field: 'cardio-metabolic',
    definition:
      'One of the two large lower chambers of the heart. The left ventricle pumps blood to the body; the right one pumps it to the lungs.',
    seeAlso: ['ejection fraction'],
    context: ['heart', 'cardiac', 'blood', 'pump', 'pumps', 'chamber', 'chambers', 'ventricle', 'beat', 'failure', 'atria'],
  },
  {
    term: 'angiotensin',
    aliases: ['angiotensin II', 'renin-angiotensin system', 'renin angiotensin system', 'RAAS', 'renin'],
    field: 'cardio-metabolic',
    definition:
      'A hormone that narrows blood vessels and raises blood pressure. Many blood pressure drugs work by blocking it or the enzyme that makes it.',
    seeAlso: ['ACE inhibitor', 'angiotensin receptor blocker'],
  },
  {
    term: 'angiotensin receptor blocker',
    aliases: ['ARB', 'ARBs', 'angiotensin receptor blockers', 'valsartan', 'losartan', 'candesartan', 'irbesartan', 'sartans'],
    field: 'cardio-metabolic',
    definition:
      'Blood pressure drugs such as valsartan and losartan. They stop a hormone called angiotensin from making blood vessels tight.',
    seeAlso: ['angiotensin', 'ACE inhibitor', 'hypertension'],
  },
  {
    term: 'calcium channel blocker',
    aliases: ['calcium channel blockers', 'amlodipine', 'calcium antagonist', 'calcium antagonists'],
    field: 'cardio-metabolic',
    definition:
      'A blood pressure drug that relaxes artery walls by keeping calcium out of their muscle cells. Amlodipine is a common one.',
    seeAlso: ['hypertension'],
  },
  {
    term: 'propranolol',
    field: 'cardio-metabolic',
    definition:
      'A beta blocker drug. It slows the heart and is used for high blood pressure, shaky hands, migraine and the racing heart of anxiety.',
    seeAlso: ['beta blocker'],
  },
  {
    term: 'metoprolol',
    aliases: ['atenolol', 'bisoprolol'],
    field: 'cardio-metabolic',
    definition:
      'Common beta blocker drugs. They slow the heart and are used for high blood pressure, angina, heart failure and after heart attacks.',
    seeAlso: ['beta blocker'],
  },
  {
    term: 'sacubitril',
    aliases: ['sacubitril/valsartan', 'Entresto', 'neprilysin inhibitor', 'neprilysin'],
    field: 'cardio-metabolic',
    definition:
      'A heart failure drug given together with valsartan. It blocks an enzyme, so the body\'s own hormones that lower blood pressure last longer.',
    seeAlso: ['heart failure', 'angiotensin receptor blocker'],
  },
  {
    term: 'direct oral anticoagulant',
    aliases: ['DOAC', 'DOACs', 'NOAC', 'NOACs', 'apixaban', 'rivaroxaban', 'dabigatran', 'edoxaban', 'Eliquis', 'Xarelto', 'Pradaxa'],
    field: 'cardio-metabolic',
    definition:
      'Newer blood thinners taken as pills, such as apixaban. Unlike warfarin, they do not need regular blood tests.',
    seeAlso: ['anticoagulant', 'atrial fibrillation'],
  },
  {
    term: 'venous thromboembolism',
    aliases: ['VTE', 'thromboembolism', 'venous thrombosis'],
    field: 'cardio-metabolic',
    definition:
      'A blood clot that forms in a vein, usually in the leg, and may travel to the lungs. Long flights, surgery and some hormones raise the risk.',
    seeAlso: ['blood clot'],
  },
  {
    term: 'palpitations',
    aliases: ['palpitation', 'heart palpitations', 'racing heart', 'heart flutter', 'fluttering heart'],
    field: 'cardio-metabolic',
    definition:
      'Feeling your heart pound, race, flutter or skip a beat. Usually harmless, but sometimes a sign of an irregular heartbeat.',
    seeAlso: ['arrhythmia'],
  },
  {
    term: 'congenital heart defect',
    aliases: ['congenital heart disease', 'heart defect', 'heart defects', 'hole in the heart', 'congenital heart defects'],
    field: 'cardio-metabolic',
    definition:
      'A problem with the heart\'s shape or parts that a baby is born with, such as a hole between chambers. Many are fixed by surgery in childhood.',
    seeAlso: ['congenital'],
  },
  {
    term: 'angiography',
    aliases: ['angiogram', 'angiograms', 'coronary angiography', 'CT angiography', 'angiographic'],
    field: 'cardio-metabolic',
    definition:
      'An X-ray test that shows blood vessels, made visible by a dye put in through a thin tube. It finds narrowed or blocked arteries.',
    seeAlso: ['coronary artery disease'],
  },
  {
    term: 'millimetres of mercury',
    aliases: ['mmHg', 'mm Hg', 'millimeters of mercury'],
    field: 'cardio-metabolic',
    definition:
      'The unit for blood pressure. A reading of 120/80 mmHg means 120 when the heart beats and 80 between beats.',
    seeAlso: ['blood pressure'],
  },
  {
    term: 'troponin',
    aliases: ['troponin test', 'troponins', 'high-sensitivity troponin'],
    field: 'cardio-metabolic',
    definition:
      'A protein that leaks from damaged heart muscle into the blood. A blood test for it is the main way to confirm a heart attack.',
    seeAlso: ['heart attack'],
  },
  {
    term: 'STEMI',
    aliases: ['ST-elevation myocardial infarction', 'ST-elevation heart attack'],
    field: 'cardio-metabolic',
    definition:
      'A heart attack in which an artery to the heart is fully blocked, seen as a typical pattern on an ECG. The artery must be opened fast.',
    seeAlso: ['heart attack', 'ECG', 'NSTEMI'],
  },
  {
    term: 'NSTEMI',
    aliases: ['non-ST-elevation myocardial infarction'],
    field: 'cardio-metabolic',
    definition:
      'A heart attack that damages heart muscle without the ECG pattern of a fully blocked artery. Usually an artery is partly blocked.',
    seeAlso: ['heart attack', 'STEMI'],
  },
  {
    term: 'TMAO',
    aliases: ['trimethylamine N-oxide'],
    field: 'cardio-metabolic',
    definition:
      'A chemical made when gut bacteria break down nutrients in red meat and eggs. High blood levels are linked to heart disease, but it is unclear if it is a cause.',
    seeAlso: ['red meat'],
  },
  {
    term: 'subcutaneous fat',
    aliases: ['fat under the skin', 'subcutaneous adipose tissue'],
    field: 'cardio-metabolic',
    definition:
      'The fat just under the skin, the kind you can pinch. It is less harmful than the visceral fat packed around the organs.',
    seeAlso: ['visceral fat', 'adipose tissue'],
  },
  {
    term: 'pancreatic islet',
    aliases: ['islets', 'islet cells', 'islets of Langerhans', 'islet', 'islet transplant', 'islet transplantation'],
    field: 'cardio-metabolic',
    definition:
      'Small clusters of cells in the pancreas that make insulin and other hormones. In type 1 diabetes the immune system destroys them.',
    seeAlso: ['insulin', 'type 1 diabetes', 'pancreas'],
  },
  {
    term: 'hypercholesterolaemia',
    aliases: ['hypercholesterolemia', 'familial hypercholesterolaemia', 'familial hypercholesterolemia'],
    field: 'cardio-metabolic',
    definition:
      'Having too much cholesterol in the blood. An inherited form causes very high levels from birth and early heart disease.',
    seeAlso: ['cholesterol', 'LDL', 'statin'],
  },
  {
    term: 'postprandial',
    aliases: ['after-meal', 'post-meal'],
    field: 'cardio-metabolic',
    definition:
      'After a meal. Postprandial blood sugar is the rise in blood sugar in the hours after eating.',
    seeAlso: ['blood sugar'],
  },
  {
    term: 'vasoconstriction',
    aliases: ['vasoconstrictor', 'vasoconstrictors', 'narrowing of blood vessels'],
    field: 'cardio-metabolic',
    definition:
      'The narrowing of blood vessels as their muscle walls tighten. It raises blood pressure.',
    seeAlso: ['vasodilation', 'blood pressure'],
  },
  {
    term: 'vasodilation',
    aliases: ['vasodilator', 'vasodilators', 'vasodilatation', 'widening of blood vessels'],
    field: 'cardio-metabolic',
    definition:
      'The widening of blood vessels as their muscle walls relax. It lowers blood pressure and lets more blood flow.',
    seeAlso: ['vasoconstriction', 'blood pressure'],
  },
  {
    term: 'pear-shaped body',
    aliases: ['pear-shaped', 'apple-shaped', 'pear shape', 'apple shape'],
    field: 'cardio-metabolic',
    definition:
      'A body that stores fat mostly on the hips and thighs (pear) rather than the belly (apple). A pear shape is linked to lower heart risk.',
    seeAlso: ['visceral fat', 'waist circumference'],
    context: ['fat', 'hips', 'waist', 'belly', 'body', 'weight', 'risk', 'heart', 'obesity'],
  },
  {
    term: 'bloodstream',
    aliases: ['blood stream', 'the bloodstream'],
    field: 'cardio-metabolic',
    definition:
      'The blood flowing around the body in the blood vessels. A germ or drug in the bloodstream can reach every organ.',
    seeAlso: ['blood vessel'],
  },
  {
    term: 'circulatory system',
    aliases: ['circulatory', 'blood circulation', 'cardiovascular system', 'circulatory problems'],
    field: 'cardio-metabolic',
    definition:
      'The heart and blood vessels, which pump blood around the body. The blood carries oxygen and food to every cell and takes waste away.',
    seeAlso: ['blood vessel', 'artery', 'vein'],
  },
  {
    term: 'arterial stiffness',
    aliases: ['stiff arteries', 'arterial elasticity', 'arterial stiffening', 'pulse wave velocity', 'stiffening of the arteries'],
    field: 'cardio-metabolic',
    definition:
      'How rigid the artery walls are. Arteries stiffen with age and high blood pressure, which makes the heart work harder.',
    seeAlso: ['artery', 'hypertension'],
  },
  {
    term: 'HFrEF',
    aliases: ['heart failure with reduced ejection fraction', 'reduced ejection fraction'],
    field: 'cardio-metabolic',
    definition:
      'Heart failure in which the heart\'s main chamber pumps out too little blood with each beat. Several drugs clearly help this kind.',
    seeAlso: ['heart failure', 'ejection fraction', 'HFpEF'],
  },
  {
    term: 'HFpEF',
    aliases: ['heart failure with preserved ejection fraction', 'preserved ejection fraction'],
    field: 'cardio-metabolic',
    definition:
      'Heart failure in which the heart pumps normally but is too stiff to fill well between beats. It has been harder to treat.',
    seeAlso: ['heart failure', 'ejection fraction', 'HFrEF'],
  },
  {
    term: 'insulin sensitivity',
    aliases: ['insulin-sensitive', 'insulin sensitiser', 'insulin sensitizing'],
    field: 'cardio-metabolic',
    definition:
      'How well the body\'s cells respond to insulin. With good sensitivity, a little insulin clears sugar from the blood.',
    seeAlso: ['insulin resistance', 'insulin'],
  },
  {
    term: 'glucose tolerance test',
    aliases: ['oral glucose tolerance test', 'OGTT', 'glucose tolerance', 'glucose intolerance'],
    field: 'cardio-metabolic',
    definition:
      'A test in which a person drinks sugar and has blood taken over two hours. It shows how fast the body clears the sugar and can find diabetes.',
    seeAlso: ['prediabetes', 'diabetes'],
  },
  {
    term: 'fasting glucose',
    aliases: ['fasting blood sugar', 'fasting blood glucose', 'fasting plasma glucose', 'fasting insulin'],
    field: 'cardio-metabolic',
    definition:
      'Blood sugar measured after 8 hours or more without food. A high level is a sign of prediabetes or diabetes.',
    seeAlso: ['prediabetes', 'blood sugar'],
  },
  {
    term: 'metabolic rate',
    aliases: ['basal metabolic rate', 'resting metabolic rate', 'BMR', 'RMR', 'resting energy expenditure'],
    field: 'cardio-metabolic',
    definition:
      'How much energy the body burns in a given time. The resting rate is what it burns just to stay alive, such as for breathing and keeping warm.',
    seeAlso: ['metabolism', 'calorie'],
  },
  {
    term: 'muscle mass',
    aliases: ['lean mass', 'lean body mass', 'fat-free mass', 'lean muscle mass'],
    field: 'cardio-metabolic',
    definition:
      'How much muscle the body has. It falls with age and inactivity; keeping it helps strength, balance and blood sugar.',
    seeAlso: ['sarcopenia', 'skeletal muscle'],
  },
  {
    term: 'cardiac rehabilitation',
    aliases: ['cardiac rehab', 'heart rehabilitation'],
    field: 'cardio-metabolic',
    definition:
      'A programme of exercise, advice and support after a heart attack or heart surgery. It lowers the chance of another heart problem.',
    seeAlso: ['rehabilitation', 'heart attack'],
  },
  {
    term: 'maximum heart rate',
    aliases: ['max heart rate', 'maximal heart rate', 'HRmax'],
    field: 'cardio-metabolic',
    definition:
      'The fastest your heart can beat during all-out effort. A rough guess is 220 minus your age.',
    seeAlso: ['heart rate'],
  },
  {
    term: 'hyperglycaemia',
    aliases: ['hyperglycemia', 'high blood sugar', 'hyperglycaemic'],
    field: 'cardio-metabolic',
    definition:
      'Too much sugar in the blood. Over years it damages blood vessels and nerves, which is why diabetes is treated.',
    seeAlso: ['blood sugar', 'hypoglycaemia'],
  },
  {
    term: 'diabetic retinopathy',
    aliases: ['retinopathy'],
    field: 'cardio-metabolic',
    definition:
      'Damage to the blood vessels at the back of the eye caused by diabetes. It is a leading cause of sight loss, so people with diabetes get eye checks.',
    seeAlso: ['retina', 'diabetes'],
  },
  {
    term: 'diabetic foot',
    aliases: ['diabetic foot ulcer', 'diabetic foot ulcers', 'foot ulcer', 'foot ulcers'],
    field: 'cardio-metabolic',
    definition:
      'Sores and infections on the feet of people with diabetes, whose nerves and blood flow are damaged. Bad cases can lead to amputation.',
    seeAlso: ['amputation', 'diabetes'],
  },
  {
    term: 'diabetic ketoacidosis',
    aliases: ['ketoacidosis', 'DKA'],
    field: 'cardio-metabolic',
    definition:
      'A dangerous state in which the body, short of insulin, breaks down fat so fast that the blood turns acidic. It needs urgent hospital care.',
    seeAlso: ['type 1 diabetes', 'insulin'],
  },
  {
    term: 'ketosis',
    aliases: ['ketones', 'ketone', 'ketone bodies', 'nutritional ketosis'],
    field: 'cardio-metabolic',
    definition:
      'When the body, short of sugar, burns fat and makes ketones to use as fuel. Low-carb diets and fasting cause it.',
    seeAlso: ['ketogenic diet'],
  },
  {
    term: 'weight cycling',
    aliases: ['yo-yo dieting', 'yo-yo diet', 'weight regain'],
    field: 'cardio-metabolic',
    definition:
      'Losing weight and gaining it back again, over and over. Studies disagree on whether it harms health.',
    seeAlso: ['obesity'],
  },
  {
    term: 'weight stigma',
    aliases: ['weight bias', 'fat shaming', 'weight discrimination', 'fat-shaming'],
    field: 'cardio-metabolic',
    definition:
      'Unfair judgement or treatment of people because of their weight. It can harm mental health and keep people from seeking care.',
    seeAlso: ['obesity'],
  },
  {
    term: 'obesogenic environment',
    aliases: ['obesogenic', 'obesogenic environments'],
    field: 'cardio-metabolic',
    definition:
      'Surroundings that make it easy to gain weight. Cheap, tasty, high-calorie food is everywhere, and there are few safe places to walk.',
    seeAlso: ['obesity', 'food environment'],
  },
  {
    term: 'appetite',
    aliases: ['appetites', 'appetite suppressant', 'appetite suppressants'],
    field: 'cardio-metabolic',
    definition:
      'The wish to eat. Hormones from the gut and fat tell the brain when to feel hungry or full.',
    seeAlso: ['satiety', 'ghrelin', 'leptin'],
    context: ['food', 'eat', 'eating', 'hunger', 'hungry', 'weight', 'hormone', 'hormones', 'drug', 'drugs', 'calorie', 'calories', 'meal', 'meals', 'full'],
  },
  {
    term: 'gastric bypass',
    aliases: ['Roux-en-Y gastric bypass', 'gastric bypass surgery'],
    field: 'cardio-metabolic',
    definition:
      'Weight-loss surgery that makes the stomach a small pouch and joins it further down the gut. People eat less and absorb less.',
    seeAlso: ['bariatric surgery'],
  },
  {
    term: 'gastric band',
    aliases: ['lap band', 'gastric banding', 'adjustable gastric band'],
    field: 'cardio-metabolic',
    definition:
      'A band put around the top of the stomach in weight-loss surgery, so a person feels full sooner. It can be made tighter or looser.',
    seeAlso: ['bariatric surgery'],
  },
  {
    term: 'sleeve gastrectomy',
    aliases: ['gastric sleeve', 'stomach stapling'],
    field: 'cardio-metabolic',
    definition:
      'Weight-loss surgery that removes most of the stomach, leaving a narrow tube. Less room and fewer hunger hormones mean eating less.',
    seeAlso: ['bariatric surgery'],
  },
  {
    term: 'liposuction',
    field: 'cardio-metabolic',
    definition:
      'Cosmetic surgery that sucks fat out from under the skin. It changes shape but does not bring the health benefits of losing weight.',
    seeAlso: ['cosmetic surgery'],
  },
  {
    term: 'body composition',
    aliases: ['body fat percentage', 'fat mass'],
    field: 'cardio-metabolic',
    definition:
      'What the body is made of: how much fat, muscle, bone and water. It tells more about health than weight alone.',
    seeAlso: ['BMI', 'muscle mass'],
  },
  {
    term: 'waist-to-height ratio',
    aliases: ['waist to height ratio', 'waist-height ratio', 'WHtR'],
    field: 'cardio-metabolic',
    definition:
      'Your waist size divided by your height. Keeping it under 0.5, so the waist is less than half your height, is a simple health target.',
    seeAlso: ['waist circumference', 'BMI'],
  },
  {
    term: 'hypotension',
    aliases: ['low blood pressure', 'orthostatic hypotension', 'postural hypotension'],
    field: 'cardio-metabolic',
    definition:
      'Blood pressure that is too low. It can make people dizzy or faint, mainly when they stand up quickly.',
    seeAlso: ['blood pressure', 'dizziness'],
  },
  {
    term: 'pulse pressure',
    field: 'cardio-metabolic',
    definition:
      'The gap between the top and bottom blood pressure numbers. A wide gap in older people points to stiff arteries.',
    seeAlso: ['blood pressure', 'arterial stiffness'],
  },
  {
    term: 'heart murmur',
    aliases: ['heart murmurs'],
    field: 'cardio-metabolic',
    definition:
      'An extra sound, like a whoosh, heard through a stethoscope as blood flows through the heart. Many are harmless; some point to a valve problem.',
    seeAlso: ['heart valve'],
  },
  {
    term: 'aorta',
    aliases: ['aortic', 'the aorta'],
    field: 'cardio-metabolic',
    definition:
      'The body\'s largest artery. It carries blood from the heart\'s left side to the rest of the body.',
    seeAlso: ['artery', 'aortic stenosis'],
  },
  {
    term: 'aortic stenosis',
    aliases: ['aortic valve stenosis', 'aortic valve disease', 'TAVI', 'TAVR', 'transcatheter aortic valve'],
    field: 'cardio-metabolic',
    definition:
      'A narrowing of the valve between the heart and the aorta, common in old age. The valve can be replaced by surgery or through a tube.',
    seeAlso: ['heart valve', 'aorta'],
  },
  {
    term: 'aortic aneurysm',
    aliases: ['abdominal aortic aneurysm', 'AAA', 'aortic aneurysms'],
    field: 'cardio-metabolic',
    definition:
      'A bulge in the wall of the aorta. If it bursts it is often deadly, so older men in some countries are offered a scan.',
    seeAlso: ['aneurysm', 'aorta'],
  },
  {
    term: 'carotid artery',
    aliases: ['carotid arteries', 'carotid', 'carotid plaque'],
    field: 'cardio-metabolic',
    definition:
      'One of the two big arteries in the neck that carry blood to the brain. Plaque there can cause a stroke.',
    seeAlso: ['artery', 'stroke'],
  },
  {
    term: 'peripheral artery disease',
    aliases: ['peripheral arterial disease', 'PAD', 'peripheral vascular disease'],
    field: 'cardio-metabolic',
    definition:
      'Narrowed arteries, usually in the legs, that cut blood flow. It causes leg pain when walking and can lead to ulcers.',
    seeAlso: ['atherosclerosis'],
  },
  {
    term: 'varicose veins',
    aliases: ['varicose vein', 'spider veins'],
    field: 'cardio-metabolic',
    definition:
      'Swollen, twisted veins, usually in the legs, that bulge under the skin because their valves no longer work well.',
    seeAlso: ['vein'],
  },
  {
    term: 'thrombolysis',
    aliases: ['clot-busting drugs', 'clot-busting', 'clot buster', 'clot busters', 'alteplase', 'tPA'],
    field: 'cardio-metabolic',
    definition:
      'Giving a drug that breaks up a blood clot, used quickly after some strokes and heart attacks.',
    seeAlso: ['blood clot', 'stroke'],
  },
  {
    term: 'heart transplant',
    aliases: ['heart transplants', 'heart transplantation'],
    field: 'cardio-metabolic',
    definition:
      'An operation to replace a failing heart with a healthy one from a donor who has died.',
    seeAlso: ['transplant', 'heart failure'],
  },
  {
    term: 'LVAD',
    aliases: ['left ventricular assist device', 'ventricular assist device'],
    field: 'cardio-metabolic',
    definition:
      'A pump put in the chest to help a weak heart push blood around the body. Some people get one while they wait for a new heart.',
    seeAlso: ['heart failure', 'ventricle'],
  },
  {
    term: 'cardiac output',
    field: 'cardio-metabolic',
    definition:
      'How much blood the heart pumps each minute. It rises during exercise and falls in heart failure.',
    seeAlso: ['heart failure'],
  },
  {
    term: 'myocarditis',
    field: 'cardio-metabolic',
    definition:
      'Swelling of the heart muscle, usually from a virus. It is a rare side effect of mRNA COVID-19 vaccines, mostly in young men, and is usually mild.',
    seeAlso: ['mRNA vaccine'],
  },
  {
    term: 'pericarditis',
    field: 'cardio-metabolic',
    definition:
      'Swelling of the thin sac around the heart, which causes sharp chest pain. It is usually mild and often follows a virus.',
    seeAlso: ['myocarditis'],
  },
  {
    term: 'endocarditis',
    aliases: ['infective endocarditis'],
    field: 'cardio-metabolic',
    definition:
      'An infection of the heart\'s inner lining and valves, usually by bacteria. It is rare but serious and needs weeks of antibiotics.',
    seeAlso: ['heart valve'],
  },
  {
    term: 'rheumatic fever',
    aliases: ['rheumatic heart disease'],
    field: 'cardio-metabolic',
    definition:
      'A reaction to an untreated strep throat that can damage the heart\'s valves for life. It is now rare in rich countries.',
    seeAlso: ['strep A', 'heart valve'],
  },
  {
    term: 'Kawasaki disease',
    aliases: ['Kawasaki syndrome'],
    field: 'cardio-metabolic',
    definition:
      'A rare illness of young children that inflames blood vessels, including those of the heart. Quick treatment protects the heart.',
  },
  {
    term: 'sudden cardiac death',
    aliases: ['sudden death'],
    field: 'cardio-metabolic',
    definition:
      'Death within an hour of the first signs, when the heart suddenly stops pumping. It is usually caused by a fatal heart rhythm.',
    seeAlso: ['cardiac arrest', 'arrhythmia'],
  },
  {
    term: 'QT prolongation',
    aliases: ['long QT', 'long QT syndrome', 'prolonged QT', 'QT interval'],
    field: 'cardio-metabolic',
    definition:
      'A delay in the heart\'s electrical reset between beats, seen on an ECG. Some drugs cause it, and it can trigger a dangerous rhythm.',
    seeAlso: ['ECG', 'arrhythmia'],
  },
  {
    term: 'stress test',
    aliases: ['exercise stress test', 'cardiac stress test', 'treadmill test'],
    field: 'cardio-metabolic',
    definition:
      'A heart check done while a person exercises, often on a treadmill. It shows whether the heart gets enough blood when it works hard.',
    seeAlso: ['ECG', 'coronary artery disease'],
  },
  {
    term: 'plaque rupture',
    aliases: ['ruptured plaque'],
    field: 'cardio-metabolic',
    definition:
      'When a fatty plaque in an artery cracks open, so a clot forms on it. This is how most heart attacks begin.',
    seeAlso: ['plaque', 'heart attack'],
  },
  {
    term: 'non-HDL cholesterol',
    aliases: ['non-HDL', 'non-HDL-C'],
    field: 'cardio-metabolic',
    definition:
      'Total cholesterol minus the good HDL kind. It adds up all the kinds that clog arteries.',
    seeAlso: ['cholesterol', 'HDL', 'LDL'],
  },
  {
    term: 'apolipoprotein B',
    aliases: ['ApoB', 'apoB', 'apolipoprotein', 'apolipoproteins'],
    field: 'cardio-metabolic',
    definition:
      'A protein on each particle that carries harmful cholesterol. Counting it shows how many such particles are in the blood.',
    seeAlso: ['LDL', 'cholesterol'],
  },
  {
    term: 'ezetimibe',
    field: 'cardio-metabolic',
    definition:
      'A cholesterol pill that stops the gut taking in cholesterol from food. It is often added to a statin.',
    seeAlso: ['statin', 'cholesterol'],
  },
  {
    term: 'heart muscle',
    aliases: ['cardiac muscle', 'cardiomyocyte', 'cardiomyocytes', 'myocardium', 'heart muscle cells'],
    field: 'cardio-metabolic',
    definition:
      'The muscle that makes up the heart\'s walls and squeezes to pump blood. Its cells barely renew, so damage from a heart attack is lasting.',
    seeAlso: ['heart attack', 'cardiomyopathy'],
  },
  {
    term: 'sinus rhythm',
    aliases: ['normal heart rhythm', 'normal sinus rhythm', 'heart rhythm'],
    field: 'cardio-metabolic',
    definition:
      'The normal, steady heartbeat set by the heart\'s own pacemaker cells.',
    seeAlso: ['arrhythmia'],
  },
  {
    term: 'bradycardia',
    aliases: ['slow heart rate', 'slow heartbeat'],
    field: 'cardio-metabolic',
    definition:
      'A heart rate below about 60 beats a minute. It is normal in fit people but can cause tiredness or fainting in others.',
    seeAlso: ['heart rate', 'pacemaker'],
  },
  {
    term: 'tachycardia',
    aliases: ['fast heart rate', 'rapid heartbeat', 'supraventricular tachycardia', 'SVT'],
    field: 'cardio-metabolic',
    definition:
      'A heart rate above 100 beats a minute at rest. It can be normal, as in fever, or come from a rhythm problem.',
    seeAlso: ['heart rate', 'arrhythmia'],
  },
  {
    term: 'ventricular fibrillation',
    aliases: ['VF', 'v-fib', 'ventricular tachycardia'],
    field: 'cardio-metabolic',
    definition:
      'A chaotic rhythm in which the heart\'s lower chambers quiver instead of pumping. It causes cardiac arrest and needs a shock at once.',
    seeAlso: ['cardiac arrest', 'defibrillator'],
  },
  {
    term: 'cardioversion',
    aliases: ['electrical cardioversion'],
    field: 'cardio-metabolic',
    definition:
      'A planned electric shock, or drugs, to put a heart that beats out of step back into its normal rhythm.',
    seeAlso: ['atrial fibrillation'],
  },
  {
    term: 'heart block',
    aliases: ['atrioventricular block', 'AV block'],
    field: 'cardio-metabolic',
    definition:
      'When the electrical signal that makes the heart beat is slowed or blocked on its way through the heart. Bad cases need a pacemaker.',
    seeAlso: ['pacemaker'],
  },
  {
    term: 'spontaneous coronary artery dissection',
    aliases: ['SCAD'],
    field: 'cardio-metabolic',
    definition:
      'A tear in the wall of an artery that feeds the heart, causing a heart attack. It mostly affects younger women without the usual risk factors.',
    seeAlso: ['heart attack'],
  },
  {
    term: 'takotsubo cardiomyopathy',
    aliases: ['takotsubo', 'broken heart syndrome', 'stress cardiomyopathy'],
    field: 'cardio-metabolic',
    definition:
      'A sudden weakening of the heart, often after great emotional stress, that looks like a heart attack. Most people recover within weeks.',
    seeAlso: ['cardiomyopathy'],
  },
  {
    term: 'silent heart attack',
    aliases: ['silent heart attacks', 'silent myocardial infarction'],
    field: 'cardio-metabolic',
    definition:
      'A heart attack with mild or no symptoms, found later on a heart test.',
    seeAlso: ['heart attack', 'ECG'],
  },
  {
    term: 'chest pain',
    aliases: ['chest pains', 'chest tightness'],
    field: 'cardio-metabolic',
    definition:
      'Pain or pressure in the chest. It can come from the heart, lungs, gut or muscles, so sudden chest pain needs urgent checks.',
    seeAlso: ['angina', 'heart attack'],
  },
  {
    term: 'automated external defibrillator',
    aliases: ['AED', 'AEDs', 'public access defibrillator'],
    field: 'cardio-metabolic',
    definition:
      'A portable device that anyone can use to shock a heart in cardiac arrest. It talks the user through each step.',
    seeAlso: ['defibrillator', 'cardiac arrest'],
  },
  {
    term: 'home blood pressure monitoring',
    aliases: ['home blood pressure', 'blood pressure cuff', 'blood pressure monitor', 'blood pressure monitors', 'self-monitoring of blood pressure'],
    field: 'cardio-metabolic',
    definition:
      'Checking blood pressure at home with an arm cuff. It gives a truer picture than a single reading at a clinic.',
    seeAlso: ['blood pressure', 'ambulatory monitoring'],
  },
  {
    term: 'white coat hypertension',
    aliases: ['white-coat hypertension', 'white coat effect', 'masked hypertension'],
    field: 'cardio-metabolic',
    definition:
      'Blood pressure that is high only at the clinic, from nerves. Masked hypertension is the opposite: normal at the clinic, high at home.',
    seeAlso: ['hypertension', 'home blood pressure monitoring'],
  },
  {
    term: 'resistant hypertension',
    aliases: ['treatment-resistant hypertension', 'uncontrolled hypertension', 'uncontrolled blood pressure'],
    field: 'cardio-metabolic',
    definition:
      'High blood pressure that stays high despite three or more drugs.',
    seeAlso: ['hypertension', 'renal denervation'],
  },
  {
    term: 'renal denervation',
    field: 'cardio-metabolic',
    definition:
      'A procedure that calms the nerves around the kidney arteries, using heat or sound sent down a thin tube. It lowers blood pressure.',
    seeAlso: ['resistant hypertension'],
  },
  {
    term: 'pulmonary hypertension',
    aliases: ['pulmonary arterial hypertension'],
    field: 'cardio-metabolic',
    definition:
      'High blood pressure in the arteries of the lungs. It strains the right side of the heart and causes breathlessness.',
    seeAlso: ['hypertension'],
  },
  {
    term: 'salt sensitivity',
    aliases: ['salt-sensitive', 'salt sensitive'],
    field: 'cardio-metabolic',
    definition:
      'When a person\'s blood pressure rises a lot with salt in the diet. It is more common with age and in some groups.',
    seeAlso: ['sodium', 'hypertension'],
  },
  {
    term: 'lipid panel',
    aliases: ['lipid profile', 'cholesterol test', 'cholesterol tests'],
    field: 'cardio-metabolic',
    definition:
      'A blood test that measures the fats in your blood: the kinds of cholesterol, and triglycerides.',
    seeAlso: ['cholesterol', 'triglyceride'],
  },
  {
    term: 'statin intolerance',
    aliases: ['statin side effects', 'muscle aches from statins'],
    field: 'cardio-metabolic',
    definition:
      'When people cannot keep taking a statin, most often blaming muscle aches. Trials suggest many such aches are not caused by the drug.',
    seeAlso: ['statin', 'nocebo effect'],
  },
  {
    term: 'bempedoic acid',
    aliases: ['Nexletol', 'Nilemdo'],
    field: 'cardio-metabolic',
    definition:
      'A cholesterol pill that works like a statin but only in the liver. It may suit people who cannot take statins.',
    seeAlso: ['statin', 'LDL'],
  },
  {
    term: 'primary prevention',
    aliases: ['secondary prevention', 'prevention in people without heart disease'],
    field: 'cardio-metabolic',
    definition:
      'Primary prevention aims to stop a disease before it starts. Secondary prevention aims to stop it coming back in people who have had it.',
    seeAlso: ['statin', 'aspirin'],
  },
  {
    term: 'cardiovascular risk score',
    aliases: ['QRISK', 'QRISK3', 'risk calculators', '10-year risk', 'heart age', 'Framingham risk score', 'PREVENT'],
    field: 'cardio-metabolic',
    definition:
      'A tool that guesses a person\'s chance of a heart attack or stroke, often over 10 years. It uses age, blood pressure, cholesterol and more.',
    seeAlso: ['cardiovascular disease', 'statin'],
  },
  {
    term: 'LADA',
    aliases: ['latent autoimmune diabetes in adults', 'type 1.5 diabetes'],
    field: 'cardio-metabolic',
    definition:
      'A slow form of type 1 diabetes that starts in adults and is often first mistaken for type 2.',
    seeAlso: ['type 1 diabetes'],
  },
  {
    term: 'MODY',
    aliases: ['maturity-onset diabetes of the young', 'monogenic diabetes'],
    field: 'cardio-metabolic',
    definition:
      'Diabetes caused by a fault in a single gene, passed down in families. It is often mistaken for type 1 or 2.',
    seeAlso: ['diabetes'],
  },
  {
    term: 'insulin pen',
    aliases: ['insulin pens', 'insulin injection'],
    field: 'cardio-metabolic',
    definition:
      'A pen-shaped device with a fine needle, used to inject insulin under the skin.',
    seeAlso: ['insulin', 'insulin pump'],
  },
  {
    term: 'hypoglycaemia unawareness',
    aliases: ['hypo unawareness', 'impaired awareness of hypoglycaemia'],
    field: 'cardio-metabolic',
    definition:
      'When a person with diabetes no longer feels the warning signs of low blood sugar. Then a low can become dangerous.',
    seeAlso: ['hypoglycaemia'],
  },
  {
    term: 'artificial pancreas',
    aliases: ['closed-loop system', 'closed-loop systems', 'hybrid closed loop', 'automated insulin delivery'],
    field: 'cardio-metabolic',
    definition:
      'A sugar sensor linked to an insulin pump by software. The software works out insulin doses and gives them on its own.',
    seeAlso: ['insulin pump', 'continuous glucose monitor'],
  },
  {
    term: 'beta cell',
    aliases: ['beta cells', 'insulin-producing cells', 'insulin-making cells'],
    field: 'cardio-metabolic',
    definition:
      'The cells in the pancreas that make insulin. They are destroyed in type 1 diabetes and wear out in type 2.',
    seeAlso: ['pancreatic islet', 'insulin'],
  },
  {
    term: 'glucagon',
    field: 'cardio-metabolic',
    definition:
      'A hormone from the pancreas that raises blood sugar, the opposite of insulin. An injection of it treats severe low blood sugar.',
    seeAlso: ['insulin', 'hypoglycaemia'],
  },
  {
    term: 'incretin',
    aliases: ['incretins', 'GIP', 'incretin hormones', 'amylin', 'cagrilintide'],
    field: 'cardio-metabolic',
    definition:
      'Gut hormones released after eating that boost insulin and curb appetite. New weight-loss drugs copy one or more of them.',
    seeAlso: ['GLP-1', 'tirzepatide'],
  },
  {
    term: 'anti-obesity medication',
    aliases: ['anti-obesity medications', 'weight-loss drug', 'weight-loss drugs', 'weight loss drugs', 'obesity drugs', 'anti-obesity drugs'],
    field: 'cardio-metabolic',
    definition:
      'Medicines that help people lose weight, most now copying gut hormones to curb appetite. Weight often returns when they are stopped.',
    seeAlso: ['GLP-1', 'semaglutide', 'tirzepatide'],
  },
  {
    term: 'gastroparesis',
    aliases: ['stomach paralysis'],
    field: 'cardio-metabolic',
    definition:
      'When the stomach empties too slowly, causing sickness and bloating. Diabetes and some weight-loss drugs can cause it.',
    seeAlso: ['anti-obesity medication'],
  },
  {
    term: 'diabetes remission',
    aliases: ['remission of type 2 diabetes', 'remission of diabetes'],
    field: 'cardio-metabolic',
    definition:
      'When blood sugar returns to a normal range without diabetes drugs, often after big weight loss. The disease can come back.',
    seeAlso: ['type 2 diabetes', 'very low calorie diet'],
  },
  {
    term: 'diabetic kidney disease',
    aliases: ['diabetic nephropathy', 'nephropathy', 'albuminuria', 'proteinuria', 'microalbuminuria'],
    field: 'cardio-metabolic',
    definition:
      'Kidney damage caused by diabetes, first seen as protein leaking into the urine. It is a leading cause of kidney failure.',
    seeAlso: ['chronic kidney disease', 'kidney'],
  },
  {
    term: 'uric acid',
    aliases: ['hyperuricaemia', 'hyperuricemia', 'urate'],
    field: 'cardio-metabolic',
    definition:
      'A waste product of breaking down some foods. Too much in the blood can form crystals in joints, causing gout.',
    seeAlso: ['gout'],
  },
  {
    term: 'metabolically healthy obesity',
    aliases: ['metabolically healthy', 'healthy obesity', 'metabolic health'],
    field: 'cardio-metabolic',
    definition:
      'Being very overweight but with normal blood pressure, blood sugar and cholesterol. Many such people get these problems later.',
    seeAlso: ['obesity', 'metabolic syndrome'],
  },
  {
    term: 'fat distribution',
    aliases: ['body fat distribution', 'ectopic fat', 'liver fat', 'pancreatic fat'],
    field: 'cardio-metabolic',
    definition:
      'Where the body stores fat. Fat inside and around organs such as the liver does more harm than fat under the skin.',
    seeAlso: ['visceral fat', 'subcutaneous fat'],
  },
  {
    term: 'beige fat',
    aliases: ['beige adipocytes', 'brite fat', 'cold exposure'],
    field: 'cardio-metabolic',
    definition:
      'Fat cells within white fat that can burn energy to make heat, like brown fat. Cold can switch them on.',
    seeAlso: ['brown fat', 'thermogenesis'],
  },
];
