import type { GlossaryEntry } from './types';

/** Plain-language glossary: cancer and its treatment. */
export const entries: GlossaryEntry[] = [
  {
    term: 'tumour',
    aliases: ['tumor', 'tumours', 'tumors', 'solid tumour', 'solid tumor'],
    field: 'cancer',
    definition:
      'A lump made by cells that grow when they should not. It can be harmless (benign) or cancer (malignant).',
    seeAlso: ['benign', 'malignant', 'metastasis'],
  },
  {
    term: 'benign',
    aliases: ['non-cancerous', 'noncancerous'],
    field: 'cancer',
    definition:
      'Not cancer. A benign lump may grow, but it does not spread to other parts of the body.',
    seeAlso: ['malignant', 'tumour'],
    context: ['tumour', 'tumor', 'tumours', 'tumors', 'growth', 'lump', 'cancer', 'cyst', 'nodule', 'polyp', 'mass'],
  },
  {
    term: 'malignant',
    aliases: ['malignancy', 'malignancies', 'cancerous', 'cancerous cells', 'cancerous tumour'],
    field: 'cancer',
    definition:
      'Cancerous: able to invade nearby tissue and spread through the body.',
    seeAlso: ['benign', 'metastasis'],
  },
  {
    term: 'precancerous',
    aliases: ['pre-cancerous', 'precancer', 'premalignant', 'pre-malignant'],
    field: 'cancer',
    definition:
      'Cells or growths that are not cancer yet but could turn into cancer if left alone.',
    seeAlso: ['polyp'],
  },
  {
    term: 'carcinogen',
    aliases: ['carcinogenic', 'carcinogens', 'cancer-causing'],
    field: 'cancer',
    definition:
      'Something that can cause cancer. Tobacco smoke, asbestos and strong sunlight are examples.',
  },
  {
    term: 'metastasis',
    aliases: ['metastatic', 'metastases', 'metastasised', 'metastasized', 'metastasise', 'metastasize', 'metastatic cancer'],
    field: 'cancer',
    definition:
      'The spread of cancer from where it started to other parts of the body. Cancer that has spread is much harder to cure.',
    seeAlso: ['tumour', 'stage 4 cancer'],
  },
  {
    term: 'stage 4 cancer',
    aliases: ['stage IV', 'stage 4', 'advanced cancer', 'late-stage cancer', 'advanced-stage'],
    field: 'cancer',
    definition:
      'Cancer that has spread from where it started to distant parts of the body. It can often be treated but rarely cured.',
    seeAlso: ['metastasis', 'cancer staging'],
    context: ['cancer', 'cancers', 'tumour', 'tumor', 'tumours', 'tumors', 'diagnosed', 'patients', 'disease', 'metastatic', 'carcinoma', 'melanoma', 'lymphoma'],
  },
  {
    term: 'cancer staging',
    aliases: ['stage 1', 'stage I', 'stage 2', 'stage II', 'stage 3', 'stage III', 'early-stage cancer', 'early stage cancer'],
    field: 'cancer',
    definition:
      'How doctors say how big a cancer is and how far it has spread. It runs from stage 1 (small, in one place) to stage 4 (spread far).',
    seeAlso: ['stage 4 cancer'],
    context: ['cancer', 'cancers', 'tumour', 'tumor', 'tumours', 'tumors', 'diagnosed', 'carcinoma', 'melanoma', 'lymphoma'],
  },
  {
    term: 'carcinoma',
    aliases: ['carcinomas'],
    field: 'cancer',
    definition:
      'The most common kind of cancer. It starts in the cells that line the skin or the inside of organs, such as the lungs, breast or bowel.',
  },
  {
    term: 'sarcoma',
    aliases: ['sarcomas'],
    field: 'cancer',
    definition:
      'A rare cancer that starts in bone, muscle, fat or other tissue that holds the body together.',
  },
  {
    term: 'lymphoma',
    aliases: ['lymphomas', 'non-Hodgkin lymphoma', 'Hodgkin lymphoma', 'B-cell lymphoma', 'large B-cell lymphoma'],
    field: 'cancer',
    definition:
      'A cancer of lymphocytes, a type of white blood cell. It often shows up as swollen lymph nodes.',
    seeAlso: ['lymph node', 'leukaemia'],
  },
  {
    term: 'leukaemia',
    aliases: ['leukemia', 'leukaemias', 'leukemias', 'acute myeloid leukaemia', 'acute myeloid leukemia', 'AML', 'CLL', 'CML', 'chronic lymphocytic leukaemia', 'chronic lymphocytic leukemia', 'acute lymphoblastic leukaemia', 'acute lymphoblastic leukemia'],
    field: 'cancer',
    definition:
      'A cancer of the blood-making cells in the bone marrow. The body fills with faulty white blood cells that cannot fight infection.',
    seeAlso: ['bone marrow', 'lymphoma'],
  },
  {
    term: 'myeloma',
    aliases: ['multiple myeloma'],
    field: 'cancer',
    definition:
      'A blood cancer of plasma cells, the cells that make antibodies. It grows in the bone marrow and can weaken bones.',
    seeAlso: ['bone marrow'],
  },
  {
    term: 'melanoma',
    aliases: ['melanomas'],
    field: 'cancer',
    definition:
      'A dangerous skin cancer that starts in the cells that give skin its colour. Sunburn raises the risk.',
    seeAlso: ['skin cancer'],
  },
  {
    term: 'glioblastoma',
    field: 'cancer',
    definition:
      'A fast-growing cancer of the brain. It is hard to remove fully and often comes back.',
    seeAlso: ['brain tumour', 'glioma'],
  },
  {
    term: 'triple-negative breast cancer',
    aliases: ['triple negative breast cancer', 'TNBC'],
    field: 'cancer',
    definition:
      'A breast cancer that lacks the three markers most breast cancer drugs aim at, so it has fewer treatment options.',
    seeAlso: ['HER2', 'hormone therapy'],
  },
  {
    term: 'HER2',
    aliases: ['HER2-positive', 'HER2-negative', 'HER-2'],
    field: 'cancer',
    definition:
      'A protein that helps some breast and stomach cancers grow fast. Tests check for it because some drugs target it.',
    seeAlso: ['targeted therapy'],
  },
  {
    term: 'non-small cell lung cancer',
    aliases: ['non-small-cell lung cancer', 'NSCLC'],
    field: 'cancer',
    definition:
      'The most common kind of lung cancer, about 85 in every 100 cases. It usually grows and spreads more slowly than small cell lung cancer.',
    seeAlso: ['lung cancer', 'small cell lung cancer'],
  },
  {
    term: 'pancreatic cancer',
    aliases: ['pancreatic ductal adenocarcinoma', 'PDAC'],
    field: 'cancer',
    definition:
      'A cancer of the pancreas, an organ behind the stomach. It is often found late and is one of the hardest cancers to treat.',
  },
  {
    term: 'colorectal cancer',
    aliases: ['bowel cancer', 'colon cancer', 'rectal cancer'],
    field: 'cancer',
    definition:
      'Cancer of the large bowel or rectum. It often starts as a polyp, which screening can find and remove early.',
    seeAlso: ['polyp', 'endoscopy'],
  },
  {
    term: 'prostate cancer',
    field: 'cancer',
    definition:
      "Cancer of the prostate, a gland below a man's bladder. Many grow slowly and never cause harm, which makes it hard to decide whom to treat.",
    seeAlso: ['PSA test'],
  },
  {
    term: 'polyp',
    aliases: ['polyps', 'adenoma', 'adenomas'],
    field: 'cancer',
    definition:
      'A small growth on the inside lining of an organ, often the bowel. Most are harmless, but some can slowly turn into cancer.',
    seeAlso: ['colorectal cancer', 'precancerous'],
  },
  {
    term: 'oncology',
    aliases: ['oncologist', 'oncologists', 'oncological', 'oncologic'],
    field: 'cancer',
    definition:
      'The branch of medicine that deals with cancer. An oncologist is a cancer doctor.',
  },
  {
    term: 'chemotherapy',
    aliases: ['chemo', 'chemotherapies', 'chemotherapeutic'],
    field: 'cancer',
    definition:
      'Drugs that kill fast-dividing cells, used to treat cancer. They also harm some healthy cells, causing side effects like hair loss and tiredness.',
    seeAlso: ['radiotherapy', 'targeted therapy'],
  },
  {
    term: 'carboplatin',
    field: 'cancer',
    definition:
      'A chemotherapy drug with platinum in it. It damages the DNA of dividing cells and is used for ovarian, lung and other cancers.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'Warburg effect',
    aliases: ['aerobic glycolysis'],
    field: 'cancer',
    definition:
      'The way many cancer cells burn sugar quickly and wastefully, even when there is plenty of oxygen. It gives them fast fuel and building blocks to grow.',
    seeAlso: ['glycolysis', 'metabolism'],
  },
  {
    term: 'glycolysis',
    field: 'cancer',
    definition: 'The first steps a cell uses to break sugar down for energy. It works without oxygen but makes much less energy than burning sugar fully.',
    seeAlso: ['metabolism', 'Warburg effect'],
  },
  {
    term: 'radiotherapy',
    aliases: ['radiation therapy', 'radiation treatment', 'proton therapy', 'proton beam therapy', 'external beam radiotherapy', 'EBRT'],
    field: 'cancer',
    definition:
      'Using strong beams of energy, like X-rays or protons, aimed at a tumour to kill cancer cells.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'targeted therapy',
    aliases: ['targeted therapies', 'targeted drug', 'targeted treatment', 'precision oncology'],
    field: 'cancer',
    definition:
      'A cancer drug aimed at a specific fault in cancer cells, like a broken growth signal. It tends to spare healthy cells more than chemotherapy.',
    seeAlso: ['chemotherapy', 'precision medicine'],
  },
  {
    term: 'PARP inhibitor',
    aliases: ['PARP inhibitors', 'olaparib', 'poly ADP ribose polymerase'],
    field: 'cancer',
    definition:
      'A cancer drug that stops cells fixing broken DNA. Cancer cells with faulty BRCA genes rely on this repair, so they die.',
    seeAlso: ['BRCA'],
  },
  {
    term: 'BRCA',
    aliases: ['BRCA1', 'BRCA2', 'BRCA gene', 'BRCA mutation'],
    field: 'cancer',
    definition:
      'Two genes that help fix damaged DNA. People born with a faulty copy have a much higher chance of breast and ovarian cancer.',
    seeAlso: ['PARP inhibitor', 'mutation'],
  },
  {
    term: 'oncogene',
    aliases: ['oncogenes', 'KRAS'],
    field: 'cancer',
    definition:
      'A gene that drives cells to grow and divide. A mutation can jam it "on", pushing cells to grow out of control into cancer. KRAS is a common example.',
    seeAlso: ['mutation'],
  },
  {
    term: 'hormone therapy',
    aliases: ['endocrine therapy', 'hormonal therapy', 'tamoxifen'],
    field: 'cancer',
    definition:
      'Treatment that blocks or lowers the hormones some cancers need to grow. Examples are drugs that block oestrogen in breast cancer or testosterone in prostate cancer.',
    seeAlso: ['hormone'],
  },
  {
    term: 'antibody-drug conjugate',
    aliases: ['antibody drug conjugate', 'ADC', 'ADCs'],
    field: 'cancer',
    definition:
      'An antibody with a strong cancer drug tied on. The antibody finds the cancer cell and delivers the drug right to it.',
    seeAlso: ['monoclonal antibody'],
  },
  {
    term: 'adjuvant therapy',
    aliases: ['adjuvant treatment', 'adjuvant chemotherapy', 'neoadjuvant', 'neoadjuvant therapy', 'neoadjuvant chemotherapy'],
    field: 'cancer',
    definition:
      'Extra treatment after surgery to kill any cancer cells left behind. When it is given first, to shrink the tumour, it is called neoadjuvant.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'maintenance therapy',
    aliases: ['maintenance treatment'],
    field: 'cancer',
    definition:
      'Gentler treatment that goes on after the main treatment has worked. It aims to keep the disease from coming back.',
  },
  {
    term: 'remission',
    aliases: ['in remission', 'complete remission', 'partial remission', 'remissions'],
    field: 'cancer',
    definition:
      'When signs of a disease, often cancer, shrink or disappear after treatment. It does not always mean the disease is gone for good.',
    seeAlso: ['relapse', 'complete response'],
  },
  {
    term: 'relapse',
    aliases: ['relapsed', 'relapses', 'relapsing', 'recurrence', 'recurred'],
    field: 'cancer',
    definition:
      'When a disease comes back after it seemed to be gone or under control.',
    seeAlso: ['remission'],
  },
  {
    term: 'refractory',
    aliases: ['treatment-resistant', 'relapsed or refractory'],
    field: 'cancer',
    definition:
      'A disease that does not get better with the usual treatments.',
    context: ['cancer', 'disease', 'treatment', 'treatments', 'patients', 'lymphoma', 'leukaemia', 'leukemia', 'myeloma', 'depression', 'epilepsy', 'angina'],
  },
  {
    term: 'complete response',
    aliases: ['complete responses', 'partial response', 'objective response'],
    field: 'cancer',
    definition:
      'How a tumour reacts to treatment: in a complete response all signs vanish; in a partial response it shrinks by at least about a third.',
    seeAlso: ['remission', 'stable disease'],
  },
  {
    term: 'overall survival',
    aliases: ['median survival', 'survival rate', 'five-year survival', '5-year survival'],
    field: 'cancer',
    definition:
      'How long patients live after diagnosis or the start of treatment. Trials often report the time by which half the patients are still alive.',
    seeAlso: ['progression-free survival'],
  },
  {
    term: 'progression-free survival',
    aliases: ['progression free survival', 'PFS', 'disease-free survival', 'disease free survival', 'event-free survival', 'recurrence-free survival'],
    field: 'cancer',
    definition:
      'How long patients live without their disease getting worse or coming back. It is measured faster than overall survival but is not the same thing.',
    seeAlso: ['overall survival', 'surrogate endpoint'],
  },
  {
    term: 'tumour mutational burden',
    aliases: ['tumor mutational burden', 'TMB'],
    field: 'cancer',
    definition:
      'How many mutations, or changes in DNA, a tumour carries. Tumours with many may respond better to drugs that help the immune system attack them.',
    seeAlso: ['mutation', 'immunotherapy'],
  },
  {
    term: 'liquid biopsy',
    aliases: ['liquid biopsies', 'circulating tumour DNA', 'circulating tumor DNA', 'ctDNA', 'multi-cancer early detection'],
    field: 'cancer',
    definition:
      'A blood test that looks for bits of DNA shed by tumours, to find cancer or track it without cutting out tissue.',
    seeAlso: ['biopsy'],
  },
  {
    term: 'biopsy',
    aliases: ['biopsies', 'tissue sample', 'needle biopsy'],
    field: 'cancer',
    definition:
      'Taking a small piece of tissue from the body to look at under a microscope. It is often done to check for cancer.',
    seeAlso: ['liquid biopsy'],
  },
  {
    term: 'bone marrow',
    aliases: ['marrow'],
    field: 'cancer',
    definition:
      'The soft, spongy tissue inside bones where new blood cells are made.',
    seeAlso: ['stem cell transplant', 'leukaemia'],
  },
  {
    term: 'stem cell transplant',
    aliases: ['bone marrow transplant', 'haematopoietic stem cell transplant', 'hematopoietic stem cell transplant', 'stem cell transplantation', 'autologous transplant', 'allogeneic transplant'],
    field: 'cancer',
    definition:
      'Replacing damaged blood-making cells with healthy ones, from the patient or a donor. Used for blood cancers and some immune diseases.',
    seeAlso: ['bone marrow', 'stem cell'],
  },
  {
    term: 'cancer screening',
    aliases: ['screening programme', 'screening program', 'screening test'],
    field: 'cancer',
    definition:
      'Testing people with no symptoms to find a disease, such as cancer, early. It can save lives but also finds harmless things that lead to needless treatment.',
    seeAlso: ['false positive', 'overdiagnosis', 'PSA test'],
  },
  {
    term: 'overdiagnosis',
    aliases: ['overdiagnosed', 'overtreatment'],
    field: 'cancer',
    definition:
      'Finding a disease that would never have caused harm in a person\'s life. Treating it brings side effects without any benefit.',
    seeAlso: ['cancer screening'],
  },
  {
    term: 'mammogram',
    aliases: ['mammography', 'mammograms'],
    field: 'cancer',
    definition:
      'An X-ray picture of the breast, used to look for breast cancer early.',
    seeAlso: ['cancer screening'],
  },
  {
    term: 'tumour microenvironment',
    aliases: ['tumor microenvironment'],
    field: 'cancer',
    definition:
      'Everything around the cancer cells in a tumour: blood vessels, immune cells and support cells. It can help or hinder treatment.',
  },
  {
    term: 'cancer cell line',
    aliases: ['HeLa cells', 'cancer cell lines'],
    field: 'cancer',
    definition:
      'Cancer cells grown in the lab for years, used to test drugs. They often behave differently from tumours in a body.',
    seeAlso: ['cell line', 'in vitro'],
  },
  {
    term: 'radioligand therapy',
    aliases: ['radiopharmaceutical', 'radioactive iodine', 'radionuclide therapy'],
    field: 'cancer',
    definition:
      'A cancer treatment that ties a tiny radioactive load to a molecule that seeks out cancer cells. The molecule carries the load to the tumour, where its rays kill the cells.',
    seeAlso: ['radiotherapy'],
  },
  {
    term: 'skin cancer',
    aliases: ['skin cancers', 'non-melanoma skin cancer'],
    field: 'cancer',
    definition:
      'Cancer that starts in the skin, often after too much sun. Most kinds grow slowly and are easy to treat; melanoma is the most dangerous kind.',
    seeAlso: ['melanoma'],
  },
  {
    term: 'brain tumour',
    aliases: ['brain tumor', 'brain tumours', 'brain tumors', 'brain cancer'],
    field: 'cancer',
    definition:
      'A lump of cells growing where they should not in the brain. Some are cancer and some are not, but even harmless ones can press on the brain.',
    seeAlso: ['glioblastoma', 'glioma'],
  },
  {
    term: 'glioma',
    aliases: ['gliomas'],
    field: 'cancer',
    definition:
      'A tumour that grows from the support cells of the brain or spinal cord. Some grow slowly; the fastest kind is glioblastoma.',
    seeAlso: ['glioblastoma', 'brain tumour', 'glia'],
  },
  {
    term: 'lung cancer',
    aliases: ['lung cancers'],
    field: 'cancer',
    definition:
      'Cancer that starts in the lungs. It kills more people than any other cancer, and smoking causes most cases.',
    seeAlso: ['non-small cell lung cancer', 'small cell lung cancer'],
  },
  {
    term: 'small cell lung cancer',
    aliases: ['small-cell lung cancer', 'SCLC'],
    field: 'cancer',
    definition:
      'A fast-growing kind of lung cancer, about 15 in every 100 cases. It is closely tied to smoking and often spreads early.',
    seeAlso: ['lung cancer', 'non-small cell lung cancer'],
  },
  {
    term: 'PSA test',
    aliases: ['PSA', 'prostate-specific antigen', 'PSA tests', 'PSA testing'],
    field: 'cancer',
    definition:
      'A blood test for a protein made by the prostate gland. A high level can be a sign of prostate cancer, but also of harmless swelling or infection.',
    seeAlso: ['prostate cancer', 'cancer screening'],
  },
  {
    term: 'stable disease',
    field: 'cancer',
    definition:
      'A tumour that has neither grown nor shrunk much during treatment. It can be a good result, but it is not a cure.',
    seeAlso: ['complete response'],
  },
  {
    term: 'tumour suppressor gene',
    aliases: ['tumor suppressor gene', 'tumour suppressor', 'tumor suppressor', 'tumour suppressor genes', 'tumor suppressor genes', 'p53'],
    field: 'cancer',
    definition:
      'A gene that puts the brakes on cell growth or repairs damage. When both copies break, cells can grow into cancer. p53 is the best known.',
    seeAlso: ['oncogene', 'BRCA'],
  },
  {
    term: 'angiogenesis',
    aliases: ['anti-angiogenic'],
    field: 'cancer',
    definition:
      'The growth of new blood vessels. Tumours trigger it to feed themselves, so some cancer drugs try to block it.',
    seeAlso: ['VEGF', 'tumour'],
  },
  {
    term: 'VEGF',
    aliases: ['vascular endothelial growth factor', 'anti-VEGF'],
    field: 'cancer',
    definition:
      'A signal protein that tells the body to grow new blood vessels. Drugs that block it are used against some cancers and eye diseases.',
    seeAlso: ['angiogenesis', 'growth factor'],
  },
  {
    term: 'bevacizumab',
    aliases: ['Avastin'],
    field: 'cancer',
    definition:
      'An antibody drug sold as Avastin that blocks VEGF, starving tumours of new blood vessels. It is also injected into the eye for some sight problems.',
    seeAlso: ['VEGF', 'angiogenesis'],
  },
  {
    term: 'trastuzumab',
    aliases: ['Herceptin', 'trastuzumab deruxtecan', 'Enhertu'],
    field: 'cancer',
    definition:
      'An antibody drug sold as Herceptin. It targets HER2, a protein on some breast and stomach cancers. A newer form, Enhertu, carries chemo straight to the cancer cells.',
    seeAlso: ['HER2', 'antibody-drug conjugate'],
  },
  {
    term: 'kinase inhibitor',
    aliases: ['tyrosine kinase inhibitor', 'TKI', 'TKIs'],
    field: 'cancer',
    definition:
      'A drug that blocks kinases, proteins that act like switches telling cells to grow. Many cancer pills work this way.',
    seeAlso: ['targeted therapy', 'imatinib'],
  },
  {
    term: 'imatinib',
    aliases: ['Gleevec', 'Glivec'],
    field: 'cancer',
    definition:
      'A pill sold as Gleevec that blocks the faulty protein driving chronic myeloid leukaemia. It turned a deadly cancer into a long-term illness for many.',
    seeAlso: ['kinase inhibitor', 'leukaemia'],
  },
  {
    term: 'taxane',
    aliases: ['paclitaxel', 'docetaxel', 'nab-paclitaxel', 'Taxol', 'Abraxane'],
    field: 'cancer',
    definition:
      'A family of chemo drugs first found in yew trees. Paclitaxel is one. They stop cancer cells from splitting in two.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'cisplatin',
    aliases: ['oxaliplatin'],
    field: 'cancer',
    definition:
      'A chemo drug built around the metal platinum. It harms the DNA of cancer cells that divide fast. It is used for testicular, lung and other cancers.',
    seeAlso: ['carboplatin', 'chemotherapy'],
  },
  {
    term: 'gemcitabine',
    field: 'cancer',
    definition:
      'A chemotherapy drug that looks like a building block of DNA, so it jams DNA copying in dividing cancer cells. It is used for pancreatic, lung and other cancers.',
    seeAlso: ['chemotherapy', 'pancreatic cancer'],
  },
  {
    term: 'hormone receptor-positive',
    aliases: ['ER-positive', 'HR-positive', 'oestrogen receptor-positive', 'estrogen receptor-positive', 'hormone-sensitive'],
    field: 'cancer',
    definition:
      'Describes a breast cancer whose cells have receptors for oestrogen or progesterone, so the hormones fuel its growth. Drugs that block the hormones can treat it.',
    seeAlso: ['hormone therapy', 'oestrogen'],
  },
  {
    term: 'mastectomy',
    aliases: ['double mastectomy'],
    field: 'cancer',
    definition:
      'Surgery to take off the whole breast. It is done to treat breast cancer, or to prevent it in women at high risk.',
    seeAlso: ['lumpectomy'],
  },
  {
    term: 'lumpectomy',
    aliases: ['breast-conserving surgery'],
    field: 'cancer',
    definition:
      'Surgery that takes out a breast tumour and a rim of healthy tissue around it. The rest of the breast is kept.',
    seeAlso: ['mastectomy'],
  },
  {
    term: 'tumour grade',
    aliases: ['tumor grade', 'Gleason score', 'cancer grade'],
    field: 'cancer',
    definition:
      'A measure of how abnormal cancer cells look under a microscope. Higher grades tend to grow and spread faster.',
    seeAlso: ['cancer staging'],
  },
  {
    term: 'Lynch syndrome',
    field: 'cancer',
    definition:
      'An inherited condition that raises the risk of bowel, womb and some other cancers. It is caused by faults in genes that fix DNA copying errors.',
    seeAlso: ['hereditary', 'colorectal cancer'],
  },
  {
    term: 'mesothelioma',
    field: 'cancer',
    definition:
      'A rare cancer of the thin lining around the lungs or belly. It is mostly caused by breathing in asbestos fibres, often decades earlier.',
    seeAlso: ['carcinogen'],
  },
  {
    term: 'DCIS',
    aliases: ['ductal carcinoma in situ'],
    field: 'cancer',
    definition:
      'Abnormal cells inside the milk ducts of the breast that have not spread into nearby tissue. Some would never cause harm, which makes treatment choices hard.',
    seeAlso: ['overdiagnosis', 'precancerous'],
  },
  {
    term: 'active surveillance',
    aliases: ['watchful waiting'],
    field: 'cancer',
    definition:
      'Keeping a close watch on a slow cancer with regular tests instead of treating it straight away. Treatment starts only if it shows signs of growing.',
    seeAlso: ['overdiagnosis', 'prostate cancer'],
  },
  {
    term: 'oncolytic virus',
    aliases: ['oncolytic virotherapy'],
    field: 'cancer',
    definition:
      'A virus, often changed in the lab, that infects and kills cancer cells while sparing healthy ones. It also alerts the immune system to the tumour.',
    seeAlso: ['immunotherapy'],
  },
  {
    term: 'breast cancer',
    aliases: ['breast cancers', 'breast tumour'],
    field: 'cancer',
    definition:
      'Cancer that starts in the breast. It is the most common cancer in women worldwide; men can get it too, but rarely.',
    seeAlso: ['mammogram', 'BRCA', 'HER2', 'mastectomy'],
  },
  {
    term: 'ovarian cancer',
    aliases: ['cancer of the ovary', 'ovarian cancers'],
    field: 'cancer',
    definition:
      'Cancer that starts in the ovaries or nearby fallopian tubes. It is often found late because early signs, like bloating, are vague.',
    seeAlso: ['ovary', 'fallopian tube'],
  },
  {
    term: 'oesophageal cancer',
    aliases: ['esophageal cancer', 'cancer of the oesophagus', 'oesophageal cancers'],
    field: 'cancer',
    definition:
      'Cancer of the food pipe between the throat and the stomach. Smoking, heavy drinking and long-term acid reflux raise the risk.',
    seeAlso: ['oesophagus', 'acid reflux'],
  },
  {
    term: 'endometrial cancer',
    aliases: ['womb cancer', 'uterine cancer', 'cancer of the womb'],
    field: 'cancer',
    definition:
      'Cancer of the lining of the womb, the most common womb cancer. Obesity raises the risk, and unusual bleeding is often the first sign.',
    seeAlso: ['endometrium', 'uterus'],
  },
  {
    term: 'cervical cancer',
    aliases: ['cancer of the cervix', 'cervical cancers'],
    field: 'cancer',
    definition:
      'Cancer of the cervix, the neck of the womb. Nearly all cases are caused by HPV, so the HPV vaccine and screening can prevent most of them.',
    seeAlso: ['cervix', 'HPV vaccine', 'cervical screening'],
  },
  {
    term: 'cervical screening',
    aliases: ['smear test', 'Pap smear', 'Pap test', 'cervical smear', 'smear tests'],
    field: 'cancer',
    definition:
      'A test that takes a few cells from the cervix to look for HPV or for changes that could turn into cancer.',
    seeAlso: ['cervical cancer', 'HPV'],
  },
  {
    term: 'thyroid cancer',
    aliases: ['thyroid cancers'],
    field: 'cancer',
    definition:
      'Cancer of the thyroid gland in the neck. It is usually very treatable, and wide screening finds many small ones that would never cause harm.',
    seeAlso: ['thyroid', 'overdiagnosis'],
  },
  {
    term: 'stomach cancer',
    aliases: ['gastric cancer', 'cancer of the stomach'],
    field: 'cancer',
    definition:
      'Cancer that starts in the lining of the stomach. Long-term infection with the bacterium H. pylori is a major cause.',
    seeAlso: ['Helicobacter pylori'],
  },
  {
    term: 'squamous cell carcinoma',
    aliases: ['squamous cell cancer', 'squamous', 'squamous cell carcinomas'],
    field: 'cancer',
    definition:
      'A common cancer that starts in thin, flat cells lining the skin, lungs, throat, cervix and other organs.',
    seeAlso: ['carcinoma', 'skin cancer'],
  },
  {
    term: 'adenocarcinoma',
    aliases: ['adenocarcinomas'],
    field: 'cancer',
    definition:
      'A cancer that starts in gland cells, which make mucus or other fluids. Most cancers of the breast, bowel, prostate and pancreas are this kind.',
    seeAlso: ['carcinoma'],
  },
  {
    term: 'hepatocellular carcinoma',
    aliases: ['HCC', 'liver cancer', 'primary liver cancer'],
    field: 'cancer',
    definition:
      'The most common kind of liver cancer. Hepatitis B or C, heavy drinking and fatty liver disease raise the risk.',
    seeAlso: ['hepatitis', 'cirrhosis', 'fatty liver disease'],
  },
  {
    term: 'localised cancer',
    aliases: ['localised disease', 'localised tumour', 'localized prostate cancer', 'localised prostate cancer'],
    field: 'cancer',
    definition:
      'Cancer that is still only where it started and has not spread. It is usually easier to treat than cancer that has spread.',
    seeAlso: ['metastasis', 'cancer staging'],
  },
  {
    term: 'brachytherapy',
    aliases: ['internal radiotherapy', 'seed implants'],
    field: 'cancer',
    definition:
      'Radiotherapy given from inside the body: small radioactive sources are placed in or next to the tumour.',
    seeAlso: ['radiotherapy'],
  },
  {
    term: 'stereotactic radiotherapy',
    aliases: ['stereotactic', 'SBRT', 'SABR', 'stereotactic radiosurgery', 'stereotactic body radiotherapy', 'radiosurgery', 'Gamma Knife'],
    field: 'cancer',
    definition:
      'Radiotherapy aimed very precisely from many angles. It gives a high dose to a small tumour in a few sessions and spares the tissue around it.',
    seeAlso: ['radiotherapy'],
  },
  {
    term: 'intraoperative radiotherapy',
    aliases: ['intraoperative radiation', 'IORT', 'TARGIT'],
    field: 'cancer',
    definition:
      'One dose of radiotherapy given during surgery, while the wound is still open. It can replace weeks of sessions.',
    seeAlso: ['radiotherapy', 'lumpectomy'],
  },
  {
    term: 'photodynamic therapy',
    aliases: ['PDT'],
    field: 'cancer',
    definition:
      'A cancer treatment with a drug that only works when light hits it. Doctors shine a special light on the tumour to kill its cells.',
  },
  {
    term: 'pathologic complete response',
    aliases: ['pathological complete response'],
    field: 'cancer',
    definition:
      'When no cancer is found in the tissue removed at surgery after treatment given beforehand. It is an early sign the treatment worked.',
    seeAlso: ['complete response'],
  },
  {
    term: 'resection',
    aliases: ['resected', 'surgical resection', 'resectable', 'unresectable', 'inoperable'],
    field: 'cancer',
    definition:
      'Surgery to cut out a tumour or part of an organ. A resectable tumour is one surgeons can remove completely.',
    seeAlso: ['tumour'],
    context: ['tumour', 'cancer', 'surgery', 'surgeon', 'surgeons', 'liver', 'bowel', 'lung', 'patients', 'organ'],
  },
  {
    term: 'EGFR',
    aliases: ['epidermal growth factor receptor', 'EGFR mutation', 'EGFR inhibitor', 'EGFR inhibitors'],
    field: 'cancer',
    definition:
      'A protein on cells that tells them to grow. Some lung cancers have a faulty EGFR, and drugs aimed at it can block its signal.',
    seeAlso: ['targeted therapy', 'non-small cell lung cancer'],
  },
  {
    term: 'sunscreen',
    aliases: ['sunscreens', 'sun cream', 'suncream', 'sunblock', 'SPF'],
    field: 'cancer',
    definition:
      'A cream or spray that blocks or soaks up the sun\'s UV rays. It lowers the risk of sunburn and skin cancer.',
    seeAlso: ['skin cancer', 'melanoma'],
  },
  {
    term: 'tanning bed',
    aliases: ['sunbed', 'sunbeds', 'tanning beds', 'indoor tanning', 'sun bed'],
    field: 'cancer',
    definition:
      'A machine that gives off UV light to tan the skin. Using one, especially when young, raises the risk of melanoma.',
    seeAlso: ['melanoma', 'skin cancer'],
  },
  {
    term: 'tumour marker',
    aliases: ['tumour markers', 'cancer marker', 'cancer markers', 'CA-125', 'CA125'],
    field: 'cancer',
    definition:
      'A substance in the blood, often a protein, that can rise when a cancer is present. Markers like CA-125 help track a cancer but are poor at finding one early.',
    seeAlso: ['PSA test', 'liquid biopsy'],
  },
  {
    term: 'minimal residual disease',
    aliases: ['MRD', 'measurable residual disease'],
    field: 'cancer',
    definition:
      'The few cancer cells left after treatment, too few to see on scans but found by very sensitive tests. Their presence can predict a relapse.',
    seeAlso: ['relapse', 'remission'],
  },
  {
    term: 'cancer survivor',
    aliases: ['cancer survivors', 'survivorship', 'cancer survivorship'],
    field: 'cancer',
    definition:
      'Someone living on after being told they have cancer. Care for survivors deals with the long-term effects of cancer and its treatment.',
    seeAlso: ['remission'],
  },
  {
    term: 'early detection',
    aliases: ['early diagnosis', 'detected early', 'diagnosed early', 'caught early', 'early-stage'],
    field: 'cancer',
    definition:
      'Finding a disease, such as cancer, before it causes symptoms or while it is small. It often makes treatment easier, though not every early find needs treating.',
    seeAlso: ['cancer screening', 'overdiagnosis'],
    context: ['cancer', 'cancers', 'disease', 'diseases', 'tumour', 'tumours', 'screening', 'test', 'tests', 'treatment', 'diagnosis', 'symptoms', 'dementia', 'diabetes'],
  },
  {
    term: 'sentinel lymph node',
    aliases: ['sentinel node', 'sentinel lymph node biopsy', 'sentinel node biopsy', 'axillary lymph nodes', 'axillary'],
    field: 'cancer',
    definition:
      'The first lymph node a cancer would spread to. Surgeons remove and test it to see if the cancer has spread, sparing the other nodes.',
    seeAlso: ['lymph node', 'metastasis'],
  },
  {
    term: 'breast density',
    aliases: ['dense breasts', 'dense breast tissue', 'breast tissue density'],
    field: 'cancer',
    definition:
      'How much of the breast is made of glands and fibre rather than fat. Dense breasts hide tumours on mammograms and slightly raise cancer risk.',
    seeAlso: ['mammogram', 'breast cancer'],
  },
  {
    term: 'tomosynthesis',
    aliases: ['3D mammography', 'digital breast tomosynthesis', '3D mammogram'],
    field: 'cancer',
    definition:
      'A kind of mammogram that takes many X-ray pictures from different angles to build a 3D image. It can find more cancers in dense breasts.',
    seeAlso: ['mammogram', 'breast density'],
  },
  {
    term: 'Li-Fraumeni syndrome',
    aliases: ['Li-Fraumeni'],
    field: 'cancer',
    definition:
      'A rare condition passed down in families, caused by a faulty TP53 gene. It gives a very high risk of many cancers from a young age.',
    seeAlso: ['tumour suppressor gene'],
  },
  {
    term: 'head and neck cancer',
    aliases: ['head and neck cancers', 'oropharyngeal cancer', 'throat cancer', 'mouth cancer', 'oral cancer', 'laryngeal cancer'],
    field: 'cancer',
    definition:
      'Cancers of the mouth, throat, voice box, nose and salivary glands. Smoking, drinking and HPV infection are the main causes.',
    seeAlso: ['HPV', 'squamous cell carcinoma'],
  },
  {
    term: 'bladder cancer',
    aliases: ['bladder cancers', 'urothelial cancer', 'urothelial carcinoma'],
    field: 'cancer',
    definition:
      'Cancer that starts in the lining of the bladder. Smoking is the biggest cause, and blood in the urine is often the first sign.',
  },
  {
    term: 'kidney cancer',
    aliases: ['renal cell carcinoma', 'renal cancer', 'RCC'],
    field: 'cancer',
    definition:
      'Cancer that starts in the kidney. Many are found by chance on scans done for other reasons.',
    seeAlso: ['kidney'],
  },
  {
    term: 'testicular cancer',
    aliases: ['testicular cancers', 'cancer of the testicle'],
    field: 'cancer',
    definition:
      'Cancer of a testicle, most common in young men. Even when it has spread, it is usually curable.',
  },
  {
    term: 'bone cancer',
    aliases: ['osteosarcoma', 'Ewing sarcoma', 'Ewing\'s sarcoma'],
    field: 'cancer',
    definition:
      'Cancer that starts in a bone, most often in children and young adults. Cancer that spreads to bone from elsewhere is far more common.',
    seeAlso: ['sarcoma', 'metastasis'],
  },
  {
    term: 'bowel cancer screening',
    aliases: ['bowel screening', 'colorectal cancer screening'],
    field: 'cancer',
    definition:
      'Tests to find bowel cancer or growths that may turn into it before symptoms start. A colonoscopy looks inside the bowel with a camera on a tube.',
    seeAlso: ['colorectal cancer', 'faecal immunochemical test', 'polyp'],
  },
  {
    term: 'lung cancer screening',
    aliases: ['low-dose CT', 'low-dose CT scan', 'lung health check', 'lung screening'],
    field: 'cancer',
    definition:
      'Yearly low-dose CT scans of the chest for heavy smokers, to find lung cancer early. Trials show it cuts deaths from lung cancer.',
    seeAlso: ['lung cancer', 'CT scan'],
  },
  {
    term: 'neuroblastoma',
    field: 'cancer',
    definition:
      'A cancer of young nerve cells. It mostly affects babies and small children and often starts in the glands above the kidneys.',
    seeAlso: ['adrenal gland'],
  },
  {
    term: 'retinoblastoma',
    field: 'cancer',
    definition:
      'A rare eye cancer of young children. It is often first seen as a white glow in the pupil in photos.',
    seeAlso: ['retina'],
  },
  {
    term: 'childhood cancer',
    aliases: ['childhood cancers', 'paediatric cancer', 'paediatric cancers', 'cancer in children'],
    field: 'cancer',
    definition:
      'Cancer in children, which is rare and differs from adult cancer. About 8 in 10 children in rich countries are cured.',
    seeAlso: ['leukaemia', 'neuroblastoma'],
  },
  {
    term: 'neuroendocrine tumour',
    aliases: ['neuroendocrine tumours', 'carcinoid', 'carcinoid tumour'],
    field: 'cancer',
    definition:
      'A tumour of cells that make hormones, often in the gut, pancreas or lungs. Many grow slowly.',
    seeAlso: ['tumour'],
  },
  {
    term: 'cancer of unknown primary',
    aliases: ['CUP', 'unknown primary'],
    field: 'cancer',
    definition:
      'Cancer that has spread, but where doctors cannot find where it first started.',
    seeAlso: ['metastasis'],
  },
  {
    term: 'secondary cancer',
    aliases: ['secondary tumour', 'secondaries', 'secondary tumours', 'metastatic disease'],
    field: 'cancer',
    definition:
      'Cancer that has spread from where it started to another part of the body. It is named after where it began, so breast cancer in the bone is still breast cancer.',
    seeAlso: ['metastasis', 'stage 4 cancer'],
  },
  {
    term: 'surgical margin',
    aliases: ['clear margins', 'clear margin', 'positive margins', 'negative margins'],
    field: 'cancer',
    definition:
      'The rim of healthy tissue around a tumour removed by surgery. Clear margins, with no cancer at the edge, suggest all of it was taken out.',
    seeAlso: ['lumpectomy', 'resection'],
    context: ['tumour', 'tumours', 'surgery', 'surgeon', 'surgeons', 'cancer', 'removed', 'tissue', 'lumpectomy', 'pathologist', 'breast'],
  },
  {
    term: 'chemo brain',
    aliases: ['chemo fog', 'cancer-related cognitive impairment'],
    field: 'cancer',
    definition:
      'Memory and thinking problems some people have during and after cancer treatment. They often ease with time.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'hair loss',
    aliases: ['alopecia from chemotherapy', 'losing hair', 'scalp cooling', 'cold cap'],
    field: 'cancer',
    definition:
      'Losing hair from the head or body. Chemotherapy often causes it, and cooling the scalp during treatment can lessen it.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'neutropenia',
    aliases: ['neutropenic', 'febrile neutropenia'],
    field: 'cancer',
    definition:
      'Too few neutrophils, the white blood cells that fight bacteria. Chemotherapy often causes it, and then infections can be dangerous.',
    seeAlso: ['neutrophil', 'chemotherapy'],
  },
  {
    term: 'mucositis',
    aliases: ['oral mucositis'],
    field: 'cancer',
    definition:
      'Painful sores and swelling in the mouth and gut. It is a common side effect of chemotherapy and radiotherapy.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'cachexia',
    aliases: ['cancer cachexia', 'wasting syndrome'],
    field: 'cancer',
    definition:
      'Severe loss of weight and muscle in serious illness such as cancer. Eating more does not fix it.',
    seeAlso: ['sarcopenia'],
  },
  {
    term: 'aromatase inhibitor',
    aliases: ['aromatase inhibitors', 'letrozole', 'anastrozole', 'exemestane'],
    field: 'cancer',
    definition:
      'Hormone drugs for breast cancer after menopause. They block an enzyme that makes oestrogen, which feeds many breast cancers.',
    seeAlso: ['hormone therapy', 'hormone receptor-positive'],
  },
  {
    term: 'androgen deprivation therapy',
    aliases: ['ADT', 'androgen deprivation', 'hormone therapy for prostate cancer', 'enzalutamide', 'abiraterone'],
    field: 'cancer',
    definition:
      'Treatment that lowers testosterone or blocks it. Prostate cancer needs this hormone to grow, so this starves it.',
    seeAlso: ['prostate cancer', 'testosterone'],
  },
  {
    term: 'doxorubicin',
    aliases: ['Adriamycin', 'anthracycline', 'anthracyclines'],
    field: 'cancer',
    definition:
      'A strong chemotherapy drug used for many cancers. In high total doses it can damage the heart.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'fluorouracil',
    aliases: ['5-FU', 'capecitabine', 'FOLFOX', 'FOLFIRINOX'],
    field: 'cancer',
    definition:
      'Chemotherapy drugs for bowel, stomach, pancreas and other cancers. FOLFOX and FOLFIRINOX are mixes that include them.',
    seeAlso: ['chemotherapy'],
  },
  {
    term: 'osimertinib',
    aliases: ['Tagrisso'],
    field: 'cancer',
    definition:
      'A targeted pill for lung cancers with a faulty EGFR gene. It blocks the faulty protein\'s growth signal.',
    seeAlso: ['EGFR', 'targeted therapy'],
  },
  {
    term: 'Cancer Drugs Fund',
    aliases: ['cancer drug fund'],
    field: 'cancer',
    definition:
      'A fund in England that pays for new cancer drugs that look good. Meanwhile more proof is gathered on whether they are worth the price.',
    seeAlso: ['NICE', 'cost-effectiveness'],
  },
  {
    term: 'tumour-infiltrating lymphocytes',
    aliases: ['tumour-infiltrating lymphocyte', 'TILs', 'TIL therapy'],
    field: 'cancer',
    definition:
      'Immune cells that have moved into a tumour. Having many often means a better outlook, and they can be grown in a lab and given back as treatment.',
    seeAlso: ['T cell', 'adoptive cell therapy'],
  },
  {
    term: 'cancer stem cell',
    aliases: ['cancer stem cells'],
    field: 'cancer',
    definition:
      'A rare cell in a tumour that can renew itself and rebuild the tumour. It may explain why some cancers come back after treatment.',
    seeAlso: ['relapse'],
  },
  {
    term: 'tumour dormancy',
    aliases: ['dormancy', 'dormant cancer cells', 'dormant tumour cells'],
    field: 'cancer',
    definition:
      'When cancer cells that have spread sit quietly in the body for years before they start to grow again.',
    seeAlso: ['metastasis', 'relapse'],
    context: ['cancer', 'cells', 'tumour', 'tumours', 'metastasis', 'relapse', 'breast'],
  },
  {
    term: 'aneuploidy',
    aliases: ['aneuploid'],
    field: 'cancer',
    definition:
      'Having the wrong number of chromosomes in a cell. It is common in cancer cells and a main cause of miscarriage.',
    seeAlso: ['tumour'],
  },
  {
    term: 'combination therapy',
    aliases: ['combination therapies', 'combination treatment', 'drug combination', 'drug combinations', 'combined therapy'],
    field: 'cancer',
    definition:
      'Using two or more treatments together, such as two drugs, which can work better or slow resistance.',
    seeAlso: ['monotherapy', 'drug resistance'],
  },
  {
    term: 'monotherapy',
    aliases: ['single-agent', 'single agent'],
    field: 'cancer',
    definition:
      'Treatment with one drug on its own.',
    seeAlso: ['combination therapy'],
    context: ['drug', 'drugs', 'treatment', 'therapy', 'patients', 'trial', 'cancer', 'combination', 'dose'],
  },
  {
    term: 'salvage therapy',
    aliases: ['salvage treatment', 'salvage chemotherapy', 'salvage surgery'],
    field: 'cancer',
    definition:
      'Treatment given when standard treatments have failed, to try to control the disease.',
    seeAlso: ['relapse', 'refractory'],
  },
  {
    term: 'objective response rate',
    aliases: ['ORR', 'response rate', 'overall response rate', 'response rates'],
    field: 'cancer',
    definition:
      'The share of patients whose tumours shrink by a set amount or vanish on treatment. It is an early sign, not proof of longer life.',
    seeAlso: ['complete response', 'overall survival'],
  },
  {
    term: 'cure rate',
    aliases: ['cure rates'],
    field: 'cancer',
    definition:
      'The share of patients who are free of a disease for good after treatment. For cancer it is hard to know, so survival rates are used instead.',
    seeAlso: ['overall survival'],
    context: ['cancer', 'cancers', 'patients', 'treatment', 'disease', 'surgery', 'infection', 'rate', 'rates', 'therapy', 'children'],
  },
  {
    term: 'pre-emptive surgery',
    aliases: ['risk-reducing surgery', 'preventive surgery', 'prophylactic mastectomy', 'preventive mastectomy', 'risk-reducing mastectomy'],
    field: 'cancer',
    definition:
      'Removing healthy organs, such as the breasts or ovaries, to cut cancer risk. It is offered to people with a high risk passed down in families, such as BRCA carriers.',
    seeAlso: ['BRCA', 'mastectomy'],
  },
  {
    term: 'faecal occult blood test',
    aliases: ['fecal occult blood test', 'FOBT', 'guaiac test', 'gFOBT'],
    field: 'cancer',
    definition:
      'A home test for hidden blood in stool, a possible sign of bowel cancer. Newer FIT tests have mostly replaced the older guaiac kind.',
    seeAlso: ['faecal immunochemical test', 'colorectal cancer'],
  },
  {
    term: 'haematopoietic stem cell',
    aliases: ['hematopoietic stem cell', 'blood stem cell', 'blood stem cells', 'haematopoietic stem cells', 'haematopoietic'],
    field: 'cancer',
    definition:
      'A stem cell in the bone marrow that can make every kind of blood cell. Transplants of them treat leukaemia and some other diseases.',
    seeAlso: ['bone marrow', 'stem cell transplant'],
  },
  {
    term: 'adoptive cell therapy',
    aliases: ['adoptive T-cell therapy', 'adoptive cell transfer', 'adoptive immunotherapy', 'adoptive T cell transfer'],
    field: 'cancer',
    definition:
      'A treatment that takes a patient\'s own immune cells, grows or changes them in a lab and puts them back to attack a cancer. CAR-T is one kind.',
    seeAlso: ['CAR-T cell therapy', 'T cell'],
  },
];
