import type { GlossaryEntry } from './types';

/** Plain-language glossary: genes, cells and the molecules of life. */
export const entries: GlossaryEntry[] = [
  {
    term: 'DNA',
    aliases: ['deoxyribonucleic acid'],
    field: 'genetics',
    definition:
      'The long, twisted molecule inside our cells. It carries the instructions for building and running a living thing.',
    seeAlso: ['gene', 'genome', 'RNA'],
  },
  {
    term: 'RNA',
    aliases: ['ribonucleic acid'],
    field: 'genetics',
    definition:
      'A close cousin of DNA. Cells copy parts of their DNA into RNA, which carries the instructions or helps do the work.',
    seeAlso: ['DNA', 'mRNA'],
  },
  {
    term: 'mRNA',
    aliases: ['messenger RNA'],
    field: 'genetics',
    definition:
      'A short-lived copy of one gene\'s instructions. The cell reads it to make a protein, then breaks it down.',
    seeAlso: ['RNA', 'protein', 'mRNA vaccine'],
  },
  {
    term: 'gene',
    aliases: ['genes'],
    field: 'genetics',
    definition:
      'A stretch of DNA that holds the recipe for one thing the body makes, usually a protein. We have about 20,000 of them.',
    seeAlso: ['DNA', 'genome', 'mutation'],
  },
  {
    term: 'genome',
    aliases: ['genomes', 'human genome'],
    field: 'genetics',
    definition:
      'All the DNA of a living thing: its complete set of genes and everything between them.',
    seeAlso: ['gene', 'DNA'],
  },
  {
    term: 'ancient DNA',
    aliases: ['aDNA', 'ancient genomes', 'ancient genome'],
    field: 'genetics',
    definition:
      'DNA recovered from old bones, teeth, hair or soil, sometimes many thousands of years old. It shows how past peoples and animals moved, mixed and changed.',
    seeAlso: ['DNA', 'genome'],
  },
  {
    term: 'chromosome',
    aliases: ['chromosomes', 'chromosomal'],
    field: 'genetics',
    definition:
      'A tightly packed bundle of DNA. Most human cells have 46, in 23 pairs, one set from each parent.',
    seeAlso: ['DNA', 'gene'],
  },
  {
    term: 'mutation',
    aliases: ['mutations', 'mutated', 'mutate', 'mutant', 'genetic mutation', 'gene mutation'],
    field: 'genetics',
    definition:
      'A change in the letters of DNA. Many are harmless, some cause disease, and a few help a living thing survive.',
    seeAlso: ['gene', 'genetic variant'],
  },
  {
    term: 'genetic variant',
    aliases: ['gene variant', 'variants', 'genetic variation', 'genetic variants', 'risk variant'],
    field: 'genetics',
    definition:
      'A spot where a person\'s DNA differs from most other people\'s. Some variants raise or lower the risk of a disease.',
    seeAlso: ['mutation'],
    context: ['gene', 'genes', 'genetic', 'DNA', 'genome', 'risk', 'inherited', 'carriers', 'carry'],
  },
  {
    term: 'allele',
    aliases: ['alleles'],
    field: 'genetics',
    definition:
      'One of the different versions of a gene. You get one from each parent.',
    seeAlso: ['gene'],
  },
  {
    term: 'hereditary',
    aliases: ['inherited', 'heritable', 'inherit', 'passed down'],
    field: 'genetics',
    definition:
      'Passed from parents to children through genes.',
    context: ['gene', 'genes', 'genetic', 'disease', 'condition', 'mutation', 'mutations', 'risk', 'disorder', 'DNA', 'family', 'families'],
  },
  {
    term: 'heritability',
    field: 'genetics',
    definition:
      'How much of the differences in a trait between people, like height, comes from differences in their genes. The rest comes from differences in their lives.',
  },
  {
    term: 'genotype',
    aliases: ['genotypes', 'genotyping'],
    field: 'genetics',
    definition:
      'The exact set of gene versions a living thing carries.',
    seeAlso: ['phenotype'],
  },
  {
    term: 'phenotype',
    aliases: ['phenotypes'],
    field: 'genetics',
    definition:
      'The traits you can see or measure in a living thing, such as eye colour or height, shaped by genes and the world around it.',
    seeAlso: ['genotype'],
  },
  {
    term: 'gene expression',
    aliases: ['expressed', 'expression levels', 'gene activity'],
    field: 'genetics',
    definition:
      'How much a gene is switched on, meaning how much of its product a cell is making.',
    seeAlso: ['epigenetics'],
    context: ['gene', 'genes', 'cells', 'cell', 'protein', 'proteins', 'RNA'],
  },
  {
    term: 'epigenetics',
    aliases: ['epigenetic', 'epigenome'],
    field: 'genetics',
    definition:
      'Chemical tags on DNA that switch genes on or off without changing the DNA letters. Diet, stress and age can change these tags.',
    seeAlso: ['gene expression'],
  },
  {
    term: 'chromatin',
    field: 'genetics',
    definition:
      'DNA wound around spool-like proteins inside a cell\'s core. How tight it is wound helps decide which genes are active.',
    seeAlso: ['epigenetics'],
  },
  {
    term: 'transcription',
    aliases: ['transcribed'],
    field: 'genetics',
    definition:
      'The step where a cell copies a gene\'s DNA into RNA. Proteins called transcription factors control when it happens.',
    seeAlso: ['RNA', 'gene expression'],
    context: ['gene', 'genes', 'DNA', 'RNA', 'cell', 'cells', 'protein', 'factor', 'factors'],
  },
  {
    term: 'protein',
    aliases: ['proteins'],
    field: 'genetics',
    definition:
      'A large molecule built from chains of amino acids, folded into a shape. Proteins do most of the work in cells, and also build muscle and hair.',
    seeAlso: ['amino acid', 'enzyme'],
    context: ['cell', 'cells', 'gene', 'genes', 'body', 'molecule', 'molecules', 'enzyme', 'blood', 'brain', 'muscle', 'virus', 'drug', 'amino', 'structure', 'levels', 'immune', 'DNA', 'RNA'],
  },
  {
    term: 'amino acid',
    aliases: ['amino acids'],
    field: 'genetics',
    definition:
      'One of about 20 small building blocks that link up in chains to make proteins.',
    seeAlso: ['protein'],
  },
  {
    term: 'peptide',
    aliases: ['peptides', 'polypeptide'],
    field: 'genetics',
    definition:
      'A short chain of amino acids, like a small piece of a protein. Some work as hormones or drugs.',
    seeAlso: ['protein', 'amino acid'],
  },
  {
    term: 'fusion protein',
    aliases: ['fusion proteins', 'fusion gene'],
    field: 'genetics',
    definition:
      'A protein made from two genes joined together. This can happen by accident in disease or on purpose in the lab.',
    seeAlso: ['protein'],
  },
  {
    term: 'enzyme',
    aliases: ['enzymes', 'enzymatic'],
    field: 'genetics',
    definition:
      'A protein that speeds up a chemical reaction in the body, such as breaking down food or copying DNA.',
    seeAlso: ['protein'],
  },
  {
    term: 'protein folding',
    aliases: ['misfolded', 'misfolding'],
    field: 'genetics',
    definition:
      'How a chain of amino acids curls into the 3D shape a protein needs to work. Wrong shapes can cause disease.',
    seeAlso: ['protein', 'AlphaFold'],
  },
  {
    term: 'cell membrane',
    aliases: ['cell membranes', 'plasma membrane'],
    field: 'genetics',
    definition:
      'The thin, oily skin around a cell that controls what gets in and out.',
  },
  {
    term: 'mitochondria',
    aliases: ['mitochondrion', 'mitochondrial'],
    field: 'genetics',
    definition:
      'Tiny parts inside cells that turn food and oxygen into energy the cell can use. They have a little DNA of their own.',
  },
  {
    term: 'cell line',
    aliases: ['cell lines'],
    field: 'genetics',
    definition:
      'Cells grown in a lab dish that keep dividing, so many experiments can use the same kind of cells.',
    seeAlso: ['in vitro'],
  },
  {
    term: 'organoid',
    aliases: ['organoids', 'mini-organ', 'mini-organs'],
    field: 'genetics',
    definition:
      'A tiny, simple version of an organ, grown from stem cells in a dish. Useful for study, but far from a real organ.',
    seeAlso: ['stem cell', 'in vitro'],
  },
  {
    term: 'stem cell',
    aliases: ['stem cells'],
    field: 'genetics',
    definition:
      'A cell that can make copies of itself and turn into other kinds of cells, such as blood, muscle or nerve cells.',
    seeAlso: ['embryonic stem cell', 'induced pluripotent stem cell'],
  },
  {
    term: 'embryonic stem cell',
    aliases: ['embryonic stem cells'],
    field: 'genetics',
    definition:
      'A stem cell taken from a very early embryo. It can become almost any kind of cell in the body.',
    seeAlso: ['stem cell'],
  },
  {
    term: 'induced pluripotent stem cell',
    aliases: ['iPS cell', 'iPSC', 'iPSCs', 'iPS cells', 'induced pluripotent stem cells', 'reprogrammed cells'],
    field: 'genetics',
    definition:
      'An adult cell, such as a skin cell, turned back in the lab into a stem cell. It can then become many other kinds of cells.',
    seeAlso: ['stem cell'],
  },
  {
    term: 'embryo',
    aliases: ['embryos', 'embryonic'],
    field: 'genetics',
    definition:
      'A living thing at its earliest stage, just after an egg is fertilised. In people, it is called a fetus after about eight weeks.',
  },
  {
    term: 'germline',
    aliases: ['germ line', 'germline editing', 'heritable editing'],
    field: 'genetics',
    definition:
      'The egg and sperm cells, and the cells that make them. Changes here can pass to children.',
    seeAlso: ['somatic'],
  },
  {
    term: 'somatic',
    aliases: ['somatic cell', 'somatic cells'],
    field: 'genetics',
    definition:
      'About the body\'s ordinary cells, not eggs or sperm. Changes in them are not passed to children.',
    seeAlso: ['germline'],
  },
  {
    term: 'CRISPR',
    aliases: ['CRISPR-Cas9', 'Cas9', 'gene scissors', 'CRISPR-based'],
    field: 'genetics',
    definition:
      'A tool, borrowed from bacteria, that finds an exact spot in DNA and cuts it. Scientists use it to switch off, fix or change a gene.',
    seeAlso: ['gene editing', 'base editing'],
  },
  {
    term: 'gene editing',
    aliases: ['genome editing', 'gene-editing', 'gene edited', 'gene-edited', 'genome-edited'],
    field: 'genetics',
    definition:
      'Changing the DNA of a living cell at a chosen spot, for example to fix a faulty gene.',
    seeAlso: ['CRISPR', 'gene therapy'],
  },
  {
    term: 'base editing',
    aliases: ['base editor', 'base editors', 'base-editing', 'prime editing', 'prime editor'],
    field: 'genetics',
    definition:
      'A precise kind of gene editing that swaps single DNA letters, or small bits. It does not cut both strands of the DNA.',
    seeAlso: ['CRISPR', 'gene editing'],
  },
  {
    term: 'gene therapy',
    aliases: ['gene therapies', 'gene-therapy', 'gene replacement therapy', 'gene transfer'],
    field: 'genetics',
    definition:
      'Treating a disease by adding, fixing or switching off genes in a patient\'s cells.',
    seeAlso: ['gene editing', 'viral vector', 'spinal muscular atrophy'],
  },
  {
    term: 'viral vector',
    aliases: ['viral vectors', 'AAV', 'adeno-associated virus', 'lentivirus', 'lentiviral vector'],
    field: 'genetics',
    definition:
      'A harmless, emptied-out virus used as a delivery van. It carries new genes into cells.',
    seeAlso: ['gene therapy'],
  },
  {
    term: 'lipid nanoparticle',
    aliases: ['lipid nanoparticles', 'LNP', 'LNPs'],
    field: 'genetics',
    definition:
      'A tiny bubble of fat that wraps fragile cargo like mRNA and helps it get inside cells.',
    seeAlso: ['mRNA vaccine'],
  },
  {
    term: 'RNA interference',
    aliases: ['siRNA', 'RNAi', 'small interfering RNA'],
    field: 'genetics',
    definition:
      'Ways of silencing a gene by destroying or blocking its RNA message, so less of its protein gets made.',
    seeAlso: ['RNA'],
  },
  {
    term: 'sequencing',
    aliases: ['DNA sequencing', 'genome sequencing', 'gene sequencing', 'sequenced', 'whole-genome sequencing', 'whole genome sequencing', 'next-generation sequencing'],
    field: 'genetics',
    definition:
      'Reading the order of the letters in DNA or RNA.',
    seeAlso: ['genome'],
    context: ['DNA', 'RNA', 'genome', 'genomes', 'gene', 'genes', 'genetic', 'virus', 'cells', 'samples'],
  },
  {
    term: 'single-cell sequencing',
    aliases: ['single-cell RNA sequencing', 'single cell sequencing', 'scRNA-seq', 'single-cell analysis'],
    field: 'genetics',
    definition:
      'Reading the genes that are active in each cell one by one, instead of in a blended sample, to tell cell types apart.',
    seeAlso: ['cell atlas'],
  },
  {
    term: 'cell atlas',
    aliases: ['Human Cell Atlas', 'cell atlases', 'cell map'],
    field: 'genetics',
    definition:
      'A detailed map of every type of cell in a body or organ, where each sits and which genes it uses.',
    seeAlso: ['single-cell sequencing'],
  },
  {
    term: 'transcriptome',
    aliases: ['transcriptomics'],
    field: 'genetics',
    definition:
      'The full set of RNA messages made in a cell or tissue, which shows which genes are switched on. "-omics" means studying such a full set at once.',
  },
  {
    term: 'genome-wide association study',
    aliases: ['GWAS', 'genome-wide association studies', 'genome-wide study'],
    field: 'genetics',
    definition:
      'A study that scans the DNA of many people. It looks for spots that are more common in people with a certain disease or trait.',
    seeAlso: ['genetic variant'],
  },
  {
    term: 'polygenic risk score',
    aliases: ['polygenic score', 'polygenic risk scores', 'genetic risk score'],
    field: 'genetics',
    definition:
      "A number that adds up the small effects of many gene variants. It estimates a person's inherited risk of a disease.",
    seeAlso: ['genetic variant'],
  },
  {
    term: 'genetic testing',
    aliases: ['genetic test', 'genetic screening', 'genetic tests', 'DNA test'],
    field: 'genetics',
    definition:
      'Checking a person\'s DNA for changes that cause or raise the risk of a disease.',
    seeAlso: ['mutation'],
  },
  {
    term: 'biomarker',
    aliases: ['biomarkers', 'biological marker', 'marker of disease'],
    field: 'genetics',
    definition:
      'Something that can be measured in the body, such as a protein in blood. It can show a disease, the risk of one, or how well a treatment works.',
    seeAlso: ['surrogate endpoint'],
  },
  {
    term: 'metabolite',
    aliases: ['metabolites'],
    field: 'genetics',
    definition:
      'A small molecule made or used when the body breaks down food, drugs or its own chemicals.',
    seeAlso: ['metabolism'],
  },
  {
    term: 'microbiome',
    aliases: ['gut microbiome', 'microbiota', 'gut microbiota', 'gut bacteria', 'gut flora', 'gut microbes', 'microbiomes'],
    field: 'genetics',
    definition:
      'The trillions of tiny living things, mostly bacteria, that live in and on us, especially in the gut. They help digest food and train the immune system.',
    seeAlso: ['probiotic', 'bacterium', 'microbe'],
  },
  {
    term: 'telomere',
    aliases: ['telomeres'],
    field: 'genetics',
    definition:
      'A protective cap on the end of a chromosome, like the plastic tip on a shoelace. It gets shorter as cells divide and age.',
    seeAlso: ['chromosome', 'cellular senescence'],
  },
  {
    term: 'cellular senescence',
    aliases: ['senescent cells', 'senescent cell', 'senescence', 'zombie cells'],
    field: 'genetics',
    definition:
      'When old or damaged cells stop dividing but do not die. They build up with age and can cause harmful inflammation.',
    seeAlso: ['telomere', 'senolytic'],
  },
  {
    term: 'biological age',
    aliases: ['biological ageing', 'biological aging', 'ageing clock', 'aging clock', 'epigenetic clock'],
    field: 'genetics',
    definition:
      'How old your body seems from tests of blood or DNA, which can differ from your age in years.',
    seeAlso: ['epigenetics'],
  },
  {
    term: 'cloning',
    aliases: ['cloned', 'clone', 'clones'],
    field: 'genetics',
    definition:
      'Making an exact genetic copy of a cell, gene or whole living thing.',
    context: ['gene', 'genes', 'DNA', 'cell', 'cells', 'animal', 'animals', 'sheep', 'embryo', 'genetic', 'dog', 'monkey'],
  },
  {
    term: 'synthetic biology',
    aliases: ['synthetic biologist', 'bioengineered'],
    field: 'genetics',
    definition:
      'Designing and building new living parts or systems. One example is bacteria rewired to make a medicine.',
  },
  {
    term: 'precision medicine',
    aliases: ['personalised medicine', 'personalized medicine', 'precision medicines'],
    field: 'genetics',
    definition:
      'Choosing treatment to fit each patient, based on their genes, their disease\'s features or their life.',
    seeAlso: ['targeted therapy', 'biomarker'],
  },
  {
    term: 'senolytic',
    aliases: ['senolytics', 'senolytic drug', 'senolytic drugs'],
    field: 'genetics',
    definition:
      'A drug meant to clear out worn-out cells that have stopped dividing but linger in the body. They work in mice; trials in people are at an early stage.',
    seeAlso: ['cellular senescence'],
  },
  {
    term: 'proteome',
    aliases: ['proteomics', 'proteomic'],
    field: 'genetics',
    definition:
      'All the proteins made in a cell, tissue or body at one time. Proteomics is the study of them all at once.',
    seeAlso: ['transcriptome', 'protein'],
  },
  {
    term: 'metabolome',
    aliases: ['metabolomics', 'metabolomic'],
    field: 'genetics',
    definition:
      'All the small chemicals, such as sugars and fats, found in a cell, tissue or body at one time. Metabolomics measures them all at once.',
    seeAlso: ['transcriptome', 'metabolite'],
  },
  {
    term: 'base pair',
    field: 'genetics',
    definition:
      'Two chemical "letters" joined across the two strands of DNA. The human genome has about three billion of these pairs.',
    seeAlso: ['nucleotide', 'genome'],
  },
  {
    term: 'nucleotide',
    aliases: ['DNA base', 'DNA letter'],
    field: 'genetics',
    definition:
      'One of the small building blocks strung together to make DNA or RNA. Their order, written as letters such as A, C, G and T, spells out the genetic code.',
    seeAlso: ['base pair', 'DNA'],
  },
  {
    term: 'ribosome',
    aliases: ['ribosomal'],
    field: 'genetics',
    definition:
      'The tiny machine in cells that builds proteins. It reads a copy of a gene and joins the right building blocks, one by one.',
    seeAlso: ['mRNA', 'protein'],
  },
  {
    term: 'plasmid',
    field: 'genetics',
    definition:
      'A small ring of DNA, apart from the main genome, found in bacteria. Scientists use them to carry genes into cells, and they can spread drug resistance.',
    seeAlso: ['bacterium', 'antibiotic resistance'],
  },
  {
    term: 'recessive',
    aliases: ['recessive gene', 'recessive trait', 'autosomal recessive', 'recessive mutation'],
    field: 'genetics',
    definition:
      'Describes a gene change that causes a trait or disease only if a person gets two copies, one from each parent. People with one copy are carriers.',
    seeAlso: ['dominant inheritance', 'allele'],
  },
  {
    term: 'dominant inheritance',
    aliases: ['dominant gene', 'autosomal dominant', 'dominant trait', 'dominant mutation', 'dominantly inherited'],
    field: 'genetics',
    definition:
      'When one copy of a gene change, from either parent, is enough to cause a trait or disease. Each child of an affected parent has a one-in-two chance.',
    seeAlso: ['recessive', 'allele'],
  },
  {
    term: 'X-linked',
    aliases: ['X-linked disorder', 'sex-linked'],
    field: 'genetics',
    definition:
      'Describes a gene on the X chromosome. X-linked diseases mostly affect boys, who have only one X, while girls, who have two, are often carriers.',
    seeAlso: ['chromosome', 'recessive'],
  },
  {
    term: 'mitosis',
    aliases: ['cell division', 'mitotic'],
    field: 'genetics',
    definition:
      'The way one cell splits into two matching copies, each with a full set of chromosomes. It is how the body grows and repairs itself.',
    seeAlso: ['meiosis', 'chromosome'],
  },
  {
    term: 'meiosis',
    field: 'genetics',
    definition:
      'A special kind of cell division that makes sperm and egg cells, each with half the usual chromosomes. It also shuffles genes, so every child is unique.',
    seeAlso: ['mitosis', 'chromosome'],
  },
  {
    term: 'apoptosis',
    aliases: ['programmed cell death', 'apoptotic'],
    field: 'genetics',
    definition:
      'A built-in process by which damaged or unneeded cells kill themselves in an orderly way. Cancer cells often learn to dodge it.',
    seeAlso: ['cellular senescence'],
  },
  {
    term: 'autophagy',
    field: 'genetics',
    definition:
      'The cell\'s recycling system: it breaks down worn-out parts and reuses the pieces. Fasting and exercise can boost it.',
    seeAlso: ['intermittent fasting'],
  },
  {
    term: 'ATP',
    aliases: ['adenosine triphosphate'],
    // The men's professional tennis tour shares the letters.
    notIn: ['ATP Tour', 'ATP ranking', 'ATP title', 'ATP event', 'ATP tournament', 'ATP Finals', 'ATP Cup', 'ATP match', 'ATP player', 'ATP tennis'],
    field: 'genetics',
    definition:
      'The molecule cells use to carry energy, like cash for spending. Mitochondria make it from food, and cells use it to power almost all they do.',
    seeAlso: ['mitochondria'],
  },
  {
    term: 'growth factor',
    field: 'genetics',
    definition:
      'A protein that tells cells to grow, divide or heal. Some cancers make too much of one, and some drugs block them.',
    seeAlso: ['VEGF', 'protein'],
  },
  {
    term: 'DNA damage',
    aliases: ['DNA strand break', 'double-strand break', 'DNA strand breaks'],
    field: 'genetics',
    definition:
      'Breaks or changes in a cell\'s DNA, caused by things like sunlight, smoking or copying errors. Cells fix most of it; what is left can lead to cancer.',
    seeAlso: ['mutation', 'carcinogen'],
  },
  {
    term: 'gene knockout',
    aliases: ['knockout gene', 'gene knock-out'],
    field: 'genetics',
    definition:
      'Turning off or removing one gene in a cell or animal. Seeing what goes wrong without it shows what the gene does.',
    seeAlso: ['mouse model', 'gene'],
  },
  {
    term: 'BCR-ABL',
    aliases: ['BCR-ABL1', 'Philadelphia chromosome'],
    field: 'genetics',
    definition:
      'A faulty gene made when two chromosomes swap pieces and fuse. It drives chronic myeloid leukaemia by telling white blood cells to keep multiplying; drugs such as imatinib block it.',
    seeAlso: ['imatinib'],
  },
  {
    term: 'cytoskeleton',
    field: 'genetics',
    definition:
      'A web of protein threads inside a cell. It gives the cell its shape, lets it move and works like a road network for carrying things around.',
  },
  {
    term: 'eukaryote',
    aliases: ['eukaryotic', 'eukaryotic cell'],
    field: 'genetics',
    definition:
      'A living thing whose cells keep their DNA inside a nucleus. Animals, plants and fungi are eukaryotes; bacteria are not.',
  },
  {
    term: 'oxidative phosphorylation',
    field: 'genetics',
    definition:
      'The last step in how cells get energy from food. Inside mitochondria, oxygen is used to make ATP, the molecule cells spend as energy.',
    seeAlso: ['ATP', 'mitochondria'],
  },
  {
    term: 'sirtuin',
    field: 'genetics',
    definition:
      'One of a family of proteins that help cells repair DNA and manage energy. Scientists study them for links to ageing, but their effect on lifespan is debated.',
  },
  {
    term: 'glutamine',
    field: 'genetics',
    definition:
      'An amino acid, one of the building blocks of proteins. The body makes it, and some cancer cells and immune cells burn a lot of it as fuel.',
    seeAlso: ['amino acid'],
  },
  {
    term: 'glycine',
    field: 'genetics',
    definition:
      'The smallest amino acid, a building block of proteins. In the brain and spinal cord it also acts as a messenger that calms nerve signals.',
    seeAlso: ['amino acid'],
  },
  {
    term: 'regeneration',
    aliases: ['regenerate', 'regenerated', 'regenerative', 'regrowth'],
    field: 'genetics',
    definition:
      'Regrowing lost or damaged body parts. Salamanders can regrow legs and flatworms a whole body; people can only repair some tissues, such as skin and liver.',
    seeAlso: ['stem cell'],
    context: ['tissue', 'tissues', 'cell', 'cells', 'limb', 'limbs', 'organ', 'organs', 'heal', 'healing', 'body', 'heart', 'nerve', 'nerves', 'animal', 'animals', 'tail', 'muscle', 'cartilage', 'liver', 'worm', 'worms', 'salamander', 'fin', 'bone', 'wound', 'perfect', 'stem cell'],
  },
  {
    term: 'morphogenesis',
    field: 'genetics',
    definition:
      'How a growing embryo or tissue gets its shape. Cells split, move and fold to make organs and body parts.',
  },
  {
    term: 'transgenic',
    aliases: ['transgenic animal', 'transgenic plant', 'transgenic crop'],
    field: 'genetics',
    definition:
      'Carrying a gene put in from another living thing. Transgenic mice, for example, carry a human gene so scientists can study a human disease in them.',
    seeAlso: ['mouse model'],
  },
  {
    term: 'first-degree relative',
    field: 'genetics',
    definition:
      'A parent, brother, sister or child: the closest family members, who share about half of a person\'s genes.',
  },
  {
    term: 'bioelectricity',
    aliases: ['bioelectric', 'bioelectrical'],
    field: 'genetics',
    definition:
      'The tiny electric voltages that living cells make and use to signal to each other. They help guide how embryos grow and how wounds heal.',
  },
  {
    term: 'genetic susceptibility',
    aliases: ['genetic predisposition', 'genetically predisposed', 'inherited predisposition', 'predisposition', 'genetic risk', 'genetically susceptible'],
    field: 'genetics',
    definition:
      'Having genes that raise the chance of getting a disease. It is a higher risk, not a sure thing: lifestyle and luck still count.',
    seeAlso: ['gene', 'polygenic risk score', 'penetrance'],
  },
  {
    term: 'faulty gene',
    aliases: ['faulty genes', 'defective gene', 'gene fault', 'gene defect', 'broken gene'],
    field: 'genetics',
    definition:
      'A gene with a change that stops it working as it should. Some faulty genes cause disease on their own; others only raise the risk.',
    seeAlso: ['mutation', 'gene'],
  },
  {
    term: 'familial',
    aliases: ['runs in families', 'run in families', 'familial form'],
    field: 'genetics',
    definition:
      'Found in several members of one family, often because of a shared gene. A familial form of a disease is more likely to be passed down.',
    seeAlso: ['hereditary', 'first-degree relative'],
    context: ['disease', 'gene', 'genes', 'form', 'cancer', 'risk', 'inherited', 'condition', 'syndrome', 'cases', 'Alzheimer\'s', 'families'],
  },
  {
    term: 'penetrance',
    aliases: ['incomplete penetrance', 'high penetrance', 'low penetrance', 'penetrance genes'],
    field: 'genetics',
    definition:
      'The share of people with a gene change who actually get the disease it is linked to. With low penetrance, most carriers stay well.',
    seeAlso: ['genetic variant', 'genetic susceptibility'],
  },
  {
    term: 'carrier',
    aliases: ['genetic carrier', 'carriers', 'gene carrier'],
    field: 'genetics',
    definition:
      'A person who has one copy of a gene change but does not have the disease it can cause. They can pass it on to their children.',
    seeAlso: ['recessive', 'genetic testing'],
    context: ['gene', 'genes', 'genetic', 'mutation', 'recessive', 'inherited', 'copy', 'cystic fibrosis', 'sickle', 'BRCA', 'APOE4'],
  },
  {
    term: 'single nucleotide polymorphism',
    aliases: ['SNP', 'SNPs', 'single-nucleotide polymorphism', 'single nucleotide polymorphisms'],
    field: 'genetics',
    definition:
      'A spot in DNA where people differ by just one letter. There are millions of them; most do nothing, but some are linked to traits or disease risk.',
    seeAlso: ['genetic variant', 'genome-wide association study', 'nucleotide'],
  },
  {
    term: 'copy number variant',
    aliases: ['copy number variation', 'CNV', 'CNVs', 'copy number variants'],
    field: 'genetics',
    definition:
      'A stretch of DNA that some people have more or fewer copies of than others. Some such differences are linked to disease.',
    seeAlso: ['genetic variant'],
  },
  {
    term: 'point mutation',
    aliases: ['single-letter mutation', 'missense mutation', 'nonsense mutation', 'frameshift mutation', 'frameshift'],
    field: 'genetics',
    definition:
      'A change to a single letter of DNA, or the loss or gain of a few letters. Even one changed letter can spoil the protein a gene makes.',
    seeAlso: ['mutation', 'base editing'],
  },
  {
    term: 'de novo mutation',
    aliases: ['de novo mutations', 'de novo variant', 'new mutation', 'spontaneous mutation'],
    field: 'genetics',
    definition:
      'A gene change that is new in a child, not passed down from either parent. It often arises in the egg or sperm.',
    seeAlso: ['mutation', 'germline'],
  },
  {
    term: 'mosaicism',
    aliases: ['mosaic', 'genetic mosaic', 'somatic mosaicism'],
    field: 'genetics',
    definition:
      'When some cells in a body carry a gene change and others do not. It happens when the change arises after the embryo has started to grow.',
    seeAlso: ['somatic', 'mutation'],
    context: ['cells', 'gene', 'genes', 'genetic', 'mutation', 'DNA', 'chromosome', 'embryo'],
  },
  {
    term: 'autosomal',
    aliases: ['autosome', 'autosomes'],
    field: 'genetics',
    definition:
      'On one of the 22 pairs of chromosomes that are the same in males and females, not on the X or Y. Autosomal diseases strike both sexes alike.',
    seeAlso: ['chromosome', 'recessive', 'dominant inheritance'],
  },
  {
    term: 'sex chromosome',
    aliases: ['sex chromosomes', 'X chromosome', 'Y chromosome', 'X chromosomes', 'Y chromosomes'],
    field: 'genetics',
    definition:
      'The X and Y chromosomes. Most women have two X chromosomes; most men have an X and a Y. Genes on the Y help an embryo develop as male.',
    seeAlso: ['chromosome', 'X-linked'],
  },
  {
    term: 'trisomy',
    aliases: ['trisomy 21', 'trisomy 18', 'trisomy 13', 'chromosomal abnormality', 'chromosome abnormality', 'chromosomal abnormalities'],
    field: 'genetics',
    definition:
      'Having three copies of a chromosome instead of two. Trisomy 21 causes Down syndrome; some other trisomies are lost early in pregnancy.',
    seeAlso: ['chromosome', 'Down syndrome'],
  },
  {
    term: 'Down syndrome',
    aliases: ['Down\'s syndrome'],
    field: 'genetics',
    definition:
      'A condition caused by an extra copy of chromosome 21. It brings some learning disability and a higher risk of some health problems, such as heart defects.',
    seeAlso: ['trisomy', 'chromosome'],
  },
  {
    term: 'karyotype',
    aliases: ['karyotyping', 'karyotypes'],
    field: 'genetics',
    definition:
      'A picture of all of a person\'s chromosomes, sorted in pairs. Doctors use it to spot missing, extra or broken chromosomes.',
    seeAlso: ['chromosome', 'trisomy'],
  },
  {
    term: 'genetic code',
    field: 'genetics',
    definition:
      'The rules a cell uses to read DNA: each set of three letters stands for one amino acid. The same code works in almost all life on Earth.',
    seeAlso: ['codon', 'DNA', 'amino acid'],
  },
  {
    term: 'codon',
    aliases: ['codons', 'stop codon', 'start codon'],
    field: 'genetics',
    definition:
      'A set of three DNA or RNA letters that stands for one amino acid, or says where a protein starts or ends.',
    seeAlso: ['genetic code', 'amino acid'],
    context: ['DNA', 'RNA', 'gene', 'protein', 'amino acid', 'genetic code', 'mRNA', 'sequence'],
  },
  {
    term: 'exon',
    aliases: ['exons', 'intron', 'introns', 'exon skipping'],
    field: 'genetics',
    definition:
      'Exons are the parts of a gene that end up in the recipe for a protein. Introns are the pieces between them, cut out before the protein is made.',
    seeAlso: ['splicing', 'gene'],
  },
  {
    term: 'splicing',
    aliases: ['RNA splicing', 'alternative splicing', 'spliced', 'splice'],
    field: 'genetics',
    definition:
      'How a cell cuts and rejoins a gene\'s RNA copy before making protein from it. Mixing the pieces in new ways lets one gene make several proteins.',
    seeAlso: ['exon', 'RNA'],
    context: ['RNA', 'gene', 'genes', 'protein', 'exon', 'intron', 'mRNA', 'cell', 'cells', 'DNA', 'mutation'],
  },
  {
    term: 'promoter',
    aliases: ['gene promoter', 'promoter region'],
    field: 'genetics',
    definition:
      'A stretch of DNA just before a gene that acts as its on switch. Proteins latch onto it to start reading the gene.',
    seeAlso: ['transcription factor', 'gene expression'],
    context: ['gene', 'genes', 'DNA', 'expression', 'transcription', 'region', 'sequence', 'methylation'],
  },
  {
    term: 'enhancer',
    aliases: ['enhancers', 'enhancer region'],
    field: 'genetics',
    definition:
      'A stretch of DNA that boosts how much a gene is used. It can sit far from the gene it controls.',
    seeAlso: ['promoter', 'gene expression'],
    context: ['gene', 'genes', 'DNA', 'expression', 'transcription', 'region', 'sequence', 'genome'],
  },
  {
    term: 'transcription factor',
    aliases: ['transcription factors'],
    field: 'genetics',
    definition:
      'A protein that binds to DNA and turns genes on or off. Some act as master switches that decide what kind of cell a cell becomes.',
    seeAlso: ['transcription', 'gene expression', 'promoter'],
  },
  {
    term: 'master regulator',
    aliases: ['master switch', 'master regulators', 'master gene', 'regulator gene'],
    field: 'genetics',
    definition:
      'A gene or protein that controls many other genes at once. So a change in it can change a whole process, such as how a tissue grows.',
    seeAlso: ['transcription factor', 'gene expression'],
    context: ['gene', 'genes', 'protein', 'cells', 'cell', 'expression', 'controls', 'DNA', 'development'],
  },
  {
    term: 'non-coding DNA',
    aliases: ['noncoding DNA', 'junk DNA', 'non-coding region', 'non-coding regions', 'dark matter of the genome'],
    field: 'genetics',
    definition:
      'The large part of our DNA, about 98%, that does not hold recipes for proteins. Once called junk, much of it helps control when genes are used.',
    seeAlso: ['gene', 'gene expression', 'enhancer'],
  },
  {
    term: 'microRNA',
    aliases: ['microRNAs', 'miRNA', 'miRNAs', 'miR'],
    field: 'genetics',
    definition:
      'A tiny piece of RNA that does not make protein. It turns down other genes by blocking their messages.',
    seeAlso: ['RNA', 'gene expression', 'non-coding RNA'],
  },
  {
    term: 'non-coding RNA',
    aliases: ['noncoding RNA', 'long non-coding RNA', 'lncRNA', 'lncRNAs', 'non-coding RNAs'],
    field: 'genetics',
    definition:
      'RNA that is not used as a recipe for protein. Many kinds help control genes or build cell machines.',
    seeAlso: ['RNA', 'microRNA'],
  },
  {
    term: 'transfer RNA',
    aliases: ['tRNA', 'tRNAs'],
    field: 'genetics',
    definition:
      'A small RNA that brings the right amino acid to the ribosome while a protein is built. It reads the code in the mRNA.',
    seeAlso: ['ribosome', 'mRNA', 'amino acid'],
  },
  {
    term: 'histone',
    aliases: ['histones', 'histone modification', 'histone proteins'],
    field: 'genetics',
    definition:
      'A spool-like protein that DNA wraps around inside the cell nucleus. Chemical tags on histones help decide which genes are open to be read.',
    seeAlso: ['chromatin', 'epigenetics'],
  },
  {
    term: 'genomic imprinting',
    aliases: ['imprinting', 'imprinted gene', 'imprinted genes'],
    field: 'genetics',
    definition:
      'When a gene works only if it came from one parent, the mother or the father. The other copy is kept switched off.',
    seeAlso: ['epigenetics'],
    context: ['gene', 'genes', 'genetic', 'parent', 'mother', 'father', 'maternal', 'paternal', 'DNA', 'epigenetic'],
  },
  {
    term: 'X-inactivation',
    aliases: ['X inactivation', 'X-chromosome inactivation'],
    field: 'genetics',
    definition:
      'In female mammals, one of the two X chromosomes in each cell is mostly shut down early on. That way cells do not get a double dose of its genes.',
    seeAlso: ['sex chromosome', 'epigenetics'],
  },
  {
    term: 'gene silencing',
    aliases: ['silenced gene', 'silence the gene', 'silencing a gene', 'switched off the gene'],
    field: 'genetics',
    definition:
      'Turning a gene off, or down, so it makes little or no protein. It happens naturally and can be done on purpose as a treatment.',
    seeAlso: ['RNA interference', 'gene expression'],
  },
  {
    term: 'knockdown',
    aliases: ['gene knockdown', 'knocked down'],
    field: 'genetics',
    definition:
      'Lowering how much a gene is used, without removing it, often with RNA tools. It shows what the gene does.',
    seeAlso: ['gene knockout', 'RNA interference'],
    context: ['gene', 'genes', 'protein', 'RNA', 'cells', 'expression', 'mice', 'levels'],
  },
  {
    term: 'guide RNA',
    aliases: ['gRNA', 'sgRNA', 'guide RNAs'],
    field: 'genetics',
    definition:
      'A short piece of RNA that leads CRISPR\'s cutting protein to the exact spot in the DNA to be edited.',
    seeAlso: ['CRISPR', 'gene editing'],
  },
  {
    term: 'off-target effect',
    aliases: ['off-target effects', 'off-target edit', 'off-target edits', 'off-target'],
    field: 'genetics',
    definition:
      'An unwanted change in the wrong place, such as when a gene editor cuts the wrong piece of DNA.',
    seeAlso: ['CRISPR', 'gene editing'],
  },
  {
    term: 'gene drive',
    aliases: ['gene drives'],
    field: 'genetics',
    definition:
      'A genetic trick that makes a gene pass to nearly all offspring, not the usual half, so it spreads through a wild population. It is proposed to curb malaria mosquitoes.',
    seeAlso: ['CRISPR', 'gene editing'],
  },
  {
    term: 'antisense oligonucleotide',
    aliases: ['ASO', 'ASOs', 'antisense oligonucleotides', 'antisense drug', 'antisense therapy', 'antisense'],
    field: 'genetics',
    definition:
      'A short, made-to-order strand of genetic letters that sticks to a gene\'s RNA message. It can block the message or change how it is read.',
    seeAlso: ['RNA interference', 'gene therapy'],
  },
  {
    term: 'exome sequencing',
    aliases: ['whole-exome sequencing', 'exome', 'exomes', 'WES'],
    field: 'genetics',
    definition:
      'Reading only the parts of DNA that hold protein recipes, about 1-2% of the genome. It is a cheaper way to hunt for disease-causing changes.',
    seeAlso: ['sequencing', 'genome'],
  },
  {
    term: 'reference genome',
    aliases: ['reference genomes', 'reference sequence'],
    field: 'genetics',
    definition:
      'A standard full DNA sequence for a species that new genomes are compared against. The human one was first finished in 2003.',
    seeAlso: ['genome', 'sequencing', 'pangenome'],
  },
  {
    term: 'pangenome',
    aliases: ['pan-genome', 'human pangenome'],
    field: 'genetics',
    definition:
      'A set of many genomes from different people or strains, used together as a reference. It shows much more of the variety in a species than one genome can.',
    seeAlso: ['reference genome', 'genome'],
  },
  {
    term: 'haplotype',
    aliases: ['haplotypes', 'haplogroup', 'haplogroups'],
    field: 'genetics',
    definition:
      'A set of DNA variants that are passed down together on one chromosome. Tracing them helps map ancestry and find disease genes.',
    seeAlso: ['genetic variant', 'genetic ancestry'],
  },
  {
    term: 'genetic ancestry',
    aliases: ['ancestry testing', 'ancestry test', 'ancestry DNA', 'DNA ancestry'],
    field: 'genetics',
    definition:
      'What a person\'s DNA says about where their ancestors lived. Tests compare DNA with groups of people living today, so results are estimates.',
    seeAlso: ['direct-to-consumer genetic test', 'haplotype'],
  },
  {
    term: 'direct-to-consumer genetic test',
    aliases: ['direct-to-consumer test', 'DNA test kit', 'home DNA test', 'consumer genetic test', 'consumer DNA test', 'consumer genetic testing'],
    field: 'genetics',
    definition:
      'A DNA test you buy and send in yourself, without a doctor. It can hint at ancestry or risks, but health results can mislead without expert advice.',
    seeAlso: ['genetic testing', 'genetic counselling'],
  },
  {
    term: 'genetic counselling',
    aliases: ['genetic counseling', 'genetic counsellor', 'genetic counselor', 'genetic counsellors'],
    field: 'genetics',
    definition:
      'Talks with a trained expert who explains what a gene test means for you and your family. They help you decide what to do next.',
    seeAlso: ['genetic testing'],
  },
  {
    term: 'carrier screening',
    field: 'genetics',
    definition:
      'A test that shows if healthy parents carry a gene change. If both do, it could cause a disease in their children.',
    seeAlso: ['carrier', 'genetic testing'],
  },
  {
    term: 'non-invasive prenatal testing',
    aliases: ['NIPT', 'NIPS', 'cell-free DNA screening', 'prenatal screening', 'prenatal genetic testing', 'prenatal test'],
    field: 'genetics',
    definition:
      'A blood test in pregnancy that checks bits of the baby\'s DNA in the mother\'s blood for signs of conditions like Down syndrome. A high-risk result needs a follow-up test.',
    seeAlso: ['Down syndrome', 'genetic testing'],
  },
  {
    term: 'preimplantation genetic testing',
    aliases: ['PGT', 'PGD', 'preimplantation genetic diagnosis', 'embryo screening', 'embryo testing'],
    field: 'genetics',
    definition:
      'Testing embryos made by IVF for gene changes or chromosome problems before one is put into the womb.',
    seeAlso: ['IVF', 'embryo', 'genetic testing'],
  },
  {
    term: 'designer baby',
    aliases: ['designer babies'],
    field: 'genetics',
    definition:
      'A phrase for a child whose genes were picked or edited before birth. Editing embryos for birth is banned in most countries.',
    seeAlso: ['germline', 'gene editing', 'embryo'],
  },
  {
    term: 'mitochondrial DNA',
    aliases: ['mtDNA', 'mitochondrial genome'],
    field: 'genetics',
    definition:
      'A small ring of DNA inside mitochondria, passed down only from the mother. It is used to trace family lines far back in time.',
    seeAlso: ['mitochondria', 'DNA'],
  },
  {
    term: 'mitochondrial donation',
    aliases: ['mitochondrial replacement therapy', 'mitochondrial replacement', 'three-parent baby', 'three-parent babies', 'three-person IVF'],
    field: 'genetics',
    definition:
      'An IVF method that swaps a mother\'s faulty mitochondria for ones from a donor\'s egg. It stops a rare disease passing to the child.',
    seeAlso: ['mitochondria', 'IVF', 'mitochondrial DNA'],
  },
  {
    term: 'genetically modified organism',
    aliases: ['GMO', 'GMOs', 'GM crop', 'GM crops', 'genetically modified crops', 'GM food', 'genetically engineered', 'genetic engineering', 'genetically modified'],
    field: 'genetics',
    definition:
      'A plant, animal or microbe whose DNA has been changed in a lab, for example to resist pests. GM foods on sale have passed safety checks.',
    seeAlso: ['transgenic', 'gene editing'],
  },
  {
    term: 'chimera',
    aliases: ['chimeras', 'chimaera', 'chimeric embryo', 'human-animal chimera'],
    field: 'genetics',
    definition:
      'One living thing made of cells from two animals or species. A pig embryo that holds some human cells is an example.',
    seeAlso: ['stem cell', 'embryo'],
    context: ['cells', 'embryo', 'embryos', 'human', 'animal', 'species', 'pig', 'stem cells', 'mouse', 'monkey'],
  },
  {
    term: 'nematode worm',
    aliases: ['C. elegans', 'Caenorhabditis elegans', 'roundworm', 'nematode', 'nematodes'],
    field: 'genetics',
    definition:
      'A tiny, see-through worm about 1 mm long, much used in labs. Its genes, nerve cells and short life make it handy for studying ageing.',
    seeAlso: ['model organism'],
  },
  {
    term: 'yeast',
    aliases: ['brewer\'s yeast', 'baker\'s yeast', 'yeasts'],
    field: 'genetics',
    definition:
      'A single-celled fungus used to make bread and beer. Its cells work much like ours, so it is a common lab model for genes and ageing.',
    seeAlso: ['model organism', 'fungus'],
    context: ['cells', 'genes', 'gene', 'lab', 'model', 'ageing', 'fungus', 'protein', 'study', 'organisms', 'DNA'],
    notIn: ['yeast infection'],
  },
  {
    term: 'cell nucleus',
    aliases: ['nucleus of the cell', 'nuclei of cells', 'nuclear DNA', 'cell nuclei'],
    field: 'genetics',
    definition:
      'The control centre inside most cells, wrapped in a membrane, where the chromosomes and most of the DNA are kept.',
    seeAlso: ['DNA', 'chromosome'],
  },
  {
    term: 'cytoplasm',
    aliases: ['cytoplasmic'],
    field: 'genetics',
    definition:
      'The jelly-like filling of a cell, outside the nucleus, where much of the cell\'s work goes on.',
    seeAlso: ['cell membrane', 'cell nucleus'],
  },
  {
    term: 'organelle',
    aliases: ['organelles'],
    field: 'genetics',
    definition:
      'A tiny part inside a cell with its own job, like an organ in the body. Mitochondria are an example.',
    seeAlso: ['mitochondria', 'cell nucleus'],
  },
  {
    term: 'endoplasmic reticulum',
    aliases: ['ER stress'],
    field: 'genetics',
    definition:
      'A maze of folded membranes inside a cell where many proteins and fats are made and folded.',
    seeAlso: ['organelle', 'protein folding'],
  },
  {
    term: 'lysosome',
    aliases: ['lysosomes', 'lysosomal'],
    field: 'genetics',
    definition:
      'A small sac in a cell that breaks down worn-out parts and waste. Faults in it cause rare storage diseases.',
    seeAlso: ['organelle', 'autophagy'],
  },
  {
    term: 'cilia',
    aliases: ['cilium', 'cilia-related'],
    field: 'genetics',
    definition:
      'Tiny hair-like parts on the surface of many cells. Some sweep fluid and mucus; others act as sensors.',
    seeAlso: ['organelle'],
  },
  {
    term: 'cell signalling',
    aliases: ['cell signaling', 'signalling pathway', 'signaling pathway', 'signalling pathways', 'signaling pathways', 'cell signal'],
    field: 'genetics',
    definition:
      'How cells send and pick up chemical messages that tell them what to do, such as grow, move or die.',
    seeAlso: ['receptor', 'kinase'],
  },
  {
    term: 'kinase',
    aliases: ['kinases', 'protein kinase'],
    field: 'genetics',
    definition:
      'An enzyme that tags other proteins with a phosphate group, switching them on or off. Kinases pass messages inside cells.',
    seeAlso: ['enzyme', 'cell signalling', 'kinase inhibitor'],
  },
  {
    term: 'mTOR',
    aliases: ['mTOR pathway', 'mTOR signalling', 'mTOR signaling', 'mTORC1'],
    field: 'genetics',
    definition:
      'A protein that acts like a cell\'s growth switch, telling it to grow when food is plenty. Blocking it slows ageing in animals and is used against some cancers.',
    seeAlso: ['cell signalling', 'rapamycin', 'autophagy'],
  },
  {
    term: 'rapamycin',
    aliases: ['sirolimus'],
    field: 'genetics',
    definition:
      'A drug first found in soil bacteria on Easter Island. It blocks mTOR, calms the immune system after transplants, and extends life in mice.',
    seeAlso: ['mTOR'],
  },
  {
    term: 'AMPK',
    aliases: ['AMP-activated protein kinase'],
    field: 'genetics',
    definition:
      'A protein that senses when a cell is low on energy and turns on ways to save and make more. Exercise and some drugs switch it on.',
    seeAlso: ['ATP', 'kinase', 'mTOR'],
  },
  {
    term: 'protein structure',
    aliases: ['protein structures', '3D structure'],
    field: 'genetics',
    definition:
      'The exact 3D shape a protein folds into. The shape decides what the protein does and how drugs can fit it.',
    seeAlso: ['protein folding', 'X-ray crystallography'],
  },
  {
    term: 'chaperone protein',
    aliases: ['chaperone', 'chaperones', 'molecular chaperone', 'heat shock protein', 'heat shock proteins'],
    field: 'genetics',
    definition:
      'A protein that helps other proteins fold into the right shape and stops them clumping.',
    seeAlso: ['protein folding'],
    context: ['protein', 'proteins', 'fold', 'folding', 'cells', 'cell', 'misfolded'],
  },
  {
    term: 'ubiquitin',
    aliases: ['ubiquitination', 'proteasome', 'proteasomes'],
    field: 'genetics',
    definition:
      'Ubiquitin is a small tag a cell sticks on proteins it wants destroyed. The proteasome is the shredder that then breaks them up.',
    seeAlso: ['protein', 'autophagy'],
  },
  {
    term: 'cell cycle',
    aliases: ['cell cycles'],
    field: 'genetics',
    definition:
      'The steps a cell goes through to grow, copy its DNA and split into two. Checkpoints stop faulty cells, and cancer often breaks them.',
    seeAlso: ['mitosis', 'DNA damage'],
  },
  {
    term: 'cell differentiation',
    aliases: ['differentiation', 'differentiate into', 'differentiated cells', 'differentiated'],
    field: 'genetics',
    definition:
      'How a young cell that can still become many things turns into one type, such as a nerve, muscle or blood cell.',
    seeAlso: ['stem cell'],
    context: ['cell', 'cells', 'stem', 'tissue', 'embryo', 'develop', 'neurons', 'progenitor'],
  },
  {
    term: 'progenitor cell',
    aliases: ['progenitor cells', 'precursor cell', 'precursor cells'],
    field: 'genetics',
    definition:
      'An early cell that can become a few related cell types. Unlike a stem cell, it cannot keep on making more of itself for ever.',
    seeAlso: ['stem cell', 'cell differentiation'],
  },
  {
    term: 'pluripotent',
    aliases: ['pluripotency', 'totipotent'],
    field: 'genetics',
    definition:
      'Able to become almost any cell type in the body. Embryo stem cells and reprogrammed adult cells have this power.',
    seeAlso: ['embryonic stem cell', 'induced pluripotent stem cell'],
  },
  {
    term: 'mesenchymal stem cell',
    aliases: ['mesenchymal stem cells', 'MSC', 'MSCs', 'mesenchymal stromal cells'],
    field: 'genetics',
    definition:
      'A kind of adult stem cell, found in bone marrow and fat, that can form bone, cartilage and fat. Many clinics sell unproven treatments with them.',
    seeAlso: ['stem cell'],
  },
  {
    term: 'adult stem cell',
    aliases: ['adult stem cells', 'tissue stem cell', 'tissue stem cells', 'somatic stem cells'],
    field: 'genetics',
    definition:
      'A stem cell found in a grown body, such as in bone marrow or skin, that renews one tissue. It can make fewer cell types than embryo stem cells.',
    seeAlso: ['stem cell', 'embryonic stem cell'],
  },
  {
    term: 'fibroblast',
    aliases: ['fibroblasts'],
    field: 'genetics',
    definition:
      'A common cell in skin and other tissue that makes the fibres holding tissue together. Labs often turn it into stem cells.',
    seeAlso: ['induced pluripotent stem cell', 'connective tissue'],
  },
  {
    term: 'cell reprogramming',
    aliases: ['reprogramming', 'reprogrammed', 'partial reprogramming', 'Yamanaka factors'],
    field: 'genetics',
    definition:
      'Turning a grown cell, such as a skin cell, back into a young stem-cell-like state by switching on a few genes. Partial reprogramming is studied to reverse ageing.',
    seeAlso: ['induced pluripotent stem cell', 'stem cell'],
    context: ['cells', 'cell', 'stem', 'skin', 'ageing', 'genes', 'factors', 'mice', 'pluripotent'],
  },
  {
    term: 'synthetic embryo',
    aliases: ['embryo model', 'embryo models', 'stem cell-based embryo model', 'synthetic embryos', 'embryoid', 'embryoids'],
    field: 'genetics',
    definition:
      'An embryo-like structure grown from stem cells, without egg or sperm. It is used to study early growth and cannot become a baby.',
    seeAlso: ['embryo', 'stem cell'],
  },
  {
    term: 'blastocyst',
    aliases: ['blastocysts'],
    field: 'genetics',
    definition:
      'An early embryo, about five days after fertilisation, made of a hollow ball of around 100 cells. IVF clinics often transfer embryos at this stage.',
    seeAlso: ['embryo', 'IVF'],
  },
  {
    term: 'gastrulation',
    field: 'genetics',
    definition:
      'An early step, about two weeks into human growth. The embryo\'s cells sort into three layers, and these later form all the organs.',
    seeAlso: ['embryo'],
  },
  {
    term: 'zygote',
    aliases: ['zygotes', 'fertilised egg', 'fertilized egg'],
    field: 'genetics',
    definition:
      'The single cell made when a sperm joins an egg. It holds DNA from both parents and divides to become an embryo.',
    seeAlso: ['embryo', 'gamete'],
  },
  {
    term: 'gamete',
    aliases: ['gametes', 'germ cell', 'germ cells', 'sex cell', 'sex cells'],
    field: 'genetics',
    definition:
      'A sperm or egg cell. It carries one set of chromosomes, half the usual number, so that sperm plus egg make a full set.',
    seeAlso: ['zygote', 'meiosis', 'germline'],
  },
  {
    term: 'oocyte',
    aliases: ['oocytes', 'egg cell', 'egg cells', 'human eggs'],
    field: 'genetics',
    definition:
      'A woman\'s egg cell. Women are born with all the eggs they will have, and their number and quality fall with age.',
    seeAlso: ['gamete', 'IVF'],
  },
  {
    term: 'in vitro gametogenesis',
    aliases: ['IVG', 'lab-grown eggs', 'lab-grown sperm'],
    field: 'genetics',
    definition:
      'Making eggs or sperm in the lab from other cells, such as skin cells turned into stem cells. It has worked in mice but not yet in people.',
    seeAlso: ['gamete', 'induced pluripotent stem cell'],
  },
  {
    term: 'DNA repair',
    aliases: ['DNA repair genes', 'repair DNA', 'DNA repair mechanisms'],
    field: 'genetics',
    definition:
      'The ways a cell fixes damage to its DNA. When repair fails, mistakes build up and can lead to cancer or ageing.',
    seeAlso: ['DNA damage', 'mutation'],
  },
  {
    term: 'genomic instability',
    aliases: ['genome instability', 'genetic instability', 'chromosomal instability'],
    field: 'genetics',
    definition:
      'A state where a cell\'s DNA keeps picking up changes and breaks. It is a common feature of cancer cells.',
    seeAlso: ['DNA damage', 'DNA repair'],
  },
  {
    term: 'telomerase',
    field: 'genetics',
    definition:
      'An enzyme that rebuilds the protective caps at the ends of chromosomes. Most body cells have little of it; many cancer cells switch it on.',
    seeAlso: ['telomere', 'enzyme'],
  },
  {
    term: 'monogenic',
    aliases: ['monogenic disease', 'single-gene disorder', 'single-gene disease', 'single-gene disorders', 'monogenic disorders'],
    field: 'genetics',
    definition:
      'Caused by a change in just one gene, as in cystic fibrosis. Such diseases are easier to trace and to target with gene therapy.',
    seeAlso: ['polygenic', 'gene therapy'],
  },
  {
    term: 'polygenic',
    aliases: ['polygenic trait', 'polygenic traits', 'complex trait', 'complex traits', 'complex disease'],
    field: 'genetics',
    definition:
      'Shaped by many genes, each with a small effect, plus the environment. Height and most common diseases are polygenic.',
    seeAlso: ['monogenic', 'polygenic risk score'],
  },
  {
    term: 'trait',
    aliases: ['traits', 'genetic trait'],
    field: 'genetics',
    definition:
      'A feature of a living thing, such as eye colour, height or risk of a disease, that can be passed on in part through genes.',
    seeAlso: ['phenotype', 'heritability'],
    context: ['gene', 'genes', 'genetic', 'inherited', 'heritable', 'DNA', 'evolution', 'variation', 'species', 'offspring', 'phenotype'],
  },
  {
    term: 'consanguinity',
    aliases: ['consanguineous', 'cousin marriage', 'first-cousin marriage'],
    field: 'genetics',
    definition:
      'Having children with a close relative, such as a cousin. It raises the chance that a child gets two copies of the same rare faulty gene.',
    seeAlso: ['recessive', 'inbreeding'],
  },
  {
    term: 'APOE',
    aliases: ['APOE4', 'APOE ε4', 'APOE e4', 'ApoE'],
    field: 'genetics',
    definition:
      'A gene that helps carry fats in the blood. The APOE4 version raises the risk of Alzheimer\'s disease; two copies raise it a lot.',
    seeAlso: ['Alzheimer\'s disease', 'genetic susceptibility'],
  },
  {
    term: 'FTO gene',
    aliases: ['FTO', 'FTO genotype'],
    field: 'genetics',
    definition:
      'A gene whose common variants are linked to higher body weight and a greater appetite. The effect on any one person is small.',
    seeAlso: ['genetic variant', 'genetic susceptibility'],
  },
  {
    term: 'lactase persistence',
    aliases: ['lactose tolerance'],
    field: 'genetics',
    definition:
      'Being able to digest milk as an adult. It comes from a gene change that spread in some herding peoples in the last 10,000 years.',
    seeAlso: ['natural selection', 'genetic variant'],
  },
  {
    term: 'retrotransposon',
    aliases: ['retrotransposons', 'transposon', 'transposons', 'jumping gene', 'jumping genes', 'transposable element', 'transposable elements'],
    field: 'genetics',
    definition:
      'A stretch of DNA that can copy itself and paste the copy elsewhere in the genome. Such jumping genes make up about 40% of our DNA.',
    seeAlso: ['genome', 'non-coding DNA'],
  },
  {
    term: 'genetic locus',
    aliases: ['locus', 'loci', 'genetic loci', 'gene locus'],
    field: 'genetics',
    definition:
      'A place on a chromosome, such as where a gene or a DNA variant sits.',
    seeAlso: ['chromosome', 'genome-wide association study'],
    context: ['gene', 'genes', 'genetic', 'chromosome', 'genome', 'DNA', 'variant', 'variants', 'association', 'risk'],
  },
  {
    term: 'encode',
    aliases: ['encodes', 'encoded', 'encoding'],
    field: 'genetics',
    definition:
      'To hold the instructions for something. A gene that encodes a protein holds the recipe the cell follows to make it.',
    seeAlso: ['gene', 'genetic code'],
    context: ['gene', 'genes', 'protein', 'proteins', 'DNA', 'RNA', 'genome', 'enzyme'],
  },
  {
    term: 'green fluorescent protein',
    aliases: ['GFP', 'fluorescent protein', 'fluorescent proteins', 'glowing protein'],
    field: 'genetics',
    definition:
      'A protein from a jellyfish that glows green under blue light. Scientists attach it to other proteins to watch where they go in living cells.',
    seeAlso: ['fluorescence microscopy', 'reporter gene'],
  },
  {
    term: 'reporter gene',
    aliases: ['reporter genes'],
    field: 'genetics',
    definition:
      'A gene that makes something easy to see, such as a glow. Placed next to another gene, it shows when and where that gene is on.',
    seeAlso: ['green fluorescent protein', 'gene expression'],
    context: ['gene', 'genes', 'expression', 'cells', 'protein', 'fluorescent', 'luciferase', 'mice', 'DNA'],
  },
  {
    term: 'knock-in',
    aliases: ['knock-in mice', 'knock-in mouse', 'knocked in'],
    field: 'genetics',
    definition:
      'Putting a gene into an exact spot in an animal\'s DNA. Often it is a human gene, or a version that causes disease.',
    seeAlso: ['gene knockout', 'mouse model'],
  },
  {
    term: 'conditional knockout',
    aliases: ['conditional knockouts', 'Cre-lox', 'Cre recombinase'],
    field: 'genetics',
    definition:
      'Switching off a gene only in certain tissues or at a chosen time, not the whole animal from birth. It shows what the gene does in one place.',
    seeAlso: ['gene knockout', 'mouse model'],
  },
  {
    term: 'CRISPR screen',
    aliases: ['CRISPR screens', 'genetic screen', 'genetic screens', 'genome-wide screen', 'knockout screen'],
    field: 'genetics',
    definition:
      'Using CRISPR to switch off thousands of genes, one in each cell. It shows which genes matter for a trait, such as a cancer cell\'s survival.',
    seeAlso: ['CRISPR', 'gene knockout'],
  },
  {
    term: 'gene duplication',
    aliases: ['gene duplications', 'duplicated gene', 'duplicated genes', 'gene family', 'gene families', 'paralogue', 'paralog'],
    field: 'genetics',
    definition:
      'An extra copy of a gene made by a copying slip. The spare copy can change over time and take on a new job.',
    seeAlso: ['evolution', 'mutation'],
  },
  {
    term: 'pseudogene',
    aliases: ['pseudogenes'],
    field: 'genetics',
    definition:
      'A broken copy of a gene that no longer makes a working protein. Our DNA holds thousands of them.',
    seeAlso: ['non-coding DNA', 'gene duplication'],
  },
  {
    term: 'genome assembly',
    aliases: ['genome assemblies', 'assembled genome', 'telomere-to-telomere', 'T2T', 'complete genome'],
    field: 'genetics',
    definition:
      'Piecing together short or long DNA reads into a full genome sequence, like a jigsaw. The first gap-free human genome was finished in 2022.',
    seeAlso: ['sequencing', 'reference genome'],
  },
  {
    term: 'long-read sequencing',
    aliases: ['long-read', 'nanopore sequencing', 'nanopore', 'Oxford Nanopore', 'PacBio', 'long reads'],
    field: 'genetics',
    definition:
      'Methods that read long stretches of DNA in one go. They help map hard, repeated parts of the genome that short reads miss.',
    seeAlso: ['sequencing', 'genome assembly'],
  },
  {
    term: 'genomics',
    aliases: ['genomic', 'genomic data', 'genomic medicine', 'genomic testing', 'genomic analysis'],
    field: 'genetics',
    definition:
      'The study of whole genomes: all of a living thing\'s DNA, how it works and how it differs between people or species.',
    seeAlso: ['genome', 'sequencing'],
  },
  {
    term: 'multi-omics',
    aliases: ['omics', 'multiomics', 'multi-omic'],
    field: 'genetics',
    definition:
      'Measuring many layers of biology at once: genes, RNA, proteins and the small chemicals in cells. Together they give a fuller picture.',
    seeAlso: ['genomics', 'proteome', 'metabolome'],
  },
  {
    term: 'spatial transcriptomics',
    aliases: ['spatial biology', 'spatial omics', 'spatial transcriptomic'],
    field: 'genetics',
    definition:
      'Measuring which genes are switched on in each spot of a tissue slice, so scientists see both what cells do and where they sit.',
    seeAlso: ['transcriptome', 'single-cell sequencing'],
  },
  {
    term: 'cell type',
    aliases: ['cell types', 'cell identity', 'cell subtype', 'cell subtypes'],
    field: 'genetics',
    definition:
      'A kind of cell with its own shape and job, such as a nerve cell or a red blood cell. The body has hundreds of types.',
    seeAlso: ['cell atlas', 'cell differentiation'],
    context: ['cells', 'cell', 'tissue', 'brain', 'body', 'atlas', 'genes', 'expression', 'sequencing', 'organ', 'neurons'],
  },
  {
    term: 'DNA methylation',
    aliases: ['methylation', 'methylated', 'methyl groups', 'demethylation', 'methylation marks'],
    field: 'genetics',
    definition:
      'Small chemical tags on DNA that help switch genes off. The pattern changes with age, diet and smoking, and can be used as a clock.',
    seeAlso: ['epigenetics', 'biological age'],
  },
  {
    term: 'epigenetic inheritance',
    aliases: ['transgenerational inheritance', 'transgenerational epigenetic inheritance', 'transgenerational effects', 'intergenerational effects'],
    field: 'genetics',
    definition:
      'The idea that a parent\'s life, such as diet or stress, may affect children through chemical tags on genes rather than the DNA code. Clear evidence in humans is thin.',
    seeAlso: ['epigenetics', 'DNA methylation'],
  },
  {
    term: 'nucleosome',
    aliases: ['nucleosomes'],
    field: 'genetics',
    definition:
      'A short length of DNA wound around a small spool of histone proteins: the basic unit of packing DNA in a cell.',
    seeAlso: ['histone', 'chromatin'],
  },
  {
    term: 'centromere',
    aliases: ['centromeres'],
    field: 'genetics',
    definition:
      'The pinched middle part of a chromosome. It holds the two copies together until the cell splits.',
    seeAlso: ['chromosome', 'mitosis'],
  },
  {
    term: 'DNA replication',
    aliases: ['replication of DNA', 'DNA copying', 'copying of DNA'],
    field: 'genetics',
    definition:
      'How a cell copies all its DNA before it divides. Errors that slip through become mutations.',
    seeAlso: ['mitosis', 'mutation', 'DNA repair'],
  },
  {
    term: 'DNA polymerase',
    aliases: ['polymerase', 'polymerases', 'RNA polymerase'],
    field: 'genetics',
    definition:
      'An enzyme that builds new strands of DNA, or RNA, by reading an existing strand as a template.',
    seeAlso: ['DNA replication', 'enzyme'],
  },
  {
    term: 'reverse transcriptase',
    aliases: ['reverse transcription'],
    field: 'genetics',
    definition:
      'An enzyme that copies RNA back into DNA. Viruses like HIV use it, and labs use it to study RNA.',
    seeAlso: ['enzyme', 'RNA'],
  },
  {
    term: 'directed evolution',
    aliases: ['protein engineering', 'enzyme engineering', 'engineered enzyme', 'engineered enzymes'],
    field: 'genetics',
    definition:
      'Making better proteins in the lab. Scientists make many random versions, keep the best, and repeat, like a fast form of natural selection.',
    seeAlso: ['enzyme', 'natural selection'],
  },
  {
    term: 'necrosis',
    aliases: ['necrotic', 'cell death', 'necroptosis', 'ferroptosis', 'pyroptosis'],
    field: 'genetics',
    definition:
      'Cell death caused by injury or lack of blood, in which cells burst and spark inflammation. Apoptosis, by contrast, is a tidy, planned death.',
    seeAlso: ['apoptosis', 'inflammation'],
    context: ['cells', 'cell', 'tissue', 'death', 'dead', 'injury', 'inflammation', 'tumour', 'tumor', 'blood'],
  },
  {
    term: 'extracellular matrix',
    aliases: ['ECM', 'matrix proteins'],
    field: 'genetics',
    definition:
      'The web of proteins and sugars between cells, such as collagen. It holds tissue together and sends signals to cells.',
    seeAlso: ['collagen', 'connective tissue'],
  },
  {
    term: 'extracellular vesicle',
    aliases: ['extracellular vesicles', 'exosome', 'exosomes', 'EVs'],
    field: 'genetics',
    definition:
      'A tiny bubble that cells release, carrying proteins and RNA to other cells. Studied as messengers, test targets and drug carriers.',
    seeAlso: ['cell signalling', 'biomarker'],
  },
  {
    term: 'G protein-coupled receptor',
    aliases: ['GPCR', 'GPCRs', 'G-protein-coupled receptor', 'G protein-coupled receptors'],
    field: 'genetics',
    definition:
      'The largest family of receptors on cell surfaces, which pass outside signals such as hormones into the cell. About a third of drugs act on them.',
    seeAlso: ['receptor', 'cell signalling'],
  },
  {
    term: 'hypoxia-inducible factor',
    aliases: ['HIF', 'HIF-1', 'oxygen sensing', 'hypoxia-inducible factors'],
    field: 'genetics',
    definition:
      'A protein that switches on genes when cells are short of oxygen, such as those for new blood vessels and red blood cells.',
    seeAlso: ['transcription factor', 'hypoxia'],
  },
  {
    term: 'biomolecular condensate',
    aliases: ['biomolecular condensates', 'phase separation', 'liquid-liquid phase separation', 'membraneless organelles'],
    field: 'genetics',
    definition:
      'A droplet inside a cell where some proteins and RNA gather, like drops of oil in water. It has no skin around it.',
    seeAlso: ['organelle', 'protein folding'],
  },
  {
    term: 'fragile X syndrome',
    aliases: ['fragile X', 'FXS'],
    field: 'genetics',
    definition:
      'The most common inherited cause of learning disability. A fault in one gene on the X chromosome causes it; it hits boys more often and harder.',
    seeAlso: ['X-linked', 'intellectual disability'],
  },
  {
    term: 'Rett syndrome',
    field: 'genetics',
    definition:
      'A rare genetic brain condition, mostly in girls. A child grows normally at first, then loses speech and the use of the hands.',
    seeAlso: ['X-linked', 'neurodevelopment'],
  },
  {
    term: 'Angelman syndrome',
    aliases: ['Prader-Willi syndrome', 'Prader Willi syndrome'],
    field: 'genetics',
    definition:
      'Two rare conditions caused by a missing or silent stretch of chromosome 15. Which one a child has depends on whether the mother\'s or father\'s copy is affected.',
    seeAlso: ['genomic imprinting', 'chromosome'],
  },
  {
    term: 'neurofibromatosis',
    aliases: ['NF1', 'NF2', 'neurofibromatosis type 1'],
    field: 'genetics',
    definition:
      'An inherited condition that causes mostly harmless growths on nerves, and skin marks. It can also bring learning problems.',
    seeAlso: ['tumour suppressor gene', 'hereditary'],
  },
  {
    term: 'Turner syndrome',
    aliases: ['Klinefelter syndrome', 'XXY', 'sex chromosome aneuploidy'],
    field: 'genetics',
    definition:
      'Conditions with an unusual number of sex chromosomes: Turner syndrome is a girl with one X; Klinefelter syndrome is a boy with an extra X.',
    seeAlso: ['sex chromosome', 'trisomy'],
  },
  {
    term: '22q11.2 deletion syndrome',
    aliases: ['22q11 deletion', 'DiGeorge syndrome', '22q11.2 deletion', 'velocardiofacial syndrome'],
    field: 'genetics',
    definition:
      'A condition caused by a small missing piece of chromosome 22. It can affect the heart, immune system and learning, and raises the risk of psychosis.',
    seeAlso: ['copy number variant', 'chromosome'],
  },
  {
    term: 'inherited retinal disease',
    aliases: ['inherited retinal diseases', 'inherited retinal dystrophy', 'inherited retinal dystrophies', 'retinal dystrophy', 'retinal dystrophies', 'IRD'],
    field: 'genetics',
    definition:
      'A group of eye diseases caused by faulty genes that slowly damage the light-sensing cells of the retina. Some are now treated with gene therapy.',
    seeAlso: ['photoreceptor', 'gene therapy', 'retinitis pigmentosa'],
  },
  {
    term: 'retinitis pigmentosa',
    aliases: ['RP'],
    field: 'genetics',
    definition:
      'An inherited eye disease in which light-sensing cells slowly die. Night vision goes first, then side vision, and sometimes all sight.',
    seeAlso: ['inherited retinal disease', 'photoreceptor'],
  },
  {
    term: 'choroideremia',
    aliases: ['CHM', 'CHM gene'],
    field: 'genetics',
    definition:
      'A rare inherited eye disease, mostly in men, caused by a faulty gene on the X chromosome. Sight fades from the edges, often to blindness by middle age.',
    seeAlso: ['inherited retinal disease', 'X-linked', 'gene therapy'],
  },
  {
    term: 'Leber congenital amaurosis',
    aliases: ['Leber\'s congenital amaurosis', 'Leber\'s hereditary optic neuropathy', 'LHON'],
    field: 'genetics',
    definition:
      'A rare inherited eye disease that causes severe sight loss from birth. One form was the first inherited disease treated by gene therapy in the US.',
    seeAlso: ['inherited retinal disease', 'gene therapy'],
  },
  {
    term: 'Stargardt disease',
    aliases: ['Stargardt\'s disease', 'Stargardt'],
    field: 'genetics',
    definition:
      'The most common inherited form of sight loss in the centre of vision in young people. It is caused by a faulty gene and slowly worsens.',
    seeAlso: ['inherited retinal disease'],
  },
  {
    term: 'progeria',
    aliases: ['Hutchinson-Gilford progeria', 'progeria syndrome'],
    field: 'genetics',
    definition:
      'A very rare genetic disease in which children age very fast, with hair loss, stiff joints and heart disease. A drug now extends their lives a little.',
    seeAlso: ['biological age', 'mutation'],
  },
  {
    term: 'phenylketonuria',
    aliases: ['PKU'],
    field: 'genetics',
    definition:
      'An inherited condition in which the body cannot break down one amino acid in protein. A strict diet from birth, after a heel-prick test, prevents brain damage.',
    seeAlso: ['amino acid', 'recessive'],
  },
  {
    term: 'genetic heterogeneity',
    aliases: ['heterogeneous genetic causes', 'locus heterogeneity'],
    field: 'genetics',
    definition:
      'When one disease can be caused by changes in many different genes, or by different changes in the same gene.',
    seeAlso: ['genetic variant', 'monogenic'],
  },
  {
    term: 'variant of uncertain significance',
    aliases: ['VUS', 'variants of uncertain significance', 'variant of unknown significance'],
    field: 'genetics',
    definition:
      'A gene change found by a test whose effect on health is not yet known. Most later turn out to be harmless.',
    seeAlso: ['genetic testing', 'genetic variant'],
  },
  {
    term: 'founder mutation',
    aliases: ['founder mutations', 'founder variant'],
    field: 'genetics',
    definition:
      'A gene change that is common in a group because it came from one shared ancestor. Some BRCA changes in Ashkenazi Jews are examples.',
    seeAlso: ['founder effect', 'mutation'],
  },
  {
    term: 'gene regulation',
    aliases: ['gene regulatory network', 'gene regulatory networks', 'gene control', 'regulatory DNA', 'regulatory region', 'regulatory regions'],
    field: 'genetics',
    definition:
      'The ways a cell controls which genes are on or off, when, and how much. Many disease-linked DNA changes sit in these control regions.',
    seeAlso: ['gene expression', 'transcription factor', 'enhancer'],
  },
  {
    term: 'housekeeping gene',
    aliases: ['housekeeping genes'],
    field: 'genetics',
    definition:
      'A gene that is on in nearly every cell because it does basic jobs the cell always needs.',
    seeAlso: ['gene expression'],
  },
  {
    term: 'haploinsufficiency',
    aliases: ['haploinsufficient'],
    field: 'genetics',
    definition:
      'When one working copy of a gene is not enough, so losing the other copy causes disease.',
    seeAlso: ['dominant inheritance', 'gene'],
  },
  {
    term: 'loss-of-function mutation',
    aliases: ['loss of function', 'loss-of-function', 'gain-of-function mutation', 'gain of function mutation', 'loss-of-function variants'],
    field: 'genetics',
    definition:
      'A gene change that stops a gene working (loss of function) or gives it a new or stronger effect (gain of function).',
    seeAlso: ['mutation', 'gene knockout'],
  },
  {
    term: 'genetic sex',
    aliases: ['chromosomal sex', 'sex determination', 'SRY gene', 'SRY'],
    field: 'genetics',
    definition:
      'Whether a person has XX, XY or other sex chromosomes. A gene on the Y chromosome, SRY, usually starts male development.',
    seeAlso: ['sex chromosome'],
  },
  {
    term: 'genetic screening of newborns',
    aliases: ['newborn genome sequencing', 'newborn genomic screening', 'genomic newborn screening'],
    field: 'genetics',
    definition:
      'Reading the genes of new babies to find treatable rare diseases early. Some countries are testing it; it raises questions about privacy and false alarms.',
    seeAlso: ['genetic testing', 'sequencing'],
  },
  {
    term: 'cell-free DNA',
    aliases: ['cfDNA', 'circulating DNA'],
    field: 'genetics',
    definition:
      'Small bits of DNA that float in the blood after cells die. Tests read them to check a baby in pregnancy or to spot cancer.',
    seeAlso: ['liquid biopsy', 'non-invasive prenatal testing'],
  },
  {
    term: 'telomere length',
    aliases: ['telomere shortening', 'shortened telomeres', 'shorter telomeres', 'longer telomeres'],
    field: 'genetics',
    definition:
      'How long the protective caps on chromosome ends are. They shorten with age and stress, but as a health test their value is limited.',
    seeAlso: ['telomere', 'biological age'],
  },
  {
    term: 'clonal haematopoiesis',
    aliases: ['clonal hematopoiesis', 'clonal haematopoiesis of indeterminate potential'],
    field: 'genetics',
    definition:
      'When blood stem cells with a gene change grow into a large family of blood cells, which is common with age. It raises the risk of blood cancer and heart disease.',
    seeAlso: ['somatic', 'mutation'],
  },
  {
    term: 'somatic mutation',
    aliases: ['somatic mutations', 'somatic variant', 'somatic variants', 'acquired mutation', 'acquired mutations'],
    field: 'genetics',
    definition:
      'A gene change that arises in a body cell during life, not passed from parents and not passed on to children. Most cancers are driven by them.',
    seeAlso: ['somatic', 'germline', 'mutation'],
  },
];
