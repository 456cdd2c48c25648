// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleIn } from './people';

const names = (s: string, de = false) => peopleIn(s, undefined, { de }).map((p) => p.name);

describe('researchers named in a list', () => {
  it('gives every name of a list what is said of one of them', () => {
    expect(names('In a commentary, Sonia Ade and Salim Yeboah of McMaster University said the forecast was dismal.')).toEqual(['Salim Yeboah', 'Sonia Ade']);
    expect(names('The work was founded by Jean-Luc Sarr of the university and Joan Mestre of Vall Hospital in Barcelona.').sort()).toEqual(['Jean-Luc Sarr', 'Joan Mestre']);
  });

  it('reads a role said of the whole list, before or after it', () => {
    expect(names('So the professor and two graduate students, Nathan Pryce and Ana Gomez, worked for years on a method.')).toEqual(['Nathan Pryce', 'Ana Gomez']);
    expect(names('Haley Scotton and Danel Vorhees are co-authors on the paper.')).toEqual(['Haley Scotton', 'Danel Vorhees']);
    expect(names('Paula Emmerton and Vicky Crabbe, the nutritionists who conducted the research, said salt was the problem.')).toEqual(['Vicky Crabbe', 'Paula Emmerton']);
    expect(names('This is according to a study by Kyoung-Han Kwan and Yun Hye Kwan in the journal Cell Research.')).toEqual(['Kyoung-Han Kwan', 'Yun Hye Kwan']);
    expect(names('It was developed with surgeons Drs. David Grantham and Anand Ghosh from the children’s hospital.')).toEqual(['David Grantham', 'Anand Ghosh']);
  });

  it('reads lists with credentials and lists of three or more', () => {
    expect(names('The team also included Karyn Robbins, MS and Stephanie Yates, MS, of the Nemours research unit.')).toContain('Stephanie Yates');
    expect(names('Robin Fells, MBA, and Kara Lewes, PhD, are co-authors.')).toEqual(['Robin Fells', 'Kara Lewes']);
    expect(names('Other investigators included Rodrigo Cerro, Richard Georgiou, Andrea Vavra and Julie Millar.')).toEqual(['Rodrigo Cerro', 'Richard Georgiou', 'Andrea Vavra', 'Julie Millar']);
  });

  it('keeps out names a list does not make scientists', () => {
    // A comma alone joins a name and its job, not two people.
    expect(names('Victoria Tanner, Senior Dietician at the charity, said it was best to avoid sugary drinks.')).toEqual(['Victoria Tanner']);
    // The one without the title the others carry is a patient here.
    expect(names('Dr Emily Hendry, Dr Arthur Roath and Caroline Maxey are available for interview.')).toEqual(['Emily Hendry', 'Arthur Roath']);
    expect(names('Robin Ronn, PhD student in Classical Archaeology and Ancient History at the University of Gothenburg, said it was a mystery.')).toEqual(['Robin Ronn']);
    expect(names('According to U.S. News & World Report, the school is among the top ten.')).toEqual([]);
    expect(names('Researchers quizzed 187 players from eight clubs including Man Utd and West Ham.')).toEqual([]);
    expect(names('Former Arsenal striker Robin van Persie had his wisdom teeth pulled.')).toEqual([]);
    expect(names('say Andreas Lund from the University of Southern Denmark and Lisa Berg from the University of Sydney.').sort()).toEqual(['Andreas Lund', 'Lisa Berg']);
    expect(names("University of Sydney researcher Lisa Berg and the University of Southern Denmark's Andreas Lund said more work was needed.").sort()).toEqual(['Andreas Lund', 'Lisa Berg']);
    expect(names('Dr. Punita Pond works in Great Neck, N.Y. She stressed that breast milk is best.')).toEqual(['Punita Pond']);
  });
});

