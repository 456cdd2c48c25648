import type { GlossaryEntry } from './types';

/** Plain-language glossary: the brain, nerves and the mind. */
export const entries: GlossaryEntry[] = [
  {
    term: 'neuron',
    aliases: ['neurons', 'neurone', 'neurones', 'nerve cell', 'nerve cells', 'neuronal', 'brain cells', 'brain cell'],
    field: 'neuroscience',
    definition:
      'A nerve cell: a cell that carries signals in the brain and body using electricity and chemicals.',
    seeAlso: ['synapse', 'neurotransmitter', 'neural circuit'],
  },
  {
    term: 'synapse',
    aliases: ['synapses', 'synaptic'],
    field: 'neuroscience',
    definition:
      'The tiny gap where one nerve cell passes a signal to the next, using chemical messengers.',
    seeAlso: ['neuron', 'neurotransmitter'],
  },
  {
    term: 'neurotransmitter',
    aliases: ['neurotransmitters'],
    field: 'neuroscience',
    definition:
      'A chemical that nerve cells release to send a message to the next cell.',
    seeAlso: ['dopamine', 'serotonin'],
  },
  {
    term: 'dopamine',
    field: 'neuroscience',
    definition:
      'A brain chemical linked to reward, drive and movement. Parkinson\'s disease kills the cells that make it.',
    seeAlso: ['neurotransmitter', 'Parkinson\'s disease'],
  },
  {
    term: 'serotonin',
    field: 'neuroscience',
    definition:
      'A brain and gut chemical that helps control mood, sleep and digestion. Many antidepressants act on it.',
    seeAlso: ['antidepressant'],
  },
  {
    term: 'glia',
    aliases: ['glial cells', 'glial'],
    field: 'neuroscience',
    definition:
      'Support cells of the brain that feed, protect and clean up after nerve cells. Microglia are the brain\'s own immune cells.',
    seeAlso: ['neuron', 'glioma'],
  },
  {
    term: 'cortex',
    aliases: ['cerebral cortex', 'neocortex', 'cortical', 'cortical thinning'],
    field: 'neuroscience',
    definition:
      'The wrinkled outer layer of the brain, used for thinking, senses, language and planning.',
    seeAlso: ['prefrontal cortex'],
    context: ['brain', 'brains', 'neurons', 'cognitive', 'thinking', 'region', 'regions', 'memory', 'visual', 'motor', 'thinning', 'scans'],
  },
  {
    term: 'prefrontal cortex',
    aliases: ['frontal lobe', 'frontal lobes', 'frontal cortex'],
    field: 'neuroscience',
    definition:
      'The front part of the brain, behind the forehead. It helps us plan, make choices and control impulses.',
    seeAlso: ['cortex'],
  },
  {
    term: 'hippocampus',
    aliases: ['hippocampal', 'hippocampi'],
    field: 'neuroscience',
    definition:
      'A curved part deep in the brain that is key for forming new memories and finding your way. It is hit early in Alzheimer\'s disease.',
    seeAlso: ['Alzheimer\'s disease'],
  },
  {
    term: 'amygdala',
    aliases: ['amygdalae'],
    field: 'neuroscience',
    definition:
      'A small almond-shaped part deep in the brain that handles fear and other strong feelings.',
  },
  {
    term: 'hypothalamus',
    aliases: ['hypothalamic'],
    field: 'neuroscience',
    definition:
      'A small area at the base of the brain that controls hunger, thirst, body heat, sleep and many hormones.',
    seeAlso: ['pituitary gland', 'HPA axis'],
  },
  {
    term: 'cerebellum',
    field: 'neuroscience',
    definition:
      'A part at the back of the brain that fine-tunes movement, balance and timing.',
    seeAlso: ['brainstem'],
  },
  {
    term: 'grey matter',
    aliases: ['gray matter'],
    field: 'neuroscience',
    definition:
      'Brain tissue made mostly of nerve cell bodies, where most of the brain\'s processing happens.',
    seeAlso: ['white matter'],
  },
  {
    term: 'white matter',
    aliases: ['white-matter'],
    field: 'neuroscience',
    definition:
      'Brain tissue made of long nerve fibres wrapped in fat, which carry signals between brain areas.',
    seeAlso: ['grey matter'],
  },
  {
    term: 'default mode network',
    field: 'neuroscience',
    definition:
      'A set of brain areas that are most active when the mind wanders or rests. They get quieter when we focus on a task.',
    seeAlso: ['neural circuit'],
  },
  {
    term: 'neuroplasticity',
    aliases: ['brain plasticity', 'plasticity', 'neural plasticity', 'synaptic plasticity'],
    field: 'neuroscience',
    definition:
      "The brain's ability to rewire itself. It makes new links between nerve cells as we learn or recover from injury.",
    context: ['brain', 'brains', 'neurons', 'learning', 'neural', 'synaptic', 'memory', 'cognitive', 'nerve'],
  },
  {
    term: 'blood-brain barrier',
    aliases: ['blood brain barrier', 'BBB'],
    field: 'neuroscience',
    definition:
      'A tight wall of cells around the brain\'s blood vessels that keeps germs and many drugs out of the brain.',
  },
  {
    term: 'cerebrospinal fluid',
    aliases: ['spinal fluid', 'CSF', 'lumbar puncture', 'spinal tap'],
    field: 'neuroscience',
    definition:
      'The clear liquid around the brain and spinal cord. Doctors can sample it with a needle in the lower back to test for disease.',
  },
  {
    term: 'dementia',
    aliases: ['dementias'],
    field: 'neuroscience',
    definition:
      'A group of brain diseases that slowly damage memory, thinking and daily skills. Alzheimer\'s disease is the most common kind.',
    seeAlso: ["Alzheimer's disease", 'cognitive decline', 'MIND diet'],
  },
  {
    term: 'Alzheimer\'s disease',
    aliases: ['Alzheimer\'s', 'Alzheimers', 'Alzheimer disease', 'Alzheimer'],
    field: 'neuroscience',
    definition:
      'The most common cause of dementia. Sticky proteins build up in the brain and brain cells die, slowly taking away memory and thinking.',
    seeAlso: ['dementia', 'amyloid', 'tau'],
  },
  {
    term: 'amyloid',
    aliases: ['amyloid beta', 'beta-amyloid', 'amyloid-beta', 'amyloid plaque', 'amyloid plaques'],
    field: 'neuroscience',
    definition:
      "A sticky protein that clumps together between brain cells in Alzheimer's disease. The clumps are called plaques.",
    seeAlso: ['tau', 'Alzheimer\'s disease', 'anti-amyloid drug'],
  },
  {
    term: 'tau',
    aliases: ['tau protein', 'tau tangles', 'tangles', 'neurofibrillary tangle', 'neurofibrillary tangles'],
    field: 'neuroscience',
    definition:
      'A protein that normally supports nerve cells. In Alzheimer\'s disease it twists into tangles inside the cells.',
    seeAlso: ['amyloid', 'Alzheimer\'s disease'],
    context: ['brain', 'protein', 'proteins', 'Alzheimer', 'Alzheimer\'s', 'dementia', 'amyloid', 'neurons', 'tangles', 'PET'],
  },
  {
    term: 'anti-amyloid drug',
    aliases: ['anti-amyloid', 'lecanemab', 'Leqembi', 'donanemab', 'Kisunla', 'aducanumab'],
    field: 'neuroscience',
    definition:
      'Antibody drugs that clear amyloid from the brain. They slow Alzheimer\'s decline a little in early stages, and can cause brain swelling or bleeding.',
    seeAlso: ['amyloid', 'monoclonal antibody'],
  },
  {
    term: 'cognitive decline',
    field: 'neuroscience',
    definition:
      'Cognition means thinking skills: memory, attention, reasoning. Cognitive decline is when they get worse over time.',
    seeAlso: ['cognitive impairment', 'dementia'],
  },
  {
    term: 'cognitive impairment',
    aliases: ['memory loss', 'memory problems'],
    field: 'neuroscience',
    definition:
      'Trouble with memory or thinking that is worse than normal for one\'s age. When mild, daily life still works; it can lead to dementia.',
    seeAlso: ['dementia'],
  },
  {
    term: 'neurodegeneration',
    aliases: ['neurodegenerative', 'neurodegenerative disease', 'neurodegenerative diseases', 'neurodegenerative disorder'],
    field: 'neuroscience',
    definition:
      'The slow loss of nerve cells over time, as in Alzheimer\'s, Parkinson\'s and ALS.',
  },
  {
    term: 'neuroinflammation',
    aliases: ['brain inflammation', 'neuroinflammatory'],
    field: 'neuroscience',
    definition:
      'Inflammation in the brain or nerves. Short bursts protect, but long-lasting inflammation may harm brain cells.',
    seeAlso: ['inflammation'],
  },
  {
    term: 'Parkinson\'s disease',
    aliases: ['Parkinson\'s', 'Parkinsons', 'Parkinson disease'],
    field: 'neuroscience',
    definition:
      'A brain disease in which the cells that make dopamine die. It causes shaking, stiffness and slow movement.',
    seeAlso: ['dopamine', 'deep brain stimulation'],
  },
  {
    term: 'ALS',
    aliases: ['amyotrophic lateral sclerosis', 'motor neurone disease', 'motor neuron disease', 'MND', 'Lou Gehrig\'s disease'],
    field: 'neuroscience',
    definition:
      'A disease that kills the nerve cells that control muscles. People slowly lose the power to move, speak and breathe.',
  },
  {
    term: 'multiple sclerosis',
    aliases: ['MS', 'relapsing-remitting multiple sclerosis'],
    field: 'neuroscience',
    definition:
      'A disease in which the immune system attacks the fatty coating of nerves. It causes problems with sight, balance and movement.',
    seeAlso: ['autoimmune disease'],
  },
  {
    term: 'Huntington\'s disease',
    aliases: ['Huntington\'s', 'Huntington disease'],
    field: 'neuroscience',
    definition:
      'An inherited brain disease caused by one faulty gene. It slowly destroys control of movement, thinking and mood.',
  },
  {
    term: 'epilepsy',
    aliases: ['epileptic'],
    field: 'neuroscience',
    definition:
      'A condition of repeated seizures: bursts of wild electrical activity in the brain that can cause shaking or blank spells.',
  },
  {
    term: 'stroke',
    aliases: ['strokes', 'ischaemic stroke', 'ischemic stroke', 'haemorrhagic stroke', 'hemorrhagic stroke'],
    field: 'neuroscience',
    definition:
      'Brain damage caused when blood stops reaching part of the brain, from a blocked or burst blood vessel. Fast treatment saves brain cells.',
    seeAlso: ['blood clot', 'atrial fibrillation', 'transient ischaemic attack', 'paralysis'],
    context: ['brain', 'blood', 'heart', 'patients', 'risk', 'disease', 'clot', 'artery', 'arteries', 'hospital', 'survivors', 'cardiovascular', 'dementia', 'attack', 'attacks', 'pressure'],
  },
  {
    term: 'traumatic brain injury',
    aliases: ['TBI', 'brain injury', 'head injury'],
    field: 'neuroscience',
    definition:
      'Damage to the brain from a blow or jolt to the head. A concussion is a mild form, but repeated ones can have lasting effects.',
  },
  {
    term: 'migraine',
    aliases: ['migraines', 'aura'],
    field: 'neuroscience',
    definition:
      'Strong, often throbbing headaches that can come with sickness and light sensitivity. Some people first see flashing lights, called an aura.',
  },
  {
    term: 'deep brain stimulation',
    aliases: ['DBS'],
    field: 'neuroscience',
    definition:
      "A treatment in which thin wires placed deep in the brain send small electric pulses. It can ease the shaking of Parkinson's disease, for example.",
    seeAlso: ['Parkinson\'s disease'],
  },
  {
    term: 'transcranial magnetic stimulation',
    aliases: ['TMS', 'rTMS', 'transcranial stimulation', 'transcranial direct current stimulation', 'tDCS'],
    field: 'neuroscience',
    definition:
      'Stimulating the brain from outside the head with magnetic pulses or weak currents. Used for depression and in research.',
  },
  {
    term: 'brain-computer interface',
    aliases: ['brain-computer interfaces', 'BCI', 'Neuralink'],
    field: 'neuroscience',
    definition:
      'A device that reads signals from the brain and turns them into commands. It can let a paralysed person move a cursor or speak.',
  },
  {
    term: 'fMRI',
    aliases: ['functional MRI', 'functional magnetic resonance imaging'],
    field: 'neuroscience',
    definition:
      'A kind of MRI scan that shows which brain areas are busy by tracking blood flow, which rises where brain cells work harder.',
    seeAlso: ['MRI', 'brain scan'],
  },
  {
    term: 'EEG',
    aliases: ['electroencephalogram', 'electroencephalography', 'brain waves', 'brainwaves'],
    field: 'neuroscience',
    definition:
      'A test that records the electrical activity of the brain. It uses small sensors placed on the scalp.',
  },
  {
    term: 'depression',
    aliases: ['clinical depression', 'depressive', 'depressed'],
    field: 'neuroscience',
    definition:
      'An illness of lasting low mood and loss of interest, which affects sleep, energy and thinking. It is more than feeling sad and can be treated.',
    seeAlso: ['antidepressant'],
    context: ['mental', 'mood', 'anxiety', 'symptoms', 'patients', 'antidepressant', 'antidepressants', 'therapy', 'treatment', 'health', 'psychiatric', 'suicide', 'risk', 'diagnosed', 'people'],
  },
  {
    term: 'anxiety disorder',
    aliases: ['anxiety disorders'],
    field: 'neuroscience',
    definition:
      'A mental illness where worry or fear is strong and lasting enough to get in the way of daily life.',
  },
  {
    term: 'antidepressant',
    aliases: ['antidepressants', 'SNRI', 'venlafaxine', 'duloxetine'],
    field: 'neuroscience',
    definition:
      'Medicine for depression and some anxiety problems. Common kinds raise levels of brain messengers such as serotonin; they take weeks to work.',
    seeAlso: ['serotonin', 'depression', 'ketamine'],
  },
  {
    term: 'cognitive behavioural therapy',
    aliases: ['cognitive behavioral therapy', 'CBT'],
    field: 'neuroscience',
    definition:
      'A talking treatment in which people learn to spot unhelpful thoughts and habits and change them. It is used for depression, anxiety and more.',
    seeAlso: ['psychotherapy'],
  },
  {
    term: 'mindfulness',
    aliases: ['mindfulness-based', 'meditation'],
    field: 'neuroscience',
    definition:
      'Training attention on the present moment, such as one\'s breath, without judging. It is used to reduce stress.',
  },
  {
    term: 'ADHD',
    aliases: ['attention deficit hyperactivity disorder'],
    field: 'neuroscience',
    definition:
      'A condition that makes it hard to focus, sit still or control impulses. It starts in childhood and often lasts into adult life.',
  },
  {
    term: 'autism',
    aliases: ['autism spectrum disorder', 'autistic', 'ASD', 'Asperger syndrome', 'Asperger\'s'],
    field: 'neuroscience',
    definition:
      'A lifelong difference in how the brain develops, affecting how people talk, relate to others and sense the world. It varies a lot between people.',
  },
  {
    term: 'schizophrenia',
    field: 'neuroscience',
    definition:
      'A serious mental illness in which people may hear or believe things that are not real. They can also have trouble thinking clearly.',
    seeAlso: ['psychosis'],
  },
  {
    term: 'bipolar disorder',
    aliases: ['bipolar'],
    field: 'neuroscience',
    definition:
      'A mental illness with big swings in mood, from very high and active to very low.',
  },
  {
    term: 'PTSD',
    aliases: ['post-traumatic stress disorder', 'posttraumatic stress disorder'],
    field: 'neuroscience',
    definition:
      'Lasting distress after a terrifying event. People may have flashbacks and nightmares and feel on guard all the time.',
    seeAlso: ['MDMA'],
  },
  {
    term: 'psychedelic',
    aliases: ['psychedelics', 'psilocybin', 'magic mushrooms', 'LSD'],
    field: 'neuroscience',
    definition:
      'Drugs that strongly change perception and mood. Some are being tested, with therapy, for depression and PTSD.',
    seeAlso: ['ketamine', 'MDMA'],
  },
  {
    term: 'addiction',
    aliases: ['substance use disorder', 'addictive', 'dependence', 'opioid use disorder'],
    field: 'neuroscience',
    definition:
      'Being unable to stop using a drug or doing something, even when it causes harm. It changes how the brain handles reward.',
    context: ['drug', 'drugs', 'alcohol', 'opioid', 'opioids', 'nicotine', 'brain', 'treatment', 'gambling', 'smoking'],
  },
  {
    term: 'circadian rhythm',
    aliases: ['circadian', 'body clock', 'internal clock', 'circadian clock', 'sleep-wake cycle'],
    field: 'neuroscience',
    definition:
      'The body\'s roughly 24-hour inner clock that times sleep, hunger and hormones. Light is its main reset signal.',
    seeAlso: ['melatonin'],
  },
  {
    term: 'melatonin',
    field: 'neuroscience',
    definition:
      'A hormone the brain makes in the dark that tells the body it is night-time.',
    seeAlso: ['circadian rhythm'],
  },
  {
    term: 'REM sleep',
    field: 'neuroscience',
    definition:
      "The stage of sleep when the eyes dart about and most vivid dreams happen. The brain is busy, but the body's muscles go limp.",
    seeAlso: ['deep sleep'],
  },
  {
    term: 'insomnia',
    field: 'neuroscience',
    definition:
      'Trouble falling asleep or staying asleep. It happens often enough to leave a person tired during the day.',
  },
  {
    term: 'peripheral neuropathy',
    aliases: ['neuropathy', 'nerve damage'],
    field: 'neuroscience',
    definition:
      'Damage to the nerves outside the brain and spinal cord. It often causes numbness, tingling or pain in the hands and feet.',
  },
  {
    term: 'spinal cord injury',
    field: 'neuroscience',
    definition:
      'Damage to the bundle of nerves inside the backbone that links the brain to the body. It can cause loss of movement and feeling.',
    seeAlso: ['paralysis', 'spinal cord'],
  },
  {
    term: 'neurodevelopment',
    aliases: ['neurodevelopmental', 'brain development'],
    field: 'neuroscience',
    definition:
      'How the brain and nerves grow and mature, from the womb through childhood.',
  },
  {
    term: 'pituitary gland',
    aliases: ['pituitary'],
    field: 'neuroscience',
    definition:
      'A pea-sized gland under the brain. It releases hormones that control growth, stress, sex organs and other glands.',
    seeAlso: ['hypothalamus', 'hormone'],
  },
  {
    term: 'brainstem',
    aliases: ['brain stem'],
    field: 'neuroscience',
    definition:
      'The stalk at the base of the brain that joins it to the spinal cord. It runs breathing, heartbeat and sleep.',
    seeAlso: ['cerebellum'],
  },
  {
    term: 'neural circuit',
    aliases: ['neural circuits', 'brain circuit', 'brain circuits', 'brain network', 'brain networks'],
    field: 'neuroscience',
    definition:
      'A group of nerve cells or brain areas linked up to do one job, such as sensing fear or moving a hand.',
    seeAlso: ['neuron', 'default mode network'],
  },
  {
    term: 'transient ischaemic attack',
    aliases: ['transient ischemic attack', 'mini-stroke', 'mini-strokes', 'TIA'],
    field: 'neuroscience',
    definition:
      'A short blockage of blood to part of the brain, often called a mini-stroke. Symptoms pass within a day, but it warns that a stroke may follow.',
    seeAlso: ['stroke'],
  },
  {
    term: 'brain scan',
    aliases: ['brain scans', 'brain imaging', 'neuroimaging'],
    field: 'neuroscience',
    definition:
      'A picture of the brain taken from outside the head, for example by MRI, CT or PET.',
    seeAlso: ['fMRI', 'MRI'],
  },
  {
    term: 'psychotherapy',
    aliases: ['talking therapy', 'talk therapy', 'talking therapies', 'psychotherapist'],
    field: 'neuroscience',
    definition:
      'Treating mental health problems by talking with a trained therapist. There are many kinds, such as CBT.',
    seeAlso: ['cognitive behavioural therapy'],
  },
  {
    term: 'psychosis',
    aliases: ['psychotic', 'psychoses', 'psychotic episode'],
    field: 'neuroscience',
    definition:
      'Losing touch with what is real, such as hearing voices or holding false beliefs. It can come with schizophrenia, bipolar disorder, some drugs or lack of sleep.',
    seeAlso: ['schizophrenia'],
  },
  {
    term: 'ketamine',
    aliases: ['esketamine'],
    field: 'neuroscience',
    definition:
      'An anaesthetic drug that, in low doses, can lift severe depression within hours. It is also misused as a party drug.',
    seeAlso: ['antidepressant', 'psychedelic'],
  },
  {
    term: 'MDMA',
    aliases: ['ecstasy'],
    field: 'neuroscience',
    definition:
      'A party drug, also called ecstasy, that boosts feelings of closeness and trust. It has been tested, with therapy, as a treatment for PTSD.',
    seeAlso: ['psychedelic', 'PTSD'],
  },
  {
    term: 'deep sleep',
    aliases: ['slow-wave sleep'],
    field: 'neuroscience',
    definition:
      'The deepest stage of sleep, when brain waves slow right down. The body repairs itself, and it is hard to wake up.',
    seeAlso: ['REM sleep'],
  },
  {
    term: 'paralysis',
    aliases: ['paralysed', 'paralyzed', 'paralyse', 'paralyze'],
    field: 'neuroscience',
    definition:
      'Losing the power to move part of the body. It is usually caused by damage to the brain, spinal cord or nerves.',
    seeAlso: ['spinal cord injury', 'stroke'],
  },
  {
    term: 'spinal cord',
    aliases: ['spinal cords'],
    field: 'neuroscience',
    definition:
      'The thick bundle of nerves running down inside the backbone. It carries messages between the brain and the rest of the body.',
    seeAlso: ['spinal cord injury'],
  },
  {
    term: 'neurology',
    aliases: ['neurologist', 'neurological', 'neurologists'],
    field: 'neuroscience',
    definition:
      'The branch of medicine that deals with the brain, spinal cord and nerves. A neurologist treats problems such as stroke, epilepsy and migraine.',
    seeAlso: ['stroke', 'epilepsy'],
  },
  {
    term: 'vagus nerve',
    aliases: ['vagal nerve', 'vagus nerve stimulation', 'VNS', 'vagal tone'],
    field: 'neuroscience',
    definition:
      'A long nerve running from the brainstem to the heart, lungs and gut. It helps slow the heart and run digestion, and some treatments stimulate it.',
    seeAlso: ['autonomic nervous system', 'brainstem'],
  },
  {
    term: 'central nervous system',
    aliases: ['CNS'],
    field: 'neuroscience',
    definition:
      'The brain and the spinal cord together. They take in signals from the body and send out commands.',
    seeAlso: ['spinal cord', 'peripheral nervous system'],
  },
  {
    term: 'peripheral nervous system',
    field: 'neuroscience',
    definition:
      'All the nerves outside the brain and spinal cord. They carry messages to and from the skin, muscles and organs.',
    seeAlso: ['central nervous system', 'peripheral neuropathy'],
  },
  {
    term: 'autonomic nervous system',
    aliases: ['sympathetic nervous system', 'parasympathetic nervous system', 'fight-or-flight response', 'fight or flight'],
    field: 'neuroscience',
    definition:
      'The part of the nervous system that runs things we do not control on purpose, like heart rate and digestion. One half readies the body for action; the other calms it.',
    seeAlso: ['vagus nerve'],
  },
  {
    term: 'temporal lobe',
    field: 'neuroscience',
    definition:
      'The part of the brain on each side of the head, near the ears. It handles hearing, language and memory.',
    seeAlso: ['hippocampus', 'cortex'],
  },
  {
    term: 'parietal lobe',
    field: 'neuroscience',
    definition:
      'The part of the brain at the top and back of the head. It brings together touch and other senses and tells us where things are around us.',
    seeAlso: ['cortex'],
  },
  {
    term: 'occipital lobe',
    field: 'neuroscience',
    definition:
      'The part of the brain at the back of the head. It handles sight.',
    seeAlso: ['visual cortex'],
  },
  {
    term: 'visual cortex',
    aliases: ['primary visual cortex'],
    field: 'neuroscience',
    definition:
      'The part of the brain, at the back of the head, that makes sense of what the eyes see.',
    seeAlso: ['occipital lobe', 'cortex'],
  },
  {
    term: 'motor cortex',
    aliases: ['primary motor cortex'],
    field: 'neuroscience',
    definition:
      'The strip of brain that plans movements and sends commands to the muscles. Brain implants often read signals from it.',
    seeAlso: ['brain-computer interface', 'cortex'],
  },
  {
    term: 'thalamus',
    aliases: ['thalamic'],
    field: 'neuroscience',
    definition:
      'A pair of egg-shaped hubs deep in the brain. They pass signals from the senses on to the cortex and help control sleep and alertness.',
    seeAlso: ['cortex'],
  },
  {
    term: 'basal ganglia',
    field: 'neuroscience',
    definition:
      'A group of parts deep in the brain that help start and smooth out movements and form habits. They are damaged in Parkinson\'s disease.',
    seeAlso: ['Parkinson\'s disease', 'dopamine'],
  },
  {
    term: 'corpus callosum',
    field: 'neuroscience',
    definition:
      'The thick band of nerve fibres that links the left and right halves of the brain, so they can share information.',
    seeAlso: ['white matter'],
  },
  {
    term: 'nucleus accumbens',
    field: 'neuroscience',
    definition:
      'A small area deep in the brain that is central to reward and pleasure. Drugs, food and other rewards raise dopamine there.',
    seeAlso: ['dopamine', 'addiction'],
  },
  {
    term: 'myelin',
    aliases: ['myelin sheath', 'demyelination', 'myelination'],
    field: 'neuroscience',
    definition:
      'A fatty coat wrapped around many nerve fibres, like plastic on a wire. It speeds up signals; damage to it causes multiple sclerosis.',
    seeAlso: ['multiple sclerosis', 'white matter'],
  },
  {
    term: 'axon',
    aliases: ['nerve fibre', 'nerve fiber'],
    field: 'neuroscience',
    definition:
      'The long, thin fibre a nerve cell uses to send signals to other cells. Some reach from the spine all the way to the toes.',
    seeAlso: ['neuron', 'myelin'],
  },
  {
    term: 'oxytocin',
    field: 'neuroscience',
    definition:
      'A hormone made in the brain that helps with birth and breastfeeding. It also plays a part in trust and bonding between people.',
    seeAlso: ['hormone', 'hypothalamus'],
  },
  {
    term: 'endorphin',
    aliases: ['beta-endorphin'],
    field: 'neuroscience',
    definition:
      'Natural chemicals the body makes that ease pain and lift mood. They are released during exercise, laughter and stress.',
    seeAlso: ['opioid'],
  },
  {
    term: 'working memory',
    field: 'neuroscience',
    definition:
      'The brain\'s short-term notepad: holding a few bits of information in mind for seconds while using them, like a phone number.',
    seeAlso: ['prefrontal cortex'],
  },
  {
    term: 'executive function',
    aliases: ['executive functions', 'executive functioning'],
    field: 'neuroscience',
    definition:
      'The mental skills that let us plan, focus, switch tasks and control urges. They rely mostly on the front of the brain.',
    seeAlso: ['prefrontal cortex', 'ADHD'],
  },
  {
    term: 'spatial memory',
    aliases: ['spatial learning', 'spatial navigation'],
    field: 'neuroscience',
    definition:
      'The memory for places and routes that lets us find our way. In animal tests it is often measured with mazes.',
    seeAlso: ['hippocampus'],
  },
  {
    term: 'antipsychotic',
    aliases: ['antipsychotic drug', 'antipsychotic medication', 'neuroleptic'],
    field: 'neuroscience',
    definition:
      'A drug used to treat psychosis, as in schizophrenia or bipolar disorder. Many work by blocking dopamine, and some cause weight gain.',
    seeAlso: ['psychosis', 'schizophrenia'],
  },
  {
    term: 'benzodiazepine',
    aliases: ['benzo', 'diazepam', 'Valium', 'Xanax', 'alprazolam', 'lorazepam'],
    field: 'neuroscience',
    definition:
      'A family of calming drugs, such as diazepam, used for anxiety, sleep and seizures. They work fast, but the body can become dependent on them.',
    seeAlso: ['anxiety disorder', 'addiction'],
  },
  {
    term: 'cholinesterase inhibitor',
    aliases: ['donepezil', 'Aricept', 'rivastigmine', 'galantamine'],
    field: 'neuroscience',
    definition:
      'Older drugs for Alzheimer\'s disease, such as donepezil. They boost a brain messenger used in memory and can ease symptoms for a while, but do not slow the disease.',
    seeAlso: ['Alzheimer\'s disease', 'neurotransmitter'],
  },
  {
    term: 'levodopa',
    aliases: ['L-dopa', 'carbidopa-levodopa'],
    field: 'neuroscience',
    definition:
      'The main drug for Parkinson\'s disease. The brain turns it into dopamine, replacing what is lost and easing stiffness and slowness.',
    seeAlso: ['Parkinson\'s disease', 'dopamine'],
  },
  {
    term: 'positive affect',
    field: 'neuroscience',
    definition:
      'Feeling good: joy, interest, calm or pride. Psychologists measure it to study how good moods are linked to health.',
  },
  {
    term: 'self-compassion',
    field: 'neuroscience',
    definition:
      'Being as kind to yourself as you would be to a friend when you fail or feel low, instead of being harsh on yourself.',
  },
  {
    term: 'fornix',
    field: 'neuroscience',
    definition:
      'A curved bundle of nerve fibres deep in the brain. It carries signals out of the hippocampus, a part of the brain that helps us remember.',
    seeAlso: ['hippocampus'],
  },
  {
    term: 'hyperexcitability',
    aliases: ['hyperexcitable'],
    field: 'neuroscience',
    definition:
      'When nerve cells fire too easily and too often. It can lead to seizures, pain or muscle twitching.',
  },
  {
    term: 'SSRI',
    aliases: ['SSRIs', 'selective serotonin reuptake inhibitor', 'selective serotonin reuptake inhibitors', 'fluoxetine', 'Prozac', 'sertraline', 'citalopram', 'escitalopram', 'paroxetine'],
    field: 'neuroscience',
    definition:
      'The most common kind of antidepressant. It raises the level of serotonin, a brain messenger, by slowing how fast nerve cells take it back up.',
    seeAlso: ['antidepressant', 'serotonin'],
  },
  {
    term: 'tricyclic antidepressant',
    aliases: ['tricyclic antidepressants', 'tricyclics', 'tricyclic', 'amitriptyline', 'nortriptyline'],
    field: 'neuroscience',
    definition:
      'An older kind of antidepressant, also used for nerve pain and migraine. It has more side effects than newer drugs like SSRIs.',
    seeAlso: ['antidepressant', 'SSRI'],
  },
  {
    term: 'GABA',
    aliases: ['gamma-aminobutyric acid', 'GABAergic'],
    field: 'neuroscience',
    definition:
      'The brain\'s main calming messenger. It slows nerve cells down; many sleeping pills and anxiety drugs work by boosting it.',
    seeAlso: ['neurotransmitter', 'benzodiazepine'],
  },
  {
    term: 'glutamate',
    aliases: ['glutamatergic'],
    field: 'neuroscience',
    definition:
      'The brain\'s main "go" messenger. It excites nerve cells and is key for learning, but too much can harm them.',
    seeAlso: ['neurotransmitter', 'GABA'],
  },
  {
    term: 'acetylcholine',
    aliases: ['cholinergic'],
    field: 'neuroscience',
    definition:
      'A chemical messenger that nerves use to make muscles move. In the brain it helps with attention and memory, and it falls in Alzheimer\'s disease.',
    seeAlso: ['neurotransmitter', 'cholinesterase inhibitor', 'anticholinergic'],
  },
  {
    term: 'anticholinergic',
    aliases: ['anticholinergics', 'anticholinergic drugs', 'anticholinergic medicines', 'anticholinergic activity', 'anticholinergic burden'],
    field: 'neuroscience',
    definition:
      'A drug that blocks acetylcholine, a nerve messenger. Many bladder, allergy and sleep drugs do; long use is linked to a higher risk of dementia.',
    seeAlso: ['acetylcholine', 'dementia'],
  },
  {
    term: 'noradrenaline',
    aliases: ['norepinephrine', 'noradrenergic'],
    field: 'neuroscience',
    definition:
      'A chemical messenger in the brain and body. It makes us more alert and speeds the heart, as part of the stress response.',
    seeAlso: ['neurotransmitter', 'adrenaline'],
  },
  {
    term: 'dopaminergic',
    aliases: ['dopamine neurons', 'dopamine-producing neurons', 'dopamine cells'],
    field: 'neuroscience',
    definition:
      'Using or making dopamine, a brain messenger. Nerve cells of this kind are the ones that die in Parkinson\'s disease.',
    seeAlso: ['dopamine', 'Parkinson\'s disease'],
  },
  {
    term: 'microglia',
    aliases: ['microglial', 'microglial cells'],
    field: 'neuroscience',
    definition:
      'The brain\'s own immune cells. They clear waste and damaged cells, but when overactive they can drive inflammation.',
    seeAlso: ['glia', 'neuroinflammation'],
  },
  {
    term: 'astrocyte',
    aliases: ['astrocytes'],
    field: 'neuroscience',
    definition:
      'A star-shaped support cell in the brain. It feeds nerve cells, helps control blood flow and tunes how nerve cells talk.',
    seeAlso: ['glia', 'neuron'],
  },
  {
    term: 'oligodendrocyte',
    aliases: ['oligodendrocytes'],
    field: 'neuroscience',
    definition:
      'A brain cell that wraps nerve fibres in myelin, the fatty coat that speeds up signals.',
    seeAlso: ['myelin', 'glia'],
  },
  {
    term: 'vascular dementia',
    field: 'neuroscience',
    definition:
      'Dementia caused by poor blood flow to the brain, often after strokes or damage to small blood vessels. It is the second most common kind.',
    seeAlso: ['dementia', 'stroke'],
  },
  {
    term: 'frontotemporal dementia',
    aliases: ['FTD', 'frontotemporal lobar degeneration'],
    field: 'neuroscience',
    definition:
      'A kind of dementia that strikes the front and sides of the brain, often before age 65. It changes personality, behaviour or language first.',
    seeAlso: ['dementia'],
  },
  {
    term: 'Lewy body dementia',
    aliases: ['dementia with Lewy bodies', 'Lewy bodies', 'Lewy body', 'DLB'],
    field: 'neuroscience',
    definition:
      'A kind of dementia caused by clumps of a protein called alpha-synuclein inside nerve cells. It can bring vivid visions and stiffness like Parkinson\'s.',
    seeAlso: ['dementia', 'Parkinson\'s disease', 'alpha-synuclein'],
  },
  {
    term: 'alpha-synuclein',
    aliases: ['α-synuclein', 'synuclein'],
    field: 'neuroscience',
    definition:
      'A brain protein that can misfold and clump in Parkinson\'s disease and Lewy body dementia. Tests for it may help spot these diseases early.',
    seeAlso: ['Parkinson\'s disease', 'Lewy body dementia', 'protein folding'],
  },
  {
    term: 'mild cognitive impairment',
    aliases: ['MCI'],
    field: 'neuroscience',
    definition:
      'Memory or thinking problems that are worse than usual for a person\'s age but do not yet stop daily life. Some people with it go on to get dementia.',
    seeAlso: ['cognitive impairment', 'dementia'],
  },
  {
    term: 'postnatal depression',
    aliases: ['postpartum depression', 'post-partum depression', 'perinatal depression', 'postnatal depressive symptoms', 'PND'],
    field: 'neuroscience',
    definition:
      'Depression during pregnancy or in the first year after birth. It is common, and can affect fathers too; it is treatable.',
    seeAlso: ['depression'],
  },
  {
    term: 'depressive symptoms',
    aliases: ['depressive symptom', 'symptoms of depression', 'depressive episode', 'depressive episodes'],
    field: 'neuroscience',
    definition:
      'Signs of depression such as low mood, loss of interest, poor sleep and tiredness. Having them is not the same as a diagnosis of depression.',
    seeAlso: ['depression'],
  },
  {
    term: 'concussion',
    aliases: ['concussions', 'concussed', 'mild traumatic brain injury', 'mTBI'],
    field: 'neuroscience',
    definition:
      'A mild brain injury from a blow or jolt to the head. It can cause headache, confusion and memory trouble; repeated ones may do lasting harm.',
    seeAlso: ['traumatic brain injury', 'chronic traumatic encephalopathy'],
  },
  {
    term: 'chronic traumatic encephalopathy',
    aliases: ['CTE'],
    field: 'neuroscience',
    definition:
      'A brain disease linked to repeated blows to the head, as in boxing, American football or rugby. It can only be confirmed after death.',
    seeAlso: ['concussion', 'tau'],
  },
  {
    term: 'obsessive-compulsive disorder',
    aliases: ['OCD', 'obsessive compulsive disorder', 'obsessive-compulsive'],
    field: 'neuroscience',
    definition:
      'A mental health problem with upsetting thoughts that keep coming back. People feel they must repeat acts, such as hand washing, to ease the worry.',
    seeAlso: ['anxiety disorder', 'cognitive behavioural therapy'],
  },
  {
    term: 'compulsive behaviour',
    aliases: ['compulsive behavior', 'compulsions', 'compulsion', 'compulsive'],
    field: 'neuroscience',
    definition:
      'Acts a person feels driven to repeat even when they do not want to or it causes harm.',
    seeAlso: ['obsessive-compulsive disorder', 'addiction'],
    context: ['behaviour', 'behavior', 'disorder', 'obsessive', 'urge', 'urges', 'gambling', 'eating', 'addiction', 'brain'],
  },
  {
    term: 'psychological resilience',
    aliases: ['resilience', 'emotional resilience', 'mental resilience', 'resilient'],
    field: 'neuroscience',
    definition:
      'The ability to cope with and bounce back from stress, loss or hard times. It can be built up, and it differs from person to person.',
    seeAlso: ['cortisol'],
    context: ['mental', 'trauma', 'psychological', 'emotional', 'adversity', 'depression', 'anxiety', 'coping', 'wellbeing', 'well-being'],
  },
  {
    term: 'psychosocial',
    aliases: ['psychosocial factors', 'psychosocial stress', 'psychosocial support'],
    field: 'neuroscience',
    definition:
      'To do with both the mind and a person\'s social life: stress, friends and family, work and money worries.',
    seeAlso: ['mental health'],
    context: ['factors', 'stress', 'support', 'health', 'mental', 'social', 'wellbeing', 'intervention', 'problems', 'risk'],
  },
  {
    term: 'psychotropic drug',
    aliases: ['psychotropic drugs', 'psychotropic medication', 'psychotropic medications', 'psychotropics', 'psychoactive drug', 'psychoactive drugs', 'psychoactive substance', 'psychoactive'],
    field: 'neuroscience',
    definition:
      'A drug that acts on the brain and changes mood, thinking or behaviour. The group includes antidepressants, sleeping pills and recreational drugs.',
    seeAlso: ['antidepressant', 'antipsychotic'],
  },
  {
    term: 'stimulant',
    aliases: ['stimulants', 'stimulant medication', 'stimulant drugs', 'psychostimulant'],
    field: 'neuroscience',
    definition:
      'A drug that speeds up the brain and body, raising alertness. Caffeine and nicotine are mild ones; some ADHD medicines and cocaine are stronger.',
    seeAlso: ['ADHD', 'dopamine'],
    context: ['drug', 'drugs', 'medication', 'medicine', 'ADHD', 'caffeine', 'nicotine', 'brain', 'cocaine', 'amphetamine', 'effect', 'prescribed'],
  },
  {
    term: 'methylphenidate',
    aliases: ['Ritalin', 'Concerta', 'amphetamine', 'amphetamines', 'lisdexamfetamine', 'Adderall'],
    field: 'neuroscience',
    definition:
      'A stimulant medicine used to treat ADHD. It raises dopamine in the brain, which helps focus.',
    seeAlso: ['ADHD', 'stimulant', 'dopamine'],
  },
  {
    term: 'neuroprotective',
    aliases: ['neuroprotection', 'neuroprotective effect', 'neuroprotective properties', 'neuroprotective effects'],
    field: 'neuroscience',
    definition:
      'Protecting nerve cells from damage or death. Many things look neuroprotective in mice, but few have helped people so far.',
    seeAlso: ['neurodegeneration'],
  },
  {
    term: 'neurotrophic factor',
    aliases: ['neurotrophic factors', 'BDNF', 'brain-derived neurotrophic factor', 'GDNF', 'nerve growth factor'],
    field: 'neuroscience',
    definition:
      'A protein that helps nerve cells grow, survive and form links. Exercise raises the level of one, called BDNF.',
    seeAlso: ['neuron', 'neuroplasticity', 'growth factor'],
  },
  {
    term: 'neurogenesis',
    aliases: ['adult neurogenesis', 'new neurons', 'new brain cells', 'neural stem cells', 'neural stem cell'],
    field: 'neuroscience',
    definition:
      'The making of new nerve cells. It is busy before birth; whether adult human brains still make many is debated.',
    seeAlso: ['neuron', 'hippocampus'],
  },
  {
    term: 'synaptic pruning',
    aliases: ['pruning', 'synaptic pruning'],
    field: 'neuroscience',
    definition:
      'The brain\'s trimming of links between nerve cells that it does not use. Most of it happens in childhood and the teenage years.',
    seeAlso: ['synapse', 'neurodevelopment'],
    context: ['synapses', 'synaptic', 'brain', 'neurons', 'connections', 'adolescence', 'development', 'microglia'],
  },
  {
    term: 'critical period',
    aliases: ['critical periods', 'sensitive period', 'sensitive periods'],
    field: 'neuroscience',
    definition:
      'A window in early life when the brain is ready to learn a skill, like sight or speech. Later it learns the skill much less easily.',
    seeAlso: ['neuroplasticity', 'neurodevelopment'],
    context: ['brain', 'development', 'learning', 'language', 'vision', 'early', 'childhood', 'plasticity', 'infants'],
  },
  {
    term: 'glymphatic system',
    aliases: ['glymphatic', 'brain waste clearance'],
    field: 'neuroscience',
    definition:
      'A network that flushes waste out of the brain, mostly during sleep. It may help clear proteins linked to Alzheimer\'s disease.',
    seeAlso: ['cerebrospinal fluid', 'deep sleep', 'amyloid'],
  },
  {
    term: 'cognitive reserve',
    aliases: ['brain reserve'],
    field: 'neuroscience',
    definition:
      'The brain\'s ability to cope with damage and still work well. Education, work and social life seem to build it up and may delay dementia symptoms.',
    seeAlso: ['dementia', 'cognitive decline'],
  },
  {
    term: 'brain training',
    aliases: ['brain-training', 'brain games', 'cognitive training', 'brain training games'],
    field: 'neuroscience',
    definition:
      'Games and tasks meant to sharpen memory or thinking. People get better at the games, but proof that it helps everyday life is weak.',
    seeAlso: ['cognitive decline', 'working memory'],
  },
  {
    term: 'cognition',
    aliases: ['cognitive function', 'cognitive functions', 'cognitive performance', 'cognitive abilities', 'cognitive ability', 'cognitive skills'],
    field: 'neuroscience',
    definition:
      'The brain\'s thinking work. It means paying attention, taking in new things, remembering them, solving problems and using words.',
    seeAlso: ['executive function', 'working memory', 'cognitive decline'],
  },
  {
    term: 'cognitive deficit',
    aliases: ['cognitive deficits', 'cognitive problems', 'thinking problems', 'deficits in cognition'],
    field: 'neuroscience',
    definition:
      'A weak spot in memory, focus or other thinking skills. It means doing worse than is normal for a person of that age.',
    seeAlso: ['cognition', 'cognitive impairment'],
  },
  {
    term: 'attention span',
    aliases: ['attentional', 'attentional control', 'sustained attention', 'selective attention'],
    field: 'neuroscience',
    definition:
      'How well and how long a person can keep their mind on one thing while ignoring others.',
    seeAlso: ['cognition', 'ADHD'],
    context: ['attention', 'focus', 'distraction', 'task', 'tasks', 'brain', 'children', 'screen', 'memory'],
  },
  {
    term: 'long-term memory',
    aliases: ['long term memory', 'episodic memory', 'declarative memory', 'long-term memories'],
    field: 'neuroscience',
    definition:
      'The brain\'s store of facts and events that can last for years. The hippocampus helps lay these memories down.',
    seeAlso: ['working memory', 'hippocampus', 'memory consolidation'],
  },
  {
    term: 'memory consolidation',
    aliases: ['consolidation of memories', 'consolidate memories', 'memory formation'],
    field: 'neuroscience',
    definition:
      'The way the brain turns new, fragile memories into lasting ones. Much of this work is done during sleep.',
    seeAlso: ['long-term memory', 'deep sleep', 'hippocampus'],
  },
  {
    term: 'intelligence quotient',
    aliases: ['IQ', 'IQ score', 'IQ scores', 'IQ points', 'IQ test'],
    field: 'neuroscience',
    definition:
      'A score from tests of reasoning and problem solving, set so the average is 100. It measures some thinking skills, not a person\'s worth or every talent.',
    seeAlso: ['cognition'],
  },
  {
    term: 'neuroscientist',
    aliases: ['neuroscientists', 'neuroscience', 'neurobiologist', 'neurobiology', 'neurobiological'],
    field: 'neuroscience',
    definition:
      'A scientist who studies the brain and nerves: how they are built, how they work and what goes wrong in disease.',
    seeAlso: ['neuron', 'neurology'],
  },
  {
    term: 'neurosurgeon',
    aliases: ['neurosurgeons', 'neurosurgery', 'neurosurgical'],
    field: 'neuroscience',
    definition:
      'A surgeon who operates on the brain, spine and nerves.',
    seeAlso: ['neurology'],
  },
  {
    term: 'psychologist',
    aliases: ['psychologists', 'psychology'],
    field: 'neuroscience',
    definition:
      'An expert in how people think, feel and behave. Some treat mental health problems with talking therapy.',
    seeAlso: ['mental health', 'psychotherapy'],
  },
  {
    term: 'psychopathology',
    aliases: ['psychopathological'],
    field: 'neuroscience',
    definition:
      'Signs of mental illness, or the study of them. Researchers use the word for a person\'s overall level of mental health problems.',
    seeAlso: ['mental health'],
  },
  {
    term: 'internalising problems',
    aliases: ['internalizing problems', 'internalising symptoms', 'internalizing symptoms', 'externalising problems', 'externalizing problems', 'externalising behaviour'],
    field: 'neuroscience',
    definition:
      'Problems that turn inward, like worry and sadness. Externalising ones turn outward, like fights and rule breaking. Child studies often use both words.',
    seeAlso: ['behavioural problems', 'anxiety disorder'],
  },
  {
    term: 'behavioural problems',
    aliases: ['behavioral problems', 'behaviour problems', 'behavior problems', 'conduct problems', 'conduct disorder', 'behavioural difficulties'],
    field: 'neuroscience',
    definition:
      'Acts that often break rules or upset others, such as fights, tantrums or refusing to obey. They happen more than is usual for a child\'s age.',
    seeAlso: ['internalising problems', 'ADHD'],
  },
  {
    term: 'postnatal',
    aliases: ['post-natal', 'post-partum'],
    field: 'neuroscience',
    definition:
      'In the weeks and months after a baby is born.',
    seeAlso: ['postnatal depression'],
    context: ['mother', 'mothers', 'birth', 'baby', 'babies', 'women', 'pregnancy', 'period', 'depression', 'care'],
  },
  {
    term: 'major depressive disorder',
    aliases: ['MDD', 'major depression'],
    field: 'neuroscience',
    definition:
      'The medical name for clinical depression: low mood or loss of interest most days for at least two weeks, with other symptoms such as poor sleep.',
    seeAlso: ['depression', 'depressive symptoms'],
  },
  {
    term: 'anhedonia',
    field: 'neuroscience',
    definition:
      'Losing the ability to enjoy things that used to be fun. It is a core sign of depression.',
    seeAlso: ['depression'],
  },
  {
    term: 'generalised anxiety disorder',
    aliases: ['generalized anxiety disorder', 'GAD'],
    field: 'neuroscience',
    definition:
      'Worry about many everyday things that is hard to control and lasts six months or more. It often comes with poor sleep and tense muscles.',
    seeAlso: ['anxiety disorder'],
  },
  {
    term: 'panic attack',
    aliases: ['panic attacks', 'panic disorder'],
    field: 'neuroscience',
    definition:
      'A sudden wave of intense fear with a racing heart, shaking and short breath. It feels like a heart attack but is not dangerous.',
    seeAlso: ['anxiety disorder'],
  },
  {
    term: 'phobia',
    aliases: ['phobias', 'social anxiety', 'social anxiety disorder'],
    field: 'neuroscience',
    definition:
      'A strong, lasting fear of a thing or place, such as spiders or crowds. The fear is far bigger than the real danger.',
    seeAlso: ['anxiety disorder'],
    context: ['fear', 'fears', 'anxiety', 'spiders', 'heights', 'social', 'disorder', 'therapy', 'afraid'],
  },
  {
    term: 'reward system',
    aliases: ['brain reward system', 'reward circuit', 'reward pathway', 'reward centre', 'reward center'],
    field: 'neuroscience',
    definition:
      'A set of brain areas, run on dopamine, that makes us feel pleasure and want to repeat things like eating. Drugs and some habits can hijack it.',
    seeAlso: ['dopamine', 'nucleus accumbens', 'addiction'],
  },
  {
    term: 'flashback',
    aliases: ['flashbacks', 'intrusive memories', 'intrusive memory'],
    field: 'neuroscience',
    definition:
      'A memory of a past trauma that feels as if it is happening again. It is a core sign of PTSD.',
    seeAlso: ['PTSD'],
    context: ['trauma', 'PTSD', 'memories', 'memory', 'traumatic', 'stress', 'war', 'abuse'],
  },
  {
    term: 'hypervigilance',
    aliases: ['hypervigilant', 'hyper-aware', 'hyperarousal'],
    field: 'neuroscience',
    definition:
      'Being on high alert for danger all the time, even when safe. It is common after trauma and in anxiety.',
    seeAlso: ['PTSD', 'anxiety disorder'],
  },
  {
    term: 'dissociation',
    aliases: ['dissociative', 'dissociative disorder', 'dissociative symptoms'],
    field: 'neuroscience',
    definition:
      'Feeling cut off from your body, thoughts or surroundings, as if things are not real. It can follow trauma or be a drug side effect.',
    seeAlso: ['PTSD', 'ketamine'],
    context: ['trauma', 'symptoms', 'ketamine', 'mental', 'feel', 'feeling', 'disorder', 'identity', 'psychiatric'],
  },
  {
    term: 'visual hallucination',
    aliases: ['visual hallucinations', 'auditory hallucination', 'auditory hallucinations', 'hearing voices', 'hallucinate', 'hallucinating', 'hallucinogenic', 'hallucinogen', 'hallucinogens'],
    field: 'neuroscience',
    definition:
      'Seeing, hearing or feeling something that is not there. It can come with psychosis, some drugs, lack of sleep or dementia.',
    seeAlso: ['psychosis', 'psychedelic'],
  },
  {
    term: 'delusion',
    aliases: ['delusions', 'delusional'],
    field: 'neuroscience',
    definition:
      'A firm false belief that stays even when there is clear proof against it, such as being sure one is being followed. It is a sign of psychosis.',
    seeAlso: ['psychosis', 'schizophrenia'],
    context: ['psychosis', 'schizophrenia', 'beliefs', 'belief', 'paranoid', 'mental', 'symptoms', 'psychiatric', 'hallucinations'],
  },
  {
    term: 'paranoia',
    aliases: ['paranoid', 'paranoid thoughts'],
    field: 'neuroscience',
    definition:
      'Strong, unfounded fear that others mean you harm. Mild forms are common; severe ones can be part of psychosis.',
    seeAlso: ['psychosis', 'delusion'],
    context: ['thoughts', 'psychosis', 'mental', 'symptoms', 'schizophrenia', 'cannabis', 'psychiatric', 'delusions'],
  },
  {
    term: 'psychotic disorder',
    aliases: ['psychotic disorders', 'non-affective psychosis', 'affective psychosis', 'first-episode psychosis', 'first episode psychosis'],
    field: 'neuroscience',
    definition:
      'A mental illness, such as schizophrenia, in which a person loses touch with what is real. They may see things or hold false beliefs.',
    seeAlso: ['psychosis', 'schizophrenia'],
  },
  {
    term: 'neurodivergent',
    aliases: ['neurodivergence', 'neurodiversity', 'neurodiverse', 'neurotypical'],
    field: 'neuroscience',
    definition:
      'Having a brain that works differently from what is thought of as typical, as in autism, ADHD or dyslexia. The word treats this as a difference, not a defect.',
    seeAlso: ['autism', 'ADHD', 'dyslexia'],
  },
  {
    term: 'dyslexia',
    aliases: ['dyslexic'],
    field: 'neuroscience',
    definition:
      'A lifelong learning difference that makes reading and spelling hard. It is not linked to low intelligence or poor teaching.',
    seeAlso: ['neurodivergent'],
  },
  {
    term: 'Tourette syndrome',
    aliases: ['Tourette\'s syndrome', 'Tourette\'s', 'tic disorder', 'tics'],
    field: 'neuroscience',
    definition:
      'A brain condition that starts in childhood and causes tics: sudden movements or sounds a person cannot easily stop.',
    seeAlso: ['neurodevelopment'],
  },
  {
    term: 'cerebral palsy',
    field: 'neuroscience',
    definition:
      'A group of lifelong conditions that affect movement and balance. They are caused by harm to the young brain, before, during or soon after birth.',
    seeAlso: ['neurodevelopment'],
  },
  {
    term: 'narcolepsy',
    aliases: ['cataplexy'],
    field: 'neuroscience',
    definition:
      'A rare brain condition where people feel very sleepy by day and may fall asleep suddenly. Many lack orexin, a brain messenger that keeps us awake.',
    seeAlso: ['orexin', 'REM sleep'],
  },
  {
    term: 'orexin',
    aliases: ['hypocretin', 'orexins', 'orexin antagonist', 'orexin antagonists'],
    field: 'neuroscience',
    definition:
      'A brain messenger that keeps us awake. Newer sleeping pills work by blocking it.',
    seeAlso: ['narcolepsy', 'insomnia'],
  },
  {
    term: 'sleep disturbance',
    aliases: ['sleep disturbances', 'disturbed sleep', 'sleep problems', 'sleep problem', 'sleep disorder', 'sleep disorders', 'poor sleep'],
    field: 'neuroscience',
    definition:
      'Trouble falling or staying asleep, waking too early or sleeping badly. It is common in many illnesses and can worsen them.',
    seeAlso: ['insomnia', 'circadian rhythm'],
  },
  {
    term: 'sleep deprivation',
    aliases: ['sleep-deprived', 'sleep deprived', 'lack of sleep', 'sleep loss', 'sleep debt', 'short sleep'],
    field: 'neuroscience',
    definition:
      'Not getting enough sleep. Even a few bad nights dull attention, memory and mood; long-term it is linked to many health problems.',
    seeAlso: ['insomnia', 'circadian rhythm'],
  },
  {
    term: 'jet lag',
    aliases: ['jetlag', 'social jet lag', 'social jetlag'],
    field: 'neuroscience',
    definition:
      'Feeling tired and off when your body clock does not match the local time. It follows long flights east or west, or sleeping late at weekends.',
    seeAlso: ['circadian rhythm'],
  },
  {
    term: 'chronotype',
    aliases: ['chronotypes', 'night owl', 'night owls', 'early bird', 'early birds', 'morning person'],
    field: 'neuroscience',
    definition:
      'Whether your body clock makes you a morning person or a night owl. It is partly set by genes and shifts with age.',
    seeAlso: ['circadian rhythm'],
  },
  {
    term: 'wakefulness',
    aliases: ['wakeful', 'alertness'],
    field: 'neuroscience',
    definition:
      'Being awake and alert. The brain keeps it up with messengers such as orexin and noradrenaline.',
    seeAlso: ['orexin', 'sleep deprivation'],
    context: ['sleep', 'brain', 'night', 'alert', 'neurons', 'orexin', 'day', 'drowsiness'],
  },
  {
    term: 'non-REM sleep',
    aliases: ['NREM sleep', 'non-rapid eye movement sleep', 'light sleep'],
    field: 'neuroscience',
    definition:
      'The sleep stages without rapid eye movements, from light sleep to deep sleep. They take up most of the night.',
    seeAlso: ['REM sleep', 'deep sleep'],
  },
  {
    term: 'sleep spindle',
    aliases: ['sleep spindles'],
    field: 'neuroscience',
    definition:
      'A short burst of fast brain waves during light sleep, seen on an EEG. Spindles seem to help store new memories.',
    seeAlso: ['EEG', 'memory consolidation'],
  },
  {
    term: 'brain wave',
    aliases: ['theta waves', 'alpha waves', 'delta waves', 'gamma waves', 'beta waves', 'brain rhythms', 'brain oscillations', 'neural oscillations', 'gamma oscillations'],
    field: 'neuroscience',
    definition:
      'A rhythm of electrical activity made by many nerve cells firing together, measured by EEG. Different speeds go with sleep, rest or focus.',
    seeAlso: ['EEG', 'deep sleep'],
  },
  {
    term: 'neurofeedback',
    aliases: ['EEG biofeedback', 'biofeedback'],
    field: 'neuroscience',
    definition:
      'A training method where people watch a live readout of their own brain activity and learn to change it. Proof that it treats conditions is mixed.',
    seeAlso: ['EEG', 'brain-computer interface'],
  },
  {
    term: 'functional connectivity',
    aliases: ['brain connectivity', 'connectivity', 'resting-state connectivity', 'resting-state fMRI'],
    field: 'neuroscience',
    definition:
      'How much the activity in different brain areas rises and falls together, often measured with fMRI. It hints at which areas work as a team.',
    seeAlso: ['fMRI', 'default mode network'],
    context: ['brain', 'regions', 'fMRI', 'neural', 'scans', 'cortex', 'neurons'],
  },
  {
    term: 'connectome',
    aliases: ['connectomics', 'brain wiring map', 'wiring diagram'],
    field: 'neuroscience',
    definition:
      'A map of all the links between nerve cells in a brain. The full map of a fruit fly brain was finished in 2024.',
    seeAlso: ['neural circuit', 'neuron'],
  },
  {
    term: 'diffusion tensor imaging',
    aliases: ['DTI', 'diffusion MRI', 'diffusion imaging'],
    field: 'neuroscience',
    definition:
      'A kind of MRI that tracks how water moves along nerve fibres, to map the brain\'s white matter wiring.',
    seeAlso: ['white matter', 'MRI'],
  },
  {
    term: 'magnetoencephalography',
    aliases: ['MEG scan', 'MEG scans'],
    field: 'neuroscience',
    definition:
      'A brain scan that picks up the tiny magnetic fields made by working nerve cells. It times brain activity very exactly.',
    seeAlso: ['EEG', 'brain scan'],
  },
  {
    term: 'hippocampal volume',
    aliases: ['hippocampal atrophy', 'hippocampal shrinkage', 'shrinking hippocampus'],
    field: 'neuroscience',
    definition:
      'The size of the hippocampus, the brain\'s memory hub, measured on scans. It shrinks with age and faster in Alzheimer\'s disease.',
    seeAlso: ['hippocampus', 'brain atrophy'],
  },
  {
    term: 'brain atrophy',
    aliases: ['brain shrinkage', 'brain volume', 'atrophy of the brain', 'brain volume loss', 'cerebral atrophy'],
    field: 'neuroscience',
    definition:
      'Loss of brain cells and the links between them, so the brain shrinks. Some happens with age; more is seen in dementia and after injury.',
    seeAlso: ['neurodegeneration', 'grey matter'],
  },
  {
    term: 'posterior cingulate cortex',
    aliases: ['posterior cingulate', 'PCC', 'cingulate cortex', 'anterior cingulate', 'anterior cingulate cortex', 'cingulate'],
    field: 'neuroscience',
    definition:
      'Parts of a fold deep in the middle of the brain. The back part is a hub of the brain\'s resting network; the front part helps with attention, pain and emotion.',
    seeAlso: ['default mode network', 'cortex'],
  },
  {
    term: 'insula',
    aliases: ['insular cortex', 'anterior insula', 'insulae'],
    field: 'neuroscience',
    definition:
      'A part of the cortex tucked deep inside the brain\'s side fold. It senses the body\'s inner state, such as heartbeat, hunger and pain, and links it to feelings.',
    seeAlso: ['cortex'],
    notIn: ['insula of'],
  },
  {
    term: 'dorsolateral prefrontal cortex',
    aliases: ['DLPFC', 'dorsolateral pre-frontal cortex', 'dorsolateral'],
    field: 'neuroscience',
    definition:
      'An area near the top and sides of the front of the brain that helps plan, hold things in mind and control impulses. It is a common target of magnetic stimulation.',
    seeAlso: ['prefrontal cortex', 'transcranial magnetic stimulation'],
  },
  {
    term: 'habenula',
    field: 'neuroscience',
    definition:
      'A tiny brain area that switches on after let-downs and bad outcomes. Overactivity in it is linked to depression.',
    seeAlso: ['depression', 'dopamine'],
  },
  {
    term: 'striatum',
    aliases: ['striatal', 'caudate', 'putamen', 'dorsal striatum', 'ventral striatum'],
    field: 'neuroscience',
    definition:
      'A brain hub deep below the cortex that helps with movement, habits and reward. It is hit hard in Parkinson\'s and Huntington\'s disease.',
    seeAlso: ['basal ganglia', 'dopamine'],
  },
  {
    term: 'substantia nigra',
    field: 'neuroscience',
    definition:
      'A small dark area of the brainstem whose cells make dopamine for movement. Its cells die off in Parkinson\'s disease.',
    seeAlso: ['Parkinson\'s disease', 'dopaminergic'],
  },
  {
    term: 'locus coeruleus',
    field: 'neuroscience',
    definition:
      'A tiny spot in the brainstem that makes noradrenaline and sets how alert we are. It is one of the first areas hit in Alzheimer\'s disease.',
    seeAlso: ['noradrenaline', 'brainstem'],
  },
  {
    term: 'entorhinal cortex',
    field: 'neuroscience',
    definition:
      'A brain area beside the hippocampus that acts as a gateway for memories and a sense of place. Alzheimer\'s damage often starts here.',
    seeAlso: ['hippocampus', 'spatial memory'],
  },
  {
    term: 'photoreceptor',
    aliases: ['photoreceptors', 'photoreceptor cells', 'rod cells', 'cone cells', 'rods and cones'],
    field: 'neuroscience',
    definition:
      'A light-sensing cell at the back of the eye. Rods work in dim light; cones see colour. Many inherited eye diseases kill them off.',
    seeAlso: ['retina', 'optic nerve'],
  },
  {
    term: 'optic nerve',
    aliases: ['optic nerves'],
    field: 'neuroscience',
    definition:
      'The nerve that carries signals from the eye to the brain. Damage to it, as in glaucoma, cannot be undone.',
    seeAlso: ['retina', 'photoreceptor'],
  },
  {
    term: 'olfactory',
    aliases: ['olfaction', 'olfactory system', 'olfactory bulb', 'sense of smell', 'olfactory receptors'],
    field: 'neuroscience',
    definition:
      'To do with the sense of smell. The olfactory bulb, at the front of the brain, is the first stop for smell signals.',
    seeAlso: ['anosmia'],
  },
  {
    term: 'anosmia',
    aliases: ['smell loss', 'lost their sense of smell', 'hyposmia'],
    field: 'neuroscience',
    definition:
      'Losing the sense of smell, fully or in part. It can follow colds and COVID, and can be an early sign of Parkinson\'s or Alzheimer\'s.',
    seeAlso: ['olfactory', 'Parkinson\'s disease'],
  },
  {
    term: 'somatosensory cortex',
    aliases: ['somatosensory', 'sensory cortex', 'somatosensory system'],
    field: 'neuroscience',
    definition:
      'The strip of brain that takes in touch, pain, heat and body position from all over the body.',
    seeAlso: ['motor cortex', 'cortex'],
  },
  {
    term: 'proprioception',
    aliases: ['proprioceptive', 'body awareness'],
    field: 'neuroscience',
    definition:
      'The sense of where your body parts are without looking, such as knowing where your hand is with your eyes shut.',
    seeAlso: ['somatosensory cortex'],
  },
  {
    term: 'nociceptor',
    aliases: ['nociceptors', 'pain receptor', 'pain receptors', 'nociception', 'nociceptive'],
    field: 'neuroscience',
    definition:
      'A nerve ending that senses harm, such as heat, cuts or pressure, and sends pain signals to the brain.',
    seeAlso: ['chronic pain', 'neuropathic pain'],
  },
  {
    term: 'neuropathic pain',
    aliases: ['nerve pain', 'nerve damage pain', 'neuralgia'],
    field: 'neuroscience',
    definition:
      'Pain caused by damaged or faulty nerves, often burning, shooting or tingling. Usual painkillers often do not help it.',
    seeAlso: ['peripheral neuropathy', 'nociceptor'],
  },
  {
    term: 'central sensitisation',
    aliases: ['central sensitization', 'pain sensitisation', 'pain sensitization'],
    field: 'neuroscience',
    definition:
      'When the nervous system becomes over-sensitive, so ordinary touch or mild pain feels much worse. It plays a part in many kinds of long-lasting pain.',
    seeAlso: ['chronic pain', 'nociceptor'],
  },
  {
    term: 'phantom limb',
    aliases: ['phantom limb pain', 'phantom pain', 'phantom limbs'],
    field: 'neuroscience',
    definition:
      'Feeling, and often pain, in an arm or leg that has been removed. The brain\'s map of the body still expects it there.',
    seeAlso: ['neuroplasticity', 'somatosensory cortex'],
  },
  {
    term: 'Broca\'s area',
    aliases: ['Broca area', 'Wernicke\'s area', 'Wernicke area', 'language areas'],
    field: 'neuroscience',
    definition:
      'Brain areas for language, usually on the left side. Broca\'s area helps us make speech; Wernicke\'s area helps us understand it.',
    seeAlso: ['aphasia', 'cortex'],
  },
  {
    term: 'aphasia',
    aliases: ['aphasic'],
    field: 'neuroscience',
    definition:
      'Trouble with speaking, reading, writing or taking in what others say. It comes from harm to the brain\'s language areas, often by a stroke.',
    seeAlso: ['Broca\'s area', 'stroke'],
  },
  {
    term: 'brain hemisphere',
    aliases: ['left hemisphere', 'right hemisphere', 'cerebral hemisphere', 'cerebral hemispheres', 'left brain', 'right brain', 'brain lateralisation', 'lateralization'],
    field: 'neuroscience',
    definition:
      'One half of the brain, left or right. Each half runs the other side of the body; some skills lean to one side, but both work together.',
    seeAlso: ['corpus callosum', 'cortex'],
  },
  {
    term: 'cerebrum',
    aliases: ['cerebral'],
    field: 'neuroscience',
    definition:
      'The largest part of the brain, made of the two halves with their folded outer layer. It handles thinking, feeling, senses and movement.',
    seeAlso: ['cortex', 'brain hemisphere'],
    context: ['brain', 'cortex', 'hemisphere', 'hemispheres', 'lobe', 'lobes', 'cerebellum', 'neurons', 'blood flow', 'damage'],
  },
  {
    term: 'brain ventricles',
    aliases: ['ventricles of the brain', 'cerebral ventricles', 'lateral ventricles', 'enlarged ventricles'],
    field: 'neuroscience',
    definition:
      'Linked spaces deep in the brain filled with the clear fluid that cushions the brain. They grow bigger when brain tissue shrinks.',
    seeAlso: ['cerebrospinal fluid', 'hydrocephalus'],
  },
  {
    term: 'hydrocephalus',
    field: 'neuroscience',
    definition:
      'A build-up of fluid in the brain, which raises pressure and can harm it. It is often treated with a thin tube that drains the fluid.',
    seeAlso: ['brain ventricles', 'cerebrospinal fluid'],
  },
  {
    term: 'meninges',
    aliases: ['meningeal', 'dura', 'dura mater'],
    field: 'neuroscience',
    definition:
      'The three thin layers that wrap and protect the brain and spinal cord. Infection of them is meningitis.',
    seeAlso: ['cerebrospinal fluid'],
  },
  {
    term: 'pineal gland',
    aliases: ['pineal'],
    field: 'neuroscience',
    definition:
      'A tiny gland deep in the brain that makes melatonin, the hormone that tells the body it is night.',
    seeAlso: ['melatonin', 'circadian rhythm'],
  },
  {
    term: 'suprachiasmatic nucleus',
    aliases: ['SCN', 'master clock', 'brain\'s master clock'],
    field: 'neuroscience',
    definition:
      'A tiny cluster of cells in the hypothalamus that is the body\'s master clock. Light from the eyes keeps it in time with the day.',
    seeAlso: ['circadian rhythm', 'hypothalamus'],
  },
  {
    term: 'mirror neuron',
    aliases: ['mirror neurons', 'mirror neuron system'],
    field: 'neuroscience',
    definition:
      'A nerve cell that fires both when an animal acts and when it sees another do the same act. Its role in empathy is much debated.',
    seeAlso: ['neuron', 'empathy'],
  },
  {
    term: 'place cell',
    aliases: ['place cells', 'grid cell', 'grid cells', 'head direction cells'],
    field: 'neuroscience',
    definition:
      'Nerve cells in and near the hippocampus that fire when an animal is in a certain spot. Together they work like an inner map and GPS.',
    seeAlso: ['hippocampus', 'spatial memory', 'entorhinal cortex'],
  },
  {
    term: 'engram',
    aliases: ['engrams', 'memory trace', 'memory traces', 'engram cells'],
    field: 'neuroscience',
    definition:
      'The physical trace a memory leaves in the brain: a set of nerve cells whose links change when something is learned.',
    seeAlso: ['long-term memory', 'synapse'],
  },
  {
    term: 'action potential',
    aliases: ['action potentials', 'nerve impulse', 'nerve impulses', 'neural firing', 'firing rate'],
    field: 'neuroscience',
    definition:
      'The brief electrical pulse a nerve cell sends down its fibre. It is how nerve cells pass on signals.',
    seeAlso: ['neuron', 'axon', 'ion channel'],
  },
  {
    term: 'ion channel',
    aliases: ['ion channels', 'sodium channel', 'sodium channels', 'potassium channel', 'calcium channel', 'calcium channels'],
    field: 'neuroscience',
    definition:
      'A tiny gate in a cell\'s outer layer that lets charged particles, such as sodium, in or out. Nerve and heart signals depend on them.',
    seeAlso: ['action potential', 'cell membrane'],
  },
  {
    term: 'brain implant',
    aliases: ['brain implants', 'implanted electrodes', 'neural implant', 'neural implants', 'intracranial electrodes', 'electrode array', 'Utah array'],
    field: 'neuroscience',
    definition:
      'A device put in or on the brain, often with tiny wires, to pick up nerve signals or send them. Brain-computer links use them.',
    seeAlso: ['brain-computer interface', 'deep brain stimulation'],
  },
  {
    term: 'electrocorticography',
    aliases: ['ECoG'],
    field: 'neuroscience',
    definition:
      'Recording brain activity with electrodes placed right on the brain\'s surface during surgery. It is much sharper than EEG from the scalp.',
    seeAlso: ['EEG', 'brain implant'],
  },
  {
    term: 'optogenetics',
    aliases: ['optogenetic', 'optogenetically'],
    field: 'neuroscience',
    definition:
      'A lab method that gives chosen nerve cells a protein that reacts to light. Then flashes of light can switch those cells on or off.',
    seeAlso: ['neural circuit', 'gene therapy'],
  },
  {
    term: 'chemogenetics',
    aliases: ['chemogenetic', 'DREADDs', 'DREADD'],
    field: 'neuroscience',
    definition:
      'A lab method that gives chosen nerve cells a new receptor. Then a drug can switch just those cells on or off.',
    seeAlso: ['optogenetics', 'neural circuit'],
  },
  {
    term: 'calcium imaging',
    field: 'neuroscience',
    definition:
      'Filming nerve cells with a dye or protein that glows when calcium rushes in, which shows which cells are firing.',
    seeAlso: ['action potential', 'fluorescence microscopy'],
  },
  {
    term: 'electrophysiology',
    aliases: ['electrophysiological', 'patch clamp', 'patch-clamp', 'single-unit recording'],
    field: 'neuroscience',
    definition:
      'Measuring the tiny electric signals of cells, such as nerve or heart cells. Thin wires or glass tubes pick them up.',
    seeAlso: ['action potential', 'ion channel'],
  },
  {
    term: 'brain organoid',
    aliases: ['brain organoids', 'cerebral organoid', 'cerebral organoids', 'mini-brain', 'mini-brains', 'mini brains'],
    field: 'neuroscience',
    definition:
      'A pea-sized clump of brain-like tissue grown from stem cells in a dish. It helps study brain growth and disease, but it cannot think.',
    seeAlso: ['organoid', 'stem cell'],
  },
  {
    term: 'essential tremor',
    aliases: ['tremor', 'tremors', 'shaking hands'],
    field: 'neuroscience',
    definition:
      'Shaking, often of the hands, that a person cannot control. Essential tremor is a common inherited kind; Parkinson\'s causes another kind.',
    seeAlso: ['Parkinson\'s disease', 'deep brain stimulation'],
    context: ['hands', 'hand', 'Parkinson\'s', 'essential', 'movement', 'neurological', 'disorder', 'patients', 'deep brain stimulation'],
    notIn: ['earth tremor', 'earth tremors', 'seismic tremor', 'seismic tremors'],
  },
  {
    term: 'dystonia',
    aliases: ['dystonic'],
    field: 'neuroscience',
    definition:
      'A movement problem in which muscles tighten on their own. This causes twisting or odd body positions.',
    seeAlso: ['basal ganglia', 'deep brain stimulation'],
  },
  {
    term: 'restless legs syndrome',
    aliases: ['restless leg syndrome', 'RLS', 'Willis-Ekbom disease'],
    field: 'neuroscience',
    definition:
      'An urge to move the legs, often with crawly feelings, that gets worse in the evening and at rest and can ruin sleep.',
    seeAlso: ['sleep disturbance', 'dopamine'],
  },
  {
    term: 'trigeminal neuralgia',
    field: 'neuroscience',
    definition:
      'Sudden, severe, shock-like face pain from a problem with the nerve that carries feeling from the face.',
    seeAlso: ['neuropathic pain'],
  },
  {
    term: 'cluster headache',
    aliases: ['cluster headaches'],
    field: 'neuroscience',
    definition:
      'Very severe pain around one eye that comes in bouts, often at the same time each day, for weeks at a time.',
    seeAlso: ['migraine'],
  },
  {
    term: 'tension headache',
    aliases: ['tension-type headache', 'tension headaches', 'tension-type headaches'],
    field: 'neuroscience',
    definition:
      'The most common headache: a dull, band-like pain around the head, often linked to stress or poor sleep.',
    seeAlso: ['migraine'],
  },
  {
    term: 'triptan',
    aliases: ['triptans', 'sumatriptan', 'frovatriptan', 'rizatriptan', 'zolmitriptan'],
    field: 'neuroscience',
    definition:
      'A kind of drug taken at the start of a migraine to stop it. Triptans narrow blood vessels and calm pain signals.',
    seeAlso: ['migraine', 'CGRP'],
  },
  {
    term: 'CGRP',
    aliases: ['calcitonin gene-related peptide', 'CGRP inhibitor', 'CGRP inhibitors', 'anti-CGRP', 'gepant', 'gepants', 'erenumab', 'fremanezumab', 'galcanezumab'],
    field: 'neuroscience',
    definition:
      'A messenger protein that drives migraine pain. Newer migraine drugs block it or its receptor.',
    seeAlso: ['migraine', 'triptan'],
  },
  {
    term: 'anticonvulsant',
    aliases: ['anticonvulsants', 'anti-seizure medication', 'anti-seizure medicines', 'antiepileptic', 'antiepileptic drugs', 'anti-epileptic drugs', 'topiramate', 'valproate', 'sodium valproate', 'divalproex', 'lamotrigine', 'levetiracetam', 'carbamazepine'],
    field: 'neuroscience',
    definition:
      'A drug that prevents seizures. Some are also used for migraine, nerve pain or bipolar disorder; valproate can harm an unborn baby.',
    seeAlso: ['epilepsy', 'mood stabiliser'],
  },
  {
    term: 'mood stabiliser',
    aliases: ['mood stabilizer', 'mood stabilisers', 'mood stabilizers', 'lithium carbonate', 'lithium treatment'],
    field: 'neuroscience',
    definition:
      'A drug that evens out the highs and lows of bipolar disorder. Lithium, the oldest, needs regular blood tests.',
    seeAlso: ['bipolar disorder', 'anticonvulsant'],
  },
  {
    term: 'clozapine',
    aliases: ['Clozaril'],
    field: 'neuroscience',
    definition:
      'An antipsychotic drug for schizophrenia that has not got better with other drugs. It needs regular blood tests because it can lower white blood cells.',
    seeAlso: ['antipsychotic', 'schizophrenia'],
  },
  {
    term: 'sleeping pill',
    aliases: ['sleeping pills', 'sleeping tablets', 'sleep medication', 'hypnotics', 'hypnotic drugs', 'z-drugs', 'zolpidem', 'zopiclone'],
    field: 'neuroscience',
    definition:
      'A drug to help people fall or stay asleep. Many are habit-forming and can cause falls and next-day drowsiness, so they are meant for short use.',
    seeAlso: ['insomnia', 'benzodiazepine', 'orexin'],
  },
  {
    term: 'electroconvulsive therapy',
    aliases: ['ECT', 'electroshock therapy', 'electroshock'],
    field: 'neuroscience',
    definition:
      'A treatment for severe depression. Under a general anaesthetic, a brief electric current sets off a short seizure. It works well but can affect memory.',
    seeAlso: ['depression', 'transcranial magnetic stimulation'],
  },
  {
    term: 'exposure therapy',
    aliases: ['prolonged exposure', 'exposure-based therapy'],
    field: 'neuroscience',
    definition:
      'A talking therapy where people face what they fear in small, safe steps, until the fear fades. It is used for phobias, OCD and PTSD.',
    seeAlso: ['cognitive behavioural therapy', 'phobia'],
  },
  {
    term: 'EMDR',
    aliases: ['eye movement desensitisation and reprocessing', 'eye movement desensitization and reprocessing'],
    field: 'neuroscience',
    definition:
      'A therapy for PTSD. People recall a trauma while they follow a moving light or finger with their eyes. It helps, but how it works is debated.',
    seeAlso: ['PTSD', 'psychotherapy'],
  },
  {
    term: 'dialectical behaviour therapy',
    aliases: ['dialectical behavior therapy', 'DBT'],
    field: 'neuroscience',
    definition:
      'A talking therapy that teaches skills to handle strong feelings and urges. It is used to help people who self-harm.',
    seeAlso: ['cognitive behavioural therapy', 'psychotherapy'],
  },
  {
    term: 'adverse childhood experiences',
    aliases: ['ACEs', 'adverse childhood experience', 'childhood adversity', 'childhood adversities', 'early-life adversity', 'early life stress', 'childhood trauma'],
    field: 'neuroscience',
    definition:
      'Hard events in childhood, such as abuse, neglect or a parent\'s mental illness. Having many is linked to worse health later in life.',
    seeAlso: ['PTSD', 'psychological resilience'],
  },
  {
    term: 'trauma',
    aliases: ['psychological trauma', 'emotional trauma', 'traumatic experience', 'traumatic experiences', 'traumatised', 'traumatized'],
    field: 'neuroscience',
    definition:
      'Deep distress after a frightening or harmful event, such as violence or disaster. Its effects can last long after the event.',
    seeAlso: ['PTSD', 'adverse childhood experiences'],
    context: ['psychological', 'emotional', 'PTSD', 'childhood', 'stress', 'abuse', 'mental', 'experience', 'experienced'],
    notIn: ['trauma centre', 'trauma center', 'trauma centres', 'trauma centers', 'trauma surgeon', 'trauma surgeons', 'trauma surgery', 'trauma unit', 'trauma team', 'major trauma', 'blunt trauma', 'physical trauma', 'head trauma'],
  },
  {
    term: 'stress response',
    aliases: ['stress reaction', 'stress system', 'acute stress'],
    field: 'neuroscience',
    definition:
      'The body\'s reaction to a threat: stress hormones rise, the heart speeds up and energy is freed up. Kept switched on for long, it can do harm.',
    seeAlso: ['cortisol', 'HPA axis', 'autonomic nervous system'],
  },
  {
    term: 'allostatic load',
    field: 'neuroscience',
    definition:
      'The wear and tear on the body from long-lasting stress. It is measured by combining signs such as blood pressure and stress hormones.',
    seeAlso: ['stress response', 'cortisol'],
  },
  {
    term: 'burnout',
    aliases: ['burn-out', 'burned out', 'burnt out'],
    field: 'neuroscience',
    definition:
      'Deep tiredness, a cynical mood and a sense of failing that come from long work stress. It is not a medical diagnosis.',
    seeAlso: ['stress response', 'depression'],
  },
  {
    term: 'rumination',
    aliases: ['ruminate', 'ruminating', 'repetitive negative thinking'],
    field: 'neuroscience',
    definition:
      'Going over the same worries or sad thoughts again and again. It feeds depression and anxiety.',
    seeAlso: ['depression', 'anxiety disorder'],
    context: ['thoughts', 'thinking', 'depression', 'anxiety', 'negative', 'worry', 'mind', 'mood', 'emotions'],
  },
  {
    term: 'catastrophising',
    aliases: ['catastrophizing', 'catastrophic thinking'],
    field: 'neuroscience',
    definition:
      'Expecting the worst and seeing a problem as far bigger than it is. In pain research it is linked to feeling more pain.',
    seeAlso: ['cognitive behavioural therapy', 'rumination'],
  },
  {
    term: 'emotion regulation',
    aliases: ['emotional regulation', 'emotion dysregulation', 'emotional dysregulation', 'regulate emotions', 'regulating emotions'],
    field: 'neuroscience',
    definition:
      'How people handle their feelings: noticing them, calming them or changing how strong they are.',
    seeAlso: ['dialectical behaviour therapy', 'prefrontal cortex'],
  },
  {
    term: 'impulsivity',
    aliases: ['impulsive', 'impulse control', 'impulsiveness'],
    field: 'neuroscience',
    definition:
      'Acting on a sudden urge without thinking about the results. It is part of ADHD and some addictions.',
    seeAlso: ['executive function', 'ADHD'],
  },
  {
    term: 'theory of mind',
    aliases: ['mentalising', 'mentalizing'],
    field: 'neuroscience',
    definition:
      'Knowing that other people have their own thoughts, wishes and beliefs, which may differ from yours. Children develop it around age four.',
    seeAlso: ['empathy', 'autism'],
  },
  {
    term: 'empathy',
    aliases: ['empathic', 'empathetic'],
    field: 'neuroscience',
    definition:
      'Sensing and sharing another person\'s feelings, and seeing things from their side.',
    seeAlso: ['theory of mind', 'mirror neuron'],
  },
  {
    term: 'attachment',
    aliases: ['attachment theory', 'attachment style', 'attachment styles', 'secure attachment', 'insecure attachment', 'attachment bond'],
    field: 'neuroscience',
    definition:
      'The emotional bond a child forms with a caregiver. A secure bond in early life is linked to better mental health later on.',
    seeAlso: ['neurodevelopment'],
    context: ['child', 'children', 'infant', 'infants', 'mother', 'parent', 'parents', 'caregiver', 'secure', 'insecure', 'style', 'theory', 'bond'],
  },
  {
    term: 'cognitive bias',
    aliases: ['cognitive biases', 'confirmation bias', 'optimism bias', 'negativity bias', 'anchoring bias'],
    field: 'neuroscience',
    definition:
      'A habit of thinking that tilts our judgement one way. For example, we tend to notice only the facts that fit what we already believe.',
    seeAlso: ['bias', 'heuristic'],
  },
  {
    term: 'learned helplessness',
    field: 'neuroscience',
    definition:
      'Giving up trying after repeated failures that seemed out of one\'s control, even when change later becomes possible. It is linked to depression.',
    seeAlso: ['depression'],
  },
  {
    term: 'prosopagnosia',
    aliases: ['face blindness', 'face-blind', 'faceblindness'],
    field: 'neuroscience',
    definition:
      'Trouble recognising faces, even of close family. Some people are born with it; others get it after brain injury.',
    seeAlso: ['neurodivergent'],
  },
  {
    term: 'synaesthesia',
    aliases: ['synesthesia', 'synaesthete', 'synesthete', 'synaesthetes'],
    field: 'neuroscience',
    definition:
      'When one sense sets off another, such as seeing colours when hearing music or tasting words.',
    seeAlso: ['neurodivergent'],
  },
  {
    term: 'aphantasia',
    aliases: ['aphantasic', 'hyperphantasia', 'mind\'s eye'],
    field: 'neuroscience',
    definition:
      'Being unable to picture things in the mind\'s eye. About 1 in 50 people have it, often without knowing.',
    seeAlso: ['neurodivergent'],
  },
  {
    term: 'delirium',
    aliases: ['delirious', 'acute confusion'],
    field: 'neuroscience',
    definition:
      'Sudden confusion and muddled thinking. It often hits older people in hospital, after an operation or an illness. It can speed up dementia.',
    seeAlso: ['dementia', 'cognitive decline'],
  },
  {
    term: 'intellectual disability',
    aliases: ['intellectual disabilities', 'learning disability', 'learning disabilities'],
    field: 'neuroscience',
    definition:
      'Lasting limits to thinking skills and everyday skills that start in childhood. It ranges from mild to profound.',
    seeAlso: ['neurodevelopment', 'Down syndrome'],
  },
  {
    term: 'developmental delay',
    aliases: ['developmental delays', 'delayed development'],
    field: 'neuroscience',
    definition:
      'When a child is slower than usual to reach steps such as walking, talking or social skills. Early help can make a big difference.',
    seeAlso: ['neurodevelopment', 'intellectual disability'],
    context: ['child', 'children', 'toddlers', 'infants', 'babies', 'walking', 'talking', 'speech', 'language', 'milestones', 'development'],
  },
  {
    term: 'neurodevelopmental disorder',
    aliases: ['neurodevelopmental disorders', 'neurodevelopmental conditions', 'neurodevelopmental condition'],
    field: 'neuroscience',
    definition:
      'A condition that comes from differences in how the brain grows in early life. Autism and ADHD are examples.',
    seeAlso: ['neurodevelopment', 'autism', 'ADHD'],
  },
  {
    term: 'stuttering',
    aliases: ['stammer', 'stammering', 'stutter'],
    field: 'neuroscience',
    definition:
      'A speech condition where sounds or words are repeated, stretched or blocked. It often starts in childhood; many grow out of it.',
    seeAlso: ['neurodevelopment'],
  },
  {
    term: 'sensory processing',
    aliases: ['sensory processing disorder', 'sensory overload', 'sensory sensitivity', 'sensory sensitivities'],
    field: 'neuroscience',
    definition:
      'How the brain takes in and makes sense of sights, sounds, touch and smells. Some people, often autistic, feel them far more strongly.',
    seeAlso: ['autism', 'neurodivergent'],
  },
  {
    term: 'personality disorder',
    aliases: ['personality disorders', 'borderline personality disorder', 'BPD', 'emotionally unstable personality disorder', 'antisocial personality disorder'],
    field: 'neuroscience',
    definition:
      'A lasting way of thinking, feeling and getting on with others that keeps causing problems. The borderline type brings strong, fast-changing moods.',
    seeAlso: ['dialectical behaviour therapy', 'psychotherapy'],
  },
  {
    term: 'psychopathy',
    aliases: ['psychopath', 'psychopaths', 'psychopathic', 'psychopathic traits', 'callous-unemotional traits'],
    field: 'neuroscience',
    definition:
      'A personality type marked by little empathy or guilt, shallow feelings and bold, reckless acts. It is a research term, not a formal diagnosis.',
    seeAlso: ['personality disorder', 'empathy'],
  },
  {
    term: 'apathy',
    aliases: ['apathetic'],
    field: 'neuroscience',
    definition:
      'A loss of interest, drive and feeling. It is common in dementia, Parkinson\'s and depression. It is often mistaken for laziness.',
    seeAlso: ['depression', 'dementia'],
    context: ['dementia', 'Parkinson\'s', 'depression', 'symptoms', 'patients', 'brain', 'motivation', 'stroke'],
  },
  {
    term: 'agitation',
    aliases: ['agitated', 'restlessness'],
    field: 'neuroscience',
    definition:
      'Being restless, tense and upset, often pacing or lashing out. It is common in late dementia and can be hard to treat.',
    seeAlso: ['dementia', 'delirium'],
    context: ['dementia', 'patients', 'Alzheimer\'s', 'symptoms', 'residents', 'care', 'antipsychotics', 'delirium', 'behaviour'],
  },
  {
    term: 'seizure',
    aliases: ['seizures', 'convulsion', 'convulsions', 'epileptic seizure', 'epileptic seizures', 'febrile seizures'],
    field: 'neuroscience',
    definition:
      'A sudden burst of electrical activity in the brain that the person cannot control. It can cause shaking, staring spells or passing out.',
    seeAlso: ['epilepsy', 'anticonvulsant'],
    context: ['epilepsy', 'brain', 'seizure', 'seizures', 'convulsions', 'epileptic', 'anticonvulsant', 'patients', 'children', 'fever', 'neurologist'],
    notIn: ['drug seizure', 'drug seizures', 'seizure of', 'seizures of', 'asset seizure'],
  },
  {
    term: 'status epilepticus',
    field: 'neuroscience',
    definition:
      'A seizure that lasts more than five minutes, or seizures one after another with no break between. It is an emergency.',
    seeAlso: ['seizure', 'epilepsy'],
  },
  {
    term: 'cannabidiol',
    aliases: ['CBD oil', 'CBD products'],
    field: 'neuroscience',
    definition:
      'A chemical in cannabis that does not make people high. A purified form treats rare childhood epilepsies; proof for most other claims is weak.',
    seeAlso: ['cannabis', 'THC'],
  },
  {
    term: 'THC',
    aliases: ['tetrahydrocannabinol', 'delta-9-THC', 'delta-9 THC'],
    field: 'neuroscience',
    definition:
      'The main chemical in cannabis that makes people high. High-strength cannabis has much more THC than it did decades ago.',
    seeAlso: ['cannabis', 'cannabidiol'],
  },
  {
    term: 'cannabis',
    aliases: ['marijuana', 'medical cannabis', 'medicinal cannabis', 'cannabis use', 'cannabis users', 'recreational cannabis', 'cannabinoid', 'cannabinoids'],
    field: 'neuroscience',
    definition:
      'A plant drug smoked, vaped or eaten for its effects on mood. Heavy use of strong cannabis is linked to psychosis in some people.',
    seeAlso: ['THC', 'cannabidiol', 'psychosis'],
  },
  {
    term: 'microdosing',
    aliases: ['microdose', 'microdoses', 'microdosed'],
    field: 'neuroscience',
    definition:
      'Taking tiny amounts of a psychedelic drug, too small to cause a trip, in the hope of better mood or focus. Blinded trials so far find little beyond placebo.',
    seeAlso: ['psychedelic', 'placebo effect'],
  },
  {
    term: 'withdrawal',
    aliases: ['withdrawal symptoms', 'drug withdrawal', 'antidepressant withdrawal', 'discontinuation symptoms'],
    field: 'neuroscience',
    definition:
      'The unpleasant symptoms when someone stops or cuts back a drug their body has got used to. They can be mild or dangerous.',
    seeAlso: ['addiction', 'tolerance'],
    context: ['symptoms', 'drug', 'drugs', 'alcohol', 'opioid', 'opioids', 'antidepressants', 'nicotine', 'stopping', 'dependence', 'addiction', 'medication'],
  },
  {
    term: 'tolerance',
    aliases: ['build up tolerance', 'built up a tolerance'],
    field: 'neuroscience',
    definition:
      'When the body gets used to a drug, so the same dose has less effect and more is needed.',
    seeAlso: ['withdrawal', 'addiction'],
    context: ['drug', 'drugs', 'dose', 'doses', 'opioid', 'opioids', 'alcohol', 'caffeine', 'addiction'],
  },
  {
    term: 'craving',
    aliases: ['cravings', 'drug craving', 'alcohol craving'],
    field: 'neuroscience',
    definition:
      'A strong urge to use a drug, drink or food. It is a core part of addiction and a common cause of relapse.',
    seeAlso: ['addiction', 'reward system'],
  },
  {
    term: 'alcohol use disorder',
    aliases: ['alcohol dependence', 'alcohol addiction', 'alcoholism', 'problem drinking', 'harmful drinking'],
    field: 'neuroscience',
    definition:
      'When drinking is hard to control and keeps going despite harm to health, work or family. It ranges from mild to severe.',
    seeAlso: ['addiction', 'withdrawal'],
  },
  {
    term: 'gambling disorder',
    aliases: ['problem gambling', 'gambling addiction', 'compulsive gambling', 'gaming disorder', 'gaming addiction'],
    field: 'neuroscience',
    definition:
      'When gambling gets out of control and harms money, work or family, much like a drug addiction. Video gaming can do this for some people.',
    seeAlso: ['addiction', 'reward system'],
  },
  {
    term: 'gut-brain axis',
    aliases: ['gut-brain connection', 'microbiota-gut-brain axis', 'brain-gut axis', 'gut brain axis'],
    field: 'neuroscience',
    definition:
      'The two-way link between the gut and the brain through nerves, hormones and immune signals. Gut microbes may affect mood, but human proof is early.',
    seeAlso: ['microbiome', 'vagus nerve'],
  },
  {
    term: 'vasopressin',
    aliases: ['antidiuretic hormone', 'ADH'],
    field: 'neuroscience',
    definition:
      'A hormone made in the brain that makes the kidneys hold on to water. It also plays a part in bonding and social behaviour.',
    seeAlso: ['oxytocin', 'hypothalamus'],
  },
  {
    term: 'adolescent brain',
    aliases: ['teenage brain', 'teen brain', 'adolescent brain development'],
    field: 'neuroscience',
    definition:
      'The brain in the teen years, when it is still rewiring. Areas for reward mature early and those for self-control later, into the mid-20s.',
    seeAlso: ['prefrontal cortex', 'synaptic pruning'],
  },
  {
    term: 'superager',
    aliases: ['superagers', 'super-agers', 'super agers'],
    field: 'neuroscience',
    definition:
      'An older person, often over 80, whose memory is as good as that of people decades younger. Studies look at their brains for clues.',
    seeAlso: ['cognitive reserve', 'cognitive decline'],
  },
  {
    term: 'brain age',
    aliases: ['brain age gap', 'brain-age', 'older brain', 'brain ageing'],
    field: 'neuroscience',
    definition:
      'An estimate of how old a brain looks on a scan, compared with the person\'s real age. An older-looking brain is linked to worse health.',
    seeAlso: ['biological age', 'brain scan'],
  },
  {
    term: 'neurofilament light',
    aliases: ['neurofilament light chain', 'NfL', 'neurofilament', 'neurofilaments'],
    field: 'neuroscience',
    definition:
      'A protein that leaks into the blood when nerve cells are damaged. Blood tests for it help track diseases like MS and ALS.',
    seeAlso: ['biomarker', 'neurodegeneration'],
  },
  {
    term: 'p-tau',
    aliases: ['p-tau217', 'p-tau181', 'phosphorylated tau', 'Alzheimer\'s blood test', 'blood test for Alzheimer\'s', 'blood tests for Alzheimer\'s'],
    field: 'neuroscience',
    definition:
      'A form of the tau protein found in blood and spinal fluid. Levels rise early in Alzheimer\'s, so it is the basis of new blood tests.',
    seeAlso: ['tau', 'Alzheimer\'s disease', 'biomarker'],
  },
  {
    term: 'amyloid PET',
    aliases: ['amyloid PET scan', 'amyloid scan', 'amyloid scans', 'tau PET', 'PET amyloid'],
    field: 'neuroscience',
    definition:
      'A brain scan that uses a faint radioactive tracer to show amyloid or tau build-up in the brain. It helps confirm Alzheimer\'s disease.',
    seeAlso: ['amyloid', 'PET scan', 'tau'],
  },
  {
    term: 'neurotoxicity',
    aliases: ['neurotoxic', 'neurotoxin', 'neurotoxins', 'neurotoxicant'],
    field: 'neuroscience',
    definition:
      'Harm to the brain or nerves from a substance, such as some metals, pesticides, drugs or venoms.',
    seeAlso: ['neuron', 'neurodegeneration'],
  },
  {
    term: 'neural tube defect',
    aliases: ['neural tube defects', 'spina bifida', 'anencephaly'],
    field: 'neuroscience',
    definition:
      'A birth defect of the brain or spine that forms in the first month of pregnancy. Taking folic acid before and early in pregnancy cuts the risk.',
    seeAlso: ['neurodevelopment'],
  },
  {
    term: 'sudden infant death syndrome',
    aliases: ['SIDS', 'cot death', 'crib death', 'sudden unexpected infant death', 'SUDI'],
    field: 'neuroscience',
    definition:
      'The sudden, unexplained death of a healthy baby during sleep. Putting babies to sleep on their backs has cut the risk sharply.',
    seeAlso: ['sleep deprivation'],
  },
  {
    term: 'neuroethics',
    aliases: ['neuroethicist', 'neurorights', 'neural data'],
    field: 'neuroscience',
    definition:
      'The study of right and wrong in brain science. It asks, for example, how to keep brain data private, or whether implants should change the mind.',
    seeAlso: ['brain implant', 'brain-computer interface'],
  },
  {
    term: 'consciousness',
    aliases: ['conscious awareness', 'conscious experience', 'level of consciousness', 'disorders of consciousness', 'minimally conscious state', 'vegetative state'],
    field: 'neuroscience',
    definition:
      'Being aware of yourself and the world. Brain injury can leave people in states of low awareness, which scans can sometimes detect.',
    seeAlso: ['brain scan', 'cortex'],
    context: ['brain', 'aware', 'awareness', 'patients', 'coma', 'scientists', 'theory', 'neurons', 'anaesthesia', 'sleep', 'mind', 'neuroscience'],
  },
  {
    term: 'coma',
    aliases: ['comatose', 'induced coma', 'medically induced coma'],
    field: 'neuroscience',
    definition:
      'A deep state of unconsciousness in which a person cannot be woken and does not respond. It is often caused by brain injury.',
    seeAlso: ['consciousness', 'traumatic brain injury'],
    context: ['patients', 'patient', 'brain', 'injury', 'unconscious', 'woke', 'awoke', 'hospital', 'induced', 'doctors', 'consciousness', 'weeks', 'days'],
  },
  {
    term: 'brain death',
    aliases: ['brain dead', 'brain-dead', 'brainstem death'],
    field: 'neuroscience',
    definition:
      'The complete and permanent loss of all brain function, including the brainstem. In most countries it is legal death.',
    seeAlso: ['brainstem', 'coma'],
  },
];
