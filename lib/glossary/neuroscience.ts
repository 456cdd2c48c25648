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
    aliases: ['neurotransmitters', 'acetylcholine', 'glutamate', 'GABA'],
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
    aliases: ['glial cells', 'glial', 'microglia', 'astrocyte', 'astrocytes'],
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
    aliases: ['dementias', 'vascular dementia', 'frontotemporal dementia', 'Lewy body dementia'],
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
    aliases: ['cognitive function', 'cognition', 'cognitive ability', 'cognitive abilities', 'cognitive performance'],
    field: 'neuroscience',
    definition:
      'Cognition means thinking skills: memory, attention, reasoning. Cognitive decline is when they get worse over time.',
    seeAlso: ['cognitive impairment', 'dementia'],
  },
  {
    term: 'cognitive impairment',
    aliases: ['mild cognitive impairment', 'MCI', 'memory loss', 'memory problems'],
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
    aliases: ['epileptic', 'seizure', 'seizures'],
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
    aliases: ['TBI', 'brain injury', 'concussion', 'concussions', 'head injury'],
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
    aliases: ['brain-computer interfaces', 'BCI', 'brain implant', 'brain implants', 'neural implant', 'Neuralink'],
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
    aliases: ['major depressive disorder', 'clinical depression', 'depressive', 'depressed', 'postpartum depression', 'post-partum depression', 'perinatal depression'],
    field: 'neuroscience',
    definition:
      'An illness of lasting low mood and loss of interest, which affects sleep, energy and thinking. It is more than feeling sad and can be treated.',
    seeAlso: ['antidepressant'],
    context: ['mental', 'mood', 'anxiety', 'symptoms', 'patients', 'antidepressant', 'antidepressants', 'therapy', 'treatment', 'health', 'psychiatric', 'suicide', 'risk', 'diagnosed', 'people'],
  },
  {
    term: 'anxiety disorder',
    aliases: ['anxiety disorders', 'generalised anxiety disorder', 'generalized anxiety disorder', 'panic disorder'],
    field: 'neuroscience',
    definition:
      'A mental illness where worry or fear is strong and lasting enough to get in the way of daily life.',
  },
  {
    term: 'antidepressant',
    aliases: ['antidepressants', 'SSRI', 'SSRIs', 'selective serotonin reuptake inhibitor', 'fluoxetine', 'Prozac', 'sertraline', 'SNRI', 'venlafaxine', 'duloxetine'],
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
    aliases: ['neuropathy', 'nerve damage', 'neuropathic pain'],
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
    aliases: ['neurodevelopmental', 'neurodevelopmental disorder', 'brain development'],
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
    aliases: ['reward system', 'reward circuit', 'brain reward system'],
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
];