describe('researchers with initials, short names and capitalised posts', () => {
  it('reads joined initials and two-letter names', () => {
    expect(names('The work was led by Bernard M.Y. Cheng of the University of Hong Kong.')).toEqual(['Bernard M.Y. Cheng']);
    expect(names('“It is a remarkable signal,” says Di Li, the project’s chief scientist.')).toEqual(['Di Li']);
    expect(names("The study's lead author, Dr. Anthony S.L. Tan of the University of Ottawa, explained this.")).toEqual(['Anthony S.L. Tan']);
  });

  it('allows a month or a compass word in a scientist’s name', () => {
    expect(names('Researcher May Griffiths, PhD, of the Ottawa Hospital Research Institute, led the trial.')).toEqual(['May Griffiths']);
    expect(names('H. Jack West, an oncologist at a Seattle hospital, said it changes practice.')).toEqual(['H. Jack West']);
    expect(names('In May Smith said nothing.')).toEqual([]);
  });

  it('reads a British post written in capitals and a role before a quoted name', () => {
    expect(names('Bryan Willis, Professor of medicine at the University of Leicester, said the rules matter.')).toEqual(['Bryan Willis']);
    expect(peopleIn('Lead author Fiona Jonson said: ‘Time spent indoors may matter.’')[0]).toMatchObject({ name: 'Fiona Jonson', strong: true, role: 'lead author' });
  });
});

describe('names with particles and articles', () => {
  it('reads Welsh "ap", Arabic "al-"/"el-" and "bin", and "de la" whole, and no first name alone beside them', () => {
    expect(names('"You do not gather a thousand sling stones for fun," said Dr Rhiannon ap Gwilym of Cardiff University.')).toEqual(['Rhiannon ap Gwilym']);
    expect(names('Dr Hamid al-Rashidi, a consultant cardiologist who was not involved, said the findings were useful.')).toEqual(['Hamid al-Rashidi']);
    expect(names('Professor Amr el-Sayed said so, and Dr Ahmad bin Ismail agreed.')).toEqual(['Amr el-Sayed', 'Ahmad bin Ismail']);
    expect(names('The work was led by Dr Maria de la Fuente of the University of Seville.')).toEqual(['Maria de la Fuente']);
  });

  it('reads a scientist who speaks for a collaboration by the title after "spokesperson", not a titled politician', () => {
    expect(names('Co-spokesperson Professor Rintaro Fujisawa (KEK) said the Japanese groups built the detector.')).toEqual(['Rintaro Fujisawa']);
    expect(names('Spokesperson Jane Miller said the company was pleased.')).toEqual([]);
    expect(names('Mayor Dr Ellen Price said so.')).toEqual([]);
    expect(names('The Department for Environment, Food and Rural Affairs said concentrations had fallen.')).toEqual([]);
  });
});

describe('researchers in German', () => {
  it('reads German roles, titles and speech', () => {
    expect(names('„Das hat uns überrascht“, sagt Studienleiterin Anna Roth von der Universität Bonn.', true)).toEqual(['Anna Roth']);
    expect(names('Wie Prof. Dr. Hans Müller erklärt, sank das Risiko deutlich.', true)).toEqual(['Hans Müller']);
    expect(names('Die Forschenden um Lena Vogt haben 500 Kinder untersucht.', true)).toEqual(['Lena Vogt']);
    expect(names('Der Biologe Jan Keller und die Ärztin Eva Brandt werteten die Daten aus.', true)).toEqual(['Jan Keller', 'Eva Brandt']);
  });

  it('reads a role after a possessive: "Ihre Doktorandin Ronja Fiedler", not a relative', () => {
    expect(names('Ihre Doktorandin Ronja Fiedler, die seit drei Jahren in der Gruppe forscht, bestätigt das.', true)).toEqual(['Ronja Fiedler']);
    expect(names('Seine Kollegin Dr. Mara Voss sagt, das sei neu.', true)).toEqual(['Mara Voss']);
    expect(names('Ihre Tochter Lena Fiedler bestätigt das.', true)).toEqual([]);
  });
});
