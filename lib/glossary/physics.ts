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
    aliases: ["error-corrected qubit", "logical qubit"],
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
    aliases: ["particle collider", "collider", "synchrotron"],
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
];
