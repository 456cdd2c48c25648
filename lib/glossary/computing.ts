import type { GlossaryEntry } from './types';

/** Plain-language glossary: computing and artificial intelligence. */
export const entries: GlossaryEntry[] = [
  {
    term: "algorithm",
    field: "computing",
    definition:
      "A set of step-by-step rules a computer follows to solve a problem or make a choice. It works like a recipe for handling data.",
    seeAlso: ["machine learning"],
  },
  {
    term: "artificial intelligence",
    aliases: ["AI", "A.I."],
    field: "computing",
    definition:
      "Computers doing tasks we link with human thinking, such as understanding speech, spotting patterns or making choices. Today's systems learn from huge amounts of data.",
    seeAlso: ["machine learning", "large language model"],
  },
  {
    term: "artificial general intelligence",
    aliases: ["AGI"],
    field: "computing",
    definition:
      "A hoped-for or feared kind of AI that could learn and do almost any mental task as well as a person. No such system exists yet, and experts disagree on when or whether it will.",
    seeAlso: ["artificial intelligence", "superintelligence"],
  },
  {
    term: "machine learning",
    aliases: ["ML"],
    field: "computing",
    definition:
      "A kind of AI where computers learn patterns from examples instead of being given exact rules. The more good examples, the better they usually get.",
    seeAlso: ["training data", "deep learning"],
  },
  {
    term: "deep learning",
    field: "computing",
    definition:
      "Machine learning that uses neural networks with many layers, each picking out more complex patterns. It powers most of today's image, speech and language tools.",
    seeAlso: ["neural network", "machine learning", "AlphaFold"],
  },
  {
    term: "neural network",
    aliases: ["artificial neural network", "neural net", "convolutional neural network"],
    field: "computing",
    definition:
      "A computer program loosely inspired by the brain, built from many simple connected units. It learns by adjusting the strength of its links as it sees examples.",
    seeAlso: ["deep learning", "parameter"],
    context: ["AI", "computer", "computers", "machine learning", "deep learning", "artificial", "trained", "training", "algorithm", "model", "software", "chip"],
  },
  {
    term: "large language model",
    aliases: ["LLM", "language model"],
    field: "computing",
    definition:
      "An AI system trained on huge amounts of text to predict the next word. That lets it write, answer questions and chat, but it can state false things confidently.",
    seeAlso: ["chatbot", "AI hallucination", "token"],
  },
  {
    term: "foundation model",
    aliases: ["frontier model", "frontier AI"],
    field: "computing",
    definition:
      "A very large AI model trained on broad data that can be adapted to many tasks. The biggest, newest ones are often called frontier models.",
    seeAlso: ["large language model", "fine-tuning"],
  },
  {
    term: "transformer",
    aliases: ["transformer model"],
    field: "computing",
    definition:
      "A design for neural networks, invented in 2017, that weighs how each word in a text relates to every other. Most modern chatbots are built on it.",
    seeAlso: ["large language model", "neural network"],
    context: ["AI", "model", "models", "neural", "language", "architecture", "GPT", "LLM", "attention", "deep learning"],
  },
  {
    term: "training data",
    aliases: ["training set", "training dataset"],
    field: "computing",
    definition:
      "The examples, such as texts, pictures or records, used to teach an AI system. Gaps or bias in this material show up in what the system does.",
    seeAlso: ["dataset", "algorithmic bias"],
  },
  {
    term: "dataset",
    aliases: ["data set"],
    field: "computing",
    definition:
      "A collection of information, such as numbers, images or text, put together in an orderly way. It may be used for study or to train a computer program.",
    seeAlso: ["training data"],
  },
  {
    term: "synthetic data",
    field: "computing",
    definition:
      "Made-up data created by a computer to look like real data. It can protect privacy or fill gaps, but may miss things the real world contains.",
    seeAlso: ["training data"],
  },
  {
    term: "chatbot",
    aliases: ["chat bot", "AI assistant", "virtual assistant"],
    field: "computing",
    definition:
      "A computer program you can talk to by typing or speaking. It replies in everyday language, as ChatGPT does.",
    seeAlso: ["large language model"],
  },
  {
    term: "generative AI",
    aliases: ["GenAI", "gen AI", "generative artificial intelligence"],
    field: "computing",
    definition:
      "AI that makes new text, pictures, sound or video. It learns patterns from huge collections of work people have already made.",
    seeAlso: ["large language model", "diffusion model", "deepfake"],
  },
  {
    term: "diffusion model",
    field: "computing",
    definition:
      "A type of AI that makes pictures or video. It starts with random noise and cleans it up step by step until an image appears.",
    seeAlso: ["generative AI"],
  },
  {
    term: "AI hallucination",
    aliases: ["hallucination", "confabulation"],
    field: "computing",
    definition:
      "When an AI system states something false or made up, such as a fake quote or study, as if it were true.",
    seeAlso: ["large language model", "chatbot"],
    context: ["AI", "chatbot", "chatbots", "model", "models", "language", "ChatGPT", "LLM", "LLMs", "generative", "artificial intelligence"],
  },
  {
    term: "benchmark",
    aliases: ["benchmark test"],
    field: "computing",
    definition:
      "A standard set of tests used to compare computer systems or AI models. A high score does not always mean the system does well in real use.",
    context: ["AI", "model", "models", "LLM", "LLMs", "chatbot", "chatbots", "computer", "performance", "score", "scores", "accuracy", "GPU", "chip", "software"],
  },
  {
    term: "parameter",
    aliases: ["model weights"],
    field: "computing",
    definition:
      "One of the adjustable numbers inside an AI model that are tuned during training. Big models have billions, which roughly reflects their size.",
    seeAlso: ["neural network", "open-weight model"],
    context: ["AI", "model", "models", "LLM", "neural", "network", "billion", "trillion", "trained", "training"],
  },
  {
    term: "open-weight model",
    aliases: ["open-weights model", "open model"],
    field: "computing",
    definition:
      "An AI model whose trained numbers are released publicly, so anyone can download, run and adapt it. Its training data may still be secret.",
    seeAlso: ["open source", "parameter"],
  },
  {
    term: "open source",
    aliases: ["open-source software"],
    field: "computing",
    definition:
      "Software whose code is shared in public. Anyone can read, use, change and pass it on, under the terms of its licence.",
    seeAlso: ["source code"],
  },
  {
    term: "source code",
    field: "computing",
    definition:
      "The written instructions of a computer program, in a form people can read. It is later turned into something the machine can run.",
    seeAlso: ["open source"],
  },
  {
    term: "fine-tuning",
    aliases: ["fine-tune", "fine-tuned"],
    field: "computing",
    definition:
      "Extra training for an AI model that already exists. A smaller, focused set of examples teaches it a narrower skill or style.",
    seeAlso: ["foundation model", "training data"],
  },
  {
    term: "AI inference",
    aliases: ["inference"],
    field: "computing",
    definition:
      "The step where a trained AI model is put to work to answer a question or make a guess. It comes after the training stage.",
    seeAlso: ["GPU", "data centre"],
    context: ["AI", "model", "models", "chip", "chips", "GPU", "GPUs", "chatbot", "LLM", "data centre", "data center", "compute"],
  },
  {
    term: "prompt",
    aliases: ["prompt engineering"],
    field: "computing",
    definition:
      "The text or question a person types into an AI system to tell it what to do.",
    seeAlso: ["chatbot"],
    context: ["AI", "chatbot", "chatbots", "model", "ChatGPT", "LLM", "generative", "typed", "image generator"],
  },
  {
    term: "token",
    field: "computing",
    definition:
      "A small chunk of text, such as a word or part of a word, that a language model reads and writes. Use of these systems is often measured in these chunks.",
    seeAlso: ["large language model"],
    context: ["AI", "model", "models", "language", "LLM", "LLMs", "words", "text", "context window", "chatbot"],
  },
  {
    term: "context window",
    field: "computing",
    definition:
      "The amount of text an AI language model can take in and keep track of at one time, measured in tokens.",
    seeAlso: ["token", "large language model"],
  },
  {
    term: "reinforcement learning",
    aliases: ["RL", "reinforcement learning from human feedback", "RLHF"],
    field: "computing",
    definition:
      "Teaching an AI by trial and error. It gets rewards for good results and penalties for bad ones, much like training a pet.",
    seeAlso: ["machine learning"],
  },
  {
    term: "supervised learning",
    field: "computing",
    definition:
      "Machine learning where the computer is shown examples along with the right answers, such as photos marked cat or dog. It learns to match them.",
    seeAlso: ["machine learning", "training data"],
  },
  {
    term: "AI alignment",
    aliases: ["alignment"],
    field: "computing",
    definition:
      "Efforts to make AI systems do what people truly want and respect human values. The aim is to stop them chasing goals in harmful ways.",
    seeAlso: ["AI safety"],
    context: ["AI", "model", "models", "artificial intelligence", "values", "safety", "LLM", "chatbot"],
  },
  {
    term: "AI safety",
    field: "computing",
    definition:
      "Work to stop AI systems from causing harm. The worries range from spreading false information and misuse to people losing control of the AI.",
    seeAlso: ["AI alignment", "red teaming", "superintelligence"],
  },
  {
    term: "red teaming",
    aliases: ["red team"],
    field: "computing",
    definition:
      "Attacking or tricking a system, such as an AI model, on purpose. The aim is to find its weak spots before bad actors do.",
    seeAlso: ["AI safety", "cybersecurity"],
  },
  {
    term: "jailbreak",
    aliases: ["jailbreaking"],
    field: "computing",
    definition:
      "A trick that gets an AI chatbot or a device to ignore its safety rules. It then does something it was built to refuse.",
    seeAlso: ["red teaming"],
    context: ["AI", "chatbot", "chatbots", "model", "models", "ChatGPT", "LLM", "iPhone", "phone", "prompt", "prompts"],
  },
  {
    term: "algorithmic bias",
    aliases: ["AI bias"],
    field: "computing",
    definition:
      "When a computer system gives unfair results for some groups of people. Often its training data was lopsided or copied past unfairness.",
    seeAlso: ["training data"],
  },
  {
    term: "AI agent",
    aliases: ["agentic AI"],
    field: "computing",
    definition:
      "An AI system that takes a series of steps on its own to reach a goal. It might book a trip, or write code and run it.",
    seeAlso: ["large language model"],
  },
  {
    term: "multimodal AI",
    aliases: ["multimodal model"],
    field: "computing",
    definition:
      "AI that can take in and make more than one kind of information. It can work with text, images, sound and video together.",
    seeAlso: ["generative AI"],
  },
  {
    term: "computer vision",
    aliases: ["image recognition", "machine vision"],
    field: "computing",
    definition:
      "The part of AI that lets computers make sense of photos and video. It can spot faces, read signs or find tumours in scans.",
    seeAlso: ["facial recognition"],
  },
  {
    term: "facial recognition",
    aliases: ["face recognition"],
    field: "computing",
    definition:
      "Technology that identifies or checks a person by comparing their face with stored images. It can make more mistakes with some groups of people.",
    seeAlso: ["computer vision", "algorithmic bias"],
  },
  {
    term: "natural language processing",
    aliases: ["NLP"],
    field: "computing",
    definition:
      "The part of AI that works with human language. It helps computers understand, translate and write text or speech.",
    seeAlso: ["large language model", "speech recognition"],
  },
  {
    term: "speech recognition",
    aliases: ["voice recognition", "speech-to-text"],
    field: "computing",
    definition:
      "Software that turns spoken words into text or commands. Voice assistants and automatic captions use it.",
    seeAlso: ["natural language processing"],
  },
  {
    term: "deepfake",
    field: "computing",
    definition:
      "A fake video, picture or voice recording made with AI. It makes a real person seem to say or do something they never did.",
    seeAlso: ["generative AI", "AI watermark"],
  },
  {
    term: "AI watermark",
    aliases: ["watermarking"],
    field: "computing",
    definition:
      "A hidden signal added to text, images or audio made by AI. It lets software tell later that a machine made it.",
    seeAlso: ["deepfake"],
  },
  {
    term: "GPU",
    aliases: ["graphics processing unit", "graphics card"],
    field: "computing",
    definition:
      "A computer chip first made to draw video-game graphics. It does many simple sums at once, which makes it the main workhorse for training AI.",
    seeAlso: ["microchip", "data centre"],
  },
  {
    term: "computing power",
    aliases: ["compute", "processing power"],
    field: "computing",
    definition:
      "How much calculation a computer or group of computers can do. AI firms compete for it because bigger models need far more.",
    seeAlso: ["GPU", "supercomputer"],
    context: ["AI", "model", "models", "GPU", "GPUs", "chip", "chips", "data centre", "data center", "training", "computer", "computers"],
  },
  {
    term: "data centre",
    aliases: ["data center", "server farm"],
    field: "computing",
    definition:
      "A large building full of computers that store data and run online services and AI. They use a lot of electricity and often water for cooling.",
    seeAlso: ["cloud computing", "GPU"],
  },
  {
    term: "cloud computing",
    aliases: ["cloud storage", "cloud service"],
    field: "computing",
    definition:
      "Keeping files or running programs on another firm's computers, reached over the internet. You use them instead of your own machine.",
    seeAlso: ["data centre"],
  },
  {
    term: "supercomputer",
    aliases: ["exascale computer", "exascale"],
    field: "computing",
    definition:
      "A very powerful computer built from thousands of linked chips. It does huge jobs, like weather forecasts and climate studies.",
    seeAlso: ["computer simulation"],
  },
  {
    term: "computer simulation",
    aliases: ["simulation", "computer model", "numerical simulation", "numerical experiment"],
    field: "computing",
    definition:
      "A program that copies how a real system behaves, like weather, traffic or a disease outbreak. Scientists use it to test what might happen.",
    seeAlso: ["digital twin", "climate model"],
  },
  {
    term: "digital twin",
    field: "computing",
    definition:
      "A detailed computer copy of a real thing, such as an engine, a city or a heart. Live data keeps it up to date, so changes can be tested safely.",
    seeAlso: ["computer simulation", "sensor"],
  },
  {
    term: "encryption",
    aliases: ["encrypted", "end-to-end encryption"],
    field: "computing",
    definition:
      "Scrambling information with a secret key so only someone with the right key can read it. It protects messages, passwords and payments.",
    seeAlso: ["cybersecurity"],
  },
  {
    term: "cybersecurity",
    aliases: ["cyber security", "cyberattack", "cyber attack"],
    field: "computing",
    definition:
      "Keeping computers, networks and data safe. It guards them from break-ins, damage or theft.",
    seeAlso: ["malware", "encryption"],
  },
  {
    term: "malware",
    aliases: ["ransomware", "computer virus", "spyware"],
    field: "computing",
    definition:
      "Harmful software made to damage computers or spy on people. Some kinds lock up files until the owner pays a ransom.",
    seeAlso: ["cybersecurity"],
  },
  {
    term: "firmware",
    field: "computing",
    definition:
      "Basic software built into a device, such as a router, printer or car part. It controls how the device's hardware works.",
  },
  {
    term: "Internet of Things",
    aliases: ["IoT", "smart device"],
    field: "computing",
    definition:
      "Everyday objects, like heaters, doorbells and fridges, that are linked to the internet. They can send data or be controlled from far away.",
    seeAlso: ["sensor"],
  },
  {
    term: "blockchain",
    aliases: ["distributed ledger"],
    field: "computing",
    definition:
      "A shared digital record kept on many computers at once, where new entries are linked to old ones so past records are very hard to change. Bitcoin uses one.",
  },
  {
    term: "robot",
    aliases: ["robotics", "humanoid robot"],
    field: "computing",
    definition:
      "A machine that can sense what is around it and carry out tasks, on its own or under remote control. Examples range from factory arms to walking humanoids.",
    seeAlso: ["robotic arm", "soft robotics"],
  },
  {
    term: "autonomous vehicle",
    aliases: ["self-driving car", "driverless car", "robotaxi", "self-driving vehicle"],
    field: "computing",
    definition:
      "A car, truck or other vehicle that drives itself. It uses sensors and software and needs little or no help from a human.",
    seeAlso: ["lidar", "computer vision"],
  },
  {
    term: "Moore's law",
    field: "computing",
    definition:
      "The long-running trend, first noticed in 1965, that the number of tiny switches on a computer chip doubles about every two years. The pace has slowed lately.",
    seeAlso: ["microchip"],
  },
  {
    term: "neuromorphic computing",
    aliases: ["neuromorphic chip"],
    field: "computing",
    definition:
      "Computer chips built to work more like the brain, with many simple units that fire signals. The hope is that they use far less energy.",
    seeAlso: ["neural network", "microchip"],
  },
  {
    term: "AlphaFold",
    field: "computing",
    definition:
      "An AI program from Google DeepMind that predicts the 3D shape of a protein from its chain of amino acids. Its makers shared a Nobel Prize in 2024.",
    seeAlso: ["protein folding", "deep learning"],
  },
  {
    term: "superintelligence",
    aliases: ["superintelligent", "superintelligent AI"],
    field: "computing",
    definition:
      "An AI, not yet built, that would be far smarter than the best human minds at almost everything. Experts disagree on whether it will ever exist.",
    seeAlso: ["artificial general intelligence", "AI safety"],
  },
  {
    term: "application programming interface",
    aliases: ["API"],
    field: "computing",
    definition:
      "A set of rules that lets one program talk to another. AI firms sell access to their models through one.",
    seeAlso: ["large language model"],
    context: ["software", "developer", "developers", "AI", "model", "models", "app", "apps", "code", "coding", "chatbot", "program", "programs", "programmers", "computer", "computers", "website", "websites", "OpenAI", "ChatGPT"],
  },
  {
    term: "overfitting",
    aliases: ["overfit", "overfitted"],
    field: "computing",
    definition:
      "When a model learns its training data too closely, even the noise. It then does badly on new data.",
    seeAlso: ["training data", "machine learning"],
  },
  {
    term: "classifier",
    aliases: ["image classifier"],
    field: "computing",
    definition:
      "A program that sorts inputs into groups, such as spam or not spam, or tumour or healthy tissue.",
    seeAlso: ["machine learning"],
  },
  {
    term: "generative adversarial network",
    aliases: ["GAN"],
    field: "computing",
    definition:
      "An AI setup where two networks compete: one makes fake images or data, the other tries to spot the fakes, and both get better.",
    seeAlso: ["generative AI", "neural network"],
  },
  {
    term: "reasoning model",
    aliases: ["chain of thought", "chain-of-thought"],
    field: "computing",
    definition:
      "An AI language model trained to work through a problem in written steps before it answers. This helps with maths and code.",
    seeAlso: ["large language model"],
  },
  {
    term: "knowledge distillation",
    aliases: ["distilled model", "model distillation"],
    field: "computing",
    definition:
      "Training a small AI model to copy the answers of a large one. It runs cheaper but keeps much of the skill.",
    seeAlso: ["large language model"],
  },
  {
    term: "retrieval-augmented generation",
    aliases: ["RAG"],
    field: "computing",
    definition:
      "A way for a chatbot to look up documents first and base its answer on them, which can cut made-up answers.",
    seeAlso: ["chatbot", "AI hallucination"],
  },
  {
    term: "Turing test",
    field: "computing",
    definition:
      "A test put forward by Alan Turing in 1950: can a machine chat so well that a person cannot tell it from a human?",
    seeAlso: ["artificial intelligence"],
  },
  {
    term: "phishing",
    aliases: ["spear phishing", "phishing email"],
    field: "computing",
    definition:
      "A scam where a message pretends to come from someone trusted. It tries to trick people into giving away passwords or money.",
    seeAlso: ["cybersecurity"],
  },
  {
    term: "two-factor authentication",
    aliases: ["2FA", "multi-factor authentication", "MFA"],
    field: "computing",
    definition:
      "A login that needs a second proof besides the password, such as a code sent to a phone.",
    seeAlso: ["cybersecurity"],
  },
  {
    term: "post-quantum cryptography",
    aliases: ["post-quantum encryption", "quantum-safe encryption", "quantum-resistant encryption"],
    field: "computing",
    definition:
      "New ways of scrambling data, built so that future quantum computers cannot crack them.",
    seeAlso: ["encryption", "quantum computer"],
  },
  {
    term: "automation",
    field: "computing",
    definition:
      "Using machines or software to do tasks people used to do.",
    seeAlso: ["robot", "artificial intelligence"],
  },
  {
    term: "virtual reality",
    aliases: ["VR", "VR headset"],
    field: "computing",
    definition:
      "A computer-made 3D world seen through a headset that blocks out the real one, so users feel they are inside it.",
    seeAlso: ["augmented reality"],
  },
  {
    term: "augmented reality",
    aliases: ["mixed reality", "AR glasses", "AR headset"],
    field: "computing",
    definition:
      "Technology that lays computer images over the real world. People see it through a phone or special glasses.",
    seeAlso: ["virtual reality"],
  },
  {
    term: "big data",
    field: "computing",
    definition:
      "Data sets so huge that normal tools cannot handle them, such as millions of health records or web searches.",
    seeAlso: ["dataset"],
  },
  {
    term: "checkpoint",
    field: "computing",
    definition:
      "A saved copy of an AI model at one point in its training. It can be loaded again, shared or trained further.",
    context: ["model", "models", "training", "trained", "fine-tuned", "fine-tuning", "weights", "AI", "LLM", "LLMs", "neural", "merging"],
  },
];
