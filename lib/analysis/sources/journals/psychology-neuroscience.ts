// Psychology, cognitive science, neuroscience and psychiatry beyond the clinical-behaviour and life-sciences lists: one journal a line.
export default `
Journal of Experimental Psychology: Learning, Memory, and Cognition
Journal of Experimental Psychology: Human Perception and Performance
Journal of Experimental Psychology: Applied
Journal of Applied Psychology
Journal of Counseling Psychology
Journal of Personality
Journal of Social Psychology|The Journal of Social Psychology
European Journal of Social Psychology
British Journal of Social Psychology
British Journal of Psychology
British Journal of Developmental Psychology
British Journal of Clinical Psychology
British Journal of Health Psychology
Quarterly Journal of Experimental Psychology
Journal of Cognition
Cognitive Research: Principles and Implications
Cognition and Emotion|Cognition & Emotion
Emotion Review
Motivation and Emotion
Social Cognitive and Affective Neuroscience
Cognitive, Affective, & Behavioral Neuroscience|Cognitive, Affective and Behavioral Neuroscience
Journal of Vision
Vision Research
i-Perception
Consciousness and Cognition
Neuroscience of Consciousness
Thinking & Reasoning|Thinking and Reasoning
Judgment and Decision Making
Journal of Behavioral Decision Making
Organizational Behavior and Human Decision Processes
Journal of Economic Psychology
Journal of Consumer Psychology
Journal of Experimental Child Psychology
Child Development Perspectives
Infant Behavior and Development
Developmental Cognitive Neuroscience
Development and Psychopathology
Journal of Abnormal Child Psychology
Research on Child and Adolescent Psychopathology
Journal of Clinical Child & Adolescent Psychology|Journal of Clinical Child and Adolescent Psychology
Journal of Adolescence
Journal of Research on Adolescence
Psychology and Aging
Aging & Mental Health|Aging and Mental Health
International Journal of Geriatric Psychiatry
American Journal of Geriatric Psychiatry
Neuropsychology Review
Journal of the International Neuropsychological Society
Archives of Clinical Neuropsychology
Journal of Clinical and Experimental Neuropsychology
Journal of Psychopathology and Clinical Science
Clinical Psychology: Science and Practice
Cognitive Therapy and Research
Journal of Behavior Therapy and Experimental Psychiatry
Psychotherapy and Psychosomatics
Psychotherapy Research
Journal of Traumatic Stress
Psychological Trauma: Theory, Research, Practice, and Policy
European Journal of Psychotraumatology
Stress and Health
Psychoneuroendocrinology
Hormones and Behavior
Frontiers in Psychology
Frontiers in Psychiatry
Frontiers in Human Neuroscience
Frontiers in Neuroscience
Frontiers in Aging Neuroscience
Frontiers in Behavioral Neuroscience
Frontiers in Cellular Neuroscience
Frontiers in Molecular Neuroscience
Frontiers in Neural Circuits
Frontiers in Neurology
Frontiers in Systems Neuroscience
Frontiers in Neuroinformatics
Advances in Methods and Practices in Psychological Science
Nature Reviews Psychology
Self and Identity
Group Processes & Intergroup Relations|Group Processes and Intergroup Relations
Journal of Cross-Cultural Psychology
Culture and Brain
Psychology of Music
Music Perception
Psychology of Aesthetics, Creativity, and the Arts
Creativity Research Journal
Journal of Intelligence
Learning and Individual Differences
Educational Psychology Review
Contemporary Educational Psychology
Mind, Brain, and Education
Journal of Sex Research
Sexual and Relationship Therapy
Journal of Social and Personal Relationships
Personal Relationships
Evolutionary Psychological Science
Schizophrenia Bulletin Open
npj Schizophrenia
Psychiatry Research
Psychiatry Research: Neuroimaging
Comprehensive Psychiatry
Journal of Psychiatric Research
Australian & New Zealand Journal of Psychiatry|Australian and New Zealand Journal of Psychiatry
Canadian Journal of Psychiatry
Social Psychiatry and Psychiatric Epidemiology
Epidemiology and Psychiatric Sciences
BJPsych Open
BJPsych Bulletin
Evidence-Based Mental Health
BMJ Mental Health
Psychiatric Services
Community Mental Health Journal
Journal of Mental Health
Early Intervention in Psychiatry
Eating and Weight Disorders
European Eating Disorders Review
Journal of Eating Disorders
Addictive Behaviors
Addiction Biology
Journal of Behavioral Addictions
International Journal of Mental Health and Addiction
Journal of Gambling Studies
Archives of Suicide Research
Journal of Neurodevelopmental Disorders
Autism in Adulthood
Research in Developmental Disabilities
Journal of Intellectual Disability Research
Journal of Neuroscience Methods
Journal of Neuroscience Research
Neurobiology of Learning and Memory
Learning & Memory|Learning and Memory
Behavioural Brain Research
Neuropsychobiology
Progress in Neuro-Psychopharmacology and Biological Psychiatry
Journal of Psychiatry & Neuroscience|Journal of Psychiatry and Neuroscience
Network Neuroscience
Imaging Neuroscience
NeuroImage: Clinical
Brain Structure and Function
Brain Topography
Journal of Neural Transmission
Journal of Comparative Neurology
Neural Development
Neuroscientist|The Neuroscientist
Annual Review of Clinical Psychology
Annual Review of Vision Science
Annual Review of Developmental Psychology
Annual Review of Linguistics
Language Learning
Bilingualism: Language and Cognition
Journal of Child Language
Applied Psycholinguistics
Journal of Speech, Language, and Hearing Research
Collabra: Psychology
`;
