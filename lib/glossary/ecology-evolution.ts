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
  {
    term: 'mosquito',
    aliases: ['mosquitoes', 'mosquitos'],
    field: 'ecology-evolution',
    definition:
      'A small biting fly. Only females bite, to get blood for their eggs, and some kinds spread malaria, dengue and other diseases.',
    seeAlso: ['Anopheles', 'Aedes aegypti', 'vector-borne disease'],
  },
  {
    term: 'Anopheles',
    aliases: ['Anopheles mosquito', 'Anopheles mosquitoes', 'Anopheles gambiae', 'Anopheles arabiensis', 'Anopheles stephensi', 'malaria mosquito', 'malaria mosquitoes', 'malaria-transmitting mosquitoes'],
    field: 'ecology-evolution',
    definition:
      'The group of mosquitoes that spread malaria. Only some of its species carry the parasite, and they mostly bite at night.',
    seeAlso: ['mosquito', 'vector-borne disease'],
  },
  {
    term: 'Aedes aegypti',
    aliases: ['Aedes', 'Aedes mosquito', 'Aedes mosquitoes', 'Aedes albopictus', 'tiger mosquito', 'Asian tiger mosquito', 'yellow fever mosquito'],
    field: 'ecology-evolution',
    definition:
      'Mosquitoes that bite by day and spread dengue, Zika, chikungunya and yellow fever. Warmer weather is helping them spread to new places.',
    seeAlso: ['mosquito', 'vector-borne disease'],
  },
  {
    term: 'host-seeking',
    aliases: ['host seeking', 'host-seeking behaviour', 'host-seeking behavior'],
    field: 'ecology-evolution',
    definition:
      'A mosquito or tick on the hunt for a person or animal to bite. It finds them by smell, heat and breath.',
    seeAlso: ['mosquito', 'host'],
  },
  {
    term: 'host',
    aliases: ['host species', 'host animal', 'host animals', 'hosts'],
    field: 'ecology-evolution',
    definition:
      'A living thing that another one lives on or in. A parasite or virus uses its host to feed and breed.',
    seeAlso: ['parasite', 'zoonotic'],
    context: ['parasite', 'parasites', 'virus', 'viruses', 'infection', 'infect', 'species', 'animal', 'animals', 'mosquito', 'bacteria', 'pathogen', 'fungus', 'tick', 'ticks'],
  },
  {
    term: 'insecticide resistance',
    aliases: ['pesticide resistance', 'resistant to insecticides', 'resistant to pesticides', 'insecticide-resistant', 'pesticide-resistant', 'herbicide resistance'],
    field: 'ecology-evolution',
    definition:
      'When pests evolve so a poison no longer kills them well. Using the same spray again and again picks out the survivors.',
    seeAlso: ['pesticide', 'natural selection'],
  },
  {
    term: 'repellent',
    aliases: ['insect repellents', 'mosquito repellent', 'repellents', 'DEET'],
    field: 'ecology-evolution',
    definition:
      'A spray or cream that keeps insects such as mosquitoes away. Most work on their sense of smell and do not kill them.',
    seeAlso: ['mosquito', 'insecticide resistance'],
    context: ['mosquito', 'mosquitoes', 'insect', 'insects', 'ticks', 'bites', 'malaria', 'spray', 'skin', 'smell'],
  },
  {
    term: 'ecology',
    aliases: ['ecological', 'ecologist', 'ecologists', 'ecologically'],
    field: 'ecology-evolution',
    definition:
      'The science of how living things get on with each other and with the world around them. It covers one pond or the whole planet.',
    seeAlso: ['ecosystem', 'biodiversity'],
  },
  {
    term: 'zoologist',
    aliases: ['zoologists', 'zoology'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies animals: their bodies, how they act, how they evolved and where they live.',
    seeAlso: ['ecology'],
  },
  {
    term: 'botanist',
    aliases: ['botanists', 'botany', 'plant scientist', 'plant scientists'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies plants.',
    seeAlso: ['ecology'],
  },
  {
    term: 'entomologist',
    aliases: ['entomologists', 'entomology'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies insects.',
    seeAlso: ['invertebrate'],
  },
  {
    term: 'ornithologist',
    aliases: ['ornithologists', 'ornithology'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies birds.',
    seeAlso: ['ecology'],
  },
  {
    term: 'marine biologist',
    aliases: ['marine biologists', 'marine biology'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies life in the sea, from plankton to whales.',
    seeAlso: ['ecology'],
  },
  {
    term: 'evolutionary biologist',
    aliases: ['evolutionary biologists', 'evolutionary biology'],
    field: 'ecology-evolution',
    definition:
      'A scientist who studies how living things change over many generations. They also ask how new species arise.',
    seeAlso: ['evolution', 'natural selection'],
  },
  {
    term: 'mammal',
    aliases: ['mammals', 'mammalian'],
    field: 'ecology-evolution',
    definition:
      'An animal with fur or hair that feeds its young on milk, such as mice, whales, bats and humans.',
    seeAlso: ['vertebrate', 'marsupial'],
  },
  {
    term: 'reptile',
    aliases: ['reptiles', 'reptilian'],
    field: 'ecology-evolution',
    definition:
      'A cold-blooded animal with scaly skin, such as a snake, lizard, turtle or crocodile. Most lay eggs on land.',
    seeAlso: ['vertebrate', 'cold-blooded'],
  },
  {
    term: 'arthropod',
    aliases: ['arthropods'],
    field: 'ecology-evolution',
    definition:
      'An animal with a hard outer shell and jointed legs. Insects, spiders, crabs and centipedes are all arthropods.',
    seeAlso: ['invertebrate', 'crustacean'],
  },
  {
    term: 'rodent',
    aliases: ['rodents', 'rodent species'],
    field: 'ecology-evolution',
    definition:
      'A mammal with front teeth that keep growing, such as a mouse, rat, squirrel or beaver. Rodents are the most common lab animals.',
    seeAlso: ['mammal', 'mouse model'],
  },
  {
    term: 'mollusc',
    aliases: ['molluscs', 'mollusk', 'mollusks'],
    field: 'ecology-evolution',
    definition:
      'A soft-bodied animal, often with a shell. Snails, slugs, clams, mussels and octopuses are all molluscs.',
    seeAlso: ['invertebrate', 'cephalopod'],
  },
  {
    term: 'lichen',
    aliases: ['lichens'],
    field: 'ecology-evolution',
    definition:
      'A crusty or leafy growth on rocks and trees made of a fungus and an alga living together as one. Many die in dirty air.',
    seeAlso: ['symbiosis'],
  },
  {
    term: 'algae',
    aliases: ['alga', 'algal', 'seaweed', 'seaweeds', 'microalgae'],
    field: 'ecology-evolution',
    definition:
      'Simple plant-like living things that make food from sunlight, from single cells in ponds to giant seaweeds.',
    seeAlso: ['photosynthesis', 'algal bloom', 'plankton'],
  },
  {
    term: 'archaea',
    aliases: ['archaeon', 'archaeal'],
    field: 'ecology-evolution',
    definition:
      'Single-celled microbes that look like bacteria but are a separate branch of life. Many live in extreme places like hot springs.',
    seeAlso: ['bacterium', 'eukaryote'],
  },
  {
    term: 'krill',
    field: 'ecology-evolution',
    definition:
      'Small, shrimp-like animals that swarm in huge numbers in cold seas. Whales, seals and penguins depend on them for food.',
    seeAlso: ['plankton', 'food web'],
  },
  {
    term: 'tardigrade',
    aliases: ['tardigrades', 'water bear', 'water bears'],
    field: 'ecology-evolution',
    definition:
      'A tiny animal with eight legs, less than 1 mm long. It can survive drying out, freezing and even the vacuum of space.',
    seeAlso: ['invertebrate'],
  },
  {
    term: 'axolotl',
    aliases: ['axolotls'],
    field: 'ecology-evolution',
    definition:
      'A salamander from Mexico that keeps its young form all its life. It can regrow lost legs, and even parts of its heart and brain.',
    seeAlso: ['regeneration', 'amphibian'],
  },
  {
    term: 'naked mole-rat',
    aliases: ['naked mole-rats', 'naked mole rat', 'naked mole rats'],
    field: 'ecology-evolution',
    definition:
      'A nearly hairless rodent from Africa that lives in groups underground. It can live over 30 years and almost never gets cancer.',
    seeAlso: ['rodent', 'eusocial'],
  },
  {
    term: 'cetacean',
    aliases: ['cetaceans'],
    field: 'ecology-evolution',
    definition:
      'A whale, dolphin or porpoise: sea mammals that breathe air through a blowhole.',
    seeAlso: ['mammal', 'bioacoustics'],
  },
  {
    term: 'coevolution',
    aliases: ['co-evolution', 'coevolved', 'co-evolved', 'arms race', 'evolutionary arms race'],
    field: 'ecology-evolution',
    definition:
      'When two species shape each other\'s evolution. A flower and its pollinator do this, and so do a host and its parasite.',
    seeAlso: ['evolution', 'natural selection'],
  },
  {
    term: 'mutualism',
    aliases: ['mutualistic', 'mutualist'],
    field: 'ecology-evolution',
    definition:
      'A partnership between two species where both gain. Bees get food from flowers, and the flowers get pollen carried for them.',
    seeAlso: ['symbiosis', 'coevolution'],
  },
  {
    term: 'parasitism',
    aliases: ['parasitised', 'parasitized', 'parasitoid', 'parasitoids'],
    field: 'ecology-evolution',
    definition:
      'A way of life where one living thing lives on or in another and gains at its cost.',
    seeAlso: ['parasite', 'host'],
  },
  {
    term: 'predation',
    aliases: ['preyed on', 'preyed upon', 'prey on', 'predatory behaviour'],
    field: 'ecology-evolution',
    definition:
      'One animal hunting, killing and eating another. It keeps prey numbers in check and shapes how prey evolve.',
    seeAlso: ['predator', 'food web'],
  },
  {
    term: 'prey',
    aliases: ['prey species', 'prey animals'],
    field: 'ecology-evolution',
    definition:
      'An animal that is hunted and eaten by another.',
    seeAlso: ['predator', 'predation'],
    context: ['predator', 'predators', 'hunt', 'hunting', 'eat', 'eaten', 'animals', 'species', 'catch', 'food', 'birds'],
  },
  {
    term: 'herbivore',
    aliases: ['herbivores', 'herbivorous', 'grazer', 'grazers'],
    field: 'ecology-evolution',
    definition:
      'An animal that eats only or mostly plants.',
    seeAlso: ['carnivore', 'food web'],
  },
  {
    term: 'carnivore',
    aliases: ['carnivores', 'carnivorous'],
    field: 'ecology-evolution',
    definition:
      'An animal that eats mostly other animals. A few plants, like the Venus flytrap, are called carnivorous too.',
    seeAlso: ['herbivore', 'predator'],
  },
  {
    term: 'omnivore',
    aliases: ['omnivores', 'omnivorous'],
    field: 'ecology-evolution',
    definition:
      'An animal that eats both plants and animals, as humans, bears and pigs do.',
    seeAlso: ['herbivore', 'carnivore'],
  },
  {
    term: 'scavenger',
    aliases: ['scavengers', 'scavenging', 'carrion'],
    field: 'ecology-evolution',
    definition:
      'An animal that eats dead animals it did not kill, such as a vulture or hyena. Scavengers clean up and recycle.',
    seeAlso: ['decomposer', 'food web'],
  },
  {
    term: 'decomposer',
    aliases: ['decomposers', 'decomposition', 'decompose', 'decomposing'],
    field: 'ecology-evolution',
    definition:
      'A living thing, such as a fungus, germ or worm, that breaks down dead plants and animals. It returns their goodness to the soil.',
    seeAlso: ['nutrient cycle', 'fungus'],
    context: ['dead', 'soil', 'leaves', 'plants', 'fungi', 'bacteria', 'nutrients', 'organic', 'wood', 'bodies', 'carcass', 'carcasses'],
  },
  {
    term: 'nutrient cycle',
    aliases: ['nutrient cycling', 'phosphorus cycle', 'nutrient cycles'],
    field: 'ecology-evolution',
    definition:
      'The way nutrients like nitrogen move between soil, water, air and living things, and then back again.',
    seeAlso: ['decomposer', 'ecosystem'],
  },
  {
    term: 'primary producer',
    aliases: ['primary producers', 'primary production'],
    field: 'ecology-evolution',
    definition:
      'A living thing, such as a plant or alga, that makes its own food from sunlight. All other life in a food web depends on them.',
    seeAlso: ['photosynthesis', 'food web'],
  },
  {
    term: 'ecological succession',
    aliases: ['succession'],
    field: 'ecology-evolution',
    definition:
      'The slow change in which plants and animals live in a place after it is cleared, for example by fire. First come weeds; later, a forest.',
    seeAlso: ['ecosystem', 'rewilding'],
    context: ['ecological', 'forest', 'plants', 'species', 'fire', 'ecosystem', 'habitat', 'colonise', 'pioneer', 'vegetation'],
  },
  {
    term: 'ecosystem services',
    aliases: ['ecosystem service', 'nature\'s services', 'natural capital', 'nature\'s contributions to people'],
    field: 'ecology-evolution',
    definition:
      'What nature gives people for free: clean water, food crops pollinated by insects, flood control and good soil.',
    seeAlso: ['ecosystem', 'pollination'],
  },
  {
    term: 'biodiversity hotspot',
    aliases: ['biodiversity hotspots', 'hotspot of biodiversity'],
    field: 'ecology-evolution',
    definition:
      'A region with many species found nowhere else, which has lost much of its wild land. It is a top place to protect.',
    seeAlso: ['biodiversity', 'endemic species'],
  },
  {
    term: '30 by 30',
    aliases: ['30x30', '30 x 30', '30 by 30 target', '30x30 target'],
    field: 'ecology-evolution',
    definition:
      'A global goal, agreed by about 190 countries in 2022: protect 30% of the world\'s land and sea by 2030.',
    seeAlso: ['protected area', 'biodiversity'],
  },
  {
    term: 'wildlife corridor',
    aliases: ['wildlife corridors', 'habitat corridor', 'ecological corridor', 'green corridor', 'wildlife crossing', 'wildlife bridge'],
    field: 'ecology-evolution',
    definition:
      'A strip of wild land that links two wild areas, such as a hedge, a river bank or a bridge over a road. Animals use it to move between them.',
    seeAlso: ['habitat loss', 'protected area'],
  },
  {
    term: 'edge effect',
    aliases: ['edge effects'],
    field: 'ecology-evolution',
    definition:
      'The changes, such as more light, wind, heat and predators, at the border of a habitat. They harm species that need deep forest.',
    seeAlso: ['habitat loss'],
    context: ['forest', 'habitat', 'fragments', 'species', 'edge', 'edges', 'ecological', 'trees'],
  },
  {
    term: 'reforestation',
    aliases: ['afforestation', 'tree planting', 'reforested', 'forest restoration'],
    field: 'ecology-evolution',
    definition:
      'Growing trees on land that lost its forest (reforestation) or on land that had none (afforestation). It can store carbon and bring back wildlife.',
    seeAlso: ['rewilding', 'carbon sink'],
  },
  {
    term: 'light pollution',
    aliases: ['artificial light at night', 'ALAN', 'skyglow', 'sky glow'],
    field: 'ecology-evolution',
    definition:
      'Too much artificial light at night. It confuses animals such as birds, insects and turtles, and can disturb human sleep.',
    seeAlso: ['circadian rhythm', 'insect decline'],
  },
  {
    term: 'noise pollution',
    aliases: ['man-made noise', 'anthropogenic noise', 'ocean noise', 'underwater noise'],
    field: 'ecology-evolution',
    definition:
      'Loud or constant man-made sound, such as from traffic or ships. It stresses people and animals and drowns out animal calls.',
    seeAlso: ['bioacoustics'],
  },
  {
    term: 'One Health',
    aliases: ['One Health approach'],
    field: 'ecology-evolution',
    definition:
      'A way of working that treats the health of people, animals and nature as linked. Most new diseases jump from animals to people.',
    seeAlso: ['zoonotic'],
  },
  {
    term: 'honeybee',
    aliases: ['honeybees', 'honey bee', 'honey bees', 'Apis mellifera', 'beehive', 'beehives', 'bee colony', 'bee colonies'],
    field: 'ecology-evolution',
    definition:
      'A bee kept in hives for honey, living in colonies of thousands with one queen. It pollinates many crops but is only one of about 20,000 bee species.',
    seeAlso: ['pollinator', 'wild bee', 'varroa mite'],
  },
  {
    term: 'wild bee',
    aliases: ['wild bees', 'bumblebee', 'bumblebees', 'bumble bee', 'bumble bees', 'solitary bee', 'solitary bees', 'native bees'],
    field: 'ecology-evolution',
    definition:
      'Bees other than honeybees, such as bumblebees and solitary bees. They do much of the world\'s pollination and many are in decline.',
    seeAlso: ['honeybee', 'pollinator', 'insect decline'],
  },
  {
    term: 'colony collapse disorder',
    aliases: ['CCD', 'colony collapse', 'colony losses'],
    field: 'ecology-evolution',
    definition:
      'When most worker bees suddenly vanish from a hive, leaving the queen behind. Mites, viruses, pesticides and poor food are all blamed.',
    seeAlso: ['honeybee', 'varroa mite', 'neonicotinoid'],
  },
  {
    term: 'varroa mite',
    aliases: ['varroa', 'varroa mites', 'Varroa destructor'],
    field: 'ecology-evolution',
    definition:
      'A tiny mite that feeds on honeybees and spreads viruses among them. It is a leading cause of hive losses.',
    seeAlso: ['honeybee', 'colony collapse disorder'],
  },
  {
    term: 'eusocial',
    aliases: ['eusociality', 'social insect', 'social insects'],
    field: 'ecology-evolution',
    definition:
      'Living in groups where only a few members breed and the rest work for the group. Ants, termites and many bees live this way.',
    seeAlso: ['honeybee', 'naked mole-rat'],
  },
  {
    term: 'animal behaviour',
    aliases: ['animal behavior', 'ethology', 'ethologist', 'behavioural ecology', 'behavioral ecology'],
    field: 'ecology-evolution',
    definition:
      'The study of what animals do and why, such as how they find food, choose mates, talk to each other and learn.',
    seeAlso: ['animal cognition'],
  },
  {
    term: 'animal cognition',
    aliases: ['animal intelligence', 'mirror test', 'tool use', 'tool-using'],
    field: 'ecology-evolution',
    definition:
      'How animals think, learn, remember and solve problems. Tests like the mirror test try to see if an animal knows itself.',
    seeAlso: ['animal behaviour', 'primate'],
  },
  {
    term: 'birdsong',
    aliases: ['bird song', 'birdsongs', 'songbird', 'songbirds'],
    field: 'ecology-evolution',
    definition:
      'The tuneful calls birds use to claim land and attract mates. Young songbirds learn songs much as children learn to speak.',
    seeAlso: ['bioacoustics', 'animal behaviour'],
  },
  {
    term: 'echolocation',
    aliases: ['echolocate', 'echolocating', 'biosonar'],
    field: 'ecology-evolution',
    definition:
      'Finding things by making sounds and listening for the echoes. Bats and dolphins hunt in the dark this way.',
    seeAlso: ['bioacoustics', 'cetacean'],
  },
  {
    term: 'camouflage',
    aliases: ['camouflaged', 'cryptic colouration'],
    field: 'ecology-evolution',
    definition:
      'Colours, patterns or shapes that help an animal blend in. It hides them from animals that hunt them, or from their prey.',
    seeAlso: ['mimicry', 'natural selection'],
    context: ['animals', 'animal', 'predators', 'prey', 'species', 'colour', 'colours', 'skin', 'feathers', 'insects', 'octopus', 'background'],
  },
  {
    term: 'mimicry',
    aliases: ['mimic species', 'Batesian mimicry', 'Müllerian mimicry'],
    field: 'ecology-evolution',
    definition:
      'When one species evolves to look, sound or smell like another. A harmless fly that looks like a wasp fools birds that would eat it.',
    seeAlso: ['camouflage', 'natural selection'],
  },
  {
    term: 'bioluminescence',
    aliases: ['bioluminescent', 'glow-in-the-dark'],
    field: 'ecology-evolution',
    definition:
      'Light made by living things. Fireflies, glow-worms, some fungi and many deep-sea fish make it.',
    seeAlso: ['deep sea'],
  },
  {
    term: 'hibernation',
    aliases: ['hibernate', 'hibernating', 'hibernates', 'torpor'],
    field: 'ecology-evolution',
    definition:
      'A deep winter rest. The animal\'s body cools, and its heart and breath slow down, to save energy when food is scarce.',
    seeAlso: ['mammal', 'cold-blooded'],
  },
  {
    term: 'thermoregulation',
    aliases: ['thermoregulate', 'warm-blooded', 'warm blooded', 'endotherm', 'endotherms', 'endothermic animals'],
    field: 'ecology-evolution',
    definition:
      'How an animal keeps its body temperature in a safe range. Warm-blooded animals make their own heat; cold-blooded ones rely on sun and shade.',
    seeAlso: ['cold-blooded', 'hibernation'],
  },
  {
    term: 'metamorphosis',
    aliases: ['metamorphose', 'metamorphosed'],
    field: 'ecology-evolution',
    definition:
      'A big change in body shape as an animal grows up. A caterpillar turns into a butterfly; a tadpole turns into a frog.',
    seeAlso: ['larva', 'amphibian'],
  },
  {
    term: 'larva',
    aliases: ['larvae', 'larval', 'caterpillar', 'caterpillars', 'maggot', 'maggots', 'grub', 'grubs'],
    field: 'ecology-evolution',
    definition:
      'The young form of many insects, fish and frogs. It looks very unlike the adult: a caterpillar and a maggot are larvae.',
    seeAlso: ['metamorphosis', 'invertebrate'],
  },
  {
    term: 'spawning',
    aliases: ['spawn', 'spawned', 'spawning grounds'],
    field: 'ecology-evolution',
    definition:
      'Letting eggs and sperm out into water, as many fish, frogs and corals do. Often many spawn at the same time.',
    seeAlso: ['coral reef', 'life cycle'],
    context: ['fish', 'salmon', 'eggs', 'coral', 'corals', 'frogs', 'season', 'river', 'rivers', 'sea', 'grounds'],
  },
  {
    term: 'life cycle',
    aliases: ['life cycles', 'life history', 'life histories'],
    field: 'ecology-evolution',
    definition:
      'The stages a living thing goes through from birth to breeding and death. In insects, that is egg, larva, pupa and adult.',
    seeAlso: ['larva', 'metamorphosis'],
    context: ['insect', 'insects', 'species', 'parasite', 'parasites', 'plant', 'plants', 'mosquito', 'larva', 'eggs', 'stages', 'animals', 'fish'],
  },
  {
    term: 'courtship',
    aliases: ['courtship display', 'courtship displays', 'mating display', 'mating ritual'],
    field: 'ecology-evolution',
    definition:
      'What animals do to attract a mate, such as songs, dances or showing off bright feathers.',
    seeAlso: ['sexual selection', 'birdsong'],
    context: ['mate', 'mates', 'mating', 'male', 'males', 'female', 'females', 'birds', 'species', 'display', 'song'],
  },
  {
    term: 'home range',
    aliases: ['home ranges', 'territory size'],
    field: 'ecology-evolution',
    definition:
      'The area an animal usually moves around in to find food, mates and a place to rest.',
    seeAlso: ['habitat', 'camera trap'],
  },
  {
    term: 'dispersal',
    aliases: ['seed dispersal', 'dispersed', 'dispersing'],
    field: 'ecology-evolution',
    definition:
      'The spread of animals, seeds or spores away from where they were born, to new places to live.',
    seeAlso: ['gene flow', 'habitat'],
    context: ['seeds', 'seed', 'species', 'animals', 'birds', 'plants', 'young', 'juveniles', 'spores', 'habitat', 'population'],
  },
  {
    term: 'gene flow',
    field: 'ecology-evolution',
    definition:
      'Genes passing from one group of animals or plants to another when they breed. Early modern humans and Neanderthals did this.',
    seeAlso: ['hybridisation', 'Neanderthal', 'genetic diversity'],
  },
  {
    term: 'founder effect',
    field: 'ecology-evolution',
    definition:
      'When only a few animals start a new group, they carry only a small part of the old group\'s genes. So rare traits can become common.',
    seeAlso: ['genetic drift', 'population bottleneck'],
  },
  {
    term: 'selective pressure',
    aliases: ['selection pressure', 'selective pressures', 'selection pressures', 'evolutionary pressure'],
    field: 'ecology-evolution',
    definition:
      'Anything around a living thing that helps some traits survive better than others. A predator, a drug or the climate can each do this.',
    seeAlso: ['natural selection', 'adaptation'],
  },
  {
    term: 'evolutionary fitness',
    aliases: ['Darwinian fitness', 'reproductive success', 'fitness cost', 'fitness costs', 'fitness benefit'],
    field: 'ecology-evolution',
    definition:
      'How well a living thing survives and has young that pass on its genes. It is about offspring, not strength.',
    seeAlso: ['natural selection', 'adaptation'],
  },
  {
    term: 'adaptive radiation',
    aliases: ['evolutionary radiation'],
    field: 'ecology-evolution',
    definition:
      'When one kind of animal or plant quickly splits into many species, each suited to its own way of life. Darwin\'s finches are an example.',
    seeAlso: ['speciation', 'evolution'],
  },
  {
    term: 'de-extinction',
    aliases: ['de-extinct', 'resurrect extinct species', 'bring back the mammoth', 'resurrection biology'],
    field: 'ecology-evolution',
    definition:
      'Trying to bring back extinct animals, such as the woolly mammoth, by editing the genes of a close living relative. Results would be look-alikes, not true copies.',
    seeAlso: ['extinction', 'gene editing', 'woolly mammoth'],
  },
  {
    term: 'living fossil',
    aliases: ['living fossils'],
    field: 'ecology-evolution',
    definition:
      'A living species that looks much like its old fossil relatives. The coelacanth fish and the ginkgo tree are examples.',
    seeAlso: ['fossil record', 'evolution'],
  },
  {
    term: 'transitional fossil',
    aliases: ['transitional fossils', 'missing link', 'missing links', 'intermediate form'],
    field: 'ecology-evolution',
    definition:
      'A fossil with features between an older group and a newer one. Tiktaalik, a fish with legs for fins, is a famous case.',
    seeAlso: ['fossil record', 'common ancestor'],
  },
  {
    term: 'amber',
    aliases: ['fossilised amber', 'fossilized amber', 'trapped in amber'],
    field: 'ecology-evolution',
    definition:
      'Hardened tree resin. Insects, feathers or even small animals trapped in it can be kept in fine detail for millions of years.',
    seeAlso: ['fossil'],
    context: ['fossil', 'fossils', 'trapped', 'insect', 'insects', 'dinosaur', 'feather', 'feathers', 'preserved', 'million years', 'resin'],
  },
  {
    term: 'coprolite',
    aliases: ['coprolites', 'fossilised dung', 'fossilized dung', 'fossil poo'],
    field: 'ecology-evolution',
    definition:
      'Fossilised dung. It shows what ancient animals ate and which parasites they had.',
    seeAlso: ['fossil', 'palaeontology'],
  },
  {
    term: 'Cambrian explosion',
    aliases: ['Cambrian', 'Cambrian period'],
    field: 'ecology-evolution',
    definition:
      'A burst of new kinds of animals in the seas about 540 million years ago. Most big animal groups first show up in fossils then.',
    seeAlso: ['fossil record', 'evolution'],
  },
  {
    term: 'megafauna',
    aliases: ['megafaunal', 'megafauna extinction'],
    field: 'ecology-evolution',
    definition:
      'Large animals, such as elephants, or extinct giants like mammoths and giant sloths. Many big animals died out after humans spread across the world.',
    seeAlso: ['extinction', 'woolly mammoth'],
  },
  {
    term: 'woolly mammoth',
    aliases: ['mammoth', 'mammoths', 'woolly mammoths'],
    notIn: ['mammoth task', 'mammoth effort', 'mammoth undertaking', 'mammoth job'],
    field: 'ecology-evolution',
    definition:
      'A hairy, elephant-like animal of the Ice Age. The last ones died out about 4,000 years ago on an Arctic island.',
    seeAlso: ['megafauna', 'de-extinction'],
  },
  {
    term: 'pterosaur',
    aliases: ['pterosaurs', 'pterodactyl', 'pterodactyls'],
    field: 'ecology-evolution',
    definition:
      'A flying reptile that lived alongside the dinosaurs. It flew on wings of skin but was not a dinosaur or a bird.',
    seeAlso: ['dinosaur', 'reptile'],
  },
  {
    term: 'theropod',
    aliases: ['theropods', 'Tyrannosaurus rex', 'T. rex', 'Velociraptor', 'raptor dinosaur'],
    field: 'ecology-evolution',
    definition:
      'The group of two-legged, mostly meat-eating dinosaurs, such as T. rex. Birds evolved from small feathered theropods.',
    seeAlso: ['dinosaur', 'feathered dinosaur'],
  },
  {
    term: 'sauropod',
    aliases: ['sauropods', 'Brontosaurus', 'Diplodocus', 'titanosaur', 'titanosaurs'],
    field: 'ecology-evolution',
    definition:
      'Huge dinosaurs with long necks and tails that ate plants. They were the largest land animals ever.',
    seeAlso: ['dinosaur', 'herbivore'],
  },
  {
    term: 'feathered dinosaur',
    aliases: ['feathered dinosaurs', 'Archaeopteryx', 'dinosaur-bird transition'],
    field: 'ecology-evolution',
    definition:
      'A dinosaur with feathers. Many small ones had them, showing that birds are living dinosaurs.',
    seeAlso: ['theropod', 'dinosaur'],
  },
  {
    term: 'great ape',
    aliases: ['great apes', 'ape', 'apes', 'chimpanzee', 'chimpanzees', 'chimp', 'chimps', 'bonobo', 'bonobos', 'gorilla', 'gorillas', 'orangutan', 'orangutans'],
    field: 'ecology-evolution',
    definition:
      'Our closest living kin: chimps, bonobos, gorillas and orangutans. Chimps and bonobos share about 98% of our DNA.',
    seeAlso: ['primate', 'hominin', 'common ancestor'],
  },
  {
    term: 'Homo erectus',
    aliases: ['H. erectus'],
    field: 'ecology-evolution',
    definition:
      'An extinct early human species that walked upright and spread from Africa into Asia about 2 million years ago. It lasted far longer than our species so far.',
    seeAlso: ['hominin', 'Homo sapiens'],
  },
  {
    term: 'Australopithecus',
    aliases: ['australopithecine', 'australopithecines', 'Lucy'],
    field: 'ecology-evolution',
    definition:
      'An early human relative that walked on two legs in Africa 4 to 2 million years ago but had an ape-sized brain. Lucy is the most famous skeleton.',
    seeAlso: ['hominin', 'bipedal'],
  },
  {
    term: 'Homo floresiensis',
    aliases: ['hobbit', 'hobbits', 'Flores hobbit'],
    field: 'ecology-evolution',
    definition:
      'A small extinct human species, about a metre tall, found on the island of Flores in Indonesia. It lived until about 50,000 years ago.',
    seeAlso: ['hominin', 'Homo erectus'],
  },
  {
    term: 'bipedal',
    aliases: ['bipedalism', 'walked upright', 'upright walking'],
    field: 'ecology-evolution',
    definition:
      'Walking on two legs. It is one of the first signs of the human line in the fossil record.',
    seeAlso: ['hominin', 'Australopithecus'],
  },
  {
    term: 'out of Africa',
    aliases: ['Out of Africa', 'out-of-Africa', 'left Africa'],
    field: 'ecology-evolution',
    definition:
      'The idea that modern humans first arose in Africa and then spread to the rest of the world. Fossils and DNA both back it.',
    seeAlso: ['Homo sapiens', 'hominin'],
    context: ['humans', 'human', 'migration', 'migrated', 'Homo sapiens', 'ancestors', 'modern humans', 'dispersal', 'spread'],
  },
  {
    term: 'human evolution',
    aliases: ['human origins', 'human ancestors', 'human ancestor', 'early humans', 'early human', 'archaic humans'],
    field: 'ecology-evolution',
    definition:
      'How humans came to be over millions of years. Ape-like ancestors led, through many kinds of early humans, to our own species.',
    seeAlso: ['hominin', 'Homo sapiens', 'great ape'],
  },
  {
    term: 'clade',
    aliases: ['clades'],
    field: 'ecology-evolution',
    definition:
      'A group made of one ancestor and all of its descendants, like one whole branch on the tree of life.',
    seeAlso: ['evolutionary tree', 'common ancestor'],
  },
  {
    term: 'subspecies',
    field: 'ecology-evolution',
    definition:
      'A group within a species that lives in one area and looks a bit different. It can still breed with the rest of its species.',
    seeAlso: ['species'],
  },
  {
    term: 'cryptic species',
    field: 'ecology-evolution',
    definition:
      'Two or more species that look the same but are shown by their DNA or behaviour to be separate.',
    seeAlso: ['species', 'new species'],
  },
  {
    term: 'molecular clock',
    field: 'ecology-evolution',
    definition:
      'A way to date when two species split. Changes in DNA build up at a fairly steady rate, so counting them gives a rough date.',
    seeAlso: ['evolutionary tree', 'mutation'],
  },
  {
    term: 'horizontal gene transfer',
    aliases: ['lateral gene transfer', 'gene swapping'],
    field: 'ecology-evolution',
    definition:
      'Genes passing between living things that are not parent and child. Bacteria swap genes this way, including genes for drug resistance.',
    seeAlso: ['antibiotic resistance', 'evolution'],
  },
  {
    term: 'endosymbiosis',
    aliases: ['endosymbiont', 'endosymbionts', 'endosymbiotic'],
    field: 'ecology-evolution',
    definition:
      'One living thing that lives inside the cells of another. Our mitochondria began long ago as bacteria that moved into a cell.',
    seeAlso: ['mitochondria', 'symbiosis'],
  },
  {
    term: 'origin of life',
    aliases: ['origins of life', 'abiogenesis', 'primordial soup', 'first life'],
    field: 'ecology-evolution',
    definition:
      'How life first arose from non-living chemicals on the early Earth, over 3.5 billion years ago. It is still not known how it happened.',
    seeAlso: ['evolution', 'common ancestor'],
  },
  {
    term: 'deep sea',
    aliases: ['deep-sea', 'deep ocean', 'deep oceans', 'abyssal', 'abyss', 'twilight zone'],
    field: 'ecology-evolution',
    definition:
      'The dark, cold, high-pressure ocean below about 200 metres. It is the largest habitat on Earth and is still mostly unexplored.',
    seeAlso: ['hydrothermal vent', 'bioluminescence'],
  },
  {
    term: 'hydrothermal vent',
    aliases: ['hydrothermal vents', 'deep-sea vent', 'deep-sea vents', 'black smoker', 'black smokers'],
    field: 'ecology-evolution',
    definition:
      'A crack in the seabed that spews hot, mineral-rich water. Whole food webs there live off chemical energy, not sunlight.',
    seeAlso: ['deep sea', 'origin of life'],
  },
  {
    term: 'aquaculture',
    aliases: ['fish farming', 'fish farm', 'fish farms', 'farmed fish', 'salmon farm', 'salmon farms', 'mariculture'],
    field: 'ecology-evolution',
    definition:
      'Farming fish, shellfish or seaweed in tanks, ponds or sea pens. Farmed fish now make up about half of the fish people eat.',
    seeAlso: ['overfishing'],
  },
  {
    term: 'fish stock',
    aliases: ['fish stocks', 'fish population', 'fish populations', 'fishery', 'fisheries'],
    field: 'ecology-evolution',
    definition:
      'The fish of one species in a given area that people catch. Taking more each year than can be replaced makes the stock collapse.',
    seeAlso: ['overfishing', 'bycatch'],
  },
  {
    term: 'bottom trawling',
    aliases: ['trawling', 'trawler', 'trawlers', 'bottom trawl', 'dredging for scallops'],
    field: 'ecology-evolution',
    definition:
      'Fishing by dragging heavy nets along the seabed. It catches a lot but can wreck seabed habitats and stir up stored carbon.',
    seeAlso: ['overfishing', 'bycatch'],
  },
  {
    term: 'deep-sea mining',
    aliases: ['seabed mining', 'deep sea mining', 'polymetallic nodules', 'manganese nodules'],
    field: 'ecology-evolution',
    definition:
      'Plans to dig metals, such as nickel and cobalt for batteries, from the deep ocean floor. Scientists warn it could harm little-known life there.',
    seeAlso: ['deep sea', 'biodiversity'],
  },
  {
    term: 'species richness',
    aliases: ['species diversity', 'number of species'],
    field: 'ecology-evolution',
    definition:
      'How many different species live in a place. It is the simplest measure of biodiversity.',
    seeAlso: ['biodiversity', 'species'],
  },
  {
    term: 'extinct in the wild',
    field: 'ecology-evolution',
    definition:
      'A species that now survives only in zoos, gardens or breeding centres, with none left living free.',
    seeAlso: ['captive breeding', 'IUCN Red List'],
  },
  {
    term: 'captive breeding',
    aliases: ['captive-bred', 'breeding programme', 'breeding program', 'conservation breeding'],
    field: 'ecology-evolution',
    definition:
      'Breeding rare animals in zoos or centres to keep the species alive. Often the aim is to let them go in the wild later.',
    seeAlso: ['reintroduction', 'endangered species'],
  },
  {
    term: 'reintroduction',
    aliases: ['reintroduced', 'reintroductions', 'reintroduce', 'species reintroduction'],
    field: 'ecology-evolution',
    definition:
      'Letting a species go in a place where it had died out, such as beavers in Britain. Moving animals to a new safe home is similar.',
    seeAlso: ['rewilding', 'captive breeding'],
  },
  {
    term: 'seed bank',
    aliases: ['seed banks', 'seed vault', 'Svalbard Global Seed Vault', 'gene bank', 'gene banks', 'Millennium Seed Bank'],
    field: 'ecology-evolution',
    definition:
      'A store of seeds kept cold and dry for decades, as a backup against the loss of crops and wild plants.',
    seeAlso: ['genetic diversity', 'extinction'],
  },
  {
    term: 'Living Planet Index',
    aliases: ['Living Planet Report', 'wildlife populations have fallen'],
    field: 'ecology-evolution',
    definition:
      'A measure, run by WWF and London\'s zoo society, of how the sizes of thousands of wild animal populations have changed since 1970. It shows an average fall, not lost animals.',
    seeAlso: ['biodiversity', 'population'],
  },
  {
    term: 'biodiversity loss',
    aliases: ['loss of biodiversity', 'nature loss', 'loss of nature', 'biodiversity crisis', 'nature crisis', 'biodiversity decline'],
    field: 'ecology-evolution',
    definition:
      'The fall in the kinds and numbers of living things. The main causes are lost wild land, farming, hunting, pollution, pests from elsewhere and climate change.',
    seeAlso: ['biodiversity', 'habitat loss', 'mass extinction'],
  },
  {
    term: 'nature-based solutions',
    aliases: ['nature-based solution', 'natural climate solutions'],
    field: 'ecology-evolution',
    definition:
      'Using nature to deal with problems like floods, heat or carbon. Planting trees and bringing back wetlands are examples.',
    seeAlso: ['ecosystem services', 'rewilding'],
  },
  {
    term: 'biodiversity net gain',
    aliases: ['biodiversity offsetting', 'biodiversity offsets', 'biodiversity offset'],
    field: 'ecology-evolution',
    definition:
      'A rule that building work must leave nature better off than before. Often new wild land is made somewhere else.',
    seeAlso: ['biodiversity', 'habitat loss'],
  },
  {
    term: 'agroforestry',
    field: 'ecology-evolution',
    definition:
      'Growing trees alongside crops or farm animals. The trees give shade and shelter and store carbon.',
    seeAlso: ['agroecology', 'reforestation'],
  },
  {
    term: 'agroecology',
    aliases: ['agroecological', 'regenerative agriculture', 'regenerative farming', 'nature-friendly farming', 'wildlife-friendly farming'],
    field: 'ecology-evolution',
    definition:
      'Farming that works with nature: mixing crops, using fewer sprays and caring for the soil. It aims to grow food and help wildlife.',
    seeAlso: ['monoculture', 'soil health'],
  },
  {
    term: 'monoculture',
    aliases: ['monocultures', 'monocropping'],
    field: 'ecology-evolution',
    definition:
      'Growing one crop over a large area, year after year. It is efficient but can drain soil and help pests and diseases spread.',
    seeAlso: ['agroecology', 'pesticide'],
  },
  {
    term: 'soil health',
    aliases: ['healthy soil', 'soil quality', 'soil biodiversity', 'soil life', 'soil organisms', 'soil microbiome'],
    field: 'ecology-evolution',
    definition:
      'How well soil supports plants and life, which depends on the worms, fungi and microbes in it as well as its structure.',
    seeAlso: ['decomposer', 'mycorrhizal network'],
  },
  {
    term: 'earthworm',
    aliases: ['earthworms'],
    field: 'ecology-evolution',
    definition:
      'A worm that burrows through soil, eating dead plants. It mixes and airs the soil, making it better for crops.',
    seeAlso: ['soil health', 'decomposer'],
  },
  {
    term: 'nitrogen fixation',
    aliases: ['nitrogen-fixing', 'fix nitrogen', 'nitrogen fixers'],
    field: 'ecology-evolution',
    definition:
      'Turning nitrogen gas from the air into a form plants can use. Bacteria on the roots of beans, peas and clover do this.',
    seeAlso: ['nutrient cycle', 'symbiosis'],
  },
  {
    term: 'eutrophication',
    aliases: ['nutrient pollution', 'nutrient runoff', 'fertiliser runoff', 'fertilizer runoff', 'agricultural runoff'],
    field: 'ecology-evolution',
    definition:
      'Too many nutrients, often from farm fertiliser or sewage, washing into water. It feeds algae, which use up oxygen when they rot, so fish die.',
    seeAlso: ['algal bloom', 'dead zone'],
  },
  {
    term: 'grassland',
    aliases: ['grasslands', 'meadow', 'meadows', 'prairie', 'prairies', 'wildflower meadow', 'wildflower meadows'],
    field: 'ecology-evolution',
    definition:
      'Open land covered mostly in grasses and wild flowers, with few trees. Many wild meadows have been lost to farming.',
    seeAlso: ['habitat', 'biome'],
  },
  {
    term: 'savanna',
    aliases: ['savannah', 'savannas', 'savannahs'],
    field: 'ecology-evolution',
    definition:
      'Warm grassland with scattered trees, such as in much of Africa, home to big grazers and their predators.',
    seeAlso: ['grassland', 'biome'],
  },
  {
    term: 'tundra',
    field: 'ecology-evolution',
    definition:
      'Cold, treeless land in the far north or high on mountains, where the ground below the surface stays frozen.',
    seeAlso: ['biome'],
  },
  {
    term: 'tropical rainforest',
    aliases: ['rainforest', 'rainforests', 'rain forest', 'tropical forest', 'tropical forests', 'Amazon rainforest'],
    field: 'ecology-evolution',
    definition:
      'Hot, wet forest near the equator. It covers a small part of the land but holds more than half of land species.',
    seeAlso: ['deforestation', 'biodiversity'],
  },
  {
    term: 'boreal forest',
    aliases: ['boreal forests', 'taiga'],
    field: 'ecology-evolution',
    definition:
      'The huge band of cold northern forest, mostly pine, spruce and fir trees. It runs across Canada, northern Europe and Russia.',
    seeAlso: ['biome', 'carbon sink'],
  },
  {
    term: 'old-growth forest',
    aliases: ['old-growth forests', 'ancient woodland', 'ancient woodlands', 'primary forest', 'primary forests', 'virgin forest'],
    field: 'ecology-evolution',
    definition:
      'Forest that has grown for centuries without major clearing. It holds a lot of carbon and many species that cannot live anywhere else.',
    seeAlso: ['deforestation', 'biodiversity'],
  },
  {
    term: 'forest canopy',
    aliases: ['canopy', 'canopies', 'tree canopy', 'canopy cover'],
    field: 'ecology-evolution',
    definition:
      'The top layer of a forest, made by the crowns of the trees. Much forest life lives up there.',
    seeAlso: ['tropical rainforest'],
    context: ['forest', 'forests', 'trees', 'tree', 'rainforest', 'leaves', 'birds', 'branches', 'cover', 'species', 'shade'],
  },
  {
    term: 'hedgerow',
    aliases: ['hedgerows', 'hedge', 'hedges'],
    field: 'ecology-evolution',
    definition:
      'A line of shrubs and small trees along a field\'s edge. It gives shelter, food and routes for birds, insects and small mammals.',
    seeAlso: ['wildlife corridor', 'habitat'],
    context: ['field', 'fields', 'farmland', 'farm', 'farmers', 'birds', 'wildlife', 'insects', 'habitat', 'species', 'countryside'],
  },
  {
    term: 'chytrid fungus',
    aliases: ['chytrid', 'chytridiomycosis', 'Batrachochytrium', 'Bd fungus'],
    field: 'ecology-evolution',
    definition:
      'A fungus that attacks the skin of frogs and other amphibians. It has wiped out dozens of species worldwide.',
    seeAlso: ['amphibian', 'extinction'],
  },
  {
    term: 'white-nose syndrome',
    field: 'ecology-evolution',
    definition:
      'A fungal disease that wakes hibernating bats, so they burn their fat and starve. It has killed millions of bats in North America.',
    seeAlso: ['hibernation', 'fungus'],
  },
  {
    term: 'culling',
    aliases: ['cull', 'culls', 'culled', 'badger cull', 'deer cull'],
    field: 'ecology-evolution',
    definition:
      'Killing some animals on purpose to control their numbers or stop a disease. In Britain, badgers are culled to curb TB in cattle.',
    seeAlso: ['population'],
    context: ['badger', 'badgers', 'deer', 'animals', 'wildlife', 'population', 'disease', 'birds', 'herd', 'flock', 'seals', 'cats', 'government'],
  },
  {
    term: 'feral cat',
    aliases: ['feral cats', 'stray cats', 'domestic cats', 'pet cats', 'outdoor cats'],
    field: 'ecology-evolution',
    definition:
      'A domestic cat living wild. Cats kill billions of birds, reptiles and small mammals each year, and have wiped out species on islands.',
    seeAlso: ['invasive species', 'predation'],
  },
  {
    term: 'sterile insect technique',
    aliases: ['sterile insects', 'sterile males', 'sterile male mosquitoes', 'SIT'],
    field: 'ecology-evolution',
    definition:
      'Letting huge numbers of sterile male insects go. Their mates lay eggs that do not hatch, so the pest numbers shrink over time.',
    seeAlso: ['mosquito', 'gene drive'],
  },
  {
    term: 'Wolbachia',
    aliases: ['Wolbachia bacteria', 'Wolbachia mosquitoes'],
    field: 'ecology-evolution',
    definition:
      'A bacterium found in many insects. Mosquitoes carrying it spread dengue and Zika far less, so it is released to curb those diseases.',
    seeAlso: ['Aedes aegypti', 'mosquito'],
  },
  {
    term: 'flyway',
    aliases: ['flyways', 'migration route', 'migration routes', 'migratory route', 'stopover site', 'stopover sites'],
    field: 'ecology-evolution',
    definition:
      'A route that birds use each year as they migrate. It has places to rest and feed along the way.',
    seeAlso: ['migration'],
  },
  {
    term: 'magnetoreception',
    aliases: ['magnetic sense', 'magnetic compass', 'magnetic field navigation'],
    field: 'ecology-evolution',
    definition:
      'A sense for Earth\'s magnetic field. Birds, turtles and salmon use it to find their way.',
    seeAlso: ['migration'],
  },
  {
    term: 'animal tracking',
    aliases: ['GPS collar', 'GPS collars', 'GPS tag', 'GPS tags', 'satellite tag', 'satellite tags', 'satellite tracking', 'radio tracking', 'biologging', 'bio-logging', 'tagged animals', 'tracking devices'],
    field: 'ecology-evolution',
    definition:
      'Fitting animals with small tags, such as GPS collars, to follow where they go. It reveals routes, home ranges and how animals use land.',
    seeAlso: ['migration', 'home range'],
  },
  {
    term: 'mark-recapture',
    aliases: ['capture-recapture', 'mark and recapture', 'bird ringing', 'ringing'],
    field: 'ecology-evolution',
    definition:
      'Catching animals, marking them, letting them go and catching again later. The share of marked ones gives an estimate of population size.',
    seeAlso: ['population', 'field survey'],
    context: ['birds', 'bird', 'animals', 'population', 'marked', 'tagged', 'recapture', 'estimate', 'ringed', 'survey'],
  },
  {
    term: 'transect',
    aliases: ['transects', 'transect survey', 'line transect'],
    field: 'ecology-evolution',
    definition:
      'A fixed line along which scientists count plants or animals at set spots. The counts can then be repeated and compared.',
    seeAlso: ['field survey'],
  },
  {
    term: 'phenology',
    aliases: ['phenological', 'spring timing', 'timing of spring'],
    field: 'ecology-evolution',
    definition:
      'The timing of yearly natural events, such as when leaves open, birds nest or insects hatch. Warming is shifting many of them earlier.',
    seeAlso: ['trophic mismatch', 'migration'],
  },
  {
    term: 'trophic mismatch',
    aliases: ['phenological mismatch', 'timing mismatch', 'mismatch in timing'],
    field: 'ecology-evolution',
    definition:
      'When warming shifts the timing of one species but not another that it needs. Chicks may hatch after the caterpillars they eat are gone.',
    seeAlso: ['phenology', 'food web'],
  },
  {
    term: 'range shift',
    aliases: ['range shifts', 'range expansion', 'range contraction', 'shifting ranges', 'poleward shift'],
    field: 'ecology-evolution',
    definition:
      'A change in where a species lives, often toward the poles or up mountains as the climate warms.',
    seeAlso: ['climate refugia', 'invasive species'],
  },
  {
    term: 'climate refugia',
    aliases: ['refugia', 'climate refugium', 'refugium', 'climate refuge'],
    field: 'ecology-evolution',
    definition:
      'Places where species can survive while the climate around them changes, such as cool valleys or deep waters.',
    seeAlso: ['range shift', 'habitat'],
  },
  {
    term: 'thermal tolerance',
    aliases: ['heat tolerance', 'thermal limit', 'thermal limits', 'upper thermal limit', 'heat-tolerant'],
    field: 'ecology-evolution',
    definition:
      'The range of temperatures a species can survive. Many animals already live close to their upper limit.',
    seeAlso: ['range shift', 'coral bleaching'],
  },
  {
    term: 'sea urchin',
    aliases: ['sea urchins', 'urchin', 'urchins', 'urchin barren', 'urchin barrens'],
    field: 'ecology-evolution',
    definition:
      'A spiny, ball-shaped sea animal that grazes on seaweed. Too many of them can strip kelp forests bare.',
    seeAlso: ['kelp forest', 'trophic cascade'],
  },
  {
    term: 'salt marsh',
    aliases: ['salt marshes', 'saltmarsh', 'saltmarshes', 'tidal marsh', 'tidal marshes'],
    field: 'ecology-evolution',
    definition:
      'Coastal grassland flooded by the tide. It shelters young fish and birds, slows storm waves and stores carbon.',
    seeAlso: ['wetland', 'carbon sink'],
  },
  {
    term: 'estuary',
    aliases: ['estuaries', 'estuarine'],
    field: 'ecology-evolution',
    definition:
      'The wide mouth of a river where fresh water meets the sea. It is rich in life, and a nursery for many fish.',
    seeAlso: ['salt marsh', 'wetland'],
  },
  {
    term: 'intertidal zone',
    aliases: ['intertidal', 'rock pools', 'rockpools', 'tidal zone', 'shoreline habitat'],
    field: 'ecology-evolution',
    definition:
      'The strip of shore covered by the sea at high tide and bare at low tide. Its animals must cope with drying out and waves.',
    seeAlso: ['habitat'],
  },
  {
    term: 'ship strike',
    aliases: ['ship strikes', 'vessel strike', 'vessel strikes', 'whale strike', 'whale strikes'],
    field: 'ecology-evolution',
    definition:
      'When a ship hits a whale or other sea animal. It is a leading cause of death for some large whales.',
    seeAlso: ['cetacean'],
  },
  {
    term: 'ghost gear',
    aliases: ['ghost nets', 'ghost net', 'ghost fishing', 'lost fishing gear', 'abandoned fishing gear', 'discarded fishing nets'],
    field: 'ecology-evolution',
    definition:
      'Fishing nets, lines and traps that are lost or dumped at sea. They keep catching and killing animals for years.',
    seeAlso: ['bycatch', 'microplastic'],
  },
  {
    term: 'shark finning',
    aliases: ['finning', 'shark fin', 'shark fins', 'shark fin soup'],
    field: 'ecology-evolution',
    definition:
      'Cutting the fins off sharks, often while alive, for soup and throwing the body back. It drives steep falls in shark numbers.',
    seeAlso: ['overfishing', 'apex predator'],
  },
  {
    term: 'mesopredator',
    aliases: ['mesopredators', 'mesopredator release'],
    field: 'ecology-evolution',
    definition:
      'A mid-sized predator, such as a fox or raccoon. When top predators vanish, these can boom and hit their own prey hard.',
    seeAlso: ['apex predator', 'trophic cascade'],
  },
  {
    term: 'landscape of fear',
    aliases: ['ecology of fear'],
    field: 'ecology-evolution',
    definition:
      'How the mere risk of being hunted changes where and when prey animals feed, which can reshape plant life across a landscape.',
    seeAlso: ['predation', 'trophic cascade'],
  },
  {
    term: 'Allee effect',
    field: 'ecology-evolution',
    definition:
      'When a group of animals gets so small that they struggle to find mates or stay safe. Then numbers fall even faster.',
    seeAlso: ['population', 'extinction'],
  },
  {
    term: 'metapopulation',
    aliases: ['metapopulations'],
    field: 'ecology-evolution',
    definition:
      'A set of small groups of one species, each in its own patch of wild land. Animals that move between the patches link them.',
    seeAlso: ['population', 'wildlife corridor'],
  },
  {
    term: 'effective population size',
    aliases: ['minimum viable population', 'extinction vortex'],
    field: 'ecology-evolution',
    definition:
      'The number of animals that actually pass on their genes. When it is very small, inbreeding and bad luck can push a species to extinction.',
    seeAlso: ['inbreeding', 'genetic drift', 'genetic diversity'],
  },
  {
    term: 'genetic rescue',
    field: 'ecology-evolution',
    definition:
      'Bringing new animals into a small, inbred group so their genes add variety and make the group healthier.',
    seeAlso: ['inbreeding', 'genetic diversity'],
  },
  {
    term: 'island biogeography',
    aliases: ['island dwarfism', 'island gigantism', 'island rule'],
    field: 'ecology-evolution',
    definition:
      'The study of life on islands. Islands tend to have fewer species, and animals there often evolve to be much smaller or much bigger.',
    seeAlso: ['speciation', 'endemic species'],
  },
  {
    term: 'kin selection',
    aliases: ['inclusive fitness', 'altruism', 'altruistic behaviour', 'altruistic behavior'],
    field: 'ecology-evolution',
    definition:
      'Evolution favouring acts that help relatives, since they share many of the same genes. It helps explain why animals make sacrifices.',
    seeAlso: ['natural selection', 'eusocial'],
  },
  {
    term: 'cooperative breeding',
    aliases: ['cooperative breeders', 'helpers at the nest', 'alloparenting', 'alloparental care'],
    field: 'ecology-evolution',
    definition:
      'When animals other than the parents help raise the young, as in some birds, meerkats and humans.',
    seeAlso: ['kin selection', 'animal behaviour'],
  },
  {
    term: 'sexual dimorphism',
    aliases: ['sexually dimorphic'],
    field: 'ecology-evolution',
    definition:
      'When the males and females of a species differ in size, colour or shape. A peacock\'s tail is an example.',
    seeAlso: ['sexual selection'],
  },
  {
    term: 'mate choice',
    aliases: ['female choice', 'mate preference', 'mate preferences', 'choosy females'],
    field: 'ecology-evolution',
    definition:
      'How animals pick whom to breed with. Female choice drives many showy traits in males, like bright colours and songs.',
    seeAlso: ['sexual selection', 'courtship'],
  },
  {
    term: 'parthenogenesis',
    aliases: ['virgin birth', 'virgin births', 'parthenogenetic', 'asexual reproduction', 'reproduce asexually', 'asexually'],
    field: 'ecology-evolution',
    definition:
      'Making young without mating, from an unfertilised egg. Some sharks, snakes and lizards can do it, usually as a last resort.',
    seeAlso: ['cloning', 'sexual selection'],
  },
  {
    term: 'hermaphrodite',
    aliases: ['hermaphrodites', 'hermaphroditic', 'sex change', 'sequential hermaphrodite'],
    field: 'ecology-evolution',
    definition:
      'An animal or plant with both male and female sex organs, at once or at different times of life. Many snails and some fish are like this.',
    seeAlso: ['sexual selection'],
  },
  {
    term: 'polyploidy',
    aliases: ['polyploid', 'whole-genome duplication', 'genome duplication'],
    field: 'ecology-evolution',
    definition:
      'Having more than two full sets of chromosomes. It is common in plants, including wheat, and can create new species in one step.',
    seeAlso: ['chromosome', 'speciation'],
  },
  {
    term: 'reproductive isolation',
    aliases: ['reproductively isolated', 'allopatric speciation', 'geographic isolation'],
    field: 'ecology-evolution',
    definition:
      'When groups of a species can no longer breed together, for example because a river or mountain splits them. It is the key step in making new species.',
    seeAlso: ['speciation', 'gene flow'],
  },
  {
    term: 'Ediacaran',
    aliases: ['Ediacaran period', 'Ediacaran biota'],
    field: 'ecology-evolution',
    definition:
      'The time before the Cambrian, from about 635 to 539 million years ago. The first large, soft animals show up in fossils then.',
    seeAlso: ['Cambrian explosion', 'fossil record'],
  },
  {
    term: 'stromatolite',
    aliases: ['stromatolites'],
    field: 'ecology-evolution',
    definition:
      'A layered rock mound built up by mats of microbes. Some fossil ones are over 3 billion years old, among the oldest signs of life.',
    seeAlso: ['origin of life', 'fossil record'],
  },
  {
    term: 'trilobite',
    aliases: ['trilobites'],
    field: 'ecology-evolution',
    definition:
      'A sea animal with a hard, three-part shell that lived from 521 to 252 million years ago. Its fossils are among the most common.',
    seeAlso: ['arthropod', 'fossil record'],
  },
  {
    term: 'ammonite',
    aliases: ['ammonites'],
    field: 'ecology-evolution',
    definition:
      'An extinct sea animal with a coiled shell, a relative of octopus and squid. It died out with the dinosaurs.',
    seeAlso: ['cephalopod', 'fossil record'],
  },
  {
    term: 'marine reptile',
    aliases: ['marine reptiles', 'plesiosaur', 'plesiosaurs', 'ichthyosaur', 'ichthyosaurs', 'mosasaur', 'mosasaurs'],
    field: 'ecology-evolution',
    definition:
      'Reptiles that lived in the sea in the age of dinosaurs, such as dolphin-shaped ichthyosaurs and long-necked plesiosaurs. They were not dinosaurs.',
    seeAlso: ['reptile', 'dinosaur'],
  },
  {
    term: 'megalodon',
    aliases: ['Otodus megalodon'],
    field: 'ecology-evolution',
    definition:
      'A giant extinct shark, perhaps up to 15 to 20 metres long, that lived until about 3.6 million years ago.',
    seeAlso: ['apex predator', 'fossil'],
  },
  {
    term: 'dodo',
    aliases: ['dodos'],
    field: 'ecology-evolution',
    definition:
      'A large, flightless bird from the island of Mauritius. It was wiped out by about 1680, soon after people and their animals arrived.',
    seeAlso: ['extinction', 'island biogeography'],
  },
  {
    term: 'thylacine',
    aliases: ['Tasmanian tiger', 'Tasmanian tigers', 'thylacines'],
    field: 'ecology-evolution',
    definition:
      'A striped, dog-like marsupial from Australia. The last known one died in a zoo in 1936.',
    seeAlso: ['marsupial', 'de-extinction'],
  },
  {
    term: 'Lazarus species',
    aliases: ['Lazarus taxon', 'rediscovered species', 'lost species', 'thought to be extinct', 'rediscovered'],
    field: 'ecology-evolution',
    definition:
      'A species thought to be extinct that turns up alive again. Sometimes no one has seen it for decades.',
    seeAlso: ['extinction', 'new species'],
    context: ['species', 'extinct', 'rediscovered', 'rediscovery', 'sightings', 'found', 'bird', 'frog', 'animal', 'plant', 'seen'],
  },
  {
    term: 'holotype',
    aliases: ['holotypes', 'type specimen', 'type specimens'],
    field: 'ecology-evolution',
    definition:
      'The one specimen, often kept in a museum, on which a species\' name and description are based.',
    seeAlso: ['taxonomy', 'new species'],
  },
  {
    term: 'scientific name',
    aliases: ['Latin name', 'binomial name', 'binomial nomenclature', 'species name'],
    field: 'ecology-evolution',
    definition:
      'The two-part Latin name each species gets, such as Homo sapiens: first the genus, then the species.',
    seeAlso: ['genus', 'taxonomy'],
  },
  {
    term: 'trace fossil',
    aliases: ['trace fossils', 'fossil footprints', 'fossilised footprints', 'fossilized footprints', 'dinosaur footprints', 'trackway', 'trackways', 'ichnofossil'],
    field: 'ecology-evolution',
    definition:
      'A fossil of something an animal did, not of its body. Footprints, burrows and bite marks are examples.',
    seeAlso: ['fossil', 'coprolite'],
  },
  {
    term: 'isotope analysis',
    aliases: ['stable isotope analysis', 'strontium isotopes', 'isotopic analysis', 'isotope ratios'],
    field: 'ecology-evolution',
    definition:
      'Measuring forms of elements, such as strontium or carbon, in bones and teeth. It shows where an ancient person grew up and what they ate.',
    seeAlso: ['archaeology', 'radiocarbon dating'],
  },
  {
    term: 'Neolithic',
    aliases: ['Neolithic period', 'New Stone Age', 'Neolithic farmers', 'Neolithic revolution'],
    field: 'ecology-evolution',
    definition:
      'The late Stone Age, when people began farming, keeping animals and living in villages. It began about 12,000 years ago in the Middle East.',
    seeAlso: ['domestication', 'archaeology'],
  },
  {
    term: 'Palaeolithic',
    aliases: ['Paleolithic', 'Old Stone Age', 'Upper Palaeolithic', 'Upper Paleolithic', 'Mesolithic'],
    field: 'ecology-evolution',
    definition:
      'The Old Stone Age, from the first stone tools over 3 million years ago until farming began. People lived by hunting and gathering.',
    seeAlso: ['stone tool', 'hunter-gatherer'],
  },
  {
    term: 'Bronze Age',
    aliases: ['Iron Age', 'Bronze Age Britain', 'Iron Age Britain'],
    field: 'ecology-evolution',
    definition:
      'The ages after the Stone Age when people first made tools from bronze, and later from iron. In Britain they ran from about 2500 BC to the Roman conquest.',
    seeAlso: ['archaeology', 'Neolithic'],
  },
  {
    term: 'ochre',
    aliases: ['ocher', 'red ochre'],
    field: 'ecology-evolution',
    definition:
      'A natural earth colour, red, yellow or brown. Early humans used it for cave art and body paint for over 100,000 years.',
    seeAlso: ['rock art', 'archaeology'],
    context: ['cave', 'art', 'paint', 'painted', 'pigment', 'archaeologists', 'ancient', 'Stone Age', 'Neanderthals', 'burial'],
  },
];
