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
    aliases: ["solid electrolyte"],
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
    aliases: ["e-fuel", "synfuel", "sustainable aviation fuel", "SAF"],
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
];
