import type { GlossaryEntry } from './types';

/** Plain-language glossary: climate, weather and Earth science. */
export const entries: GlossaryEntry[] = [
  {
    term: "greenhouse gas",
    aliases: ["heat-trapping gas"],
    field: "climate-earth",
    definition:
      "A gas in the air that traps heat from the Sun, like a blanket around Earth. Carbon dioxide, methane and water vapour are the main ones.",
    seeAlso: ["greenhouse effect", "carbon dioxide", "methane"],
  },
  {
    term: "greenhouse effect",
    field: "climate-earth",
    definition:
      "The way some gases in the air hold in heat that would otherwise escape to space. Without it Earth would be frozen; adding more gas makes it warmer.",
    seeAlso: ["greenhouse gas", "global warming"],
  },
  {
    term: "carbon dioxide",
    aliases: ["CO2", "CO₂"],
    field: "climate-earth",
    definition:
      "A colourless gas given off when we burn coal, oil, gas or wood, and when we breathe out. It is the main gas behind today's warming.",
    seeAlso: ["greenhouse gas", "parts per million"],
  },
  {
    term: "methane",
    aliases: ["CH4", "CH₄"],
    field: "climate-earth",
    definition:
      "A gas released by cows, rice fields, landfills, wetlands and leaking gas pipes. It traps far more heat than carbon dioxide but breaks down faster.",
    seeAlso: ["greenhouse gas"],
  },
  {
    term: "nitrous oxide",
    aliases: ["N2O", "N₂O"],
    field: "climate-earth",
    definition:
      "A strong heat-trapping gas that comes mostly from farm fertiliser and manure. It also harms the ozone layer.",
    seeAlso: ["greenhouse gas", "ozone layer"],
  },
  {
    term: "global warming",
    aliases: ["global heating"],
    field: "climate-earth",
    definition:
      "The rise in Earth's average temperature since the 1800s, caused mainly by people burning fossil fuels. The planet is now about 1.3°C warmer.",
    seeAlso: ["climate change", "pre-industrial level"],
  },
  {
    term: "climate change",
    aliases: ["climate crisis"],
    field: "climate-earth",
    definition:
      "Long-term shifts in temperature and weather. Today it mostly means the warming caused by people, and its effects, such as more heatwaves and rising seas.",
    seeAlso: ["global warming"],
  },
  {
    term: "climate model",
    aliases: ["climate simulation", "Earth system model"],
    field: "climate-earth",
    definition:
      "A computer program that uses the laws of physics to imitate Earth's air, oceans, ice and land. Scientists use it to test what may happen as the world warms.",
    seeAlso: ["emissions scenario", "computer simulation"],
  },
  {
    term: "ice sheet",
    field: "climate-earth",
    definition:
      "A huge, thick layer of ice covering land for thousands of kilometres. Today only Greenland and Antarctica have them; their melting raises sea levels.",
    seeAlso: ["ice shelf", "sea-level rise", "glacier"],
  },
  {
    term: "glacier",
    field: "climate-earth",
    definition:
      "A large mass of ice formed from snow piled up over many years. It slowly flows downhill under its own weight.",
    seeAlso: ["ice sheet", "meltwater"],
  },
  {
    term: "sea-level rise",
    aliases: ["rising seas", "rising sea levels"],
    field: "climate-earth",
    definition:
      "The slow climb in the average height of the ocean. It comes from melting ice on land and from seawater swelling as it warms.",
    seeAlso: ["ice sheet", "thermal expansion"],
  },
  {
    term: "thermal expansion",
    field: "climate-earth",
    definition:
      "The way water and other materials take up more room as they get warmer. Warming oceans swell, which adds to rising seas.",
    seeAlso: ["sea-level rise"],
  },
  {
    term: "permafrost",
    field: "climate-earth",
    definition:
      "Ground that has stayed frozen for at least two years, often for thousands. As it thaws it can release stored carbon and make land sink.",
    seeAlso: ["methane", "feedback loop"],
  },
  {
    term: "El Niño",
    aliases: ["El Nino"],
    field: "climate-earth",
    definition:
      "A natural warming of the sea along the equator in the Pacific, every few years. It shifts rain and heat around the world and often makes the planet hotter for a while.",
    seeAlso: ["La Niña"],
  },
  {
    term: "La Niña",
    aliases: ["La Nina"],
    field: "climate-earth",
    definition:
      "The cool opposite of El Niño, when the central Pacific Ocean turns colder than normal. It changes rainfall patterns and tends to cool the globe slightly.",
    seeAlso: ["El Niño"],
  },
  {
    term: "ocean acidification",
    field: "climate-earth",
    definition:
      "The ocean slowly becoming less alkaline as it soaks up carbon dioxide from the air. This makes it harder for corals and shellfish to build their shells.",
    seeAlso: ["carbon dioxide", "pH", "coral reef"],
  },
  {
    term: "carbon budget",
    aliases: ["remaining carbon budget"],
    field: "climate-earth",
    definition:
      "The total carbon dioxide the world can still release while keeping warming under a chosen limit. A common limit is 1.5°C.",
    seeAlso: ["1.5C target", "net zero"],
  },
  {
    term: "tipping point",
    field: "climate-earth",
    definition:
      "A threshold where a small extra push causes a big change that is hard to undo. An ice sheet might collapse, or a rainforest turn to grassland.",
    seeAlso: ["feedback loop"],
    context: ["climate", "ice", "warming", "ecosystem", "forest", "rainforest", "ocean", "reef", "Amazon", "Greenland", "Antarctic", "permafrost", "circulation"],
  },
  {
    term: "feedback loop",
    aliases: ["climate feedback", "positive feedback"],
    field: "climate-earth",
    definition:
      "When a change sets off effects that make the same change stronger or weaker. Melting ice exposes dark water, which soaks up more heat and melts more ice.",
    seeAlso: ["albedo", "tipping point"],
    context: ["climate", "warming", "ice", "carbon", "temperature", "permafrost", "methane", "heat"],
  },
  {
    term: "aerosol",
    field: "climate-earth",
    definition:
      "Tiny bits of dust, soot, salt or droplets floating in the air. Some reflect sunlight and cool the planet; others harm health when breathed in.",
    seeAlso: ["air pollution"],
  },
  {
    term: "albedo",
    field: "climate-earth",
    definition:
      "How much sunlight a surface bounces back. White snow reflects most light and stays cool; dark ocean or forest soaks it up and warms.",
    seeAlso: ["feedback loop"],
  },
  {
    term: "ice core",
    field: "climate-earth",
    definition:
      "A long tube of ice drilled out of a glacier or ice sheet. Air bubbles trapped inside show what the atmosphere was like hundreds of thousands of years ago.",
    seeAlso: ["proxy record"],
  },
  {
    term: "pre-industrial level",
    aliases: ["pre-industrial times", "pre-industrial era", "pre-industrial", "preindustrial", "pre-industrial average"],
    field: "climate-earth",
    definition:
      "The starting point used to measure warming. It is usually the average from 1850 to 1900, before people burned coal, oil and gas on a large scale.",
    seeAlso: ["global warming", "1.5C target"],
  },
  {
    term: "1.5C target",
    aliases: ["1.5°C target", "1.5C limit", "1.5°C limit", "1.5 degree target", "1.5C goal", "1.5°C goal"],
    field: "climate-earth",
    definition:
      "The goal, set in the Paris Agreement, of trying to keep global warming to 1.5°C above pre-industrial times. Going past it raises risks from heat, drought and rising seas.",
    seeAlso: ["Paris Agreement", "pre-industrial level"],
  },
  {
    term: "Paris Agreement",
    aliases: ["Paris climate agreement", "Paris accord", "Paris climate accord", "Paris Accords"],
    field: "climate-earth",
    definition:
      "A 2015 deal in which nearly every country agreed to limit warming to well below 2°C, aiming for 1.5°C. Each country sets its own plan to cut emissions.",
    seeAlso: ["1.5C target", "net zero"],
  },
  {
    term: "IPCC",
    aliases: ["Intergovernmental Panel on Climate Change"],
    field: "climate-earth",
    definition:
      "The United Nations group that gathers and sums up climate research from thousands of scientists. Its big reports guide governments.",
  },
  {
    term: "heatwave",
    aliases: ["heat wave"],
    field: "climate-earth",
    definition:
      "A spell of several days that is much hotter than normal for a place and time of year. Climate change is making them more frequent and intense.",
    seeAlso: ["extreme weather", "heatstroke", "heat dome"],
  },
  {
    term: "marine heatwave",
    aliases: ["ocean heatwave", "marine heat wave"],
    field: "climate-earth",
    definition:
      "A long stretch when part of the sea stays unusually warm. It can bleach corals, kill fish and harm kelp and seagrass.",
    seeAlso: ["coral bleaching", "heatwave"],
  },
  {
    term: "drought",
    aliases: ["megadrought"],
    field: "climate-earth",
    definition:
      "A long period with much less water than usual, from too little rain or too much drying. Crops fail, rivers shrink and wildfires spread more easily.",
  },
  {
    term: "monsoon",
    field: "climate-earth",
    definition:
      "A seasonal wind shift that brings a long, very wet season to places like South Asia and West Africa. Billions of people rely on its rain for farming.",
  },
  {
    term: "jet stream",
    field: "climate-earth",
    definition:
      "A fast river of wind high in the sky that flows west to east. Its bends and shifts steer storms and can lock weather in place for days.",
    seeAlso: ["heat dome"],
  },
  {
    term: "atmospheric river",
    field: "climate-earth",
    definition:
      "A long, narrow band of moist air that carries huge amounts of water vapour from the tropics. When it hits land it can dump heavy rain or snow.",
  },
  {
    term: "tropical cyclone",
    aliases: ["hurricane", "typhoon", "cyclone"],
    field: "climate-earth",
    definition:
      "A huge spinning storm that forms over warm seas, with fierce winds and heavy rain. It is called a hurricane, typhoon or cyclone depending on the region.",
    seeAlso: ["storm surge"],
  },
  {
    term: "storm surge",
    field: "climate-earth",
    definition:
      "A rise in sea water pushed ashore by a storm's strong winds. It often causes the worst flooding when a hurricane reaches the coast.",
    seeAlso: ["tropical cyclone", "sea-level rise"],
  },
  {
    term: "extreme weather",
    aliases: ["extreme weather event"],
    field: "climate-earth",
    definition:
      "Weather far outside the usual range for a place, such as record heat, floods, storms or drought.",
    seeAlso: ["attribution science"],
  },
  {
    term: "attribution science",
    aliases: ["extreme event attribution", "climate attribution", "attribution study"],
    field: "climate-earth",
    definition:
      "Research that asks how much climate change made a heatwave, flood or storm more likely or worse. It compares our world with one that never warmed.",
    seeAlso: ["extreme weather", "climate model"],
  },
  {
    term: "wildfire",
    aliases: ["bushfire", "forest fire"],
    field: "climate-earth",
    definition:
      "An uncontrolled fire that spreads through forests, grass or scrub. Heat and drought make more land dry enough to burn.",
  },
  {
    term: "tectonic plate",
    aliases: ["plate tectonics"],
    field: "climate-earth",
    definition:
      "One of the giant slabs of rock that make up Earth's outer shell. They drift a few centimetres a year, causing earthquakes, volcanoes and mountains where they meet.",
    seeAlso: ["fault line", "earthquake magnitude"],
  },
  {
    term: "fault line",
    aliases: ["geological fault", "fault zone"],
    field: "climate-earth",
    definition:
      "A crack in Earth's crust where blocks of rock move past each other. Sudden slips along it cause earthquakes.",
    seeAlso: ["tectonic plate"],
  },
  {
    term: "earthquake magnitude",
    aliases: ["Richter scale", "moment magnitude"],
    field: "climate-earth",
    definition:
      "A number for how much energy an earthquake releases. Each step up means about 32 times more energy, so a 7 is far stronger than a 6.",
    seeAlso: ["seismic wave", "aftershock"],
  },
  {
    term: "seismic wave",
    field: "climate-earth",
    definition:
      "A wave of shaking that travels through the ground from an earthquake or explosion. Instruments that record these waves let scientists study Earth's insides.",
    seeAlso: ["earthquake magnitude", "seismometer"],
  },
  {
    term: "aftershock",
    field: "climate-earth",
    definition:
      "A smaller earthquake that follows a big one in the same area, as the rocks settle. They can go on for months.",
    seeAlso: ["earthquake magnitude"],
  },
  {
    term: "tsunami",
    field: "climate-earth",
    definition:
      "A series of huge sea waves, usually set off by an undersea earthquake, landslide or eruption. They can cross oceans and flood coasts far away.",
  },
  {
    term: "magma",
    field: "climate-earth",
    definition:
      "Hot, melted rock deep underground. Once it reaches the surface, it is called lava.",
    seeAlso: ["volcanic eruption", "lava", "volcano"],
  },
  {
    term: "volcanic eruption",
    aliases: ["eruption"],
    field: "climate-earth",
    definition:
      "When melted rock, ash and gas burst or flow out of an opening in Earth's crust. Big eruptions can cool the planet for a year or two.",
    seeAlso: ["magma", "aerosol", "lava", "volcano"],
    context: ["volcano", "volcanic", "lava", "ash", "magma", "crater", "eruption"],
  },
  {
    term: "sediment",
    field: "climate-earth",
    definition:
      "Sand, mud, grit and bits of shells or plants that settle at the bottom of water or on land. Layers of it build up over time and can become rock.",
    seeAlso: ["proxy record"],
  },
  {
    term: "carbon capture",
    aliases: ["carbon capture and storage", "CCS", "carbon sequestration", "carbon storage"],
    field: "climate-earth",
    definition:
      "Catching carbon dioxide from chimneys or the air and storing it, often deep underground. This keeps it from warming the climate.",
    seeAlso: ["direct air capture", "net zero", "carbon dioxide removal"],
  },
  {
    term: "direct air capture",
    aliases: ["DAC"],
    field: "climate-earth",
    definition:
      "Machines that pull carbon dioxide straight out of the open air so it can be stored or used. It works but is still expensive and small in scale.",
    seeAlso: ["carbon capture", "carbon dioxide removal"],
  },
  {
    term: "carbon sink",
    field: "climate-earth",
    definition:
      "Anything that takes in more carbon than it gives off, like forests, soils and the ocean. Sinks slow down warming.",
    seeAlso: ["carbon dioxide"],
  },
  {
    term: "carbon offset",
    aliases: ["carbon credit"],
    field: "climate-earth",
    definition:
      "A payment for someone else to cut or soak up emissions, such as planting trees, to balance out your own. Critics say many offsets do not deliver what they promise.",
    seeAlso: ["net zero"],
  },
  {
    term: "carbon footprint",
    field: "climate-earth",
    definition:
      "The total greenhouse gas caused by a person, product, company or activity. It is usually counted in tonnes of carbon dioxide.",
  },
  {
    term: "net zero",
    aliases: ["carbon neutral", "carbon neutrality", "net-zero emissions"],
    field: "climate-earth",
    definition:
      "Putting no more greenhouse gas into the air than is taken out. Any leftover emissions must be balanced by removing the same amount.",
    seeAlso: ["carbon capture", "carbon offset"],
  },
  {
    term: "emissions scenario",
    aliases: ["emission scenario", "emissions pathway", "shared socioeconomic pathway", "SSP"],
    field: "climate-earth",
    definition:
      "A story of how future pollution might go, from deep cuts to high emissions. Climate models run each one to show the range of possible futures.",
    seeAlso: ["climate model"],
  },
  {
    term: "reanalysis",
    field: "climate-earth",
    definition:
      "A full record of past weather, made by feeding old measurements into a modern weather model. It fills in gaps where nobody measured.",
    seeAlso: ["climate model"],
  },
  {
    term: "proxy record",
    aliases: ["climate proxy", "proxy data"],
    field: "climate-earth",
    definition:
      "Natural clues, such as tree rings, ice cores, corals and mud layers. They show what the climate was like before thermometers existed.",
    seeAlso: ["ice core", "sediment"],
  },
  {
    term: "radiocarbon dating",
    aliases: ["carbon dating", "carbon-14 dating", "radiocarbon date"],
    field: "climate-earth",
    definition:
      "A way to find the age of things that were once alive, like bone, wood or seeds. It measures how much of a slowly decaying kind of carbon is left.",
    seeAlso: ["isotope", "archaeology"],
  },
  {
    term: "stratosphere",
    field: "climate-earth",
    definition:
      "The layer of air from about 10 to 50 km up, above where weather happens. It holds the ozone layer.",
    seeAlso: ["troposphere", "ozone layer"],
  },
  {
    term: "troposphere",
    field: "climate-earth",
    definition:
      "The lowest layer of air, from the ground up to about 10 to 15 km. Almost all weather and clouds happen here.",
    seeAlso: ["stratosphere"],
  },
  {
    term: "ozone layer",
    field: "climate-earth",
    definition:
      "A thin layer of ozone gas high in the sky that blocks much of the Sun's harmful ultraviolet light. Banned chemicals once thinned it; it is slowly healing.",
    seeAlso: ["stratosphere", "ozone hole"],
  },
  {
    term: "meltwater",
    field: "climate-earth",
    definition:
      "Water from melting snow or ice. It can pool on top of ice sheets, run off into the sea, or seep underneath and speed up glaciers.",
    seeAlso: ["glacier", "ice sheet"],
  },
  {
    term: "ice shelf",
    aliases: ["ice shelves"],
    field: "climate-earth",
    definition:
      "A thick floating platform of ice joined to land, where a glacier or ice sheet flows out over the sea. It acts like a cork, holding back ice behind it.",
    seeAlso: ["ice sheet", "calving"],
  },
  {
    term: "calving",
    field: "climate-earth",
    definition:
      "When chunks of ice break off the edge of a glacier or ice shelf and fall into the water. The chunks become icebergs.",
    seeAlso: ["ice shelf", "glacier"],
    context: ["glacier", "glaciers", "ice", "iceberg", "icebergs", "Antarctica", "Greenland"],
  },
  {
    term: "sea ice",
    field: "climate-earth",
    definition:
      "Frozen seawater floating on the ocean near the poles. It grows in winter and shrinks in summer; the Arctic's summer cover has shrunk sharply since the 1980s.",
    seeAlso: ["albedo", "Arctic amplification"],
  },
  {
    term: "Arctic amplification",
    field: "climate-earth",
    definition:
      "The Arctic warming much faster than the rest of the world. One reason is that melting snow and ice uncover darker ground and sea, which soak up more heat.",
    seeAlso: ["albedo", "sea ice"],
  },
  {
    term: "AMOC",
    aliases: ["Atlantic Meridional Overturning Circulation", "Atlantic overturning circulation", "Gulf Stream system"],
    field: "climate-earth",
    definition:
      "A huge system of Atlantic currents that carries warm water north and cold water south. It keeps Europe mild; studies warn it may be weakening.",
    seeAlso: ["tipping point"],
  },
  {
    term: "convection",
    field: "climate-earth",
    definition:
      "Movement of heat by warm air, water or rock rising and cooler material sinking. It builds thunderclouds and stirs the ocean and Earth's mantle.",
  },
  {
    term: "plume",
    field: "climate-earth",
    definition:
      "A column of gas, smoke, ash or liquid rising or spreading from a source. Volcanoes, chimneys, wildfires and hot spots deep in the Earth make them.",
    context: ["smoke", "ash", "volcano", "volcanic", "mantle", "eruption", "gas", "pollution", "wildfire", "fire", "methane", "water", "ocean"],
  },
  {
    term: "fossil fuel",
    field: "climate-earth",
    definition:
      "Coal, oil or natural gas, made over millions of years from buried ancient plants and animals. Burning them releases carbon dioxide.",
    seeAlso: ["carbon dioxide", "renewable energy"],
  },
  {
    term: "renewable energy",
    aliases: ["renewables", "clean energy"],
    field: "climate-earth",
    definition:
      "Power from sources that do not run out, such as sunlight, wind, flowing water and underground heat. Most produce little or no carbon dioxide while running.",
    seeAlso: ["solar panel", "wind turbine", "fossil fuel"],
  },
  {
    term: "air pollution",
    aliases: ["particulate matter", "PM2.5", "smog"],
    field: "climate-earth",
    definition:
      "Harmful gases and tiny particles in the air, from traffic, factories, fires and dust. The finest particles can reach deep into the lungs.",
    seeAlso: ["aerosol"],
  },
  {
    term: "parts per million",
    aliases: ["ppm"],
    field: "climate-earth",
    definition:
      "A way to show very small amounts. Carbon dioxide at 420 ppm means 420 of every million air molecules are carbon dioxide.",
    seeAlso: ["carbon dioxide"],
  },
  {
    term: "deforestation",
    field: "climate-earth",
    definition:
      "Cutting down or burning forests, usually to make room for farms, mines or towns. It destroys habitat and releases stored carbon.",
    seeAlso: ["carbon sink", "habitat loss"],
  },
  {
    term: "geoengineering",
    aliases: ["climate engineering", "solar geoengineering", "solar radiation management", "solar radiation modification"],
    field: "climate-earth",
    definition:
      "Large, deliberate changes to the climate system to cool the planet, such as spraying reflective particles high in the sky. The ideas are untested and debated.",
    seeAlso: ["aerosol", "carbon capture"],
  },
  {
    term: "climate sensitivity",
    aliases: ["equilibrium climate sensitivity"],
    field: "climate-earth",
    definition:
      "How much Earth would eventually warm if the carbon dioxide in the air doubled. Best estimates are around 3°C.",
    seeAlso: ["climate model"],
  },
  {
    term: "ice age",
    aliases: ["glacial period", "glaciation"],
    field: "climate-earth",
    definition:
      "A long cold stretch when ice sheets spread over much more of the land. Earth has swung between cold glacial times and warmer spells like today.",
    seeAlso: ["interglacial"],
  },
  {
    term: "Anthropocene",
    field: "climate-earth",
    definition:
      "A suggested name for the current period of Earth's history, marked by human impact on climate, rocks and life. Geologists voted in 2024 not to make it official.",
  },
  {
    term: "groundwater",
    field: "climate-earth",
    definition:
      "Water stored underground in soil and in gaps in rock. Many cities and farms pump it up, and in some places it is being used faster than rain refills it.",
    seeAlso: ["subsidence", "aquifer"],
  },
  {
    term: "subsidence",
    aliases: ["land subsidence", "sinking land"],
    field: "climate-earth",
    definition:
      "The slow sinking of the ground, often because water, oil or gas is pumped out from below. It makes coastal cities more likely to flood.",
    seeAlso: ["groundwater"],
  },
  {
    term: "erosion",
    aliases: ["coastal erosion", "soil erosion"],
    field: "climate-earth",
    definition:
      "The wearing away of land, rock or soil by water, wind or ice. Waves eat at cliffs and heavy rain washes farm soil away.",
  },
  {
    term: "heat dome",
    field: "climate-earth",
    definition:
      "A large area of high pressure that sits over a region and traps hot air under it like a lid. It causes a long heatwave.",
    seeAlso: ["heatwave", "jet stream"],
  },
  {
    term: "seismometer",
    aliases: ["seismometers", "seismograph"],
    field: "climate-earth",
    definition:
      "A device that records how the ground shakes. It picks up earthquakes, volcanoes and large blasts.",
    seeAlso: ["seismic wave"],
  },
  {
    term: "lava",
    aliases: ["lava flow", "lava flows"],
    field: "climate-earth",
    definition:
      "Melted rock that has poured out of a volcano onto the surface. It cools and hardens into new rock.",
    seeAlso: ["magma", "volcanic eruption"],
  },
  {
    term: "volcano",
    aliases: ["volcanoes"],
    field: "climate-earth",
    definition:
      "An opening in Earth's crust, often a mountain, where melted rock, ash and gas escape from deep below.",
    seeAlso: ["volcanic eruption", "magma"],
  },
  {
    term: "carbon dioxide removal",
    aliases: ["carbon removal", "CDR"],
    field: "climate-earth",
    definition:
      "Taking carbon dioxide out of the air and locking it away. It can be done by growing forests, changing how soils are farmed, or using machines.",
    seeAlso: ["direct air capture", "carbon capture"],
  },
  {
    term: "ozone hole",
    field: "climate-earth",
    definition:
      "A thinning of the ozone layer over Antarctica each spring, caused by chemicals once used in fridges and sprays. It is slowly shrinking.",
    seeAlso: ["ozone layer"],
  },
  {
    term: "interglacial",
    aliases: ["interglacial period"],
    field: "climate-earth",
    definition:
      "A warmer spell between ice ages, like the one we live in now, which began about 11,700 years ago.",
    seeAlso: ["ice age"],
  },
  {
    term: "aquifer",
    aliases: ["aquifers"],
    field: "climate-earth",
    definition:
      "A layer of rock, sand or gravel underground that holds water, which wells can pump up.",
    seeAlso: ["groundwater"],
  },
  {
    term: "UN climate summit",
    aliases: ["COP26", "COP27", "COP28", "COP29", "COP30", "Conference of the Parties", "UNFCCC", "UN climate talks"],
    field: "climate-earth",
    definition:
      "The yearly meeting where nearly every country bargains over how to tackle climate change. Each is numbered, so COP28 was the 28th, held in Dubai in 2023.",
    seeAlso: ["Paris Agreement", "net zero"],
  },
  {
    term: "nitrogen dioxide",
    aliases: ["NO2", "NO₂"],
    field: "climate-earth",
    definition:
      "A brown, harmful gas made mostly by car engines and burning fuel. It irritates the lungs and makes asthma worse.",
    seeAlso: ["air pollution"],
  },
  {
    term: "black carbon",
    aliases: ["soot"],
    field: "climate-earth",
    definition:
      "Tiny dark bits of soot from burning diesel, wood and coal. They harm the lungs and warm the climate by soaking up sunlight, most of all when they land on snow and ice.",
    seeAlso: ["air pollution", "albedo"],
  },
  {
    term: "ground-level ozone",
    aliases: ["surface ozone", "ozone pollution"],
    field: "climate-earth",
    definition:
      "A harmful gas that forms near the ground when sunlight acts on fumes from cars and factories. It is a main part of summer smog.",
    seeAlso: ["air pollution", "ozone layer"],
  },
  {
    term: "polar vortex",
    field: "climate-earth",
    definition:
      "A big band of cold air spinning high above each pole. When it weakens or splits, icy Arctic air can spill south.",
    seeAlso: ["jet stream"],
  },
  {
    term: "heat index",
    aliases: ["feels-like temperature", "humidex"],
    field: "climate-earth",
    definition:
      "A number that combines air temperature and humidity to show how hot it feels. Damp heat feels hotter because sweat dries more slowly.",
    seeAlso: ["heatwave", "wet-bulb temperature"],
  },
  {
    term: "wet-bulb temperature",
    aliases: ["wet bulb temperature"],
    field: "climate-earth",
    definition:
      "A measure of heat and humidity together. When it is high, sweating stops cooling the body, which can be deadly even for healthy people in the shade.",
    seeAlso: ["heat index", "heatstroke"],
  },
  {
    term: "flash flood",
    aliases: ["flash flooding"],
    field: "climate-earth",
    definition:
      "A flood that rises within minutes or hours after very heavy rain, often in narrow valleys or cities. It gives little warning.",
    seeAlso: ["extreme weather"],
  },
  {
    term: "sea surface temperature",
    aliases: ["SST", "ocean temperature", "ocean temperatures"],
    field: "climate-earth",
    definition:
      "How warm the top layer of the ocean is. Warmer seas fuel stronger storms and bleach corals.",
    seeAlso: ["marine heatwave", "coral bleaching"],
  },
  {
    term: "salinity",
    field: "climate-earth",
    definition:
      "How salty water is. Changes in the saltiness of the ocean affect how its water sinks and moves around the globe.",
    seeAlso: ["AMOC"],
  },
  {
    term: "upwelling",
    field: "climate-earth",
    definition:
      "When winds push surface water away and cold, food-rich water rises from the deep. These areas hold some of the richest fishing grounds.",
    seeAlso: ["plankton"],
  },
  {
    term: "carbon tax",
    aliases: ["carbon price", "carbon pricing"],
    field: "climate-earth",
    definition:
      "A fee on burning fossil fuels, set by how much carbon dioxide they give off. It makes pollution cost more so people and firms cut emissions.",
    seeAlso: ["emissions trading", "carbon dioxide"],
  },
  {
    term: "emissions trading",
    aliases: ["cap and trade", "cap-and-trade", "emissions trading scheme", "emissions trading system", "ETS"],
    field: "climate-earth",
    definition:
      "A system where a government caps total emissions and hands out permits that firms can buy and sell. Firms that cut emissions cheaply can sell spare permits.",
    seeAlso: ["carbon tax", "carbon offset"],
  },
  {
    term: "hydrofluorocarbon",
    aliases: ["HFC", "HFCs"],
    field: "climate-earth",
    definition:
      "Man-made gases used in fridges and air conditioners. They do not harm the ozone layer but trap far more heat than carbon dioxide.",
    seeAlso: ["greenhouse gas"],
  },
  {
    term: "Earth's mantle",
    aliases: ["mantle"],
    field: "climate-earth",
    definition:
      "The thick layer of hot rock between Earth's crust and its core. It flows very slowly, moving the plates on the surface.",
    seeAlso: ["tectonic plate", "Earth's core"],
    context: ["Earth", "crust", "core", "rock", "rocks", "magma", "plate", "plates", "volcano", "volcanic", "seismic", "tectonic", "plume", "geology", "geologist", "geologists"],
  },
  {
    term: "Earth's core",
    aliases: ["inner core", "outer core"],
    field: "climate-earth",
    definition:
      "The centre of the Earth, mostly iron and nickel. A solid inner ball sits inside a liquid outer layer whose motion makes Earth's magnetic field.",
    seeAlso: ["Earth's mantle", "magnetic field"],
    context: ["Earth", "planet", "planets", "iron", "magnetic", "seismic", "mantle", "geology", "geologist", "geologists", "seismologist", "seismologists", "earthquake", "earthquakes", "Mars", "Moon"],
  },
  {
    term: "Pleistocene",
    aliases: ["Pleistocene epoch"],
    field: "climate-earth",
    definition:
      "The time span from about 2.6 million to 11,700 years ago, with repeated ice ages. Mammoths lived then, and modern humans spread across the world.",
    seeAlso: ["ice age", "Holocene"],
  },
  {
    term: "Holocene",
    aliases: ["Holocene epoch"],
    field: "climate-earth",
    definition:
      "The warmer period since the last ice age ended, about 11,700 years ago. Farming and all of written history fall within it.",
    seeAlso: ["Pleistocene", "Anthropocene"],
  },
  {
    term: "Cretaceous",
    aliases: ["Cretaceous period", "Late Cretaceous"],
    field: "climate-earth",
    definition:
      "The time span from about 145 to 66 million years ago, the last age of the dinosaurs. It ended when an asteroid struck Earth.",
    seeAlso: ["dinosaur", "mass extinction"],
  },
  {
    term: "Jurassic",
    aliases: ["Jurassic period"],
    field: "climate-earth",
    definition:
      "The time from about 201 to 145 million years ago. Huge dinosaurs spread widely, and the first birds appeared.",
    seeAlso: ["dinosaur", "Cretaceous"],
  },
  {
    term: "Triassic",
    aliases: ["Triassic period"],
    field: "climate-earth",
    definition:
      "The time span from about 252 to 201 million years ago, when the first dinosaurs and mammals appeared.",
    seeAlso: ["dinosaur", "Jurassic"],
  },
  {
    term: "return period",
    aliases: ["100-year flood", "1-in-100-year", "one-in-100-year"],
    field: "climate-earth",
    definition:
      "A way of saying how rare an extreme event is. A \"100-year flood\" has a 1% chance of happening in any year, not once a century.",
    seeAlso: ["extreme weather"],
  },
  {
    term: "carbon negative",
    field: "climate-earth",
    definition:
      "Taking more carbon dioxide out of the air than is put into it. It goes a step further than net zero.",
    seeAlso: ["net zero"],
  },
  {
    term: "emissions gap",
    field: "climate-earth",
    definition:
      "How far apart two things are: the cuts in greenhouse gases that countries have promised, and the cuts needed to meet climate goals like the Paris deal.",
    seeAlso: ["Paris Agreement"],
  },
  {
    term: "sulphur dioxide",
    aliases: ["SO2", "SO₂"],
    field: "climate-earth",
    definition:
      "A gas with a sharp smell that comes from burning coal and oil and from volcanoes. It harms the lungs and makes acid rain.",
    seeAlso: ["air pollution"],
  },
];
