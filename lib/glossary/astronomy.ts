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
  {
    term: "solar system",
    aliases: ["Solar System"],
    field: "astronomy",
    definition:
      "The Sun and everything that circles it: eight planets, their moons, dwarf planets, asteroids and comets.",
    seeAlso: ["dwarf planet", "Kuiper belt"],
  },
  {
    term: "main sequence",
    aliases: ["main-sequence star"],
    field: "astronomy",
    definition:
      "The long, steady middle stage of a star's life, when it burns hydrogen in its core. Our Sun is in this stage now.",
    seeAlso: ["red giant", "white dwarf"],
  },
  {
    term: "star formation",
    aliases: ["star-forming region", "stellar nursery", "star birth"],
    field: "astronomy",
    definition:
      "How new stars are born: cold clouds of gas and dust collapse under their own gravity until the centre is hot enough to shine.",
    seeAlso: ["nebula", "protostar"],
  },
  {
    term: "protostar",
    field: "astronomy",
    definition:
      "A baby star that is still pulling in gas from the cloud around it. It is not yet hot enough to burn hydrogen.",
    seeAlso: ["star formation", "protoplanetary disk"],
  },
  {
    term: "binary star",
    aliases: ["binary star system", "binary system", "double star"],
    field: "astronomy",
    definition:
      "Two stars that circle each other, held together by gravity. Many stars in our galaxy live in pairs like this.",
    seeAlso: ["orbit"],
  },
  {
    term: "variable star",
    field: "astronomy",
    definition:
      "A star whose brightness goes up and down. The star may swell and shrink, or something may pass in front of it.",
    seeAlso: ["Cepheid variable", "light curve"],
  },
  {
    term: "Cepheid variable",
    aliases: ["Cepheid", "Cepheid star"],
    field: "astronomy",
    definition:
      "A kind of star that pulses at a steady beat. How fast it pulses tells its true brightness, so astronomers use it to measure distances.",
    seeAlso: ["standard candle", "Hubble constant"],
  },
  {
    term: "standard candle",
    field: "astronomy",
    definition:
      "An object in space whose true brightness is known. Comparing that with how bright it looks from Earth tells how far away it is.",
    seeAlso: ["Cepheid variable", "Type Ia supernova"],
  },
  {
    term: "Type Ia supernova",
    aliases: ["type 1a supernova"],
    field: "astronomy",
    definition:
      "The blast of a white dwarf star that grows too heavy. They all peak at about the same brightness, which makes them useful for measuring distances.",
    seeAlso: ["supernova", "standard candle", "white dwarf"],
  },
  {
    term: "kilonova",
    aliases: ["kilonovae"],
    field: "astronomy",
    definition:
      "A flash of light when two neutron stars crash together. Such crashes make much of the gold and other heavy metals in the universe.",
    seeAlso: ["neutron star merger", "gravitational wave"],
  },
  {
    term: "neutron star merger",
    aliases: ["neutron-star collision", "neutron star collision"],
    field: "astronomy",
    definition:
      "Two neutron stars spiralling into each other and colliding. It sends out gravitational waves and light, and forges heavy metals like gold.",
    seeAlso: ["neutron star", "kilonova", "gravitational wave"],
  },
  {
    term: "magnetosphere",
    field: "astronomy",
    definition:
      "The bubble of magnetic field around a planet. Earth's shields us from much of the solar wind and harmful particles from space.",
    seeAlso: ["solar wind", "magnetic field", "aurora"],
  },
  {
    term: "heliosphere",
    aliases: ["heliopause"],
    field: "astronomy",
    definition:
      "The huge bubble the solar wind blows around the Sun and planets. Its edge, the heliopause, is where interstellar space begins.",
    seeAlso: ["solar wind", "interstellar medium"],
  },
  {
    term: "interstellar medium",
    aliases: ["interstellar space", "interstellar gas"],
    field: "astronomy",
    definition:
      "The thin gas and dust that fill the space between the stars. New stars form where it clumps together.",
    seeAlso: ["heliosphere", "cosmic dust"],
  },
  {
    term: "cosmic dust",
    aliases: ["space dust", "interstellar dust"],
    field: "astronomy",
    definition:
      "Tiny grains of rock, ice and carbon drifting through space. It blocks some light, and it is the raw stuff that planets are built from.",
    seeAlso: ["interstellar medium", "protoplanetary disk"],
  },
  {
    term: "spectral line",
    aliases: ["absorption line", "emission line", "spectral lines"],
    field: "astronomy",
    definition:
      "A thin bright or dark band in the spread-out colours of light. Each chemical makes its own pattern of lines, so lines show what a distant object is made of.",
    seeAlso: ["spectroscopy", "redshift"],
  },
  {
    term: "photometry",
    field: "astronomy",
    definition:
      "Careful measuring of how bright an object in the sky is. Done over time, it can show a planet passing in front of a star.",
    seeAlso: ["light curve", "transit method"],
  },
  {
    term: "light curve",
    field: "astronomy",
    definition:
      "A graph of how an object's brightness changes over time. Dips, flares and steady beats in it reveal planets, explosions and pulsing stars.",
    seeAlso: ["photometry", "transit method", "variable star"],
  },
  {
    term: "apparent magnitude",
    aliases: ["absolute magnitude"],
    field: "astronomy",
    definition:
      "A scale of how bright a star or planet looks. It runs backwards: the lower the number, the brighter the object.",
    seeAlso: ["luminosity"],
  },
  {
    term: "luminosity",
    field: "astronomy",
    definition:
      "How much light and energy a star gives off each second. It does not depend on how far away the star is.",
    seeAlso: ["apparent magnitude", "standard candle"],
    context: ["star", "galaxy", "sun", "supernova", "quasar", "astronomer", "light", "bright", "telescope"],
  },
  {
    term: "escape velocity",
    field: "astronomy",
    definition:
      "The speed something must reach to break free of a planet's or star's gravity without being pushed further. From Earth it is about 11 km per second.",
    seeAlso: ["orbit", "black hole"],
  },
  {
    term: "orbital period",
    field: "astronomy",
    definition:
      "The time one object takes to go once around another. Earth's orbital period around the Sun is one year.",
    seeAlso: ["orbit"],
  },
  {
    term: "perihelion",
    aliases: ["aphelion"],
    field: "astronomy",
    definition:
      "The point in an orbit around the Sun where a planet or comet comes closest to the Sun. The farthest point is the aphelion.",
    seeAlso: ["orbit", "comet"],
  },
  {
    term: "perigee",
    aliases: ["apogee"],
    field: "astronomy",
    definition:
      "The point where the Moon or a satellite comes closest to Earth in its orbit. The farthest point is the apogee.",
    seeAlso: ["orbit", "supermoon"],
  },
  {
    term: "equinox",
    aliases: ["vernal equinox", "autumnal equinox"],
    field: "astronomy",
    definition:
      "One of two days a year, in March and September, when day and night are about the same length all over the world.",
    seeAlso: ["solstice"],
  },
  {
    term: "solstice",
    aliases: ["summer solstice", "winter solstice"],
    field: "astronomy",
    definition:
      "The longest or shortest day of the year, in June and December. At noon the Sun is at its highest or lowest point.",
    seeAlso: ["equinox"],
  },
  {
    term: "supermoon",
    field: "astronomy",
    definition:
      "A full moon when the Moon is near its closest point to Earth. It looks a little bigger and brighter than usual.",
    seeAlso: ["perigee"],
  },
  {
    term: "blood moon",
    field: "astronomy",
    definition:
      "A red Moon seen in a total lunar eclipse. Earth's shadow covers it, and only red light bent by our air gets through.",
    seeAlso: ["eclipse"],
  },
  {
    term: "totality",
    aliases: ["path of totality", "total solar eclipse"],
    field: "astronomy",
    definition:
      "The part of a total eclipse when the Sun or Moon is fully covered. For a solar eclipse, it is seen only along a narrow path on Earth.",
    seeAlso: ["eclipse", "solar corona"],
    context: ["eclipse", "Sun", "Moon", "solar", "lunar", "path", "shadow", "corona", "sky"],
  },
  {
    term: "solar corona",
    aliases: ["corona of the Sun", "Sun's corona"],
    field: "astronomy",
    definition:
      "The Sun's thin outer layer of gas, which is millions of degrees hot. It can be seen as a white glow during a total solar eclipse.",
    seeAlso: ["totality", "solar wind"],
  },
  {
    term: "photosphere",
    aliases: ["chromosphere"],
    field: "astronomy",
    definition:
      "The visible surface of the Sun or another star, the layer that gives off the light we see. Sunspots appear on it.",
    seeAlso: ["sunspot", "solar corona"],
  },
  {
    term: "solar prominence",
    aliases: ["solar filament"],
    field: "astronomy",
    definition:
      "A huge loop of glowing gas that rises from the Sun's surface and is held in shape by magnetic fields.",
    seeAlso: ["solar flare", "coronal mass ejection"],
  },
  {
    term: "coronal hole",
    field: "astronomy",
    definition:
      "A dark, cool patch in the Sun's outer layer. Fast solar wind streams out of it into space.",
    seeAlso: ["solar wind", "solar corona"],
  },
  {
    term: "Carrington event",
    field: "astronomy",
    definition:
      "The strongest solar storm on record, in 1859. It set telegraph wires sparking; a storm like it today could knock out power grids and satellites.",
    seeAlso: ["geomagnetic storm", "space weather"],
  },
  {
    term: "Van Allen belts",
    aliases: ["Van Allen radiation belts", "radiation belt", "radiation belts"],
    field: "astronomy",
    definition:
      "Two doughnut-shaped zones around Earth where its magnetic field traps fast charged particles. They can harm satellites and astronauts passing through.",
    seeAlso: ["magnetosphere", "cosmic ray"],
  },
  {
    term: "crewed mission",
    aliases: ["crewed flight", "human spaceflight", "manned mission", "crewed spaceflight"],
    field: "astronomy",
    definition:
      "A space flight with people on board, rather than robots only. It needs far more safety systems than a robotic probe.",
    seeAlso: ["International Space Station"],
  },
  {
    term: "launch window",
    field: "astronomy",
    definition:
      "The stretch of time when a rocket can take off and reach its target. Planets move, so missions to Mars get a window only every two years or so.",
    seeAlso: ["launch vehicle"],
  },
  {
    term: "payload",
    aliases: ["payloads"],
    field: "astronomy",
    definition:
      "What a rocket carries to do its job, such as a satellite, tools or a crew. Fuel and engines do not count.",
    seeAlso: ["launch vehicle"],
    context: ["rocket", "launch", "satellite", "spacecraft", "orbit", "mission", "space"],
  },
  {
    term: "spacewalk",
    aliases: ["extravehicular activity"],
    field: "astronomy",
    definition:
      "Time an astronaut spends outside a spacecraft in a space suit, often to fix or build things.",
    seeAlso: ["International Space Station"],
  },
  {
    term: "launch vehicle",
    field: "astronomy",
    definition:
      "The rocket that lifts a spacecraft or satellite off the ground and into space.",
    seeAlso: ["payload", "reusable rocket"],
  },
  {
    term: "space probe",
    aliases: ["probe spacecraft", "robotic probe", "deep-space probe"],
    field: "astronomy",
    definition:
      "A robot spacecraft with no crew. It is sent to study planets, moons, the Sun or deep space, and radios its findings home.",
    seeAlso: ["flyby", "orbiter", "lander"],
  },
  {
    term: "orbiter",
    field: "astronomy",
    definition:
      "A spacecraft that goes round and round a planet or moon to study it from above. It does not land.",
    seeAlso: ["lander", "space probe"],
  },
  {
    term: "gravity assist",
    aliases: ["slingshot manoeuvre", "gravitational slingshot"],
    field: "astronomy",
    definition:
      "Flying a spacecraft close past a planet, so the planet's pull speeds it up or bends its path. It saves fuel.",
    seeAlso: ["flyby"],
  },
  {
    term: "ion thruster",
    aliases: ["ion engine", "ion drive", "ion propulsion"],
    field: "astronomy",
    definition:
      "A spacecraft engine that fires out charged gas atoms with electricity. Its push is gentle but lasts for months, so it can reach high speeds.",
    seeAlso: ["ion"],
  },
  {
    term: "solar sail",
    field: "astronomy",
    definition:
      "A huge, thin sheet like a mirror that moves a spacecraft. The tiny push of sunlight drives it, with no fuel at all.",
    seeAlso: ["photon"],
  },
  {
    term: "re-entry",
    aliases: ["atmospheric re-entry"],
    field: "astronomy",
    definition:
      "When a spacecraft comes back into the air around a planet. Rubbing against the air heats it to thousands of degrees.",
    seeAlso: ["heat shield", "splashdown"],
    context: ["spacecraft", "capsule", "atmosphere", "satellite", "orbit", "space", "rocket", "debris", "heat shield"],
  },
  {
    term: "heat shield",
    field: "astronomy",
    definition:
      "A tough outer layer that guards a spacecraft. It keeps out the burning heat as the craft falls back through the air.",
    seeAlso: ["re-entry"],
  },
  {
    term: "splashdown",
    field: "astronomy",
    definition:
      "The landing of a space capsule in the sea, slowed by parachutes, at the end of a mission.",
    seeAlso: ["re-entry"],
  },
  {
    term: "sol",
    aliases: ["sols"],
    field: "astronomy",
    definition:
      "A day on Mars, about 24 hours and 40 minutes long. Mission teams count a rover's time on Mars in sols.",
    seeAlso: ["rover"],
    context: ["Mars", "martian", "rover", "lander", "Perseverance", "Curiosity"],
  },
  {
    term: "lunar south pole",
    field: "astronomy",
    definition:
      "The region around the Moon's south pole. Deep craters there stay in shadow and may hold ice that future crews could use for water and fuel.",
    seeAlso: ["permanently shadowed region"],
  },
  {
    term: "permanently shadowed region",
    aliases: ["permanently shadowed crater", "permanently shadowed craters"],
    field: "astronomy",
    definition:
      "A crater floor near the Moon's poles where sunlight never reaches. It is among the coldest places known and may hold frozen water.",
    seeAlso: ["lunar south pole", "water ice"],
  },
  {
    term: "water ice",
    field: "astronomy",
    definition:
      "Frozen water, as opposed to other ices such as frozen carbon dioxide. Finding it on the Moon or Mars matters for future visitors.",
    seeAlso: ["permanently shadowed region"],
  },
  {
    term: "moonquake",
    aliases: ["marsquake", "marsquakes"],
    field: "astronomy",
    definition:
      "A quake on the Moon or, for a marsquake, on Mars. Recording them shows what the inside of that world is like.",
    seeAlso: ["seismometer", "seismic wave"],
  },
  {
    term: "impact crater",
    field: "astronomy",
    definition:
      "A bowl-shaped hole in a planet or moon. It is left when a space rock slams into the ground.",
    seeAlso: ["asteroid", "ejecta"],
  },
  {
    term: "ejecta",
    field: "astronomy",
    definition:
      "Rock and dust thrown out by an impact or an eruption. Around a crater it often forms bright rays or a blanket of debris.",
    seeAlso: ["impact crater"],
  },
  {
    term: "near-Earth object",
    aliases: ["near-Earth asteroid", "NEO", "near-Earth objects", "potentially hazardous asteroid"],
    field: "astronomy",
    definition:
      "An asteroid or comet whose orbit brings it near Earth's path around the Sun. Telescopes track them to check whether any could hit us.",
    seeAlso: ["asteroid", "planetary defence"],
  },
  {
    term: "asteroid belt",
    aliases: ["main asteroid belt", "main belt"],
    field: "astronomy",
    definition:
      "The ring of millions of rocky bits that circle the Sun between Mars and Jupiter.",
    seeAlso: ["asteroid", "Kuiper belt"],
  },
  {
    term: "ice giant",
    aliases: ["ice giants"],
    field: "astronomy",
    definition:
      "A large planet made mostly of frozen water, ammonia and methane around a rocky core. Uranus and Neptune are ice giants.",
    seeAlso: ["gas giant"],
  },
  {
    term: "terrestrial planet",
    aliases: ["rocky planet", "rocky planets", "rocky world"],
    field: "astronomy",
    definition:
      "A planet made mainly of rock and metal, with a solid surface. Earth, Mars, Venus and Mercury are all rocky planets.",
    seeAlso: ["gas giant", "super-Earth"],
  },
  {
    term: "rogue planet",
    aliases: ["free-floating planet", "free-floating planets"],
    field: "astronomy",
    definition:
      "A planet that drifts through space alone, without circling any star. Many may have been thrown out of their home systems.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "planetesimal",
    field: "astronomy",
    definition:
      "One of the small lumps of rock or ice in a young star system. They clumped together and grew into planets.",
    seeAlso: ["protoplanetary disk"],
  },
  {
    term: "planetary nebula",
    aliases: ["planetary nebulae"],
    field: "astronomy",
    definition:
      "A glowing shell of gas thrown off by a dying Sun-like star. Despite the name, it has nothing to do with planets.",
    seeAlso: ["nebula", "white dwarf"],
  },
  {
    term: "exomoon",
    field: "astronomy",
    definition:
      "A moon that circles a planet outside our solar system. None has been confirmed for sure yet.",
    seeAlso: ["exoplanet"],
  },
  {
    term: "sub-Neptune",
    aliases: ["mini-Neptune", "sub-Neptunes"],
    field: "astronomy",
    definition:
      "A planet smaller than Neptune but bigger than Earth, probably wrapped in thick gas. They are common in our galaxy but missing from our solar system.",
    seeAlso: ["super-Earth", "exoplanet"],
  },
  {
    term: "radial velocity method",
    aliases: ["radial velocity", "wobble method", "Doppler method"],
    field: "astronomy",
    definition:
      "A way to find planets. A planet's pull makes its star wobble a tiny bit, and the wobble shows in the star's light.",
    seeAlso: ["exoplanet", "transit method"],
  },
  {
    term: "direct imaging",
    field: "astronomy",
    definition:
      "Taking actual pictures of planets around other stars by blocking the star's glare. It works best for big, young planets far from their star.",
    seeAlso: ["coronagraph", "exoplanet"],
  },
  {
    term: "coronagraph",
    field: "astronomy",
    definition:
      "A device in a telescope that blocks out the bright light of a star or the Sun, so fainter things near it can be seen.",
    seeAlso: ["direct imaging"],
  },
  {
    term: "adaptive optics",
    field: "astronomy",
    definition:
      "A system that bends a telescope mirror hundreds of times a second. It undoes the blur caused by Earth's shimmering air.",
    seeAlso: ["space telescope"],
  },
  {
    term: "radio telescope",
    field: "astronomy",
    definition:
      "A telescope, often a large dish, that picks up radio waves from space instead of light we can see.",
    seeAlso: ["radio astronomy", "fast radio burst"],
  },
  {
    term: "radio astronomy",
    aliases: ["radio astronomer"],
    field: "astronomy",
    definition:
      "Studying space through the radio waves that objects give off. It can see through dust that hides things from ordinary telescopes.",
    seeAlso: ["radio telescope"],
  },
  {
    term: "observatory",
    aliases: ["observatories"],
    field: "astronomy",
    definition:
      "A place with telescopes for studying the sky, often built on high mountains where the air is thin, dry and dark.",
    seeAlso: ["space telescope"],
    context: ["telescope", "astronomer", "star", "galaxy", "sky", "planet", "space"],
  },
  {
    term: "solar mass",
    aliases: ["solar masses"],
    field: "astronomy",
    definition:
      "The mass of our Sun, used as a unit for weighing stars and black holes. A black hole of 10 solar masses weighs as much as ten Suns.",
    seeAlso: ["black hole"],
  },
  {
    term: "supermassive black hole",
    aliases: ["supermassive black holes"],
    field: "astronomy",
    definition:
      "A giant black hole, millions or billions of times heavier than the Sun. Most big galaxies, ours too, have one at the centre.",
    seeAlso: ["black hole", "Sagittarius A*", "quasar"],
  },
  {
    term: "primordial black hole",
    field: "astronomy",
    definition:
      "A black hole that may have formed in the first instant after the Big Bang rather than from a dying star. None has been found so far.",
    seeAlso: ["black hole", "dark matter"],
  },
  {
    term: "active galactic nucleus",
    aliases: ["active galactic nuclei"],
    field: "astronomy",
    definition:
      "The very bright centre of a galaxy, powered by a giant black hole swallowing gas. Quasars are the brightest kind.",
    seeAlso: ["quasar", "supermassive black hole"],
  },
  {
    term: "relativistic jet",
    aliases: ["astrophysical jet"],
    field: "astronomy",
    definition:
      "A narrow beam of matter shot out near the speed of light from around a black hole or neutron star.",
    seeAlso: ["blazar", "black hole"],
  },
  {
    term: "blazar",
    field: "astronomy",
    definition:
      "A galaxy whose black hole fires a jet almost straight at Earth. So it looks very bright and flickers.",
    seeAlso: ["active galactic nucleus", "relativistic jet"],
  },
  {
    term: "spiral galaxy",
    aliases: ["barred spiral galaxy"],
    field: "astronomy",
    definition:
      "A flat, spinning galaxy with curved arms of stars winding out from the centre. The Milky Way is one.",
    seeAlso: ["galaxy", "elliptical galaxy"],
  },
  {
    term: "elliptical galaxy",
    field: "astronomy",
    definition:
      "A round or egg-shaped galaxy of mostly old stars, with little gas left to make new ones.",
    seeAlso: ["galaxy", "spiral galaxy"],
  },
  {
    term: "dwarf galaxy",
    aliases: ["dwarf galaxies"],
    field: "astronomy",
    definition:
      "A small galaxy with up to a few billion stars, far fewer than the Milky Way. Many circle bigger galaxies.",
    seeAlso: ["galaxy", "Magellanic Clouds"],
  },
  {
    term: "Andromeda galaxy",
    aliases: ["Andromeda"],
    field: "astronomy",
    definition:
      "The nearest big galaxy to ours, about 2.5 million light-years away. It is heading our way and should merge with the Milky Way in billions of years.",
    seeAlso: ["Milky Way", "Local Group"],
    context: ["galaxy", "Milky Way", "light-years", "stars", "telescope"],
  },
  {
    term: "Local Group",
    field: "astronomy",
    definition:
      "The small family of more than 50 galaxies that our Milky Way belongs to. Andromeda is the other big one.",
    seeAlso: ["Andromeda galaxy", "galaxy cluster"],
  },
  {
    term: "Magellanic Clouds",
    aliases: ["Large Magellanic Cloud", "Small Magellanic Cloud"],
    field: "astronomy",
    definition:
      "Two small galaxies that circle the Milky Way. They are seen as hazy patches in the southern sky.",
    seeAlso: ["dwarf galaxy"],
  },
  {
    term: "galactic centre",
    aliases: ["centre of the Milky Way", "galactic center"],
    field: "astronomy",
    definition:
      "The crowded heart of our galaxy, about 26,000 light-years away. A giant black hole sits there among packed stars and gas.",
    seeAlso: ["Sagittarius A*", "Milky Way"],
  },
  {
    term: "Sagittarius A*",
    aliases: ["Sagittarius A star", "Sgr A*"],
    field: "astronomy",
    definition:
      "The giant black hole at the centre of the Milky Way, about four million times heavier than the Sun.",
    seeAlso: ["supermassive black hole", "galactic centre"],
  },
  {
    term: "cosmic web",
    field: "astronomy",
    definition:
      "The huge pattern of galaxies in the universe: long threads and sheets of matter with vast empty bubbles between them.",
    seeAlso: ["dark matter", "galaxy cluster"],
  },
  {
    term: "reionisation",
    aliases: ["epoch of reionisation", "cosmic reionisation"],
    field: "astronomy",
    definition:
      "An era a few hundred million years after the Big Bang. Light from the first stars split the gas that filled space into charged bits.",
    seeAlso: ["cosmic dawn", "Big Bang"],
  },
  {
    term: "cosmic dawn",
    aliases: ["first stars", "first galaxies"],
    field: "astronomy",
    definition:
      "The time when the very first stars and galaxies lit up, a few hundred million years after the Big Bang. Telescopes like Webb look back to it.",
    seeAlso: ["reionisation", "James Webb Space Telescope"],
  },
  {
    term: "observable universe",
    field: "astronomy",
    definition:
      "The part of the universe we can see in principle, because its light has had time to reach us since the Big Bang. The whole universe may be far larger.",
    seeAlso: ["Big Bang", "cosmology"],
  },
  {
    term: "cosmological constant",
    aliases: ["Lambda-CDM", "lambda CDM"],
    field: "astronomy",
    definition:
      "A term in Einstein's sums for a steady energy in empty space. It is the simplest way to explain dark energy.",
    seeAlso: ["dark energy", "cosmology"],
  },
  {
    term: "multiverse",
    field: "astronomy",
    definition:
      "The idea that our universe is one of many. Some theories predict it, but there is no way yet to test it.",
    seeAlso: ["cosmic inflation", "string theory"],
  },
  {
    term: "Enceladus",
    field: "astronomy",
    definition:
      "A small icy moon of Saturn that shoots jets of water from a hidden ocean. The jets hold salts and carbon chemicals.",
    seeAlso: ["subsurface ocean", "cryovolcano"],
  },
  {
    term: "Titan",
    field: "astronomy",
    definition:
      "Saturn's largest moon, the only moon with thick air. It has lakes and rain of liquid methane.",
    seeAlso: ["astrobiology"],
    context: ["Saturn", "moon", "methane", "Cassini", "Dragonfly", "NASA", "lakes", "atmosphere", "spacecraft", "Huygens"],
  },
  {
    term: "subsurface ocean",
    aliases: ["subsurface oceans", "underground ocean", "hidden ocean", "ocean world", "ocean worlds"],
    field: "astronomy",
    definition:
      "Liquid water hidden under the icy crust of a moon or dwarf planet. Europa and Enceladus have them, which makes them targets in the search for life.",
    seeAlso: ["Enceladus", "astrobiology"],
  },
  {
    term: "cryovolcano",
    aliases: ["cryovolcanoes", "cryovolcanism", "ice volcano"],
    field: "astronomy",
    definition:
      "A volcano that erupts water, ammonia or methane instead of molten rock. Icy moons and dwarf planets have them.",
    seeAlso: ["Enceladus", "volcano"],
  },
  {
    term: "tidal heating",
    field: "astronomy",
    definition:
      "Heat made inside a moon as a planet's gravity squeezes and stretches it. It keeps the oceans of some icy moons liquid.",
    seeAlso: ["subsurface ocean", "tidal locking"],
  },
  {
    term: "habitability",
    aliases: ["habitable", "potentially habitable"],
    field: "astronomy",
    definition:
      "Whether a planet or moon could support life as we know it. Habitable does not mean anything lives there.",
    seeAlso: ["habitable zone", "biosignature"],
    context: ["planet", "planets", "exoplanet", "exoplanets", "moon", "star", "Mars", "life", "world", "worlds", "orbit", "Earth-like"],
  },
  {
    term: "Earth-like planet",
    aliases: ["Earth-like planets", "Earth-sized planet", "Earth-size planet", "Earth twin", "Earth 2.0"],
    field: "astronomy",
    definition:
      "A planet about the size of Earth, and rocky. It may be far too hot or cold for life, so Earth-like is mostly about size.",
    seeAlso: ["terrestrial planet", "habitable zone"],
  },
  {
    term: "transmission spectrum",
    aliases: ["transmission spectroscopy", "exoplanet atmosphere", "exoplanet atmospheres"],
    field: "astronomy",
    definition:
      "Starlight that passed through a planet's air as the planet crossed its star. Gases in the air leave marks that show what it is made of.",
    seeAlso: ["spectroscopy", "transit method", "biosignature"],
  },
  {
    term: "Proxima Centauri",
    aliases: ["Proxima b", "Alpha Centauri"],
    field: "astronomy",
    definition:
      "The nearest star to the Sun, 4.2 light-years away, part of the Alpha Centauri system. It has at least one rocky planet, Proxima b.",
    seeAlso: ["red dwarf", "exoplanet"],
  },
  {
    term: "TRAPPIST-1",
    field: "astronomy",
    definition:
      "A small, cool star about 40 light-years away with seven rocky planets. Some lie in its habitable zone.",
    seeAlso: ["red dwarf", "habitable zone"],
  },
  {
    term: "Betelgeuse",
    field: "astronomy",
    definition:
      "A huge red star in Orion that will one day explode as a supernova, perhaps in 100,000 years. It dimmed oddly in 2019 because of dust.",
    seeAlso: ["red giant", "supernova"],
  },
  {
    term: "stellar flare",
    aliases: ["stellar flares", "superflare", "superflares"],
    field: "astronomy",
    definition:
      "A sudden burst of energy from a star's surface. Small, cool stars flare often, which may strip the air from their planets.",
    seeAlso: ["solar flare", "red dwarf"],
  },
  {
    term: "meteoroid",
    aliases: ["meteoroids", "fireball", "fireballs", "bolide"],
    field: "astronomy",
    definition:
      "A small rock drifting in space. When it burns up in our air it is a meteor; a very bright one is called a fireball.",
    seeAlso: ["meteor", "meteorite"],
    context: ["space", "sky", "meteor", "meteors", "atmosphere", "burned", "streak", "asteroid", "comet", "astronomers", "NASA", "orbit", "night"],
  },
  {
    term: "airburst",
    aliases: ["air burst", "Tunguska event"],
    field: "astronomy",
    definition:
      "The blast when a space rock explodes in the air before hitting the ground. One flattened a Siberian forest in 1908.",
    seeAlso: ["asteroid", "near-Earth object"],
  },
  {
    term: "Chicxulub crater",
    aliases: ["Chicxulub", "Chicxulub impact", "dinosaur-killing asteroid"],
    field: "astronomy",
    definition:
      "A buried crater in Mexico. The asteroid that made it hit 66 million years ago and helped wipe out the dinosaurs.",
    seeAlso: ["impact crater", "mass extinction"],
  },
  {
    term: "Roche limit",
    field: "astronomy",
    definition:
      "The closest a moon can come to a planet before the planet's pull tears it apart. Saturn's rings may be such torn-up moons.",
    seeAlso: ["tidal heating"],
  },
  {
    term: "orbital resonance",
    aliases: ["resonant orbits", "resonant chain"],
    field: "astronomy",
    definition:
      "When moons or planets tug each other into a steady beat. One may go round twice for each trip of another.",
    seeAlso: ["orbital period", "orbit"],
  },
  {
    term: "technosignature",
    aliases: ["technosignatures", "SETI", "search for extraterrestrial intelligence"],
    field: "astronomy",
    definition:
      "A sign of technology made by aliens, such as a radio signal. No confirmed one has ever been found.",
    seeAlso: ["biosignature", "Fermi paradox"],
  },
  {
    term: "Fermi paradox",
    aliases: ["Drake equation"],
    field: "astronomy",
    definition:
      "The puzzle that our galaxy seems big and old enough to hold many alien worlds. Yet we have seen no sign of any.",
    seeAlso: ["technosignature", "astrobiology"],
  },
  {
    term: "panspermia",
    field: "astronomy",
    definition:
      "The idea that life, or its building blocks, could travel between planets inside rocks or comets. It has not been shown to happen.",
    seeAlso: ["astrobiology", "prebiotic chemistry"],
  },
  {
    term: "prebiotic chemistry",
    field: "astronomy",
    definition:
      "The chemistry that may have turned simple molecules into the first living things. It may have happened on early Earth or elsewhere.",
    seeAlso: ["astrobiology", "panspermia"],
  },
  {
    term: "Artemis programme",
    aliases: ["Artemis program", "Artemis mission", "Artemis II", "Artemis III", "Artemis I"],
    field: "astronomy",
    definition:
      "NASA's plan to send astronauts back to the Moon, the first to land since 1972. Later it aims to build a base there.",
    seeAlso: ["lunar south pole", "crewed mission"],
  },
  {
    term: "cislunar space",
    aliases: ["cislunar", "lunar orbit"],
    field: "astronomy",
    definition:
      "The space between Earth and the Moon, including orbits around the Moon. More and more missions are heading there.",
    seeAlso: ["Artemis programme", "Lagrange point"],
  },
  {
    term: "astrophysics",
    aliases: ["astrophysicist", "astrophysicists", "astrophysical"],
    field: "astronomy",
    definition:
      "The part of astronomy that uses physics to explain how stars, galaxies and the whole universe work. It is the main science of space.",
    seeAlso: ["cosmology"],
  },
  {
    term: "planetary science",
    aliases: ["planetary scientist", "planetary scientists", "planetary geologist"],
    field: "astronomy",
    definition:
      "The study of planets, moons, asteroids and comets: what they are made of and how they formed.",
    seeAlso: ["solar system"],
  },
  {
    term: "heliophysics",
    aliases: ["heliophysicist", "solar physics", "solar physicist"],
    field: "astronomy",
    definition:
      "The study of the Sun and of how its light, wind and storms affect Earth and the space around it.",
    seeAlso: ["space weather", "solar wind"],
  },
  {
    term: "multi-messenger astronomy",
    aliases: ["multimessenger astronomy"],
    field: "astronomy",
    definition:
      "Studying one event in space through several kinds of signal at once: light, gravitational waves and neutrinos.",
    seeAlso: ["gravitational wave", "neutrino"],
  },
  {
    term: "LIGO",
    aliases: ["Virgo detector", "LIGO-Virgo", "KAGRA"],
    field: "astronomy",
    definition:
      "A pair of huge detectors in the USA that first picked up gravitational waves in 2015. Each uses lasers in pipes 4 km long.",
    seeAlso: ["gravitational wave", "interferometer"],
  },
  {
    term: "Event Horizon Telescope",
    field: "astronomy",
    definition:
      "A network of radio telescopes across the world that work as one Earth-sized dish. It took the first pictures of black holes.",
    seeAlso: ["black hole", "radio telescope"],
  },
  {
    term: "tidal disruption event",
    aliases: ["tidal disruption events", "TDE", "spaghettification"],
    field: "astronomy",
    definition:
      "A star torn apart by a black hole's pull as it strays too close. The stretched gas glows brightly for months.",
    seeAlso: ["black hole", "supermassive black hole"],
  },
  {
    term: "Kessler syndrome",
    field: "astronomy",
    definition:
      "A feared chain reaction where space junk crashes make more junk, until some orbits are too risky to use.",
    seeAlso: ["space debris", "low Earth orbit"],
  },
  {
    term: "Deep Space Network",
    field: "astronomy",
    definition:
      "NASA's three sets of giant radio dishes, in the USA, Spain and Australia. They talk to faraway spacecraft.",
    seeAlso: ["radio telescope", "space probe"],
  },
  {
    term: "docking",
    aliases: ["docked", "undocking", "undocked"],
    field: "astronomy",
    definition:
      "Joining two spacecraft together in space. A capsule docks with a space station to drop off crew.",
    seeAlso: ["International Space Station"],
    context: ["spacecraft", "capsule", "station", "ISS", "orbit", "space", "astronauts", "Soyuz", "Dragon", "module", "Starliner"],
  },
  {
    term: "Kármán line",
    aliases: ["Karman line", "edge of space"],
    field: "astronomy",
    definition:
      "A common boundary for where space begins, 100 km above sea level. Some use 80 km instead.",
    seeAlso: ["low Earth orbit"],
  },
  {
    term: "ionosphere",
    aliases: ["thermosphere", "mesosphere", "upper atmosphere"],
    field: "astronomy",
    definition:
      "High layers of Earth's air, from about 50 km up, where sunlight splits gas into charged bits. Auroras glow there, and it bends radio signals.",
    seeAlso: ["aurora", "stratosphere"],
  },
];
