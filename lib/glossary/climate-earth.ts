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
  {
    term: "air quality index",
    aliases: ["AQI", "air quality alert"],
    field: "climate-earth",
    definition:
      "A daily score for how polluted the air is, from good to hazardous. High scores warn people with lung or heart problems to stay inside.",
    seeAlso: ["air pollution", "ground-level ozone"],
  },
  {
    term: "air pollutant",
    aliases: ["pollutant", "pollutants", "air pollutants"],
    field: "climate-earth",
    definition:
      "A harmful substance in the air, such as soot, tiny particles, nitrogen dioxide or ozone. Most come from burning fuel.",
    seeAlso: ["air pollution", "nitrogen dioxide"],
  },
  {
    term: "PM10",
    aliases: ["coarse particles"],
    field: "climate-earth",
    definition:
      "Bits of dust, soot and pollen in the air smaller than 10 thousandths of a millimetre. They can get into the nose, throat and lungs.",
    seeAlso: ["air pollution", "ultrafine particles"],
  },
  {
    term: "ultrafine particles",
    aliases: ["ultrafine particle", "nanoparticle pollution"],
    field: "climate-earth",
    definition:
      "The smallest bits of air pollution, far thinner than a hair. They are so small they may pass from the lungs into the blood.",
    seeAlso: ["air pollution", "PM10"],
  },
  {
    term: "exhaust fumes",
    aliases: ["diesel exhaust", "vehicle exhaust", "traffic fumes", "vehicle emissions", "vehicular emissions"],
    field: "climate-earth",
    definition:
      "The gases and soot that come out of engines burning petrol or diesel. Near busy roads they are a main source of air pollution.",
    seeAlso: ["air pollution", "nitrogen dioxide"],
  },
  {
    term: "nitrogen oxides",
    aliases: ["NOx", "nitrogen oxide"],
    field: "climate-earth",
    definition:
      "Gases made of nitrogen and oxygen that form when fuel burns hot, as in car engines. They irritate the lungs and help make smog.",
    seeAlso: ["nitrogen dioxide", "air pollution"],
  },
  {
    term: "wood smoke",
    aliases: ["woodsmoke", "wood burning stove", "wood-burning stove", "wood burner"],
    field: "climate-earth",
    definition:
      "Smoke from burning wood in stoves, fires and wildfires. It is full of fine particles, and home stoves are a big source of winter air pollution.",
    seeAlso: ["air pollution", "wildfire"],
  },
  {
    term: "haze",
    field: "climate-earth",
    definition:
      "A dull, murky look to the air. Tiny bits of dust, smoke or pollution scatter the light.",
    seeAlso: ["air pollution", "aerosol"],
    context: ["pollution", "smoke", "wildfire", "particles", "air quality", "smog", "dust", "visibility"],
  },
  {
    term: "green space",
    aliases: ["green spaces", "greenspace", "urban green space", "urban greenery"],
    field: "climate-earth",
    definition:
      "Parks, gardens, woods and other areas with plants in or near towns. Studies link them to better health, though richer areas often have more.",
    seeAlso: ["blue space", "urban heat island"],
  },
  {
    term: "blue space",
    aliases: ["blue spaces"],
    field: "climate-earth",
    definition:
      "Places near water, such as coasts, rivers and lakes. Some studies link living near them to better mood and health.",
    seeAlso: ["green space"],
  },
  {
    term: "urban heat island",
    aliases: ["heat island", "heat island effect", "urban heat island effect"],
    field: "climate-earth",
    definition:
      "A city that stays hotter than the land around it. Roads and buildings soak up heat by day and give it off at night.",
    seeAlso: ["heatwave", "green space"],
  },
  {
    term: "heat stress",
    aliases: ["heat strain", "heat exposure", "extreme heat"],
    field: "climate-earth",
    definition:
      "When the body takes in more heat than it can shed, so core temperature rises. It can bring on heat stroke and strain the heart.",
    seeAlso: ["heatwave", "wet-bulb temperature", "heat-related death"],
  },
  {
    term: "heat-related death",
    aliases: ["heat-related deaths", "heat deaths", "heat-related mortality", "heat-related illness"],
    field: "climate-earth",
    definition:
      "A death in which heat played a part, often by straining the heart or kidneys. Many are counted only later, by comparing deaths with normal years.",
    seeAlso: ["heat stress", "heatwave"],
  },
  {
    term: "climate anxiety",
    aliases: ["eco-anxiety", "climate distress", "climate grief"],
    field: "climate-earth",
    definition:
      "Worry and distress about climate change and the future. It is common in young people and is not counted as a mental illness.",
    seeAlso: ["climate change"],
  },
  {
    term: "radiative forcing",
    aliases: ["climate forcing"],
    field: "climate-earth",
    definition:
      "How much a change, such as more greenhouse gas, upsets the balance between energy arriving from the Sun and leaving Earth. A positive value means warming.",
    seeAlso: ["greenhouse effect", "climate sensitivity"],
  },
  {
    term: "water vapour",
    field: "climate-earth",
    definition:
      "Water in the air as an invisible gas. It is the most common greenhouse gas, and warmer air holds more of it, which adds to warming.",
    seeAlso: ["greenhouse gas", "feedback loop", "humidity"],
  },
  {
    term: "humidity",
    aliases: ["relative humidity", "humid"],
    field: "climate-earth",
    definition:
      "How much water vapour is in the air. In humid heat, sweat dries more slowly, so the body struggles to cool down.",
    seeAlso: ["dew point", "wet-bulb temperature"],
  },
  {
    term: "dew point",
    field: "climate-earth",
    definition:
      "The temperature at which air gets so full of moisture that dew or fog forms. A high dew point means sticky, muggy weather.",
    seeAlso: ["humidity"],
  },
  {
    term: "precipitation",
    field: "climate-earth",
    definition:
      "Water that falls from clouds as rain, snow, sleet or hail.",
    seeAlso: ["water cycle"],
    context: ["rain", "rainfall", "snow", "weather", "climate", "storm", "drought", "flood", "cloud", "monsoon"],
  },
  {
    term: "water cycle",
    aliases: ["hydrological cycle"],
    field: "climate-earth",
    definition:
      "The endless loop of water on Earth: it evaporates from seas and land, forms clouds, falls as rain or snow and flows back.",
    seeAlso: ["evapotranspiration", "precipitation"],
  },
  {
    term: "evapotranspiration",
    field: "climate-earth",
    definition:
      "Water lost to the air from soil and lakes, and from plants through their leaves. In hot weather it dries out land fast.",
    seeAlso: ["water cycle", "drought"],
  },
  {
    term: "air pressure",
    aliases: ["atmospheric pressure", "barometric pressure"],
    field: "climate-earth",
    definition:
      "The push of the weight of air above us. Falling pressure often brings clouds and storms; high pressure brings calm, settled weather.",
    seeAlso: ["anticyclone"],
  },
  {
    term: "anticyclone",
    aliases: ["high-pressure system", "high pressure system", "blocking high"],
    field: "climate-earth",
    definition:
      "An area of high air pressure that brings calm, dry weather. If one stalls, it can trap heat or cold for days.",
    seeAlso: ["heat dome", "air pressure"],
  },
  {
    term: "low-pressure system",
    aliases: ["low pressure system", "area of low pressure"],
    field: "climate-earth",
    definition:
      "An area where air pressure is low and air rises, forming clouds. It often brings wind and rain.",
    seeAlso: ["air pressure", "anticyclone"],
    context: ["weather", "rain", "wind", "storm", "forecast", "pressure", "Met Office", "low", "cyclone"],
  },
  {
    term: "weather front",
    aliases: ["cold front", "warm front"],
    field: "climate-earth",
    definition:
      "The border where a mass of warm air meets a mass of cold air. Passing fronts often bring clouds, rain and a change in temperature.",
    seeAlso: ["low-pressure system"],
  },
  {
    term: "tornado",
    aliases: ["tornadoes", "twister"],
    field: "climate-earth",
    definition:
      "A fast-spinning column of air reaching down from a thunderstorm to the ground. Its winds can top 300 km per hour.",
    seeAlso: ["extreme weather"],
  },
  {
    term: "derecho",
    field: "climate-earth",
    definition:
      "A long line of storms that sweeps across hundreds of kilometres. Its straight winds can be as strong as a weak hurricane.",
    seeAlso: ["extreme weather"],
  },
  {
    term: "Saffir-Simpson scale",
    aliases: ["Category 5 hurricane", "Category 4 hurricane", "Category 5 storm"],
    field: "climate-earth",
    definition:
      "The 1-to-5 scale for hurricanes, based on their wind speed. Category 5 storms have winds above 250 km per hour.",
    seeAlso: ["tropical cyclone"],
  },
  {
    term: "rapid intensification",
    field: "climate-earth",
    definition:
      "When a hurricane's winds grow much stronger within a day. Warm seas make it more likely, and it leaves people little time to prepare.",
    seeAlso: ["tropical cyclone", "sea surface temperature"],
  },
  {
    term: "numerical weather prediction",
    aliases: ["weather model", "weather models", "forecast model"],
    field: "climate-earth",
    definition:
      "Forecasting the weather by computer. Physics sums work out how the air will move, starting from today's readings.",
    seeAlso: ["ensemble forecast", "climate model"],
  },
  {
    term: "ensemble forecast",
    aliases: ["ensemble forecasting", "model ensemble", "ensemble of models"],
    field: "climate-earth",
    definition:
      "Running a forecast or climate model many times with slightly different starts. The spread of results shows how sure the forecast is.",
    seeAlso: ["numerical weather prediction", "climate model"],
  },
  {
    term: "climate projection",
    aliases: ["climate projections"],
    field: "climate-earth",
    definition:
      "What a climate model says could happen under a given future, such as high or low emissions. It is not a forecast of one certain future.",
    seeAlso: ["climate model", "emissions scenario"],
  },
  {
    term: "downscaling",
    field: "climate-earth",
    definition:
      "Turning a rough global climate model into fine detail for one region. Then local things like hills and coasts show up.",
    seeAlso: ["climate model"],
  },
  {
    term: "temperature anomaly",
    aliases: ["temperature anomalies"],
    field: "climate-earth",
    definition:
      "How much warmer or colder a place or time is than its usual average. Climate charts show these gaps rather than raw temperatures.",
    seeAlso: ["global mean temperature"],
  },
  {
    term: "global mean temperature",
    aliases: ["global average temperature", "global temperature", "global surface temperature"],
    field: "climate-earth",
    definition:
      "The average warmth of the whole planet over a year. It blends the air near the ground with the sea surface.",
    seeAlso: ["temperature anomaly", "pre-industrial level"],
  },
  {
    term: "natural variability",
    aliases: ["climate variability", "natural climate variability"],
    field: "climate-earth",
    definition:
      "The ups and downs in weather and climate that happen without human help, such as El Niño. They can hide or exaggerate a trend for years.",
    seeAlso: ["El Niño", "attribution science"],
  },
  {
    term: "Indian Ocean Dipole",
    field: "climate-earth",
    definition:
      "A swing in sea temperatures between the west and east Indian Ocean. It shifts rain and drought in Africa, India and Australia.",
    seeAlso: ["El Niño"],
  },
  {
    term: "trade winds",
    field: "climate-earth",
    definition:
      "Steady winds that blow from east to west near the equator. Changes in them drive El Niño and La Niña.",
    seeAlso: ["El Niño", "La Niña"],
  },
  {
    term: "ocean current",
    aliases: ["ocean currents", "ocean circulation"],
    field: "climate-earth",
    definition:
      "A steady flow of sea water, like a river in the ocean. Currents move heat around the planet and shape the climate of nearby land.",
    seeAlso: ["Gulf Stream", "AMOC"],
  },
  {
    term: "Gulf Stream",
    field: "climate-earth",
    definition:
      "A strong, warm ocean current that flows from the Gulf of Mexico across the Atlantic. It keeps western Europe milder than it would be.",
    seeAlso: ["AMOC", "ocean current"],
  },
  {
    term: "ocean heat content",
    aliases: ["ocean heat", "ocean warming"],
    field: "climate-earth",
    definition:
      "How much heat the oceans store. They have soaked up about nine tenths of the extra heat trapped by greenhouse gases.",
    seeAlso: ["sea surface temperature", "global warming"],
  },
  {
    term: "king tide",
    aliases: ["king tides", "high tide flooding", "sunny day flooding", "nuisance flooding"],
    field: "climate-earth",
    definition:
      "An extra-high tide that comes a few times a year. As seas rise, king tides flood coastal streets even on sunny days.",
    seeAlso: ["sea-level rise", "storm surge"],
  },
  {
    term: "coastal flooding",
    aliases: ["coastal floods", "coastal flood"],
    field: "climate-earth",
    definition:
      "Sea water spilling onto land, driven by high tides, storm surges or waves. Rising seas make it more common.",
    seeAlso: ["sea-level rise", "storm surge", "king tide"],
  },
  {
    term: "floodplain",
    aliases: ["flood plain", "flood plains"],
    field: "climate-earth",
    definition:
      "Flat land beside a river that floods when the river overflows. Building on it puts homes at risk.",
    seeAlso: ["flash flood"],
  },
  {
    term: "snowpack",
    field: "climate-earth",
    definition:
      "The layer of snow that builds up on mountains over winter. As it melts in spring, it feeds rivers and water supplies.",
    seeAlso: ["meltwater", "drought"],
  },
  {
    term: "water table",
    field: "climate-earth",
    definition:
      "The level below ground where the soil and rock are soaked with water. It drops when wells pump out more than rain puts back.",
    seeAlso: ["groundwater", "aquifer"],
  },
  {
    term: "aridification",
    aliases: ["aridity"],
    field: "climate-earth",
    definition:
      "A region becoming drier over many years, not just in a passing drought. Warming speeds it up by drying soils and plants.",
    seeAlso: ["drought", "desertification"],
  },
  {
    term: "desertification",
    field: "climate-earth",
    definition:
      "Good land in dry places turning into land much like desert. Drought, too many grazing animals and poor farming cause it.",
    seeAlso: ["aridification", "erosion"],
  },
  {
    term: "topsoil",
    field: "climate-earth",
    definition:
      "The top layer of soil, richest in living things and nutrients, where most crops grow. It can take centuries to form but wash away fast.",
    seeAlso: ["erosion", "soil carbon"],
  },
  {
    term: "soil carbon",
    aliases: ["soil organic carbon", "carbon farming"],
    field: "climate-earth",
    definition:
      "Carbon stored in soil, mostly from dead plants. Soils hold more carbon than all plants and air together, so how farms treat them matters.",
    seeAlso: ["carbon sink", "topsoil"],
  },
  {
    term: "landslide",
    aliases: ["landslip", "mudslide"],
    field: "climate-earth",
    definition:
      "Earth, rock or mud sliding down a slope. Heavy rain, earthquakes and cutting down trees make them more likely.",
    seeAlso: ["erosion", "earthquake magnitude"],
  },
  {
    term: "sinkhole",
    field: "climate-earth",
    definition:
      "A hole that opens in the ground. Water has worn away the rock below, or too much water was pumped out.",
    seeAlso: ["limestone", "groundwater"],
  },
  {
    term: "landfill",
    aliases: ["landfill site", "landfills"],
    field: "climate-earth",
    definition:
      "A site where waste is buried in the ground. Rotting rubbish there gives off methane, a strong greenhouse gas.",
    seeAlso: ["methane"],
  },
  {
    term: "carbon cycle",
    field: "climate-earth",
    definition:
      "The natural flow of carbon between air, oceans, plants, soils and rock. Burning fossil fuels adds carbon faster than nature can take it back.",
    seeAlso: ["carbon sink", "carbon dioxide"],
  },
  {
    term: "nitrogen cycle",
    field: "climate-earth",
    definition:
      "The natural flow of nitrogen between air, soil, water and living things. Farm fertiliser has doubled how much of it flows.",
    seeAlso: ["nitrous oxide"],
  },
  {
    term: "weathering",
    aliases: ["chemical weathering", "rock weathering"],
    field: "climate-earth",
    definition:
      "The slow breaking down of rock by rain, ice, air and living things. Over millions of years it also pulls carbon dioxide from the air.",
    seeAlso: ["erosion", "enhanced weathering"],
    context: ["rock", "rocks", "mineral", "minerals", "carbon", "soil", "erosion", "geology", "basalt", "limestone"],
  },
  {
    term: "enhanced weathering",
    field: "climate-earth",
    definition:
      "Spreading crushed rock, such as basalt, on fields so it soaks up carbon dioxide faster than it would in nature.",
    seeAlso: ["weathering", "carbon dioxide removal", "basalt"],
  },
  {
    term: "biochar",
    field: "climate-earth",
    definition:
      "Charcoal made by heating plant waste with little air, then dug into soil. It can lock away carbon for a long time and may help crops grow.",
    seeAlso: ["carbon dioxide removal", "soil carbon"],
  },
  {
    term: "blue carbon",
    field: "climate-earth",
    definition:
      "Carbon stored by coastal plants such as mangroves, salt marshes and seagrass, and in the mud beneath them.",
    seeAlso: ["carbon sink", "mangrove", "seagrass"],
  },
  {
    term: "land use change",
    aliases: ["land-use change", "land use"],
    field: "climate-earth",
    definition:
      "Turning land from one use to another, such as forest to farmland or fields to towns. It can release stored carbon and harm wildlife.",
    seeAlso: ["deforestation"],
  },
  {
    term: "cloud seeding",
    field: "climate-earth",
    definition:
      "Spraying tiny particles into clouds to try to make them drop rain or snow. How well it works is still argued about.",
    seeAlso: ["geoengineering"],
  },
  {
    term: "marine cloud brightening",
    field: "climate-earth",
    definition:
      "A proposed way to cool the planet. Ships would spray sea-salt mist into low clouds, so they bounce back more sunlight.",
    seeAlso: ["geoengineering", "albedo"],
  },
  {
    term: "stratospheric aerosol injection",
    aliases: ["sunlight reflection"],
    field: "climate-earth",
    definition:
      "A proposed plan to cool Earth by releasing tiny particles high in the sky to reflect sunlight, as big volcanic eruptions do. Its risks are poorly known.",
    seeAlso: ["geoengineering", "aerosol", "stratosphere"],
  },
  {
    term: "super-emitter",
    aliases: ["super emitters", "methane leak", "methane leaks"],
    field: "climate-earth",
    definition:
      "A single site, such as a leaky gas well or landfill, that releases a large share of the methane in a region. Satellites can now spot them.",
    seeAlso: ["methane"],
  },
  {
    term: "gas flaring",
    aliases: ["gas flare", "gas flares"],
    field: "climate-earth",
    definition:
      "Burning off unwanted natural gas at oil wells instead of using it. It wastes energy and releases carbon dioxide and soot.",
    seeAlso: ["natural gas", "black carbon"],
  },
  {
    term: "natural gas",
    aliases: ["fossil gas"],
    field: "climate-earth",
    definition:
      "A fossil fuel found underground, made mostly of methane. It burns cleaner than coal, but leaks of unburnt gas warm the planet strongly.",
    seeAlso: ["methane", "fossil fuel", "liquefied natural gas"],
  },
  {
    term: "liquefied natural gas",
    aliases: ["LNG"],
    field: "climate-earth",
    definition:
      "Natural gas cooled until it turns to liquid. It then takes far less space and can be shipped across seas in tankers.",
    seeAlso: ["natural gas"],
  },
  {
    term: "fracking",
    aliases: ["hydraulic fracturing", "fracked"],
    field: "climate-earth",
    definition:
      "Pumping water, sand and chemicals deep underground at high pressure. It cracks rock to free the oil or gas trapped in it.",
    seeAlso: ["natural gas", "induced seismicity"],
  },
  {
    term: "shale",
    aliases: ["shale gas", "shale oil"],
    field: "climate-earth",
    definition:
      "A soft rock made from layers of packed mud. Some shale holds oil and gas that can be freed by fracking.",
    seeAlso: ["fracking", "sedimentary rock"],
  },
  {
    term: "oil sands",
    aliases: ["tar sands"],
    field: "climate-earth",
    definition:
      "Sand soaked in thick, tar-like oil. Getting the oil out takes much energy and water, so it has a large carbon footprint.",
    seeAlso: ["fossil fuel"],
  },
  {
    term: "crude oil",
    aliases: ["petroleum"],
    field: "climate-earth",
    definition:
      "Oil as it comes out of the ground. It is then made into petrol, diesel, plastics and other products.",
    seeAlso: ["fossil fuel", "hydrocarbon"],
  },
  {
    term: "decarbonisation",
    aliases: ["decarbonise", "decarbonising"],
    field: "climate-earth",
    definition:
      "Cutting the carbon dioxide that a country, firm or product puts out. One way is to swap coal, oil and gas for clean power.",
    seeAlso: ["net zero", "energy transition"],
  },
  {
    term: "energy transition",
    aliases: ["clean energy transition"],
    field: "climate-earth",
    definition:
      "The world's shift from coal, oil and gas to low-carbon power like wind, solar and nuclear.",
    seeAlso: ["renewable energy", "decarbonisation"],
  },
  {
    term: "climate finance",
    field: "climate-earth",
    definition:
      "Money to cut emissions and cope with climate change. Much of it goes from rich countries to poorer ones.",
    seeAlso: ["loss and damage", "UN climate summit"],
  },
  {
    term: "loss and damage",
    field: "climate-earth",
    definition:
      "Harm from climate change that can no longer be avoided, such as lost homes and land. Poor countries ask rich polluters to help pay for it.",
    seeAlso: ["climate finance", "UN climate summit"],
  },
  {
    term: "climate adaptation",
    aliases: ["adapting to climate change", "adaptation measures"],
    field: "climate-earth",
    definition:
      "Changing how we live and build to cope with a warmer world, such as sea walls, heat plans and drought-proof crops.",
    seeAlso: ["climate mitigation"],
  },
  {
    term: "climate mitigation",
    aliases: ["mitigation of climate change"],
    field: "climate-earth",
    definition:
      "Action to slow climate change, by cutting greenhouse gases or taking carbon out of the air.",
    seeAlso: ["climate adaptation", "net zero"],
  },
  {
    term: "nationally determined contribution",
    aliases: ["nationally determined contributions", "NDC", "NDCs"],
    field: "climate-earth",
    definition:
      "A country's own plan under the Paris deal for how much it will cut its emissions. Countries must update it every five years.",
    seeAlso: ["Paris Agreement", "emissions gap"],
  },
  {
    term: "Montreal Protocol",
    field: "climate-earth",
    definition:
      "A 1987 treaty that banned chemicals eating away the ozone layer. It worked: the ozone hole is slowly healing.",
    seeAlso: ["ozone hole", "ozone layer"],
  },
  {
    term: "Kyoto Protocol",
    field: "climate-earth",
    definition:
      "A 1997 climate treaty that set rich countries targets for cutting greenhouse gases. The Paris Agreement later replaced it.",
    seeAlso: ["Paris Agreement"],
  },
  {
    term: "climate migration",
    aliases: ["climate refugee", "climate refugees", "climate migrants"],
    field: "climate-earth",
    definition:
      "People moving home because of climate effects such as rising seas, drought or floods. Most move within their own country.",
    seeAlso: ["sea-level rise", "drought"],
  },
  {
    term: "limestone",
    field: "climate-earth",
    definition:
      "A rock made mostly from the shells and skeletons of tiny sea creatures. Water slowly dissolves it, carving caves and sinkholes.",
    seeAlso: ["sedimentary rock", "sinkhole"],
  },
  {
    term: "basalt",
    field: "climate-earth",
    definition:
      "A dark, heavy rock formed when lava cools quickly. It makes up the ocean floor and much of Iceland and Hawaii.",
    seeAlso: ["lava", "igneous rock"],
  },
  {
    term: "sedimentary rock",
    aliases: ["sedimentary rocks"],
    field: "climate-earth",
    definition:
      "Rock made from layers of sand, mud or shells pressed together over millions of years. Most fossils are found in it.",
    seeAlso: ["sediment", "stratigraphy"],
  },
  {
    term: "igneous rock",
    aliases: ["igneous rocks", "volcanic rock", "volcanic rocks"],
    field: "climate-earth",
    definition:
      "Rock that formed when melted rock, magma or lava, cooled and hardened. Granite and basalt are both igneous rocks.",
    seeAlso: ["magma", "basalt"],
  },
  {
    term: "metamorphic rock",
    aliases: ["metamorphic rocks"],
    field: "climate-earth",
    definition:
      "Rock that was changed by great heat and pressure deep underground, without melting. Marble was once limestone.",
    seeAlso: ["igneous rock", "sedimentary rock"],
  },
  {
    term: "induced seismicity",
    aliases: ["induced earthquake", "induced earthquakes", "human-caused earthquakes"],
    field: "climate-earth",
    definition:
      "Earthquakes set off by people. Pumping waste water deep underground, fracking, mines and big dams can all do it.",
    seeAlso: ["fracking", "earthquake magnitude"],
  },
  {
    term: "geological time",
    aliases: ["geologic time", "geological timescale", "geologic time scale", "deep time"],
    field: "climate-earth",
    definition:
      "Earth's 4.5-billion-year history, split into eons, eras and periods. It is read from the layers of rock and the fossils in them.",
    seeAlso: ["stratigraphy", "Cenozoic"],
  },
  {
    term: "Cenozoic",
    aliases: ["Cenozoic era"],
    field: "climate-earth",
    definition:
      "The era from the end of the dinosaurs, 66 million years ago, up to today. Mammals spread and grew large in it.",
    seeAlso: ["geological time", "Mesozoic"],
  },
  {
    term: "Mesozoic",
    aliases: ["Mesozoic era"],
    field: "climate-earth",
    definition:
      "The era of the dinosaurs, from about 252 to 66 million years ago. It covers the Triassic, Jurassic and Cretaceous.",
    seeAlso: ["Triassic", "Jurassic", "Cretaceous"],
  },
  {
    term: "Permian",
    aliases: ["end-Permian extinction", "Great Dying"],
    field: "climate-earth",
    definition:
      "The period from about 299 to 252 million years ago. It ended in the worst mass extinction known, when most sea life died out.",
    seeAlso: ["mass extinction", "Triassic"],
  },
  {
    term: "Precambrian",
    field: "climate-earth",
    definition:
      "The long stretch of Earth's history before about 539 million years ago. Life then was mostly single cells.",
    seeAlso: ["Cambrian explosion", "Great Oxidation Event"],
  },
  {
    term: "Great Oxidation Event",
    field: "climate-earth",
    definition:
      "A time about 2.4 billion years ago when oxygen first built up in Earth's air. Tiny sea life that used sunlight made it.",
    seeAlso: ["photosynthesis", "Precambrian"],
  },
  {
    term: "Snowball Earth",
    field: "climate-earth",
    definition:
      "Times over 600 million years ago when ice may have covered nearly the whole planet. Even the equator froze.",
    seeAlso: ["ice age", "Precambrian"],
  },
  {
    term: "Pangaea",
    aliases: ["Pangea"],
    field: "climate-earth",
    definition:
      "The giant single landmass that held all today's continents. It began to break apart about 200 million years ago.",
    seeAlso: ["supercontinent", "continental drift"],
  },
  {
    term: "supercontinent",
    field: "climate-earth",
    definition:
      "A huge landmass formed when most or all continents join together. Over hundreds of millions of years they form and split again.",
    seeAlso: ["Pangaea", "tectonic plate"],
  },
  {
    term: "continental drift",
    field: "climate-earth",
    definition:
      "The slow movement of continents across Earth's surface, a few centimetres a year. They ride on moving plates of rock.",
    seeAlso: ["tectonic plate", "Pangaea"],
  },
  {
    term: "subduction zone",
    aliases: ["subduction", "subducting"],
    field: "climate-earth",
    definition:
      "A place where one plate of Earth's crust slides under another into the hot rock below. It causes the biggest earthquakes and many volcanoes.",
    seeAlso: ["tectonic plate", "tsunami"],
  },
  {
    term: "mid-ocean ridge",
    aliases: ["mid-Atlantic ridge", "seafloor spreading", "sea-floor spreading"],
    field: "climate-earth",
    definition:
      "A long underwater mountain chain where two plates pull apart. Magma rises there and builds new ocean floor.",
    seeAlso: ["tectonic plate", "hydrothermal vent"],
  },
  {
    term: "rift valley",
    aliases: ["rift zone", "East African Rift"],
    field: "climate-earth",
    definition:
      "A long valley that forms where the crust is being stretched and torn apart, like the Great Rift Valley in East Africa.",
    seeAlso: ["tectonic plate"],
  },
  {
    term: "Earth's crust",
    aliases: ["crust of the Earth", "continental crust", "oceanic crust"],
    field: "climate-earth",
    definition:
      "The thin rocky outer skin of Earth that we live on. It is about 5 to 70 km thick and broken into plates.",
    seeAlso: ["Earth's mantle", "tectonic plate"],
  },
  {
    term: "volcanic hotspot",
    aliases: ["hotspot volcano", "mantle plume"],
    field: "climate-earth",
    definition:
      "A spot where hot rock rises from deep inside Earth and melts through the crust. It builds volcanoes, as in Hawaii.",
    seeAlso: ["volcano", "Earth's mantle"],
  },
  {
    term: "geyser",
    field: "climate-earth",
    definition:
      "A hot spring that now and then shoots a jet of boiling water and steam into the air, heated by hot rock underground.",
    seeAlso: ["hot spring"],
  },
  {
    term: "hot spring",
    aliases: ["hot springs", "thermal spring"],
    field: "climate-earth",
    definition:
      "A pool where water heated deep underground comes to the surface. Some hold tiny life that thrives in great heat.",
    seeAlso: ["geyser", "hydrothermal vent"],
  },
  {
    term: "caldera",
    field: "climate-earth",
    definition:
      "A huge bowl-shaped hollow. It is left when a volcano falls in on itself after a big eruption empties the magma below.",
    seeAlso: ["supervolcano", "magma"],
  },
  {
    term: "supervolcano",
    aliases: ["super-eruption", "supereruption"],
    field: "climate-earth",
    definition:
      "A volcano that has had an eruption thousands of times bigger than usual, such as Yellowstone. Such blasts are very rare.",
    seeAlso: ["caldera", "volcanic eruption"],
  },
  {
    term: "pyroclastic flow",
    aliases: ["pyroclastic flows", "pyroclastic density current"],
    field: "climate-earth",
    definition:
      "A fast, burning cloud of gas, ash and rock that rushes down a volcano's sides. It is the deadliest part of many eruptions.",
    seeAlso: ["volcanic eruption", "volcanic ash"],
  },
  {
    term: "lahar",
    field: "climate-earth",
    definition:
      "A fast flow of mud and rock down a volcano's sides, often after rain or melted snow mixes with loose ash.",
    seeAlso: ["volcanic eruption"],
  },
  {
    term: "volcanic ash",
    aliases: ["ash cloud", "tephra"],
    field: "climate-earth",
    definition:
      "Tiny sharp bits of rock and glass blasted out by a volcano. Ash clouds can shut down flights, and ash layers help date rocks.",
    seeAlso: ["volcanic eruption", "pyroclastic flow"],
  },
  {
    term: "stratigraphy",
    aliases: ["stratigraphic", "strata", "stratum", "rock layers"],
    field: "climate-earth",
    definition:
      "The study of layers of rock or soil. Lower layers are usually older, so the order of layers gives the order of events.",
    seeAlso: ["sedimentary rock", "geological time"],
  },
  {
    term: "sediment core",
    aliases: ["sediment cores", "core sample", "core samples", "drill core"],
    field: "climate-earth",
    definition:
      "A long tube of mud or rock drilled from a lake or sea floor. Its layers keep a record of past climate and life.",
    seeAlso: ["ice core", "proxy record"],
  },
  {
    term: "radiometric dating",
    aliases: ["radioisotope dating", "uranium-lead dating", "potassium-argon dating", "argon-argon dating"],
    field: "climate-earth",
    definition:
      "Finding the age of rocks or remains from the steady decay of radioactive atoms in them. Radiocarbon dating is one kind.",
    seeAlso: ["radiocarbon dating", "radioactive decay", "isotope"],
  },
  {
    term: "luminescence dating",
    aliases: ["optically stimulated luminescence", "thermoluminescence"],
    field: "climate-earth",
    definition:
      "A way to tell when sand or pottery last saw sunlight or was heated. Tests measure a faint glow it gives off.",
    seeAlso: ["radiometric dating"],
  },
  {
    term: "dendrochronology",
    aliases: ["tree-ring dating", "tree rings", "tree ring"],
    field: "climate-earth",
    definition:
      "Dating wood, and reading past climates, from tree rings. Each year a tree adds one ring; good years leave wide rings.",
    seeAlso: ["proxy record", "radiocarbon dating"],
  },
  {
    term: "paleoclimate",
    aliases: ["palaeoclimate", "paleoclimatology", "palaeoclimatology", "past climate"],
    field: "climate-earth",
    definition:
      "The climate of the distant past, read from clues such as ice cores, tree rings, fossils and rock layers.",
    seeAlso: ["proxy record", "ice core"],
  },
  {
    term: "Milankovitch cycles",
    aliases: ["Milankovitch cycle", "orbital cycles"],
    field: "climate-earth",
    definition:
      "Slow changes in Earth's orbit and tilt over tens of thousands of years. They shift sunlight enough to start and end ice ages.",
    seeAlso: ["ice age", "interglacial"],
  },
  {
    term: "Little Ice Age",
    field: "climate-earth",
    definition:
      "A cooler spell from about 1300 to 1850, when glaciers grew and rivers like the Thames sometimes froze. It was far milder than a real ice age.",
    seeAlso: ["ice age", "natural variability"],
  },
  {
    term: "Younger Dryas",
    field: "climate-earth",
    definition:
      "A sudden return to near ice-age cold about 12,900 years ago, as the last ice age was ending. It lasted some 1,200 years.",
    seeAlso: ["ice age", "AMOC"],
  },
  {
    term: "Last Glacial Maximum",
    field: "climate-earth",
    definition:
      "The peak of the last ice age, about 20,000 years ago. Ice covered much of North America and Europe, and seas were 120 metres lower.",
    seeAlso: ["ice age", "interglacial"],
  },
  {
    term: "Paleocene-Eocene Thermal Maximum",
    aliases: ["PETM"],
    field: "climate-earth",
    definition:
      "A burst of warming 56 million years ago, when a huge release of carbon heated Earth by 5 to 8 °C. It is studied as a guide to today.",
    seeAlso: ["paleoclimate", "ocean acidification"],
  },
  {
    term: "ice cap",
    aliases: ["ice caps", "polar ice caps", "icefield"],
    field: "climate-earth",
    definition:
      "A dome of ice covering high land, smaller than an ice sheet. People also say polar ice caps for the ice at the poles.",
    seeAlso: ["ice sheet", "glacier"],
  },
  {
    term: "glacial retreat",
    aliases: ["retreating glaciers", "glacier retreat", "glacier melt", "melting glaciers"],
    field: "climate-earth",
    definition:
      "Glaciers shrinking back because they melt faster than snow builds them up. Most glaciers on Earth are retreating.",
    seeAlso: ["glacier", "meltwater"],
  },
  {
    term: "grounding line",
    field: "climate-earth",
    definition:
      "The place where a glacier leaves the sea bed and starts to float. Warm water eating at it can speed up ice loss.",
    seeAlso: ["ice shelf", "ice sheet"],
  },
  {
    term: "iceberg",
    field: "climate-earth",
    definition:
      "A large block of fresh-water ice that has broken off a glacier or ice shelf and floats in the sea. Most of it hides under water.",
    seeAlso: ["calving", "ice shelf"],
  },
  {
    term: "firn",
    field: "climate-earth",
    definition:
      "Old, packed snow that is on its way to becoming glacier ice. Air trapped in it keeps samples of past air.",
    seeAlso: ["ice core", "glacier"],
  },
  {
    term: "cryosphere",
    field: "climate-earth",
    definition:
      "All the frozen parts of Earth: sea ice, glaciers, ice sheets, snow and frozen ground.",
    seeAlso: ["permafrost", "sea ice"],
  },
  {
    term: "thermokarst",
    field: "climate-earth",
    definition:
      "Bumpy land full of pits and lakes that forms when ice-rich frozen ground thaws and the surface sinks.",
    seeAlso: ["permafrost"],
  },
  {
    term: "Earth system",
    aliases: ["Earth system science", "Earth systems"],
    field: "climate-earth",
    definition:
      "The planet seen as one linked whole: air, oceans, ice, land and life all affect each other.",
    seeAlso: ["climate model", "feedback loop"],
  },
  {
    term: "remote sensing",
    aliases: ["satellite imagery", "satellite images", "satellite data", "Earth observation"],
    field: "climate-earth",
    definition:
      "Studying the Earth from a distance, usually by satellite or plane. It can track fires, ice, crops and pollution over the whole globe.",
    seeAlso: ["artificial satellite", "lidar"],
  },
  {
    term: "epicentre",
    aliases: ["hypocentre", "epicenter"],
    field: "climate-earth",
    definition:
      "The spot on the surface right above where an earthquake starts underground.",
    seeAlso: ["earthquake magnitude", "seismic wave"],
    context: ["earthquake", "quake", "tremor", "seismic", "magnitude", "aftershock"],
  },
  {
    term: "foreshock",
    aliases: ["foreshocks"],
    field: "climate-earth",
    definition:
      "A smaller quake before a bigger one in the same place. It can only be called a foreshock once the bigger quake has happened.",
    seeAlso: ["aftershock"],
  },
  {
    term: "earthquake early warning",
    aliases: ["early warning system", "ShakeAlert"],
    field: "climate-earth",
    definition:
      "A system that senses the first waves of a quake and sends alerts. They arrive seconds before strong shaking, so people can take cover.",
    seeAlso: ["seismic wave", "seismometer"],
  },
  {
    term: "liquefaction",
    aliases: ["soil liquefaction"],
    field: "climate-earth",
    definition:
      "When shaking turns wet, loose soil into something like quicksand, so buildings tip or sink.",
    seeAlso: ["earthquake magnitude"],
    context: ["earthquake", "quake", "soil", "shaking", "seismic", "ground", "sand", "building"],
  },
  {
    term: "San Andreas Fault",
    field: "climate-earth",
    definition:
      "A long crack in California where two great plates grind past each other. It is expected to cause a big quake one day.",
    seeAlso: ["fault line", "tectonic plate"],
  },
  {
    term: "Ring of Fire",
    field: "climate-earth",
    definition:
      "A horseshoe of volcanoes and earthquake zones around the Pacific Ocean, where plates meet. Most big quakes happen there.",
    seeAlso: ["subduction zone", "volcano"],
  },
  {
    term: "seismic hazard",
    aliases: ["seismic risk", "earthquake risk", "earthquake hazard"],
    field: "climate-earth",
    definition:
      "How likely strong shaking is in a place over a given time. Maps of it guide building rules.",
    seeAlso: ["earthquake magnitude", "fault line"],
  },
  {
    term: "geomagnetic reversal",
    aliases: ["magnetic pole reversal", "pole reversal", "magnetic reversal", "pole flip"],
    field: "climate-earth",
    definition:
      "A flip of Earth's magnetic field, when north and south swap. It has happened hundreds of times, most lately about 780,000 years ago.",
    seeAlso: ["magnetic field"],
  },
  {
    term: "stalagmite",
    aliases: ["stalactite", "speleothem", "speleothems"],
    field: "climate-earth",
    definition:
      "A spike of rock built up on a cave floor by dripping water. Its layers keep a record of past rainfall and climate.",
    seeAlso: ["proxy record", "limestone"],
  },
  {
    term: "greenwashing",
    aliases: ["greenwash", "greenwashed"],
    field: "climate-earth",
    definition:
      "Making a product or firm sound better for the planet than it really is. Vague or misleading claims are the usual trick.",
    seeAlso: ["carbon offset", "net zero"],
  },
  {
    term: "carbon intensity",
    aliases: ["emissions intensity"],
    field: "climate-earth",
    definition:
      "How much carbon dioxide is let out for each unit of something. Examples are each unit of power or each tonne of steel.",
    seeAlso: ["decarbonisation", "carbon footprint"],
  },
  {
    term: "carbon dioxide equivalent",
    aliases: ["CO2e", "CO2 equivalent", "CO2-equivalent", "CO₂e", "tonnes of CO2e"],
    field: "climate-earth",
    definition:
      "A way of adding up different greenhouse gases as if they were all carbon dioxide. Each is weighted by how much it warms the planet.",
    seeAlso: ["global warming potential", "greenhouse gas"],
  },
  {
    term: "global warming potential",
    aliases: ["GWP"],
    field: "climate-earth",
    definition:
      "How much a greenhouse gas warms the planet compared with the same amount of carbon dioxide, usually over 100 years. Methane's is about 30.",
    seeAlso: ["carbon dioxide equivalent", "methane"],
  },
  {
    term: "Scope 3 emissions",
    aliases: ["scope 1 emissions", "scope 2 emissions", "supply chain emissions", "indirect emissions"],
    field: "climate-earth",
    definition:
      "Emissions from a firm's suppliers and from customers using its products, not from its own sites. They are often the biggest share.",
    seeAlso: ["carbon footprint", "net zero"],
  },
  {
    term: "stranded assets",
    aliases: ["stranded asset"],
    field: "climate-earth",
    definition:
      "Coal mines, oil fields and other assets that lose their value early. Climate rules or cheaper clean power leave them unused.",
    seeAlso: ["energy transition", "fossil fuel"],
  },
  {
    term: "just transition",
    field: "climate-earth",
    definition:
      "Moving away from fossil fuels in a fair way, so workers and towns that depend on them are not left behind.",
    seeAlso: ["energy transition"],
  },
  {
    term: "carbon border tax",
    aliases: ["carbon border adjustment", "CBAM", "carbon border adjustment mechanism"],
    field: "climate-earth",
    definition:
      "A charge on imports based on the carbon let out in making them. Firms then cannot dodge climate rules by moving abroad.",
    seeAlso: ["carbon tax", "emissions trading"],
  },
  {
    term: "phase-out",
    aliases: ["phase out", "phase-down", "coal phase-out", "fossil fuel phase-out", "phasing out"],
    field: "climate-earth",
    definition:
      "A planned end to something over time, such as coal power or fossil fuels. A phase-down only means cutting use, not ending it.",
    seeAlso: ["fossil fuel", "energy transition"],
    context: ["coal", "fossil", "fuels", "oil", "gas", "climate", "emissions", "COP", "summit", "carbon", "petrol", "diesel", "power"],
  },
  {
    term: "overshoot",
    aliases: ["temperature overshoot", "overshoot 1.5C"],
    field: "climate-earth",
    definition:
      "Warming that goes past a target such as 1.5 °C for a time. The hope is to bring it back down later by removing carbon.",
    seeAlso: ["1.5C target", "carbon dioxide removal"],
    context: ["1.5C", "1.5°C", "1.5 degrees", "warming", "temperature", "climate", "target", "Paris", "carbon", "degrees"],
  },
  {
    term: "business as usual",
    aliases: ["business-as-usual", "RCP8.5", "high-emissions scenario"],
    field: "climate-earth",
    definition:
      "A future where no new climate action is taken. The old worst-case model, RCP8.5, is now seen as less likely than once thought.",
    seeAlso: ["emissions scenario", "climate projection"],
    context: ["emissions", "climate", "warming", "scenario", "scenarios", "carbon", "temperature", "model", "models", "RCP8.5", "projection"],
  },
  {
    term: "hottest year on record",
    aliases: ["warmest year on record", "hottest year", "record-breaking heat", "record high temperatures", "hottest day on record"],
    field: "climate-earth",
    definition:
      "The warmest year since reliable worldwide measurements began in the mid-1800s. Most of the hottest years have come in the last decade.",
    seeAlso: ["global mean temperature", "temperature anomaly"],
  },
  {
    term: "fire weather",
    aliases: ["fire weather index", "fire danger", "fire season"],
    field: "climate-earth",
    definition:
      "Hot, dry, windy weather that makes wildfires start easily and spread fast. Climate change is making such days more common.",
    seeAlso: ["wildfire", "drought"],
  },
  {
    term: "megafire",
    aliases: ["megafires", "firestorm", "firestorms", "pyrocumulonimbus", "fire cloud"],
    field: "climate-earth",
    definition:
      "A huge, fierce wildfire that burns a vast area. The biggest make their own storm clouds and winds.",
    seeAlso: ["wildfire", "fire weather"],
  },
  {
    term: "prescribed burn",
    aliases: ["prescribed burns", "prescribed fire", "controlled burn", "controlled burns", "cultural burning", "hazard reduction burn"],
    field: "climate-earth",
    definition:
      "A small fire set on purpose in cool, calm weather to clear dry fuel, so later wildfires are less severe.",
    seeAlso: ["wildfire", "fire weather"],
  },
  {
    term: "water footprint",
    aliases: ["water use", "water consumption"],
    field: "climate-earth",
    definition:
      "How much fresh water it takes to make a product or run a service. Data centres use it for cooling, and farms for crops.",
    seeAlso: ["carbon footprint", "data centre"],
    context: ["footprint", "data centre", "data centres", "data center", "AI", "litres", "gallons", "cooling", "crop", "crops", "drought", "product", "production", "servers"],
  },
  {
    term: "mine tailings",
    aliases: ["tailings", "tailings dam", "tailings dams"],
    field: "climate-earth",
    definition:
      "The wet waste left after ore is crushed and the metal taken out. It is stored behind dams that can fail and flood land with toxic mud.",
    seeAlso: ["heavy metal"],
  },
  {
    term: "smelting",
    aliases: ["smelter", "smelters", "ore smelting"],
    field: "climate-earth",
    definition:
      "Heating ore to melt out the metal in it. It takes a lot of energy and can release toxic fumes.",
    seeAlso: ["heavy metal", "green steel"],
  },
  {
    term: "climate tipping element",
    aliases: ["tipping elements", "tipping cascade"],
    field: "climate-earth",
    definition:
      "A big part of the Earth system, such as an ice sheet or the Amazon. It could flip to a new state once warming passes a limit.",
    seeAlso: ["tipping point", "AMOC"],
  },
  {
    term: "Amazon dieback",
    aliases: ["Amazon tipping point", "rainforest dieback", "forest dieback"],
    field: "climate-earth",
    definition:
      "The feared loss of large parts of the Amazon forest to drought, fire and clearing. It could turn into dry grassland.",
    seeAlso: ["deforestation", "tipping point"],
  },
  {
    term: "wet season",
    aliases: ["rainy season", "dry season"],
    field: "climate-earth",
    definition:
      "The months of the year when most rain falls in a tropical region. The dry season is the opposite.",
    seeAlso: ["monsoon"],
  },
  {
    term: "heat index",
    aliases: ["feels-like temperature", "apparent temperature"],
    field: "climate-earth",
    definition:
      "How hot it feels when humidity is added to the air temperature. Damp heat feels hotter because sweat dries slowly.",
    seeAlso: ["humidity", "wet-bulb temperature"],
  },
  {
    term: "amber warning",
    aliases: ["red warning", "yellow warning", "weather warning", "weather warnings", "heat-health alert"],
    field: "climate-earth",
    definition:
      "A colour-coded alert from a weather service. Yellow means be aware, amber means be prepared, red means danger to life.",
    seeAlso: ["extreme weather"],
  },
  {
    term: "emissions",
    aliases: ["carbon emissions", "CO2 emissions", "greenhouse gas emissions", "emission", "emitted", "emitting", "emitter", "emitters"],
    field: "climate-earth",
    definition:
      "Gases or particles let out into the air, mostly from burning fuel. In climate stories it usually means greenhouse gases such as carbon dioxide.",
    seeAlso: ["greenhouse gas", "carbon footprint", "net zero"],
    context: ["carbon", "CO2", "greenhouse", "climate", "pollution", "pollutants", "fossil", "fuel", "fuels", "coal", "gas", "methane", "vehicle", "vehicles", "exhaust", "warming", "tonnes", "net zero", "power", "cars"],
  },
  {
    term: "geology",
    aliases: ["geologist", "geologists", "geological", "geologic"],
    field: "climate-earth",
    definition:
      "The science of the Earth's rocks, how they formed and how the planet's surface has changed over time.",
    seeAlso: ["geological time", "stratigraphy"],
  },
  {
    term: "geophysics",
    aliases: ["geophysicist", "geophysicists", "geophysical", "geophysical survey", "geophysical surveys"],
    field: "climate-earth",
    definition:
      "Studying the Earth with physics, such as gravity, magnetism and sound waves. It can map what lies under the ground without digging.",
    seeAlso: ["ground-penetrating radar", "seismic wave"],
  },
  {
    term: "meteorology",
    aliases: ["meteorologist", "meteorologists", "meteorological"],
    field: "climate-earth",
    definition:
      "The science of the weather and the air. Meteorologists study and forecast it.",
    seeAlso: ["numerical weather prediction", "climate model"],
  },
  {
    term: "climatology",
    aliases: ["climatologist", "climatologists", "climate scientist", "climate scientists", "climate researcher", "climate researchers"],
    field: "climate-earth",
    definition:
      "The science of climate: the long-term patterns of weather over years and centuries, and why they change.",
    seeAlso: ["climate model", "meteorology"],
  },
  {
    term: "oceanography",
    aliases: ["oceanographer", "oceanographers", "oceanographic"],
    field: "climate-earth",
    definition:
      "The science of the seas: their water, currents, floor and life.",
    seeAlso: ["ocean current"],
  },
  {
    term: "seismology",
    aliases: ["seismologist", "seismologists", "seismological"],
    field: "climate-earth",
    definition:
      "The science of earthquakes and of the waves they send through the Earth, which also reveal the planet's insides.",
    seeAlso: ["seismic wave", "seismometer"],
  },
  {
    term: "volcanology",
    aliases: ["volcanologist", "volcanologists", "vulcanologist"],
    field: "climate-earth",
    definition:
      "The science of volcanoes: how they form and erupt, and how to warn people before they do.",
    seeAlso: ["volcano", "magma"],
  },
  {
    term: "glaciology",
    aliases: ["glaciologist", "glaciologists"],
    field: "climate-earth",
    definition:
      "The science of glaciers and ice sheets, and how they grow, flow and melt.",
    seeAlso: ["glacier", "ice sheet"],
  },
  {
    term: "ERA5",
    field: "climate-earth",
    definition:
      "A widely used record of the world's weather since 1940. A European agency rebuilt it from old readings and a weather model.",
    seeAlso: ["reanalysis"],
  },
];
