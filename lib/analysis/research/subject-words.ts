/**
 * What a story's sentences are about, whatever its design words: people, animals, cells, the natural world, or
 * built things and matter. A design word can mislead ("the trial" of a crop, "the dose" given to bees, "im Labor"
 * of a physics experiment); who or what the story keeps talking about tells the model which designs can fit.
 * English and German patterns for each group, in the words of `de()` for German.
 */
export const SUBJECT_GROUPS = ['people', 'animals', 'cells', 'nature', 'matter'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export const SUBJECT_WORDS: Record<SubjectGroup, { en: RegExp; de: string }> = {
  people: {
    en: /\b(?:people|persons?|participants?|patients?|volunteers?|adults?|children|child|kids|teenagers?|adolescents?|infants?|babies|baby|newborns?|women|woman|men|man|mothers?|fathers?|parents?|pregnan(?:t|cy|cies)|smokers?|students?|pupils?|workers?|employees?|residents?|veterans?|nurses?|individuals|respondents?|humans?|pensioners?|retirees?|older people|elderly)\b/gi,
    de: String.raw`\b(?:Menschen|Mensch|Personen|Person|Teilnehm\w*|Patient\w*|Proband\w*|Freiwillige\w*|Erwachsene\w*|Kinder\w*|Kind|Jugendliche\w*|Säugling\w*|Babys?|Neugeborene\w*|Frauen|Frau|Männer\w*|Mann|Mütter\w*|Mutter|Väter\w*|Eltern|Schwanger\w*|Raucher\w*|Schüler\w*|Studierende\w*|Studenten|Beschäftigte\w*|Arbeitnehmer\w*|Bewohner\w*|Pflegekräfte\w*|Befragte\w*|Senior\w*|Rentner\w*|Versicherte\w*)\b`,
  },
  animals: {
    en: /\b(?:animals?|mice|mouse|rats?|rodents?|monkeys?|macaques?|primates?|zebrafish|fruit fl(?:y|ies)|pigs?|piglets?|ferrets?|hamsters?|worms?|marmosets?|rabbits?|dogs?|puppies|cats?|kittens|sheep|cattle|cows?|calves|horses?|goats?|chickens?|hens|bees|bumblebees?|honeybees?|hives?|ants?|wasps?|mosquito(?:es)?|butterfl(?:y|ies)|moths?|beetles?|spiders?|birds?|chicks|songbirds?|crows?|ravens?|magpies?|jays?|owls?|penguins?|gulls?|geese|ducks?|pigeons?|parrots?|mammals?|reptiles?|amphibians?|apes?|chimpanzees?|gorillas?|elephants?|wolves|wolf|foxes|deer|bears?|fish|salmon|trout|frogs?|tadpoles?|lizards?|snakes?|turtles?|bats?|whales?|dolphins?|seals?|octopus(?:es)?|squid|corals?|snails?|insects?|wildlife|livestock|pets?|nests?|nestlings?|chicks|broods?|fledg\w*|clutch(?:es)?|eggs|predators?|prey|herds?|flocks?|colon(?:y|ies))\b/gi,
    de: String.raw`\b(?:\w*[Tt]ier(?:e|en|s)?|Tier\w*|Mäuse\w*|Maus|Ratte\w*|Nage\w*|Affen|Makaken|Primaten|Zebrafisch\w*|Fruchtfliege\w*|Schwein\w*|Ferkel\w*|Frettchen|Hamster\w*|Würmer\w*|Wurm|Kaninchen|Hund\w*|Welpen|Katze\w*|Schaf\w*|Rind\w*|Kühe\w*|Kuh|Kälber\w*|Pferd\w*|Ziege\w*|Hühner\w*|Huhn|Bienen\w*|Biene|Hummel\w*|Ameise\w*|Wespe\w*|Mücke\w*|Schmetterling\w*|Falter|Käfer|Spinne\w*|Vögel\w*|Vogel|Küken|Krähe\w*|Raben?|Elster\w*|Eule\w*|Pinguin\w*|Möwe\w*|Gänse\w*|Enten?|Tauben?|Reptilien|Amphibien|Menschenaffen|Schimpansen|Gorillas?|Elefant\w*|Wölfe\w*|Wolf|Füchse\w*|Fuchs|Hirsch\w*|Rehe?|Bär\w*|Papagei\w*|Fisch\w*|Lachs\w*|Forelle\w*|Frosch|Frösche\w*|Kaulquappe\w*|Eidechse\w*|Schlange\w*|Schildkröte\w*|Fledermäuse\w*|Fledermaus|Wal\w*|Delfin\w*|Robbe\w*|Kraken?|Korallen?|Schnecke\w*|Insekt\w*|Wildtier\w*|Nutztier\w*|Haustier\w*|Nest\w*|Nestling\w*|Brut\w*|Gelege\w*|Eier|Räuber\w*|Beute\w*|Herde\w*|Schwarm|Schwärme\w*|Kolonie\w*|Völker\w*)\b`,
  },
  cells: {
    en: /\b(?:(?<!(?:solar|fuel|tandem|battery|perovskite|silicon|photovoltaic|pouch|coin|lithium|sodium) )cells?|tissues?|organoids?|cultures?|bacteria|bacterium|bacterial|viruses|virus|proteins?|enzymes?|antibod(?:y|ies)|genes?|DNA|RNA|molecules?)\b/gi,
    de: String.raw`\b(?:\w*(?<!Solar|Brennstoff|Tandem|Batterie|Akku|Perowskit|Silizium|Knopf|Pouch)[Zz]ellen|Zelle|Gewebe\w*|Organoid\w*|Kultur\w*|Bakteri\w*|Viren|Virus|Protein\w*|Eiweiß\w*|Enzym\w*|Antikörper\w*|Gen|Gene|Genen|DNA|RNA|Molekül\w*)\b`,
  },
  nature: {
    en: /\b(?:galax(?:y|ies)|stars?|planets?|exoplanets?|moons?|the Moon|the Sun|sun|black holes?|supernova(?:e|s)?|comets?|asteroids?|meteorites?|universe|cosmos|glaciers?|ice sheets?|sea ice|ice|oceans?|seas?|seawater|atmosphere|clouds?|rain(?:fall)?|storms?|weather|climate|volcano(?:es)?|earthquakes?|faults?|rocks?|soils?|sediments?|forests?|trees?|plants?|crops?|species|rivers?|lakes?|coasts?|reefs?|fossils?|dinosaurs?|skeletons?|bones|graves?|burials?|ruins|settlements?|artefacts?|artifacts?|pottery|landscapes?)\b/gi,
    de: String.raw`\b(?:Galaxie\w*|Stern\w*|Planet\w*|Exoplanet\w*|Mond\w*|Sonne\w*|Schwarze\w* L[öo]ch\w*|Supernova\w*|Komet\w*|Asteroid\w*|Meteorit\w*|Universum|Kosmos|Weltall|Gletscher\w*|Eisschild\w*|Meereis|Eis|Ozean\w*|Meer\w*|Atmosphäre|Wolke\w*|Regen\w*|Niederschl\w*|Sturm|Stürme\w*|Unwetter\w*|Wetter|Klima|Vulkan\w*|Erdbeben\w*|Gestein\w*|Fels\w*|Boden|Böden|Sediment\w*|Wald|Wälder\w*|Bäume\w*|Baum|Pflanze\w*|Arten|Fluss|Flüsse\w*|Seen|Küste\w*|Riff\w*|Fossil\w*|Dinosaurier\w*|Skelett\w*|Knochen|Gräber\w*|Grab|Siedlung\w*|Artefakt\w*|Keramik\w*|Landschaft\w*)\b`,
  },
  matter: {
    en: /\b(?:materials?|devices?|batter(?:y|ies)|(?:solar|fuel|tandem|battery|perovskite|silicon|photovoltaic|pouch|coin|lithium|sodium) cells?|atoms?|ions?|electrons?|photons?|protons?|neutrons?|neutrinos?|particles?|plasma|lasers?|magnets?|magnetic|crystals?|chips?|qubits?|quantum|transistors?|semiconductors?|circuits?|alloys?|catalysts?|polymers?|coatings?|membranes?|electrodes?|robots?|sensors?|reactors?|engines?|turbines?|drones?|vehicles?|prototypes?|metals?|graphene|perovskites?|superconduct\w*|fusion)\b/gi,
    de: String.raw`\b(?:Material\w*|Werkstoff\w*|Gerät\w*|Batterie\w*|Akku\w*|\w*(?:Solar|Brennstoff|Tandem|Batterie|Akku)zelle\w*|Atom\w*|Ion|Ionen|Elektron\w*|Photon\w*|Proton\w*|Neutron\w*|Neutrino\w*|Teilchen|Plasma\w*|Laser\w*|Magnet\w*|Kristall\w*|Chip\w*|Qubit\w*|Quant\w*|Transistor\w*|Halbleiter\w*|Schaltkreis\w*|Legierung\w*|Katalysator\w*|Polymer\w*|Beschichtung\w*|Membran\w*|Elektrode\w*|Roboter\w*|Sensor\w*|Reaktor\w*|Motor\w*|Turbine\w*|Drohne\w*|Fahrzeug\w*|Prototyp\w*|Metall\w*|Graphen|Perowskit\w*|Supraleit\w*|Fusion\w*)\b`,
  },
};
