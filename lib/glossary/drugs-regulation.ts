import type { GlossaryEntry } from './types';

/** Plain-language glossary: medicines, their rules and the bodies that set them. */
export const entries: GlossaryEntry[] = [
  {
    term: 'FDA',
    aliases: ['Food and Drug Administration', 'US Food and Drug Administration'],
    field: 'drugs-regulation',
    definition:
      'The US agency that checks medicines, vaccines and medical devices. It decides if they are safe and work well enough to be sold.',
    seeAlso: ['approval', 'EMA'],
  },
  {
    term: 'EMA',
    aliases: ['European Medicines Agency'],
    field: 'drugs-regulation',
    definition:
      'The agency that checks medicines for the European Union. It says whether they should be sold across the EU.',
    seeAlso: ['FDA', 'approval'],
  },
  {
    term: 'MHRA',
    aliases: ['Medicines and Healthcare products Regulatory Agency'],
    field: 'drugs-regulation',
    definition:
      'The UK body that checks medicines and medical devices. It decides if they are safe and work well enough to be sold.',
    seeAlso: ['NICE'],
  },
  {
    term: 'CDC',
    aliases: ['Centers for Disease Control and Prevention', 'Centers for Disease Control'],
    field: 'drugs-regulation',
    definition:
      'The US public health agency. It tracks diseases and outbreaks and gives advice on how to prevent them, such as when to get which vaccines.',
  },
  {
    term: 'NIH',
    aliases: ['National Institutes of Health'],
    field: 'drugs-regulation',
    definition:
      "The US government's main body for medical research. It pays for research and also does its own.",
  },
  {
    term: 'WHO',
    aliases: ['World Health Organization', 'World Health Organisation'],
    field: 'drugs-regulation',
    definition:
      'The United Nations agency for health. It tracks disease around the world, sets health guidelines and helps countries respond to outbreaks.',
  },
  {
    term: 'regulator',
    aliases: ['regulators', 'regulatory agency', 'drug regulator', 'health regulator'],
    field: 'drugs-regulation',
    definition:
      'A government body that checks whether medicines and devices are safe and work before they can be sold. It keeps watching them after that.',
    seeAlso: ['FDA', 'EMA'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'vaccine', 'device', 'approval', 'approved', 'treatment', 'health'],
  },
  {
    term: 'approval',
    aliases: ['approved', 'drug approval', 'marketing authorisation', 'marketing authorization', 'market approval', 'regulatory approval'],
    field: 'drugs-regulation',
    definition:
      'A regulator, such as the FDA, says yes to selling a medicine or device for a set use. It first checks the proof that it is safe and works.',
    seeAlso: ['FDA', 'phase 3 trial'],
    context: ['FDA', 'EMA', 'MHRA', 'regulator', 'regulators', 'drug', 'drugs', 'medicine', 'vaccine', 'treatment', 'therapy', 'device', 'agency'],
  },
  {
    term: 'accelerated approval',
    aliases: ['conditional approval', 'conditional marketing authorisation'],
    field: 'drugs-regulation',
    definition:
      'Faster routes for promising drugs for serious diseases. Some let a drug be sold on early evidence, as long as later studies confirm it helps.',
    seeAlso: ['approval', 'surrogate endpoint'],
  },
  {
    term: 'emergency use authorisation',
    aliases: ['emergency use authorization', 'EUA', 'emergency approval', 'emergency use'],
    field: 'drugs-regulation',
    definition:
      'Short-term permission to use a medicine or test in a health emergency. It comes before the usual full check is done.',
  },
  {
    term: 'orphan drug',
    aliases: ['orphan drugs', 'orphan designation', 'orphan drug designation'],
    field: 'drugs-regulation',
    definition:
      'A medicine for a rare disease. Companies get extra help and sales rights, since few patients would otherwise make it pay.',
    seeAlso: ['rare disease'],
  },
  {
    term: 'off-label',
    aliases: ['off label', 'off-label use', 'unlicensed use'],
    field: 'drugs-regulation',
    definition:
      'Using a medicine for an illness, age group or dose that it was not approved for. Doctors may do this, but the evidence is often thinner.',
    seeAlso: ['approval'],
  },
  {
    term: 'generic drug',
    aliases: ['generic drugs', 'generics', 'generic version', 'generic medicine', 'generic medicines'],
    field: 'drugs-regulation',
    definition:
      'A cheaper copy of a medicine whose patent has run out. It has the same active ingredient and works the same way.',
    seeAlso: ['biosimilar', 'patent'],
  },
  {
    term: 'biosimilar',
    aliases: ['biosimilars'],
    field: 'drugs-regulation',
    definition:
      "A cheaper copy of a biologic medicine, such as an antibody. Another firm makes it once the first maker's patent ends.",
    seeAlso: ['generic drug', 'monoclonal antibody', 'biologic'],
  },
  {
    term: 'compounded drug',
    aliases: ['compounded drugs', 'compounding pharmacy', 'compounding pharmacies', 'compounded semaglutide', 'compounded versions'],
    field: 'drugs-regulation',
    definition:
      'A medicine mixed by a pharmacy rather than made by the licensed maker. It is not checked by regulators in the same way.',
  },
  {
    term: 'counterfeit drug',
    aliases: ['counterfeit drugs', 'fake drugs', 'counterfeit medicines', 'falsified medicines'],
    field: 'drugs-regulation',
    definition:
      'A fake medicine passed off as the real thing. It may hold the wrong dose, the wrong drug or harmful stuff.',
  },
  {
    term: 'active ingredient',
    aliases: ['active pharmaceutical ingredient', 'active ingredients'],
    field: 'drugs-regulation',
    definition:
      'The part of a medicine that does the work. The rest of the pill helps deliver it.',
  },
  {
    term: 'prescription drug',
    aliases: ['prescription drugs', 'prescription-only', 'prescription medicine', 'prescription medicines', 'prescribed', 'prescribing'],
    field: 'drugs-regulation',
    definition:
      "A medicine you can only get with a doctor's written order. A doctor needs to check it is safe for you.",
    seeAlso: ['over-the-counter'],
  },
  {
    term: 'over-the-counter',
    aliases: ['over the counter', 'OTC', 'non-prescription'],
    field: 'drugs-regulation',
    definition:
      "Medicine you can buy in a shop or pharmacy. You do not need a doctor's prescription for it.",
    seeAlso: ['prescription drug'],
  },
  {
    term: 'side effect',
    aliases: ['side effects', 'side-effect', 'side-effects', 'adverse effect', 'adverse effects', 'adverse reaction', 'adverse reactions', 'adverse drug reaction'],
    field: 'drugs-regulation',
    definition:
      'An unwanted effect of a medicine or treatment, such as feeling sick or sleepy. Most are mild, a few are serious.',
    seeAlso: ['adverse event', 'contraindication'],
  },
  {
    term: 'adverse event',
    aliases: ['adverse events', 'serious adverse event', 'serious adverse events'],
    field: 'drugs-regulation',
    definition:
      'Any bad health event during a study, whether or not the treatment caused it. Trials record them all so patterns can be spotted.',
    seeAlso: ['side effect'],
  },
  {
    term: 'black box warning',
    aliases: ['boxed warning', 'black-box warning'],
    field: 'drugs-regulation',
    definition:
      "The strongest warning the FDA puts on a medicine's label. It flags a risk of serious or deadly harm.",
  },
  {
    term: 'toxicity',
    aliases: ['toxicities', 'toxic effects', 'cytotoxicity', 'cytotoxic', 'dose-limiting toxicity'],
    field: 'drugs-regulation',
    definition:
      'How much harm a substance does to the body or to cells. Every drug is toxic at a high enough dose.',
    seeAlso: ['dose', 'side effect'],
  },
  {
    term: 'dose',
    aliases: ['doses', 'dosage', 'dosing', 'dosages', 'high-dose', 'low-dose'],
    field: 'drugs-regulation',
    definition:
      'How much of a medicine is given and how often.',
    seeAlso: ['titration', 'toxicity'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'vaccine', 'treatment', 'patients', 'mg', 'milligrams', 'pill', 'pills', 'tablet', 'injection', 'given', 'received', 'daily', 'trial', 'radiation', 'supplement'],
  },
  {
    term: 'titration',
    aliases: ['titrate', 'titrated', 'dose escalation', 'dose-escalation'],
    field: 'drugs-regulation',
    definition:
      'Slowly changing a dose, usually raising it step by step. The aim is to find the amount that works with the fewest side effects.',
    seeAlso: ['dose'],
  },
  {
    term: 'efficacy',
    aliases: ['efficacious', 'vaccine efficacy'],
    field: 'drugs-regulation',
    definition:
      'How well a treatment works under the ideal conditions of a trial. How well it works in everyday life (effectiveness) is often lower.',
    seeAlso: ['effectiveness'],
  },
  {
    term: 'effectiveness',
    aliases: ['vaccine effectiveness', 'real-world effectiveness'],
    field: 'drugs-regulation',
    definition:
      'How well a treatment works in everyday use, with real patients who may skip doses or have other illnesses.',
    seeAlso: ['efficacy', 'real-world evidence', 'cost-effectiveness'],
    context: ['treatment', 'drug', 'drugs', 'vaccine', 'vaccines', 'therapy', 'study', 'trial', 'intervention', 'medicine', 'cost'],
  },
  {
    term: 'half-life',
    aliases: ['half-lives', 'half life'],
    field: 'drugs-regulation',
    definition:
      'The time it takes for half of a drug to leave the body, or half of a radioactive substance to decay.',
  },
  {
    term: 'pharmacokinetics',
    aliases: ['pharmacokinetic', 'bioavailability', 'absorption'],
    field: 'drugs-regulation',
    definition:
      'What the body does to a drug: how it is taken up, spread around, broken down and got rid of.',
    context: ['drug', 'drugs', 'dose', 'medicine', 'body', 'blood', 'oral', 'pill', 'levels', 'gut', 'intestine'],
  },
  {
    term: 'drug interaction',
    aliases: ['drug interactions', 'drug-drug interaction'],
    field: 'drugs-regulation',
    definition:
      'When one medicine changes how another works. It can make it weaker, stronger or more harmful.',
    seeAlso: ['contraindication'],
  },
  {
    term: 'small molecule',
    aliases: ['small molecules', 'small-molecule', 'small-molecule drug'],
    field: 'drugs-regulation',
    definition:
      'A drug made of a small, simple chemical, often taken as a pill. Large "biologic" drugs, such as antibodies, are the other main kind.',
    seeAlso: ['biosimilar', 'biologic'],
    context: ['drug', 'drugs', 'inhibitor', 'compound', 'compounds', 'therapy', 'treatment', 'medicine', 'target', 'pill'],
  },
  {
    term: 'drug candidate',
    aliases: ['drug candidates', 'candidate drug', 'experimental drug', 'experimental drugs', 'investigational drug', 'experimental treatment', 'experimental therapy'],
    field: 'drugs-regulation',
    definition:
      'A medicine still being tested and not yet approved. Most never reach the market.',
    seeAlso: ['clinical trial'],
  },
  {
    term: 'drug repurposing',
    aliases: ['repurposed', 'repurposing', 'drug repositioning', 'repurposed drug'],
    field: 'drugs-regulation',
    definition:
      'Testing a medicine already approved for one illness to see if it helps with another. It can be faster because safety is known.',
  },
  {
    term: 'inhibitor',
    aliases: ['inhibitors', 'blocker', 'blockers'],
    field: 'drugs-regulation',
    definition:
      'A drug or molecule that blocks the work of a protein, such as an enzyme. It is often used to slow a disease.',
    context: ['drug', 'drugs', 'enzyme', 'protein', 'proteins', 'receptor', 'cancer', 'treatment', 'molecule', 'therapy', 'pathway', 'cells', 'inhibit', 'inhibits'],
  },
  {
    term: 'semaglutide',
    aliases: ['Ozempic', 'Wegovy', 'Rybelsus'],
    field: 'drugs-regulation',
    definition:
      'A weekly injection or daily pill that copies the gut hormone GLP-1. Sold as Ozempic for diabetes and Wegovy for weight loss.',
    seeAlso: ['GLP-1', 'tirzepatide', 'orforglipron'],
  },
  {
    term: 'tirzepatide',
    aliases: ['Mounjaro', 'Zepbound'],
    field: 'drugs-regulation',
    definition:
      'A weekly injection that copies two gut hormones, GLP-1 and GIP, to lower blood sugar and appetite. Sold as Mounjaro and Zepbound.',
    seeAlso: ['GLP-1', 'semaglutide', 'retatrutide'],
  },
  {
    term: 'NSAID',
    aliases: ['NSAIDs', 'ibuprofen', 'naproxen', 'diclofenac', 'non-steroidal anti-inflammatory drug', 'nonsteroidal anti-inflammatory drugs'],
    field: 'drugs-regulation',
    definition:
      'Common painkillers like ibuprofen that also calm swelling. Long use can harm the stomach, kidneys and heart.',
    seeAlso: ['anti-inflammatory', 'painkiller'],
  },
  {
    term: 'opioid',
    aliases: ['opioids', 'opiate', 'opiates', 'fentanyl', 'morphine'],
    field: 'drugs-regulation',
    definition:
      'Strong painkillers, like morphine and fentanyl, that act on the brain. They are highly addictive and can stop breathing in an overdose.',
    seeAlso: ['addiction', 'painkiller', 'naloxone'],
  },
  {
    term: 'steroid',
    aliases: ['steroids', 'corticosteroid', 'corticosteroids', 'dexamethasone', 'prednisone', 'prednisolone'],
    field: 'drugs-regulation',
    definition:
      'Drugs copying hormones the body makes. Corticosteroids calm inflammation and the immune system; they are not the same as muscle-building steroids.',
    seeAlso: ['anti-inflammatory'],
  },
  {
    term: 'vaccine schedule',
    aliases: ['childhood vaccines', 'immunisation schedule', 'immunization schedule', 'routine vaccination'],
    field: 'drugs-regulation',
    definition:
      'The official plan for which vaccines to give and at what ages.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'clinical guidelines',
    aliases: ['guidelines', 'guideline', 'clinical guideline', 'treatment guidelines', 'recommendations'],
    field: 'drugs-regulation',
    definition:
      'Advice from groups of experts on how doctors should test for and treat an illness. It is based on a review of the evidence.',
    context: ['doctors', 'patients', 'treatment', 'screening', 'medical', 'clinical', 'society', 'college', 'association', 'recommend', 'recommends', 'health'],
  },
  {
    term: 'drug pricing',
    aliases: ['list price', 'drug prices'],
    field: 'drugs-regulation',
    definition:
      'What medicines cost and why. A patent gives a company sole rights to sell a new drug for years, which keeps its price high.',
    seeAlso: ['cost-effectiveness', 'patent'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'pharmaceutical', 'company', 'generic', 'generics', 'price', 'prices'],
  },
  {
    term: 'pharmaceutical company',
    aliases: ['pharmaceutical companies', 'drugmaker', 'drugmakers', 'drug company', 'drug companies', 'pharma', 'biotech', 'biotech company', 'biotechnology company'],
    field: 'drugs-regulation',
    definition:
      'A business that develops, tests and sells medicines. Many studies are paid for by these companies.',
    seeAlso: ['conflict of interest'],
  },
  {
    term: 'NICE',
    aliases: ['National Institute for Health and Care Excellence'],
    field: 'drugs-regulation',
    definition:
      "The body that advises England's health service on how best to treat illnesses. It also decides which treatments are worth paying for.",
    seeAlso: ['MHRA', 'cost-effectiveness'],
  },
  {
    term: 'biologic',
    aliases: ['biologics', 'biological drug', 'biologic drug', 'biological drugs', 'biologic drugs'],
    field: 'drugs-regulation',
    definition:
      'A medicine made by living cells, such as an antibody or a vaccine. Such medicines are large and complex, unlike simple chemical pills.',
    seeAlso: ['biosimilar', 'small molecule', 'monoclonal antibody'],
  },
  {
    term: 'cost-effectiveness',
    aliases: ['cost-effective', 'cost-effectiveness analysis'],
    field: 'drugs-regulation',
    definition:
      "Whether a treatment's health gains are worth its price, compared with other ways to spend the same money.",
    seeAlso: ['effectiveness', 'drug pricing'],
  },
  {
    term: 'contraindication',
    aliases: ['contraindicated', 'contraindications'],
    field: 'drugs-regulation',
    definition:
      'A reason not to give a treatment to a certain person. Examples are an allergy, a pregnancy or another illness.',
    seeAlso: ['drug interaction', 'side effect'],
  },
  {
    term: 'retatrutide',
    field: 'drugs-regulation',
    definition:
      'An experimental weekly injection that copies three gut hormones to cut appetite. In trials, people lost more weight than on current drugs.',
    seeAlso: ['tirzepatide', 'GLP-1'],
  },
  {
    term: 'orforglipron',
    field: 'drugs-regulation',
    definition:
      'An experimental daily pill that acts like the gut hormone GLP-1. It aims to treat obesity and type 2 diabetes without shots.',
    seeAlso: ['GLP-1', 'semaglutide'],
  },
  {
    term: 'painkiller',
    aliases: ['painkillers', 'pain reliever', 'pain relievers', 'analgesic', 'analgesics'],
    field: 'drugs-regulation',
    definition:
      'A medicine that eases pain. It ranges from pills like paracetamol and ibuprofen to strong drugs like morphine.',
    seeAlso: ['NSAID', 'opioid'],
  },
  {
    term: 'naloxone',
    aliases: ['Narcan'],
    field: 'drugs-regulation',
    definition:
      'A medicine that quickly reverses an opioid overdose and restarts breathing. It comes as a nose spray or an injection.',
    seeAlso: ['opioid'],
  },
  {
    term: 'patent',
    aliases: ['patents', 'patented'],
    field: 'drugs-regulation',
    definition:
      'A legal right that lets only the inventor make and sell an invention for a set time. This is usually 20 years.',
    seeAlso: ['drug pricing', 'generic drug'],
  },
  {
    term: 'aspirin',
    aliases: ['low-dose aspirin', 'acetylsalicylic acid'],
    field: 'drugs-regulation',
    definition:
      'An old, cheap painkiller that also makes blood less likely to clot. Some people take a low daily dose to help prevent heart attacks and strokes, but it can cause bleeding.',
    seeAlso: ['NSAID', 'blood clot'],
  },
  {
    term: 'paracetamol',
    aliases: ['acetaminophen', 'Tylenol', 'Panadol'],
    field: 'drugs-regulation',
    definition:
      'A common painkiller that lowers fever. It is gentle on the stomach but can badly harm the liver if too much is taken.',
    seeAlso: ['painkiller'],
  },
  {
    term: 'ACIP',
    aliases: ['Advisory Committee on Immunization Practices'],
    field: 'drugs-regulation',
    definition:
      'A panel of outside experts that advises the US CDC on which vaccines Americans should get and when. Its advice shapes what insurers pay for.',
    seeAlso: ['CDC', 'vaccine schedule'],
  },
  {
    term: 'advisory committee',
    aliases: ['FDA advisory committee', 'FDA advisory panel', 'FDA panel', 'advisory panel'],
    field: 'drugs-regulation',
    definition:
      'A group of outside experts who look at the evidence on a drug or vaccine and vote on it for a regulator. The regulator usually, but not always, takes their advice.',
    seeAlso: ['FDA', 'approval'],
  },
  {
    term: 'expanded access',
    aliases: ['compassionate use', 'right to try', 'right-to-try'],
    field: 'drugs-regulation',
    definition:
      'A way for very sick people to get a drug that is still being tested. They must have no other options, and the regulator must agree.',
    seeAlso: ['drug candidate', 'clinical trial'],
  },
  {
    term: 'new drug application',
    aliases: ['biologics license application', 'BLA', 'marketing application'],
    field: 'drugs-regulation',
    definition:
      'The formal request a company sends to the US FDA to approve a new medicine. It holds all the trial results and details of how the drug is made.',
    seeAlso: ['FDA', 'approval'],
  },
  {
    term: 'PDUFA date',
    aliases: ['PDUFA', 'PDUFA target action date'],
    field: 'drugs-regulation',
    definition:
      'The date by which the US FDA has promised to decide on a drug. It is usually about ten months after the firm applies.',
    seeAlso: ['FDA', 'new drug application'],
  },
  {
    term: 'clinical hold',
    aliases: ['partial clinical hold'],
    field: 'drugs-regulation',
    definition:
      'An order from the US FDA to pause a drug trial. It often follows a safety worry and lasts until the firm answers its questions.',
    seeAlso: ['FDA', 'clinical trial'],
  },
  {
    term: 'pharmacovigilance',
    aliases: ['drug safety monitoring', 'Yellow Card scheme'],
    field: 'drugs-regulation',
    definition:
      'Watching for side effects of drugs once they are on sale. Reports come in from doctors and patients.',
    seeAlso: ['side effect', 'phase 4 trial'],
  },
  {
    term: 'VAERS',
    aliases: ['Vaccine Adverse Event Reporting System'],
    field: 'drugs-regulation',
    definition:
      'A US system where anyone can report a health problem after a vaccine. Reports are not checked, so they can flag concerns but do not prove the vaccine was the cause.',
    seeAlso: ['adverse event', 'pharmacovigilance'],
  },
  {
    term: 'drug recall',
    aliases: ['product recall', 'voluntary recall'],
    field: 'drugs-regulation',
    definition:
      'When a firm or regulator takes a drug or product off sale. It is often done because of a safety or quality problem.',
    seeAlso: ['regulator'],
  },
  {
    term: 'ivermectin',
    field: 'drugs-regulation',
    definition:
      'An old, cheap drug against parasites such as worms and head lice. Large trials found it does not help treat COVID-19.',
    seeAlso: ['parasite', 'drug repurposing'],
  },
  {
    term: 'hydroxychloroquine',
    aliases: ['chloroquine'],
    field: 'drugs-regulation',
    definition:
      'An old malaria drug also used for lupus and arthritis. Large trials showed it does not treat or prevent COVID-19.',
    seeAlso: ['malaria', 'drug repurposing'],
  },
  {
    term: 'medication for opioid use disorder',
    aliases: ['MOUD', 'buprenorphine', 'methadone', 'Suboxone', 'opioid agonist treatment'],
    field: 'drugs-regulation',
    definition:
      'Drugs such as methadone and buprenorphine that ease cravings and withdrawal in people hooked on opioids. They greatly cut the risk of dying from an overdose.',
    seeAlso: ['opioid', 'addiction'],
  },
  {
    term: 'onset of action',
    field: 'drugs-regulation',
    definition:
      'How soon a medicine starts to work after it is taken.',
  },
  {
    term: 'antispasmodic',
    field: 'drugs-regulation',
    definition:
      'A medicine that relaxes muscles that cramp or spasm, often used for stomach and gut pain.',
  },
  {
    term: 'GnRH analogue',
    aliases: ['GnRH analog', 'GnRH agonist', 'gonadotropin-releasing hormone agonist', 'LHRH agonist'],
    field: 'drugs-regulation',
    definition:
      'A drug that copies a brain hormone called GnRH. Given steadily, it switches off the body\'s sex hormones; it treats prostate and breast cancer and can protect fertility.',
  },
  {
    term: 'intellectual property',
    field: 'drugs-regulation',
    definition:
      'Legal ownership of ideas and inventions, such as patents and copyright. It lets the owner stop others from copying the idea for a time.',
    seeAlso: ['patent'],
  },
  {
    term: 'nicotine',
    field: 'drugs-regulation',
    definition:
      'The addictive chemical in tobacco. It is also in e-cigarettes and in patches and gum that help people stop smoking.',
    seeAlso: ['smoking cessation', 'e-cigarette'],
  },
  {
    term: 'e-cigarette',
    aliases: ['e-cigarettes', 'vaping', 'vape', 'vapes', 'e-cig', 'e-cigs', 'electronic cigarette', 'electronic cigarettes', 'vaper', 'vapers'],
    field: 'drugs-regulation',
    definition:
      'A battery device that heats a liquid, usually with nicotine, into a mist to breathe in. It is far less harmful than smoking, but not harmless.',
    seeAlso: ['nicotine', 'smoking cessation'],
  },
  {
    term: 'formulation',
    aliases: ['formulations', 'drug formulation'],
    field: 'drugs-regulation',
    definition:
      'The exact recipe of a medicine: the active drug, the other ingredients, and its form, such as a tablet, liquid or injection.',
    seeAlso: ['active ingredient'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'tablet', 'dose', 'vaccine', 'injection', 'pill', 'cream', 'capsule'],
  },
  {
    term: 'pharmacology',
    aliases: ['pharmacological', 'pharmacologist', 'pharmacologists', 'pharmacologic'],
    field: 'drugs-regulation',
    definition:
      'The science of how drugs act on the body and how the body handles them.',
    seeAlso: ['pharmacokinetics'],
  },
  {
    term: 'nasal spray',
    aliases: ['nasal sprays', 'nose spray'],
    field: 'drugs-regulation',
    definition:
      'A medicine sprayed into the nose. Some treat allergies or a blocked nose; some vaccines, like a children\'s flu vaccine, are given this way.',
    seeAlso: ['flu vaccine'],
  },
  {
    term: 'codeine',
    field: 'drugs-regulation',
    definition:
      'A mild opioid painkiller, also used for coughs. Some people\'s bodies turn it into morphine much faster, which can be dangerous, mainly for children.',
    seeAlso: ['opioid', 'painkiller'],
  },
  {
    term: 'pharmacist',
    aliases: ['pharmacists', 'pharmacy', 'pharmacies', 'drugstore', 'chemist\'s'],
    field: 'drugs-regulation',
    definition:
      'A health worker trained in medicines. Pharmacists hand out prescriptions at a pharmacy and advise on safe use.',
    seeAlso: ['prescription drug'],
  },
  {
    term: 'bisphosphonate',
    aliases: ['bisphosphonates', 'alendronate', 'zoledronic acid', 'zoledronate'],
    field: 'drugs-regulation',
    definition:
      'A family of drugs that slow bone loss. They treat osteoporosis and protect bones in some cancers.',
    seeAlso: ['osteoporosis'],
  },
  {
    term: 'Public Health England',
    aliases: ['PHE', 'UK Health Security Agency', 'UKHSA'],
    field: 'drugs-regulation',
    definition:
      'The English government agency for public health until 2021. Its work then passed to the UK Health Security Agency and others.',
    seeAlso: ['NICE'],
  },
  {
    term: 'National Cancer Institute',
    aliases: ['NCI', 'NCI-designated'],
    field: 'drugs-regulation',
    definition:
      'The US government\'s main agency for cancer research. It is part of the National Institutes of Health.',
    seeAlso: ['NIH'],
  },
  {
    term: 'infusion',
    aliases: ['infusions', 'intravenous infusion', 'infused'],
    field: 'drugs-regulation',
    definition:
      'Giving a drug or fluid slowly into a vein through a thin tube. It can take minutes or hours.',
    seeAlso: ['intravenous'],
    context: ['drug', 'drugs', 'vein', 'patients', 'dose', 'hospital', 'treatment', 'therapy', 'intravenous', 'chemotherapy', 'cells', 'antibody', 'medicine', 'iron'],
  },
  {
    term: 'oral contraceptive',
    aliases: ['oral contraceptives', 'contraceptive pill', 'contraceptive pills', 'birth control pill', 'birth control pills', 'combined pill'],
    field: 'drugs-regulation',
    definition:
      'A daily pill with hormones that stops pregnancy. Mostly it works by stopping the ovaries from letting go of eggs.',
    seeAlso: ['contraception', 'oestrogen', 'progesterone'],
  },
  {
    term: 'bioidentical hormones',
    aliases: ['bioidentical hormone', 'body-identical hormones', 'compounded bioidentical hormones'],
    field: 'drugs-regulation',
    definition:
      'Hormones made to match the body\'s own, sold for the menopause. Custom-mixed versions are not checked by regulators for safety or dose.',
    seeAlso: ['hormone replacement therapy', 'compounded drug'],
  },
  {
    term: 'varenicline',
    aliases: ['Champix', 'Chantix'],
    field: 'drugs-regulation',
    definition:
      'A stop-smoking drug that eases cravings by acting on the brain\'s nicotine receptors. It roughly doubles the chance of quitting.',
    seeAlso: ['smoking cessation', 'nicotine'],
  },
  {
    term: 'tapering',
    aliases: ['taper', 'tapered', 'tapering off'],
    field: 'drugs-regulation',
    definition:
      'Lowering the dose of a drug slowly over weeks instead of stopping all at once. This helps the body avoid withdrawal.',
    seeAlso: ['dose'],
    context: ['dose', 'doses', 'drug', 'drugs', 'medication', 'medicine', 'antidepressant', 'antidepressants', 'steroid', 'steroids', 'opioid', 'opioids', 'withdrawal'],
  },
  {
    term: 'agonist',
    aliases: ['agonists', 'receptor agonist', 'receptor agonists'],
    field: 'drugs-regulation',
    definition:
      'A drug that switches on a receptor, the way a natural body chemical does. GLP-1 drugs, for example, copy a gut hormone.',
    seeAlso: ['receptor', 'antagonist'],
  },
  {
    term: 'antagonist',
    aliases: ['antagonists', 'receptor antagonist', 'receptor antagonists'],
    field: 'drugs-regulation',
    definition:
      'A drug that blocks a receptor so the body\'s own chemical cannot switch it on. Naloxone blocks opioid receptors this way.',
    seeAlso: ['receptor', 'agonist'],
    context: ['receptor', 'receptors', 'drug', 'drugs', 'blocks', 'block', 'hormone', 'opioid', 'dose'],
  },
  {
    term: 'blockbuster drug',
    aliases: ['blockbuster drugs', 'blockbuster medicine'],
    field: 'drugs-regulation',
    definition:
      'A medicine that sells more than a billion dollars a year.',
    seeAlso: ['pharmaceutical company'],
  },
  {
    term: 'unmet medical need',
    aliases: ['unmet need', 'unmet needs', 'unmet medical needs'],
    field: 'drugs-regulation',
    definition:
      'A disease with no good treatment yet. Regulators may speed up approval for a drug that fills one.',
    seeAlso: ['accelerated approval'],
    context: ['drug', 'drugs', 'treatment', 'treatments', 'patients', 'disease', 'approval', 'medicine', 'therapy'],
  },
  {
    term: 'oxycodone',
    aliases: ['OxyContin', 'hydrocodone', 'Vicodin', 'Percocet'],
    field: 'drugs-regulation',
    definition:
      'Strong opioid painkillers taken as pills. Heavy prescribing of them fed the opioid crisis in the United States.',
    seeAlso: ['opioid', 'painkiller'],
  },
  {
    term: 'glucocorticoid',
    aliases: ['glucocorticoids', 'cortisone'],
    field: 'drugs-regulation',
    definition:
      'A steroid drug that copies the hormone cortisol. It calms swelling and the immune system, and treats asthma, arthritis and severe COVID-19.',
    seeAlso: ['steroid', 'cortisol'],
  },
  {
    term: 'COX-2 inhibitor',
    aliases: ['COX-2 inhibitors', 'coxib', 'coxibs', 'rofecoxib', 'Vioxx', 'celecoxib', 'Celebrex'],
    field: 'drugs-regulation',
    definition:
      'Painkillers that ease inflammation with less stomach harm than older NSAIDs. One, Vioxx, was withdrawn in 2004 for raising heart attack risk.',
    seeAlso: ['NSAID'],
  },
  {
    term: 'pregabalin',
    aliases: ['gabapentin', 'gabapentinoid', 'gabapentinoids', 'Lyrica'],
    field: 'drugs-regulation',
    definition:
      'Drugs for nerve pain and epilepsy. They can be misused and cause dependence, so the UK made them controlled drugs in 2019.',
    seeAlso: ['side effect'],
  },
  {
    term: 'mifepristone',
    aliases: ['abortion pill', 'RU-486'],
    field: 'drugs-regulation',
    definition:
      'A drug that blocks the hormone progesterone. With misoprostol it ends an early pregnancy or helps manage a miscarriage.',
    seeAlso: ['misoprostol', 'progesterone'],
  },
  {
    term: 'misoprostol',
    field: 'drugs-regulation',
    definition:
      'A drug that makes the womb contract. It is used with mifepristone for medical abortion, and to manage miscarriage and bleeding after birth.',
    seeAlso: ['mifepristone'],
  },
  {
    term: 'tolerability',
    aliases: ['well tolerated', 'well-tolerated', 'tolerable side effects'],
    field: 'drugs-regulation',
    definition:
      'How well patients cope with a drug\'s side effects. A well-tolerated drug rarely makes people stop taking it.',
    seeAlso: ['side effect'],
  },
  {
    term: 'CBD',
    field: 'drugs-regulation',
    definition:
      'A chemical from cannabis that does not cause a high. A CBD medicine treats some rare epilepsies; most CBD products sold make claims with little proof.',
    seeAlso: ['cannabis'],
  },
  {
    term: 'overdose',
    aliases: ['overdoses', 'overdosed', 'drug overdose', 'overdose deaths', 'fatal overdose'],
    field: 'drugs-regulation',
    definition:
      'Taking more of a drug than the body can handle, which can stop breathing or the heart. Opioid overdoses can be reversed with naloxone.',
    seeAlso: ['naloxone', 'opioid'],
  },
  {
    term: 'opioid epidemic',
    aliases: ['opioid crisis', 'opioid overdose crisis', 'opioid addiction crisis'],
    field: 'drugs-regulation',
    definition:
      'The sharp rise in opioid addiction and deaths from overdose in North America since the 1990s. First came painkillers, then heroin and fentanyl.',
    seeAlso: ['opioid', 'overdose'],
  },
  {
    term: 'heroin',
    aliases: ['diamorphine'],
    field: 'drugs-regulation',
    definition:
      'An illegal opioid made from morphine, usually injected or smoked. Diamorphine, the same drug, is used in hospitals for severe pain.',
    seeAlso: ['opioid'],
  },
  {
    term: 'MedWatch',
    field: 'drugs-regulation',
    definition:
      'The US FDA\'s system for doctors and the public to report side effects and other problems with drugs and devices. Anyone can use it.',
    seeAlso: ['FDA', 'pharmacovigilance'],
  },
  {
    term: 'modafinil',
    aliases: ['Provigil'],
    field: 'drugs-regulation',
    definition:
      'A drug that keeps people awake, used for narcolepsy. Some healthy people take it hoping to think better, with little evidence.',
    seeAlso: ['stimulant'],
  },
  {
    term: 'fast track designation',
    aliases: ['fast track', 'fast-track designation', 'breakthrough therapy designation', 'breakthrough therapy', 'priority review'],
    field: 'drugs-regulation',
    definition:
      'FDA labels that speed up the review of drugs for serious diseases when early data look promising. They shorten the wait but do not lower the bar for approval.',
    seeAlso: ['accelerated approval', 'FDA'],
  },
  {
    term: 'licensed medicine',
    aliases: ['licensed drug', 'unlicensed', 'unlicensed drug'],
    field: 'drugs-regulation',
    definition:
      'A medicine a regulator has approved for sale for a set use. Using it outside that use is called off-label.',
    seeAlso: ['off-label', 'approval', 'regulator'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'treatment', 'regulator', 'MHRA', 'EMA', 'FDA', 'approved', 'patients', 'vaccine', 'use'],
  },
  {
    term: 'drug label',
    aliases: ['drug labels', 'package insert', 'patient information leaflet', 'prescribing information', 'product label', 'label change'],
    field: 'drugs-regulation',
    definition:
      'The official text that comes with a medicine, saying what it treats, how to take it and its known risks.',
    seeAlso: ['black box warning'],
    context: ['drug', 'drugs', 'medicine', 'FDA', 'warning', 'regulator', 'prescribing', 'side effects', 'dose', 'approved', 'leaflet'],
  },
  {
    term: 'REMS',
    aliases: ['risk evaluation and mitigation strategy'],
    field: 'drugs-regulation',
    definition:
      'A safety plan the FDA can demand for a risky drug. It might require special training for doctors or regular blood tests for patients.',
    seeAlso: ['FDA', 'black box warning'],
  },
  {
    term: 'drug shortage',
    aliases: ['drug shortages', 'medicine shortage', 'medicine shortages', 'supply shortage'],
    field: 'drugs-regulation',
    definition:
      'When a pharmacy or hospital cannot get enough of a medicine. Often a factory has problems or the drug makes too little money.',
    seeAlso: ['generic drug'],
  },
  {
    term: 'formulary',
    aliases: ['formularies', 'drug formulary'],
    field: 'drugs-regulation',
    definition:
      'The list of drugs a health plan or hospital will pay for or stock. Being left off it can keep a drug from patients.',
    seeAlso: ['drug pricing'],
  },
  {
    term: 'health technology assessment',
    aliases: ['HTA', 'health technology assessments', 'technology appraisal'],
    field: 'drugs-regulation',
    definition:
      'A review of whether a drug, test or device is worth paying for, weighing benefits, harms and costs. NICE does this in England.',
    seeAlso: ['NICE', 'cost-effectiveness'],
  },
  {
    term: 'QALY',
    aliases: ['cost per QALY'],
    field: 'drugs-regulation',
    definition:
      'A year of life in full health. Counting QALYs lets health services compare how much different treatments give for their cost.',
    seeAlso: ['cost-effectiveness', 'NICE', 'quality of life'],
  },
  {
    term: 'Medicare',
    aliases: ['Medicaid', 'CMS'],
    field: 'drugs-regulation',
    definition:
      'Health cover run by the US government. Medicare is for people aged 65 and over; Medicaid is for many people who earn little.',
    seeAlso: ['drug pricing'],
  },
  {
    term: 'out-of-pocket costs',
    aliases: ['out-of-pocket', 'copay', 'copays', 'co-payment', 'co-pay', 'out-of-pocket spending'],
    field: 'drugs-regulation',
    definition:
      'The part of a medical bill that patients pay themselves, on top of what their insurance pays.',
    seeAlso: ['drug pricing'],
  },
  {
    term: 'prior authorisation',
    aliases: ['prior authorization', 'pre-authorisation'],
    field: 'drugs-regulation',
    definition:
      'A rule that a doctor must get a health insurer\'s OK before it will pay for a drug or test.',
    seeAlso: ['formulary'],
  },
  {
    term: 'pharmacy benefit manager',
    aliases: ['pharmacy benefit managers', 'PBM', 'PBMs'],
    field: 'drugs-regulation',
    definition:
      'A US firm that runs drug benefits for health insurers. It bargains with drug makers over prices and rebates.',
    seeAlso: ['drug pricing', 'formulary'],
  },
  {
    term: 'rebate',
    aliases: ['rebates', 'drug rebate'],
    field: 'drugs-regulation',
    definition:
      'Money a drug maker pays back to an insurer or a middleman after a sale. The real price is then lower than the list price.',
    seeAlso: ['drug pricing'],
    context: ['drug', 'drugs', 'price', 'prices', 'pricing', 'insulin', 'insurers', 'insurer', 'manufacturer', 'pharmacy', 'list price'],
  },
  {
    term: 'direct-to-consumer advertising',
    aliases: ['direct-to-consumer', 'DTC advertising', 'drug advertising', 'drug adverts'],
    field: 'drugs-regulation',
    definition:
      'Adverts for prescription drugs aimed at the public rather than doctors. They are allowed in the US and New Zealand but banned in most other countries.',
    seeAlso: ['prescription drug'],
  },
  {
    term: 'industry funding',
    aliases: ['funded by industry', 'industry sponsorship', 'industry-sponsored'],
    field: 'drugs-regulation',
    definition:
      'Money for research or doctors from companies that sell drugs, devices or food. Such studies more often find results that favour the sponsor.',
    seeAlso: ['pharmaceutical company'],
  },
  {
    term: 'ghostwriting',
    aliases: ['ghostwritten', 'ghostwriter', 'ghost-written'],
    field: 'drugs-regulation',
    definition:
      'When a paper is written by a hidden writer, often paid by a company. Then it comes out under the names of scientists.',
    seeAlso: ['industry funding'],
  },
  {
    term: 'Sunshine Act',
    aliases: ['Open Payments', 'Physician Payments Sunshine Act'],
    field: 'drugs-regulation',
    definition:
      'A US law that makes drug and device makers show the money and gifts they give to doctors and hospitals.',
    seeAlso: ['industry funding'],
  },
  {
    term: 'generally recognized as safe',
    aliases: ['GRAS'],
    field: 'drugs-regulation',
    definition:
      'A US rule that lets companies add an ingredient to food without FDA review if experts deem it safe. Critics say firms can decide this themselves.',
    seeAlso: ['food additive', 'FDA'],
  },
  {
    term: 'health claim',
    aliases: ['health claims', 'nutrition claim', 'nutrition claims'],
    field: 'drugs-regulation',
    definition:
      'A statement on food or a supplement saying it is good for health, such as helping the heart. In the EU such claims must be approved first.',
    seeAlso: ['EFSA', 'dietary supplement'],
  },
  {
    term: 'EFSA',
    aliases: ['European Food Safety Authority'],
    field: 'drugs-regulation',
    definition:
      'The EU agency that gives science advice on whether food, food additives and health claims are safe.',
    seeAlso: ['food additive', 'health claim'],
  },
  {
    term: 'novel food',
    aliases: ['novel foods'],
    field: 'drugs-regulation',
    definition:
      'In the EU and UK, a food not widely eaten before 1997, such as insects or meat grown in a lab. It needs a safety check before sale.',
    seeAlso: ['EFSA'],
  },
  {
    term: 'homeopathy',
    aliases: ['homeopathic', 'homoeopathy', 'homeopathic remedies', 'homeopath'],
    field: 'drugs-regulation',
    definition:
      'A practice that uses remedies diluted so much that usually none of the starting substance is left. Reviews find it works no better than placebo.',
    seeAlso: ['placebo', 'complementary medicine'],
  },
  {
    term: 'naturopathy',
    aliases: ['naturopath', 'naturopaths', 'naturopathic'],
    field: 'drugs-regulation',
    definition:
      'A practice that treats illness with diet, herbs and other natural methods, avoiding standard drugs. Many of its methods lack good evidence.',
    seeAlso: ['complementary medicine'],
  },
  {
    term: 'open-label placebo',
    aliases: ['open-label placebos', 'honest placebo'],
    field: 'drugs-regulation',
    definition:
      'A placebo given with patients told it is a fake pill. Some small trials found people still felt better.',
    seeAlso: ['placebo'],
  },
  {
    term: 'polypill',
    aliases: ['polypills'],
    field: 'drugs-regulation',
    definition:
      'One pill that holds several heart drugs, such as a statin and blood pressure drugs. It makes treatment simpler and cheaper.',
    seeAlso: ['statin'],
  },
  {
    term: 'polypharmacy',
    field: 'drugs-regulation',
    definition:
      'Taking many medicines at once, often five or more, common in older people. It raises the risk of side effects and drug interactions.',
    seeAlso: ['drug interaction', 'deprescribing'],
  },
  {
    term: 'deprescribing',
    aliases: ['deprescribe'],
    field: 'drugs-regulation',
    definition:
      'Carefully stopping or cutting down drugs that may now do more harm than good. It is often done for older people who take many pills.',
    seeAlso: ['polypharmacy'],
  },
  {
    term: 'milligram',
    aliases: ['milligrams', 'mg'],
    field: 'drugs-regulation',
    definition:
      'One thousandth of a gram. Most drug doses are measured in milligrams.',
    seeAlso: ['dose'],
  },
  {
    term: 'CYP450',
    aliases: ['cytochrome P450', 'CYP3A4', 'CYP2D6'],
    field: 'drugs-regulation',
    definition:
      'A family of liver enzymes that break down most drugs. Some foods and drugs speed them up or slow them down, changing drug levels.',
    seeAlso: ['drug interaction', 'pharmacokinetics'],
  },
  {
    term: 'grapefruit',
    aliases: ['grapefruit juice'],
    field: 'drugs-regulation',
    definition:
      'A fruit whose juice blocks a gut enzyme that breaks down some drugs, such as some statins. Their levels in the blood can then get too high.',
    seeAlso: ['drug interaction', 'CYP450'],
    context: ['drug', 'drugs', 'medicine', 'medicines', 'statin', 'statins', 'interaction', 'interactions', 'enzyme', 'dose', 'levels', 'blood'],
  },
  {
    term: 'drug tolerance',
    aliases: ['tolerance to drugs', 'tolerant'],
    field: 'drugs-regulation',
    definition:
      'When a drug\'s effect weakens with repeated use, so a higher dose is needed for the same effect.',
    seeAlso: ['withdrawal'],
    context: ['drug', 'drugs', 'opioid', 'opioids', 'dose', 'doses', 'alcohol', 'caffeine', 'nicotine', 'painkillers', 'effect', 'effects', 'morphine'],
  },
  {
    term: 'antibiotic prescribing',
    aliases: ['antibiotic prescriptions', 'antibiotic prescription', 'antibiotic course', 'course of antibiotics', 'overprescribing'],
    field: 'drugs-regulation',
    definition:
      'When doctors hand out drugs that kill bacteria. Many are given for colds, which these drugs cannot help.',
    seeAlso: ['antibiotic stewardship', 'antibiotic resistance'],
  },
  {
    term: 'nicotine replacement therapy',
    aliases: ['NRT', 'nicotine patch', 'nicotine patches', 'nicotine gum', 'nicotine lozenges'],
    field: 'drugs-regulation',
    definition:
      'Patches, gum, sprays and lozenges that give nicotine without smoke, to ease cravings while quitting.',
    seeAlso: ['nicotine', 'smoking cessation'],
  },
  {
    term: 'extended-release',
    aliases: ['slow-release', 'modified-release', 'sustained-release', 'controlled-release', 'extended release'],
    field: 'drugs-regulation',
    definition:
      'A pill made to let its drug out slowly over many hours, so it is taken less often.',
    seeAlso: ['formulation'],
  },
  {
    term: 'depot injection',
    aliases: ['depot injections', 'long-acting injection', 'long-acting injectable', 'long-acting injectables', 'injectable', 'injectables'],
    field: 'drugs-regulation',
    definition:
      'A shot of a drug that seeps slowly into the body over weeks or months. Then there is no daily pill to remember.',
    seeAlso: ['formulation'],
  },
  {
    term: 'insulin analogue',
    aliases: ['insulin analogues', 'long-acting insulin', 'rapid-acting insulin', 'insulin glargine', 'fast-acting insulin'],
    field: 'drugs-regulation',
    definition:
      'Lab-made insulin that has been changed to act faster or last longer than human insulin. It better matches what the body needs.',
    seeAlso: ['insulin'],
  },
];
