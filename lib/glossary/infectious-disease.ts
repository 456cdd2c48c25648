import type { GlossaryEntry } from './types';

/** Plain-language glossary: germs, infections and how they spread. */
export const entries: GlossaryEntry[] = [
  {
    term: 'virus',
    aliases: ['viruses', 'viral'],
    field: 'infectious-disease',
    definition:
      'A tiny germ, much smaller than a cell, that can only copy itself by getting inside a living cell. Colds, flu and COVID-19 are caused by viruses.',
    seeAlso: ['bacterium', 'pathogen', 'microbe', 'bacteriophage'],
  },
  {
    term: 'bacterium',
    aliases: ['bacteria', 'bacterial'],
    field: 'infectious-disease',
    definition:
      'A living thing made of a single cell, too small to see. Most are harmless or helpful; a few cause disease.',
    seeAlso: ['virus', 'antibiotic', 'microbe'],
  },
  {
    term: 'fungus',
    aliases: ['fungi', 'fungal'],
    field: 'infectious-disease',
    definition:
      'A living thing like a mould, yeast or mushroom. Some cause infections that are hard to treat.',
  },
  {
    term: 'parasite',
    aliases: ['parasites', 'parasitic', 'hookworm', 'hookworms', 'tapeworm'],
    field: 'infectious-disease',
    definition:
      'A living thing that lives on or inside another and takes food from it, often causing harm. Malaria and worms are examples.',
  },
  {
    term: 'pathogen',
    aliases: ['pathogens', 'pathogenic', 'germ', 'germs'],
    field: 'infectious-disease',
    definition:
      'Any germ that can cause disease, such as a virus, bacterium, fungus or parasite.',
    seeAlso: ['virus', 'bacterium'],
  },
  {
    term: 'infection',
    aliases: ['infections', 'infected', 'infectious'],
    field: 'infectious-disease',
    definition:
      'When germs get into the body and multiply. It may cause illness or no symptoms at all.',
    context: ['virus', 'bacteria', 'bacterial', 'viral', 'disease', 'fungal', 'patients', 'hospital', 'immune', 'pathogen', 'antibiotics'],
  },
  {
    term: 'transmission',
    aliases: ['transmissible', 'transmitted', 'human-to-human', 'person-to-person', 'contagious'],
    field: 'infectious-disease',
    definition:
      'How a germ passes from one person or animal to another. It can spread by coughs, touch, blood or mosquito bites.',
    seeAlso: ['airborne'],
    context: ['virus', 'disease', 'infection', 'infections', 'spread', 'germ', 'bacteria', 'mosquitoes', 'outbreak', 'pathogen', 'cases', 'flu', 'human'],
  },
  {
    term: 'airborne',
    aliases: ['airborne transmission', 'aerosol transmission', 'respiratory droplets', 'droplets'],
    field: 'infectious-disease',
    definition:
      'Spread through the air, in tiny drops we breathe out that can float for a while and be breathed in by others.',
    context: ['virus', 'disease', 'infection', 'spread', 'transmission', 'germs', 'measles', 'covid', 'pathogen', 'tuberculosis'],
  },
  {
    term: 'incubation period',
    field: 'infectious-disease',
    definition:
      'The time between catching an infection and the first symptoms.',
  },
  {
    term: 'asymptomatic',
    aliases: ['symptomless', 'without symptoms'],
    field: 'infectious-disease',
    definition:
      'Having an infection or disease but no signs of it. Such people can sometimes still pass it on.',
  },
  {
    term: 'viral load',
    aliases: ['viral loads', 'viral burden'],
    field: 'infectious-disease',
    definition:
      'How much virus is in a person\'s blood or body. A lower viral load usually means the infection is under control and less likely to spread.',
    seeAlso: ['HIV', 'antiviral'],
  },
  {
    term: 'HIV',
    aliases: ['human immunodeficiency virus', 'HIV-1'],
    field: 'infectious-disease',
    definition:
      'A virus that attacks the immune system\'s helper T cells. Without treatment it leads to AIDS; with daily medicine people can live long, healthy lives.',
    seeAlso: ['AIDS', 'antiretroviral therapy', 'viral load'],
  },
  {
    term: 'AIDS',
    aliases: ['acquired immunodeficiency syndrome'],
    field: 'infectious-disease',
    definition:
      'The late stage of HIV infection that has not been treated. The immune system gets so weak that other infections become deadly.',
    seeAlso: ['HIV'],
  },
  {
    term: 'antiretroviral therapy',
    aliases: ['antiretroviral', 'antiretrovirals', 'ART', 'antiretroviral drugs', 'HIV treatment'],
    field: 'infectious-disease',
    definition:
      'Daily medicines that keep HIV from copying itself. They do not cure it but keep the virus so low it cannot be passed on through sex.',
    seeAlso: ['HIV', 'viral load'],
  },
  {
    term: 'PrEP',
    aliases: ['pre-exposure prophylaxis', 'lenacapavir'],
    field: 'infectious-disease',
    definition:
      'Medicine taken by people without HIV to stop them from catching it.',
    seeAlso: ['HIV'],
  },
  {
    term: 'RSV',
    aliases: ['respiratory syncytial virus'],
    field: 'infectious-disease',
    definition:
      'A common virus that causes cold-like illness. In babies and older people it can cause serious lung infections.',
    seeAlso: ['bronchiolitis'],
  },
  {
    term: 'bronchiolitis',
    field: 'infectious-disease',
    definition:
      "An infection of the smallest airways in a baby's lungs, often caused by RSV. It causes coughing, wheezing and trouble breathing.",
    seeAlso: ['RSV', 'croup'],
  },
  {
    term: 'influenza',
    aliases: ['flu', 'seasonal flu'],
    field: 'infectious-disease',
    definition:
      'Flu: a virus that infects the nose, throat and lungs, causing fever and aches. It changes each year, so the vaccine is updated too.',
    seeAlso: ['bird flu', 'flu vaccine'],
  },
  {
    term: 'bird flu',
    aliases: ['avian influenza', 'avian flu', 'H5N1', 'H5N5', 'H7N9'],
    field: 'infectious-disease',
    definition:
      'Flu viruses that mainly infect birds. Some strains, like H5N1, have spread to mammals and, rarely, to people.',
    seeAlso: ['influenza', 'zoonotic'],
  },
  {
    term: 'COVID-19',
    aliases: ['Covid', 'COVID', 'SARS-CoV-2', 'coronavirus', 'Covid-19'],
    field: 'infectious-disease',
    definition:
      'The illness caused by the coronavirus SARS-CoV-2, which spread around the world from late 2019.',
    seeAlso: ['long COVID', 'pandemic'],
  },
  {
    term: 'long COVID',
    aliases: ['long Covid', 'post-COVID condition', 'post-Covid syndrome', 'long-haul COVID'],
    field: 'infectious-disease',
    definition:
      'Health problems, such as tiredness and brain fog, that last for months after a COVID-19 infection.',
    seeAlso: ['COVID-19', 'chronic fatigue syndrome'],
  },
  {
    term: 'measles',
    field: 'infectious-disease',
    definition:
      'A very catching virus that causes fever and a rash and can be deadly. Two doses of vaccine prevent it.',
    seeAlso: ['vaccine', 'herd immunity', 'MMR vaccine'],
  },
  {
    term: 'malaria',
    field: 'infectious-disease',
    definition:
      'A disease caused by a parasite spread by mosquito bites. It causes fevers and kills hundreds of thousands of people a year, mostly young children.',
    seeAlso: ['parasite', 'vector-borne disease'],
  },
  {
    term: 'tuberculosis',
    aliases: ['TB'],
    field: 'infectious-disease',
    definition:
      'A bacterial infection that mostly attacks the lungs and spreads through the air. It needs months of antibiotics to cure.',
    seeAlso: ['antibiotic', 'BCG vaccine'],
  },
  {
    term: 'BCG vaccine',
    aliases: ['BCG', 'bacillus Calmette-Guérin', 'bacillus Calmette-Guerin', 'Bacille Calmette-Guérin'],
    field: 'infectious-disease',
    definition:
      'An old vaccine against tuberculosis, made from a weakened germ related to the one that gives cows TB. Doctors also use it to treat bladder cancer.',
    seeAlso: ['tuberculosis', 'vaccine'],
  },
  {
    term: 'Ebola',
    aliases: ['Ebola virus', 'Ebola virus disease'],
    field: 'infectious-disease',
    definition:
      'A rare but often deadly virus that causes fever and bleeding. It spreads through contact with the body fluids of sick people.',
    seeAlso: ['outbreak', 'Marburg virus'],
  },
  {
    term: 'encephalitis',
    aliases: ['Eastern equine encephalitis', 'EEE'],
    field: 'infectious-disease',
    definition:
      'Swelling of the brain, usually from an infection. It can cause fever, confusion and seizures, and can be life-threatening.',
    seeAlso: ['meningitis'],
  },
  {
    term: 'mpox',
    aliases: ['monkeypox'],
    field: 'infectious-disease',
    definition:
      'A virus related to smallpox that causes a painful rash and fever. It spreads through close contact.',
    seeAlso: ['smallpox'],
  },
  {
    term: 'dengue',
    aliases: ['dengue fever'],
    field: 'infectious-disease',
    definition:
      'A virus spread by mosquito bites in warm places. It causes high fever and pain, and a second infection can be worse than the first.',
    seeAlso: ['vector-borne disease', 'Zika', 'chikungunya', 'yellow fever'],
  },
  {
    term: 'West Nile virus',
    aliases: ['West Nile'],
    field: 'infectious-disease',
    definition:
      'A virus that birds carry and mosquitoes pass to people. Most have no symptoms, but a few get serious brain infections.',
    seeAlso: ['vector-borne disease', 'encephalitis'],
  },
  {
    term: 'vector-borne disease',
    aliases: ['mosquito-borne', 'mosquito-borne virus', 'tick-borne', 'vector-borne'],
    field: 'infectious-disease',
    definition:
      'An illness passed to people by the bite of an insect or tick, such as malaria or Lyme disease.',
    seeAlso: ['Zika', 'chikungunya', 'yellow fever', 'Lyme disease'],
  },
  {
    term: 'hepatitis',
    aliases: ['hepatitis B', 'hepatitis C'],
    field: 'infectious-disease',
    definition:
      'Swelling and damage of the liver, often caused by a virus. Some kinds can last for years and lead to liver cancer.',
    seeAlso: ['cirrhosis'],
  },
  {
    term: 'HPV',
    aliases: ['human papillomavirus', 'papillomavirus', 'human papilloma virus'],
    field: 'infectious-disease',
    definition:
      'A very common virus spread by skin contact during sex. Some types cause cervical and throat cancers; a vaccine prevents them.',
    seeAlso: ['HPV vaccine'],
  },
  {
    term: 'sepsis',
    aliases: ['septic shock', 'blood poisoning', 'septic', 'septicaemia'],
    field: 'infectious-disease',
    definition:
      'A life-threatening reaction to an infection, where the body\'s response starts to damage its own organs. It needs fast treatment.',
  },
  {
    term: 'antibiotic',
    aliases: ['antibiotics', 'antibacterial'],
    field: 'infectious-disease',
    definition:
      'A medicine that kills bacteria or stops them growing. It does not work against viruses like colds or flu.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'antibiotic resistance',
    aliases: ['antimicrobial resistance', 'AMR', 'resistant bacteria', 'multidrug-resistant'],
    field: 'infectious-disease',
    definition:
      'When germs change so that medicines no longer kill them. Overusing antibiotics speeds this up.',
    seeAlso: ['antibiotic', 'bacteriophage'],
  },
  {
    term: 'antimicrobial peptide',
    aliases: ['antimicrobial peptides'],
    field: 'infectious-disease',
    definition:
      'A small protein that kills germs, often by punching holes in them. Scientists hope such proteins can help when antibiotics fail.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'antiviral',
    aliases: ['antivirals', 'antiviral drug', 'antiviral drugs', 'antiviral medication', 'Paxlovid', 'Tamiflu'],
    field: 'infectious-disease',
    definition:
      'A medicine that stops a virus from copying itself inside the body. This makes the illness shorter or milder.',
    seeAlso: ['virus', 'viral load'],
  },
  {
    term: 'outbreak',
    aliases: ['outbreaks', 'cluster of cases'],
    field: 'infectious-disease',
    definition:
      'More cases of a disease than expected, in one place over a short time.',
    seeAlso: ['epidemic', 'pandemic'],
  },
  {
    term: 'epidemic',
    aliases: ['epidemics'],
    field: 'infectious-disease',
    definition:
      'A disease spreading fast to many people in a region, far more than usual.',
    seeAlso: ['outbreak', 'pandemic', 'endemic'],
  },
  {
    term: 'pandemic',
    aliases: ['pandemics'],
    field: 'infectious-disease',
    definition:
      'An epidemic that has spread across many countries or the whole world.',
    seeAlso: ['epidemic'],
  },
  {
    term: 'endemic',
    field: 'infectious-disease',
    definition:
      'Always present at a steady level in a place, like malaria in parts of Africa. It does not mean harmless.',
    seeAlso: ['epidemic'],
    context: ['disease', 'diseases', 'virus', 'malaria', 'infection', 'infections', 'covid', 'countries', 'cases', 'transmission'],
  },
  {
    term: 'incidence',
    aliases: ['incidence rate', 'new cases'],
    field: 'infectious-disease',
    definition:
      'How many new cases of a disease appear in a group over a set time, such as a year.',
    seeAlso: ['prevalence'],
  },
  {
    term: 'prevalence',
    aliases: ['prevalent'],
    field: 'infectious-disease',
    definition:
      'How many people have a disease or trait at a given time. It is often given as a share of the population.',
    seeAlso: ['incidence'],
  },
  {
    term: 'herd immunity',
    aliases: ['population immunity', 'community immunity'],
    field: 'infectious-disease',
    definition:
      'When so many people are immune that a germ struggles to spread. This also protects people who are not immune.',
    seeAlso: ['vaccine', 'immunity'],
  },
  {
    term: 'reproduction number',
    aliases: ['R0', 'R number', 'basic reproduction number', 'R value'],
    field: 'infectious-disease',
    definition:
      'How many people, on average, each infected person passes a disease to. Above 1 it grows; below 1 it shrinks.',
  },
  {
    term: 'case fatality rate',
    aliases: ['fatality rate', 'case fatality ratio', 'CFR'],
    field: 'infectious-disease',
    definition:
      'The share of people with a disease who die from it. Missing mild cases makes it look higher than it is.',
    seeAlso: ['mortality', 'infection fatality rate'],
  },
  {
    term: 'zoonotic',
    aliases: ['zoonosis', 'zoonoses', 'zoonotic disease', 'animal-to-human'],
    field: 'infectious-disease',
    definition:
      'A disease that jumps from animals to people, such as bird flu, rabies or Ebola.',
  },
  {
    term: 'strain',
    aliases: ['strains', 'subtype', 'subtypes', 'lineage', 'serotype', 'variant strain'],
    field: 'infectious-disease',
    definition:
      'A version of a germ with its own genetic differences, like a breed of dog. Strains can differ in how they spread or how ill they make you.',
    context: ['virus', 'viruses', 'bacteria', 'bacterium', 'flu', 'influenza', 'covid', 'infection', 'pathogen', 'vaccine', 'H5N1', 'variant'],
  },
  {
    term: 'contact tracing',
    field: 'infectious-disease',
    definition:
      'Finding and warning the people who were near someone with an infection. They can then get tested or stay away from others.',
    seeAlso: ['quarantine'],
  },
  {
    term: 'PCR test',
    aliases: ['PCR', 'polymerase chain reaction', 'PCR tests'],
    field: 'infectious-disease',
    definition:
      "A lab test that copies tiny bits of a germ's genes millions of times until they can be seen. It finds infections very reliably.",
    seeAlso: ['rapid test'],
  },
  {
    term: 'wastewater surveillance',
    aliases: ['wastewater testing', 'sewage testing', 'wastewater monitoring'],
    field: 'infectious-disease',
    definition:
      'Testing sewage for traces of germs to see how much a disease is spreading in a town. It does not need testing each person.',
  },
  {
    term: 'pneumonia',
    aliases: ['lung infection', 'chest infection'],
    field: 'infectious-disease',
    definition:
      'An infection that fills the small air sacs of the lungs with fluid, making it hard to breathe.',
  },
  {
    term: 'urinary tract infection',
    aliases: ['UTI', 'UTIs', 'bladder infection'],
    field: 'infectious-disease',
    definition:
      'An infection of the bladder or the tubes that carry urine, usually from bacteria. It causes burning and needing to pee often.',
  },
  {
    term: 'cholera',
    field: 'infectious-disease',
    definition:
      'A gut infection spread through dirty water. It causes severe watery diarrhoea that can kill within hours without fluids.',
    seeAlso: ['typhoid'],
  },
  {
    term: 'prion',
    aliases: ['prions', 'prion disease', 'mad cow disease', 'chronic wasting disease', 'Creutzfeldt-Jakob disease', 'CJD'],
    field: 'infectious-disease',
    definition:
      'A misfolded protein that makes normal proteins misfold too. Prion diseases slowly destroy the brain and cannot be cured.',
  },
  {
    term: 'microbe',
    aliases: ['microbes', 'microorganism', 'microorganisms', 'micro-organism', 'micro-organisms'],
    field: 'infectious-disease',
    definition:
      'Any living thing too small to see without a microscope, such as bacteria, many fungi and tiny algae. Viruses are often counted too.',
    seeAlso: ['bacterium', 'virus', 'microbiome'],
  },
  {
    term: 'flu vaccine',
    aliases: ['influenza vaccine', 'flu shot', 'flu jab', 'flu vaccines', 'flu shots', 'flu jabs'],
    field: 'infectious-disease',
    definition:
      'A yearly jab that trains the body to fight the flu strains expected that season. It is updated each year because the virus keeps changing.',
    seeAlso: ['influenza', 'vaccine'],
  },
  {
    term: 'MMR vaccine',
    aliases: ['MMR', 'MMR jab', 'MMR vaccination'],
    field: 'infectious-disease',
    definition:
      'A combined jab that protects against measles, mumps and rubella. Two doses give strong, long-lasting protection.',
    seeAlso: ['measles', 'vaccine'],
  },
  {
    term: 'Marburg virus',
    aliases: ['Marburg', 'Marburg virus disease'],
    field: 'infectious-disease',
    definition:
      'A rare virus, a close cousin of Ebola, that causes high fever and bleeding. It is often deadly and spreads through body fluids.',
    seeAlso: ['Ebola'],
  },
  {
    term: 'meningitis',
    field: 'infectious-disease',
    definition:
      'Swelling of the thin layers that wrap the brain and spinal cord, usually from an infection. When bacteria cause it, it is an emergency that can kill within hours.',
    seeAlso: ['encephalitis'],
  },
  {
    term: 'Zika',
    aliases: ['Zika virus'],
    field: 'infectious-disease',
    definition:
      "A virus spread by mosquito bites. Most people get only a mild illness, but infection in pregnancy can harm the baby's brain.",
    seeAlso: ['dengue', 'vector-borne disease'],
  },
  {
    term: 'chikungunya',
    field: 'infectious-disease',
    definition:
      'A virus spread by mosquito bites that causes fever and severe joint pain, which can last for months.',
    seeAlso: ['dengue', 'vector-borne disease'],
  },
  {
    term: 'yellow fever',
    field: 'infectious-disease',
    definition:
      'A virus spread by mosquitoes in parts of Africa and South America. It can damage the liver and turn the skin yellow; a vaccine prevents it.',
    seeAlso: ['dengue', 'vector-borne disease'],
  },
  {
    term: 'Lyme disease',
    field: 'infectious-disease',
    definition:
      'An illness caused by bacteria passed on by tick bites. It often starts with a spreading red rash and is treated with antibiotics.',
    seeAlso: ['vector-borne disease'],
  },
  {
    term: 'HPV vaccine',
    aliases: ['HPV vaccination', 'HPV jab'],
    field: 'infectious-disease',
    definition:
      'A jab that protects against the types of HPV that cause most cancers of the cervix. It works best given before a person could meet the virus, usually around age 9 to 14.',
    seeAlso: ['HPV', 'vaccine'],
  },
  {
    term: 'bacteriophage',
    aliases: ['phage', 'phages', 'bacteriophages', 'phage therapy'],
    field: 'infectious-disease',
    definition:
      'A virus that infects only bacteria. Doctors can use these viruses to kill germs that antibiotics no longer touch.',
    seeAlso: ['antibiotic resistance', 'virus'],
  },
  {
    term: 'quarantine',
    aliases: ['quarantined', 'isolation unit', 'high-level isolation unit'],
    field: 'infectious-disease',
    definition:
      'Keeping people who are sick, or may have caught a disease, apart from others so it cannot spread.',
    seeAlso: ['contact tracing'],
  },
  {
    term: 'rapid test',
    aliases: ['lateral flow test', 'antigen test', 'rapid tests', 'lateral flow tests', 'antigen tests', 'rapid antigen test'],
    field: 'infectious-disease',
    definition:
      "A quick test, like a home COVID test, that looks for a germ's proteins. It gives results in minutes but misses more cases than a PCR test.",
    seeAlso: ['PCR test'],
  },
  {
    term: 'polio',
    aliases: ['poliovirus', 'poliomyelitis'],
    field: 'infectious-disease',
    definition:
      'A virus that can paralyse, mostly in young children. Vaccines have wiped it out from nearly all of the world.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'smallpox',
    field: 'infectious-disease',
    definition:
      'A deadly disease caused by a virus. Vaccines wiped it out worldwide by 1980, the only human disease ended this way.',
    seeAlso: ['vaccine', 'mpox'],
  },
  {
    term: 'typhoid',
    aliases: ['typhoid fever'],
    field: 'infectious-disease',
    definition:
      'An illness from bacteria spread in dirty food and water. It causes high fever and is treated with antibiotics.',
    seeAlso: ['cholera'],
  },
  {
    term: 'croup',
    field: 'infectious-disease',
    definition:
      'A viral infection in young children that makes the windpipe swell. It causes a barking cough and noisy breathing.',
    seeAlso: ['bronchiolitis'],
  },
  {
    term: 'infection fatality rate',
    aliases: ['infection fatality ratio', 'IFR'],
    field: 'infectious-disease',
    definition:
      'The share of everyone infected, including people with mild or no symptoms, who die. It is lower than the case fatality rate.',
    seeAlso: ['case fatality rate'],
  },
  {
    term: 'norovirus',
    aliases: ['winter vomiting bug', 'stomach bug'],
    field: 'infectious-disease',
    definition:
      'A very catching virus that causes sudden vomiting and diarrhoea. It spreads fast on cruise ships and in schools and hospitals, and is hard to kill on surfaces.',
    seeAlso: ['virus', 'outbreak'],
  },
  {
    term: 'rotavirus',
    aliases: ['rotavirus vaccine'],
    field: 'infectious-disease',
    definition:
      'A virus that causes severe diarrhoea in babies and young children. A vaccine given by mouth has sharply cut deaths from it.',
    seeAlso: ['vaccine', 'dehydration'],
  },
  {
    term: 'Escherichia coli',
    aliases: ['E. coli', 'E.coli', 'coli', 'STEC'],
    field: 'infectious-disease',
    definition:
      'A common gut bacterium. Most kinds are harmless, but some cause food poisoning or kidney damage, and it is a leading cause of urinary infections.',
    seeAlso: ['bacterium', 'urinary tract infection'],
  },
  {
    term: 'salmonella',
    aliases: ['salmonellosis'],
    field: 'infectious-disease',
    definition:
      'A bacterium that causes food poisoning, often from raw eggs, chicken or unwashed produce. It brings fever, cramps and diarrhoea.',
    seeAlso: ['bacterium', 'outbreak'],
  },
  {
    term: 'listeria',
    aliases: ['listeriosis', 'Listeria monocytogenes'],
    field: 'infectious-disease',
    definition:
      'A bacterium found in some chilled foods like soft cheese and cold meats. It is rare but dangerous for pregnant women, newborns and older people.',
    seeAlso: ['bacterium'],
  },
  {
    term: 'Staphylococcus aureus',
    aliases: ['S. aureus', 'staph', 'staph infection', 'aureus'],
    field: 'infectious-disease',
    definition:
      'A bacterium many people carry harmlessly on the skin or in the nose. It can cause boils, wound infections and, rarely, deadly blood infections.',
    seeAlso: ['MRSA', 'bacterium'],
  },
  {
    term: 'MRSA',
    aliases: ['methicillin-resistant Staphylococcus aureus', 'meticillin-resistant Staphylococcus aureus'],
    field: 'infectious-disease',
    definition:
      'A staph germ that common antibiotics no longer kill. It causes hard-to-treat skin, blood and wound infections, often in hospitals.',
    seeAlso: ['antibiotic resistance', 'Staphylococcus aureus'],
  },
  {
    term: 'Clostridioides difficile',
    aliases: ['Clostridium difficile', 'C. difficile', 'C. diff', 'difficile', 'C.diff', 'C-diff', 'CDI'],
    field: 'infectious-disease',
    definition:
      'A gut germ that can take over after antibiotics kill off the helpful microbes in the gut. It causes bad diarrhoea, mostly in older people in hospital.',
    seeAlso: ['microbiome', 'antibiotic'],
  },
  {
    term: 'whooping cough',
    aliases: ['pertussis'],
    field: 'infectious-disease',
    definition:
      'A bacterial lung infection that causes long coughing fits ending in a "whoop" sound. It is most dangerous for babies, so pregnant women are offered a vaccine.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'chickenpox',
    aliases: ['varicella', 'chicken pox'],
    field: 'infectious-disease',
    definition:
      'A catching virus that causes an itchy rash of blisters, mostly in children. The virus then hides in the nerves for life.',
    seeAlso: ['shingles'],
  },
  {
    term: 'shingles',
    aliases: ['herpes zoster', 'shingles vaccine', 'Shingrix'],
    field: 'infectious-disease',
    definition:
      'A painful, blistering rash caused when the chickenpox virus wakes up again, years later. It is more common with age, and a vaccine cuts the risk.',
    seeAlso: ['chickenpox', 'vaccine'],
  },
  {
    term: 'sexually transmitted infection',
    aliases: ['STI', 'sexually transmitted disease', 'STD', 'sexually transmitted infections', 'sexually transmitted diseases'],
    field: 'infectious-disease',
    definition:
      'An infection passed on mainly through sex, such as chlamydia, gonorrhoea or syphilis. Many cause no symptoms at first.',
    seeAlso: ['syphilis', 'gonorrhoea', 'chlamydia'],
  },
  {
    term: 'syphilis',
    aliases: ['congenital syphilis'],
    field: 'infectious-disease',
    definition:
      'An infection caught through sex, caused by bacteria. Left untreated it can harm the brain, heart and unborn babies, but penicillin cures it.',
    seeAlso: ['sexually transmitted infection', 'penicillin'],
  },
  {
    term: 'gonorrhoea',
    aliases: ['gonorrhea', 'super gonorrhoea'],
    field: 'infectious-disease',
    definition:
      'An infection caught through sex, caused by bacteria. It is getting harder to treat as the germ learns to resist antibiotics.',
    seeAlso: ['sexually transmitted infection', 'antibiotic resistance'],
  },
  {
    term: 'chlamydia',
    field: 'infectious-disease',
    definition:
      'The most common infection caught through sex that is caused by bacteria. It often has no symptoms but, untreated, can leave people unable to have children.',
    seeAlso: ['sexually transmitted infection', 'infertility'],
  },
  {
    term: 'rabies',
    field: 'infectious-disease',
    definition:
      'A virus spread by bites from infected animals, such as dogs and bats, that attacks the brain. Once symptoms start it is almost always fatal, but shots soon after a bite prevent it.',
    seeAlso: ['virus', 'zoonotic'],
  },
  {
    term: 'strep A',
    aliases: ['group A strep', 'Streptococcus pyogenes', 'strep throat', 'scarlet fever', 'invasive group A strep'],
    field: 'infectious-disease',
    definition:
      'A germ that causes sore throats and scarlet fever. Rarely it gets deep into the body and can kill.',
    seeAlso: ['bacterium', 'antibiotic'],
  },
  {
    term: 'seroprevalence',
    aliases: ['serosurvey', 'antibody survey'],
    field: 'infectious-disease',
    definition:
      'The share of people in a group whose blood has antibodies to a germ. It shows how many have been infected or vaccinated.',
    seeAlso: ['antibody', 'prevalence'],
  },
  {
    term: 'haemagglutinin',
    aliases: ['hemagglutinin', 'neuraminidase'],
    field: 'infectious-disease',
    definition:
      'Spike proteins on the flu virus\'s surface. They give flu strains names like H5N1: H for haemagglutinin, which grabs cells, and N for neuraminidase, which lets new viruses escape.',
    seeAlso: ['influenza', 'bird flu'],
  },
  {
    term: 'swine flu',
    aliases: ['H1N1', 'H1N1 flu'],
    field: 'infectious-disease',
    definition:
      'A flu strain, H1N1, that jumped from pigs and caused the 2009 pandemic. It still circulates as one of the seasonal flu viruses.',
    seeAlso: ['influenza', 'pandemic'],
  },
  {
    term: 'penicillin',
    aliases: ['amoxicillin', 'ampicillin', 'penicillins'],
    field: 'infectious-disease',
    definition:
      'The first mass-made antibiotic, found in a mould in 1928. Related drugs such as amoxicillin are still among the most used; some people are allergic to them.',
    seeAlso: ['antibiotic'],
  },
  {
    term: 'doxycycline',
    aliases: ['doxy-PEP', 'doxy PEP'],
    field: 'infectious-disease',
    definition:
      'A common antibiotic for acne, Lyme disease, chest infections and more. Taken soon after sex, as doxy-PEP, it cuts the risk of some infections caught through sex.',
    seeAlso: ['antibiotic', 'sexually transmitted infection'],
  },
  {
    term: 'azithromycin',
    aliases: ['Zithromax', 'Z-Pak'],
    field: 'infectious-disease',
    definition:
      'A common antibiotic taken for a few days to treat chest, ear and sex-related infections. Overuse has helped germs resist it.',
    seeAlso: ['antibiotic', 'antibiotic resistance'],
  },
  {
    term: 'hantavirus',
    field: 'infectious-disease',
    definition:
      'A family of viruses carried by rodents. People catch them by breathing dust from mouse droppings, and they can cause severe lung or kidney disease.',
    seeAlso: ['virus', 'zoonotic'],
  },
  {
    term: 'Nipah virus',
    aliases: ['Nipah'],
    field: 'infectious-disease',
    definition:
      'A deadly virus that spreads from fruit bats to people, sometimes through pigs or raw date palm sap. It causes brain swelling and has no approved vaccine.',
    seeAlso: ['zoonotic', 'encephalitis'],
  },
  {
    term: 'tetanus',
    aliases: ['lockjaw'],
    field: 'infectious-disease',
    definition:
      'A serious illness caused by bacteria from soil getting into a wound. Their poison makes muscles lock up; vaccines prevent it.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'paramyxovirus',
    field: 'infectious-disease',
    definition:
      'A family of viruses that includes those behind measles, mumps and some chest infections in children. They spread through coughs and sneezes.',
  },
  {
    term: 'infectious disease',
    aliases: ['infectious diseases', 'communicable disease', 'communicable diseases', 'contagious disease', 'contagious diseases'],
    field: 'infectious-disease',
    definition:
      'An illness caused by a germ, such as a virus, bacterium, fungus or parasite. It can pass from one person or animal to another.',
    seeAlso: ['pathogen', 'infection'],
  },
  {
    term: 'Helicobacter pylori',
    aliases: ['H. pylori', 'H pylori', 'Helicobacter'],
    field: 'infectious-disease',
    definition:
      'A bacterium that lives in the stomach of about half the world\'s people. It can cause ulcers and raises the risk of stomach cancer.',
    seeAlso: ['stomach cancer'],
  },
  {
    term: 'colonisation',
    aliases: ['colonised', 'colonising', 'colonisations'],
    field: 'infectious-disease',
    definition:
      'When germs live on or in the body without making it ill. A colonised person can still pass them on.',
    seeAlso: ['MRSA'],
    context: ['bacteria', 'bacterium', 'MRSA', 'germs', 'germ', 'gut', 'infection', 'infections', 'skin', 'microbes', 'pathogen', 'pathogens', 'patients', 'hospital', 'nose', 'fungus'],
  },
  {
    term: 'insect repellent',
    aliases: ['mosquito repellents'],
    field: 'infectious-disease',
    definition:
      'A substance put on skin or clothes to keep biting insects such as mosquitoes and ticks away. DEET is the best-known one.',
    seeAlso: ['mosquito'],
    context: ['mosquito', 'mosquitoes', 'insects', 'insect', 'ticks', 'tick', 'bites', 'malaria', 'skin', 'DEET', 'dengue', 'Zika'],
  },
  {
    term: 'conjunctivitis',
    aliases: ['pink eye', 'pinkeye'],
    field: 'infectious-disease',
    definition:
      'Pink eye: redness and swelling of the thin layer that covers the white of the eye, caused by germs or allergy.',
  },
  {
    term: 'genital warts',
    aliases: ['genital wart'],
    field: 'infectious-disease',
    definition:
      'Small growths on or around the sex organs, caused by some types of HPV and passed on by sexual contact.',
    seeAlso: ['HPV', 'wart'],
  },
  {
    term: 'wart',
    aliases: ['warts', 'verruca', 'verrucas', 'verrucae'],
    field: 'infectious-disease',
    definition:
      'A small, rough growth on the skin caused by a human papillomavirus. Warts spread by touch and often go away on their own.',
    seeAlso: ['HPV'],
  },
  {
    term: 'herpes',
    aliases: ['herpes simplex', 'HSV', 'cold sore', 'cold sores', 'genital herpes', 'herpes virus', 'herpes simplex virus', 'herpesvirus'],
    field: 'infectious-disease',
    definition:
      'A common virus that causes painful blisters, such as cold sores on the lips or sores on the genitals. It stays in the body for life and can flare up again.',
  },
  {
    term: 'unprotected sex',
    aliases: ['condomless sex', 'unprotected intercourse'],
    field: 'infectious-disease',
    definition:
      'Sex without a condom or other barrier. It can pass on sexually transmitted infections and lead to pregnancy.',
    seeAlso: ['sexually transmitted infection'],
  },
  {
    term: 'undetectable viral load',
    aliases: ['undetectable', 'undetectable levels'],
    field: 'infectious-disease',
    definition:
      'When HIV treatment keeps the virus so low that tests cannot find it. A person with an undetectable viral load cannot pass HIV on through sex.',
    seeAlso: ['HIV', 'viral load', 'antiretroviral therapy'],
    context: ['HIV', 'virus', 'viral', 'antiretroviral', 'treatment', 'transmit', 'infection'],
  },
  {
    term: 'biofilm',
    aliases: ['biofilms'],
    field: 'infectious-disease',
    definition:
      'A slimy layer of bacteria stuck to a surface, like plaque on teeth or a film inside a medical tube. Germs in it are much harder to kill with antibiotics.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'virulence',
    aliases: ['virulent', 'virulence factor', 'virulence factors'],
    field: 'infectious-disease',
    definition:
      'How much harm a germ can cause. A more virulent strain makes people sicker, which is not the same as spreading more easily.',
    seeAlso: ['pathogen', 'strain'],
  },
  {
    term: 'trachoma',
    field: 'infectious-disease',
    definition:
      'An eye infection caused by bacteria and spread by flies and touch. Repeated infection scars the eyelid and can blind. It is common where clean water is scarce.',
  },
  {
    term: 'latent infection',
    aliases: ['latent', 'latent TB', 'latent tuberculosis', 'dormant infection'],
    field: 'infectious-disease',
    definition:
      'An infection in which the germ hides in the body and causes no symptoms. It can wake up later, like TB or the chickenpox virus.',
    seeAlso: ['tuberculosis', 'shingles'],
    context: ['infection', 'infections', 'virus', 'viruses', 'TB', 'tuberculosis', 'HIV', 'herpes', 'germ', 'bacteria', 'reservoir', 'dormant'],
  },
  {
    term: 'viral shedding',
    aliases: ['shedding', 'virus shedding', 'shed the virus', 'shedding the virus', 'shed virus'],
    field: 'infectious-disease',
    definition:
      'When an infected person releases a virus, in breath, spit, stool or other fluids, so that it can pass to others.',
    seeAlso: ['transmission'],
    context: ['virus', 'viruses', 'viral', 'infected', 'infection', 'saliva', 'infectious', 'stool', 'germ'],
  },
  {
    term: 'tenofovir',
    aliases: ['tenofovir disoproxil', 'Truvada', 'emtricitabine'],
    field: 'infectious-disease',
    definition:
      'An antiviral drug that treats HIV and hepatitis B and, as part of PrEP pills, prevents HIV.',
    seeAlso: ['PrEP', 'antiretroviral therapy'],
  },
  {
    term: 'protease inhibitor',
    aliases: ['protease inhibitors', 'nirmatrelvir'],
    field: 'infectious-disease',
    definition:
      'A drug that blocks a protease, an enzyme a virus needs to build working copies of itself. Such drugs treat HIV, hepatitis C and COVID-19.',
    seeAlso: ['antiviral'],
  },
  {
    term: 'lopinavir',
    aliases: ['lopinavir/ritonavir', 'ritonavir', 'Kaletra'],
    field: 'infectious-disease',
    definition:
      'HIV drugs that block an enzyme the virus needs to copy itself. They were tested against COVID-19 and did not help.',
    seeAlso: ['protease inhibitor', 'HIV'],
  },
  {
    term: 'cytomegalovirus',
    aliases: ['CMV'],
    field: 'infectious-disease',
    definition:
      'A common virus that usually causes no illness. But if a pregnant woman catches it, it can harm the baby\'s hearing or brain.',
  },
  {
    term: 'molluscum contagiosum',
    aliases: ['molluscum'],
    field: 'infectious-disease',
    definition:
      'A common, harmless skin infection in children, causing small, pearly bumps. It spreads by touch and clears up on its own, often over months.',
  },
  {
    term: 'head lice',
    aliases: ['lice', 'louse', 'nits', 'head louse', 'lice infestation', 'lice infestations'],
    field: 'infectious-disease',
    definition:
      'Tiny insects that live in hair and feed on blood from the scalp. They spread by head-to-head contact and are common in schoolchildren.',
  },
  {
    term: 'foodborne illness',
    aliases: ['food poisoning', 'foodborne', 'foodborne disease', 'foodborne diseases', 'foodborne pathogens', 'foodborne outbreak'],
    field: 'infectious-disease',
    definition:
      'Illness from food or drink that carries germs or their poisons, such as salmonella. Being sick and diarrhoea are common signs.',
    seeAlso: ['salmonella', 'norovirus', 'listeria'],
  },
  {
    term: 'rubella',
    aliases: ['German measles'],
    field: 'infectious-disease',
    definition:
      'A usually mild viral illness with a rash. In early pregnancy it can cause serious birth defects, which is why children get the MMR vaccine.',
    seeAlso: ['MMR vaccine'],
  },
  {
    term: 'toxoplasmosis',
    aliases: ['Toxoplasma', 'Toxoplasma gondii'],
    field: 'infectious-disease',
    definition:
      'An infection with a parasite spread by cat faeces and undercooked meat. Mostly harmless, but it can harm an unborn baby.',
    seeAlso: ['parasite'],
  },
  {
    term: 'adenovirus',
    aliases: ['adenoviruses', 'adenoviral', 'adenovirus vector', 'adenoviral vector'],
    field: 'infectious-disease',
    definition:
      'A common family of viruses that cause colds, pink eye and stomach bugs. Weakened versions carry genes in some vaccines and gene therapies.',
    seeAlso: ['virus'],
  },
  {
    term: 'upper respiratory infection',
    aliases: ['upper respiratory tract infection', 'upper respiratory tract infections', 'URTI', 'upper respiratory infections'],
    field: 'infectious-disease',
    definition:
      'An infection of the nose, sinuses or throat, such as a cold. Most are caused by viruses, so antibiotics do not help.',
    seeAlso: ['common cold', 'respiratory tract infection'],
  },
  {
    term: 'respiratory tract infection',
    aliases: ['respiratory infection', 'respiratory infections', 'chest infections', 'lower respiratory tract infection', 'lower respiratory infection', 'respiratory tract infections'],
    field: 'infectious-disease',
    definition:
      'An infection of the airways or lungs, from a cold to pneumonia. A chest infection reaches the lower airways.',
    seeAlso: ['pneumonia', 'bronchitis'],
  },
  {
    term: 'common cold',
    aliases: ['the common cold', 'head cold', 'rhinovirus', 'rhinoviruses'],
    field: 'infectious-disease',
    definition:
      'A mild viral infection of the nose and throat. More than 200 viruses cause it, most often rhinoviruses.',
    seeAlso: ['upper respiratory infection'],
  },
  {
    term: 'drug resistance',
    aliases: ['drug-resistant', 'multidrug resistance', 'multi-drug resistant', 'resistant strain', 'resistant strains', 'drug-resistant infections'],
    field: 'infectious-disease',
    definition:
      'When a germ, or a cancer, stops responding to a drug that used to work on it. Heavy use of a drug helps resistant forms spread.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'hospital-acquired infection',
    aliases: ['hospital-acquired infections', 'healthcare-associated infection', 'healthcare-associated infections', 'nosocomial infection', 'hospital infection', 'hospital infections'],
    field: 'infectious-disease',
    definition:
      'An infection a patient catches while in hospital or a care home. The germs often resist many antibiotics.',
    seeAlso: ['MRSA', 'Clostridioides difficile'],
  },
  {
    term: 'superbug',
    aliases: ['superbugs'],
    field: 'infectious-disease',
    definition:
      'A germ that resists many of the antibiotics that would normally kill it, such as MRSA.',
    seeAlso: ['antibiotic resistance', 'MRSA'],
  },
  {
    term: 'hand hygiene',
    aliases: ['hand washing', 'handwashing', 'hand-washing', 'hand sanitiser', 'hand sanitizer', 'hand gel'],
    field: 'infectious-disease',
    definition:
      'Cleaning hands with soap and water or alcohol gel. It is one of the cheapest ways to stop germs spreading, in hospitals and at home.',
  },
  {
    term: 'face mask',
    aliases: ['face masks', 'face covering', 'face coverings', 'surgical mask', 'surgical masks', 'N95', 'FFP2', 'N95 respirator'],
    field: 'infectious-disease',
    definition:
      'A covering for the nose and mouth that blocks some of the droplets and tiny particles that carry germs. Close-fitting N95 or FFP2 masks block the most.',
    seeAlso: ['airborne'],
  },
  {
    term: 'social distancing',
    aliases: ['physical distancing', 'keeping apart'],
    field: 'infectious-disease',
    definition:
      'Keeping a set space between people, such as two metres, to slow the spread of an infection.',
    seeAlso: ['transmission'],
  },
  {
    term: 'lockdown',
    aliases: ['lockdowns', 'stay-at-home order', 'stay-at-home orders'],
    field: 'infectious-disease',
    definition:
      'An order for people to stay at home and for shops, schools and offices to close, to slow an epidemic.',
    seeAlso: ['pandemic'],
    context: ['COVID', 'COVID-19', 'pandemic', 'virus', 'coronavirus', 'restrictions', 'epidemic', 'infections', 'cases', 'schools', 'outbreak'],
  },
  {
    term: 'self-isolation',
    aliases: ['self-isolate', 'self-isolating', 'isolation period', 'isolating'],
    field: 'infectious-disease',
    definition:
      'Staying away from other people while ill or after a positive test. It stops you from passing an infection on.',
    seeAlso: ['quarantine'],
    context: ['COVID', 'COVID-19', 'virus', 'infection', 'infected', 'test', 'positive', 'symptoms', 'days', 'coronavirus', 'flu'],
  },
  {
    term: 'Omicron',
    aliases: ['Omicron variant', 'XBB'],
    field: 'infectious-disease',
    definition:
      'A family of variants of the COVID-19 virus that appeared in late 2021. It spread very fast and partly dodged immunity, but caused milder illness on average.',
    seeAlso: ['COVID-19', 'immune escape'],
  },
  {
    term: 'Delta variant',
    aliases: ['Delta'],
    field: 'infectious-disease',
    definition:
      'A variant of the COVID-19 virus first found in India in 2020. It spread faster and caused more severe illness than earlier forms.',
    seeAlso: ['COVID-19'],
    context: ['variant', 'variants', 'COVID', 'COVID-19', 'virus', 'coronavirus', 'strain', 'infections', 'vaccine', 'vaccines'],
  },
  {
    term: 'spike protein',
    aliases: ['spike proteins'],
    field: 'infectious-disease',
    definition:
      'The protein that sticks out from the surface of the COVID-19 virus and lets it enter cells. Most COVID-19 vaccines teach the body to spot it.',
    seeAlso: ['COVID-19', 'mRNA vaccine'],
    context: ['virus', 'coronavirus', 'COVID', 'COVID-19', 'vaccine', 'vaccines', 'antibodies', 'antibody', 'cells', 'protein', 'mutations', 'SARS-CoV-2'],
  },
  {
    term: 'flu season',
    aliases: ['influenza season', 'winter flu season', 'seasonal influenza'],
    field: 'infectious-disease',
    definition:
      'The months each year when flu spreads most, in winter in cooler countries. The flu vaccine is updated for each season.',
    seeAlso: ['influenza', 'flu vaccine'],
  },
  {
    term: 'breakthrough infection',
    aliases: ['breakthrough infections', 'breakthrough case', 'breakthrough cases'],
    field: 'infectious-disease',
    definition:
      'An infection in someone who is fully vaccinated. It happens because no vaccine is perfect, and such cases are usually milder.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'reinfection',
    aliases: ['reinfections', 'reinfected', 're-infection'],
    field: 'infectious-disease',
    definition:
      'Catching the same infection again after you got over it once.',
    seeAlso: ['immunity'],
  },
  {
    term: 'hybrid immunity',
    field: 'infectious-disease',
    definition:
      'Protection from having had both a vaccine and the infection itself. It is usually stronger than either alone.',
    seeAlso: ['immunity', 'vaccine'],
  },
  {
    term: 'waning immunity',
    aliases: ['waning protection', 'immunity wanes', 'waning'],
    field: 'infectious-disease',
    definition:
      'When protection from a vaccine or a past infection fades over months or years. This is why boosters are given.',
    seeAlso: ['booster', 'immunity'],
    context: ['immunity', 'protection', 'vaccine', 'vaccines', 'vaccination', 'antibodies', 'antibody', 'booster', 'boosters', 'infection', 'dose', 'doses'],
  },
  {
    term: 'immune escape',
    aliases: ['immune evasion', 'vaccine escape', 'escape variant', 'escape mutations'],
    field: 'infectious-disease',
    definition:
      'When a germ changes so that antibodies no longer know it well. Then a vaccine or a past illness protects less.',
    seeAlso: ['antibody', 'neutralising antibody'],
  },
  {
    term: 'antibody test',
    aliases: ['antibody tests', 'serology test', 'serological test', 'serology', 'blood antibody test'],
    field: 'infectious-disease',
    definition:
      'A blood test that looks for antibodies, which show a person had an infection or a vaccine in the past. It does not show a current infection.',
    seeAlso: ['antibody', 'seroprevalence'],
  },
  {
    term: 'swab',
    aliases: ['swabs', 'nasal swab', 'throat swab', 'nose swab', 'swabbed', 'nasopharyngeal swab'],
    field: 'infectious-disease',
    definition:
      'A stick with a soft tip that is rubbed inside the nose, throat or elsewhere. It picks up a sample for a test.',
    seeAlso: ['PCR test', 'rapid test'],
  },
  {
    term: 'seroconversion',
    aliases: ['seroconverted', 'seroconvert'],
    field: 'infectious-disease',
    definition:
      'When antibodies to a germ or vaccine first appear in the blood. In vaccine trials it shows the vaccine got a response.',
    seeAlso: ['antibody', 'antibody test'],
  },
  {
    term: 'superspreader',
    aliases: ['superspreaders', 'super-spreader', 'superspreading', 'super-spreading', 'superspreading event', 'super-spreading event'],
    field: 'infectious-disease',
    definition:
      'A person or event that passes an infection to far more people than usual. A crowded party indoors is one example.',
    seeAlso: ['transmission', 'reproduction number'],
  },
  {
    term: 'fomite',
    aliases: ['fomites', 'contaminated surfaces'],
    field: 'infectious-disease',
    definition:
      'An object or surface, like a door handle, that can carry germs from one person to another.',
    seeAlso: ['transmission'],
  },
  {
    term: 'community transmission',
    aliases: ['community spread', 'local transmission', 'community transmission of the virus'],
    field: 'infectious-disease',
    definition:
      'When an infection spreads among people in a place, and not all cases can be traced to travel or known contacts.',
    seeAlso: ['transmission', 'contact tracing'],
  },
  {
    term: 'positivity rate',
    aliases: ['test positivity', 'positivity rates', 'test positivity rate'],
    field: 'infectious-disease',
    definition:
      'The share of tests that come back positive. A high rate suggests many infections are being missed.',
    seeAlso: ['PCR test'],
  },
  {
    term: 'neglected tropical disease',
    aliases: ['neglected tropical diseases', 'tropical disease', 'tropical diseases'],
    field: 'infectious-disease',
    definition:
      'Infections common in the poorest warm countries, such as river blindness and worm diseases. They get little money for research.',
  },
  {
    term: 'leprosy',
    aliases: ['Hansen\'s disease'],
    field: 'infectious-disease',
    definition:
      'A slow bacterial infection that damages skin and nerves. It is curable with antibiotics and is now rare.',
    seeAlso: ['neglected tropical disease'],
  },
  {
    term: 'leishmaniasis',
    aliases: ['kala-azar'],
    field: 'infectious-disease',
    definition:
      'A disease caused by a parasite spread by the bite of sandflies. It causes skin sores or, in one form, damage to inner organs.',
    seeAlso: ['parasite', 'neglected tropical disease'],
  },
  {
    term: 'schistosomiasis',
    aliases: ['bilharzia', 'schistosomes'],
    field: 'infectious-disease',
    definition:
      'A disease caused by tiny worms that live in fresh water and enter through the skin. It harms the gut, liver and bladder.',
    seeAlso: ['parasite', 'neglected tropical disease'],
  },
  {
    term: 'river blindness',
    aliases: ['onchocerciasis'],
    field: 'infectious-disease',
    definition:
      'A disease caused by a worm spread by black flies near rivers. It causes itching and can blind.',
    seeAlso: ['parasite', 'neglected tropical disease'],
  },
  {
    term: 'sleeping sickness',
    aliases: ['African trypanosomiasis', 'trypanosomiasis'],
    field: 'infectious-disease',
    definition:
      'A disease caused by a parasite spread by tsetse flies in Africa. Without treatment it reaches the brain and is deadly.',
    seeAlso: ['parasite'],
  },
  {
    term: 'Chagas disease',
    aliases: ['Chagas', 'Trypanosoma cruzi'],
    field: 'infectious-disease',
    definition:
      'A disease caused by a parasite spread by blood-sucking bugs in Latin America. Years later it can damage the heart.',
    seeAlso: ['parasite'],
  },
  {
    term: 'Japanese encephalitis',
    field: 'infectious-disease',
    definition:
      'A virus spread by mosquitoes in Asia that can cause swelling of the brain. A vaccine protects against it.',
    seeAlso: ['encephalitis', 'mosquito'],
  },
  {
    term: 'tick-borne encephalitis',
    aliases: ['TBE'],
    field: 'infectious-disease',
    definition:
      'A virus spread by tick bites in Europe and Asia that can cause swelling of the brain. A vaccine protects against it.',
    seeAlso: ['encephalitis', 'tick'],
  },
  {
    term: 'tick',
    aliases: ['ticks', 'tick bite', 'tick bites', 'deer tick'],
    field: 'infectious-disease',
    definition:
      'A tiny biting creature, related to spiders, that feeds on blood. Ticks spread Lyme disease and other infections.',
    seeAlso: ['Lyme disease'],
    context: ['bite', 'bites', 'Lyme', 'infection', 'infections', 'deer', 'grass', 'encephalitis'],
  },
  {
    term: 'plague',
    aliases: ['bubonic plague', 'pneumonic plague', 'Yersinia pestis', 'Black Death'],
    field: 'infectious-disease',
    definition:
      'A bacterial disease spread by fleas on rats and other rodents, which killed millions in the Middle Ages. It is rare now and treatable with antibiotics.',
    seeAlso: ['bacterium'],
    context: ['bacteria', 'bacterium', 'fleas', 'rats', 'rodents', 'bubonic', 'Black Death', 'antibiotics'],
  },
  {
    term: 'anthrax',
    aliases: ['Bacillus anthracis'],
    field: 'infectious-disease',
    definition:
      'A serious disease caused by bacteria whose hardy spores live in soil. It mostly affects farm animals but can infect people.',
    seeAlso: ['bacterium'],
  },
  {
    term: 'botulism',
    aliases: ['botulinum toxin', 'botulinum', 'Clostridium botulinum', 'Botox'],
    field: 'infectious-disease',
    definition:
      'A rare, dangerous illness caused by a poison from bacteria that stops muscles working. Tiny doses of the poison (Botox) are used by doctors.',
    seeAlso: ['bacterium'],
  },
  {
    term: 'diphtheria',
    field: 'infectious-disease',
    definition:
      'A bacterial infection of the throat that can block breathing and harm the heart. Vaccines have made it rare.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'mumps',
    field: 'infectious-disease',
    definition:
      'A viral illness that makes the glands under the ears swell. The MMR vaccine protects against it.',
    seeAlso: ['MMR vaccine'],
  },
  {
    term: 'hepatitis E',
    aliases: ['hepatitis A', 'HEV', 'HAV'],
    field: 'infectious-disease',
    definition:
      'Liver infections spread through dirty water or food. They usually clear up on their own but can be severe in pregnancy.',
    seeAlso: ['hepatitis'],
  },
  {
    term: 'post-exposure prophylaxis',
    aliases: ['PEP', 'post-exposure treatment'],
    field: 'infectious-disease',
    definition:
      'Drugs taken soon after a person may have caught a germ, such as HIV or rabies. They stop the infection from taking hold.',
    seeAlso: ['PrEP', 'prophylaxis'],
  },
  {
    term: 'antibiotic stewardship',
    aliases: ['antimicrobial stewardship', 'stewardship programmes', 'stewardship programme'],
    field: 'infectious-disease',
    definition:
      'Using antibiotics only when needed, at the right dose and for the right time. It slows the spread of germs that resist them.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'broad-spectrum antibiotic',
    aliases: ['broad-spectrum antibiotics', 'broad-spectrum', 'narrow-spectrum antibiotic', 'narrow-spectrum'],
    field: 'infectious-disease',
    definition:
      'An antibiotic that kills many kinds of bacteria. Narrow-spectrum ones target a few, which does less harm to good gut bacteria.',
    seeAlso: ['antibiotic'],
  },
  {
    term: 'vancomycin',
    field: 'infectious-disease',
    definition:
      'A strong antibiotic. Doctors keep it for bad infections, such as MRSA, when other drugs fail.',
    seeAlso: ['antibiotic', 'MRSA'],
  },
  {
    term: 'carbapenem',
    aliases: ['carbapenems', 'carbapenem-resistant', 'meropenem'],
    field: 'infectious-disease',
    definition:
      'A group of strong antibiotics used as a last line against resistant bacteria. Germs that resist them worry doctors most.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'colistin',
    field: 'infectious-disease',
    definition:
      'An old antibiotic that is hard on the kidneys. It is now kept as a last resort for germs that resist all other drugs.',
    seeAlso: ['antibiotic resistance'],
  },
  {
    term: 'fluoroquinolone',
    aliases: ['fluoroquinolones', 'ciprofloxacin', 'levofloxacin'],
    field: 'infectious-disease',
    definition:
      'A group of antibiotics that can, rarely, do lasting harm to tendons, nerves and the main artery. They are now used only when needed.',
    seeAlso: ['antibiotic'],
  },
  {
    term: 'cephalosporin',
    aliases: ['cephalosporins', 'ceftriaxone'],
    field: 'infectious-disease',
    definition:
      'A large group of antibiotics, a bit like penicillin. They are often used in hospitals.',
    seeAlso: ['antibiotic', 'penicillin'],
  },
  {
    term: 'Klebsiella',
    aliases: ['Klebsiella pneumoniae'],
    field: 'infectious-disease',
    definition:
      'A gut germ that can cause lung and blood infections in people in hospital. Some strains resist nearly all antibiotics.',
    seeAlso: ['hospital-acquired infection'],
  },
  {
    term: 'Pseudomonas',
    aliases: ['Pseudomonas aeruginosa'],
    field: 'infectious-disease',
    definition:
      'A germ common in soil and water. It causes hard-to-treat infections in people in hospital and in people with cystic fibrosis.',
    seeAlso: ['hospital-acquired infection'],
  },
  {
    term: 'Acinetobacter',
    aliases: ['Acinetobacter baumannii'],
    field: 'infectious-disease',
    definition:
      'A germ that lives a long time on hospital surfaces. It often resists many antibiotics.',
    seeAlso: ['hospital-acquired infection'],
  },
  {
    term: 'fungal infection',
    aliases: ['fungal infections', 'mycosis', 'antifungal', 'antifungals', 'antifungal drugs'],
    field: 'infectious-disease',
    definition:
      'An infection caused by a fungus. It can be as mild as athlete\'s foot or a deadly lung infection in people with weak immune systems.',
    seeAlso: ['fungus'],
  },
  {
    term: 'Candida auris',
    aliases: ['C. auris'],
    field: 'infectious-disease',
    definition:
      'A yeast that spreads in hospitals. Many antifungal drugs do not work on it, and it can cause deadly blood infections.',
    seeAlso: ['fungal infection', 'yeast'],
  },
  {
    term: 'aspergillosis',
    aliases: ['Aspergillus'],
    field: 'infectious-disease',
    definition:
      'A lung infection caused by a common mould. It is mainly a danger for people with weak immune systems.',
    seeAlso: ['fungal infection'],
  },
  {
    term: 'ringworm',
    aliases: ['tinea', 'athlete\'s foot'],
    field: 'infectious-disease',
    definition:
      'A fungal skin infection, not a worm, that causes an itchy ring-shaped rash. Athlete\'s foot is the same fungus on the feet.',
    seeAlso: ['fungal infection'],
  },
  {
    term: 'scabies',
    field: 'infectious-disease',
    definition:
      'An itchy rash caused by tiny mites that burrow into the skin. It spreads by close contact.',
  },
  {
    term: 'bed bug',
    aliases: ['bed bugs', 'bedbugs', 'bedbug'],
    field: 'infectious-disease',
    definition:
      'A small insect that hides in beds and bites people at night to feed on blood. It does not spread disease, but its bites itch.',
  },
  {
    term: 'impetigo',
    field: 'infectious-disease',
    definition:
      'A common skin infection of children that causes sores with a golden crust. It spreads easily and is treated with antibiotic cream.',
  },
  {
    term: 'cellulitis',
    field: 'infectious-disease',
    definition:
      'A bacterial infection of the deeper layers of the skin, which becomes red, hot and swollen. It needs antibiotics.',
  },
  {
    term: 'meningococcal disease',
    aliases: ['meningococcal', 'meningococcus', 'meningococcal meningitis', 'MenB', 'MenACWY'],
    field: 'infectious-disease',
    definition:
      'Serious illness caused by one kind of germ. It includes meningitis and blood poisoning. Vaccines protect against several types.',
    seeAlso: ['meningitis', 'sepsis'],
  },
  {
    term: 'pneumococcal disease',
    aliases: ['pneumococcal', 'pneumococcus', 'pneumococcal vaccine', 'pneumococcal vaccines', 'Streptococcus pneumoniae'],
    field: 'infectious-disease',
    definition:
      'Illness caused by one common germ. It can be pneumonia, meningitis or an ear infection. Vaccines protect babies and older people.',
    seeAlso: ['pneumonia'],
  },
  {
    term: 'Hib',
    aliases: ['Haemophilus influenzae type b', 'Hib vaccine'],
    field: 'infectious-disease',
    definition:
      'A germ that used to be a main cause of meningitis in small children. A vaccine has made it rare.',
    seeAlso: ['meningitis'],
  },
  {
    term: 'polio vaccine',
    aliases: ['oral polio vaccine', 'OPV', 'inactivated polio vaccine', 'IPV', 'polio vaccines'],
    field: 'infectious-disease',
    definition:
      'Vaccines against polio. The oral drops use a weakened virus that can, very rarely, spread and cause outbreaks where few are vaccinated.',
    seeAlso: ['polio', 'vaccine-derived polio'],
  },
  {
    term: 'vaccine-derived polio',
    aliases: ['vaccine-derived poliovirus', 'circulating vaccine-derived poliovirus', 'cVDPV'],
    field: 'infectious-disease',
    definition:
      'Polio caused by the weak virus in oral vaccine drops. It can happen when the virus spreads for a long time where few people are vaccinated.',
    seeAlso: ['polio', 'polio vaccine'],
  },
  {
    term: 'disease eradication',
    aliases: ['eradication', 'eradicate', 'eradicated', 'eradicating'],
    field: 'infectious-disease',
    definition:
      'Wiping out a disease everywhere for good. Only smallpox in people, and rinderpest in cattle, have been wiped out so far.',
    seeAlso: ['smallpox', 'polio'],
    context: ['disease', 'diseases', 'polio', 'malaria', 'smallpox', 'virus', 'infection', 'vaccine', 'vaccines', 'vaccination', 'measles', 'guinea worm'],
  },
  {
    term: 'disease elimination',
    aliases: ['elimination', 'eliminated', 'eliminate'],
    field: 'infectious-disease',
    definition:
      'Stopping a disease from spreading in one country or region. It may still exist in other parts of the world.',
    seeAlso: ['disease eradication'],
    context: ['disease', 'diseases', 'measles', 'malaria', 'hepatitis', 'HIV', 'polio', 'transmission', 'infection', 'TB'],
  },
  {
    term: 'vaccine uptake',
    aliases: ['vaccination rate', 'vaccination rates', 'vaccine coverage', 'vaccination coverage', 'uptake of the vaccine', 'vaccine rollout'],
    field: 'infectious-disease',
    definition:
      'The share of people who get a vaccine. High uptake protects those who cannot be vaccinated.',
    seeAlso: ['herd immunity'],
  },
  {
    term: 'human challenge trial',
    aliases: ['challenge trial', 'challenge trials', 'human challenge study', 'human challenge studies', 'controlled human infection study'],
    field: 'infectious-disease',
    definition:
      'A study in which healthy people are given a germ on purpose, with close care, to test vaccines or drugs fast.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'correlate of protection',
    aliases: ['correlates of protection'],
    field: 'infectious-disease',
    definition:
      'A lab measure, such as an antibody level, that predicts who is protected by a vaccine. With one, new vaccines can be judged without huge trials.',
    seeAlso: ['antibody', 'vaccine'],
  },
  {
    term: 'nasal vaccine',
    aliases: ['nasal vaccines', 'intranasal vaccine', 'intranasal vaccines', 'mucosal vaccine'],
    field: 'infectious-disease',
    definition:
      'A vaccine sprayed into the nose. It may block germs where they enter and so cut their spread.',
    seeAlso: ['vaccine', 'nasal spray'],
  },
  {
    term: 'universal flu vaccine',
    aliases: ['universal influenza vaccine'],
    field: 'infectious-disease',
    definition:
      'A flu vaccine still being made that would guard against most or all kinds of flu. It would not need to be changed every year.',
    seeAlso: ['flu vaccine', 'influenza'],
  },
  {
    term: 'vaccine-induced thrombotic thrombocytopenia',
    aliases: ['VITT', 'thrombosis with thrombocytopenia syndrome'],
    field: 'infectious-disease',
    definition:
      'A very rare problem with blood clots and low platelets. It followed some COVID-19 vaccines made with a cold virus.',
    seeAlso: ['blood clot', 'adenovirus'],
  },
  {
    term: 'multisystem inflammatory syndrome in children',
    aliases: ['MIS-C', 'PIMS-TS', 'multisystem inflammatory syndrome'],
    field: 'infectious-disease',
    definition:
      'A rare, serious illness in children a few weeks after COVID-19. Many organs become swollen and sore.',
    seeAlso: ['COVID-19', 'Kawasaki disease'],
  },
  {
    term: 'loss of smell',
    aliases: ['loss of taste'],
    field: 'infectious-disease',
    definition:
      'Being unable to smell, often after a virus such as COVID-19. It usually returns, but for some it takes months.',
    seeAlso: ['long COVID'],
  },
  {
    term: 'brain fog',
    field: 'infectious-disease',
    definition:
      'A loose term for slow thinking, poor memory and trouble focusing. It is common in long COVID and after chemotherapy.',
    seeAlso: ['long COVID', 'chemo brain'],
  },
  {
    term: 'microbiology',
    aliases: ['microbiologist', 'microbiologists', 'microbiological'],
    field: 'infectious-disease',
    definition:
      'The study of very small living things, such as bacteria, viruses, fungi and parasites. They are too small to see without a microscope.',
    seeAlso: ['microbe'],
  },
  {
    term: 'virology',
    aliases: ['virologist', 'virologists', 'virological'],
    field: 'infectious-disease',
    definition:
      'The science of viruses and the diseases they cause.',
    seeAlso: ['virus'],
  },
  {
    term: 'parasitology',
    aliases: ['parasitologist', 'parasitologists'],
    field: 'infectious-disease',
    definition:
      'The science of parasites, such as malaria parasites and worms.',
    seeAlso: ['parasite'],
  },
  {
    term: 'Gram-negative bacteria',
    aliases: ['Gram-negative', 'Gram-positive', 'Gram-positive bacteria', 'gram negative'],
    field: 'infectious-disease',
    definition:
      'Two big groups of bacteria told apart by a lab stain. Gram-negative ones have an extra outer layer that makes many antibiotics fail.',
    seeAlso: ['bacterium', 'antibiotic resistance'],
  },
  {
    term: 'spore',
    aliases: ['spores'],
    field: 'infectious-disease',
    definition:
      'A tough, sleeping form that some bacteria and fungi make to survive heat, drying and cleaning. It can wake and grow later.',
    seeAlso: ['fungus', 'Clostridioides difficile'],
    context: ['bacteria', 'bacterium', 'fungi', 'fungus', 'mould', 'germs', 'anthrax', 'difficile', 'infection', 'plants', 'soil', 'disinfectant'],
  },
  {
    term: 'HIV reservoir',
    aliases: ['HIV reservoirs', 'latent reservoir', 'viral reservoir'],
    field: 'infectious-disease',
    definition:
      'HIV hidden in resting immune cells, out of reach of drugs. It is why HIV returns when treatment stops, and why a cure is so hard.',
    seeAlso: ['HIV', 'latent infection'],
  },
  {
    term: 'HIV cure',
    aliases: ['cured of HIV', 'functional cure', 'HIV remission'],
    field: 'infectious-disease',
    definition:
      'Getting rid of HIV, or keeping it in check without drugs for good. Only a few people, after stem cell transplants for cancer, are thought cured.',
    seeAlso: ['HIV reservoir', 'stem cell transplant'],
  },
  {
    term: 'elite controller',
    aliases: ['elite controllers', 'post-treatment controller'],
    field: 'infectious-disease',
    definition:
      'A rare person with HIV whose immune system keeps the virus very low without drugs.',
    seeAlso: ['HIV'],
  },
  {
    term: 'broadly neutralising antibody',
    aliases: ['broadly neutralising antibodies', 'broadly neutralizing antibody', 'bnAb', 'bnAbs'],
    field: 'infectious-disease',
    definition:
      'An antibody that blocks many strains of a fast-changing virus such as HIV or flu.',
    seeAlso: ['neutralising antibody', 'HIV'],
  },
  {
    term: 'long-acting HIV drugs',
    aliases: ['cabotegravir', 'long-acting PrEP', 'injectable PrEP', 'long-acting injectable PrEP'],
    field: 'infectious-disease',
    definition:
      'HIV drugs given as a shot every two to six months instead of a pill each day. They can treat HIV or stop people catching it.',
    seeAlso: ['PrEP', 'antiretroviral therapy'],
  },
  {
    term: 'hepatitis C cure',
    aliases: ['direct-acting antivirals', 'direct-acting antiviral', 'sofosbuvir', 'DAA', 'DAAs'],
    field: 'infectious-disease',
    definition:
      'Pills taken for 8 to 12 weeks that cure most people with hepatitis C.',
    seeAlso: ['hepatitis', 'antiviral'],
  },
  {
    term: 'hepatitis B vaccine',
    aliases: ['HepB vaccine', 'hepatitis B vaccination'],
    field: 'infectious-disease',
    definition:
      'A vaccine given to babies and to adults at risk. It protects against hepatitis B, a virus that can cause liver cancer.',
    seeAlso: ['hepatitis', 'vaccine'],
  },
  {
    term: 'malaria vaccine',
    aliases: ['malaria vaccines', 'R21', 'Mosquirix', 'R21/Matrix-M'],
    field: 'infectious-disease',
    definition:
      'Vaccines that protect young children against malaria, given in several doses. They prevent many, but not all, cases.',
    seeAlso: ['malaria', 'vaccine'],
  },
  {
    term: 'bed net',
    aliases: ['bed nets', 'mosquito net', 'mosquito nets', 'insecticide-treated nets', 'insecticide-treated net', 'ITN'],
    field: 'infectious-disease',
    definition:
      'A net hung over a bed to keep mosquitoes off at night, usually treated with insecticide. They have saved millions from malaria.',
    seeAlso: ['malaria', 'mosquito'],
  },
  {
    term: 'antimalarial',
    aliases: ['antimalarials', 'antimalarial drugs', 'artemisinin', 'artemisinin resistance'],
    field: 'infectious-disease',
    definition:
      'Drugs that treat or prevent malaria. Artemisinin, from a plant, is the key one, and resistance to it is spreading.',
    seeAlso: ['malaria', 'drug resistance'],
  },
  {
    term: 'dengue vaccine',
    aliases: ['Qdenga', 'Dengvaxia'],
    field: 'infectious-disease',
    definition:
      'Vaccines against the four types of dengue virus. One older vaccine raised the risk of severe dengue in people never infected before.',
    seeAlso: ['dengue'],
  },
  {
    term: 'MDR-TB',
    aliases: ['multidrug-resistant tuberculosis', 'XDR-TB', 'drug-resistant TB', 'drug-resistant tuberculosis'],
    field: 'infectious-disease',
    definition:
      'Tuberculosis that resists the two main TB drugs. It needs longer, harder treatment.',
    seeAlso: ['tuberculosis', 'drug resistance'],
  },
  {
    term: 'Mycobacterium tuberculosis',
    aliases: ['M. tuberculosis', 'TB bacteria', 'tubercle bacillus'],
    field: 'infectious-disease',
    definition:
      'The bacterium that causes tuberculosis. It spreads through the air when a sick person coughs.',
    seeAlso: ['tuberculosis'],
  },
  {
    term: 'zoonotic spillover',
    aliases: ['spillover', 'spillover event', 'spillovers', 'cross-species transmission', 'species jump'],
    field: 'infectious-disease',
    definition:
      'When a germ jumps from an animal into people. Most new infectious diseases start this way.',
    seeAlso: ['zoonotic', 'pandemic'],
    context: ['virus', 'viruses', 'animal', 'animals', 'humans', 'people', 'bats', 'pathogen', 'infection', 'disease', 'pandemic', 'species', 'zoonotic'],
  },
  {
    term: 'wet market',
    aliases: ['wet markets', 'live animal market', 'live animal markets'],
    field: 'infectious-disease',
    definition:
      'A market that sells fresh meat, fish and sometimes live animals. Some can let germs pass from animals to people.',
    seeAlso: ['zoonotic spillover'],
  },
  {
    term: 'gain-of-function research',
    aliases: ['gain-of-function', 'gain of function'],
    field: 'infectious-disease',
    definition:
      'Lab work that makes a germ more able to spread or cause harm, to learn how pandemics might start. Critics say the risks outweigh the gains.',
    seeAlso: ['biosafety level'],
  },
  {
    term: 'biosafety level',
    aliases: ['biosafety levels', 'BSL-4', 'BSL-3', 'BSL4', 'BSL3', 'high-containment lab'],
    field: 'infectious-disease',
    definition:
      'The safety rating of a lab that handles germs, from 1 to 4. Level 4 labs handle the most dangerous viruses, such as Ebola.',
    seeAlso: ['gain-of-function research'],
  },
  {
    term: 'lab leak',
    aliases: ['lab-leak', 'lab leak theory', 'laboratory leak'],
    field: 'infectious-disease',
    definition:
      'The idea that a germ escaped from a research lab by accident. Whether COVID-19 began this way is still debated.',
    seeAlso: ['zoonotic spillover', 'biosafety level'],
  },
  {
    term: 'pandemic preparedness',
    aliases: ['pandemic planning', 'Disease X', 'preparedness'],
    field: 'infectious-disease',
    definition:
      'Plans and tools set up before a pandemic, such as stockpiles, vaccine platforms and disease tracking. Disease X stands for a future, unknown germ.',
    seeAlso: ['pandemic'],
    context: ['pandemic', 'pandemics', 'outbreak', 'outbreaks', 'vaccine', 'vaccines', 'virus', 'health', 'plans', 'disease', 'WHO', 'future'],
  },
];
