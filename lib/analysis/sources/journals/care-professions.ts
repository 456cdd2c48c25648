// Veterinary medicine, dentistry, nursing, pharmacy, rehabilitation, imaging, eyes, ears and skin beyond the medicine lists: one journal a line.
export default `
Veterinary Journal|The Veterinary Journal
Veterinary Quarterly
Veterinary Microbiology
Veterinary Parasitology
Veterinary Pathology
Veterinary Surgery
Veterinary Dermatology
Veterinary Ophthalmology
Veterinary and Comparative Oncology
Veterinary Anaesthesia and Analgesia
Veterinary Research
Veterinary Sciences
Veterinary Record Open
Veterinary Clinics of North America: Small Animal Practice
Journal of Small Animal Practice
Journal of Feline Medicine and Surgery
Equine Veterinary Journal
Journal of Equine Veterinary Science
American Journal of Veterinary Research
Canadian Veterinary Journal
Australian Veterinary Journal
New Zealand Veterinary Journal
Transboundary and Emerging Diseases
Zoonoses and Public Health
Journal of Applied Animal Welfare Science
Theriogenology
Domestic Animal Endocrinology
Avian Diseases
Avian Pathology
Journal of Zoo and Wildlife Medicine
Journal of Veterinary Behavior
Tierärztliche Praxis|Tierarztliche Praxis
Berliner und Münchener Tierärztliche Wochenschrift|Berliner und Munchener Tierarztliche Wochenschrift
British Dental Journal
Journal of Dentistry
Journal of Periodontal Research
Clinical Oral Investigations
Clinical Oral Implants Research
International Journal of Oral and Maxillofacial Surgery
Journal of Oral and Maxillofacial Surgery
Oral Diseases
Caries Research
Community Dentistry and Oral Epidemiology
Dental Materials
International Endodontic Journal
American Journal of Orthodontics and Dentofacial Orthopedics
European Journal of Orthodontics
Journal of Prosthetic Dentistry|The Journal of Prosthetic Dentistry
Journal of Evidence-Based Dental Practice
International Dental Journal
JDR Clinical & Translational Research|JDR Clinical and Translational Research
Deutsche Zahnärztliche Zeitschrift|Deutsche Zahnarztliche Zeitschrift
Nursing Outlook
Journal of Clinical Nursing
International Journal of Nursing Practice
Nurse Education Today
Journal of Nursing Scholarship
Journal of Nursing Management
Western Journal of Nursing Research
Nursing Open
Worldviews on Evidence-Based Nursing
American Journal of Critical Care
Intensive and Critical Care Nursing
Research in Nursing & Health|Research in Nursing and Health
Journal of Hospice & Palliative Nursing|Journal of Hospice and Palliative Nursing
American Journal of Health-System Pharmacy
Annals of Pharmacotherapy
Journal of the American Pharmacists Association
International Journal of Clinical Pharmacy
Research in Social and Administrative Pharmacy
BJGP Open
Disability and Rehabilitation
Journal of Rehabilitation Medicine
American Journal of Physical Medicine & Rehabilitation|American Journal of Physical Medicine and Rehabilitation
Neurorehabilitation and Neural Repair
Journal of Physiotherapy
Occupational Therapy International
American Journal of Occupational Therapy
Radiology: Cardiothoracic Imaging
Radiology: Imaging Cancer
RadioGraphics
Journal of the American College of Radiology
British Journal of Radiology
Magnetic Resonance in Medicine
Journal of Magnetic Resonance Imaging
American Journal of Neuroradiology
European Journal of Nuclear Medicine and Molecular Imaging
Ultrasound in Medicine & Biology|Ultrasound in Medicine and Biology
Insights into Imaging
Progress in Retinal and Eye Research
Acta Ophthalmologica
Journal of Cataract & Refractive Surgery|Journal of Cataract and Refractive Surgery
Ophthalmology Retina
Ophthalmology Glaucoma
Survey of Ophthalmology
Translational Vision Science & Technology|Translational Vision Science and Technology
Ophthalmic and Physiological Optics
Clinical and Experimental Ophthalmology
Graefe's Archive for Clinical and Experimental Ophthalmology
Journal of the Association for Research in Otolaryngology
International Journal of Audiology
Trends in Hearing
Otology & Neurotology|Otology and Neurotology
Journal of the European Academy of Dermatology and Venereology
JAAD International
American Journal of Clinical Dermatology
Skin Research and Technology
International Journal of Dermatology
Melanoma Research
Pigment Cell & Melanoma Research|Pigment Cell and Melanoma Research
Journal der Deutschen Dermatologischen Gesellschaft
`;
