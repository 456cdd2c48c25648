import type { GlossaryEntry } from './types';

/** Plain-language glossary: astronomy and space science. */
export const entries: GlossaryEntry[] = [
  {
    term: "exoplanet",
    aliases: ["extrasolar planet"],
    field: "astronomy",
    definition:
      "A planet that circles a star other than our Sun. Thousands have been found, mostly by watching a star dim slightly when a planet passes in front of it.",
    seeAlso: ["transit method", "habitable zone"],
  },
  {
    term: "light-year",
    field: "astronomy",
    definition:
      "A unit of distance, not of time: how far light travels in one year. That is about 9.5 trillion kilometres.",
    seeAlso: ["parsec", "speed of light"],
  },
  {
    term: "black hole",
    field: "astronomy",
    definition:
      "A place in space where matter is packed so tightly that its gravity lets nothing escape, not even light. Many form when very big stars collapse.",
    seeAlso: ["event horizon", "accretion disk"],
  },
  {
    term: "neutron star",
    field: "astronomy",
    definition:
      "The tiny, crushed core left after a big star explodes. It is only about 20 km wide but holds more mass than our Sun.",
    seeAlso: ["pulsar", "magnetar", "supernova"],
  },
  {
    term: "dark matter",
    field: "astronomy",
    definition:
      "Unseen stuff that seems to make up most of the mass in the universe. We cannot see it, but its gravity pulls on stars and galaxies.",
    seeAlso: ["dark energy"],
  },
  {
    term: "dark energy",
    field: "astronomy",
    definition:
      "The unknown cause of the universe growing apart faster and faster over time. Scientists can measure its effect but do not yet know what it is.",
    seeAlso: ["dark matter", "Hubble constant"],
  },
  {
    term: "redshift",
    field: "astronomy",
    definition:
      "The stretching of light from an object moving away from us, which makes it look redder. The more it is stretched, the faster or farther away the object is.",
    seeAlso: ["spectroscopy", "wavelength"],
  },
  {
    term: "gravitational wave",
    field: "astronomy",
    definition:
      "A ripple in space itself, sent out when very heavy objects like black holes crash together. Huge detectors on Earth can pick up these tiny ripples.",
    seeAlso: ["black hole", "neutron star", "interferometer"],
  },
  {
    term: "supernova",
    aliases: ["supernovae"],
    field: "astronomy",
    definition:
      "The huge explosion of a star at the end of its life. For a few weeks it can shine brighter than a whole galaxy.",
    seeAlso: ["neutron star", "white dwarf"],
  },
  {
    term: "galaxy",
    field: "astronomy",
    definition:
      "A huge group of stars, gas and dust held together by gravity. Ours, the Milky Way, holds hundreds of billions of stars.",
    seeAlso: ["Milky Way", "galaxy cluster"],
  },
  {
    term: "nebula",
    aliases: ["nebulae"],
    field: "astronomy",
    definition:
      "A giant cloud of gas and dust in space. Some are places where new stars are being born; others are left over from dying stars.",
  },
  {
    term: "comet",
    field: "astronomy",
    definition:
      "A lump of ice, dust and rock that orbits the Sun. When it comes close to the Sun, the ice turns to gas and forms a glowing tail.",
    seeAlso: ["Oort cloud", "Kuiper belt", "meteor shower"],
  },
  {
    term: "asteroid",
    field: "astronomy",
    definition:
      "A rocky or metal object that orbits the Sun, smaller than a planet. Most sit in a belt between Mars and Jupiter.",
    seeAlso: ["meteorite", "comet"],
  },
  {
    term: "orbit",
    field: "astronomy",
    definition:
      "The curved path one thing takes around another, held by gravity. The Moon orbits Earth, and Earth orbits the Sun.",
    context: ["planet", "moon", "satellite", "star", "Earth", "Sun", "spacecraft", "asteroid", "comet", "space"],
  },
  {
    term: "habitable zone",
    aliases: ["Goldilocks zone"],
    field: "astronomy",
    definition:
      "The band around a star where a planet is neither too hot nor too cold for liquid water on its surface. Being in it does not mean life exists there.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "spectroscopy",
    aliases: ["spectrograph", "spectrometer"],
    field: "astronomy",
    definition:
      "Splitting light into its colours to learn what made it. The pattern shows which chemicals are in a star, planet or gas cloud, and how fast it moves.",
    seeAlso: ["electromagnetic spectrum", "redshift"],
  },
  {
    term: "cosmic microwave background",
    aliases: ["CMB", "cosmic microwave background radiation"],
    field: "astronomy",
    definition:
      "A faint glow left from when the universe was about 380,000 years old. It comes from every direction in the sky and is the oldest light we can see.",
    seeAlso: ["Big Bang"],
  },
  {
    term: "Big Bang",
    field: "astronomy",
    definition:
      "The main idea of how the universe began, about 13.8 billion years ago. Everything started very hot and packed tight, then spread out and cooled.",
    seeAlso: ["cosmic microwave background"],
  },
  {
    term: "quasar",
    field: "astronomy",
    definition:
      "A very bright glow at the centre of a distant galaxy. It is powered by a giant black hole pulling in gas, which heats up and shines.",
    seeAlso: ["black hole", "accretion disk"],
  },
  {
    term: "pulsar",
    field: "astronomy",
    definition:
      "A fast-spinning neutron star that sends out beams of radio waves. As it turns, the beams sweep past Earth like a lighthouse, giving very regular pulses.",
    seeAlso: ["neutron star"],
  },
  {
    term: "white dwarf",
    field: "astronomy",
    definition:
      "The small, hot core left when a star like our Sun runs out of fuel. It is about the size of Earth and slowly cools over billions of years.",
    seeAlso: ["red giant"],
  },
  {
    term: "red giant",
    field: "astronomy",
    definition:
      "A star late in its life that has swollen to many times its old size and cooled to a red colour. Our Sun will become one in about 5 billion years.",
    seeAlso: ["white dwarf"],
  },
  {
    term: "solar flare",
    field: "astronomy",
    definition:
      "A sudden, bright burst of energy from the Sun's surface. Strong ones can disturb radio signals and satellites on and around Earth.",
    seeAlso: ["coronal mass ejection", "sunspot"],
  },
  {
    term: "coronal mass ejection",
    aliases: ["CME"],
    field: "astronomy",
    definition:
      "A huge cloud of charged gas thrown out from the Sun. If it hits Earth it can cause bright auroras and harm power grids and satellites.",
    seeAlso: ["solar flare", "solar wind", "geomagnetic storm"],
  },
  {
    term: "geomagnetic storm",
    aliases: ["solar storm"],
    field: "astronomy",
    definition:
      "A shake-up of Earth's magnetic field caused by gas blasted from the Sun. It can bring northern lights far south and upset satellites and power lines.",
    seeAlso: ["coronal mass ejection", "aurora", "space weather"],
  },
  {
    term: "aurora",
    aliases: ["aurorae", "northern lights", "southern lights", "aurora borealis", "aurora australis"],
    field: "astronomy",
    definition:
      "Glowing, moving colours in the night sky near the poles. They appear when charged bits from the Sun hit gases high in Earth's air.",
    seeAlso: ["geomagnetic storm", "solar wind"],
  },
  {
    term: "transit method",
    aliases: ["transit photometry"],
    field: "astronomy",
    definition:
      "A way to find planets by watching a star for tiny, regular dips in brightness. Each dip happens when a planet passes in front of the star.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "astronomical unit",
    field: "astronomy",
    definition:
      "The average distance between Earth and the Sun, about 150 million kilometres. It is a handy unit for distances inside our solar system.",
    seeAlso: ["light-year"],
  },
  {
    term: "parsec",
    aliases: ["kiloparsec", "megaparsec"],
    field: "astronomy",
    definition:
      "A unit for the huge distances between stars. One parsec is about 3.26 light-years, or about 31 trillion kilometres.",
    seeAlso: ["light-year"],
  },
  {
    term: "Kuiper belt",
    field: "astronomy",
    definition:
      "A wide ring of icy bodies beyond Neptune. Pluto lives there, along with many smaller frozen worlds and some comets.",
    seeAlso: ["dwarf planet", "Oort cloud"],
  },
  {
    term: "Oort cloud",
    field: "astronomy",
    definition:
      "A huge, far-off shell of icy objects thought to surround the solar system. Many long-period comets are believed to come from there, though no one has seen it directly.",
    seeAlso: ["comet", "Kuiper belt"],
  },
  {
    term: "lander",
    field: "astronomy",
    definition:
      "A spacecraft built to touch down on a moon, planet or asteroid and stay there. It takes pictures and measurements from the surface.",
    seeAlso: ["rover"],
  },
  {
    term: "rover",
    field: "astronomy",
    definition:
      "A robot car that drives on the ground of another world, such as Mars or the Moon. It carries tools to study the rocks and soil.",
    seeAlso: ["lander", "regolith"],
    context: ["Mars", "Moon", "lunar", "planet", "NASA", "crater", "martian", "space", "mission"],
  },
  {
    term: "flyby",
    field: "astronomy",
    definition:
      "A mission step where a spacecraft zips past a planet, moon or asteroid without landing. It takes pictures and data as it goes.",
  },
  {
    term: "regolith",
    field: "astronomy",
    definition:
      "The loose layer of dust, broken rock and grit covering the surface of the Moon, Mars or an asteroid.",
    seeAlso: ["rover"],
  },
  {
    term: "space telescope",
    aliases: ["orbiting telescope", "orbital observatory"],
    field: "astronomy",
    definition:
      "A telescope sent into space, above Earth's air, so its view is not blurred or blocked. Some see light our eyes cannot, such as infrared or X-rays.",
  },
  {
    term: "magnetar",
    field: "astronomy",
    definition:
      "A kind of neutron star with an incredibly strong magnetic field. It can give off sudden flashes of X-rays and gamma rays.",
    seeAlso: ["neutron star"],
  },
  {
    term: "brown dwarf",
    field: "astronomy",
    definition:
      "An object too big to be a planet but too small to become a true star. It never gets hot enough inside to burn hydrogen for long.",
  },
  {
    term: "Milky Way",
    field: "astronomy",
    definition:
      "The galaxy our solar system belongs to. It is a flat, spiral disc of stars about 100,000 light-years across.",
    seeAlso: ["galaxy"],
  },
  {
    term: "dwarf planet",
    field: "astronomy",
    definition:
      "A round object that orbits the Sun but has not cleared other bodies from its path, so it is not counted as a full planet. Pluto is one.",
    seeAlso: ["Kuiper belt"],
  },
  {
    term: "meteor",
    aliases: ["shooting star"],
    field: "astronomy",
    definition:
      "The streak of light seen when a bit of space rock or dust burns up as it rushes into Earth's air.",
    seeAlso: ["meteorite", "asteroid", "meteor shower"],
  },
  {
    term: "meteorite",
    field: "astronomy",
    definition:
      "A piece of space rock that survives the fall through Earth's air and lands on the ground. Many are older than any rock formed on Earth.",
    seeAlso: ["meteor", "asteroid"],
  },
  {
    term: "solar wind",
    field: "astronomy",
    definition:
      "A steady stream of charged bits that flows out from the Sun in all directions and sweeps through the solar system.",
    seeAlso: ["aurora", "coronal mass ejection", "space weather"],
  },
  {
    term: "sunspot",
    field: "astronomy",
    definition:
      "A dark, cooler patch on the Sun's surface caused by strong magnetism. The number of these spots rises and falls in a cycle of about 11 years.",
    seeAlso: ["solar flare", "solar maximum", "solar cycle"],
  },
  {
    term: "solar maximum",
    field: "astronomy",
    definition:
      "The busiest part of the Sun's roughly 11-year cycle, when sunspots, flares and solar storms are most common.",
    seeAlso: ["sunspot", "solar flare", "solar cycle", "solar minimum"],
  },
  {
    term: "eclipse",
    aliases: ["solar eclipse", "lunar eclipse", "total eclipse"],
    field: "astronomy",
    definition:
      "When one space object blocks light from another. Sometimes the Moon hides the Sun; at other times Earth's shadow falls on the Moon.",
  },
  {
    term: "event horizon",
    field: "astronomy",
    definition:
      "The edge around a black hole. Once anything crosses it, not even light can get back out.",
    seeAlso: ["black hole"],
  },
  {
    term: "accretion disk",
    aliases: ["accretion disc"],
    field: "astronomy",
    definition:
      "A flat, spinning ring of gas and dust falling onto a star or black hole. The material rubs and heats up, so it often glows brightly.",
    seeAlso: ["black hole", "quasar"],
  },
  {
    term: "cosmic ray",
    field: "astronomy",
    definition:
      "A tiny, very fast bit of matter, such as a proton, that shoots through space and can strike Earth's air. Some come from exploding stars.",
    seeAlso: ["supernova", "proton"],
  },
  {
    term: "Hubble constant",
    field: "astronomy",
    definition:
      "A number for how fast the universe is expanding: how quickly galaxies move apart for each step of distance between them.",
    seeAlso: ["dark energy", "redshift", "Hubble tension"],
  },
  {
    term: "gravitational lensing",
    aliases: ["gravitational lens", "Einstein ring"],
    field: "astronomy",
    definition:
      "When the gravity of a big object, like a galaxy, bends light from something behind it. This can magnify, stretch or copy the image of the distant object.",
    seeAlso: ["relativity", "dark matter"],
  },
  {
    term: "protoplanetary disk",
    aliases: ["protoplanetary disc", "planet-forming disk", "planet-forming disc"],
    field: "astronomy",
    definition:
      "A flat cloud of gas and dust around a young star. Planets are thought to build up inside it as bits clump together.",
  },
  {
    term: "low Earth orbit",
    aliases: ["LEO"],
    field: "astronomy",
    definition:
      "The region of space up to about 2,000 km above Earth. The space station and most satellites, including big internet networks, circle there.",
    seeAlso: ["artificial satellite", "space debris"],
  },
  {
    term: "geostationary orbit",
    field: "astronomy",
    definition:
      "A path about 36,000 km above the equator where a satellite circles once a day, so it seems to stay still over one spot. Many TV and weather satellites use it.",
    seeAlso: ["artificial satellite"],
  },
  {
    term: "space debris",
    aliases: ["space junk", "orbital debris"],
    field: "astronomy",
    definition:
      "Old satellites, rocket parts and broken pieces left circling Earth. Even tiny bits travel fast enough to damage working spacecraft.",
    seeAlso: ["low Earth orbit"],
  },
  {
    term: "hot Jupiter",
    field: "astronomy",
    definition:
      "A giant gas planet that orbits very close to its star, so it is extremely hot. Such planets were among the first found outside our solar system.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "super-Earth",
    field: "astronomy",
    definition:
      "A planet bigger than Earth but smaller than Neptune. It might be rocky, watery or gassy; size alone does not tell us.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "interstellar object",
    aliases: ["interstellar comet"],
    field: "astronomy",
    definition:
      "A comet or rock that came from outside our solar system and is only passing through. Only a few have ever been spotted.",
  },
  {
    term: "sample return",
    aliases: ["sample-return mission"],
    field: "astronomy",
    definition:
      "A space mission that collects rock, dust or soil from another world and brings it back to Earth for study in labs.",
  },
  {
    term: "tidal locking",
    aliases: ["tidally locked"],
    field: "astronomy",
    definition:
      "When gravity makes a moon or planet always show the same face to the body it circles. Our Moon is tidally locked to Earth.",
  },
  {
    term: "galaxy cluster",
    field: "astronomy",
    definition:
      "A group of hundreds to thousands of galaxies held together by gravity. Clusters are among the biggest things in the universe.",
    seeAlso: ["galaxy", "dark matter"],
  },
  {
    term: "space weather",
    field: "astronomy",
    definition:
      "Changing conditions in space caused by the Sun, such as bursts of charged gas. It can upset satellites, radio signals and power grids.",
    seeAlso: ["geomagnetic storm", "solar wind"],
  },
  {
    term: "meteor shower",
    aliases: ["meteor showers"],
    field: "astronomy",
    definition:
      "A night when many meteors streak across the sky, as Earth passes through dust left by a comet. Many return on the same dates each year.",
    seeAlso: ["meteor", "comet"],
  },
  {
    term: "solar cycle",
    aliases: ["sunspot cycle"],
    field: "astronomy",
    definition:
      "The Sun's roughly 11-year rhythm, swinging from few sunspots and storms to many and back again.",
    seeAlso: ["solar maximum", "sunspot"],
  },
  {
    term: "solar minimum",
    field: "astronomy",
    definition:
      "The quiet part of the Sun's 11-year cycle, when there are few sunspots and solar storms.",
    seeAlso: ["solar cycle", "solar maximum"],
  },
  {
    term: "Hubble tension",
    field: "astronomy",
    definition:
      "The puzzle that two main ways of measuring how fast the universe expands give different answers. It may point to new physics, or to hidden errors.",
    seeAlso: ["Hubble constant"],
  },
  {
    term: "James Webb Space Telescope",
    aliases: ["JWST", "Webb telescope", "James Webb telescope", "Webb Space Telescope"],
    field: "astronomy",
    definition:
      "The largest space telescope, launched in 2021. It sees infrared light, letting it study the first galaxies and the air of distant planets.",
    seeAlso: ["space telescope", "infrared"],
  },
  {
    term: "Hubble Space Telescope",
    aliases: ["Hubble telescope"],
    field: "astronomy",
    definition:
      "A space telescope launched in 1990 that orbits above the blurring air. It has taken sharp pictures of deep space for decades.",
    seeAlso: ["space telescope"],
  },
  {
    term: "International Space Station",
    aliases: ["ISS"],
    field: "astronomy",
    definition:
      "A large lab orbiting about 400 km above Earth, where astronauts have lived since 2000. It is run by the US, Russia, Europe, Japan and Canada.",
    seeAlso: ["low Earth orbit", "microgravity"],
  },
  {
    term: "microgravity",
    aliases: ["weightlessness", "zero gravity", "zero-g"],
    field: "astronomy",
    definition:
      "The near-weightless state felt in orbit, where people and things float. Long stays weaken bones and muscles.",
    seeAlso: ["International Space Station"],
  },
  {
    term: "Lagrange point",
    aliases: ["Lagrangian point"],
    field: "astronomy",
    definition:
      "A spot in space where the pulls of the Sun and Earth balance, so a spacecraft can stay put using little fuel. Webb sits near one.",
    seeAlso: ["orbit", "James Webb Space Telescope"],
  },
  {
    term: "globular cluster",
    field: "astronomy",
    definition:
      "A tight ball of hundreds of thousands of very old stars that orbits a galaxy.",
    seeAlso: ["galaxy", "Milky Way"],
  },
  {
    term: "red dwarf",
    aliases: ["M dwarf", "red dwarf star"],
    field: "astronomy",
    definition:
      "The smallest, coolest and most common kind of star. They shine for trillions of years and often have rocky planets.",
    seeAlso: ["exoplanet", "habitable zone"],
  },
  {
    term: "gas giant",
    aliases: ["giant planet"],
    field: "astronomy",
    definition:
      "A huge planet made mostly of gas, like Jupiter and Saturn, with no solid surface to stand on.",
    seeAlso: ["hot Jupiter", "exoplanet"],
  },
  {
    term: "cosmology",
    aliases: ["cosmologist", "cosmological"],
    field: "astronomy",
    definition:
      "The science of the universe as a whole: how it began, what it is made of and how it changes.",
    seeAlso: ["Big Bang", "dark energy"],
  },
  {
    term: "cosmic inflation",
    aliases: ["inflationary universe"],
    field: "astronomy",
    definition:
      "The idea that the universe grew at an amazing speed for a tiny moment. It would have happened just after the Big Bang.",
    seeAlso: ["Big Bang", "cosmology"],
  },
  {
    term: "wormhole",
    field: "astronomy",
    definition:
      "An idea from physics: a tunnel through space and time linking two far-apart places. None has ever been found.",
    seeAlso: ["relativity", "black hole"],
  },
  {
    term: "fast radio burst",
    aliases: ["FRB"],
    field: "astronomy",
    definition:
      "A flash of radio waves lasting a thousandth of a second, from far beyond our galaxy. Many seem to come from magnetars.",
    seeAlso: ["magnetar"],
  },
  {
    term: "gamma-ray burst",
    aliases: ["GRB"],
    field: "astronomy",
    definition:
      "The most powerful blasts known, seen as flashes of gamma rays. They come from huge stars collapsing or neutron stars crashing together.",
    seeAlso: ["gamma ray", "neutron star"],
  },
  {
    term: "biosignature",
    field: "astronomy",
    definition:
      "A sign, such as a gas in a planet's air, that might point to life. Most can also be made without life, so claims need care.",
    seeAlso: ["astrobiology", "exoplanet"],
  },
  {
    term: "astrobiology",
    aliases: ["astrobiologist"],
    field: "astronomy",
    definition:
      "The science of whether life exists beyond Earth, and of how life began and might survive in space.",
    seeAlso: ["biosignature", "habitable zone"],
  },
  {
    term: "planetary defence",
    aliases: ["planetary defense", "asteroid deflection", "DART mission"],
    field: "astronomy",
    definition:
      "Efforts to find asteroids that could hit Earth and learn how to push one off course. NASA's DART probe nudged an asteroid in 2022.",
    seeAlso: ["asteroid"],
  },
];
