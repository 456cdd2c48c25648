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
    aliases: ['insect repellent', 'insect repellents', 'mosquito repellent', 'repellents', 'DEET'],
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
    aliases: ['herbivores', 'herbivorous', 'grazer', 'grazers', 'browsers'],
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
    aliases: ['nutrient cycling', 'nitrogen cycle', 'phosphorus cycle', 'nutrient cycles'],
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
    aliases: ['reforestation', 'afforestation', 'tree planting', 'reforested', 'forest restoration'],
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
    aliases: ['honeybees', 'honey bee', 'honey bees', 'Apis mellifera', 'beehive', 'beehives', 'hive', 'hives', 'bee colony', 'bee colonies'],
    notIn: ['hive of activity', 'hive mind'],
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
];
