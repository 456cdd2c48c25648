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
    aliases: ['genomes', 'genomic', 'genomics', 'human genome'],
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
    aliases: ['epigenetic', 'epigenome', 'DNA methylation', 'methylation'],
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
    aliases: ['transcription factor', 'transcription factors', 'transcribed'],
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
    aliases: ['misfolded', 'misfolding', 'protein structure'],
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
    aliases: ['cell lines', 'cell culture', 'cell cultures', 'cultured cells'],
    field: 'genetics',
    definition:
      'Cells grown in a lab dish that keep dividing, so many experiments can use the same kind of cells.',
    seeAlso: ['in vitro'],
  },
  {
    term: 'organoid',
    aliases: ['organoids', 'mini-organ', 'mini-organs', 'mini-brain', 'mini-brains'],
    field: 'genetics',
    definition:
      'A tiny, simple version of an organ, grown from stem cells in a dish. Useful for study, but far from a real organ.',
    seeAlso: ['stem cell', 'in vitro'],
  },
  {
    term: 'stem cell',
    aliases: ['stem cells', 'progenitor cell', 'progenitor cells'],
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
    aliases: ['somatic cell', 'somatic cells', 'somatic mutation', 'somatic mutations'],
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
    aliases: ['siRNA', 'RNAi', 'small interfering RNA', 'gene silencing', 'antisense oligonucleotide', 'antisense'],
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
    aliases: ['transcriptomics', 'omics', 'multi-omics'],
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
    aliases: ['polygenic score', 'polygenic risk scores', 'genetic risk score', 'polygenic'],
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
    term: 'transgenic',
    aliases: ['genetically modified', 'genetically engineered', 'GMO', 'GMOs', 'genetic engineering'],
    field: 'genetics',
    definition:
      'Having genes changed or added on purpose in a lab, often from another species.',
    seeAlso: ['gene editing'],
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
    aliases: ['DNA repair', 'DNA strand break', 'double-strand break', 'DNA strand breaks'],
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
];
