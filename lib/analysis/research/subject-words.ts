/**
 * What a story's sentences are about, whatever its design words: people, animals, cells, the natural world, or
 * built things and matter. A design word can mislead ("the trial" of a crop, "the dose" given to bees, "im Labor"
 * of a physics experiment); who or what the story keeps talking about tells the model which designs can fit.
 * English and German patterns for each group, in the words of `de()` for German.
 */
// The study-type cues' word lists (cues.ts), kept here with the groups built from them.
export const ANIMALS_EN = 'mice|rats|rodents|monkeys|macaques|primates|zebrafish|fruit flies|pigs|piglets|ferrets|hamsters|guinea pigs|worms|marmosets|rabbits|dogs|cats|sheep|cattle|cows|horses|goats|chickens';
export const ANIMALS_DE = 'Mäusen|Ratten|Nagetieren|Nagern|Affen|Makaken|Primaten|Zebrafischen|Fruchtfliegen|Schweinen|Ferkeln|Frettchen|Hamstern|Meerschweinchen|Würmern|Fadenwürmern|Kaninchen|Hunden|Katzen|Schafen|Rindern|Kühen|Pferden|Ziegen|Hühnern';
// Animals beyond the laboratory's species, that studies also keep, feed, dose and allocate: insects, birds, fish, pets, livestock.
export const FIELD_ANIMALS_EN = 'bees|bumblebees|honeybees|colonies|hives|ants|wasps|mosquitoes|flies|butterflies|moths|caterpillars|crickets|beetles|spiders|birds|chicks|hens|songbirds|starlings|swallows|finches|sparrows|crows|pigeons|parrots|fish|salmon|trout|frogs|tadpoles|toads|lizards|snakes|turtles|bats|octopuses|cuttlefish|squid|corals|earthworms|snails|cats|kittens|dogs|puppies|horses|foals|cattle|cows|calves|pigs|piglets|sheep|lambs|goats|chickens|animals|pets';
export const FIELD_ANIMALS_DE = 'Bienen|Honigbienen|Wildbienen|Hummeln|Völker|Bienenvölker|Hummelvölker|Kolonien|Ameisen|Wespen|Mücken|Stechmücken|Fliegen|Schmetterlinge|Falter|Raupen|Grillen|Käfer|Spinnen|Vögel|Vögeln|Küken|Hühner|Hühnern|Singvögel|Stare|Schwalben|Meisen|Fische|Fischen|Lachse|Forellen|Frösche|Fröschen|Kaulquappen|Eidechsen|Fledermäuse|Fledermäusen|Kraken|Tintenfische|Korallen|Regenwürmer|Regenwürmern|Schnecken|Katzen|Hunde|Hunden|Pferde|Pferden|Rinder|Rindern|Kühe|Kühen|Kälber|Schweine|Schweinen|Ferkel|Schafe|Schafen|Ziegen|Tiere|Tieren|Haustiere';
export const PEOPLE_DE = String.raw`(?:Menschen|Personen|Teilnehmer\w*|Teilnehmende\w*|Probanden|Probandinnen|Erwachsene\w*|Kinder\w*|Jugendliche\w*|Frauen|Männer\w*|Patient\w*|Säugling\w*|Babys|Schüler\w*|Studierende\w*|Beschäftigte\w*)`;

export const SUBJECT_GROUPS = ['people', 'animals', 'cells', 'nature', 'matter'] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export const SUBJECT_WORDS: Record<SubjectGroup, { en: RegExp; de: string }> = {
  people: {
    en: /\b(?:people|persons?|participants?|patients?|volunteers?|adults?|children|child|kids|teenagers?|adolescents?|infants?|babies|baby|newborns?|women|woman|men|man|mothers?|fathers?|parents?|pregnan(?:t|cy|cies)|smokers?|students?|pupils?|workers?|employees?|residents?|veterans?|nurses?|individuals|respondents?|humans?|pensioners?|retirees?|older people|elderly)\b/gi,
    de: String.raw`\b(?:${PEOPLE_DE}|Mensch|Person|Teilnehm\w*|Proband\w*|Freiwillige\w*|Kind|Baby|Neugeborene\w*|Frau|Mann|Mütter\w*|Mutter|Väter\w*|Eltern|Schwanger\w*|Raucher\w*|Studenten|Arbeitnehmer\w*|Bewohner\w*|Pflegekräfte\w*|Befragte\w*|Senior\w*|Rentner\w*|Versicherte\w*)\b`,
  },
  animals: {
    en: new RegExp(String.raw`\b(?:${ANIMALS_EN}|${FIELD_ANIMALS_EN}|animal|mouse|rat|rodent|monkey|macaque|primate|fruit fly|pig|piglet|ferret|hamster|worm|marmoset|rabbit|dog|cat|cow|horse|goat|chicken|bumblebee|honeybee|hive|ant|wasp|mosquito|butterfly|moth|beetle|spider|bird|songbird|crow|ravens?|magpies?|jays?|owls?|penguins?|gulls?|geese|ducks?|pigeon|parrot|mammals?|reptiles?|amphibians?|apes?|chimpanzees?|gorillas?|elephants?|wolves|wolf|foxes|deer|bears?|frog|tadpole|lizard|snake|turtle|bat|whales?|dolphins?|seals?|octopus|coral|snail|insects?|wildlife|livestock|pet|nests?|nestlings?|broods?|fledg\w*|clutch(?:es)?|eggs|predators?|prey|herds?|flocks?|colony)\b`, 'gi'),
    de: String.raw`\b(?:${ANIMALS_DE}|${FIELD_ANIMALS_DE}|\w*[Tt]ier(?:e|en|s)?|Tier\w*|Mäuse\w*|Maus|Ratte\w*|Nage\w*|Affen|Makaken|Primaten|Zebrafisch\w*|Fruchtfliege\w*|Schwein\w*|Ferkel\w*|Frettchen|Hamster\w*|Würmer\w*|Wurm|Kaninchen|Hund\w*|Welpen|Katze\w*|Schaf\w*|Rind\w*|Kühe\w*|Kuh|Kälber\w*|Pferd\w*|Ziege\w*|Hühner\w*|Huhn|Bienen\w*|Biene|Hummel\w*|Ameise\w*|Wespe\w*|Mücke\w*|Schmetterling\w*|Falter|Käfer|Spinne\w*|Vögel\w*|Vogel|Küken|Krähe\w*|Raben?|Elster\w*|Eule\w*|Pinguin\w*|Möwe\w*|Gänse\w*|Enten?|Tauben?|Reptilien|Amphibien|Menschenaffen|Schimpansen|Gorillas?|Elefant\w*|Wölfe\w*|Wolf|Füchse\w*|Fuchs|Hirsch\w*|Rehe?|Bär\w*|Papagei\w*|Fisch\w*|Lachs\w*|Forelle\w*|Frosch|Frösche\w*|Kaulquappe\w*|Eidechse\w*|Schlange\w*|Schildkröte\w*|Fledermäuse\w*|Fledermaus|Wal\w*|Delfin\w*|Robbe\w*|Kraken?|Korallen?|Schnecke\w*|Insekt\w*|Wildtier\w*|Nutztier\w*|Haustier\w*|Nest\w*|Nestling\w*|Brut\w*|Gelege\w*|Eier|Räuber\w*|Beute\w*|Herde\w*|Schwarm|Schwärme\w*|Kolonie\w*|Völker\w*)\b`,
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
