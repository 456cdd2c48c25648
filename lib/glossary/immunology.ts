import type { GlossaryEntry } from './types';

/** Plain-language glossary: the immune system and treatments that use it. */
export const entries: GlossaryEntry[] = [
  {
    term: 'immune system',
    aliases: ['immune systems', 'immune defences', 'immune defenses', 'body\'s defences'],
    field: 'immunology',
    definition:
      'The body\'s defence force: cells, organs and proteins that find and fight germs, and some cancer cells.',
    seeAlso: ['T cell', 'B cell', 'antibody', 'lymphatic system'],
  },
  {
    term: 'immune response',
    aliases: ['immune reaction', 'immune responses'],
    field: 'immunology',
    definition:
      'What the immune system does when it meets something it sees as foreign, such as a germ or a vaccine.',
    seeAlso: ['immune system'],
  },
  {
    term: 'innate immune system',
    aliases: ['innate immunity', 'innate immune response'],
    field: 'immunology',
    definition:
      'The body\'s first, fast line of defence. It attacks any invader the same way and does not learn from past attacks.',
    seeAlso: ['adaptive immune system'],
  },
  {
    term: 'adaptive immune system',
    aliases: ['adaptive immunity', 'adaptive immune response', 'acquired immunity'],
    field: 'immunology',
    definition:
      'The part of the immune system that learns to target one germ, using T cells and B cells. It remembers the germ for next time.',
    seeAlso: ['T cell', 'B cell', 'memory T cell'],
  },
  {
    term: 'immunity',
    aliases: ['immune to', 'protective immunity'],
    field: 'immunology',
    definition:
      'Protection against a disease, gained by having had it or by a vaccine. It can fade over time.',
    seeAlso: ['vaccine', 'herd immunity'],
  },
  {
    term: 'white blood cell',
    aliases: ['leukocyte', 'leucocyte', 'white cell'],
    field: 'immunology',
    definition:
      'The cells in blood that fight infection. There are several kinds, including T cells and B cells.',
    seeAlso: ['T cell', 'B cell', 'lymphocyte'],
  },
  {
    term: 'T cell',
    aliases: ['T-cell', 'T lymphocyte', 'T-lymphocyte', 'T cells'],
    field: 'immunology',
    definition:
      'A white blood cell that finds and kills infected or cancer cells, or directs other immune cells. Each T cell is trained to spot one target.',
    seeAlso: ['effector T cell', 'memory T cell', 'CAR-T cell therapy', 'lymphocyte'],
  },
  {
    term: 'effector T cell',
    aliases: ['effector T-cell', 'effector cell', 'effector cells', 'effector T cells'],
    field: 'immunology',
    definition:
      'A T cell in attack mode. It fights an infection or tumour right now, but most such cells die off after a short time.',
    seeAlso: ['T cell', 'memory T cell'],
  },
  {
    term: 'memory T cell',
    aliases: ['memory T-cell', 'memory cell', 'memory cells', 'memory T cells', 'stem cell memory T cell'],
    field: 'immunology',
    definition:
      'A long-lived immune cell that remembers a germ or tumour it met before. If it comes back, the body can fight it fast.',
    seeAlso: ['effector T cell', 'T cell'],
  },
  {
    term: 'helper T cell',
    aliases: ['CD4 T cell', 'CD4+ T cell', 'CD4 cell', 'CD4 cells', 'CD4 count', 'helper T-cell'],
    field: 'immunology',
    definition:
      'A T cell that gives orders to other immune cells. HIV attacks these cells, so doctors count them to see how the immune system is doing.',
    seeAlso: ['T cell', 'HIV'],
  },
  {
    term: 'killer T cell',
    aliases: ['cytotoxic T cell', 'CD8 T cell', 'CD8+ T cell', 'killer T-cell', 'cytotoxic T-cell', 'CD8 cell'],
    field: 'immunology',
    definition:
      'A T cell that kills infected cells and cancer cells directly, by poking holes in them.',
    seeAlso: ['T cell'],
  },
  {
    term: 'regulatory T cell',
    aliases: ['Treg', 'Tregs', 'T regulatory cell', 'regulatory T-cell', 'T-reg'],
    field: 'immunology',
    definition:
      'A T cell that calms the immune system down, so it does not attack the body\'s own healthy tissue.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'natural killer cell',
    aliases: ['NK cell', 'NK cells', 'natural killer cells'],
    field: 'immunology',
    definition:
      'An immune cell that quickly kills cells that look sick or strange, such as cells with a virus or cancer. It does not need training first.',
  },
  {
    term: 'B cell',
    aliases: ['B-cell', 'B lymphocyte', 'B cells'],
    field: 'immunology',
    definition:
      'A white blood cell that makes antibodies, the proteins that stick to germs and mark them for attack.',
    seeAlso: ['antibody', 'T cell', 'lymphocyte'],
  },
  {
    term: 'macrophage',
    field: 'immunology',
    definition:
      'A large immune cell that swallows and digests germs, dead cells and debris. Its name means "big eater".',
  },
  {
    term: 'dendritic cell',
    field: 'immunology',
    definition:
      'An immune cell that grabs bits of germs and shows them to T cells, teaching them what to attack.',
    seeAlso: ['antigen', 'T cell'],
  },
  {
    term: 'neutrophil',
    field: 'immunology',
    definition:
      'The most common white blood cell. It rushes to an infection first and makes up much of pus.',
  },
  {
    term: 'antibody',
    aliases: ['antibodies', 'immunoglobulin'],
    field: 'immunology',
    definition:
      'A Y-shaped protein made by the immune system. It sticks to one exact target on a germ, to block it or mark it for destruction.',
    seeAlso: ['B cell', 'antigen', 'monoclonal antibody'],
  },
  {
    term: 'neutralising antibody',
    aliases: ['neutralizing antibody', 'neutralising antibodies', 'neutralizing antibodies'],
    field: 'immunology',
    definition:
      'An antibody that stops a virus from getting into cells, not just marks it. High levels often mean good protection.',
    seeAlso: ['antibody'],
  },
  {
    term: 'monoclonal antibody',
    aliases: ['monoclonal antibodies', 'mAb', 'mAbs', 'antibody therapy', 'antibody treatment'],
    field: 'immunology',
    definition:
      'A lab-made antibody, copied many times, built to stick to one target. Used as a drug for cancer, infections and other diseases.',
    seeAlso: ['antibody', 'biologic'],
  },
  {
    term: 'bispecific antibody',
    aliases: ['bispecific antibodies', 'bispecific'],
    field: 'immunology',
    definition:
      'A lab-made antibody with two arms that grab two different things. One arm can hold a cancer cell and the other a T cell, pulling them together.',
    seeAlso: ['monoclonal antibody'],
  },
  {
    term: 'antigen',
    aliases: ['antigens'],
    field: 'immunology',
    definition:
      'Any molecule the immune system can recognise, such as a piece of a virus or a protein on a cancer cell. It is what antibodies and T cells aim at.',
    seeAlso: ['antibody'],
  },
  {
    term: 'neoantigen',
    aliases: ['neoantigens'],
    field: 'immunology',
    definition:
      'A new marker on a cancer cell, made by its mutations, that healthy cells do not have. The immune system can learn to target it.',
    seeAlso: ['antigen', 'cancer vaccine'],
  },
  {
    term: 'receptor',
    aliases: ['receptors'],
    field: 'immunology',
    definition:
      'A protein on or in a cell that catches one kind of molecule, like a lock that fits one key. It then passes a signal inside the cell.',
    context: ['cell', 'cells', 'protein', 'proteins', 'drug', 'binds', 'bind', 'brain', 'hormone', 'molecule', 'immune', 'virus'],
  },
  {
    term: 'CAR-T cell therapy',
    aliases: [
      'CAR-T',
      'CAR T',
      'CAR-T therapy',
      'CAR T-cell therapy',
      'CAR-T cells',
      'CAR T cells',
      'CAR T-cells',
      'CAR-T cell',
      'CAR T cell therapy',
      'chimeric antigen receptor',
      'chimeric antigen receptor T cell',
      'chimeric antigen receptor T-cell therapy',
    ],
    field: 'immunology',
    definition:
      "A cancer treatment that takes a patient's own T cells and changes them in a lab so they can spot cancer cells. The cells are then put back to attack the cancer.",
    seeAlso: ['T cell', 'immunotherapy', 'lymphoma', 'leukaemia'],
  },
  {
    term: 'immunotherapy',
    aliases: ['immunotherapies', 'immune therapy', 'immuno-oncology'],
    field: 'immunology',
    definition:
      'Treatment that helps the body\'s own immune system fight a disease, most often cancer.',
    seeAlso: ['checkpoint inhibitor', 'CAR-T cell therapy'],
  },
  {
    term: 'checkpoint inhibitor',
    aliases: ['immune checkpoint inhibitor', 'checkpoint blockade', 'checkpoint inhibitors', 'PD-1 inhibitor', 'PD-L1 inhibitor', 'anti-PD-1'],
    field: 'immunology',
    definition:
      'A cancer drug that takes the brakes off the immune system. T cells can then attack tumours that were hiding from them.',
    seeAlso: ['immunotherapy', 'PD-1'],
  },
  {
    term: 'PD-1',
    aliases: ['PD-L1', 'PD1', 'PDL1'],
    field: 'immunology',
    definition:
      'A brake switch on T cells (PD-1) and the key that flips it (PD-L1). Some tumours use the key to switch off T cells; checkpoint drugs block this.',
    seeAlso: ['checkpoint inhibitor'],
  },
  {
    term: 'cytokine',
    aliases: ['cytokines', 'chemokine'],
    field: 'immunology',
    definition:
      'A small protein that immune cells use as a message to call for help, raise inflammation or calm it down.',
    seeAlso: ['inflammation', 'cytokine storm'],
  },
  {
    term: 'cytokine storm',
    field: 'immunology',
    definition:
      'A dangerous overreaction where the immune system floods the body with alarm signals. It can cause high fever and organ damage.',
    seeAlso: ['cytokine'],
  },
  {
    term: 'tumour necrosis factor',
    aliases: ['tumor necrosis factor', 'TNF', 'TNF-alpha', 'anti-TNF'],
    field: 'immunology',
    definition:
      'A signal protein that drives inflammation. Drugs that block it treat diseases like rheumatoid arthritis and Crohn\'s disease.',
    seeAlso: ['cytokine', 'inflammation'],
  },
  {
    term: 'inflammation',
    aliases: ['inflammatory', 'inflamed', 'chronic inflammation', 'systemic inflammation', 'low-grade inflammation'],
    field: 'immunology',
    definition:
      'The body\'s response to injury or infection: redness, heat, swelling and pain. Short bursts help heal; long-lasting inflammation can harm the body.',
    seeAlso: ['cytokine', 'autoimmune disease'],
  },
  {
    term: 'anti-inflammatory',
    aliases: ['anti-inflammatories', 'anti inflammatory'],
    field: 'immunology',
    definition:
      'A drug or other thing that calms inflammation, the swelling, heat and pain of an immune response. Ibuprofen and steroids are examples.',
    seeAlso: ['inflammation', 'NSAID'],
  },
  {
    term: 'autoimmune disease',
    aliases: ['autoimmune', 'autoimmunity', 'autoimmune disorder', 'autoimmune condition', 'autoimmune diseases'],
    field: 'immunology',
    definition:
      'An illness where the immune system attacks the body\'s own healthy parts by mistake. Type 1 diabetes and lupus are examples.',
    seeAlso: ['regulatory T cell', 'inflammation', 'psoriasis'],
  },
  {
    term: 'lupus',
    aliases: ['systemic lupus erythematosus', 'SLE'],
    field: 'immunology',
    definition:
      "A disease in which the immune system attacks the body's own skin, joints, kidneys or other organs. Flare-ups come and go.",
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'immunosuppressant',
    aliases: ['immunosuppressive', 'immunosuppression', 'immune suppressant', 'immunosuppressants'],
    field: 'immunology',
    definition:
      'A drug that weakens the immune system on purpose, for example to stop the body rejecting a new organ. It raises the risk of infections.',
  },
  {
    term: 'immunocompromised',
    aliases: ['weakened immune system', 'weakened immune systems', 'immunodeficiency', 'immune deficiency', 'immunosuppressed'],
    field: 'immunology',
    definition:
      'Having a weaker immune system than normal, because of an illness or a medicine. Germs then cause more, and worse, infections.',
  },
  {
    term: 'vaccine',
    aliases: ['vaccines', 'vaccination', 'vaccinated', 'vaccinate', 'immunisation', 'immunization', 'inoculation'],
    field: 'immunology',
    definition:
      'A medicine that trains the immune system to spot a germ before you meet it. Then you are less likely to get very ill from it.',
    seeAlso: ['immunity', 'mRNA vaccine', 'adjuvant', 'flu vaccine', 'MMR vaccine'],
  },
  {
    term: 'mRNA vaccine',
    aliases: ['mRNA vaccines', 'messenger RNA vaccine', 'mRNA shot', 'mRNA jab'],
    field: 'immunology',
    definition:
      'A vaccine that gives the body short-lived instructions to make a harmless piece of a germ or tumour. The immune system then learns to spot it.',
    seeAlso: ['vaccine', 'mRNA'],
  },
  {
    term: 'cancer vaccine',
    aliases: ['cancer vaccines', 'therapeutic vaccine', 'personalised cancer vaccine', 'personalized cancer vaccine'],
    field: 'immunology',
    definition:
      'A vaccine that teaches the immune system to attack cancer cells. Most are given to people who already have cancer, to stop it coming back.',
    seeAlso: ['neoantigen', 'immunotherapy'],
  },
  {
    term: 'adjuvant',
    aliases: ['vaccine adjuvant', 'adjuvants'],
    field: 'immunology',
    definition:
      'An ingredient added to a vaccine to make the immune system respond more strongly.',
    seeAlso: ['vaccine', 'adjuvant therapy'],
    context: ['vaccine', 'vaccines', 'immune', 'shot', 'jab', 'immunity'],
  },
  {
    term: 'booster',
    aliases: ['booster dose', 'booster shot', 'booster jab', 'boosters'],
    field: 'immunology',
    definition:
      'An extra dose of a vaccine, given some time after the first ones, to top up protection that has faded.',
    seeAlso: ['vaccine'],
    context: ['vaccine', 'vaccines', 'dose', 'doses', 'shot', 'covid', 'immunity', 'jab', 'vaccination'],
  },
  {
    term: 'allergy',
    aliases: ['allergic', 'allergic reaction', 'allergies'],
    field: 'immunology',
    definition:
      'When the immune system overreacts to something harmless, like pollen or peanuts. It can cause sneezing, a rash or worse.',
    seeAlso: ['anaphylaxis', 'allergen'],
  },
  {
    term: 'anaphylaxis',
    aliases: ['anaphylactic shock', 'anaphylactic'],
    field: 'immunology',
    definition:
      'A sudden, severe allergic reaction that can make breathing hard and blood pressure drop. It needs emergency treatment.',
    seeAlso: ['allergy'],
  },
  {
    term: 'lymph node',
    aliases: ['lymph nodes', 'lymph gland'],
    field: 'immunology',
    definition:
      'A small bean-shaped lump where immune cells gather and meet germs. Cancer can spread to them.',
    seeAlso: ['lymphoma', 'lymphatic system'],
  },
  {
    term: 'spleen',
    field: 'immunology',
    definition:
      'An organ on the left side of the belly that filters the blood and helps fight some infections.',
  },
  {
    term: 'thymus',
    field: 'immunology',
    definition:
      'A small organ in the chest where T cells grow up and learn not to attack the body.',
    seeAlso: ['T cell'],
  },
  {
    term: 'antiserum',
    aliases: ['antivenom', 'convalescent plasma'],
    field: 'immunology',
    definition:
      'The liquid part of blood, full of ready-made antibodies. It comes from an animal or a person who got better, and is given to fight a poison or germ fast.',
    seeAlso: ['antibody'],
  },
  {
    term: 'lymphocyte',
    aliases: ['lymphocytes'],
    field: 'immunology',
    definition:
      "A kind of white blood cell that includes T cells, B cells and natural killer cells. They lead the body's targeted attacks on germs and cancer.",
    seeAlso: ['white blood cell', 'T cell', 'B cell'],
  },
  {
    term: 'allergen',
    aliases: ['allergens'],
    field: 'immunology',
    definition:
      'A harmless thing, such as pollen, peanuts or pet hair, that sets off an allergy in some people.',
    seeAlso: ['allergy'],
  },
  {
    term: 'lymphatic system',
    aliases: ['lymphatic vessels'],
    field: 'immunology',
    definition:
      "A network of thin tubes and lymph nodes that drains fluid from the body's tissues. It also carries immune cells around the body.",
    seeAlso: ['lymph node', 'immune system'],
  },
  {
    term: 'mast cell',
    field: 'immunology',
    definition:
      'An immune cell in the skin, gut and airways, packed with chemicals such as histamine. When it bursts open, it causes allergy symptoms like itching and swelling.',
    seeAlso: ['histamine', 'allergy'],
  },
  {
    term: 'histamine',
    field: 'immunology',
    definition:
      'A chemical the body releases during an allergic reaction. It causes itching, sneezing, swelling and a runny nose.',
    seeAlso: ['antihistamine', 'mast cell'],
  },
  {
    term: 'antihistamine',
    aliases: ['cetirizine', 'loratadine', 'diphenhydramine', 'Benadryl'],
    field: 'immunology',
    definition:
      'A medicine that blocks histamine to ease allergy symptoms such as sneezing and itching. Some older ones cause sleepiness.',
    seeAlso: ['histamine', 'allergy'],
  },
  {
    term: 'immunogenicity',
    aliases: ['immunogenic'],
    field: 'immunology',
    definition:
      'How strongly a vaccine or drug stirs up an immune response. Vaccine trials often measure it by the antibodies people make.',
    seeAlso: ['vaccine', 'antibody'],
  },
  {
    term: 'autoantibody',
    field: 'immunology',
    definition:
      'An antibody that wrongly attacks the body\'s own tissue. They are a sign of many autoimmune diseases.',
    seeAlso: ['autoimmune disease', 'antibody'],
  },
  {
    term: 'pembrolizumab',
    aliases: ['Keytruda'],
    field: 'immunology',
    definition:
      'A checkpoint inhibitor drug sold as Keytruda. It blocks PD-1, a brake on T cells, so the immune system can attack cancer. It is one of the world\'s top-selling drugs.',
    seeAlso: ['checkpoint inhibitor', 'PD-1'],
  },
  {
    term: 'nivolumab',
    aliases: ['Opdivo'],
    field: 'immunology',
    definition:
      'A checkpoint inhibitor drug sold as Opdivo. Like Keytruda, it blocks the PD-1 brake on T cells to help them attack cancer.',
    seeAlso: ['checkpoint inhibitor', 'PD-1'],
  },
  {
    term: 'atezolizumab',
    aliases: ['Tecentriq'],
    field: 'immunology',
    definition:
      'A checkpoint inhibitor drug sold as Tecentriq. It blocks PD-L1, a signal tumours use to switch off T cells that would attack them.',
    seeAlso: ['checkpoint inhibitor', 'PD-1'],
  },
  {
    term: 'durvalumab',
    aliases: ['Imfinzi'],
    field: 'immunology',
    definition:
      'A checkpoint inhibitor drug sold as Imfinzi. It blocks PD-L1 so T cells can attack cancer, and is used in lung and other cancers.',
    seeAlso: ['checkpoint inhibitor', 'PD-1'],
  },
  {
    term: 'ipilimumab',
    aliases: ['Yervoy', 'CTLA-4'],
    field: 'immunology',
    definition:
      'A checkpoint inhibitor drug sold as Yervoy. It blocks CTLA-4, a different brake on T cells from PD-1, and is often given with nivolumab.',
    seeAlso: ['checkpoint inhibitor', 'nivolumab'],
  },
  {
    term: 'rituximab',
    aliases: ['Rituxan', 'MabThera'],
    field: 'immunology',
    definition:
      'An antibody drug that wipes out B cells, a kind of white blood cell. It treats some lymphomas and leukaemias, and also autoimmune diseases.',
    seeAlso: ['B cell', 'monoclonal antibody'],
  },
  {
    term: 'CD19',
    aliases: ['CD-19'],
    field: 'immunology',
    definition:
      'A protein on the surface of B cells. CAR-T treatments for some leukaemias and lymphomas are built to find CD19 and kill the cells that carry it.',
    seeAlso: ['CAR-T cell therapy', 'B cell'],
  },
  {
    term: 'CD34+ cell',
    aliases: ['CD34-positive cell', 'CD34+ stem cell'],
    field: 'immunology',
    definition:
      'A blood-forming stem cell, named for the CD34 protein on its surface. Doctors collect these cells from blood or bone marrow for transplants and repair treatments.',
    seeAlso: ['stem cell'],
  },
  {
    term: 'leukotriene',
    field: 'immunology',
    definition:
      'A chemical signal the body makes during inflammation. It narrows the airways in asthma and allergies; some asthma drugs work by blocking it.',
  },
  {
    term: 'inactivated vaccine',
    aliases: ['inactivated vaccines', 'killed vaccine', 'inactivated virus', 'whole inactivated virus'],
    field: 'immunology',
    definition:
      'A vaccine made from germs that have been killed, so they cannot cause disease but still train the immune system.',
    seeAlso: ['vaccine', 'live attenuated vaccine'],
  },
  {
    term: 'live attenuated vaccine',
    aliases: ['live vaccine', 'live vaccines', 'attenuated vaccine', 'live attenuated', 'attenuated virus'],
    field: 'immunology',
    definition:
      'A vaccine made from a weakened germ that can still grow a little in the body, giving strong, long immunity. Not for people with weak immune systems.',
    seeAlso: ['vaccine', 'inactivated vaccine'],
  },
  {
    term: 'immunology',
    aliases: ['immunologist', 'immunologists', 'immunological', 'immunologically'],
    field: 'immunology',
    definition:
      'The science of the immune system: how the body defends itself, and what goes wrong in allergies and autoimmune disease.',
    seeAlso: ['immune system'],
  },
  {
    term: 'cow\'s milk allergy',
    aliases: ['milk allergy', 'CMPA', 'cows\' milk protein allergy', 'cow\'s milk protein allergy'],
    field: 'immunology',
    definition:
      'An allergy to proteins in cow\'s milk, common in babies. Most children grow out of it.',
    seeAlso: ['food allergy'],
  },
  {
    term: 'angioedema',
    field: 'immunology',
    definition:
      'Deep swelling under the skin, often of the lips, eyes or throat. It can be an allergic reaction or a side effect of drugs such as ACE inhibitors.',
    seeAlso: ['allergy', 'ACE inhibitor'],
  },
  {
    term: 'C-reactive protein',
    aliases: ['CRP', 'hs-CRP', 'high-sensitivity CRP', 'C reactive protein'],
    field: 'immunology',
    definition:
      'A protein the liver makes when there is inflammation. Blood tests measure it as a sign of infection or of heart disease risk.',
    seeAlso: ['inflammation'],
  },
  {
    term: 'eosinophil',
    aliases: ['eosinophils', 'eosinophilic', 'eosinophil count', 'eosinophilic inflammation'],
    field: 'immunology',
    definition:
      'A kind of white blood cell that fights parasites and plays a part in allergies and some kinds of asthma.',
    seeAlso: ['white blood cell', 'asthma'],
  },
  {
    term: 'vaccine hesitancy',
    aliases: ['vaccine hesitant', 'vaccine-hesitant', 'anti-vaccine', 'anti-vax', 'anti-vaxxer', 'anti-vaxxers', 'vaccine refusal', 'vaccine sceptics'],
    field: 'immunology',
    definition:
      'Putting off or refusing vaccines even when they are on offer. Fear of side effects, lack of trust and false claims online all play a part.',
    seeAlso: ['vaccine'],
  },
  {
    term: 'jab',
    aliases: ['jabs', 'vaccine jab'],
    field: 'immunology',
    definition:
      'A vaccine shot. The word is common in Britain.',
    seeAlso: ['vaccine'],
    context: ['vaccine', 'vaccines', 'vaccination', 'vaccinated', 'COVID', 'flu', 'dose', 'doses', 'booster', 'immunity', 'virus', 'arm', 'injection'],
  },
  {
    term: 'allergic rhinitis',
    aliases: ['hay fever', 'hayfever', 'rhinitis'],
    field: 'immunology',
    definition:
      'An allergy that causes sneezing, a runny or blocked nose and itchy eyes. Pollen (hay fever), dust mites or pets can set it off.',
    seeAlso: ['allergy', 'allergen', 'antihistamine'],
  },
  {
    term: 'adrenaline auto-injector',
    aliases: ['EpiPen', 'EpiPens', 'auto-injector', 'auto-injectors', 'adrenaline pen', 'epinephrine auto-injector'],
    field: 'immunology',
    definition:
      'A pen that shoots a dose of adrenaline into the thigh. It treats a severe allergic reaction until help comes.',
    seeAlso: ['anaphylaxis', 'adrenaline'],
  },
  {
    term: 'oral immunotherapy',
    aliases: ['OIT', 'desensitisation', 'allergen immunotherapy', 'allergy shots', 'allergy immunotherapy'],
    field: 'immunology',
    definition:
      'Treating an allergy by giving tiny doses of the allergen, such as peanut, that slowly rise. The body learns to put up with it.',
    seeAlso: ['allergy', 'food allergy'],
  },
  {
    term: 'hygiene hypothesis',
    aliases: ['old friends hypothesis'],
    field: 'immunology',
    definition:
      'The idea that a child who meets fewer germs is more likely to get allergies and asthma. The immune system was not trained well.',
    seeAlso: ['allergy', 'asthma'],
  },
  {
    term: 'atopy',
    aliases: ['atopic', 'atopic disease', 'atopic march'],
    field: 'immunology',
    definition:
      'A tendency, passed down in families, to have allergies such as eczema, hay fever and asthma. They often come together.',
    seeAlso: ['allergy', 'eczema'],
  },
  {
    term: 'IgE',
    aliases: ['immunoglobulin E', 'IgE antibodies'],
    field: 'immunology',
    definition:
      'The kind of antibody behind allergies. It sits on mast cells and makes them release histamine when it meets an allergen.',
    seeAlso: ['allergy', 'mast cell', 'histamine'],
  },
  {
    term: 'IgG',
    aliases: ['immunoglobulin G', 'IgG antibodies', 'IgA', 'immunoglobulin A', 'IgM'],
    field: 'immunology',
    definition:
      'The main kinds of antibody. IgG is the most common in blood and lasts longest; IgA guards the linings of the nose and gut.',
    seeAlso: ['antibody'],
  },
  {
    term: 'antibody titre',
    aliases: ['antibody titres', 'titre', 'titres', 'antibody levels'],
    field: 'immunology',
    definition:
      'How much of an antibody is in the blood. A high titre means a strong response to a germ or vaccine.',
    seeAlso: ['antibody'],
    context: ['antibody', 'antibodies', 'vaccine', 'vaccines', 'blood', 'immune', 'levels', 'infection', 'booster', 'serum'],
  },
  {
    term: 'germinal centre',
    aliases: ['germinal centres'],
    field: 'immunology',
    definition:
      'A spot in a lymph node where B cells train. They learn to make better antibodies after an infection or a vaccine.',
    seeAlso: ['B cell', 'lymph node'],
  },
  {
    term: 'plasma cell',
    aliases: ['plasma cells'],
    field: 'immunology',
    definition:
      'A B cell that has become an antibody factory. Some live for decades in the bone marrow, giving long-lasting protection.',
    seeAlso: ['B cell', 'antibody'],
  },
  {
    term: 'complement system',
    aliases: ['complement proteins'],
    field: 'immunology',
    definition:
      'A set of blood proteins that help antibodies and immune cells kill germs and clear debris.',
    seeAlso: ['innate immune system'],
    context: ['immune', 'immunity', 'proteins', 'protein', 'system', 'antibodies', 'cells', 'inflammation', 'blood', 'disease', 'inhibitor'],
  },
  {
    term: 'interleukin',
    aliases: ['interleukins', 'IL-6', 'IL-1', 'IL-17', 'IL-2'],
    field: 'immunology',
    definition:
      'A family of messenger proteins that immune cells use to signal to each other. Drugs that block some of them treat arthritis, psoriasis and other diseases.',
    seeAlso: ['cytokine'],
  },
  {
    term: 'interferon',
    aliases: ['interferons', 'type 1 interferon', 'type I interferon'],
    field: 'immunology',
    definition:
      'Proteins that cells let out when a virus attacks. They warn nearby cells and call in the immune system.',
    seeAlso: ['cytokine', 'innate immune system'],
  },
  {
    term: 'cytokine release syndrome',
    aliases: ['CRS'],
    field: 'immunology',
    definition:
      'A dangerous flood of immune signals, a kind of cytokine storm. It can follow CAR-T cell therapy and some other treatments.',
    seeAlso: ['cytokine storm', 'CAR-T cell therapy'],
  },
  {
    term: 'graft-versus-host disease',
    aliases: ['GvHD', 'graft versus host disease'],
    field: 'immunology',
    definition:
      'When immune cells from a donor\'s stem cell transplant attack the patient\'s own body.',
    seeAlso: ['stem cell transplant'],
  },
  {
    term: 'transplant rejection',
    aliases: ['organ rejection', 'graft rejection', 'rejection'],
    field: 'immunology',
    definition:
      'When the immune system attacks a transplanted organ as foreign. Transplant patients take drugs for life to prevent it.',
    seeAlso: ['immunosuppressant', 'transplant'],
    context: ['transplant', 'transplanted', 'organ', 'organs', 'kidney', 'heart', 'liver', 'donor', 'graft'],
  },
  {
    term: 'HLA',
    aliases: ['human leukocyte antigen', 'HLA type', 'tissue typing', 'tissue type', 'HLA matching'],
    field: 'immunology',
    definition:
      'Proteins on cells that help the immune system tell self from foreign. Donors and patients are matched for them before transplants.',
    seeAlso: ['transplant rejection'],
  },
  {
    term: 'immune tolerance',
    aliases: ['self-tolerance', 'immunological tolerance'],
    field: 'immunology',
    definition:
      'The immune system\'s skill at leaving the body\'s own cells, and harmless things like food, alone. When it fails, allergy or autoimmune disease can follow.',
    seeAlso: ['autoimmune disease'],
    context: ['immune', 'immunity', 'T cells', 'autoimmune', 'allergy', 'allergies', 'antigen', 'antigens', 'immune system', 'allergen'],
  },
  {
    term: 'psoriatic arthritis',
    field: 'immunology',
    definition:
      'Joint pain and swelling that affects some people with psoriasis, a skin disease.',
    seeAlso: ['psoriasis', 'arthritis'],
  },
  {
    term: 'ankylosing spondylitis',
    aliases: ['axial spondyloarthritis'],
    field: 'immunology',
    definition:
      'A long-term swelling of the spine that causes back pain and stiffness. Over years it can fuse bones together.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'Sjogren\'s syndrome',
    aliases: ['Sjögren\'s syndrome', 'Sjogren\'s', 'Sjögren\'s'],
    field: 'immunology',
    definition:
      'A disease in which the immune system attacks the glands that make tears and spit. It causes a dry mouth and dry eyes.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'vitiligo',
    field: 'immunology',
    definition:
      'A condition in which the immune system kills the cells that give skin its colour. It leaves pale patches.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'alopecia areata',
    aliases: ['alopecia'],
    field: 'immunology',
    definition:
      'A condition in which the immune system attacks hair roots, causing patches of hair loss.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'Hashimoto\'s disease',
    aliases: ['Hashimoto\'s', 'Hashimoto\'s thyroiditis'],
    field: 'immunology',
    definition:
      'A disease in which the immune system attacks the thyroid. It is the most common cause of an underactive thyroid.',
    seeAlso: ['hypothyroidism', 'autoimmune disease'],
  },
  {
    term: 'myasthenia gravis',
    field: 'immunology',
    definition:
      'A disease in which the immune system blocks the signals from nerves to muscles. Muscles get weak, and worse with use.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'sarcoidosis',
    field: 'immunology',
    definition:
      'A disease in which small clumps of immune cells form in organs, most often the lungs and lymph nodes. Its cause is unknown.',
  },
  {
    term: 'vasculitis',
    field: 'immunology',
    definition:
      'Swelling of blood vessel walls, caused by the immune system. It can narrow vessels and harm the organs they feed.',
    seeAlso: ['autoimmune disease', 'blood vessel'],
  },
  {
    term: 'Guillain-Barre syndrome',
    aliases: ['Guillain-Barré syndrome'],
    field: 'immunology',
    definition:
      'A rare illness in which the immune system attacks nerves, often after an infection. It causes weakness that can spread, but most people get better.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'febrile seizure',
    aliases: ['febrile convulsion', 'febrile convulsions', 'fever fit'],
    field: 'immunology',
    definition:
      'A fit in a young child brought on by a high fever. It is frightening but usually harmless.',
  },
  {
    term: 'Bell\'s palsy',
    field: 'immunology',
    definition:
      'Sudden weakness of the muscles on one side of the face, from a swollen nerve. Most people recover within months.',
  },
  {
    term: 'vaccine injury',
    aliases: ['vaccine injuries', 'vaccine injury compensation', 'Vaccine Injury Compensation Program'],
    field: 'immunology',
    definition:
      'Harm caused by a vaccine, which is rare. Many countries have a fund that pays those harmed, without a court case.',
    seeAlso: ['adverse event', 'VAERS'],
  },
];
