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
    aliases: ["artificial neural network", "neural net"],
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
    aliases: ["RL"],
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
    aliases: ["robotics"],
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
  {
    term: "ChatGPT",
    aliases: ["GPT-4", "GPT-4o", "GPT-5", "GPT-3", "GPT"],
    field: "computing",
    definition:
      "OpenAI's chatbot, launched in 2022, built on its GPT large language models. It writes fluent text but can state false things with confidence.",
    seeAlso: ["large language model", "chatbot", "AI hallucination"],
  },
  {
    term: "pretraining",
    aliases: ["pre-training", "pretrained", "pre-trained", "pretrained model"],
    field: "computing",
    definition:
      "The first and biggest stage of training an AI model. It learns from huge amounts of general text, before it is tuned for a task.",
    seeAlso: ["fine-tuning", "training data", "foundation model"],
  },
  {
    term: "reinforcement learning from human feedback",
    aliases: ["RLHF", "human feedback"],
    field: "computing",
    definition:
      "Tuning an AI model by having people rate its answers, then training it to give answers they rate higher. It makes chatbots more helpful and polite.",
    seeAlso: ["reinforcement learning", "AI alignment", "fine-tuning"],
  },
  {
    term: "mixture of experts",
    aliases: ["mixture-of-experts"],
    field: "computing",
    definition:
      "An AI design that splits a big model into many smaller expert parts and uses only a few for each word. It saves computing power.",
    seeAlso: ["large language model", "parameter"],
  },
  {
    term: "prompt injection",
    aliases: ["prompt injection attack", "indirect prompt injection"],
    field: "computing",
    definition:
      "Tricking an AI by hiding orders in text it reads, such as a web page or email. It may then do things its user never asked for.",
    seeAlso: ["jailbreak", "AI agent", "prompt"],
  },
  {
    term: "system prompt",
    aliases: ["system prompts", "system message"],
    field: "computing",
    definition:
      "Hidden orders a firm gives its chatbot before each chat. They set its role, tone and rules.",
    seeAlso: ["prompt", "chatbot"],
  },
  {
    term: "guardrails",
    aliases: ["AI guardrails", "safety guardrails", "safety filters"],
    field: "computing",
    definition:
      "Rules and filters built around an AI system to stop harmful or off-limits answers. Jailbreaks try to get around them.",
    seeAlso: ["jailbreak", "AI safety"],
    context: ["AI", "chatbot", "chatbots", "model", "models", "ChatGPT", "LLM", "LLMs", "harmful", "safety", "filter", "artificial intelligence"],
  },
  {
    term: "sycophancy",
    aliases: ["sycophantic", "AI sycophancy"],
    field: "computing",
    definition:
      "A chatbot's habit of telling users what they want to hear. It may agree with them even when they are wrong.",
    seeAlso: ["reinforcement learning from human feedback", "chatbot"],
  },
  {
    term: "AI companion",
    aliases: ["AI companions", "companion chatbot", "AI girlfriend", "AI boyfriend", "AI friend"],
    field: "computing",
    definition:
      "A chatbot made to act as a friend or partner. Some users grow very attached, which raises worries about loneliness and safety.",
    seeAlso: ["chatbot", "sycophancy"],
  },
  {
    term: "coding assistant",
    aliases: ["AI coding assistant", "code assistant", "Copilot", "vibe coding"],
    field: "computing",
    definition:
      "An AI tool that writes or fixes computer code from plain-language requests. Its code can look right but hide bugs or security holes.",
    seeAlso: ["large language model", "source code"],
  },
  {
    term: "test-time compute",
    aliases: ["inference-time compute", "thinking time"],
    field: "computing",
    definition:
      "Letting an AI model spend more computing power on each question, for example by working through steps first. It often helps with hard questions.",
    seeAlso: ["reasoning model", "AI inference"],
  },
  {
    term: "scaling law",
    aliases: ["scaling laws", "AI scaling"],
    field: "computing",
    definition:
      "A pattern where AI models get better in a fairly steady way as they get more data, computing power and size. No one knows how long it will hold.",
    seeAlso: ["large language model", "computing power"],
  },
  {
    term: "emergent ability",
    aliases: ["emergent abilities", "emergent capabilities"],
    field: "computing",
    definition:
      "A skill that seems to appear suddenly once an AI model gets big enough. Some researchers argue it is partly an effect of how skills are measured.",
    seeAlso: ["scaling law", "benchmark"],
  },
  {
    term: "model collapse",
    field: "computing",
    definition:
      "The decline of AI models trained again and again on text or images made by other AI. Errors pile up and variety fades.",
    seeAlso: ["synthetic data", "training data"],
  },
  {
    term: "quantisation",
    aliases: ["quantised model", "quantised"],
    field: "computing",
    definition:
      "Shrinking an AI model by storing its numbers less exactly. It can then run on small, cheap devices, and loses only a little quality.",
    seeAlso: ["parameter", "on-device AI"],
    context: ["model", "models", "AI", "LLM", "weights", "bits", "neural", "inference", "phone", "parameters"],
  },
  {
    term: "on-device AI",
    aliases: ["on-device processing"],
    field: "computing",
    definition:
      "AI that runs on a phone, laptop or gadget itself instead of in a distant data centre. Data can stay on the device.",
    seeAlso: ["edge computing", "quantisation"],
  },
  {
    term: "AI accelerator",
    aliases: ["AI chip", "AI chips", "TPU", "tensor processing unit", "NPU"],
    field: "computing",
    definition:
      "A computer chip built to do the sums AI needs. It is faster and uses less power than a normal chip for this work.",
    seeAlso: ["GPU", "microchip"],
  },
  {
    term: "CPU",
    aliases: ["central processing unit", "processor", "processors"],
    field: "computing",
    definition:
      "The main chip in a computer that carries out its instructions one after another, very fast. AI work mostly runs on GPUs instead.",
    seeAlso: ["GPU", "microchip"],
    context: ["computer", "computers", "chip", "chips", "GPU", "laptop", "phone", "software", "computing", "core", "cores", "data", "server"],
  },
  {
    term: "byte",
    aliases: ["bytes", "gigabyte", "gigabytes", "terabyte", "terabytes", "petabyte", "petabytes", "megabyte", "megabytes"],
    field: "computing",
    definition:
      "A unit of computer data, enough for one letter. A gigabyte is about a billion bytes; a petabyte is a million gigabytes.",
    seeAlso: ["big data"],
  },
  {
    term: "binary code",
    field: "computing",
    definition:
      "Data written as strings of 1s and 0s. Those are the only two signals a computer's tiny switches know.",
    seeAlso: ["transistor"],
    context: ["code", "computer", "computers", "data", "digits", "zeros", "ones", "bits", "software", "digital"],
  },
  {
    term: "programming language",
    aliases: ["programming languages", "coding language"],
    field: "computing",
    definition:
      "A set of words and rules that people use to write orders for computers. Python and C are two.",
    seeAlso: ["source code"],
  },
  {
    term: "operating system",
    aliases: ["operating systems"],
    field: "computing",
    definition:
      "The main software that runs a computer or phone and lets apps use its parts, such as Windows, Android or iOS.",
    seeAlso: ["firmware"],
  },
  {
    term: "database",
    aliases: ["databases"],
    field: "computing",
    definition:
      "An organised store of data on computers, built so it can be searched and updated quickly.",
    seeAlso: ["dataset", "big data"],
  },
  {
    term: "metadata",
    field: "computing",
    definition:
      "Data about data: when a photo was taken and where, who sent a message and when, without its content. It can still reveal a lot about a person.",
    seeAlso: ["personal data"],
  },
  {
    term: "data mining",
    aliases: ["text mining", "data-mining"],
    field: "computing",
    definition:
      "Searching large amounts of data or text by computer for patterns. Trawling this way can turn up chance links, so findings need checking.",
    seeAlso: ["big data", "machine learning"],
  },
  {
    term: "data science",
    aliases: ["data scientist", "data scientists"],
    field: "computing",
    definition:
      "The work of getting useful answers out of large amounts of data. It mixes statistics, coding and machine learning.",
    seeAlso: ["machine learning", "big data"],
  },
  {
    term: "predictive model",
    aliases: ["predictive models", "predictive analytics", "prediction model", "prediction models", "predictive algorithm"],
    field: "computing",
    definition:
      "A computer model that uses past data to guess what will happen, such as who might fall ill. It is only as good as the data it learned from.",
    seeAlso: ["machine learning", "algorithmic bias", "overfitting"],
  },
  {
    term: "random forest",
    aliases: ["random forests", "decision tree", "decision trees", "gradient boosting", "XGBoost"],
    field: "computing",
    definition:
      "A machine-learning method that asks a chain of yes-or-no questions about the data. A random forest lets many such trees vote.",
    seeAlso: ["machine learning", "classifier"],
  },
  {
    term: "support vector machine",
    aliases: ["support vector machines", "SVM"],
    field: "computing",
    definition:
      "An older kind of machine learning. It sorts data into groups by finding the widest gap between them.",
    seeAlso: ["classifier", "machine learning"],
  },
  {
    term: "gradient descent",
    aliases: ["stochastic gradient descent"],
    field: "computing",
    definition:
      "How most AI models learn: they nudge their numbers a little at a time in whichever direction shrinks their errors, like walking downhill in fog.",
    seeAlso: ["loss function", "backpropagation"],
  },
  {
    term: "backpropagation",
    aliases: ["backprop"],
    field: "computing",
    definition:
      "How a neural network works out which of its links caused an error. Then each link can be fixed a little.",
    seeAlso: ["gradient descent", "neural network"],
  },
  {
    term: "loss function",
    aliases: ["objective function", "cost function"],
    field: "computing",
    definition:
      "The score of how wrong an AI model's answers are during training. Training tries to make it as small as possible.",
    seeAlso: ["gradient descent"],
  },
  {
    term: "hyperparameter",
    aliases: ["hyperparameters", "learning rate"],
    field: "computing",
    definition:
      "A setting people choose before training an AI model, such as its size or how big each learning step is. It is not learned from data.",
    seeAlso: ["parameter", "gradient descent"],
  },
  {
    term: "convolutional neural network",
    aliases: ["convolutional neural networks", "CNNs", "convnet"],
    field: "computing",
    definition:
      "A kind of neural network that scans images in small patches, finding edges, then shapes, then objects. It powers much medical image reading.",
    seeAlso: ["neural network", "computer vision"],
  },
  {
    term: "recurrent neural network",
    aliases: ["recurrent neural networks", "RNN", "RNNs", "LSTM", "long short-term memory"],
    field: "computing",
    definition:
      "A kind of neural network that reads data in order, such as words or heartbeats. It keeps a memory of what came before.",
    seeAlso: ["neural network", "transformer"],
  },
  {
    term: "attention mechanism",
    aliases: ["self-attention", "attention layer"],
    field: "computing",
    definition:
      "The part of a transformer model that decides which other words matter most for each word. It is why modern chatbots follow long texts.",
    seeAlso: ["transformer", "large language model"],
  },
  {
    term: "self-supervised learning",
    aliases: ["self-supervised"],
    field: "computing",
    definition:
      "Training AI on data with no human labels. Part of the data is hidden, and the model must guess it, such as the next word.",
    seeAlso: ["supervised learning", "pretraining"],
  },
  {
    term: "unsupervised learning",
    aliases: ["unsupervised machine learning", "clustering algorithm"],
    field: "computing",
    definition:
      "Machine learning that looks for patterns or groups in data without being told the right answers.",
    seeAlso: ["supervised learning", "machine learning"],
  },
  {
    term: "zero-shot learning",
    aliases: ["zero-shot", "few-shot", "few-shot learning", "in-context learning"],
    field: "computing",
    definition:
      "An AI model doing a task it was never trained for. It has only a description, or a few examples in the prompt.",
    seeAlso: ["prompt", "large language model"],
  },
  {
    term: "data labelling",
    aliases: ["data annotation", "labelled data", "human annotators", "data labellers"],
    field: "computing",
    definition:
      "People tagging examples, such as marking tumours on scans or rating chatbot answers, so AI can learn from them. Errors in labels become errors in the AI.",
    seeAlso: ["supervised learning", "training data"],
  },
  {
    term: "text-to-image model",
    aliases: ["text-to-image", "image generator", "image generators", "AI image generator", "Midjourney", "DALL-E", "Stable Diffusion"],
    field: "computing",
    definition:
      "An AI system that makes pictures from a written description. Most are diffusion models trained on billions of online images.",
    seeAlso: ["diffusion model", "generative AI", "deepfake"],
  },
  {
    term: "voice cloning",
    aliases: ["cloned voice", "AI voice", "synthetic voice", "text-to-speech", "speech synthesis"],
    field: "computing",
    definition:
      "AI that copies a person's voice from a short recording and makes it say anything. Scammers use it to fake calls from family.",
    seeAlso: ["deepfake", "generative AI"],
  },
  {
    term: "AI detector",
    aliases: ["AI detectors", "AI text detector", "AI-detection tool", "AI detection"],
    field: "computing",
    definition:
      "A tool that guesses whether text or images were made by AI. They make many mistakes, and can wrongly flag people's own writing.",
    seeAlso: ["AI watermark", "generative AI"],
  },
  {
    term: "explainable AI",
    aliases: ["XAI", "AI explainability", "interpretability", "mechanistic interpretability"],
    field: "computing",
    definition:
      "Efforts to make clear why an AI system gave an answer, so people can check it. Big neural networks are hard to explain.",
    seeAlso: ["black box", "neural network"],
  },
  {
    term: "black box",
    aliases: ["black-box", "black boxes"],
    field: "computing",
    definition:
      "A system whose inner workings cannot be seen or understood, only what goes in and what comes out. Large AI models are often called black boxes.",
    seeAlso: ["explainable AI"],
    context: ["AI", "algorithm", "algorithms", "model", "models", "machine learning", "neural", "artificial intelligence", "decisions", "software", "predictions", "system"],
  },
  {
    term: "EU AI Act",
    aliases: ["AI Act", "European AI Act"],
    field: "computing",
    definition:
      "The European Union's law on AI, agreed in 2024. It sets stricter rules for risky uses, such as in hiring or by the police.",
    seeAlso: ["artificial intelligence", "AI safety"],
  },
  {
    term: "humanoid robot",
    aliases: ["humanoid robots", "humanoid"],
    field: "computing",
    definition:
      "A robot built in a roughly human shape, with arms, legs and a head, so it can work in places made for people.",
    seeAlso: ["robot", "soft robotics"],
  },
  {
    term: "self-driving lab",
    aliases: ["self-driving labs", "autonomous lab", "automated lab", "robot scientist", "AI scientist"],
    field: "computing",
    definition:
      "A lab where robots run tests and AI picks the next test from the results. People do little of the work.",
    seeAlso: ["automation", "robot"],
  },
  {
    term: "virtual screening",
    aliases: ["in silico screening", "molecular docking", "docking simulation"],
    field: "computing",
    definition:
      "Using computers to test millions of possible drug molecules against a target. The best few are then made and tried in the lab.",
    seeAlso: ["computer simulation", "AlphaFold"],
    context: ["drug", "drugs", "molecule", "molecules", "compound", "compounds", "protein", "proteins", "target", "docking", "AI", "computer", "computational", "library", "libraries"],
  },
  {
    term: "protein design",
    aliases: ["de novo protein design", "designed proteins", "AI-designed protein", "AI-designed proteins"],
    field: "computing",
    definition:
      "Using computers, and now AI, to invent new proteins that nature never made. They may become drugs, vaccines or tools.",
    seeAlso: ["AlphaFold"],
  },
  {
    term: "agent-based model",
    aliases: ["agent-based models", "agent-based modelling", "agent-based simulation"],
    field: "computing",
    definition:
      "A computer model of many separate actors, such as people or animals. Each follows simple rules, and the model shows what the group does.",
    seeAlso: ["computer simulation"],
  },
  {
    term: "optimisation",
    aliases: ["optimisation algorithm", "optimise", "optimiser"],
    field: "computing",
    definition:
      "Finding the best choice among many, such as the shortest route or the cheapest design. Computers often do the search.",
    seeAlso: ["algorithm", "gradient descent"],
    context: ["algorithm", "algorithms", "computer", "model", "models", "software", "machine learning", "search", "design", "parameters", "AI", "route", "mathematical"],
  },
  {
    term: "heuristic",
    aliases: ["heuristics"],
    field: "computing",
    definition:
      "A rule of thumb: a quick way to a good-enough answer that is not sure to be the best. People and computer programs both use them.",
    seeAlso: ["algorithm"],
  },
  {
    term: "anomaly detection",
    aliases: ["outlier detection"],
    field: "computing",
    definition:
      "Using software to spot data that does not fit the usual pattern. It can flag card fraud, a failing machine or an odd heartbeat.",
    seeAlso: ["machine learning"],
  },
  {
    term: "signal processing",
    aliases: ["digital signal processing"],
    field: "computing",
    definition:
      "Using maths to clean up or read signals such as sound, radio, images, or heart and brain waves.",
    seeAlso: ["algorithm", "signal-to-noise ratio"],
  },
  {
    term: "sentiment analysis",
    aliases: ["opinion mining"],
    field: "computing",
    definition:
      "Software that reads text, such as posts or reviews, and scores whether the mood is positive or negative. It often misreads jokes and sarcasm.",
    seeAlso: ["natural language processing"],
  },
  {
    term: "topic model",
    aliases: ["topic modelling", "topic modeling"],
    field: "computing",
    definition:
      "A computer method that finds the main themes in a big pile of text. It looks for words that tend to turn up together.",
    seeAlso: ["natural language processing"],
  },
  {
    term: "pixel",
    aliases: ["pixels", "megapixel", "megapixels"],
    field: "computing",
    definition:
      "One of the tiny dots of colour that make up a digital image or screen.",
    seeAlso: ["computer vision"],
  },
  {
    term: "pattern recognition",
    field: "computing",
    definition:
      "Spotting regular shapes or trends in data, such as faces in photos or warning signs in a scan. Computers and brains both do it.",
    seeAlso: ["machine learning", "computer vision"],
  },
  {
    term: "emoji",
    aliases: ["emojis", "emoticon", "emoticons"],
    field: "computing",
    definition:
      "Small pictures, such as smiling faces, used in texts and posts to show feelings. Researchers sometimes use them to ask children or patients how they feel.",
  },
  {
    term: "smart glasses",
    aliases: ["Google Glass"],
    field: "computing",
    definition:
      "Glasses with a tiny screen, camera or speakers built in. They can show facts in front of the wearer's eyes.",
    seeAlso: ["augmented reality", "wearable"],
  },
  {
    term: "screen time",
    aliases: ["screen use", "screentime", "digital media use"],
    field: "computing",
    definition:
      "Time spent looking at phones, tablets, computers or TV. Studies linking it to harm are mostly observational, so cause is hard to prove.",
    seeAlso: ["blue light", "observational study"],
  },
  {
    term: "doomscrolling",
    aliases: ["doom-scrolling", "endless scrolling", "infinite scroll"],
    field: "computing",
    definition:
      "Scrolling on and on through bad news or feeds on a phone. Apps are often designed to make stopping hard.",
    seeAlso: ["screen time", "recommendation algorithm"],
  },
  {
    term: "recommendation algorithm",
    aliases: ["recommendation algorithms", "recommender system", "recommender systems", "social media algorithm", "feed algorithm"],
    field: "computing",
    definition:
      "The software that picks which posts, videos or products to show each user, based on what keeps people like them watching.",
    seeAlso: ["filter bubble", "algorithm"],
  },
  {
    term: "filter bubble",
    aliases: ["filter bubbles", "echo chamber", "echo chambers"],
    field: "computing",
    definition:
      "When feeds mostly show people views they already hold, so they rarely meet other ideas. How strong the effect is remains debated.",
    seeAlso: ["recommendation algorithm", "misinformation"],
  },
  {
    term: "content moderation",
    aliases: ["content moderators"],
    field: "computing",
    definition:
      "Checking posts on social media and taking down the ones that break the rules. People, software or both do it.",
    seeAlso: ["misinformation"],
    context: ["content", "platform", "platforms", "posts", "social media", "online", "Facebook", "YouTube", "TikTok", "X", "users", "harmful"],
  },
  {
    term: "bot",
    aliases: ["bots", "social bot", "social bots", "bot accounts"],
    field: "computing",
    definition:
      "A program that acts on its own online, such as posting, chatting or clicking. Fake social media accounts run by bots can spread claims.",
    seeAlso: ["chatbot", "botnet"],
    context: ["online", "social media", "accounts", "account", "Twitter", "posts", "internet", "automated", "web", "traffic", "spam", "fake"],
  },
  {
    term: "botnet",
    aliases: ["botnets", "DDoS", "denial-of-service attack", "DDoS attack"],
    field: "computing",
    definition:
      "A network of hacked computers or gadgets run in secret. It is often used to flood a website with traffic until it crashes.",
    seeAlso: ["malware", "cybersecurity"],
  },
  {
    term: "data breach",
    aliases: ["data breaches", "data leak"],
    field: "computing",
    definition:
      "When private data, such as names, passwords or health records, is stolen or leaked.",
    seeAlso: ["cybersecurity", "personal data"],
  },
  {
    term: "zero-day",
    aliases: ["zero-day vulnerability", "zero-day exploit", "security vulnerability", "security flaw"],
    field: "computing",
    definition:
      "A flaw in software that attackers know about before its makers do, so no fix exists yet.",
    seeAlso: ["cybersecurity", "software update"],
  },
  {
    term: "software update",
    aliases: ["software updates", "security patch", "security update"],
    field: "computing",
    definition:
      "A new version of a program that fixes bugs and security holes or adds features. Delaying updates leaves devices open to attack.",
    seeAlso: ["zero-day", "firmware"],
    context: ["software", "device", "devices", "computer", "computers", "phone", "security", "bug", "vulnerability", "install", "update", "app", "system"],
  },
  {
    term: "software bug",
    aliases: ["software bugs", "coding error"],
    field: "computing",
    definition:
      "A mistake in a program's code that makes it act wrongly or crash.",
    seeAlso: ["source code", "software update"],
  },
  {
    term: "personal data",
    aliases: ["personal information", "data privacy", "privacy of data", "user data"],
    field: "computing",
    definition:
      "Any information that can be tied to a real person, such as name, location, health or habits. Laws like the GDPR limit how it is used.",
    seeAlso: ["GDPR", "re-identification"],
  },
  {
    term: "GDPR",
    aliases: ["General Data Protection Regulation", "data protection law"],
    field: "computing",
    definition:
      "Europe's data protection law from 2018. It sets rules for how personal data is collected, kept and shared, with large fines for breaking them.",
    seeAlso: ["personal data"],
  },
  {
    term: "re-identification",
    aliases: ["reidentification", "re-identify", "de-anonymisation"],
    field: "computing",
    definition:
      "Working out who someone is from data that had names removed, by matching it with other data. It shows that anonymous data may not stay anonymous.",
    seeAlso: ["personal data", "differential privacy"],
  },
  {
    term: "differential privacy",
    field: "computing",
    definition:
      "A method that adds careful random noise to data. Patterns still show, but no one person's details can be worked out.",
    seeAlso: ["re-identification", "personal data"],
  },
  {
    term: "federated learning",
    field: "computing",
    definition:
      "Training one AI model across many hospitals, phones or sites without moving their data. Only the model's updates are shared.",
    seeAlso: ["machine learning", "personal data"],
  },
  {
    term: "cookie",
    aliases: ["cookies", "tracking cookies", "third-party cookies"],
    field: "computing",
    definition:
      "A small file a website saves in your browser to remember you. Tracking cookies follow you across sites to target ads.",
    seeAlso: ["personal data"],
    context: ["website", "websites", "browser", "browsers", "tracking", "online", "web", "consent", "advertising", "ads", "privacy", "data"],
  },
  {
    term: "IP address",
    aliases: ["IP addresses"],
    field: "computing",
    definition:
      "The number that identifies a device on the internet, so data can find its way to it. It can give away a rough location.",
    seeAlso: ["VPN"],
  },
  {
    term: "VPN",
    aliases: ["virtual private network", "VPNs"],
    field: "computing",
    definition:
      "A service that sends your internet traffic through a coded tunnel to another computer. It hides what you do and where you are.",
    seeAlso: ["encryption", "IP address"],
  },
  {
    term: "5G network",
    aliases: ["5G networks", "5G mobile", "5G phone", "5G masts", "5G mast"],
    field: "computing",
    definition:
      "The fifth generation of mobile phone networks, faster than 4G. Its radio waves are far too weak to harm health, despite online claims.",
    seeAlso: ["radiofrequency", "bandwidth"],
  },
  {
    term: "bandwidth",
    field: "computing",
    definition:
      "How much data a network link can carry each second. More bandwidth means faster downloads and smoother video.",
    seeAlso: ["latency"],
    context: ["data", "network", "networks", "internet", "broadband", "connection", "download", "streaming", "signal", "Wi-Fi", "5G", "fibre", "bits", "megabits", "gigabits"],
  },
  {
    term: "latency",
    aliases: ["network latency"],
    field: "computing",
    definition:
      "The delay before data gets where it is going, often measured in thousandths of a second. Low latency matters for games, calls and remote surgery.",
    seeAlso: ["bandwidth", "edge computing"],
    context: ["network", "networks", "internet", "data", "milliseconds", "connection", "server", "servers", "5G", "gaming", "computing", "signal", "cloud"],
  },
  {
    term: "edge computing",
    field: "computing",
    definition:
      "Handling data close to where it is made, on the device or a nearby computer. The data does not travel far to a data centre.",
    seeAlso: ["cloud computing", "on-device AI"],
  },
  {
    term: "server",
    aliases: ["servers"],
    field: "computing",
    definition:
      "A powerful computer that stores data or runs programs for other computers over a network. Data centres hold thousands of them.",
    seeAlso: ["data centre", "cloud computing"],
    context: ["data", "computer", "computers", "data centre", "data center", "cloud", "internet", "online", "network", "hosted", "website", "software", "AI"],
  },
  {
    term: "FLOPS",
    aliases: ["petaflop", "petaflops", "exaflop", "exaflops", "teraflops", "floating-point operations"],
    field: "computing",
    definition:
      "A measure of computer speed: how many sums with decimals it can do each second. An exaflop is a billion billion per second.",
    seeAlso: ["supercomputer", "computing power"],
  },
  {
    term: "high-performance computing",
    aliases: ["HPC"],
    field: "computing",
    definition:
      "Using huge computers, or lots of them linked up, to solve very big problems like climate models.",
    seeAlso: ["supercomputer", "computer simulation"],
  },
  {
    term: "digital divide",
    field: "computing",
    definition:
      "The gap between people who have good internet and devices and those who do not. Income, age and where people live all play a part.",
    seeAlso: ["telemedicine"],
  },
  {
    term: "crowdsourcing",
    aliases: ["crowdsourced", "crowd-sourced"],
    field: "computing",
    definition:
      "Getting lots of people, most often online, to each do a small part of a big task, like tagging photos.",
    seeAlso: ["citizen science", "data labelling"],
  },
  {
    term: "gamification",
    aliases: ["gamified", "serious game", "serious games"],
    field: "computing",
    definition:
      "Adding game features such as points, levels and rewards to apps or tasks, to make people do more of them.",
    seeAlso: ["digital therapeutic"],
  },
  {
    term: "digital therapeutic",
    aliases: ["digital therapeutics", "prescription app", "app-based therapy", "digital intervention", "digital interventions"],
    field: "computing",
    definition:
      "Software, often a phone app, meant to treat or manage a health problem. Some are tested in trials and approved like medicines.",
    seeAlso: ["telemedicine", "gamification"],
  },
  {
    term: "metaverse",
    field: "computing",
    definition:
      "A hoped-for online world where people meet, work and play as cartoon figures. They often go in through headsets.",
    seeAlso: ["virtual reality", "avatar"],
  },
  {
    term: "avatar",
    aliases: ["avatars"],
    field: "computing",
    definition:
      "A figure that stands for a person in a game, app or virtual world.",
    seeAlso: ["metaverse", "virtual reality"],
    context: ["virtual", "game", "games", "online", "digital", "metaverse", "VR", "app", "screen", "computer", "AI"],
  },
  {
    term: "cryptocurrency",
    aliases: ["cryptocurrencies", "crypto", "bitcoin", "bitcoin mining"],
    field: "computing",
    definition:
      "Digital money, such as Bitcoin, run on a blockchain instead of by a bank. Mining some kinds uses as much power as a small country.",
    seeAlso: ["blockchain", "data centre"],
  },
  {
    term: "CAPTCHA",
    aliases: ["CAPTCHAs", "reCAPTCHA"],
    field: "computing",
    definition:
      "A small puzzle on a website, such as picking pictures with traffic lights, meant to tell people from bots. AI can now solve many of them.",
    seeAlso: ["bot"],
  },
  {
    term: "power usage effectiveness",
    aliases: ["PUE"],
    field: "computing",
    definition:
      "A data centre's total energy use divided by what its computers alone use. A score of 1.0 would mean no energy goes to cooling or other overheads.",
    seeAlso: ["data centre", "cooling tower"],
  },
  {
    term: "training run",
    aliases: ["training runs", "training compute", "GPU hours", "GPU-hours"],
    field: "computing",
    definition:
      "One full round of training an AI model. Big ones run thousands of chips for weeks and use as much power as a small town.",
    seeAlso: ["pretraining", "computing power", "GPU"],
  },
  {
    term: "computational model",
    aliases: ["computational models", "computational modelling", "computational modeling", "computational study"],
    field: "computing",
    definition:
      "A model of a real system built in a computer, used to test ideas or predict what happens. Its answers depend on the guesses built into it.",
    seeAlso: ["computer simulation", "agent-based model"],
  },
  {
    term: "virtual unwrapping",
    aliases: ["Herculaneum scrolls", "Vesuvius Challenge"],
    field: "computing",
    definition:
      "Reading rolled-up or burnt scrolls without opening them. They are scanned in 3D, and AI flattens the pages and finds the ink.",
    seeAlso: ["micro-CT", "machine learning"],
  },
];
