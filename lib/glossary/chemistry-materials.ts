import type { GlossaryEntry } from './types';

/** Plain-language glossary: chemistry and materials science. */
export const entries: GlossaryEntry[] = [
  {
    term: "catalyst",
    aliases: ["catalysis", "catalytic"],
    field: "chemistry-materials",
    definition:
      "A substance that speeds up a chemical reaction without being used up itself. Car exhausts and many factories rely on them.",
    seeAlso: ["chemical reaction"],
    context: ["reaction", "reactions", "chemical", "chemistry", "chemist", "chemists", "hydrogen", "converter", "metal", "molecule", "molecules", "platinum", "ammonia", "fuel", "carbon dioxide"],
  },
  {
    term: "chemical reaction",
    field: "chemistry-materials",
    definition:
      "A process in which substances change into new ones as their atoms swap partners and form new bonds. Burning, rusting and cooking are all examples.",
    seeAlso: ["catalyst", "molecule"],
  },
  {
    term: "molecule",
    field: "chemistry-materials",
    definition:
      "Two or more atoms joined together, the smallest bit of a substance. In water, each one has two hydrogen atoms and one oxygen atom.",
    seeAlso: ["atom", "chemical compound"],
  },
  {
    term: "chemical compound",
    aliases: ["compound"],
    field: "chemistry-materials",
    definition:
      "A substance made of two or more different elements joined in a fixed recipe. Water and table salt are examples.",
    seeAlso: ["molecule", "chemical element"],
    context: ["chemical", "chemicals", "chemistry", "molecule", "molecules", "element", "elements", "reaction", "synthesised", "synthesized", "atoms", "organic", "toxic"],
  },
  {
    term: "chemical element",
    aliases: ["element"],
    field: "chemistry-materials",
    definition:
      "A basic substance made of only one kind of atom, such as oxygen, iron or gold. There are 118 known, listed in the periodic table.",
    seeAlso: ["periodic table", "atom"],
    context: ["chemical", "periodic", "atom", "atoms", "atomic", "metal", "metals", "heavy", "isotope", "superheavy"],
  },
  {
    term: "periodic table",
    field: "chemistry-materials",
    definition:
      "A chart that arranges all known chemical elements by how many protons they have. Elements in the same column often behave alike.",
    seeAlso: ["chemical element"],
  },
  {
    term: "isotope",
    aliases: ["radioisotope"],
    field: "chemistry-materials",
    definition:
      "A form of an element with a different number of neutrons. The forms act the same in chemistry but weigh different amounts, and some are radioactive.",
    seeAlso: ["neutron", "radioactive decay", "radiocarbon dating"],
  },
  {
    term: "ion",
    field: "chemistry-materials",
    definition:
      "An atom or molecule that has gained or lost electrons, so it carries an electric charge. Batteries work by moving these charged bits back and forth.",
    seeAlso: ["electron", "electrolyte"],
  },
  {
    term: "oxidation",
    aliases: ["oxidise", "oxidize"],
    field: "chemistry-materials",
    definition:
      "A chemical change in which a substance loses electrons, often when it meets oxygen. Rust and fire are common examples.",
    seeAlso: ["corrosion"],
  },
  {
    term: "pH",
    field: "chemistry-materials",
    definition:
      "A scale from 0 to 14 for how acidic or alkaline a liquid is. 7 is neutral; lower numbers are more acidic, like lemon juice.",
    seeAlso: ["ocean acidification"],
  },
  {
    term: "solvent",
    field: "chemistry-materials",
    definition:
      "A liquid that dissolves other substances. Water is the most common; others are used in paints, glues and cleaning products.",
    context: ["dissolve", "dissolves", "dissolved", "chemical", "chemicals", "liquid", "water", "toxic", "paint", "paints", "organic"],
  },
  {
    term: "polymer",
    field: "chemistry-materials",
    definition:
      "A substance made of very long chains of small repeating units linked together. Plastics, rubber, nylon and natural silk are all built this way.",
    seeAlso: ["bioplastic"],
  },
  {
    term: "graphene",
    field: "chemistry-materials",
    definition:
      "A sheet of carbon just one atom thick, arranged in a honeycomb pattern. It is very strong, light and good at carrying electricity and heat.",
    seeAlso: ["carbon nanotube"],
  },
  {
    term: "carbon nanotube",
    field: "chemistry-materials",
    definition:
      "A tiny tube made of rolled-up carbon sheet, thousands of times thinner than a hair. It is extremely strong and conducts electricity well.",
    seeAlso: ["graphene", "nanoparticle"],
  },
  {
    term: "nanoparticle",
    aliases: ["nanomaterial", "nanoscale"],
    field: "chemistry-materials",
    definition:
      "A particle between 1 and 100 nanometres across, far too small to see with a normal microscope. At that size, materials can act in new ways.",
    seeAlso: ["nanotechnology"],
  },
  {
    term: "nanotechnology",
    aliases: ["nanotech"],
    field: "chemistry-materials",
    definition:
      "Building things at the scale of single atoms and molecules. At this size, objects are around a millionth of a millimetre across.",
    seeAlso: ["nanoparticle"],
  },
  {
    term: "quantum dot",
    field: "chemistry-materials",
    definition:
      "A tiny crystal, only a few nanometres wide, that glows a colour set by its size. They are used in TV screens and medical imaging.",
    seeAlso: ["nanoparticle", "semiconductor"],
  },
  {
    term: "lithium-ion battery",
    aliases: ["Li-ion battery", "lithium battery", "lithium-ion", "Li-ion"],
    field: "chemistry-materials",
    definition:
      "The rechargeable battery in phones, laptops and electric cars. Charged lithium atoms move between two ends as it charges and empties.",
    seeAlso: ["anode", "cathode", "electrolyte", "solid-state battery"],
  },
  {
    term: "solid-state battery",
    field: "chemistry-materials",
    definition:
      "A battery that uses a solid material in place of the usual liquid inside. It may hold more energy and be less likely to catch fire, but is hard to make cheaply.",
    seeAlso: ["lithium-ion battery", "electrolyte"],
  },
  {
    term: "sodium-ion battery",
    field: "chemistry-materials",
    definition:
      "A battery that can be recharged and uses sodium, found in table salt, instead of lithium. It is cheaper, since sodium is easy to find, but usually holds less energy.",
    seeAlso: ["lithium-ion battery"],
  },
  {
    term: "flow battery",
    aliases: ["redox flow battery"],
    field: "chemistry-materials",
    definition:
      "A battery that stores energy in liquids kept in tanks and pumped past each other. It suits storing large amounts of power for the grid.",
    seeAlso: ["energy storage"],
  },
  {
    term: "electrolyte",
    field: "chemistry-materials",
    definition:
      "In a battery, the material between the two ends. It lets charged atoms pass through but blocks electrons.",
    seeAlso: ["anode", "cathode", "ion"],
    context: ["battery", "batteries", "electrode", "electrodes", "anode", "cathode", "lithium", "sodium-ion", "lithium-ion", "fuel cell", "solid-state"],
  },
  {
    term: "anode",
    field: "chemistry-materials",
    definition:
      "One of the two ends, or electrodes, of a battery. In a lithium-ion battery it stores the lithium when the battery is charged, and is often made of graphite.",
    seeAlso: ["cathode", "electrode"],
  },
  {
    term: "cathode",
    field: "chemistry-materials",
    definition:
      "The positive end of a battery. In lithium-ion batteries it is often made of metals such as nickel, cobalt or iron.",
    seeAlso: ["anode", "electrode"],
  },
  {
    term: "electrode",
    field: "chemistry-materials",
    definition:
      "A piece of material, often metal, where electric current goes in or out. Every battery has two of them.",
    seeAlso: ["anode", "cathode"],
  },
  {
    term: "energy density",
    field: "chemistry-materials",
    definition:
      "How much energy a battery or fuel holds for its weight or size. Higher means longer range for an electric car without a heavier battery.",
    seeAlso: ["lithium-ion battery"],
  },
  {
    term: "perovskite",
    aliases: ["perovskite solar cell"],
    field: "chemistry-materials",
    definition:
      "A family of crystals that are cheap and good at turning sunlight into electricity. They may boost solar panels, but they tend to break down fast.",
    seeAlso: ["solar cell"],
  },
  {
    term: "solar cell",
    aliases: ["photovoltaic cell", "PV cell", "photovoltaic", "photovoltaics"],
    field: "chemistry-materials",
    definition:
      "A thin device, often made of silicon, that turns sunlight into electricity. Many of them make up a solar panel.",
    seeAlso: ["solar panel", "perovskite", "semiconductor"],
  },
  {
    term: "thin film",
    field: "chemistry-materials",
    definition:
      "A layer of material from a few atoms to a few thousandths of a millimetre thick, laid on a surface. Used in chips, solar cells and coatings.",
  },
  {
    term: "alloy",
    field: "chemistry-materials",
    definition:
      "A metal made by mixing two or more metals, or a metal with another element. Steel is iron plus a little carbon; bronze is copper and tin.",
  },
  {
    term: "green steel",
    aliases: ["low-carbon steel", "fossil-free steel"],
    field: "chemistry-materials",
    definition:
      "Steel made with far less carbon pollution. One way is to use hydrogen instead of coal to pull oxygen out of iron ore.",
    seeAlso: ["green hydrogen"],
  },
  {
    term: "cement",
    aliases: ["low-carbon cement", "green cement"],
    field: "chemistry-materials",
    definition:
      "The grey powder that binds sand and stones into concrete. Making it heats limestone and gives off a lot of carbon dioxide.",
  },
  {
    term: "carbon fibre",
    aliases: ["carbon fiber"],
    field: "chemistry-materials",
    definition:
      "Thin strands of carbon woven and set in plastic to make a material that is very strong and light. It is used in planes, bikes and race cars.",
    seeAlso: ["composite material"],
  },
  {
    term: "composite material",
    aliases: ["composite"],
    field: "chemistry-materials",
    definition:
      "A material made by combining two or more different materials to get the best of each. Fibreglass is one example.",
    seeAlso: ["carbon fibre"],
    context: ["material", "materials", "fibre", "fiber", "carbon", "glass", "aircraft", "strength", "resin"],
  },
  {
    term: "metal-organic framework",
    aliases: ["MOF"],
    field: "chemistry-materials",
    definition:
      "A crystal full of tiny holes, built from metal atoms linked by carbon-based struts. A spoonful has a huge inner surface for trapping gases or water.",
    seeAlso: ["direct air capture"],
  },
  {
    term: "aerogel",
    field: "chemistry-materials",
    definition:
      "A solid that is mostly air, made by replacing the liquid in a gel with gas. It is extremely light and a superb heat insulator.",
  },
  {
    term: "microplastic",
    field: "chemistry-materials",
    definition:
      "A piece of plastic smaller than 5 millimetres, from broken-down waste, clothing fibres or tyres. They are found almost everywhere, from oceans to human blood.",
    seeAlso: ["nanoplastic", "polymer"],
  },
  {
    term: "nanoplastic",
    field: "chemistry-materials",
    definition:
      "Plastic bits smaller than about one thousandth of a millimetre. They are hard to measure and may get inside living tissue more easily than larger pieces.",
    seeAlso: ["microplastic"],
  },
  {
    term: "PFAS",
    aliases: ["forever chemicals", "forever chemical", "per- and polyfluoroalkyl substances", "PFOA", "PFOS"],
    field: "chemistry-materials",
    definition:
      "A group of thousands of man-made chemicals used in non-stick pans, rain jackets and firefighting foam. They barely break down, so they build up in water, soil and people.",
    seeAlso: ["microplastic"],
  },
  {
    term: "heavy metal",
    aliases: ["toxic metal"],
    field: "chemistry-materials",
    definition:
      "A dense metal, such as lead, mercury, cadmium or arsenic, that can be poisonous even in small amounts. It builds up in soil, water and bodies.",
    context: ["lead", "mercury", "cadmium", "arsenic", "toxic", "pollution", "water", "soil", "contamination", "contaminated", "chromium", "poisoning"],
  },
  {
    term: "biodegradable",
    aliases: ["compostable"],
    field: "chemistry-materials",
    definition:
      "Able to be broken down by bacteria, fungi and other living things into natural substances. How fast depends a lot on the conditions.",
    seeAlso: ["bioplastic"],
  },
  {
    term: "bioplastic",
    aliases: ["plant-based plastic", "bio-based plastic"],
    field: "chemistry-materials",
    definition:
      "Plastic made from plants, such as corn or sugarcane, instead of oil, or plastic that can biodegrade. Not every plant-based plastic breaks down easily.",
    seeAlso: ["biodegradable", "polymer"],
  },
  {
    term: "hydrogen fuel",
    aliases: ["hydrogen power", "hydrogen energy"],
    field: "chemistry-materials",
    definition:
      "Hydrogen gas used as a fuel, which gives off only water when used. How clean it is depends on how the hydrogen was made.",
    seeAlso: ["green hydrogen", "fuel cell", "electrolysis"],
  },
  {
    term: "green hydrogen",
    aliases: ["clean hydrogen"],
    field: "chemistry-materials",
    definition:
      "Hydrogen made by splitting water with power from sun or wind, so it causes little pollution. Most hydrogen today is made from natural gas instead.",
    seeAlso: ["electrolysis", "hydrogen fuel", "blue hydrogen", "grey hydrogen"],
  },
  {
    term: "electrolysis",
    aliases: ["electrolyser", "electrolyzer"],
    field: "chemistry-materials",
    definition:
      "Splitting a substance apart by passing an electric current through it. This is how water can be split into hydrogen and oxygen.",
    seeAlso: ["green hydrogen"],
  },
  {
    term: "fuel cell",
    aliases: ["hydrogen fuel cell"],
    field: "chemistry-materials",
    definition:
      "A device that makes electricity from hydrogen and oxygen. It gives off only water and heat, and unlike a battery it runs as long as fuel is fed in.",
    seeAlso: ["hydrogen fuel"],
  },
  {
    term: "corrosion",
    aliases: ["corrode"],
    field: "chemistry-materials",
    definition:
      "The slow damage of metal by chemical reactions with air, water or salt. Rust on iron is the most familiar kind.",
    seeAlso: ["oxidation"],
  },
  {
    term: "filtration membrane",
    aliases: ["membrane"],
    field: "chemistry-materials",
    definition:
      "A thin sheet with tiny holes that lets some substances pass but holds others back. It is used to clean water, remove salt or separate gases.",
    seeAlso: ["desalination"],
    context: ["filter", "filters", "filtration", "water", "desalination", "separation", "separate", "gas", "gases", "salt", "purify", "pores"],
  },
  {
    term: "rare earth element",
    aliases: ["rare earth", "rare-earth metal"],
    field: "chemistry-materials",
    definition:
      "One of 17 metals used in strong magnets, screens, wind turbines and electric motors. They are not truly rare, but are hard and dirty to mine and purify.",
    seeAlso: ["critical mineral"],
  },
  {
    term: "critical mineral",
    aliases: ["critical raw material"],
    field: "chemistry-materials",
    definition:
      "A raw material, like lithium, cobalt or rare earths, that a country sees as vital. Its supply could be cut off, which worries governments.",
    seeAlso: ["rare earth element", "lithium-ion battery"],
  },
  {
    term: "biofuel",
    aliases: ["biodiesel", "bioethanol"],
    field: "chemistry-materials",
    definition:
      "Fuel made from plants, algae or waste, rather than from oil dug out of the ground. Its climate benefit depends on how the crops are grown.",
    seeAlso: ["synthetic fuel"],
  },
  {
    term: "synthetic fuel",
    aliases: ["e-fuel", "synfuel"],
    field: "chemistry-materials",
    definition:
      "Fuel made in a factory from hydrogen and carbon dioxide, or from waste, instead of from crude oil. It could power planes and ships with fewer emissions.",
    seeAlso: ["biofuel", "green hydrogen"],
  },
  {
    term: "blue hydrogen",
    field: "chemistry-materials",
    definition:
      "Hydrogen made from natural gas, with the carbon dioxide caught and stored. How clean it is depends on leaks and how much carbon is caught.",
    seeAlso: ["green hydrogen", "grey hydrogen"],
  },
  {
    term: "grey hydrogen",
    aliases: ["gray hydrogen"],
    field: "chemistry-materials",
    definition:
      "Hydrogen made from natural gas or coal without catching the carbon dioxide. Most hydrogen today is made this way.",
    seeAlso: ["green hydrogen", "blue hydrogen"],
  },
  {
    term: "ethanol",
    aliases: ["ethyl alcohol"],
    field: "chemistry-materials",
    definition:
      "The kind of alcohol in beer, wine and spirits. It is also made from crops to blend into petrol as a fuel.",
    seeAlso: ["biofuel", "methanol"],
  },
  {
    term: "methanol",
    aliases: ["methyl alcohol", "wood alcohol"],
    field: "chemistry-materials",
    definition:
      "A simple alcohol used in industry and fuels. Drinking even a little can cause blindness or death, as in fake spirits.",
    seeAlso: ["ethanol"],
  },
  {
    term: "carbon monoxide",
    aliases: ["carbon monoxide poisoning"],
    field: "chemistry-materials",
    definition:
      "A gas with no colour or smell, made when fuel burns without enough air. Breathing it stops the blood carrying oxygen and can kill.",
    seeAlso: ["air pollution"],
  },
  {
    term: "ammonia",
    aliases: ["green ammonia"],
    field: "chemistry-materials",
    definition:
      "A strong-smelling gas made of nitrogen and hydrogen. It is the base of most farm fertiliser, and is being tested as a fuel that gives off no carbon dioxide.",
    seeAlso: ["green hydrogen"],
  },
  {
    term: "benzene",
    field: "chemistry-materials",
    definition:
      "A sweet-smelling liquid from oil, used to make plastics and other chemicals. Breathing it for a long time can cause leukaemia.",
    seeAlso: ["carcinogen", "hydrocarbon"],
  },
  {
    term: "asbestos",
    field: "chemistry-materials",
    definition:
      "A natural mineral made of tiny fibres, once widely used in buildings to stop fire. Breathing in the fibres can cause lung cancer decades later.",
    seeAlso: ["mesothelioma", "carcinogen"],
  },
  {
    term: "hydrocarbon",
    field: "chemistry-materials",
    definition:
      "A chemical made only of hydrogen and carbon atoms. Oil, natural gas and petrol are mixtures of them.",
    seeAlso: ["fossil fuel"],
  },
  {
    term: "chemical bond",
    aliases: ["covalent bond", "hydrogen bond", "ionic bond"],
    field: "chemistry-materials",
    definition:
      "The force that holds atoms together in a molecule or crystal. Atoms bond by sharing electrons or by the pull between opposite charges.",
    seeAlso: ["molecule", "atom"],
  },
  {
    term: "phthalate",
    field: "chemistry-materials",
    definition:
      "Chemicals used to make plastics soft and bendy, found in packaging, vinyl and cosmetics. Some of them disturb the body's hormones.",
    seeAlso: ["endocrine disruptor"],
  },
  {
    term: "bisphenol A",
    aliases: ["BPA", "bisphenol", "BPA-free"],
    field: "chemistry-materials",
    definition:
      "A chemical used to make hard plastics and the linings of cans. It can mimic the hormone oestrogen, so its use has been limited in some products.",
    seeAlso: ["endocrine disruptor"],
  },
  {
    term: "endocrine disruptor",
    aliases: ["endocrine-disrupting chemical", "hormone disruptor", "endocrine disrupting chemical"],
    field: "chemistry-materials",
    definition:
      "A chemical that interferes with the body's hormones, by copying them or blocking them. Examples include BPA and some pesticides.",
    seeAlso: ["hormone", "bisphenol A", "phthalate"],
  },
  {
    term: "lead poisoning",
    aliases: ["lead exposure", "blood lead level", "lead pipes", "leaded petrol", "leaded gasoline", "lead paint"],
    field: "chemistry-materials",
    definition:
      "Harm from taking in lead, a toxic metal once common in paint, petrol and water pipes. In children, even low levels can lower IQ.",
    seeAlso: ["heavy metal"],
  },
  {
    term: "chloride",
    aliases: ["chloride ion", "chloride ions"],
    field: "chemistry-materials",
    definition:
      "A form of chlorine carrying an extra electron, found in table salt. In the body it helps keep fluids in balance; its flow is faulty in cystic fibrosis.",
    seeAlso: ["ion", "cystic fibrosis"],
  },
  {
    term: "hydrogel",
    field: "chemistry-materials",
    definition:
      "A soft, jelly-like material made of polymers that hold lots of water. It is used in contact lenses, wound dressings and tissue repair.",
    seeAlso: ["polymer"],
  },
  {
    term: "crystal structure",
    aliases: ["crystalline", "crystal lattice"],
    field: "chemistry-materials",
    definition:
      "The neat, repeating pattern in which atoms are packed in a solid. It decides many of the material's properties.",
    seeAlso: ["chemical bond"],
  },
  {
    term: "glyphosate",
    field: "chemistry-materials",
    definition:
      "The world's most used weedkiller, sold as Roundup. Regulators mostly judge it safe at normal use, but experts disagree on whether it can cause cancer.",
    seeAlso: ["pesticide"],
  },
  {
    term: "phosphate",
    aliases: ["phosphates"],
    field: "chemistry-materials",
    definition:
      "A chemical group made of phosphorus and oxygen. It is in DNA, bones and fertilisers; too much in rivers feeds harmful algae.",
  },
  {
    term: "acid",
    aliases: ["acids", "acidic", "acidity"],
    field: "chemistry-materials",
    definition:
      "A substance that gives off hydrogen ions in water, with a pH below 7. Strong acids burn; weak ones, like lemon juice, taste sour and can wear down teeth.",
    seeAlso: ["pH", "alkaline"],
    context: ["pH", "teeth", "tooth", "enamel", "stomach", "chemical", "chemicals", "corrosive", "rain", "ocean", "soil", "drinks", "foods", "alkaline", "burn", "burns", "sour"],
  },
  {
    term: "alkaline",
    aliases: ["alkali", "alkalis", "alkalinity"],
    field: "chemistry-materials",
    definition:
      "The opposite of acidic: having a pH above 7. Soap and bleach are alkaline. Strong alkalis burn skin as badly as strong acids.",
    seeAlso: ["pH", "acid"],
  },
  {
    term: "redox reaction",
    aliases: ["redox", "reduction-oxidation"],
    field: "chemistry-materials",
    definition:
      "A reaction in which electrons pass from one chemical to another. Rusting, burning and batteries all run on it.",
    seeAlso: ["oxidation", "electrolyte"],
  },
  {
    term: "combustion",
    aliases: ["combust", "burning fuel"],
    field: "chemistry-materials",
    definition:
      "Burning: a fast reaction of a fuel with oxygen that gives off heat and light, and usually carbon dioxide and water.",
    seeAlso: ["fossil fuel", "oxidation"],
  },
  {
    term: "hydrolysis",
    field: "chemistry-materials",
    definition:
      "Breaking a chemical apart by reacting it with water. The body digests food this way, and some plastics slowly break down like this.",
    seeAlso: ["chemical reaction"],
  },
  {
    term: "monomer",
    aliases: ["monomers", "polymerisation", "polymerise"],
    field: "chemistry-materials",
    definition:
      "A small molecule that can link with many copies of itself into a long chain. The chain is a polymer.",
    seeAlso: ["polymer"],
  },
  {
    term: "organic chemistry",
    aliases: ["organic chemist", "organic synthesis"],
    field: "chemistry-materials",
    definition:
      "The chemistry of carbon compounds, which include fuels, plastics, drugs and the molecules of life. It has nothing to do with organic food.",
    seeAlso: ["chemical synthesis", "hydrocarbon"],
  },
  {
    term: "chemical synthesis",
    aliases: ["synthesise", "synthesised", "total synthesis"],
    field: "chemistry-materials",
    definition:
      "Making a chemical on purpose, step by step, from simpler ones. Most medicines are made this way.",
    seeAlso: ["organic chemistry", "reagent"],
    context: ["chemical", "chemicals", "chemist", "chemists", "molecule", "molecules", "compound", "compounds", "lab", "drug", "reaction", "reactions", "catalyst"],
  },
  {
    term: "reagent",
    aliases: ["reagents", "reactant", "reactants"],
    field: "chemistry-materials",
    definition:
      "A chemical added to cause a reaction or to test for something. Reactants are the things used up in a reaction.",
    seeAlso: ["chemical reaction", "catalyst"],
  },
  {
    term: "isomer",
    aliases: ["isomers"],
    field: "chemistry-materials",
    definition:
      "One of two or more molecules with the same atoms put together in a different way. They can act very differently in the body.",
    seeAlso: ["chirality", "molecule"],
  },
  {
    term: "chirality",
    aliases: ["chiral", "enantiomer", "enantiomers", "mirror-image molecule", "mirror-image molecules", "handedness of molecules"],
    field: "chemistry-materials",
    definition:
      "When a molecule comes in left- and right-handed forms, mirror images like our hands. In a drug, one hand may heal while the other does nothing or harms.",
    seeAlso: ["isomer", "asymmetric catalysis"],
  },
  {
    term: "asymmetric catalysis",
    aliases: ["asymmetric synthesis", "asymmetric transfer hydrogenation", "transfer hydrogenation"],
    field: "chemistry-materials",
    definition:
      "Using a catalyst to make mostly one hand of a mirror-image molecule. It matters for drugs where only one hand works.",
    seeAlso: ["chirality", "catalyst"],
  },
  {
    term: "hydrogenation",
    aliases: ["hydrogenated", "partially hydrogenated"],
    field: "chemistry-materials",
    definition:
      "Adding hydrogen to a molecule, often with a metal to speed it up. It turns liquid oils into solid fats.",
    seeAlso: ["catalyst", "trans fat"],
  },
  {
    term: "osmium",
    field: "chemistry-materials",
    definition:
      "A rare, very dense metal of the platinum group. Some osmium compounds are tested as catalysts and as cancer drugs.",
    seeAlso: ["platinum group metals", "catalyst"],
  },
  {
    term: "sodium formate",
    aliases: ["formate", "formic acid"],
    field: "chemistry-materials",
    definition:
      "A simple salt that can hand over hydrogen in chemical reactions. Formic acid, its acid form, is what makes ant stings hurt.",
    seeAlso: ["asymmetric catalysis"],
  },
  {
    term: "platinum group metals",
    aliases: ["platinum group metal", "platinum", "palladium", "rhodium", "iridium", "ruthenium"],
    field: "chemistry-materials",
    definition:
      "Six rare, costly metals, such as platinum and palladium. They do not rust and speed up reactions in car exhausts, fuel cells and labs.",
    seeAlso: ["catalyst"],
  },
  {
    term: "parts per billion",
    aliases: ["ppb", "parts per trillion", "ppt"],
    field: "chemistry-materials",
    definition:
      "A way to count very small amounts: one part per billion is like one drop in a large swimming pool. Used for pollutants in water and air.",
    seeAlso: ["parts per million", "microgram"],
  },
  {
    term: "microgram",
    aliases: ["micrograms", "mcg", "µg", "μg", "microgramme", "microgrammes"],
    field: "chemistry-materials",
    definition:
      "A millionth of a gram. Vitamins and air pollution are often measured in micrograms.",
    seeAlso: ["nanogram", "parts per billion"],
  },
  {
    term: "nanogram",
    aliases: ["nanograms", "ng", "picogram", "picograms"],
    field: "chemistry-materials",
    definition:
      "A billionth of a gram. A picogram is a thousand times smaller still. Blood tests report some hormones and drugs in these units.",
    seeAlso: ["microgram"],
    context: ["gram", "grams", "blood", "millilitre", "ml", "per", "level", "levels", "dose", "concentration", "sample", "samples"],
  },
  {
    term: "molar concentration",
    aliases: ["micromolar", "nanomolar", "picomolar", "millimolar", "molarity"],
    field: "chemistry-materials",
    definition:
      "How much of a chemical is dissolved in a liquid, counted in molecules per litre. Nanomolar means very little; a drug that works at that level is strong.",
    seeAlso: ["mole"],
  },
  {
    term: "mole",
    aliases: ["moles"],
    field: "chemistry-materials",
    definition:
      "Chemists' unit for counting atoms and molecules: about 600 billion trillion of them. It lets them weigh out equal numbers of molecules.",
    seeAlso: ["molar concentration", "molecule"],
    context: ["chemical", "chemistry", "atoms", "molecules", "molar", "gram", "grams", "litre", "concentration", "reaction", "Avogadro"],
  },
  {
    term: "atomic number",
    aliases: ["atomic numbers", "atomic mass", "atomic weight"],
    field: "chemistry-materials",
    definition:
      "The number of protons in an atom's nucleus. It decides which element the atom is: carbon has 6, gold has 79.",
    seeAlso: ["chemical element", "periodic table"],
  },
  {
    term: "crystallisation",
    aliases: ["crystallise", "crystallised", "crystallising"],
    field: "chemistry-materials",
    definition:
      "Atoms or molecules lining up into a neat, repeating solid. Salt does this as sea water dries.",
    seeAlso: ["crystal structure"],
  },
  {
    term: "emulsion",
    aliases: ["emulsions"],
    field: "chemistry-materials",
    definition:
      "A mix of two liquids that normally do not mix, such as oil and water, with tiny drops of one spread through the other. Mayonnaise is one.",
    seeAlso: ["surfactant", "colloid"],
  },
  {
    term: "colloid",
    aliases: ["colloids", "colloidal"],
    field: "chemistry-materials",
    definition:
      "A mix in which tiny bits of one thing stay spread through another without settling, like milk, fog or paint.",
    seeAlso: ["emulsion", "nanoparticle"],
  },
  {
    term: "surfactant",
    aliases: ["surfactants"],
    field: "chemistry-materials",
    definition:
      "A chemical that lets oil and water mix by sticking to both. Soaps and detergents are surfactants. The lungs make one that keeps air sacs open.",
    seeAlso: ["emulsion"],
  },
  {
    term: "chelation",
    aliases: ["chelating agent", "chelating agents", "chelator", "chelation therapy"],
    field: "chemistry-materials",
    definition:
      "Grabbing metal atoms with a molecule that wraps around them like a claw. Doctors use it to remove lead or iron from the body.",
    seeAlso: ["heavy metal", "lead poisoning"],
  },
  {
    term: "hydrogen peroxide",
    field: "chemistry-materials",
    definition:
      "A clear liquid like water with an extra oxygen atom. It bleaches and kills germs, and cells also make it in small amounts.",
    seeAlso: ["oxidation", "bleach"],
  },
  {
    term: "bleach",
    aliases: ["sodium hypochlorite", "chlorine bleach"],
    field: "chemistry-materials",
    definition:
      "A strong chemical that whitens and kills germs, often a chlorine mix in household cleaners. Mixed with ammonia or acids, it gives off toxic gas.",
    seeAlso: ["chlorine"],
    context: ["chemical", "chemicals", "clean", "cleaning", "cleaner", "cleaners", "disinfect", "disinfectant", "germs", "household", "chlorine", "swallow", "swallowed", "drink", "toxic", "poison"],
  },
  {
    term: "chlorine",
    aliases: ["chlorine gas", "chlorinated", "chlorination"],
    field: "chemistry-materials",
    definition:
      "A yellow-green, poisonous gas used in small amounts to kill germs in drinking water and pools. Joined with sodium, it makes table salt.",
    seeAlso: ["bleach", "chloride"],
  },
  {
    term: "fluoride",
    aliases: ["fluoridation", "fluoridated", "water fluoridation", "fluoridated water"],
    field: "chemistry-materials",
    definition:
      "A form of the element fluorine added to toothpaste and some tap water. It makes tooth enamel stronger and helps prevent decay.",
    seeAlso: ["chemical element"],
  },
  {
    term: "nitric oxide",
    aliases: ["NO gas"],
    field: "chemistry-materials",
    definition:
      "A small gas molecule the body makes to widen blood vessels and pass signals between cells. It is also a pollutant from car engines.",
    seeAlso: ["nitrate", "nitrogen oxides"],
  },
  {
    term: "silicon",
    field: "chemistry-materials",
    definition:
      "A common element found in sand and rock. Purified, it is the material of most computer chips and solar cells.",
    seeAlso: ["semiconductor", "silica", "microchip"],
  },
  {
    term: "silica",
    aliases: ["silicon dioxide", "crystalline silica", "silica dust", "quartz"],
    field: "chemistry-materials",
    definition:
      "Silicon joined with oxygen, the main stuff of sand, quartz and glass. Breathing its fine dust at work can scar the lungs.",
    seeAlso: ["silicon"],
  },
  {
    term: "lithium",
    field: "chemistry-materials",
    definition:
      "The lightest metal. It is key to rechargeable batteries. In salt form it is also an old, trusted medicine for bipolar disorder.",
    seeAlso: ["lithium-ion battery", "critical mineral"],
  },
  {
    term: "cobalt",
    field: "chemistry-materials",
    definition:
      "A hard, silvery metal used in many batteries and strong alloys. Much of it is mined in Congo, sometimes in unsafe conditions.",
    seeAlso: ["lithium-ion battery", "critical mineral"],
  },
  {
    term: "nickel",
    field: "chemistry-materials",
    definition:
      "A silver-grey metal used in stainless steel and in car batteries. It is also a common cause of skin allergy from jewellery.",
    seeAlso: ["stainless steel", "lithium-ion battery"],
    context: ["metal", "metals", "battery", "batteries", "mine", "mining", "steel", "alloy", "allergy", "cobalt", "lithium", "ore"],
  },
  {
    term: "titanium dioxide",
    aliases: ["E171"],
    field: "chemistry-materials",
    definition:
      "A white powder used in paint, sunscreen and some sweets. The EU banned it as a food colour in 2022 over safety doubts.",
    seeAlso: ["nanoparticle", "zinc oxide"],
  },
  {
    term: "zinc oxide",
    field: "chemistry-materials",
    definition:
      "A white powder that blocks sunlight. It is used in mineral sunscreens, nappy creams and rubber.",
    seeAlso: ["titanium dioxide"],
  },
  {
    term: "mercury",
    aliases: ["mercury contamination", "mercury poisoning"],
    field: "chemistry-materials",
    definition:
      "A toxic metal that is liquid at room temperature. In water it can build up in fish as methylmercury, which harms the growing brain.",
    seeAlso: ["heavy metal"],
    context: ["metal", "toxic", "fish", "tuna", "poisoning", "contamination", "levels", "exposure", "thermometer", "fillings", "coal", "mining", "chemical", "pollution", "methylmercury", "seafood"],
    notIn: ["millimetres of mercury", "millimeters of mercury"],
  },
  {
    term: "arsenic",
    field: "chemistry-materials",
    definition:
      "A poisonous element found naturally in some rock and groundwater. Drinking small amounts over years raises the risk of cancers and heart disease.",
    seeAlso: ["heavy metal", "groundwater"],
  },
  {
    term: "cadmium",
    field: "chemistry-materials",
    definition:
      "A toxic metal found in some batteries, fertilisers and cigarette smoke. It builds up in the kidneys and bones over years.",
    seeAlso: ["heavy metal"],
  },
  {
    term: "hexavalent chromium",
    aliases: ["chromium-6", "chromium VI"],
    field: "chemistry-materials",
    definition:
      "A toxic form of the metal chromium, used in metal plating and dyes. It can cause lung cancer when breathed in.",
    seeAlso: ["heavy metal", "carcinogen"],
  },
  {
    term: "uranium",
    field: "chemistry-materials",
    definition:
      "A heavy, slightly radioactive metal mined from rock. It is the main fuel of nuclear power stations.",
    seeAlso: ["enriched uranium", "nuclear fission"],
  },
  {
    term: "plutonium",
    field: "chemistry-materials",
    definition:
      "A highly radioactive metal made in nuclear reactors. It is used in nuclear weapons and to power some deep-space probes.",
    seeAlso: ["uranium", "nuclear fission"],
  },
  {
    term: "radon",
    aliases: ["radon gas"],
    field: "chemistry-materials",
    definition:
      "A radioactive gas with no smell that seeps up from rocks and can build up in homes. It is the second biggest cause of lung cancer after smoking.",
    seeAlso: ["background radiation", "radioactive decay"],
  },
  {
    term: "helium",
    aliases: ["liquid helium", "helium-3"],
    field: "chemistry-materials",
    definition:
      "A light gas that does not react. As a liquid it is the coldest coolant we have, used for MRI magnets and quantum computers, and supplies are limited.",
    seeAlso: ["superconductor", "noble gas"],
  },
  {
    term: "noble gas",
    aliases: ["noble gases", "inert gas", "xenon", "argon", "neon", "krypton"],
    field: "chemistry-materials",
    definition:
      "One of a family of gases that hardly react with anything. Helium, neon, argon and xenon are in it.",
    seeAlso: ["helium", "periodic table"],
  },
  {
    term: "formaldehyde",
    field: "chemistry-materials",
    definition:
      "A gas with a sharp smell given off by some glues, furniture and cigarette smoke. It irritates the eyes and lungs and can cause cancer at high levels.",
    seeAlso: ["volatile organic compound", "carcinogen"],
  },
  {
    term: "acetaldehyde",
    field: "chemistry-materials",
    definition:
      "A toxic chemical the body makes when it breaks down alcohol. It damages DNA and is a main reason drinking raises cancer risk.",
    seeAlso: ["carcinogen"],
  },
  {
    term: "benzaldehyde",
    field: "chemistry-materials",
    definition:
      "A chemical that smells of almonds or cherries, used as a flavouring, including in some vaping liquids. Heated and breathed in, it may irritate the airways.",
    seeAlso: ["e-liquid flavouring"],
  },
  {
    term: "e-liquid flavouring",
    aliases: ["vape flavours", "vaping flavours", "e-liquid flavourings", "diacetyl", "flavouring chemicals"],
    field: "chemistry-materials",
    definition:
      "The chemicals that give vape liquid its taste. Many are safe to eat, but less is known about breathing them in when heated. Diacetyl, a butter flavour, can scar lungs.",
    seeAlso: ["propylene glycol", "benzaldehyde"],
  },
  {
    term: "propylene glycol",
    aliases: ["vegetable glycerine", "vegetable glycerin", "glycerol", "glycerine"],
    field: "chemistry-materials",
    definition:
      "Sweet, syrupy liquids used in foods, medicines and as the base of vape liquids. When heated they make the visible vapour.",
    seeAlso: ["e-liquid flavouring"],
  },
  {
    term: "menthol",
    field: "chemistry-materials",
    definition:
      "The chemical in mint that feels cool on the skin and in the throat. In cigarettes and vapes it masks the harshness of smoke, so many places ban it.",
    seeAlso: ["e-liquid flavouring"],
  },
  {
    term: "volatile organic compound",
    aliases: ["volatile organic compounds", "VOC", "VOCs"],
    field: "chemistry-materials",
    definition:
      "Carbon-based chemicals that turn to gas easily at room temperature, from paint, cleaning products, fuel and air fresheners. Some harm health.",
    seeAlso: ["formaldehyde", "air pollution"],
  },
  {
    term: "polycyclic aromatic hydrocarbon",
    aliases: ["polycyclic aromatic hydrocarbons", "PAH", "PAHs"],
    field: "chemistry-materials",
    definition:
      "Chemicals made when coal, wood, tobacco or meat are burned or charred. Several of them can cause cancer.",
    seeAlso: ["hydrocarbon", "carcinogen"],
  },
  {
    term: "dioxin",
    aliases: ["dioxins"],
    field: "chemistry-materials",
    definition:
      "Toxic chemicals made when some waste is burned. They last for years, build up in fat and food chains, and can cause cancer.",
    seeAlso: ["PCB"],
  },
  {
    term: "PCB",
    aliases: ["PCBs", "polychlorinated biphenyls", "polychlorinated biphenyl"],
    field: "chemistry-materials",
    definition:
      "Oily chemicals once used in electrical equipment, banned since the 1970s and 1980s. They still linger in soil, rivers and fish and can harm health.",
    seeAlso: ["dioxin", "endocrine disruptor"],
    context: ["chemical", "chemicals", "polychlorinated", "toxic", "pollution", "fish", "banned", "contamination", "exposure", "pollutant", "pollutants", "soil", "blood", "levels"],
  },
  {
    term: "flame retardant",
    aliases: ["flame retardants", "fire retardant", "PBDE", "PBDEs"],
    field: "chemistry-materials",
    definition:
      "Chemicals added to furniture, foam and electronics to slow fires. Some leak into house dust and are linked to health concerns.",
    seeAlso: ["endocrine disruptor"],
  },
  {
    term: "paraben",
    aliases: ["parabens"],
    field: "chemistry-materials",
    definition:
      "Preservatives used in creams, make-up and shampoo to stop germs growing. Some can weakly act like the hormone oestrogen; how much that matters is debated.",
    seeAlso: ["endocrine disruptor", "phthalate"],
  },
  {
    term: "triclosan",
    field: "chemistry-materials",
    definition:
      "A germ-killing chemical once common in soaps and toothpaste. US regulators banned it from hand soap in 2016 as it showed no clear benefit.",
    seeAlso: ["endocrine disruptor"],
  },
  {
    term: "polyethylene",
    aliases: ["polythene", "polyethylene terephthalate", "PET plastic", "polypropylene", "polystyrene", "PVC", "polyvinyl chloride"],
    field: "chemistry-materials",
    definition:
      "The common plastics of bags, bottles, food boxes and pipes. Each is a long chain of small repeating molecules.",
    seeAlso: ["polymer", "microplastic"],
  },
  {
    term: "PTFE",
    aliases: ["Teflon", "polytetrafluoroethylene", "non-stick coating"],
    field: "chemistry-materials",
    definition:
      "The slippery plastic on non-stick pans. It is itself a PFAS chemical, and some chemicals once used to make it are now banned.",
    seeAlso: ["PFAS"],
  },
  {
    term: "silicone",
    aliases: ["silicones"],
    field: "chemistry-materials",
    definition:
      "Rubbery or oily stuff made from silicon and oxygen. It is used in seals, cookware, breast implants and make-up.",
    seeAlso: ["polymer", "silicon"],
  },
  {
    term: "resin",
    aliases: ["resins", "epoxy", "epoxy resin"],
    field: "chemistry-materials",
    definition:
      "A thick liquid that sets hard, from tree sap or made in factories. Epoxy resins glue and coat things and bind carbon fibre.",
    seeAlso: ["polymer", "composite material"],
    context: ["epoxy", "plastic", "plastics", "glue", "material", "materials", "coating", "composite", "fibre", "polymer", "sets", "hardens", "tree", "sap", "3D", "printing", "printer"],
  },
  {
    term: "cellulose",
    aliases: ["nanocellulose", "lignin"],
    field: "chemistry-materials",
    definition:
      "The tough fibre that makes up plant cell walls, and so paper, cotton and wood. People cannot digest it; it counts as dietary fibre.",
    seeAlso: ["polymer", "biodegradable"],
  },
  {
    term: "ceramic",
    aliases: ["ceramics"],
    field: "chemistry-materials",
    definition:
      "A hard material made by heating clay or other minerals, from pottery to the heat tiles on spacecraft. Ceramics resist heat but can crack.",
    seeAlso: ["composite material"],
  },
  {
    term: "stainless steel",
    field: "chemistry-materials",
    definition:
      "Steel with chromium and often nickel added so it does not rust. It is used in kitchens, medical tools and implants.",
    seeAlso: ["alloy", "corrosion"],
  },
  {
    term: "aluminium",
    field: "chemistry-materials",
    definition:
      "A light, silvery metal that does not rust easily, used in cans, planes and foil. Making it from ore takes a lot of electricity.",
    seeAlso: ["alloy"],
  },
  {
    term: "titanium",
    aliases: ["titanium alloy"],
    field: "chemistry-materials",
    definition:
      "A strong, light metal that does not rust and is safe inside the body. It is used for hip joints, tooth implants and planes.",
    seeAlso: ["alloy", "biocompatible"],
  },
  {
    term: "shape-memory alloy",
    aliases: ["shape memory alloy", "nitinol", "shape-memory material"],
    field: "chemistry-materials",
    definition:
      "A metal that can be bent and then snaps back to its set shape when warmed. It is used in heart stents and braces.",
    seeAlso: ["alloy", "smart material"],
  },
  {
    term: "smart material",
    aliases: ["smart materials", "responsive material"],
    field: "chemistry-materials",
    definition:
      "A material that changes by itself when heat, light, pressure or electricity hits it. Glass that darkens in the sun is one.",
    seeAlso: ["shape-memory alloy", "self-healing material"],
  },
  {
    term: "self-healing material",
    aliases: ["self-healing materials", "self-healing concrete", "self-healing polymer"],
    field: "chemistry-materials",
    definition:
      "A material that can mend cracks or cuts by itself. Some hold hidden glue that leaks out when they break.",
    seeAlso: ["smart material", "polymer"],
  },
  {
    term: "biomaterial",
    aliases: ["biomaterials"],
    field: "chemistry-materials",
    definition:
      "A material made to work inside the body. Examples are a frame for growing new tissue, or the coat on an implant.",
    seeAlso: ["biocompatible", "hydrogel"],
  },
  {
    term: "biocompatible",
    aliases: ["biocompatibility"],
    field: "chemistry-materials",
    definition:
      "Safe to put in or on the body without causing harm or being rejected.",
    seeAlso: ["biomaterial", "titanium"],
  },
  {
    term: "2D material",
    aliases: ["2D materials", "two-dimensional material", "two-dimensional materials", "atomically thin"],
    field: "chemistry-materials",
    definition:
      "A material only one or a few atoms thick, like graphene. Being so thin gives it odd electrical and physical powers.",
    seeAlso: ["graphene"],
  },
  {
    term: "silicon carbide",
    aliases: ["gallium nitride", "wide-bandgap semiconductor"],
    field: "chemistry-materials",
    definition:
      "Tough chip materials that handle high voltage and heat better than silicon. They make chargers and electric cars more efficient.",
    seeAlso: ["semiconductor", "silicon"],
  },
  {
    term: "doping",
    aliases: ["doped"],
    field: "chemistry-materials",
    definition:
      "Adding a tiny bit of another element to a chip material such as silicon. It changes how well the chip carries a current.",
    seeAlso: ["semiconductor"],
    context: ["semiconductor", "semiconductors", "silicon", "material", "materials", "crystal", "atoms", "electrons", "conductivity", "chip", "chips", "graphene", "solar"],
  },
  {
    term: "liquid crystal",
    aliases: ["liquid crystals", "LCD"],
    field: "chemistry-materials",
    definition:
      "A material that flows like a liquid but whose molecules line up like a crystal. Screens use it to switch tiny dots of light on and off.",
    seeAlso: ["crystal structure"],
  },
  {
    term: "piezoelectric",
    aliases: ["piezoelectricity", "piezoelectric material"],
    field: "chemistry-materials",
    definition:
      "Able to make electricity when squeezed or bent, and to bend when a current flows in. Used in sensors, lighters and ultrasound.",
    seeAlso: ["sensor", "smart material"],
  },
  {
    term: "thermoelectric",
    aliases: ["thermoelectric generator", "thermoelectric material"],
    field: "chemistry-materials",
    definition:
      "Able to turn a gap in heat into electricity, or electricity into cold. Space probes use it to make power from nuclear heat.",
    seeAlso: ["smart material"],
  },
  {
    term: "hydrophobic",
    aliases: ["superhydrophobic", "water-repellent", "hydrophilic"],
    field: "chemistry-materials",
    definition:
      "Water-repelling, so water beads up and rolls off, like on a duck's feathers. Hydrophilic means the opposite: water-loving.",
    seeAlso: ["surfactant"],
  },
  {
    term: "porous material",
    aliases: ["porous", "porosity", "porous membrane", "nanoporous"],
    field: "chemistry-materials",
    definition:
      "A material full of tiny holes. The holes give it a huge inner surface to trap gases, filter liquids or hold cells.",
    seeAlso: ["metal-organic framework", "zeolite", "filtration membrane"],
  },
  {
    term: "zeolite",
    aliases: ["zeolites"],
    field: "chemistry-materials",
    definition:
      "A mineral full of tiny, regular pores that can trap molecules. It is used as a catalyst, in washing powder and to soak up pollutants.",
    seeAlso: ["porous material", "catalyst"],
  },
  {
    term: "activated carbon",
    aliases: ["activated charcoal"],
    field: "chemistry-materials",
    definition:
      "Charcoal treated to be full of tiny pores, so it grabs chemicals onto its huge surface. It is used in water filters and to treat some poisonings.",
    seeAlso: ["adsorption", "porous material"],
  },
  {
    term: "adsorption",
    aliases: ["adsorb", "adsorbs", "adsorbed", "sorbent"],
    field: "chemistry-materials",
    definition:
      "Molecules sticking to the surface of a material, not soaking into it. Many filters work this way, as do some ways to trap carbon.",
    seeAlso: ["activated carbon", "metal-organic framework"],
  },
  {
    term: "photocatalyst",
    aliases: ["photocatalysis", "photocatalytic", "electrocatalyst", "electrocatalysis"],
    field: "chemistry-materials",
    definition:
      "A substance that speeds up a reaction when light shines on it. Researchers use them to split water or turn carbon dioxide into fuel.",
    seeAlso: ["catalyst", "green hydrogen"],
  },
  {
    term: "Haber-Bosch process",
    aliases: ["Haber-Bosch", "Haber process"],
    field: "chemistry-materials",
    definition:
      "The factory method for making ammonia from the nitrogen in air. It feeds half the world through fertiliser, but uses a lot of fossil energy.",
    seeAlso: ["ammonia", "synthetic fertiliser"],
  },
  {
    term: "synthetic fertiliser",
    aliases: ["fertiliser", "fertilisers", "nitrogen fertiliser", "chemical fertiliser", "fertilizer use"],
    field: "chemistry-materials",
    definition:
      "Plant food made in factories, mainly nitrogen, phosphorus and potassium. Too much runs off into rivers and gives off nitrous oxide.",
    seeAlso: ["Haber-Bosch process", "nitrous oxide", "phosphate"],
  },
  {
    term: "lithium-metal battery",
    aliases: ["lithium-metal batteries", "lithium-sulphur battery", "lithium-sulphur batteries", "lithium-air battery"],
    field: "chemistry-materials",
    definition:
      "Battery designs that could hold much more energy than today's lithium-ion cells. So far they wear out too fast for daily use.",
    seeAlso: ["lithium-ion battery", "solid-state battery", "dendrite"],
  },
  {
    term: "dendrite",
    aliases: ["lithium dendrite", "lithium dendrites"],
    field: "chemistry-materials",
    definition:
      "In a battery, a thin metal spike that grows as it charges. It can pierce the inside of the cell and cause a short circuit or fire.",
    seeAlso: ["lithium-metal battery", "thermal runaway"],
    context: ["battery", "batteries", "lithium", "anode", "charging", "cell", "cells", "electrolyte", "metal"],
  },
  {
    term: "solid electrolyte",
    aliases: ["solid electrolytes", "solid-state electrolyte"],
    field: "chemistry-materials",
    definition:
      "A solid layer that carries charge inside a battery in place of flammable liquid. It is the heart of solid-state batteries.",
    seeAlso: ["solid-state battery", "electrolyte"],
  },
  {
    term: "supercapacitor",
    aliases: ["supercapacitors", "ultracapacitor"],
    field: "chemistry-materials",
    definition:
      "A device that stores electric charge on the surface of its plates. It charges and releases energy much faster than a battery but holds less.",
    seeAlso: ["energy storage", "lithium-ion battery"],
  },
  {
    term: "charge cycle",
    aliases: ["charge cycles", "charging cycles", "cycle life", "charge-discharge cycles"],
    field: "chemistry-materials",
    definition:
      "One full charge and use of a battery. Cycle life is how many of these it lasts before it holds much less energy.",
    seeAlso: ["lithium-ion battery", "energy density"],
  },
  {
    term: "NMR spectroscopy",
    aliases: ["nuclear magnetic resonance", "NMR"],
    field: "chemistry-materials",
    definition:
      "A lab method that uses strong magnets and radio waves to work out the shape of molecules. MRI scanners use the same idea.",
    seeAlso: ["spectroscopy", "MRI"],
  },
  {
    term: "X-ray diffraction",
    aliases: ["XRD"],
    field: "chemistry-materials",
    definition:
      "Shining X-rays through a crystal or powder and reading the pattern they make. It shows how the atoms are arranged.",
    seeAlso: ["X-ray crystallography", "diffraction"],
  },
  {
    term: "infrared spectroscopy",
    aliases: ["Raman spectroscopy", "FTIR", "Raman spectrometer"],
    field: "chemistry-materials",
    definition:
      "Identifying chemicals by how they soak up or scatter light. Each molecule leaves its own pattern, like a fingerprint.",
    seeAlso: ["spectroscopy", "infrared"],
  },
  {
    term: "X-ray fluorescence",
    aliases: ["XRF", "portable XRF"],
    field: "chemistry-materials",
    definition:
      "A test that shines X-rays on an object and reads the glow that comes back. It finds which elements the object holds without harm.",
    seeAlso: ["X-ray", "chemical element"],
  },
  {
    term: "toxin",
    aliases: ["toxins", "toxic substance", "toxic substances"],
    field: "chemistry-materials",
    definition:
      "A poison, often one made by a living thing, such as a snake, plant or germ. Some toxins are used as medicines in tiny doses.",
    seeAlso: ["toxicology"],
  },
  {
    term: "toxicology",
    aliases: ["toxicologist", "toxicologists", "toxicological"],
    field: "chemistry-materials",
    definition:
      "The study of poisons and of how much of a substance it takes to cause harm. The dose makes the poison.",
    seeAlso: ["toxin", "LD50"],
  },
  {
    term: "LD50",
    aliases: ["lethal dose", "median lethal dose"],
    field: "chemistry-materials",
    definition:
      "The dose of a substance that kills half of the animals given it in a test. A lower LD50 means a stronger poison.",
    seeAlso: ["toxicology"],
  },
  {
    term: "mutagen",
    aliases: ["mutagens", "mutagenic", "genotoxic"],
    field: "chemistry-materials",
    definition:
      "Something that damages DNA and causes mutations, such as some chemicals, UV light or X-rays. Many mutagens can cause cancer.",
    seeAlso: ["carcinogen", "toxicology"],
  },
  {
    term: "DDT",
    field: "chemistry-materials",
    definition:
      "An old insect killer that built up in animals and thinned birds' eggshells. It was banned for farms in most countries from the 1970s.",
    seeAlso: ["pesticide"],
  },
  {
    term: "organophosphate",
    aliases: ["organophosphates", "chlorpyrifos"],
    field: "chemistry-materials",
    definition:
      "A family of insect killers that block a nerve chemical. High exposure poisons people, and some are linked to harm to children's brains.",
    seeAlso: ["pesticide", "nerve agent"],
  },
  {
    term: "nerve agent",
    aliases: ["nerve agents", "sarin", "Novichok", "VX nerve agent"],
    field: "chemistry-materials",
    definition:
      "A deadly chemical weapon. It stops nerves from switching off, so muscles, even those for breathing, lock up.",
    seeAlso: ["chemical weapon", "organophosphate"],
  },
  {
    term: "chemical weapon",
    aliases: ["chemical weapons", "mustard gas", "tear gas"],
    field: "chemistry-materials",
    definition:
      "A chemical used to kill or harm people, such as nerve agents or mustard gas. They are banned by a world treaty.",
    seeAlso: ["nerve agent"],
  },
  {
    term: "cyanide",
    aliases: ["hydrogen cyanide"],
    field: "chemistry-materials",
    definition:
      "A fast-acting poison that stops cells from using oxygen. It is found in small amounts in some fruit stones and in smoke.",
    seeAlso: ["toxin"],
  },
  {
    term: "hydrogen sulphide",
    aliases: ["hydrogen sulfide", "H2S"],
    field: "chemistry-materials",
    definition:
      "A gas that smells of rotten eggs, given off by rotting matter, sewers and volcanoes. It is toxic at high levels, though the body makes tiny amounts.",
    seeAlso: ["sulphate"],
  },
  {
    term: "sulphate",
    aliases: ["sulphates", "sulfate", "sulfates", "sulphate aerosols"],
    field: "chemistry-materials",
    definition:
      "A common chemical group of sulphur and oxygen, found in salts, rocks and air pollution. Sulphate specks in the air reflect sunlight.",
    seeAlso: ["sulphur dioxide", "aerosol"],
  },
  {
    term: "sulphuric acid",
    aliases: ["sulfuric acid", "hydrochloric acid", "nitric acid"],
    field: "chemistry-materials",
    definition:
      "Strong acids that burn skin and eat through metal. Industry uses them widely, and the stomach makes hydrochloric acid to digest food.",
    seeAlso: ["acid", "pH"],
  },
  {
    term: "sodium hydroxide",
    aliases: ["caustic soda", "lye"],
    field: "chemistry-materials",
    definition:
      "A strong alkali used in soap-making, drain cleaners and factories. It can cause deep burns.",
    seeAlso: ["alkaline"],
  },
  {
    term: "carbonate",
    aliases: ["carbonates", "calcium carbonate", "bicarbonate"],
    field: "chemistry-materials",
    definition:
      "A chemical group of carbon and oxygen found in chalk, shells and baking soda. Shell-building sea life needs it, and acid seas leave less of it.",
    seeAlso: ["ocean acidification", "limestone"],
  },
  {
    term: "saline",
    aliases: ["saline solution", "salt water solution", "salt solution"],
    field: "chemistry-materials",
    definition:
      "Salt dissolved in water. In medicine it usually means sterile salt water matched to the body, used in drips, rinses and as a dummy treatment.",
    seeAlso: ["placebo"],
    context: ["solution", "injection", "injected", "drip", "rinse", "nasal", "spray", "placebo", "sterile", "water", "infusion", "intravenous", "IV", "salt", "group"],
  },
  {
    term: "graphite",
    field: "chemistry-materials",
    definition:
      "A soft, dark form of carbon made of stacked sheets, used in pencils and in the negative end of most batteries.",
    seeAlso: ["graphene", "anode"],
  },
  {
    term: "lab-grown diamond",
    aliases: ["lab-grown diamonds", "synthetic diamond", "synthetic diamonds"],
    field: "chemistry-materials",
    definition:
      "Real diamond made in a factory from carbon, under great heat and pressure or from gas. It is the same stuff as mined diamond.",
    seeAlso: ["graphite", "crystal structure"],
  },
  {
    term: "fullerene",
    aliases: ["fullerenes", "buckyball", "buckyballs", "buckminsterfullerene"],
    field: "chemistry-materials",
    definition:
      "A hollow molecule of carbon atoms shaped like a football or tube. Found in 1985, they are studied for drugs and electronics.",
    seeAlso: ["carbon nanotube", "graphene"],
  },
  {
    term: "quasicrystal",
    aliases: ["quasicrystals"],
    field: "chemistry-materials",
    definition:
      "A solid whose atoms form an ordered pattern that never quite repeats. Once thought impossible, some have been found in meteorites.",
    seeAlso: ["crystal structure"],
  },
  {
    term: "molecular machine",
    aliases: ["molecular machines", "molecular motor", "nanomachine"],
    field: "chemistry-materials",
    definition:
      "A molecule built to move in a set way, such as spinning or walking, when given energy. Cells are full of natural ones.",
    seeAlso: ["nanotechnology"],
  },
  {
    term: "click chemistry",
    field: "chemistry-materials",
    definition:
      "A set of quick, clean reactions that snap two molecules together like buckles. It won the 2022 Nobel Prize and is used to tag molecules in cells.",
    seeAlso: ["chemical synthesis"],
  },
  {
    term: "green chemistry",
    aliases: ["sustainable chemistry"],
    field: "chemistry-materials",
    definition:
      "Making chemicals in ways that use less energy and fewer poisons, and leave less waste.",
    seeAlso: ["catalyst", "biodegradable"],
  },
  {
    term: "petrochemical",
    aliases: ["petrochemicals"],
    field: "chemistry-materials",
    definition:
      "A chemical made from oil or gas. It is the raw stuff of most plastics, fertilisers and solvents, and of many medicines.",
    seeAlso: ["crude oil", "polymer"],
  },
  {
    term: "chlorofluorocarbon",
    aliases: ["chlorofluorocarbons", "CFC", "CFCs"],
    field: "chemistry-materials",
    definition:
      "Gases once used in fridges and spray cans that destroy the ozone layer. They were banned by the Montreal Protocol and are also strong greenhouse gases.",
    seeAlso: ["Montreal Protocol", "ozone hole", "hydrofluorocarbon"],
  },
  {
    term: "refrigerant",
    aliases: ["refrigerants"],
    field: "chemistry-materials",
    definition:
      "The fluid that carries heat in fridges, air conditioners and heat pumps. Many leak and warm the planet strongly.",
    seeAlso: ["hydrofluorocarbon", "heat pump"],
  },
  {
    term: "electrochemistry",
    aliases: ["electrochemical"],
    field: "chemistry-materials",
    definition:
      "The chemistry of reactions that make or use electricity. Batteries, fuel cells and rusting all work this way.",
    seeAlso: ["redox reaction", "electrolysis"],
  },
  {
    term: "rust",
    aliases: ["rusting", "rusted", "iron oxide"],
    field: "chemistry-materials",
    definition:
      "The flaky red-brown coat that forms when iron reacts with oxygen and water. It weakens steel over time.",
    seeAlso: ["corrosion", "oxidation"],
    context: ["iron", "steel", "metal", "oxygen", "water", "corrosion", "bridge", "pipes", "oxide", "chemical"],
  },
  {
    term: "capsaicin",
    field: "chemistry-materials",
    definition:
      "The chemical that makes chilli peppers hot. It triggers heat-sensing nerves and is used in some pain-relief creams.",
    seeAlso: ["toxin"],
  },
  {
    term: "materials science",
    aliases: ["materials scientist", "materials scientists", "materials engineering"],
    field: "chemistry-materials",
    definition:
      "The science of what things are made of: how a material's inner structure sets its strength, feel and uses, and how to design new ones.",
    seeAlso: ["composite material", "metallurgy"],
  },
  {
    term: "metallurgy",
    aliases: ["metallurgist", "metallurgical"],
    field: "chemistry-materials",
    definition:
      "The science and craft of metals: getting them from ore, mixing them into alloys and shaping them.",
    seeAlso: ["alloy", "smelting"],
  },
  {
    term: "ore",
    aliases: ["ores", "iron ore", "metal ore"],
    field: "chemistry-materials",
    definition:
      "Rock that holds enough metal to be worth mining, such as iron ore.",
    seeAlso: ["smelting", "critical mineral"],
    context: ["metal", "metals", "mining", "mine", "mines", "iron", "copper", "mineral", "minerals", "smelting", "deposit", "deposits", "rock", "steel"],
  },
  {
    term: "iron-air battery",
    aliases: ["iron-air batteries"],
    field: "chemistry-materials",
    definition:
      "A cheap battery that stores energy by letting iron rust and un-rust. It is heavy but can hold power for days, which suits the grid.",
    seeAlso: ["grid-scale battery", "rust"],
  },
];
