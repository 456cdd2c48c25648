import type { GlossaryEntry } from './types';

/** Plain-language glossary: physics. */
export const entries: GlossaryEntry[] = [
  {
    term: "quantum physics",
    aliases: ["quantum mechanics", "quantum theory", "quantum physicist"],
    field: "physics",
    definition:
      "The science of how very tiny things, like atoms and light, behave. At that scale, things act in strange ways, such as being in several states at once.",
    seeAlso: ["superposition", "quantum entanglement"],
  },
  {
    term: "qubit",
    aliases: ["quantum bit"],
    field: "physics",
    definition:
      "The basic unit of a quantum computer. A normal bit is 0 or 1; this quantum version can be a mix of both until it is measured.",
    seeAlso: ["quantum computer", "superposition"],
  },
  {
    term: "quantum computer",
    aliases: ["quantum computing", "quantum processor"],
    field: "physics",
    definition:
      "A computer that uses the odd rules of the tiny world of atoms. It could solve some problems far faster than normal computers, but today's machines are small and make many errors.",
    seeAlso: ["qubit", "quantum error correction", "quantum advantage"],
  },
  {
    term: "quantum error correction",
    aliases: ["error-corrected qubit"],
    field: "physics",
    definition:
      "Ways to find and fix the mistakes qubits make. One piece of information is spread over many qubits, and this is key to building useful quantum computers.",
    seeAlso: ["qubit", "quantum computer"],
  },
  {
    term: "quantum advantage",
    aliases: ["quantum supremacy"],
    field: "physics",
    definition:
      "The point where a quantum computer does a task that normal computers cannot do in any sensible time. Claims are often challenged, and the tasks are not always useful.",
    seeAlso: ["quantum computer"],
  },
  {
    term: "superposition",
    aliases: ["quantum superposition"],
    field: "physics",
    definition:
      "The quantum idea that a tiny particle can be in a blend of several states at once. Measuring it forces a single answer.",
    seeAlso: ["qubit", "quantum physics"],
  },
  {
    term: "quantum entanglement",
    aliases: ["entanglement", "entangled particles", "entangled photons"],
    field: "physics",
    definition:
      "A link between particles so that measuring one instantly tells you about the other, even far apart. It cannot be used to send messages faster than light.",
    seeAlso: ["quantum physics", "qubit"],
    context: ["quantum", "particle", "particles", "photon", "photons", "qubit", "qubits", "atom", "atoms", "entangled"],
  },
  {
    term: "quantum tunnelling",
    aliases: ["quantum tunneling", "tunnelling effect"],
    field: "physics",
    definition:
      "When a tiny particle gets through a barrier it should not have enough energy to cross. It happens because, in quantum physics, a particle's position is spread out.",
    seeAlso: ["quantum physics"],
  },
  {
    term: "superconductor",
    aliases: ["superconductivity", "superconducting"],
    field: "physics",
    definition:
      "A material that carries electricity with no loss at all, usually only when chilled far below freezing. Claims of ones that work at room heat have not held up so far.",
    seeAlso: ["absolute zero", "magnetic field"],
  },
  {
    term: "particle accelerator",
    aliases: ["particle collider", "collider"],
    field: "physics",
    definition:
      "A machine that speeds up tiny particles to near the speed of light. Often it smashes them together to see what comes out.",
    seeAlso: ["Large Hadron Collider", "particle physics"],
  },
  {
    term: "Large Hadron Collider",
    aliases: ["LHC"],
    field: "physics",
    definition:
      "The world's biggest particle accelerator, a 27 km ring under the border of France and Switzerland, run by the CERN lab. It found the Higgs boson in 2012.",
    seeAlso: ["particle accelerator", "Higgs boson"],
  },
  {
    term: "particle physics",
    aliases: ["high-energy physics", "particle physicist"],
    field: "physics",
    definition:
      "The study of the smallest bits of matter and the forces between them. It often uses huge machines that smash particles together.",
    seeAlso: ["Standard Model", "particle accelerator"],
  },
  {
    term: "Higgs boson",
    aliases: ["Higgs particle", "God particle", "Higgs field"],
    field: "physics",
    definition:
      "A particle found in 2012 that confirmed an invisible field fills all of space. Other basic particles get their mass from how strongly they feel that field.",
    seeAlso: ["Standard Model", "Large Hadron Collider"],
  },
  {
    term: "Standard Model",
    aliases: ["Standard Model of particle physics"],
    field: "physics",
    definition:
      "The main theory listing the known basic particles and three of the four forces. It works extremely well but leaves out gravity and dark matter.",
    seeAlso: ["particle physics", "Higgs boson"],
    // "The standard model" of a weather service or a business is another thing.
    context: ["particle", "physics", "physicist", "boson", "quark", "Higgs", "collider", "neutrino", "muon", "electron", "force", "dark matter", "CERN"],
  },
  {
    term: "subatomic particle",
    aliases: ["elementary particle", "fundamental particle"],
    field: "physics",
    definition:
      "Any particle smaller than an atom. Electrons, protons, neutrons and quarks are examples.",
    seeAlso: ["electron", "proton", "quark"],
  },
  {
    term: "neutrino",
    field: "physics",
    definition:
      "A tiny particle with almost no mass and no charge. Trillions fly through your body every second without hitting anything.",
    seeAlso: ["subatomic particle"],
  },
  {
    term: "photon",
    field: "physics",
    definition:
      "A single packet of light or other radiation. Light is made of huge numbers of these tiny bundles of energy.",
    seeAlso: ["electromagnetic spectrum", "laser"],
  },
  {
    term: "electron microscope",
    field: "physics",
    definition:
      "A microscope that uses a beam of electrons instead of light. It can show things far smaller than a normal microscope can, like viruses and parts of cells.",
    seeAlso: ["electron"],
  },
  {
    term: "electron",
    field: "physics",
    definition:
      "A very small particle with a negative charge that moves around the centre of an atom. Electric current is a flow of them.",
    seeAlso: ["atom", "proton"],
  },
  {
    term: "proton",
    field: "physics",
    definition:
      "A particle with a positive charge found in the centre, or nucleus, of every atom. The number of them decides which element the atom is.",
    seeAlso: ["neutron", "atom"],
  },
  {
    term: "neutron",
    field: "physics",
    definition:
      "A particle with no electric charge, found in the centre of most atoms next to protons.",
    seeAlso: ["proton", "isotope"],
  },
  {
    term: "quark",
    field: "physics",
    definition:
      "One of the tiny building blocks that make up protons and neutrons. They are never found alone; they always come in groups.",
    seeAlso: ["proton", "Standard Model"],
  },
  {
    term: "boson",
    field: "physics",
    definition:
      "A type of particle that usually carries a force. Photons carry the electric and magnetic force; the Higgs particle is linked to mass.",
    seeAlso: ["Higgs boson", "photon"],
  },
  {
    term: "muon",
    field: "physics",
    definition:
      "A heavier, short-lived cousin of the electron. They rain down from the sky when cosmic rays hit the air, and scientists use them to test theories.",
    seeAlso: ["electron", "cosmic ray"],
  },
  {
    term: "atom",
    field: "physics",
    definition:
      "The smallest piece of an element, and the building block of everything around you. It has a tiny centre of protons and neutrons, with electrons around it.",
    seeAlso: ["electron", "proton", "molecule"],
  },
  {
    term: "antimatter",
    aliases: ["antiparticle", "antiproton", "positron", "antihydrogen"],
    field: "physics",
    definition:
      "Matter made of particles that are mirror opposites of normal ones, with the reverse charge. When the two kinds meet, both vanish in a flash of energy.",
    seeAlso: ["Big Bang"],
  },
  {
    term: "laser",
    field: "physics",
    definition:
      "A device that makes a narrow, powerful beam of light of one exact colour. Such beams are used in surgery, barcode scanners, internet cables and research.",
    seeAlso: ["photon", "wavelength"],
  },
  {
    term: "nuclear fusion",
    aliases: ["fusion", "fusion energy", "fusion power", "fusion reactor"],
    field: "physics",
    definition:
      "Joining very light atoms, such as hydrogen, to make heavier ones, which releases huge energy. It powers the Sun; building a working fusion power plant is still a challenge.",
    seeAlso: ["tokamak", "plasma", "nuclear fission"],
    context: ["nuclear", "reactor", "plasma", "energy", "power", "hydrogen", "tokamak", "ignition", "laser", "lasers", "Sun", "atoms"],
  },
  {
    term: "nuclear fission",
    aliases: ["fission"],
    field: "physics",
    definition:
      "Splitting heavy atoms, such as uranium, into smaller pieces, which gives off a lot of heat. Today's nuclear power stations work this way.",
    seeAlso: ["nuclear fusion", "nuclear reactor"],
    context: ["nuclear", "reactor", "uranium", "atom", "atoms", "plutonium", "energy", "power", "bomb"],
  },
  {
    term: "plasma",
    field: "physics",
    definition:
      "A very hot gas in which atoms have lost some electrons, so it carries electric charge. Stars, lightning and the insides of fusion reactors are like this.",
    seeAlso: ["nuclear fusion", "tokamak"],
    context: ["fusion", "tokamak", "reactor", "star", "stars", "Sun", "solar", "lightning", "ionised", "ionized", "charged", "physics", "electrons", "magnetic"],
  },
  {
    term: "tokamak",
    field: "physics",
    definition:
      "A doughnut-shaped machine that uses strong magnets to hold super-hot plasma in place. The aim is to make power from nuclear fusion.",
    seeAlso: ["nuclear fusion", "plasma"],
  },
  {
    term: "semiconductor",
    field: "physics",
    definition:
      "A material, such as silicon, that lets electricity through better than glass but worse than copper. This lets it act as a switch, the heart of every computer chip.",
    seeAlso: ["microchip", "solar cell"],
  },
  {
    term: "wavelength",
    field: "physics",
    definition:
      "The distance from one wave peak to the next. For light it sets the colour; for sound it sets the pitch.",
    seeAlso: ["frequency", "electromagnetic spectrum"],
  },
  {
    term: "frequency",
    aliases: ["hertz"],
    field: "physics",
    definition:
      "How many waves pass a point each second, measured in hertz. More waves per second means shorter waves, such as a higher note or bluer light.",
    seeAlso: ["wavelength"],
    context: ["wave", "waves", "radio", "hertz", "Hz", "kHz", "MHz", "GHz", "sound", "light", "signal", "signals", "vibration"],
  },
  {
    term: "electromagnetic spectrum",
    aliases: ["electromagnetic radiation", "electromagnetic wave"],
    field: "physics",
    definition:
      "The full range of light, including kinds our eyes cannot see: radio waves, microwaves, visible colours, X-rays and gamma rays. They differ only in wavelength.",
    seeAlso: ["wavelength", "photon"],
  },
  {
    term: "magnetic field",
    field: "physics",
    definition:
      "The area around a magnet or electric current where a magnetic push or pull can be felt. Earth has one, which shields us from harmful particles from the Sun.",
  },
  {
    term: "absolute zero",
    field: "physics",
    definition:
      "The coldest possible temperature, minus 273.15°C, where atoms have the least possible motion. It can be approached but never quite reached.",
  },
  {
    term: "relativity",
    aliases: ["general relativity", "special relativity", "theory of relativity"],
    field: "physics",
    definition:
      "Einstein's theories about space, time and gravity. They show that time runs at different speeds for different observers, and that heavy objects bend space.",
    seeAlso: ["speed of light", "gravitational wave"],
  },
  {
    term: "speed of light",
    field: "physics",
    definition:
      "About 300,000 kilometres per second, the fastest anything can travel. Light from the Sun takes about eight minutes to reach us.",
    seeAlso: ["light-year", "relativity"],
  },
  {
    term: "ionizing radiation",
    aliases: ["ionising radiation"],
    field: "physics",
    definition:
      "Strong radiation, such as X-rays, gamma rays and some particles, that can knock electrons out of atoms. In large doses it can harm living tissue.",
    seeAlso: ["radioactive decay"],
  },
  {
    term: "radioactive decay",
    aliases: ["radioactivity", "radioactive"],
    field: "physics",
    definition:
      "When an unstable atom breaks down on its own, giving off radiation and turning into a different atom. Each kind breaks down at its own steady rate.",
    seeAlso: ["isotope", "ionizing radiation"],
  },
  {
    term: "Bose-Einstein condensate",
    aliases: ["BEC"],
    field: "physics",
    definition:
      "A strange state of matter made by cooling atoms to almost absolute zero. The atoms then act together as one big quantum wave.",
    seeAlso: ["absolute zero", "quantum physics"],
  },
  {
    term: "atomic clock",
    aliases: ["optical clock", "optical atomic clock"],
    field: "physics",
    definition:
      "An extremely accurate clock that keeps time using the steady vibrations of atoms. The best would lose less than a second over billions of years.",
    seeAlso: ["atom"],
  },
  {
    term: "interferometer",
    aliases: ["interferometry"],
    field: "physics",
    definition:
      "An instrument that combines two or more beams of light or radio waves to measure very tiny changes in distance. Gravitational wave detectors are built this way.",
    seeAlso: ["gravitational wave", "laser"],
  },
  {
    term: "string theory",
    field: "physics",
    definition:
      "An untested idea that everything is made of tiny vibrating strings, not points. It tries to join gravity with quantum physics.",
    seeAlso: ["quantum physics", "relativity"],
  },
  {
    term: "electronvolt",
    aliases: ["electron volt", "GeV", "TeV", "MeV"],
    field: "physics",
    definition:
      "A very small unit of energy used for particles. GeV means a billion of them and TeV a trillion, the scale reached in big particle colliders.",
    seeAlso: ["particle accelerator"],
  },
  {
    term: "thermodynamics",
    aliases: ["laws of thermodynamics"],
    field: "physics",
    definition:
      "The science of heat, work and energy, and how they change from one form into another. Its laws explain why engines cannot be perfectly efficient.",
    seeAlso: ["entropy"],
  },
  {
    term: "entropy",
    field: "physics",
    definition:
      "A measure of how spread out or disordered energy is. In a closed system it tends to rise, which is why heat flows from hot to cold.",
    seeAlso: ["thermodynamics"],
  },
  {
    term: "dark photon",
    field: "physics",
    definition:
      "A possible, not yet seen particle that might link ordinary matter to dark matter. Experiments are searching for it but have found nothing so far.",
    seeAlso: ["dark matter", "photon"],
  },
  {
    term: "photonics",
    aliases: ["photonic chip", "optical computing"],
    field: "physics",
    definition:
      "The use of light to carry and handle information. It does with light what electronics does with electric current.",
    seeAlso: ["laser", "optical fibre"],
  },
  {
    term: "metamaterial",
    field: "physics",
    definition:
      "A man-made material built from tiny repeating parts. It can bend light, sound or radio waves in ways no natural material can, as in plans for cloaks that hide things.",
  },
  {
    term: "X-ray",
    aliases: ["X-ray scan", "chest X-ray", "radiograph", "X-ray image"],
    field: "physics",
    definition:
      "Invisible light with a lot of energy that passes through soft tissue. Doctors use it to picture bones; astronomers see it coming from very hot objects.",
    seeAlso: ["electromagnetic spectrum"],
  },
  {
    term: "gamma ray",
    aliases: ["gamma radiation"],
    field: "physics",
    definition:
      "The most powerful kind of light, which our eyes cannot see. It comes from radioactive atoms and violent events in space, and can harm living cells.",
    seeAlso: ["electromagnetic spectrum", "ionizing radiation"],
  },
  {
    term: "infrared",
    aliases: ["infrared light", "infrared radiation"],
    field: "physics",
    definition:
      "Light just beyond red that our eyes cannot see but we feel as heat. Warm objects give it off, and special cameras can see it.",
    seeAlso: ["electromagnetic spectrum", "thermal imaging"],
  },
  {
    term: "ultraviolet",
    aliases: ["UV", "UV light", "ultraviolet light", "UV radiation", "UVA", "UVB"],
    field: "physics",
    definition:
      "Invisible light just beyond violet, from the Sun and special lamps. It causes sunburn and skin cancer, and can kill germs.",
    seeAlso: ["electromagnetic spectrum", "skin cancer"],
  },
  {
    term: "nanometre",
    aliases: ["nanometer"],
    field: "physics",
    definition:
      "One billionth of a metre, about the width of a few atoms side by side. Chip parts and viruses are measured in these.",
    seeAlso: ["nanotechnology"],
  },
  {
    term: "micrometre",
    aliases: ["micrometer", "micron"],
    field: "physics",
    definition:
      "One millionth of a metre. A human hair is about 70 of these wide.",
    seeAlso: ["nanometre"],
  },
  {
    term: "superfluid",
    aliases: ["superfluidity"],
    field: "physics",
    definition:
      "A liquid, such as very cold helium, that flows with no friction at all. It can creep up walls and keep swirling for ever.",
    seeAlso: ["absolute zero", "superconductor"],
  },
  {
    term: "phase transition",
    aliases: ["phase change"],
    field: "physics",
    definition:
      "A change of a material from one state to another, such as ice melting into water. It happens at a set heat or pressure.",
    seeAlso: ["thermodynamics"],
  },
  {
    term: "axion",
    field: "physics",
    definition:
      "A very light particle that physicists have proposed but not yet found. It could make up dark matter.",
    seeAlso: ["dark matter", "subatomic particle"],
  },
  {
    term: "time crystal",
    field: "physics",
    definition:
      "A strange state of matter whose particles repeat a pattern in time. They tick in a steady rhythm without using up energy.",
    seeAlso: ["quantum physics"],
  },
  {
    term: "quantum sensor",
    aliases: ["quantum sensing"],
    field: "physics",
    definition:
      "A device that uses the odd rules of atoms or light to measure things like time, gravity or magnetism. It can be far more precise than normal tools.",
    seeAlso: ["atomic clock", "quantum physics"],
  },
  {
    term: "fusion ignition",
    field: "physics",
    definition:
      "The point where a fusion reaction gives out more energy than the lasers or heat put into the fuel. A US lab first reached it in 2022.",
    seeAlso: ["nuclear fusion"],
  },
  {
    term: "chaos theory",
    aliases: ["chaotic system", "chaotic dynamics"],
    field: "physics",
    definition:
      "The study of things like the weather that follow fixed rules but still cannot be predicted far ahead. Tiny differences at the start grow huge over time.",
    seeAlso: ["butterfly effect"],
  },
  {
    term: "butterfly effect",
    aliases: ["sensitivity to initial conditions", "sensitive dependence on initial conditions"],
    field: "physics",
    definition:
      "The idea that a tiny change can grow into a huge one later. A butterfly flapping its wings could, in theory, change the weather weeks away.",
    seeAlso: ["chaos theory"],
  },
  {
    term: "strange attractor",
    field: "physics",
    definition:
      "In chaos theory, the shape a changing system keeps circling. It loops round and round but never takes the same path twice.",
    seeAlso: ["chaos theory"],
  },
  {
    term: "radiation",
    aliases: ["radiation exposure", "radiation levels"],
    field: "physics",
    definition:
      "Energy that travels as waves or fast particles, such as light, radio waves, X-rays and gamma rays. Only the high-energy kinds can damage cells and DNA.",
    seeAlso: ["ionizing radiation", "electromagnetic spectrum", "radiation dose"],
  },
  {
    term: "radiation dose",
    aliases: ["dose of radiation", "radiation doses", "effective dose"],
    field: "physics",
    definition:
      "How much radiation energy the body takes in, measured in sieverts. A CT scan gives a bigger dose than a chest X-ray.",
    seeAlso: ["sievert", "ionizing radiation"],
  },
  {
    term: "sievert",
    aliases: ["millisievert", "millisieverts", "mSv", "microsievert", "microsieverts"],
    field: "physics",
    definition:
      "The unit for the health effect of a radiation dose. People get about 2 to 3 thousandths of a sievert a year from natural sources.",
    seeAlso: ["radiation dose", "background radiation"],
  },
  {
    term: "becquerel",
    aliases: ["becquerels", "Bq"],
    field: "physics",
    definition:
      "A unit of radioactivity: one atom breaking down each second. It is used to measure how radioactive food, water or soil is.",
    seeAlso: ["radioactive decay", "sievert"],
  },
  {
    term: "background radiation",
    aliases: ["natural background radiation"],
    field: "physics",
    definition:
      "The low level of radiation around us all the time, from rocks, radon gas, space and even our food. Extra doses are often compared with it.",
    seeAlso: ["radiation dose", "cosmic ray"],
  },
  {
    term: "alpha particle",
    aliases: ["alpha particles", "alpha radiation"],
    field: "physics",
    definition:
      "A tiny clump of two protons and two neutrons shot out by some radioactive atoms. A sheet of paper stops it, but it is harmful if breathed in or swallowed.",
    seeAlso: ["radioactive decay", "beta particle"],
  },
  {
    term: "beta particle",
    aliases: ["beta particles", "beta radiation"],
    field: "physics",
    definition:
      "A fast electron thrown out by a radioactive atom. Thin metal stops it.",
    seeAlso: ["alpha particle", "radioactive decay"],
  },
  {
    term: "electromagnetic field",
    aliases: ["electromagnetic fields", "EMF", "EMFs"],
    field: "physics",
    definition:
      "The field of electric and magnetic force around power lines, phones and other devices. The weak fields from everyday devices have not been shown to harm health.",
    seeAlso: ["radiofrequency", "magnetic field", "electric field"],
  },
  {
    term: "radiofrequency",
    aliases: ["radio frequency", "radiofrequency radiation", "radio-frequency"],
    field: "physics",
    definition:
      "Radio waves, used by phones, Wi-Fi and radar. Doctors also use them to heat and destroy small areas of tissue.",
    seeAlso: ["radio wave", "electromagnetic field", "electromagnetic spectrum"],
  },
  {
    term: "radio wave",
    aliases: ["radio waves", "radiowaves"],
    field: "physics",
    definition:
      "The longest, lowest-energy kind of light, far beyond what we can see. It carries radio, TV and phone signals.",
    seeAlso: ["electromagnetic spectrum", "radiofrequency"],
  },
  {
    term: "microwave",
    aliases: ["microwaves", "microwave radiation"],
    field: "physics",
    definition:
      "Radio waves with short wavelengths, used in ovens, radar, phones and satellite links. They heat food by making water molecules jiggle.",
    seeAlso: ["electromagnetic spectrum", "radio wave"],
    context: ["radiation", "wave", "waves", "frequency", "signal", "energy", "radar", "telescope", "background", "beam"],
  },
  {
    term: "visible light",
    aliases: ["visible spectrum"],
    field: "physics",
    definition:
      "The small band of light our eyes can see, from red to violet. It is only a tiny part of the full range of light.",
    seeAlso: ["electromagnetic spectrum", "wavelength"],
  },
  {
    term: "blue light",
    aliases: ["blue-light", "blue wavelengths"],
    field: "physics",
    definition:
      "Light from the blue end of the colours we see, given off by the sky, LEDs and screens. At night it can hold back the sleep hormone melatonin.",
    seeAlso: ["visible light", "LED"],
  },
  {
    term: "far-UVC",
    aliases: ["far-UVC light", "UVC", "UV-C", "germicidal UV", "germicidal lamp", "germicidal lamps", "germicidal ultraviolet"],
    field: "physics",
    definition:
      "Ultraviolet light of very short wavelength that kills germs. Far-UVC is a kind thought safe near people, because it cannot get deep into skin or eyes.",
    seeAlso: ["ultraviolet"],
  },
  {
    term: "electric field",
    aliases: ["electric fields"],
    field: "physics",
    definition:
      "The region around an electric charge where it pushes or pulls on other charges.",
    seeAlso: ["electric charge", "magnetic field"],
  },
  {
    term: "electric charge",
    aliases: ["positive charge", "negative charge", "electrically charged"],
    field: "physics",
    definition:
      "A property of tiny particles that makes them push or pull on each other. Electrons are negative, protons positive; opposite charges attract.",
    seeAlso: ["electron", "proton", "ion"],
  },
  {
    term: "electric current",
    aliases: ["electrical current", "current flow"],
    field: "physics",
    definition:
      "A flow of electric charge, usually electrons moving through a wire. It is measured in amps.",
    seeAlso: ["voltage", "electrical resistance"],
  },
  {
    term: "voltage",
    aliases: ["volt", "volts", "high voltage", "low voltage"],
    field: "physics",
    definition:
      "The push that drives an electric current round a circuit, measured in volts. Higher voltage can push more current.",
    seeAlso: ["electric current", "electrical resistance"],
  },
  {
    term: "electrical resistance",
    aliases: ["ohm", "ohms", "resistivity"],
    field: "physics",
    definition:
      "How strongly a material holds back an electric current. Resistance turns some of the energy into heat.",
    seeAlso: ["electric current", "superconductor"],
  },
  {
    term: "electrical conductivity",
    aliases: ["conductivity", "conductive", "electrically conductive"],
    field: "physics",
    definition:
      "How easily electricity flows through a material. Metals conduct well; rubber and glass hardly at all.",
    seeAlso: ["electrical resistance", "semiconductor"],
    context: ["electric", "electrical", "electricity", "current", "metal", "material", "materials", "wire", "electron", "electrons", "battery", "charge", "device"],
  },
  {
    term: "watt",
    aliases: ["watts", "milliwatt", "milliwatts"],
    field: "physics",
    definition:
      "The unit of power: how fast energy is used or made. A kilowatt is 1,000 watts, a megawatt a million.",
    seeAlso: ["joule", "kilowatt-hour", "gigawatt"],
  },
  {
    term: "joule",
    aliases: ["joules", "kilojoule", "kilojoules", "megajoule"],
    field: "physics",
    definition:
      "The standard unit of energy. A food calorie is about 4,200 joules.",
    seeAlso: ["watt"],
  },
  {
    term: "decibel",
    aliases: ["decibels"],
    field: "physics",
    definition:
      "The unit of loudness. The scale jumps fast: every 10 decibels more is ten times the sound energy, and long exposure above about 85 decibels can harm hearing.",
    seeAlso: ["noise pollution", "acoustics"],
  },
  {
    term: "kinetic energy",
    field: "physics",
    definition:
      "The energy something has because it is moving. Twice the speed gives four times the energy, which is why fast crashes do so much damage.",
    seeAlso: ["potential energy"],
  },
  {
    term: "potential energy",
    aliases: ["gravitational potential energy"],
    field: "physics",
    definition:
      "Energy stored because of where something is or how it is set. Water held up by a dam and a stretched spring both have it.",
    seeAlso: ["kinetic energy"],
  },
  {
    term: "gravity",
    aliases: ["gravitational pull", "gravitational force", "gravitation"],
    field: "physics",
    definition:
      "The pull that every mass has on every other mass. It keeps us on the ground, the Moon around Earth and Earth around the Sun.",
    seeAlso: ["relativity", "microgravity", "orbit"],
    context: ["planet", "planets", "mass", "orbit", "Earth", "space", "Moon", "Sun", "star", "stars", "black hole", "galaxy", "force", "weight", "astronaut", "astronauts", "physics", "falling", "spacecraft"],
  },
  {
    term: "acceleration",
    aliases: ["deceleration"],
    field: "physics",
    definition:
      "How quickly something speeds up, slows down or changes direction. Forces cause it.",
    seeAlso: ["kinetic energy", "g-force"],
    context: ["force", "forces", "velocity", "speed", "rocket", "particle", "particles", "physics", "gravity", "crash", "g-force"],
  },
  {
    term: "g-force",
    aliases: ["g-forces", "g forces"],
    field: "physics",
    definition:
      "The force you feel when speeding up or turning, counted in multiples of Earth's gravity. At 3g, you feel three times your usual weight.",
    seeAlso: ["acceleration", "gravity"],
  },
  {
    term: "friction",
    aliases: ["frictional"],
    field: "physics",
    definition:
      "The force that slows things down when two surfaces rub together. It also turns motion into heat.",
    seeAlso: ["drag"],
    context: ["surface", "surfaces", "force", "heat", "rub", "rubbing", "slide", "sliding", "wear", "grip", "lubricant", "material", "materials", "tyre", "tire"],
  },
  {
    term: "drag",
    aliases: ["air resistance", "aerodynamic drag"],
    field: "physics",
    definition:
      "The force that pushes back on something moving through air or water. Streamlined shapes cut drag and save fuel.",
    seeAlso: ["friction"],
    context: ["air", "aerodynamic", "aircraft", "wing", "wings", "speed", "fuel", "water", "fluid", "flight", "force", "vehicle", "car", "turbine"],
  },
  {
    term: "torque",
    field: "physics",
    definition:
      "A twisting force that makes things turn, like a spanner on a bolt or an engine turning wheels.",
  },
  {
    term: "centrifuge",
    aliases: ["centrifuged", "centrifugation", "centrifuges"],
    field: "physics",
    definition:
      "A machine that spins samples very fast. Heavy parts, such as cells in blood, sink to the bottom so they can be taken out.",
    seeAlso: ["enriched uranium"],
  },
  {
    term: "buoyancy",
    aliases: ["buoyant"],
    field: "physics",
    definition:
      "The upward push a liquid or gas gives to anything in it. Things float when this push is as big as their weight.",
    seeAlso: ["density"],
  },
  {
    term: "density",
    field: "physics",
    definition:
      "How much mass is packed into a given space. Lead is denser than wood, so the same-sized block is far heavier.",
    seeAlso: ["buoyancy"],
    context: ["mass", "volume", "material", "materials", "metal", "planet", "star", "gas", "liquid", "float", "matter", "kilograms", "grams", "neutron"],
  },
  {
    term: "viscosity",
    aliases: ["viscous"],
    field: "physics",
    definition:
      "How thick and slow-flowing a liquid is. Honey has a high viscosity; water has a low one.",
    seeAlso: ["fluid dynamics"],
  },
  {
    term: "fluid dynamics",
    aliases: ["fluid mechanics", "hydrodynamics", "computational fluid dynamics", "CFD"],
    field: "physics",
    definition:
      "The science of how liquids and gases flow, used to design planes and pipes and to model blood flow, weather and oceans.",
    seeAlso: ["turbulence", "viscosity"],
  },
  {
    term: "turbulence",
    aliases: ["turbulent flow"],
    field: "physics",
    definition:
      "Messy, swirling flow in air or water, full of eddies, as opposed to a smooth flow. It is hard to predict and shakes aircraft.",
    seeAlso: ["fluid dynamics", "chaos theory"],
    context: ["air", "flow", "fluid", "flight", "flights", "aircraft", "plane", "planes", "wind", "water", "ocean", "eddies", "jet stream", "physics"],
  },
  {
    term: "surface tension",
    field: "physics",
    definition:
      "The pull that makes a liquid's surface act like a thin stretchy skin. It lets some insects walk on water.",
    seeAlso: ["viscosity"],
  },
  {
    term: "shock wave",
    aliases: ["shockwave", "shock waves", "shockwaves", "blast wave"],
    field: "physics",
    definition:
      "A sudden, strong jump in air pressure. It races out from a blast, or from something that moves faster than sound.",
    seeAlso: ["sonic boom", "speed of sound"],
  },
  {
    term: "sonic boom",
    aliases: ["sonic booms"],
    field: "physics",
    definition:
      "The loud bang heard when a plane or object flies faster than sound and its pressure waves pile up into a shock wave.",
    seeAlso: ["shock wave", "speed of sound", "hypersonic"],
  },
  {
    term: "speed of sound",
    aliases: ["Mach", "Mach 1", "Mach number", "Mach 5"],
    field: "physics",
    definition:
      "How fast sound travels, about 1,200 km per hour in air at sea level. Mach 2 means twice that speed.",
    seeAlso: ["sonic boom", "hypersonic"],
  },
  {
    term: "acoustics",
    aliases: ["acoustic", "acoustic waves", "sound waves", "sound wave"],
    field: "physics",
    definition:
      "The science of sound: how it is made, travels, bounces and is heard. Also how a room shapes the sound in it.",
    seeAlso: ["decibel", "resonance"],
  },
  {
    term: "resonance",
    aliases: ["resonant", "resonant frequency"],
    field: "physics",
    definition:
      "When something is pushed at its own natural beat, so it shakes more and more. Think of a swing pushed at just the right time.",
    seeAlso: ["frequency", "vibration"],
    context: ["frequency", "frequencies", "vibration", "vibrations", "vibrate", "wave", "waves", "sound", "oscillation", "physics", "bridge", "magnetic", "atoms", "laser"],
  },
  {
    term: "amplitude",
    field: "physics",
    definition:
      "The size of a wave or swing: how high its peaks rise. For sound, a bigger amplitude means louder.",
    seeAlso: ["wavelength", "frequency"],
    context: ["wave", "waves", "signal", "signals", "frequency", "oscillation", "brain", "sound", "vibration", "light", "physics", "seismic"],
  },
  {
    term: "oscillation",
    aliases: ["oscillations", "oscillate", "oscillating"],
    field: "physics",
    definition:
      "A steady back-and-forth or up-and-down swing, like a clock's pendulum or a brain wave.",
    seeAlso: ["frequency", "resonance", "amplitude"],
  },
  {
    term: "refraction",
    aliases: ["refract", "refracted", "refractive index"],
    field: "physics",
    definition:
      "The bending of light as it passes from one thing into another. It is why a straw looks bent in a glass of water.",
    seeAlso: ["optics", "diffraction"],
  },
  {
    term: "diffraction",
    aliases: ["diffract", "diffracted", "diffraction pattern"],
    field: "physics",
    definition:
      "The spreading of waves as they pass an edge or a narrow gap. Patterns it makes can reveal the shape of molecules.",
    seeAlso: ["X-ray crystallography", "refraction"],
  },
  {
    term: "polarisation",
    aliases: ["polarised light", "polarized light", "polarising filter"],
    field: "physics",
    definition:
      "The direction in which a light wave shakes. Polarised sunglasses block light shaking one way, which cuts glare.",
    seeAlso: ["photon", "optics"],
    context: ["light", "photon", "photons", "wave", "waves", "filter", "glasses", "optical", "telescope", "radio", "laser", "signal"],
  },
  {
    term: "optics",
    aliases: ["optical"],
    field: "physics",
    definition:
      "The science of light and how lenses, mirrors and other devices bend and guide it.",
    seeAlso: ["photonics", "refraction", "laser"],
    context: ["light", "lens", "lenses", "laser", "lasers", "mirror", "mirrors", "telescope", "microscope", "photon", "photons", "fibre", "beam", "physics", "camera"],
  },
  {
    term: "photoelectric effect",
    field: "physics",
    definition:
      "Light knocking electrons out of a metal. Einstein explained it by saying light comes in packets, which helped start quantum physics.",
    seeAlso: ["photon", "quantum physics", "solar cell"],
  },
  {
    term: "wave-particle duality",
    field: "physics",
    definition:
      "The finding that light and tiny bits like electrons act as waves in some tests. In others they act as particles.",
    seeAlso: ["quantum physics", "photon"],
  },
  {
    term: "uncertainty principle",
    aliases: ["Heisenberg uncertainty principle", "Heisenberg's uncertainty principle"],
    field: "physics",
    definition:
      "A rule of quantum physics: you cannot know both exactly where a particle is and exactly how fast it moves at the same time.",
    seeAlso: ["quantum physics"],
  },
  {
    term: "Schrödinger's cat",
    aliases: ["Schrodinger's cat", "Schroedinger's cat"],
    field: "physics",
    definition:
      "A thought test about a cat in a sealed box that, by quantum rules, is both alive and dead until someone looks. It shows how odd superposition is.",
    seeAlso: ["superposition", "quantum physics"],
  },
  {
    term: "quantum state",
    aliases: ["quantum states"],
    field: "physics",
    definition:
      "Everything that can be known about a quantum system, such as a particle's energy or spin. It can be a mix of many states at once.",
    seeAlso: ["superposition", "qubit"],
  },
  {
    term: "decoherence",
    aliases: ["quantum decoherence"],
    field: "physics",
    definition:
      "When a fragile quantum state is disturbed by its surroundings and loses its quantum nature. It is the main source of errors in quantum computers.",
    seeAlso: ["quantum error correction", "qubit", "superposition"],
  },
  {
    term: "quantum field theory",
    field: "physics",
    definition:
      "The theory that treats every particle as a ripple in a field that fills all of space. The Standard Model is built on it.",
    seeAlso: ["Standard Model", "quantum physics"],
  },
  {
    term: "quantum gravity",
    field: "physics",
    definition:
      "A hoped-for theory that would join quantum physics with Einstein's theory of gravity. No one has found a tested version yet.",
    seeAlso: ["relativity", "string theory", "graviton"],
  },
  {
    term: "theory of everything",
    field: "physics",
    definition:
      "One theory that would explain all the forces and bits of matter in nature. No one has found it yet.",
    seeAlso: ["quantum gravity", "string theory"],
  },
  {
    term: "spacetime",
    aliases: ["space-time", "fabric of space"],
    field: "physics",
    definition:
      "Space and time joined into one thing, as in Einstein's theory. Heavy objects bend it, and that bending is what we feel as gravity.",
    seeAlso: ["relativity", "gravitational wave"],
  },
  {
    term: "time dilation",
    field: "physics",
    definition:
      "Time passing more slowly for fast-moving clocks or clocks in strong gravity. GPS satellites must correct for it.",
    seeAlso: ["relativity", "atomic clock"],
  },
  {
    term: "Planck constant",
    aliases: ["Planck's constant"],
    field: "physics",
    definition:
      "A tiny fixed number that sets the scale of the quantum world: it links a particle of light's energy to its colour.",
    seeAlso: ["quantum physics", "photon"],
  },
  {
    term: "fundamental force",
    aliases: ["fundamental forces", "four forces of nature"],
    field: "physics",
    definition:
      "One of the four basic pushes and pulls in nature: gravity, electromagnetism, and the strong and weak nuclear forces.",
    seeAlso: ["strong nuclear force", "weak nuclear force", "gravity"],
  },
  {
    term: "strong nuclear force",
    aliases: ["strong force", "strong interaction"],
    field: "physics",
    definition:
      "The strongest force in nature. It glues quarks together into protons and neutrons, and holds the nucleus of an atom together.",
    seeAlso: ["quark", "gluon", "fundamental force"],
  },
  {
    term: "weak nuclear force",
    aliases: ["weak force", "weak interaction"],
    field: "physics",
    definition:
      "The force behind some kinds of radioactive decay, which lets one kind of particle change into another. It helps power the Sun.",
    seeAlso: ["fundamental force", "radioactive decay", "neutrino"],
  },
  {
    term: "electromagnetism",
    aliases: ["electromagnetic force", "electromagnetic"],
    field: "physics",
    definition:
      "The force between electric charges and magnets, which are two sides of one thing. It holds atoms together and carries light.",
    seeAlso: ["fundamental force", "electromagnetic spectrum"],
  },
  {
    term: "electromagnet",
    aliases: ["electromagnets"],
    field: "physics",
    definition:
      "A magnet made by running electricity through a coil of wire. It can be switched on and off, and is used in motors and MRI scanners.",
    seeAlso: ["magnetic field", "superconductor"],
  },
  {
    term: "graviton",
    field: "physics",
    definition:
      "A particle thought to carry gravity, as the photon carries light. No one has found one.",
    seeAlso: ["quantum gravity", "boson"],
  },
  {
    term: "gluon",
    aliases: ["gluons"],
    field: "physics",
    definition:
      "A particle that carries the strong force. It glues quarks together inside protons and neutrons.",
    seeAlso: ["quark", "strong nuclear force"],
  },
  {
    term: "lepton",
    aliases: ["leptons"],
    field: "physics",
    definition:
      "A family of basic particles that includes electrons, muons and neutrinos. They do not feel the strong nuclear force.",
    seeAlso: ["electron", "muon", "neutrino"],
  },
  {
    term: "hadron",
    aliases: ["hadrons"],
    field: "physics",
    definition:
      "Any particle built from quarks held by the strong force, such as protons and neutrons. The Large Hadron Collider smashes them together.",
    seeAlso: ["quark", "Large Hadron Collider"],
  },
  {
    term: "baryon",
    aliases: ["baryons", "baryonic matter"],
    field: "physics",
    definition:
      "A particle made of three quarks, like a proton or neutron. Baryonic matter means ordinary matter, as opposed to dark matter.",
    seeAlso: ["quark", "dark matter"],
  },
  {
    term: "fermion",
    aliases: ["fermions"],
    field: "physics",
    definition:
      "A particle of matter, such as an electron or quark. Two of the same kind cannot share the same state, which gives atoms their structure.",
    seeAlso: ["boson"],
  },
  {
    term: "supersymmetry",
    aliases: ["supersymmetric"],
    field: "physics",
    definition:
      "An idea that every known particle has a heavier partner. It could explain dark matter, but colliders have found no partners so far.",
    seeAlso: ["Standard Model", "dark matter"],
  },
  {
    term: "WIMP",
    aliases: ["WIMPs", "weakly interacting massive particle", "weakly interacting massive particles"],
    field: "physics",
    definition:
      "A kind of particle proposed to make up dark matter. Huge underground detectors have hunted for them for decades without a clear sign.",
    seeAlso: ["dark matter", "axion"],
  },
  {
    term: "particle detector",
    aliases: ["particle detectors"],
    field: "physics",
    definition:
      "A big machine that tracks tiny particles made in crashes or coming from space. It logs their paths and energy.",
    seeAlso: ["particle accelerator", "neutrino"],
  },
  {
    term: "five sigma",
    aliases: ["5 sigma", "5-sigma", "five-sigma", "sigma level"],
    field: "physics",
    definition:
      "The bar physicists set before claiming a discovery. It means a chance fluke would give such a strong result only about once in 3.5 million tries.",
    seeAlso: ["statistical significance"],
  },
  {
    term: "spin",
    aliases: ["quantum spin", "electron spin"],
    field: "physics",
    definition:
      "A built-in property of particles that makes them act like tiny magnets. It is not really spinning, but it can point up or down.",
    seeAlso: ["quantum state", "qubit"],
    context: ["electron", "electrons", "particle", "particles", "quantum", "magnetic", "atom", "atoms", "nucleus", "qubit", "qubits", "proton", "photon"],
    notIn: ["spin doctor"],
  },
  {
    term: "atomic nucleus",
    aliases: ["nucleus of an atom", "atomic nuclei", "nuclei of atoms"],
    field: "physics",
    definition:
      "The tiny, heavy centre of an atom, made of protons and neutrons. Electrons move around it.",
    seeAlso: ["proton", "neutron", "atom"],
  },
  {
    term: "electromagnetic pulse",
    aliases: ["EMP"],
    field: "physics",
    definition:
      "A sudden burst of radio energy from a nuclear blast, a solar storm or a special device. It can wreck electronics.",
    seeAlso: ["geomagnetic storm", "electromagnetism"],
  },
  {
    term: "heat transfer",
    aliases: ["thermal conduction", "thermal conductivity", "heat conduction"],
    field: "physics",
    definition:
      "How heat moves from warm to cool: by touch, by flowing air or liquid, or by giving off rays like infrared.",
    seeAlso: ["thermodynamics", "convection", "infrared"],
  },
  {
    term: "black-body radiation",
    aliases: ["blackbody radiation", "thermal radiation"],
    field: "physics",
    definition:
      "The light any warm object gives off because of its heat. Its colour shows the temperature: red-hot is cooler than white-hot.",
    seeAlso: ["infrared", "cosmic microwave background"],
  },
  {
    term: "boiling point",
    aliases: ["melting point", "freezing point"],
    field: "physics",
    definition:
      "The temperature at which a liquid turns to gas. Each substance has its own, and it drops when air pressure is lower, as on a mountain.",
    seeAlso: ["phase transition"],
  },
  {
    term: "state of matter",
    aliases: ["states of matter", "phase of matter", "new phase of matter"],
    field: "physics",
    definition:
      "The form a substance takes: solid, liquid, gas or plasma. Physicists have made rarer states, such as Bose-Einstein condensates, in labs.",
    seeAlso: ["phase transition", "plasma", "Bose-Einstein condensate"],
  },
  {
    term: "supercooled",
    aliases: ["supercooling", "supercooled water"],
    field: "physics",
    definition:
      "A liquid cooled below its freezing point that has not yet frozen. A small shake or speck can make it freeze at once.",
    seeAlso: ["phase transition"],
  },
  {
    term: "condensation",
    aliases: ["condense", "condenses", "condensed"],
    field: "physics",
    definition:
      "A gas turning into a liquid as it cools. Water vapour does this when it forms drops on a cold window or makes clouds.",
    seeAlso: ["water vapour", "phase transition"],
    context: ["water", "vapour", "vapor", "cloud", "clouds", "droplets", "cold", "gas", "moisture", "humidity", "steam", "window", "windows"],
  },
  {
    term: "band gap",
    aliases: ["bandgap"],
    field: "physics",
    definition:
      "The energy an electron needs to break loose and carry current in a material. Its size sets whether the stuff is a metal or a semiconductor.",
    seeAlso: ["semiconductor", "solar cell"],
  },
  {
    term: "quantum material",
    aliases: ["quantum materials"],
    field: "physics",
    definition:
      "A material that acts in odd ways because of quantum effects among its electrons. Superconductors are one kind.",
    seeAlso: ["superconductor", "topological insulator"],
  },
  {
    term: "topological insulator",
    aliases: ["topological insulators", "topological material"],
    field: "physics",
    definition:
      "A material that blocks electric current inside but lets it flow freely along its surface or edges. It may help build quantum computers.",
    seeAlso: ["quantum material", "semiconductor"],
  },
  {
    term: "hologram",
    aliases: ["holograms", "holography", "holographic"],
    field: "physics",
    definition:
      "A picture made with laser light that stores depth. It looks solid and changes as you move around it.",
    seeAlso: ["laser", "optics"],
  },
  {
    term: "metrology",
    field: "physics",
    definition:
      "The science of measuring. It keeps units like the metre, the second and the kilogram exact and the same everywhere.",
    seeAlso: ["atomic clock"],
  },
  {
    term: "attosecond",
    aliases: ["attoseconds", "attosecond pulse", "femtosecond", "femtoseconds", "picosecond", "picoseconds"],
    field: "physics",
    definition:
      "A tiny sliver of time. A femtosecond is a millionth of a billionth of a second; an attosecond is a thousand times shorter. Laser flashes this short can film electrons.",
    seeAlso: ["laser"],
  },
  {
    term: "angstrom",
    aliases: ["angstroms", "ångström", "ångströms"],
    field: "physics",
    definition:
      "A tiny unit of length, a ten-billionth of a metre, about the size of an atom.",
    seeAlso: ["nanometre", "atom"],
  },
  {
    term: "deuterium",
    aliases: ["heavy hydrogen", "heavy water"],
    field: "physics",
    definition:
      "A heavy form of hydrogen with a neutron in its nucleus. It is a fuel for fusion, and water made with it is called heavy water.",
    seeAlso: ["tritium", "nuclear fusion", "isotope"],
  },
  {
    term: "tritium",
    field: "physics",
    definition:
      "A rare, slightly radioactive form of hydrogen with two neutrons. Fusion reactors plan to burn it with deuterium.",
    seeAlso: ["deuterium", "nuclear fusion"],
  },
  {
    term: "chain reaction",
    aliases: ["nuclear chain reaction", "chain reactions"],
    field: "physics",
    definition:
      "A process where each step sets off more steps, as when one splitting atom frees neutrons that split other atoms.",
    seeAlso: ["nuclear fission", "critical mass"],
    context: ["nuclear", "neutron", "neutrons", "fission", "uranium", "plutonium", "reactor", "atom", "atoms", "chemical", "reaction", "bomb"],
  },
  {
    term: "critical mass",
    field: "physics",
    definition:
      "The smallest amount of nuclear fuel needed to keep a chain reaction going on its own.",
    seeAlso: ["chain reaction", "nuclear fission"],
    context: ["nuclear", "uranium", "plutonium", "fission", "reactor", "bomb", "neutron", "neutrons"],
  },
  {
    term: "nuclear meltdown",
    aliases: ["meltdown", "reactor meltdown", "core meltdown"],
    field: "physics",
    definition:
      "When a reactor's core overheats and its fuel melts, as at Chernobyl and Fukushima. It can release radiation if the outer shell fails.",
    seeAlso: ["nuclear reactor", "nuclear fallout"],
    context: ["nuclear", "reactor", "reactors", "radiation", "Fukushima", "Chernobyl", "uranium", "core", "plant", "radioactive"],
  },
  {
    term: "nuclear fallout",
    aliases: ["radioactive fallout", "fallout"],
    field: "physics",
    definition:
      "Radioactive dust and ash that drop to the ground after a nuclear bomb or a bad reactor leak.",
    seeAlso: ["nuclear meltdown", "radiation"],
    context: ["nuclear", "radioactive", "radiation", "bomb", "reactor", "Chernobyl", "Fukushima", "weapons", "test", "tests", "isotope", "isotopes"],
  },
  {
    term: "Geiger counter",
    aliases: ["Geiger counters", "dosimeter", "dosimeters"],
    field: "physics",
    definition:
      "A handheld tool that clicks or beeps when it detects radiation. A dosimeter is a badge that adds up the dose someone gets.",
    seeAlso: ["radiation dose", "sievert"],
  },
  {
    term: "linear accelerator",
    aliases: ["linac", "linear accelerators", "LINAC"],
    field: "physics",
    definition:
      "A machine that speeds particles along a straight line. Hospitals use small ones to make the X-ray beams that treat cancer.",
    seeAlso: ["particle accelerator", "X-ray"],
  },
  {
    term: "cyclotron",
    aliases: ["cyclotrons"],
    field: "physics",
    definition:
      "A machine that speeds charged particles round and round in a spiral. Hospitals use them to make the radioactive tracers for PET scans.",
    seeAlso: ["particle accelerator"],
  },
  {
    term: "synchrotron",
    aliases: ["synchrotrons", "synchrotron light"],
    field: "physics",
    definition:
      "A ring-shaped machine that whirls electrons near light speed. They give off very bright X-rays, used to study materials, proteins and fossils.",
    seeAlso: ["particle accelerator", "X-ray"],
  },
  {
    term: "free-electron laser",
    aliases: ["X-ray free-electron laser", "XFEL"],
    field: "physics",
    definition:
      "A machine that makes extremely bright, short X-ray flashes from fast electrons. It can catch molecules in the middle of reacting.",
    seeAlso: ["synchrotron", "laser"],
  },
  {
    term: "scanning tunnelling microscope",
    aliases: ["scanning tunneling microscope", "atomic force microscope", "atomic force microscopy", "AFM"],
    field: "physics",
    definition:
      "A microscope that feels a surface with a very sharp tip instead of using light. It can see and even move single atoms.",
    seeAlso: ["atom", "electron microscope"],
  },
  {
    term: "optical tweezers",
    aliases: ["optical tweezer", "laser tweezers"],
    field: "physics",
    definition:
      "Tight laser beams that can grab and move tiny things, such as cells, molecules or single atoms.",
    seeAlso: ["laser"],
  },
  {
    term: "laser cooling",
    aliases: ["ultracold atoms", "ultracold", "ultra-cold atoms"],
    field: "physics",
    definition:
      "Slowing atoms with laser light until they are a sliver above absolute zero. Such ultracold atoms are used in clocks and quantum tests.",
    seeAlso: ["absolute zero", "Bose-Einstein condensate"],
  },
  {
    term: "quantum simulator",
    aliases: ["quantum simulation", "quantum simulators"],
    field: "physics",
    definition:
      "A quantum machine set up to copy a harder system, such as a new material. It can study things normal computers cannot.",
    seeAlso: ["quantum computer"],
  },
  {
    term: "quantum network",
    aliases: ["quantum internet", "quantum networks", "quantum communication"],
    field: "physics",
    definition:
      "A link that sends quantum information, such as entangled photons, between places. It could allow messages that cannot be secretly read.",
    seeAlso: ["quantum key distribution", "quantum entanglement"],
  },
  {
    term: "quantum key distribution",
    aliases: ["QKD", "quantum cryptography", "quantum encryption"],
    field: "physics",
    definition:
      "A way to share secret codes using single photons. Anyone listening in would disturb them and give themselves away.",
    seeAlso: ["quantum network", "encryption"],
  },
  {
    term: "quantum teleportation",
    field: "physics",
    definition:
      "Moving the quantum state of one particle onto another far away, using entanglement. No matter moves, and no news beats light.",
    seeAlso: ["quantum entanglement", "quantum network"],
  },
  {
    term: "logical qubit",
    aliases: ["logical qubits", "physical qubit", "physical qubits"],
    field: "physics",
    definition:
      "One reliable qubit built from many faulty ones working as a team. The team can catch and fix each other's mistakes.",
    seeAlso: ["qubit", "quantum error correction"],
  },
  {
    term: "superconducting qubit",
    aliases: ["superconducting qubits"],
    field: "physics",
    definition:
      "A qubit made from a tiny superconducting circuit chilled close to absolute zero. Google and IBM build their quantum chips this way.",
    seeAlso: ["qubit", "superconductor", "trapped ion"],
  },
  {
    term: "trapped ion",
    aliases: ["trapped ions", "trapped-ion", "ion trap"],
    field: "physics",
    definition:
      "A charged atom held still in space by electric fields. It makes a very stable qubit or a precise clock.",
    seeAlso: ["qubit", "ion"],
  },
  {
    term: "second law of thermodynamics",
    field: "physics",
    definition:
      "The rule that disorder, or entropy, in a closed system always grows. It is why heat flows from hot to cold and no engine is perfect.",
    seeAlso: ["entropy", "thermodynamics"],
  },
  {
    term: "complex system",
    aliases: ["complex systems", "complexity science"],
    field: "physics",
    definition:
      "A system of many parts that affect each other, such as the climate, the brain or a market. The whole acts in ways no part does alone.",
    seeAlso: ["emergence", "chaos theory"],
  },
  {
    term: "emergence",
    aliases: ["emergent behaviour", "emergent property", "emergent properties"],
    field: "physics",
    definition:
      "When a whole does things its parts cannot do alone. A flock of birds makes shapes though each bird follows simple rules.",
    seeAlso: ["complex system"],
    context: ["complex", "collective", "emergent", "simple rules", "physics", "flock", "swarm", "self-organise", "self-organising"],
  },
  {
    term: "fractal",
    aliases: ["fractals"],
    field: "physics",
    definition:
      "A shape whose small parts look like the whole, at every scale, like a fern, a coastline or a snowflake.",
    seeAlso: ["chaos theory"],
  },
  {
    term: "inertial confinement fusion",
    aliases: ["laser fusion"],
    field: "physics",
    definition:
      "Fusion made by blasting a tiny fuel pellet with strong lasers. It is crushed and heated until its atoms fuse.",
    seeAlso: ["nuclear fusion", "fusion ignition"],
  },
  {
    term: "stellarator",
    aliases: ["stellarators"],
    field: "physics",
    definition:
      "A fusion machine that holds hot plasma in twisted magnetic coils. It is harder to build than a tokamak but may run more steadily.",
    seeAlso: ["tokamak", "nuclear fusion"],
  },
  {
    term: "Hawking radiation",
    field: "physics",
    definition:
      "Faint heat that Stephen Hawking predicted black holes give off because of quantum effects, so they slowly shrink. It has not been seen yet.",
    seeAlso: ["black hole", "event horizon"],
  },
  {
    term: "Doppler effect",
    aliases: ["Doppler shift"],
    field: "physics",
    definition:
      "The change in pitch or colour of a wave when its source moves toward or away from you. A passing siren drops in pitch.",
    seeAlso: ["redshift", "frequency"],
  },
  {
    term: "fluorescence",
    aliases: ["fluorescent", "fluoresce", "fluoresces"],
    field: "physics",
    definition:
      "Glowing with light of one colour after soaking up light of another. Scientists use fluorescent tags to light up cells and molecules.",
    seeAlso: ["ultraviolet", "photon"],
  },
  {
    term: "Cherenkov radiation",
    aliases: ["Cerenkov radiation"],
    field: "physics",
    definition:
      "A blue glow made when a particle moves through water or glass faster than light can travel in it. Neutrino detectors look for it.",
    seeAlso: ["neutrino", "particle detector"],
  },
  {
    term: "nuclear physics",
    aliases: ["nuclear physicist", "nuclear physicists"],
    field: "physics",
    definition:
      "The study of the nucleus of the atom: what holds it together, how it breaks apart and the energy this releases.",
    seeAlso: ["atomic nucleus", "nuclear fission"],
  },
  {
    term: "condensed matter physics",
    aliases: ["condensed-matter physics", "condensed matter physicist", "solid-state physics"],
    field: "physics",
    definition:
      "The physics of solids and liquids. It asks why some materials carry current, or stay magnetic, or lose all resistance.",
    seeAlso: ["quantum material", "superconductor"],
  },
];
