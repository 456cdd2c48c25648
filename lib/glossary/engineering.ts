import type { GlossaryEntry } from './types';

/** Plain-language glossary: engineering and technology. */
export const entries: GlossaryEntry[] = [
  {
    term: "prototype",
    field: "engineering",
    definition:
      "An early test version of a product or machine, built to check whether an idea works before making it for real. Many never reach shops.",
  },
  {
    term: "3D printing",
    aliases: ["3-D printing", "additive manufacturing", "3D printer", "3D-printed"],
    field: "engineering",
    definition:
      "Making a solid object one thin layer at a time, from plastic, metal or other material. A computer design guides the printer.",
    seeAlso: ["computer-aided design", "printhead"],
  },
  {
    term: "printhead",
    aliases: ["print head", "nozzle"],
    field: "engineering",
    definition:
      "The part of a printer or 3D printer that moves over the surface. It puts down ink or material in exact spots.",
    seeAlso: ["3D printing"],
    context: ["printer", "printers", "printing", "3D", "ink", "inkjet", "print", "printed"],
  },
  {
    term: "computer-aided design",
    aliases: ["CAD"],
    field: "engineering",
    definition:
      "Using computer software to draw and test detailed plans for buildings, machines and parts. It is done before anything is made.",
    seeAlso: ["3D printing", "digital twin"],
  },
  {
    term: "sensor",
    field: "engineering",
    definition:
      "A device that detects something, such as heat, light, movement or a chemical. It turns what it finds into a signal a computer can read.",
    seeAlso: ["actuator", "wearable"],
  },
  {
    term: "actuator",
    field: "engineering",
    definition:
      "The part of a machine that makes it move, such as a motor or piston. It turns a control signal into a push, pull or turn.",
    seeAlso: ["sensor", "robot"],
  },
  {
    term: "feedback control",
    aliases: ["control system", "closed-loop control"],
    field: "engineering",
    definition:
      "A system that keeps checking what a machine is doing and adjusts it to stay on target. A thermostat does this with room heat.",
    seeAlso: ["sensor", "actuator"],
  },
  {
    term: "vibration",
    field: "engineering",
    definition:
      "A fast back-and-forth shaking of an object or structure. Engineers study it because too much can wear out or break machines, bridges and buildings.",
    seeAlso: ["frequency", "metal fatigue"],
    context: ["engine", "machine", "machines", "bridge", "bridges", "building", "buildings", "structure", "motor", "sensor", "damping", "turbine", "frequency"],
  },
  {
    term: "metal fatigue",
    aliases: ["material fatigue", "fatigue crack"],
    field: "engineering",
    definition:
      "Weakening of metal that is bent or loaded again and again, even gently. Tiny cracks grow until it breaks.",
    seeAlso: ["vibration"],
  },
  {
    term: "tensile strength",
    field: "engineering",
    definition:
      "How hard you can pull on a material before it snaps. Steel cables and spider silk both score highly.",
  },
  {
    term: "drone",
    aliases: ["unmanned aerial vehicle", "UAV", "quadcopter"],
    field: "engineering",
    definition:
      "An aircraft with no pilot on board, flown by remote control or by its own computer. They carry cameras, sensors, parcels or weapons.",
    seeAlso: ["sensor", "lidar"],
    context: ["flying", "fly", "flew", "flight", "aircraft", "aerial", "camera", "cameras", "strike", "strikes", "delivery", "pilot", "airspace", "survey", "sky", "military", "attack"],
  },
  {
    term: "lidar",
        field: "engineering",
    definition:
      "A way of mapping surroundings by firing laser pulses and timing how long the light takes to bounce back. Used by self-driving cars and to map land under forests.",
    seeAlso: ["autonomous vehicle", "laser"],
  },
  {
    term: "radar",
    field: "engineering",
    definition:
      "A system that sends out radio waves and listens for the echoes. It finds how far away and how fast things like planes, ships and rain clouds are.",
    seeAlso: ["lidar"],
  },
  {
    term: "wind turbine",
    aliases: ["wind farm", "offshore wind"],
    field: "engineering",
    definition:
      "A tall machine with blades that the wind turns. The blades spin a generator that makes electricity.",
    seeAlso: ["renewable energy"],
  },
  {
    term: "solar panel",
    aliases: ["solar module", "solar PV", "solar farm", "rooftop solar"],
    field: "engineering",
    definition:
      "A flat board of many linked solar cells that turns sunlight into electricity. Panels sit on roofs or in large fields.",
    seeAlso: ["solar cell", "renewable energy"],
  },
  {
    term: "heat pump",
    field: "engineering",
    definition:
      "A machine that moves heat from outside air, ground or water into a building, or the other way to cool it. It uses far less electricity than it delivers as heat.",
  },
  {
    term: "hydropower",
    aliases: ["hydroelectric power", "hydroelectricity", "hydroelectric dam", "pumped hydro"],
    field: "engineering",
    definition:
      "Electricity made by moving water, usually at a dam. Pumped hydro pushes water uphill to store energy, then lets it flow down when power is needed.",
    seeAlso: ["renewable energy", "energy storage"],
  },
  {
    term: "geothermal energy",
    aliases: ["geothermal power", "geothermal"],
    field: "engineering",
    definition:
      "Heat from deep underground, used to warm buildings or make electricity. Often water is pumped down to hot rocks and comes back up hot.",
    seeAlso: ["renewable energy"],
  },
  {
    term: "tidal energy",
    aliases: ["tidal power", "wave energy", "wave power"],
    field: "engineering",
    definition:
      "Electricity made from the rise and fall of tides or the motion of ocean waves.",
    seeAlso: ["renewable energy"],
  },
  {
    term: "power grid",
    aliases: ["electricity grid", "electrical grid", "national grid", "grid"],
    field: "engineering",
    definition:
      "The web of power plants, cables and substations that carries electricity. It brings power to homes, shops and factories.",
    seeAlso: ["energy storage", "smart grid"],
    context: ["electricity", "power", "energy", "renewable", "renewables", "solar", "wind", "battery", "batteries", "blackout", "outage", "utility", "utilities", "charging"],
  },
  {
    term: "smart grid",
    field: "engineering",
    definition:
      "An electricity network that uses sensors and computers to match supply and demand as it happens. For example, it may charge cars when power is cheap.",
    seeAlso: ["power grid"],
  },
  {
    term: "energy storage",
    aliases: ["grid storage", "battery storage", "grid-scale battery"],
    field: "engineering",
    definition:
      "Ways of saving electricity for later, such as big batteries or pumping water uphill. It lets power from sun and wind be used when needed.",
    seeAlso: ["flow battery", "hydropower", "power grid"],
  },
  {
    term: "battery pack",
    field: "engineering",
    definition:
      "Many battery cells wired together in one case, with electronics to keep them safe. Electric cars and e-bikes use them.",
    seeAlso: ["lithium-ion battery", "electric vehicle"],
  },
  {
    term: "electric vehicle",
    aliases: ["EV", "electric car", "battery electric vehicle"],
    field: "engineering",
    definition:
      "A car, bus or other vehicle that runs on electric motors and a battery you charge up. It has no petrol or diesel engine.",
    seeAlso: ["battery pack", "lithium-ion battery"],
  },
  {
    term: "nuclear reactor",
    aliases: ["nuclear power plant", "nuclear power station"],
    field: "engineering",
    definition:
      "A machine that splits atoms in a controlled way to make heat. The heat boils water, which drives turbines to make electricity.",
    seeAlso: ["nuclear fission", "small modular reactor"],
  },
  {
    term: "small modular reactor",
    aliases: ["SMR", "modular reactor"],
    field: "engineering",
    definition:
      "A smaller nuclear power plant design meant to be built from factory-made parts, to cut cost and time. Few are running yet.",
    seeAlso: ["nuclear reactor"],
  },
  {
    term: "LED",
    aliases: ["light-emitting diode", "OLED"],
    field: "engineering",
    definition:
      "A small electronic part that gives off light when current flows through it. It uses much less power and lasts far longer than old bulbs.",
    seeAlso: ["semiconductor"],
  },
  {
    term: "microchip",
    aliases: ["computer chip", "integrated circuit", "semiconductor chip", "chip"],
    field: "engineering",
    definition:
      "A tiny slice of silicon holding billions of tiny switches that work on or store information. Phones, cars and computers all depend on them.",
    seeAlso: ["semiconductor", "GPU", "Moore's law"],
    context: ["computer", "computers", "semiconductor", "semiconductors", "silicon", "processor", "processors", "AI", "transistor", "transistors", "electronics", "manufacturing", "fab", "smartphone", "phone", "Nvidia", "TSMC", "Intel", "export", "exports", "microchip", "microchips"],
  },
  {
    term: "transistor",
    field: "engineering",
    definition:
      "A tiny electronic switch that turns current on and off. Billions packed onto a chip carry out a computer's work.",
    seeAlso: ["microchip", "semiconductor"],
  },
  {
    term: "optical fibre",
    aliases: ["optical fiber", "fibre-optic cable", "fiber-optic cable", "fibre optics", "fiber optics"],
    field: "engineering",
    definition:
      "A thin, flexible strand of glass that carries information as pulses of light over long distances. The internet runs on them.",
    seeAlso: ["laser", "photonics"],
  },
  {
    term: "wearable",
    aliases: ["wearable device", "wearable technology", "smartwatch", "fitness tracker", "wearables", "wearable devices", "smartwatches"],
    field: "engineering",
    definition:
      "A small electronic gadget worn on the body, such as a smartwatch or fitness band. It often tracks steps, heart rate or sleep.",
    seeAlso: ["sensor"],
  },
  {
    term: "exoskeleton",
    field: "engineering",
    definition:
      "A wearable frame with motors that supports or boosts the body. It can help workers lift loads or help people with weak legs walk.",
    seeAlso: ["actuator", "wearable"],
    context: ["robotic", "robot", "wearable", "powered", "motor", "motors", "worker", "workers", "walk", "walking", "suit", "device", "paralysed", "paralyzed"],
  },
  {
    term: "robotic arm",
    aliases: ["robot arm"],
    field: "engineering",
    definition:
      "A machine arm with joints that a computer controls to grip, move or work on things. Factories, labs and surgeons use them.",
    seeAlso: ["robot", "actuator"],
  },
  {
    term: "soft robotics",
    aliases: ["soft robot"],
    field: "engineering",
    definition:
      "Robots made of bendy, squishy materials instead of hard metal. They can squeeze through gaps or pick up delicate things.",
    seeAlso: ["robot"],
  },
  {
    term: "desalination",
    aliases: ["desalination plant"],
    field: "engineering",
    definition:
      "Removing salt from seawater to make fresh water for drinking or farming. It uses a lot of energy and leaves very salty waste water.",
    seeAlso: ["filtration membrane"],
  },
  {
    term: "artificial satellite",
    aliases: ["satellite", "CubeSat", "satellite constellation", "megaconstellation"],
    field: "engineering",
    definition:
      "A machine sent to circle Earth or another world. It may take pictures, pass on phone and internet signals, or help with finding your way.",
    seeAlso: ["low Earth orbit", "space debris"],
    context: ["orbit", "orbits", "orbiting", "space", "launch", "launched", "Earth", "spacecraft", "rocket", "images", "imagery", "signal", "signals", "internet", "GPS", "Starlink", "data"],
  },
  {
    term: "reusable rocket",
    aliases: ["reusable launch vehicle"],
    field: "engineering",
    definition:
      "A rocket, or part of one, that lands after launch so it can fly again, which cuts the cost of getting into space.",
    context: ["rocket", "rockets", "launch", "landing", "landed", "SpaceX", "space", "orbit", "reusable", "Falcon"],
  },
  {
    term: "microfluidics",
    aliases: ["lab-on-a-chip", "microfluidic device"],
    field: "engineering",
    definition:
      "Devices with channels thinner than a hair that move tiny drops of liquid. They let a small chip run tests that usually need a full lab.",
    seeAlso: ["sensor"],
  },
  {
    term: "thermal imaging",
    aliases: ["infrared camera", "thermal camera"],
    field: "engineering",
    definition:
      "Cameras that see heat instead of visible light, showing warm and cool areas. Used to find people at night, leaks in buildings or overheating parts.",
    seeAlso: ["sensor"],
  },
  {
    term: "kilowatt-hour",
    aliases: ["kWh", "megawatt-hour", "MWh", "gigawatt-hour", "GWh", "terawatt-hour", "TWh"],
    field: "engineering",
    definition:
      "A unit of energy: using 1,000 watts for one hour. Power bills are counted in them; bigger units measure a country's use.",
    seeAlso: ["gigawatt"],
  },
  {
    term: "gigawatt",
    aliases: ["megawatt", "kilowatt"],
    field: "engineering",
    definition:
      "A unit of power, the rate at which energy is made or used. A gigawatt is a billion watts, about what a large power station puts out.",
    seeAlso: ["kilowatt-hour", "power grid"],
  },
  {
    term: "hypersonic",
    aliases: ["hypersonic missile", "hypersonic flight"],
    field: "engineering",
    definition:
      "Faster than five times the speed of sound. Such speeds create extreme heat that strains materials.",
  },
  {
    term: "thermal runaway",
    field: "engineering",
    definition:
      "When a battery overheats and the heat causes more heat. It feeds itself until the battery may catch fire or explode.",
    seeAlso: ["lithium-ion battery"],
  },
  {
    term: "nuclear waste",
    aliases: ["radioactive waste", "spent fuel", "spent nuclear fuel"],
    field: "engineering",
    definition:
      "Used fuel and other leftovers from nuclear power. They stay radioactive for thousands of years, so they must be stored safely.",
    seeAlso: ["nuclear reactor", "radioactive decay"],
  },
  {
    term: "enriched uranium",
    aliases: ["highly enriched uranium", "uranium enrichment"],
    field: "engineering",
    definition:
      "Uranium with a raised share of the type whose atoms split easily. Low levels fuel power plants; very high levels can make bombs.",
    seeAlso: ["nuclear fission", "nuclear reactor"],
  },
  {
    term: "xenobot",
    field: "engineering",
    definition:
      "A tiny living robot built from frog cells in a shape a computer designed. Xenobots can move and do simple jobs, helping scientists study how cells work together.",
  },
  {
    term: "vacuum tube",
    aliases: ["thermionic valve"],
    field: "engineering",
    definition:
      "A glass tube with the air taken out, used to control electric current. Old radios and the first computers used them. Smaller, cheaper transistors took their place.",
    seeAlso: ["transistor"],
  },
  {
    term: "battery cell",
    field: "engineering",
    definition:
      "One small unit inside a battery that stores and gives out energy. Many cells joined together make the battery pack of a laptop or an electric car.",
    seeAlso: ["battery pack"],
  },
];
