import type { GlossaryEntry } from './types';

/** Plain-language glossary: ecology, evolution, palaeontology and archaeology. */
export const entries: GlossaryEntry[] = [
  {
    term: "species",
    field: "ecology-evolution",
    definition:
      "A group of living things that are alike and can breed with each other to have young that can also breed. Lions and tigers are separate ones.",
    seeAlso: ["genus", "taxonomy"],
  },
  {
    term: "genus",
    aliases: ["genera"],
    field: "ecology-evolution",
    definition:
      "A group of closely related species. In a scientific name like Homo sapiens, the first word, Homo, names this wider group.",
    seeAlso: ["species", "taxonomy"],
  },
  {
    term: "taxonomy",
    aliases: ["taxonomist"],
    field: "ecology-evolution",
    definition:
      "The science of naming living things and sorting them into groups based on how they are related.",
    seeAlso: ["species", "genus"],
  },
  {
    term: "new species",
    aliases: ["species new to science"],
    field: "ecology-evolution",
    definition:
      "A kind of living thing that scientists have formally described and named for the first time. Often it was known to local people long before.",
    seeAlso: ["taxonomy"],
  },
  {
    term: "biodiversity",
    aliases: ["biological diversity"],
    field: "ecology-evolution",
    definition:
      "The variety of life in a place, from genes to species to whole ecosystems. More variety usually makes nature better at coping with change.",
    seeAlso: ["ecosystem", "species"],
  },
  {
    term: "ecosystem",
    field: "ecology-evolution",
    definition:
      "All the living things in an area, plus their surroundings like soil, water and weather. It also covers the ways they all affect each other.",
    seeAlso: ["food web", "habitat"],
  },
  {
    term: "habitat",
    field: "ecology-evolution",
    definition:
      "The natural home of a plant or animal, where it finds the food, shelter and conditions it needs.",
    seeAlso: ["habitat loss"],
  },
  {
    term: "habitat loss",
    aliases: ["habitat destruction", "habitat fragmentation"],
    field: "ecology-evolution",
    definition:
      "When natural homes for wildlife are destroyed or cut into small pieces, usually by farming, building or logging. It is the biggest threat to most species.",
    seeAlso: ["habitat", "deforestation"],
  },
  {
    term: "invasive species",
    aliases: ["alien species", "invasive plant", "invasive animal"],
    field: "ecology-evolution",
    definition:
      "A plant or animal that people brought to a new area, where it spreads fast and harms local wildlife. Often nothing there eats it.",
    seeAlso: ["native species"],
  },
  {
    term: "native species",
    aliases: ["indigenous species"],
    field: "ecology-evolution",
    definition:
      "A plant or animal that lives naturally in an area. People did not bring it there.",
    seeAlso: ["invasive species", "endemic species"],
  },
  {
    term: "endemic species",
    field: "ecology-evolution",
    definition:
      "A species found naturally in only one place in the world, such as a single island or lake.",
    seeAlso: ["native species"],
  },
  {
    term: "endangered species",
    aliases: ["threatened species", "critically endangered"],
    field: "ecology-evolution",
    definition:
      "A species at high risk of dying out in the wild. Official lists rank how close each one is to disappearing.",
    seeAlso: ["IUCN Red List", "extinction"],
  },
  {
    term: "IUCN Red List",
    aliases: ["Red List", "IUCN"],
    field: "ecology-evolution",
    definition:
      "A world list, run by a nature group, that rates how likely each species is to die out. Ratings run from least concern to extinct.",
    seeAlso: ["endangered species"],
  },
  {
    term: "extinction",
    aliases: ["extinct"],
    field: "ecology-evolution",
    definition:
      "When the last member of a species dies, so the species is gone forever. A species can also be extinct in the wild but survive in zoos.",
    seeAlso: ["mass extinction", "endangered species"],
  },
  {
    term: "mass extinction",
    aliases: ["sixth mass extinction", "extinction event"],
    field: "ecology-evolution",
    definition:
      "A short period, in geological terms, when a huge share of all species dies out. Five have happened, including the one that ended the dinosaurs.",
    seeAlso: ["extinction"],
  },
  {
    term: "conservation",
    aliases: ["conservationist"],
    field: "ecology-evolution",
    definition:
      "Work to protect wild plants, animals and the places they live, so they survive for the future.",
    seeAlso: ["protected area", "rewilding"],
    context: ["wildlife", "species", "habitat", "nature", "animal", "animals", "endangered", "biodiversity", "forest", "marine", "bird", "birds", "park"],
  },
  {
    term: "protected area",
    aliases: ["marine protected area", "nature reserve", "MPA"],
    field: "ecology-evolution",
    definition:
      "Land or sea set aside by law to protect nature, such as a national park or a no-fishing zone. How well it is guarded varies a lot.",
    seeAlso: ["conservation"],
  },
  {
    term: "rewilding",
    field: "ecology-evolution",
    definition:
      "Letting land go back to a wilder state. It often means bringing back missing animals, like beavers or wolves, and letting nature run itself.",
    seeAlso: ["keystone species", "conservation"],
  },
  {
    term: "keystone species",
    field: "ecology-evolution",
    definition:
      "A species that has a much bigger effect on its ecosystem than its numbers suggest. Remove it, and the whole system can change.",
    seeAlso: ["trophic cascade", "ecosystem"],
  },
  {
    term: "trophic cascade",
    field: "ecology-evolution",
    definition:
      "A chain of knock-on effects down a food web when a top predator is added or removed. When wolves eat deer, for example, trees and shrubs can regrow.",
    seeAlso: ["apex predator", "food web"],
  },
  {
    term: "food web",
    aliases: ["food chain"],
    field: "ecology-evolution",
    definition:
      "The network of who eats whom in an ecosystem. It shows how energy passes from plants to plant-eaters to meat-eaters.",
    seeAlso: ["predator", "ecosystem"],
  },
  {
    term: "predator",
    field: "ecology-evolution",
    definition:
      "An animal that hunts and eats other animals, which are its prey.",
    seeAlso: ["apex predator", "food web"],
    context: ["prey", "animal", "animals", "species", "hunt", "hunts", "hunting", "wild", "wildlife", "eat", "eats", "fish", "birds"],
  },
  {
    term: "apex predator",
    aliases: ["top predator"],
    field: "ecology-evolution",
    definition:
      "A hunter at the top of its food web, with no natural enemies once grown. Orcas, lions and great white sharks are examples.",
    seeAlso: ["predator", "trophic cascade"],
  },
  {
    term: "population",
    field: "ecology-evolution",
    definition:
      "In ecology, all the members of one species living in the same area at the same time.",
    context: ["species", "wild", "wildlife", "animal", "animals", "bird", "birds", "fish", "insect", "insects", "breeding", "decline", "declined", "colony", "herd", "plant", "plants"],
  },
  {
    term: "carrying capacity",
    field: "ecology-evolution",
    definition:
      "The largest number of animals or plants of one kind that an area can support over time. It depends on food, water and space.",
    seeAlso: ["population"],
  },
  {
    term: "pollinator",
    field: "ecology-evolution",
    definition:
      "An animal, such as a bee, butterfly, bird or bat, that carries pollen between flowers. This lets plants make seeds and fruit.",
    seeAlso: ["pollination", "insect decline"],
  },
  {
    term: "pollination",
    field: "ecology-evolution",
    definition:
      "The moving of pollen from one flower to another so the plant can make seeds. Wind, water or animals can carry it.",
    seeAlso: ["pollinator"],
  },
  {
    term: "insect decline",
    aliases: ["insect apocalypse", "insect loss"],
    field: "ecology-evolution",
    definition:
      "The drop in the numbers and kinds of insects seen in many places. Likely causes include habitat loss, pesticides, light pollution and climate change.",
    seeAlso: ["pollinator", "pesticide"],
  },
  {
    term: "pesticide",
    aliases: ["insecticide", "herbicide", "weedkiller"],
    field: "ecology-evolution",
    definition:
      "A chemical used to kill pests, such as insects, weeds or fungi, that harm crops. Some also harm bees, birds and water life.",
    seeAlso: ["neonicotinoid"],
  },
  {
    term: "neonicotinoid",
    aliases: ["neonic"],
    field: "ecology-evolution",
    definition:
      "A common type of insect-killing chemical used on crops. Research links it to harm in bees, and the EU has banned most outdoor uses.",
    seeAlso: ["pesticide", "pollinator"],
  },
  {
    term: "natural selection",
    field: "ecology-evolution",
    definition:
      "How living things with traits that help them survive and breed pass those traits on more often. Over many generations, the helpful traits spread.",
    seeAlso: ["evolution", "adaptation"],
  },
  {
    term: "evolution",
    aliases: ["evolve", "evolutionary"],
    field: "ecology-evolution",
    definition:
      "The slow change in living things over many generations, as inherited traits are passed on. All life on Earth is related through it.",
    seeAlso: ["natural selection", "common ancestor"],
    context: ["species", "animal", "animals", "ancestor", "ancestors", "fossil", "fossils", "Darwin", "generations", "natural selection", "evolved", "lineage", "human", "humans", "dinosaur", "dinosaurs", "plants"],
  },
  {
    term: "adaptation",
    field: "ecology-evolution",
    definition:
      "A trait that helps a living thing survive where it lives, like thick fur in the cold. Natural selection builds it up over many generations.",
    seeAlso: ["natural selection"],
    context: ["evolution", "evolved", "evolutionary", "species", "natural selection", "animal", "animals", "trait", "traits", "survive", "environment"],
  },
  {
    term: "speciation",
    field: "ecology-evolution",
    definition:
      "How one species splits into two or more over time. It often starts when groups get cut off from each other and change in different ways.",
    seeAlso: ["species", "evolution"],
  },
  {
    term: "convergent evolution",
    field: "ecology-evolution",
    definition:
      "When unrelated living things end up with similar features because they face similar problems. Birds, bats and insects all grew wings this way.",
    seeAlso: ["evolution"],
  },
  {
    term: "common ancestor",
    aliases: ["last common ancestor"],
    field: "ecology-evolution",
    definition:
      "An earlier species from which two or more later species are both descended. Humans and chimpanzees share one that lived about 6 to 7 million years ago.",
    seeAlso: ["evolution", "evolutionary tree"],
  },
  {
    term: "evolutionary tree",
    aliases: ["phylogenetic tree", "tree of life", "phylogeny"],
    field: "ecology-evolution",
    definition:
      "A branching diagram that shows how species are related and when their lines split apart. It works much like a family tree.",
    seeAlso: ["common ancestor", "taxonomy"],
  },
  {
    term: "fossil",
    field: "ecology-evolution",
    definition:
      "The remains or traces of a living thing from long ago, such as bones, shells, leaves or footprints. Most have slowly turned to stone.",
    seeAlso: ["fossil record", "palaeontology"],
  },
  {
    term: "fossil record",
    field: "ecology-evolution",
    definition:
      "All the fossils found so far, taken together as a history of life. It has big gaps, because only a tiny share of living things ever fossilise.",
    seeAlso: ["fossil"],
  },
  {
    term: "palaeontology",
    aliases: ["paleontology", "palaeontologist", "paleontologist"],
    field: "ecology-evolution",
    definition:
      "The study of ancient life through fossils, from dinosaurs to early plants and microbes.",
    seeAlso: ["fossil"],
  },
  {
    term: "dinosaur",
    field: "ecology-evolution",
    definition:
      "A group of land reptiles that ruled Earth for about 165 million years. Most died out 66 million years ago, but birds are their living descendants.",
    seeAlso: ["mass extinction", "fossil"],
  },
  {
    term: "hominin",
    field: "ecology-evolution",
    definition:
      "Any member of the human family tree after our line split from chimps. That means us and extinct kinds like Neanderthals and Homo erectus.",
    seeAlso: ["Neanderthal", "Homo sapiens"],
  },
  {
    term: "Homo sapiens",
    aliases: ["modern humans", "anatomically modern humans"],
    field: "ecology-evolution",
    definition:
      "The scientific name for our own species. It appeared in Africa about 300,000 years ago and later spread across the world.",
    seeAlso: ["hominin", "Neanderthal"],
  },
  {
    term: "Neanderthal",
    aliases: ["Neandertal", "Homo neanderthalensis"],
    field: "ecology-evolution",
    definition:
      "A close human relative that lived in Europe and Asia until about 40,000 years ago. They made tools, used fire, and had children with our ancestors.",
    seeAlso: ["hominin", "Denisovan"],
  },
  {
    term: "Denisovan",
    field: "ecology-evolution",
    definition:
      "An extinct human group first known from a finger bone in a Siberian cave. Traces of their genes survive in some people today, especially in Asia and Oceania.",
    seeAlso: ["Neanderthal", "hominin"],
  },
  {
    term: "hunter-gatherer",
    aliases: ["forager"],
    field: "ecology-evolution",
    definition:
      "A person who lives by hunting animals, fishing and gathering wild plants rather than farming. All humans lived this way until about 12,000 years ago.",
    seeAlso: ["domestication"],
  },
  {
    term: "domestication",
    aliases: ["domesticated"],
    field: "ecology-evolution",
    definition:
      "The slow process by which people tamed and bred wild plants and animals into forms that suit human use. Wheat, dogs and cattle are examples.",
    seeAlso: ["hunter-gatherer"],
  },
  {
    term: "archaeology",
    aliases: ["archeology", "archaeologist", "archeologist"],
    field: "ecology-evolution",
    definition:
      "The study of the human past through the things people left behind, such as tools, buildings, graves and rubbish.",
    seeAlso: ["excavation", "artefact"],
  },
  {
    term: "excavation",
    aliases: ["archaeological dig"],
    field: "ecology-evolution",
    definition:
      "Digging a site slowly, layer by layer, to uncover buried remains. Diggers record exactly where each find was made.",
    seeAlso: ["archaeology"],
  },
  {
    term: "artefact",
    aliases: ["artifact"],
    field: "ecology-evolution",
    definition:
      "An object made or shaped by people, such as a tool, pot or ornament. The word is used most for things that archaeologists study.",
    seeAlso: ["archaeology"],
    context: ["archaeology", "archaeological", "archaeologists", "archaeologist", "ancient", "excavation", "excavated", "site", "tool", "tools", "Stone Age", "museum", "years old", "dating"],
  },
  {
    term: "stone tool",
    aliases: ["Stone Age"],
    field: "ecology-evolution",
    definition:
      "A tool made by chipping or grinding stone, used by humans and earlier relatives for over 3 million years. The long era before metal tools is called the Stone Age.",
    seeAlso: ["archaeology", "hominin"],
  },
  {
    term: "rock art",
    aliases: ["cave art", "cave painting"],
    field: "ecology-evolution",
    definition:
      "Pictures and marks that ancient people painted or carved on cave walls and rocks. Some are over 40,000 years old.",
    seeAlso: ["archaeology"],
  },
  {
    term: "coral reef",
    field: "ecology-evolution",
    definition:
      "An underwater ridge built over hundreds of years by tiny animals called corals. Reefs cover little of the sea floor but are home to about a quarter of all sea life.",
    seeAlso: ["coral bleaching"],
  },
  {
    term: "coral bleaching",
    field: "ecology-evolution",
    definition:
      "When corals under stress, mostly from too-warm water, throw out the tiny algae living in them and turn white. If the heat lasts, the corals can starve and die.",
    seeAlso: ["coral reef", "marine heatwave", "symbiosis"],
  },
  {
    term: "symbiosis",
    aliases: ["symbiotic relationship"],
    field: "ecology-evolution",
    definition:
      "A close, long-term relationship between two different species. Often both gain, like flowers and bees, but sometimes only one does.",
  },
  {
    term: "mycorrhizal network",
    aliases: ["mycorrhiza", "mycorrhizae", "mycorrhizal fungi", "wood wide web"],
    field: "ecology-evolution",
    definition:
      "Threads of fungi that join with plant roots underground. The fungi help plants take up water and minerals and get sugars in return.",
    seeAlso: ["symbiosis"],
  },
  {
    term: "plankton",
    aliases: ["phytoplankton", "zooplankton"],
    field: "ecology-evolution",
    definition:
      "Tiny living things that drift in water, some plant-like and some animal-like. The plant-like ones make much of the world's oxygen and feed everything from krill to whales.",
    seeAlso: ["food web", "algal bloom"],
  },
  {
    term: "algal bloom",
    aliases: ["harmful algal bloom", "red tide"],
    field: "ecology-evolution",
    definition:
      "A fast build-up of algae in water, often fed by farm fertiliser. Some make poisons; when they die and rot they use up oxygen and kill fish.",
    seeAlso: ["dead zone"],
  },
  {
    term: "dead zone",
    aliases: ["hypoxic zone"],
    field: "ecology-evolution",
    definition:
      "An area of sea or lake with so little oxygen that most sea life cannot survive. It is often caused by dead algae rotting.",
    seeAlso: ["algal bloom"],
    context: ["ocean", "sea", "water", "oxygen", "fish", "lake", "gulf", "algae", "marine", "Baltic"],
  },
  {
    term: "wetland",
    aliases: ["marsh", "peatland", "peat bog", "swamp"],
    field: "ecology-evolution",
    definition:
      "Land that is soaked or covered by shallow water for much of the year. Such places clean water, hold back floods and store a lot of carbon.",
    seeAlso: ["carbon sink"],
  },
  {
    term: "mangrove",
    field: "ecology-evolution",
    definition:
      "A tree that grows in salty water along tropical coasts. Forests of these trees protect shores from storms and shelter young fish.",
  },
  {
    term: "seagrass",
    aliases: ["seagrass meadow"],
    field: "ecology-evolution",
    definition:
      "Flowering plants that grow underwater in shallow seas. They form meadows that feed sea life and lock away carbon.",
  },
  {
    term: "kelp forest",
    aliases: ["kelp"],
    field: "ecology-evolution",
    definition:
      "An underwater forest of large brown seaweed in cool coastal seas. It shelters fish, otters and many other animals.",
  },
  {
    term: "invertebrate",
    field: "ecology-evolution",
    definition:
      "An animal without a backbone, such as an insect, spider, worm, snail or jellyfish. Most animal species lack a backbone.",
    seeAlso: ["vertebrate"],
  },
  {
    term: "vertebrate",
    field: "ecology-evolution",
    definition:
      "An animal with a backbone: fish, amphibians, reptiles, birds and mammals.",
    seeAlso: ["invertebrate"],
  },
  {
    term: "migration",
    aliases: ["migratory"],
    field: "ecology-evolution",
    definition:
      "The regular journey of animals from one region to another, often with the seasons. They move to find food, warmth or places to breed.",
    context: ["bird", "birds", "animal", "animals", "species", "whale", "whales", "fish", "salmon", "butterfly", "butterflies", "herd", "herds", "seasonal", "wildlife", "songbird", "songbirds", "flock", "caribou", "wildebeest"],
  },
  {
    term: "camera trap",
    field: "ecology-evolution",
    definition:
      "A camera left in the wild that takes a picture when an animal moves past. It lets scientists see shy animals without disturbing them.",
    seeAlso: ["field survey"],
  },
  {
    term: "field survey",
    aliases: ["wildlife survey", "biodiversity survey", "fieldwork"],
    field: "ecology-evolution",
    definition:
      "Going out into nature to count or record plants and animals in a set way. This lets results be compared across places or years.",
    seeAlso: ["camera trap", "environmental DNA"],
  },
  {
    term: "environmental DNA",
    aliases: ["eDNA"],
    field: "ecology-evolution",
    definition:
      "Traces of genetic material that animals and plants shed into water, soil or air. Testing a sample shows which species have been nearby without seeing them.",
    seeAlso: ["field survey"],
  },
  {
    term: "citizen science",
    aliases: ["citizen scientist", "community science"],
    field: "ecology-evolution",
    definition:
      "Research where members of the public help collect or sort data. They might count birds in their garden or spot galaxies in photos.",
    seeAlso: ["field survey"],
  },
  {
    term: "biomass",
    field: "ecology-evolution",
    definition:
      "The total weight of living things in an area or group. The word also means plant and animal material burned for energy.",
  },
  {
    term: "photosynthesis",
    field: "ecology-evolution",
    definition:
      "How plants, algae and some bacteria use sunlight to turn water and carbon dioxide into sugar. Oxygen is given off as a by-product.",
    seeAlso: ["carbon dioxide", "plankton"],
  },
  {
    term: "overfishing",
    aliases: ["overfished"],
    field: "ecology-evolution",
    definition:
      "Catching fish faster than they can breed to replace themselves, so their numbers shrink and can collapse.",
    seeAlso: ["bycatch"],
  },
  {
    term: "bycatch",
    field: "ecology-evolution",
    definition:
      "Sea animals caught by accident when fishing for something else. Dolphins, turtles and seabirds tangled in nets are examples.",
    seeAlso: ["overfishing"],
  },
  {
    term: "poaching",
    aliases: ["poacher"],
    field: "ecology-evolution",
    definition:
      "Hunting or catching wild animals against the law. Often it is done to sell parts like ivory or rhino horn.",
    seeAlso: ["wildlife trade"],
    context: ["wildlife", "animal", "animals", "elephant", "elephants", "rhino", "rhinos", "ivory", "illegal", "species", "tiger", "tigers", "pangolin", "pangolins"],
  },
  {
    term: "wildlife trade",
    aliases: ["illegal wildlife trade", "CITES"],
    field: "ecology-evolution",
    definition:
      "Buying and selling wild animals and plants, alive or as parts. Much of it is legal, but illegal trade pushes many species toward extinction.",
    seeAlso: ["poaching", "endangered species"],
  },
  {
    term: "amphibian",
    field: "ecology-evolution",
    definition:
      "An animal such as a frog, toad, newt or salamander. Most start life in water and later live on land, and many kinds are in fast decline.",
    seeAlso: ["vertebrate"],
  },
  {
    term: "marsupial",
    field: "ecology-evolution",
    definition:
      "A mammal whose young are born tiny and grow in a pouch, such as kangaroos, koalas and opossums.",
    seeAlso: ["vertebrate"],
  },
  {
    term: "primate",
    aliases: ["non-human primate", "nonhuman primate"],
    field: "ecology-evolution",
    definition:
      "The group of mammals that includes monkeys, apes and humans, with grasping hands and large brains.",
    seeAlso: ["animal model"],
  },
  {
    term: "cephalopod",
    field: "ecology-evolution",
    definition:
      "A sea animal such as an octopus, squid or cuttlefish, with arms around its head. They are known for being clever.",
    seeAlso: ["invertebrate"],
  },
  {
    term: "crustacean",
    field: "ecology-evolution",
    definition:
      "An animal with a hard outer shell and jointed legs, such as crabs, shrimp and lobsters.",
    seeAlso: ["invertebrate"],
  },
  {
    term: "biome",
    field: "ecology-evolution",
    definition:
      "A large area of the world with its own climate, plants and animals. Deserts, tundra and rainforests are examples.",
    seeAlso: ["ecosystem", "habitat"],
  },
  {
    term: "ecological niche",
    field: "ecology-evolution",
    definition:
      "The role a species plays where it lives: what it eats, where it lives and how it fits in with others.",
    seeAlso: ["ecosystem", "species"],
  },
  {
    term: "biological control",
    aliases: ["biocontrol", "biological pest control"],
    field: "ecology-evolution",
    definition:
      "Using a pest's natural enemies, such as insects or germs, to keep it in check. It is used instead of chemicals.",
    seeAlso: ["invasive species", "pesticide"],
  },
  {
    term: "genetic diversity",
    field: "ecology-evolution",
    definition:
      "The range of gene differences within a species. More of it helps a species adapt to disease and change.",
    seeAlso: ["inbreeding", "population bottleneck"],
  },
  {
    term: "inbreeding",
    aliases: ["inbred", "inbreeding depression"],
    field: "ecology-evolution",
    definition:
      "Mating between close relatives. Over many generations it can bring out harmful gene faults and weaken a group.",
    seeAlso: ["genetic diversity"],
  },
  {
    term: "population bottleneck",
    aliases: ["genetic bottleneck"],
    field: "ecology-evolution",
    definition:
      "A sharp drop in the size of a population. The few survivors carry fewer gene variants, and so do their offspring.",
    seeAlso: ["genetic diversity", "genetic drift"],
  },
  {
    term: "genetic drift",
    field: "ecology-evolution",
    definition:
      "Random changes in how common gene variants are from one generation to the next. It matters most in small populations.",
    seeAlso: ["natural selection", "population bottleneck"],
  },
  {
    term: "sexual selection",
    field: "ecology-evolution",
    definition:
      "Evolution driven by the contest for mates. It can produce traits like a peacock's tail or a stag's antlers.",
    seeAlso: ["natural selection"],
  },
  {
    term: "cold-blooded",
    aliases: ["ectotherm", "ectothermic", "ectotherms"],
    field: "ecology-evolution",
    definition:
      "Describes animals, such as snakes and fish, whose body heat goes up and down with the heat around them.",
    seeAlso: ["vertebrate"],
  },
  {
    term: "bioacoustics",
    aliases: ["acoustic monitoring", "passive acoustic monitoring"],
    field: "ecology-evolution",
    definition:
      "The study of animal sounds. Recorders left in the wild can track whales, birds, bats and more.",
    seeAlso: ["field survey"],
  },
  {
    term: "hybridisation",
    aliases: ["hybridization", "interbreeding", "interbred", "hybrid species"],
    field: "ecology-evolution",
    definition:
      "When two different species or groups mate and have young. Early modern humans did this with Neanderthals.",
    seeAlso: ["Neanderthal", "speciation"],
  },
  {
    term: "planarian",
    aliases: ["planaria"],
    field: "ecology-evolution",
    definition:
      "A small flatworm famous for regrowing: cut one into pieces and each piece can grow into a whole new worm.",
    seeAlso: ["regeneration"],
  },
  {
    term: "slime mould",
    aliases: ["slime mold"],
    field: "ecology-evolution",
    definition:
      "A simple living thing, neither plant, animal nor true fungus. Its cells can join into a blob that creeps around to find food.",
  },
  {
    term: "guano",
    field: "ecology-evolution",
    definition:
      "The droppings of seabirds or bats. It is rich in nutrients and has long been used as a fertiliser.",
  },
  {
    term: "acropolis",
    field: "ecology-evolution",
    definition:
      "A walled hilltop at the heart of an ancient Greek city, where temples and important buildings stood. The most famous one is in Athens.",
    seeAlso: ["archaeology"],
  },
  {
    term: "mould",
    field: "ecology-evolution",
    definition:
      "A kind of fungus that grows as a fuzzy layer on damp walls, food and plants. Its tiny spores float in the air and can trigger asthma.",
    seeAlso: ["fungus"],
  },
];
