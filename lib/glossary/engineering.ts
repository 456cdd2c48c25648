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
    context: ["flying", "fly", "flew", "flight", "aircraft", "camera", "cameras", "strike", "strikes", "delivery", "pilot", "airspace", "survey", "sky", "military", "attack"],
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
    aliases: ["wind farm"],
    field: "engineering",
    definition:
      "A tall machine with blades that the wind turns. The blades spin a generator that makes electricity.",
    seeAlso: ["renewable energy"],
  },
  {
    term: "solar panel",
    aliases: ["solar module", "solar PV"],
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
    aliases: ["grid storage", "battery storage"],
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
    aliases: ["computer chip", "semiconductor chip", "chip"],
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
  {
    term: "accelerometer",
    aliases: ["accelerometers", "activity monitor", "activity monitors", "activity tracker", "activity trackers", "pedometer", "step counter"],
    field: "engineering",
    definition:
      "A tiny sensor that measures movement and tilt. Worn on the wrist or hip, it lets studies record how much people really move and sleep.",
    seeAlso: ["wearable", "sensor", "gyroscope"],
  },
  {
    term: "gyroscope",
    aliases: ["gyroscopes", "gyro", "inertial measurement unit", "IMU"],
    field: "engineering",
    definition:
      "A sensor that tracks turning and tilting. Phones, drones and spacecraft use one to know which way they face.",
    seeAlso: ["accelerometer", "sensor"],
  },
  {
    term: "MEMS",
    aliases: ["microelectromechanical systems", "micro-electromechanical systems"],
    field: "engineering",
    definition:
      "Tiny machines built on chips, with moving parts finer than a hair. The motion sensors and microphones in phones are MEMS.",
    seeAlso: ["accelerometer", "microchip"],
  },
  {
    term: "strain gauge",
    aliases: ["strain gauges", "strain sensor"],
    field: "engineering",
    definition:
      "A sensor glued to a part to measure how much it stretches or squeezes. It warns of stress in bridges, planes and machines.",
    seeAlso: ["sensor", "metal fatigue"],
  },
  {
    term: "biosensor",
    aliases: ["biosensors", "wearable biosensor"],
    field: "engineering",
    definition:
      "A sensor that uses a living part, such as an enzyme or antibody, to detect a chemical. A glucose meter is one.",
    seeAlso: ["sensor", "microfluidics"],
  },
  {
    term: "smart textile",
    aliases: ["smart textiles", "e-textile", "e-textiles", "smart fabric", "smart clothing", "electronic skin", "e-skin"],
    field: "engineering",
    definition:
      "Fabric or a soft, skin-like film with sensors or wires built in. It can track heart rate, breathing or movement.",
    seeAlso: ["wearable", "sensor"],
  },
  {
    term: "haptics",
    aliases: ["haptic", "haptic feedback"],
    field: "engineering",
    definition:
      "Technology that gives a sense of touch, such as a phone's buzz or a glove that lets you feel virtual objects.",
    seeAlso: ["virtual reality", "actuator"],
  },
  {
    term: "bionic",
    aliases: ["bionic eye", "bionics"],
    field: "engineering",
    definition:
      "Describes a man-made body part with electronics in it. The user moves or feels it through their own nerves or muscles.",
    seeAlso: ["prosthesis", "brain-computer interface"],
  },
  {
    term: "surgical robot",
    aliases: ["surgical robots", "da Vinci robot", "robotic surgical system"],
    field: "engineering",
    definition:
      "A robot a surgeon steers from a console to move small tools through tiny cuts. It does not operate by itself.",
    seeAlso: ["robotic arm", "minimally invasive surgery"],
  },
  {
    term: "swarm robotics",
    aliases: ["robot swarm", "robot swarms", "drone swarm", "drone swarms"],
    field: "engineering",
    definition:
      "Many simple robots working as a team by following simple rules, as ants or bees do. There is no leader.",
    seeAlso: ["robot", "emergence"],
  },
  {
    term: "autonomous underwater vehicle",
    aliases: ["autonomous underwater vehicles", "AUV", "underwater drone", "underwater robot", "remotely operated vehicle", "ROV"],
    field: "engineering",
    definition:
      "A robot submarine. It explores the sea on its own or is steered by cable from a ship, and can go deeper than divers.",
    seeAlso: ["sonar", "drone"],
  },
  {
    term: "sonar",
    aliases: ["echo sounder", "multibeam sonar"],
    field: "engineering",
    definition:
      "Finding things underwater by sending out sound pulses and timing their echoes. It maps the sea floor and finds wrecks and fish.",
    seeAlso: ["radar", "lidar"],
  },
  {
    term: "satellite navigation",
    aliases: ["global positioning system", "GNSS", "satnav", "GPS tracker", "GPS trackers"],
    field: "engineering",
    definition:
      "Working out where you are from the timing of signals sent by a group of satellites. It is used in phones, cars and animal trackers.",
    seeAlso: ["artificial satellite", "time dilation"],
  },
  {
    term: "telemetry",
    field: "engineering",
    definition:
      "Readings taken far away and sent back by radio. A spacecraft's health or a tagged animal's position are sent this way.",
    seeAlso: ["sensor"],
  },
  {
    term: "antenna",
    aliases: ["antennas", "antennae", "aerial"],
    field: "engineering",
    definition:
      "A device that sends or picks up radio waves, from a phone's tiny one to huge dishes that talk to spacecraft.",
    seeAlso: ["radio wave", "radio telescope"],
    context: ["radio", "signal", "signals", "wireless", "satellite", "frequency", "waves", "phone", "receiver", "transmitter", "chip", "telescope"],
  },
  {
    term: "RFID",
    aliases: ["RFID tag", "RFID tags", "radio-frequency identification", "NFC"],
    field: "engineering",
    definition:
      "Small tags that send an ID number by radio when a reader is near. Shop labels, travel cards and pet microchips use them.",
    seeAlso: ["radiofrequency", "sensor"],
  },
  {
    term: "integrated circuit",
    aliases: ["integrated circuits", "circuit board", "printed circuit board", "PCB board"],
    field: "engineering",
    definition:
      "Electronic parts and wires packed onto one chip or board, so they work together as one device.",
    seeAlso: ["microchip", "transistor"],
  },
  {
    term: "photolithography",
    aliases: ["lithography", "EUV lithography", "extreme ultraviolet lithography", "chipmaking machine"],
    field: "engineering",
    definition:
      "Printing chip patterns with light shone through a stencil onto a coated silicon disc. The finest machines use extreme ultraviolet light.",
    seeAlso: ["microchip", "silicon wafer"],
  },
  {
    term: "silicon wafer",
    aliases: ["wafer", "wafers", "silicon wafers"],
    field: "engineering",
    definition:
      "A thin, polished disc of pure silicon on which hundreds of chips are built at once before being cut apart.",
    seeAlso: ["photolithography", "silicon"],
    context: ["silicon", "chip", "chips", "semiconductor", "semiconductors", "fab", "transistor", "transistors", "cleanroom", "solar", "electronics"],
  },
  {
    term: "chip fabrication plant",
    aliases: ["chip fab", "chip fabs", "fab", "foundry", "semiconductor fab", "chipmaker", "chipmakers"],
    field: "engineering",
    definition:
      "A factory that makes computer chips. It costs billions to build and needs ultra-clean rooms and huge amounts of water and power.",
    seeAlso: ["cleanroom", "microchip"],
    context: ["chip", "chips", "semiconductor", "semiconductors", "silicon", "wafer", "wafers", "transistor", "electronics", "TSMC", "Intel"],
  },
  {
    term: "cleanroom",
    aliases: ["clean room", "cleanrooms"],
    field: "engineering",
    definition:
      "A room with filtered air and almost no dust, used to make chips and medicines and to build spacecraft.",
    seeAlso: ["HEPA filter", "chip fabrication plant"],
  },
  {
    term: "CNC machining",
    aliases: ["CNC", "CNC machine", "computer numerical control"],
    field: "engineering",
    definition:
      "Cutting metal, wood or plastic with tools steered by a computer. It shapes parts very exactly.",
    seeAlso: ["3D printing", "computer-aided design"],
  },
  {
    term: "injection moulding",
    aliases: ["injection-moulded", "injection molded"],
    field: "engineering",
    definition:
      "Making plastic parts by squirting melted plastic into a metal mould. It makes most everyday plastic items quickly and cheaply.",
    seeAlso: ["polymer", "3D printing"],
  },
  {
    term: "finite element analysis",
    aliases: ["finite element method", "FEA", "finite element model"],
    field: "engineering",
    definition:
      "Testing a design on a computer. It is split into thousands of small pieces, and the forces on each are worked out.",
    seeAlso: ["computer simulation", "tensile strength"],
  },
  {
    term: "life-cycle assessment",
    aliases: ["life cycle assessment", "life-cycle analysis", "cradle to grave"],
    field: "engineering",
    definition:
      "Adding up all the harm a product does to nature. It counts mining, making, using and throwing away.",
    seeAlso: ["carbon footprint", "embodied carbon"],
  },
  {
    term: "embodied carbon",
    aliases: ["embodied emissions"],
    field: "engineering",
    definition:
      "The greenhouse gases let out in making and building something, like a house or a car. It is counted before the thing is ever used.",
    seeAlso: ["life-cycle assessment", "cement"],
  },
  {
    term: "circular economy",
    field: "engineering",
    definition:
      "A way of making things so they can be fixed, reused and recycled. Materials keep going round instead of being thrown away.",
    seeAlso: ["e-waste", "chemical recycling"],
  },
  {
    term: "e-waste",
    aliases: ["electronic waste", "electrical waste", "WEEE"],
    field: "engineering",
    definition:
      "Old phones, laptops, cables and other thrown-out gadgets. They hold costly metals but also toxic ones, and few are recycled.",
    seeAlso: ["circular economy", "heavy metal"],
  },
  {
    term: "chemical recycling",
    aliases: ["advanced recycling", "mechanical recycling", "plastic recycling", "recycled plastic"],
    field: "engineering",
    definition:
      "Breaking used plastic down into its basic chemicals to make new plastic. The usual kind of recycling just melts and reshapes it.",
    seeAlso: ["circular economy", "polymer"],
  },
  {
    term: "battery recycling",
    aliases: ["recycled batteries", "black mass"],
    field: "engineering",
    definition:
      "Getting the lithium, cobalt, nickel and other metals back out of old batteries. They can then go into new ones.",
    seeAlso: ["lithium-ion battery", "critical mineral"],
  },
  {
    term: "battery management system",
    aliases: ["BMS", "battery management"],
    field: "engineering",
    definition:
      "The electronics that watch each cell in a battery pack, keeping charge, heat and wear in safe limits.",
    seeAlso: ["battery pack", "thermal runaway"],
  },
  {
    term: "internal combustion engine",
    aliases: ["internal combustion engines", "combustion engine", "petrol engine", "diesel engine", "ICE vehicles"],
    field: "engineering",
    definition:
      "An engine that burns fuel such as petrol or diesel inside it to push pistons. Most cars used one before electric cars.",
    seeAlso: ["electric vehicle", "exhaust fumes"],
  },
  {
    term: "electric motor",
    aliases: ["electric motors"],
    field: "engineering",
    definition:
      "A machine that turns electricity into spinning motion using magnets. Electric cars, fans and drills run on them.",
    seeAlso: ["electromagnet", "electric vehicle"],
  },
  {
    term: "jet engine",
    aliases: ["jet engines", "gas turbine", "gas turbines", "turbofan"],
    field: "engineering",
    definition:
      "An engine that sucks in air, burns fuel in it and blasts the hot gas out the back to push a plane forward. Power stations use similar turbines.",
    seeAlso: ["thrust", "turbine"],
  },
  {
    term: "turbine",
    aliases: ["turbines", "steam turbine", "steam turbines"],
    field: "engineering",
    definition:
      "A wheel with blades turned by moving wind, water, steam or gas. It drives a generator to make electricity.",
    seeAlso: ["wind turbine", "hydropower"],
  },
  {
    term: "catalytic converter",
    aliases: ["catalytic converters", "catalytic convertor"],
    field: "engineering",
    definition:
      "A part in a car's exhaust that uses metals such as platinum to turn the worst fumes into less harmful gases.",
    seeAlso: ["platinum group metals", "exhaust fumes"],
  },
  {
    term: "fuel efficiency",
    aliases: ["fuel economy", "miles per gallon", "mpg"],
    field: "engineering",
    definition:
      "How far a vehicle goes on a given amount of fuel. Better efficiency means less fuel burned and fewer emissions.",
    seeAlso: ["internal combustion engine"],
  },
  {
    term: "hybrid vehicle",
    aliases: ["hybrid car", "hybrid cars", "plug-in hybrid", "plug-in hybrids", "PHEV"],
    field: "engineering",
    definition:
      "A car with both a petrol or diesel engine and an electric motor and battery. Plug-in hybrids can be charged from a socket.",
    seeAlso: ["electric vehicle", "internal combustion engine"],
  },
  {
    term: "hydrogen vehicle",
    aliases: ["hydrogen car", "hydrogen cars", "fuel cell vehicle", "fuel cell vehicles", "hydrogen truck", "hydrogen trucks"],
    field: "engineering",
    definition:
      "A vehicle that makes its own electricity from hydrogen in a fuel cell. It gives off only water, but few places sell hydrogen.",
    seeAlso: ["fuel cell", "hydrogen fuel"],
  },
  {
    term: "charging station",
    aliases: ["charging stations", "charge point", "charge points", "chargepoint", "EV charger", "EV chargers", "charging infrastructure"],
    field: "engineering",
    definition:
      "A place to plug in and charge an electric vehicle. Fast chargers can fill most of a battery in under an hour.",
    seeAlso: ["electric vehicle", "fast charging"],
  },
  {
    term: "fast charging",
    aliases: ["rapid charging", "fast charger", "fast chargers", "rapid charger", "rapid chargers"],
    field: "engineering",
    definition:
      "Charging a battery at high power so it fills in minutes, not hours. Doing it very often can wear the battery faster.",
    seeAlso: ["charging station", "charge cycle"],
  },
  {
    term: "range anxiety",
    field: "engineering",
    definition:
      "Drivers' fear that an electric car's battery will run out before they reach a charger.",
    seeAlso: ["electric vehicle", "charging station"],
  },
  {
    term: "vehicle-to-grid",
    aliases: ["V2G", "bidirectional charging"],
    field: "engineering",
    definition:
      "Letting parked electric cars send power from their batteries back to the grid when it is needed most.",
    seeAlso: ["power grid", "electric vehicle", "smart grid"],
  },
  {
    term: "pumped storage",
    aliases: ["pumped storage hydropower", "pumped-storage", "pumped hydro storage"],
    field: "engineering",
    definition:
      "Storing energy with water. It is pumped uphill to a lake when power is cheap, then let run down through turbines when power is needed.",
    seeAlso: ["energy storage", "hydropower"],
  },
  {
    term: "baseload power",
    aliases: ["baseload", "base load", "firm power", "dispatchable power"],
    field: "engineering",
    definition:
      "Power that is always available, whatever the weather, such as from nuclear, hydro or gas plants. Grids need some to fill gaps left by wind and solar.",
    seeAlso: ["intermittency", "power grid"],
  },
  {
    term: "intermittency",
    aliases: ["variable renewables", "dunkelflaute"],
    field: "engineering",
    definition:
      "The way wind and solar power rise and fall with the weather and time of day, so grids need storage or backup.",
    seeAlso: ["energy storage", "baseload power"],
    context: ["wind", "solar", "renewable", "renewables", "power", "grid", "energy", "electricity", "storage", "supply"],
  },
  {
    term: "capacity factor",
    field: "engineering",
    definition:
      "How much power a plant really makes over a year compared with running flat out all the time. Solar panels often manage 10 to 25%.",
    seeAlso: ["intermittency", "gigawatt"],
  },
  {
    term: "curtailment",
    field: "engineering",
    definition:
      "Switching off wind or solar farms that could be making power, because the grid cannot take or move it.",
    seeAlso: ["power grid", "transmission line"],
    context: ["wind", "solar", "renewable", "renewables", "power", "grid", "energy", "electricity", "farms", "turbines"],
  },
  {
    term: "transmission line",
    aliases: ["transmission lines", "power line", "power lines", "pylons", "high-voltage line", "high-voltage lines"],
    field: "engineering",
    definition:
      "The thick cables, often on tall pylons, that carry power a long way from power plants to towns.",
    seeAlso: ["power grid", "HVDC"],
  },
  {
    term: "HVDC",
    aliases: ["high-voltage direct current", "interconnector", "interconnectors"],
    field: "engineering",
    definition:
      "A way to send electricity very far, or under the sea, while losing less of it. It links the grids of different countries.",
    seeAlso: ["transmission line", "power grid"],
  },
  {
    term: "inverter",
    aliases: ["inverters", "solar inverter"],
    field: "engineering",
    definition:
      "A box that changes the current from solar panels or batteries into the kind homes and the grid use.",
    seeAlso: ["solar panel", "power grid"],
    context: ["solar", "battery", "batteries", "current", "power", "grid", "electricity", "panels", "voltage", "AC", "DC"],
  },
  {
    term: "microgrid",
    aliases: ["microgrids", "mini-grid", "mini-grids", "off-grid"],
    field: "engineering",
    definition:
      "A small local power network, often with solar panels and batteries. It can run on its own, cut off from the main grid.",
    seeAlso: ["power grid", "energy storage"],
  },
  {
    term: "blackout",
    aliases: ["blackouts", "power cut", "power cuts", "power outage", "power outages", "grid failure"],
    field: "engineering",
    definition:
      "A loss of electricity over an area. Big ones can follow storms, heatwaves or faults that spread across the grid.",
    seeAlso: ["power grid"],
    context: ["power", "electricity", "grid", "outage", "outages", "storm", "homes", "supply", "energy", "utility"],
  },
  {
    term: "combined heat and power",
    aliases: ["CHP", "cogeneration"],
    field: "engineering",
    definition:
      "A plant that makes electricity and also uses its spare heat to warm buildings. Less fuel goes to waste.",
    seeAlso: ["district heating"],
  },
  {
    term: "district heating",
    aliases: ["heat network", "heat networks", "district heating network"],
    field: "engineering",
    definition:
      "Heating many homes from one central source, such as spare heat from a factory. Hot water flows to them in pipes under the streets.",
    seeAlso: ["heat pump", "combined heat and power"],
  },
  {
    term: "heat exchanger",
    aliases: ["heat exchangers"],
    field: "engineering",
    definition:
      "A device that moves heat from one liquid or gas to another without mixing them. Car radiators and heat pumps use one.",
    seeAlso: ["heat pump", "heat transfer"],
  },
  {
    term: "building insulation",
    aliases: ["home insulation", "loft insulation", "cavity wall insulation", "insulating homes", "thermal insulation"],
    field: "engineering",
    definition:
      "Material in walls, roofs and floors that keeps heat in during winter and out in summer. It cuts energy bills.",
    seeAlso: ["retrofit", "passive house"],
  },
  {
    term: "retrofit",
    aliases: ["retrofitting", "retrofitted", "deep retrofit"],
    field: "engineering",
    definition:
      "Fixing up an old building or machine with newer parts. Examples are insulation, heat pumps or safer supports.",
    seeAlso: ["building insulation", "heat pump"],
    context: ["building", "buildings", "home", "homes", "house", "houses", "insulation", "energy", "heat", "housing", "efficiency", "bridge", "quake", "earthquake"],
  },
  {
    term: "passive house",
    aliases: ["Passivhaus", "passive houses", "net-zero home", "zero-carbon home"],
    field: "engineering",
    definition:
      "A house built to be so airtight and well sealed that it needs very little heating or cooling.",
    seeAlso: ["building insulation", "heat pump"],
  },
  {
    term: "offshore wind",
    aliases: ["offshore wind farm", "offshore wind farms", "floating wind", "floating wind turbine", "floating wind turbines", "onshore wind"],
    field: "engineering",
    definition:
      "Wind turbines built at sea, where winds are stronger and steadier. Floating ones can be placed in deep water.",
    seeAlso: ["wind turbine", "renewable energy"],
  },
  {
    term: "solar farm",
    aliases: ["solar farms", "solar park", "solar parks", "utility-scale solar", "rooftop solar"],
    field: "engineering",
    definition:
      "A large field of solar panels that feeds electricity into the grid. Rooftop solar puts panels on homes and other buildings instead.",
    seeAlso: ["solar panel", "agrivoltaics"],
  },
  {
    term: "agrivoltaics",
    aliases: ["agrivoltaic", "agri-PV", "agrophotovoltaics"],
    field: "engineering",
    definition:
      "Growing crops or grazing animals under raised solar panels. The same land makes both food and power.",
    seeAlso: ["solar farm"],
  },
  {
    term: "concentrated solar power",
    aliases: ["CSP", "solar thermal power", "solar tower"],
    field: "engineering",
    definition:
      "Using many mirrors to focus sunlight onto one spot, heating a fluid that drives a turbine. The heat can be stored for the night.",
    seeAlso: ["solar panel", "turbine"],
  },
  {
    term: "reinforced concrete",
    aliases: ["RAAC", "reinforced autoclaved aerated concrete", "rebar"],
    field: "engineering",
    definition:
      "Concrete with steel bars set inside it, so it resists bending and cracking. It is the main material of modern buildings and bridges.",
    seeAlso: ["cement", "corrosion"],
  },
  {
    term: "base isolation",
    aliases: ["seismic isolation", "seismic retrofit", "earthquake-proof", "earthquake-resistant"],
    field: "engineering",
    definition:
      "Setting a building on soft pads or rollers. The ground can shake under it while the building moves much less.",
    seeAlso: ["seismic hazard", "retrofit"],
  },
  {
    term: "levee",
    aliases: ["levees", "flood wall", "flood walls", "flood defence", "flood defences", "sea wall", "seawall", "flood barrier", "storm surge barrier"],
    field: "engineering",
    definition:
      "A bank or wall built along a river or coast to keep floods out. If one fails, the water can rush in with great force.",
    seeAlso: ["storm surge", "sea-level rise"],
  },
  {
    term: "tunnel boring machine",
    aliases: ["tunnel boring machines", "TBM"],
    field: "engineering",
    definition:
      "A giant machine that digs a tunnel with a spinning cutting head and lines it with concrete as it goes.",
  },
  {
    term: "wastewater treatment",
    aliases: ["wastewater treatment plant", "sewage treatment", "sewage treatment works", "sewage works", "water treatment plant", "water treatment"],
    field: "engineering",
    definition:
      "Cleaning dirty water with screens, microbes and chemicals. Then it is safe to drink or to put back in rivers.",
    seeAlso: ["wastewater surveillance", "desalination"],
  },
  {
    term: "reverse osmosis",
    field: "engineering",
    definition:
      "Cleaning water by pushing it hard through a very fine filter. Water gets through, but salt and most pollutants stay behind.",
    seeAlso: ["desalination", "filtration membrane"],
  },
  {
    term: "HEPA filter",
    aliases: ["HEPA filters", "HEPA", "air purifier", "air purifiers", "air filter", "air filters", "air cleaner", "air cleaners"],
    field: "engineering",
    definition:
      "A dense filter that traps almost all specks in the air that passes through it. Dust, pollen, smoke and many germs are caught.",
    seeAlso: ["air pollution", "cleanroom"],
  },
  {
    term: "CO2 monitor",
    aliases: ["carbon dioxide monitor", "CO2 monitors", "CO2 sensor", "CO2 sensors"],
    field: "engineering",
    definition:
      "A small device that measures carbon dioxide in room air. High readings mean the room is poorly ventilated and stale air is building up.",
    seeAlso: ["carbon dioxide", "sensor"],
  },
  {
    term: "aerodynamics",
    aliases: ["aerodynamic"],
    field: "engineering",
    definition:
      "The science of how air flows around moving things such as planes, cars and cyclists, and the forces it makes.",
    seeAlso: ["drag", "wind tunnel", "fluid dynamics"],
  },
  {
    term: "wind tunnel",
    aliases: ["wind tunnels"],
    field: "engineering",
    definition:
      "A tube where fans blow air past a model plane, car or building, to measure how air flows around it.",
    seeAlso: ["aerodynamics", "drag"],
  },
  {
    term: "thrust",
    field: "engineering",
    definition:
      "The pushing force from an engine or rotor that moves a plane, rocket or drone forward or up.",
    seeAlso: ["jet engine", "rocket engine"],
    context: ["engine", "engines", "rocket", "rockets", "jet", "aircraft", "plane", "propulsion", "launch", "drone", "motor", "thruster", "force"],
  },
  {
    term: "rocket engine",
    aliases: ["rocket engines", "rocket motor", "solid rocket booster", "solid rocket boosters", "booster stage", "rocket stage"],
    field: "engineering",
    definition:
      "An engine that burns fuel with its own supply of oxygen, so it works in space. Stages drop away as their fuel runs out.",
    seeAlso: ["thrust", "reusable rocket", "launch vehicle"],
  },
  {
    term: "scramjet",
    aliases: ["scramjets", "ramjet"],
    field: "engineering",
    definition:
      "A jet engine with no moving parts that works only at very high speed. The speed alone squeezes the air coming in.",
    seeAlso: ["hypersonic", "jet engine"],
  },
  {
    term: "supersonic",
    aliases: ["supersonic flight", "supersonic jet", "supersonic aircraft"],
    field: "engineering",
    definition:
      "Faster than the speed of sound. Concorde flew at about twice that; new quieter supersonic jets are being tested.",
    seeAlso: ["speed of sound", "sonic boom", "hypersonic"],
  },
  {
    term: "electric aircraft",
    aliases: ["electric plane", "electric planes", "eVTOL", "air taxi", "air taxis", "flying taxi", "flying taxis"],
    field: "engineering",
    definition:
      "Planes or air taxis powered by batteries and electric motors. Heavy batteries limit them to short trips for now.",
    seeAlso: ["electric motor", "drone"],
  },
  {
    term: "sustainable aviation fuel",
    aliases: ["SAF", "sustainable aviation fuels"],
    field: "engineering",
    definition:
      "Jet fuel made from waste oils, crops or captured carbon instead of crude oil. It can cut a flight's carbon, but supplies are tiny.",
    seeAlso: ["synthetic fuel", "biofuel"],
  },
  {
    term: "medical device",
    aliases: ["medical devices", "medical technology", "medtech"],
    field: "engineering",
    definition:
      "Any tool, machine, implant or software used to diagnose or treat illness, from plasters to pacemakers. Rules for approving them are looser than for drugs.",
    seeAlso: ["wearable", "prosthesis"],
  },
  {
    term: "biomedical engineering",
    aliases: ["bioengineering", "bioengineer", "bioengineers", "biomedical engineer"],
    field: "engineering",
    definition:
      "Using engineering to solve problems in medicine. It builds implants, scanners and tissue grown in a lab.",
    seeAlso: ["tissue engineering", "medical device"],
  },
  {
    term: "tissue engineering",
    aliases: ["engineered tissue", "lab-grown tissue", "tissue scaffold"],
    field: "engineering",
    definition:
      "Growing new tissue, such as skin, cartilage or blood vessels, from cells on a framework that shapes it.",
    seeAlso: ["biomaterial", "3D bioprinting"],
  },
  {
    term: "3D bioprinting",
    aliases: ["bioprinting", "bioprinted", "bioprinter", "3D-printed tissue"],
    field: "engineering",
    definition:
      "3D printing with a gel full of living cells, to build tissue layer by layer. Printing whole working organs is still far off.",
    seeAlso: ["3D printing", "tissue engineering", "hydrogel"],
  },
  {
    term: "heart-lung machine",
    aliases: ["heart-lung bypass machine", "cardiopulmonary bypass", "bypass machine", "perfusionist"],
    field: "engineering",
    definition:
      "A machine that takes over from the heart and lungs during surgery, pumping the blood and adding oxygen to it. A perfusionist runs it.",
    seeAlso: ["medical device"],
  },
  {
    term: "smart meter",
    aliases: ["smart meters"],
    field: "engineering",
    definition:
      "A home meter that sends readings to the energy firm. It shows how much power you are using right now.",
    seeAlso: ["smart grid"],
  },
  {
    term: "fail-safe",
    aliases: ["failsafe", "redundancy", "redundant systems"],
    field: "engineering",
    definition:
      "A design that stays safe when something breaks. Often a spare part is ready to take over.",
    seeAlso: ["feedback control"],
    context: ["system", "systems", "design", "designed", "engineering", "safety", "backup", "failure", "fails", "device", "aircraft", "reactor", "software"],
  },
  {
    term: "control rod",
    aliases: ["control rods", "fuel rod", "fuel rods"],
    field: "engineering",
    definition:
      "Rods in a nuclear reactor. Fuel rods hold the uranium; control rods soak up neutrons to slow or stop the chain reaction.",
    seeAlso: ["nuclear reactor", "chain reaction"],
  },
  {
    term: "decommissioning",
    aliases: ["decommissioned", "decommission"],
    field: "engineering",
    definition:
      "Safely shutting down and taking apart an old power plant, oil rig or other big site. For nuclear plants it takes decades.",
    seeAlso: ["nuclear reactor", "nuclear waste"],
    context: ["nuclear", "reactor", "reactors", "plant", "plants", "power station", "rig", "rigs", "oil", "platform", "coal", "site"],
  },
  {
    term: "ground-penetrating radar",
    aliases: ["ground penetrating radar", "GPR"],
    field: "engineering",
    definition:
      "Radar sent into the ground to map what is buried, such as walls, graves or pipes, without digging.",
    seeAlso: ["radar", "geophysics"],
  },
  {
    term: "magnetometer",
    aliases: ["magnetometers", "magnetometry", "magnetic survey"],
    field: "engineering",
    definition:
      "A device that measures magnetic fields. Dragged over a field, it can reveal buried walls, ditches and kilns by tiny changes in magnetism.",
    seeAlso: ["geophysics", "ground-penetrating radar"],
  },
  {
    term: "photogrammetry",
    aliases: ["3D scanning", "laser scanning", "3D scan", "3D scans"],
    field: "engineering",
    definition:
      "Making an exact 3D model of an object or a site. It is built from many photos or laser readings taken from all sides.",
    seeAlso: ["lidar", "computer-aided design"],
  },
  {
    term: "multispectral imaging",
    aliases: ["hyperspectral imaging", "multispectral images", "hyperspectral camera"],
    field: "engineering",
    definition:
      "Taking pictures in many bands of light, including ones our eyes cannot see. It can reveal faded ink, crop disease or minerals.",
    seeAlso: ["infrared", "remote sensing"],
  },
  {
    term: "muography",
    aliases: ["muon imaging", "muon tomography"],
    field: "engineering",
    definition:
      "Seeing inside huge things, such as pyramids or volcanoes. It counts the muons from space that pass through them.",
    seeAlso: ["muon", "cosmic ray"],
  },
  {
    term: "micro-CT",
    aliases: ["micro-CT scan", "micro-CT scanning", "microCT", "micro-computed tomography"],
    field: "engineering",
    definition:
      "A very detailed X-ray scanner for small objects, such as fossils, bones or parts. It builds a 3D picture of the inside without cutting.",
    seeAlso: ["CT scan", "X-ray"],
  },
  {
    term: "nuclear power",
    aliases: ["nuclear energy"],
    field: "engineering",
    definition:
      "Electricity made from the heat of splitting uranium atoms in a reactor. It gives off almost no carbon dioxide, but leaves long-lived waste.",
    seeAlso: ["nuclear reactor", "nuclear fission", "nuclear waste"],
  },
  {
    term: "power station",
    aliases: ["power stations", "power plant", "power plants", "coal-fired power station", "coal-fired power plant", "coal plant", "coal plants", "gas-fired power station"],
    field: "engineering",
    definition:
      "A plant that makes electricity for the grid. It may burn coal or gas, split atoms, or use wind, water or sun.",
    seeAlso: ["power grid", "turbine"],
  },
  {
    term: "thermal energy storage",
    aliases: ["heat battery", "heat batteries", "thermal battery", "thermal storage", "sand battery"],
    field: "engineering",
    definition:
      "Storing energy as heat, in hot water, sand, rock or salt, to use later for warmth or to make power.",
    seeAlso: ["energy storage", "district heating"],
  },
  {
    term: "grid-scale battery",
    aliases: ["grid-scale batteries", "grid battery", "grid batteries", "battery energy storage system", "BESS"],
    field: "engineering",
    definition:
      "A huge bank of batteries linked to the power grid. It soaks up spare wind and solar power and gives it back when needed.",
    seeAlso: ["energy storage", "power grid"],
  },
  {
    term: "electricity demand",
    aliases: ["power demand", "peak demand", "energy demand", "grid capacity"],
    field: "engineering",
    definition:
      "How much electricity people and industry want at a given time. Grids must match supply to it every second.",
    seeAlso: ["power grid", "baseload power"],
  },
  {
    term: "hydrogen economy",
    field: "engineering",
    definition:
      "A hoped-for future in which hydrogen made with clean power runs factories, trucks and ships. It might heat homes too.",
    seeAlso: ["green hydrogen", "fuel cell"],
  },
  {
    term: "cooling tower",
    aliases: ["cooling towers", "evaporative cooling"],
    field: "engineering",
    definition:
      "A tall tower or unit that gets rid of spare heat from a power plant or data centre. It lets water evaporate.",
    seeAlso: ["water footprint", "data centre"],
  },
];
