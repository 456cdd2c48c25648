/**
 * Names written as a list ("A, B, and C", "Drs. A and B", "A of X and B of Y, co-authors of the study"):
 * what the story says of one of them, or of the whole list, holds for every name in it.
 */
import { CREDENTIAL } from './people-words';

/** A candidate name with its place in the sentence. */
export interface Listed {
  name: string;
  at: number;
  end: number;
}

// Between two names of a list: credentials, a bracket, "of <place>", then a comma or "and".
const CRED = String.raw`(?:,?\s*(?:${CREDENTIAL}|Jr\.?)(?![\p{L}]))`;
const GAP = new RegExp(
  String.raw`^${CRED}*(?:\s*\([^)]{0,40}\))?(?:,?\s+(?:of|from|at|with|von der|vom|von|an der)\s+(?:the\s+)?[^,;()]{2,80}?)?${CRED}*\s*(?:,\s*(?:and\s+|und\s+)?|\s+(?:and|und|sowie)\s+)(?:(?:Dr|Prof|Professor)\.?\s+)?$`,
  'u',
);
// The list ends "… and C": without the "and" a comma only separates a name from its job or another clause.
const AND_GAP = /(?:^|[\s,])(?:and|und|sowie)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$/;
// Said of the list before it: "Drs.", "two graduate students,", "a study by", "researchers including".
const LIST_BEFORE =
  /\b(?:Drs\.?|Profs\.?|Doctors|Professors|(?:graduate |doctoral |medical |PhD )?students|postdocs|researchers|scientists|investigators|physicians|doctors|authors|co-?authors|colleagues|collaborators|team members|(?:study|paper|work|research|trial|analysis) (?:was )?(?:by|from)|led by|conducted by|written by|co-?authored by|Forschende[nr]?|Forscher(?:innen)?|Wissenschaftler(?:innen)?|Team um|Gruppe um)\s*,?\s*(?:(?:including|like|such as|namely|wie)\s+)?$/iu;
// Said of the list after it: "…, the nutritionists who conducted the research", "… are co-authors on the paper", "… looked at brain scans".
// The list as the subject of a research verb: "A and B looked at brain scans", "A and B of the X District studied how …".
const RESEARCH_VERB = String.raw`(?:have\s+|had\s+|also\s+)?(?:looked at|studied|analy[sz]ed|examined|followed|tracked|measured|tested|surveyed|compared|assessed|monitored|investigated|recruited|scanned|sequenced|modelled|modeled)\b`;
// German: "A und B haben für ihre Studie …", "A und B haben 40 Seen untersucht", "A und B werteten … aus".
const RESEARCH_VERB_DE = String.raw`(?:(?:haben|hatten)\s+(?:für\s+(?:ihre|die)\s+(?:Studie|Arbeit|Untersuchung|Analyse)\b|[^.;:]{0,60}?\b(?:untersucht|analysiert|ausgewertet|gemessen|berechnet|simuliert|befragt|verglichen|beobachtet|entwickelt|gebaut)\b)|(?:untersuchten|analysierten|werteten|maßen|verglichen|befragten|simulierten|berechneten|beobachteten|entwickelten)\b)`;
const LIST_AFTER_ROLE = new RegExp(
  String.raw`^(?:\s+${RESEARCH_VERB}|\s+${RESEARCH_VERB_DE}|,\s+(?:(?:both|all|the|who|are|were|two|three|each)\s+)*(?:[\p{L}'’-]+\s+){0,3}?(?:researchers|scientists|investigators|authors|co-?authors|nutritionists|epidemiologists|[a-z]*ologists|physicians|doctors|professors|colleagues|students|experts|Forschende|Forscher(?:innen)?|Wissenschaftler(?:innen)?)\b|\s+(?:are|were)\s+(?:also\s+)?(?:the\s+)?(?:study['’]s\s+|paper['’]s\s+)?(?:co-?authors|authors|researchers|scientists|investigators|members of the (?:team|group))\b)`,
  'iu',
);

/** Runs of two or more names joined as a list, as index lists into the given candidates (in sentence order). */
export function nameChains(sentence: string, names: Listed[]): number[][] {
  const chains: number[][] = [];
  let run: number[] = [];
  let lastGap = '';
  const close = () => {
    if (run.length > 1 && AND_GAP.test(lastGap)) chains.push(run);
  };
  names.forEach((n, k) => {
    const gap = run.length ? sentence.slice(names[run[run.length - 1]].end, n.at) : '';
    // No list gap is longer than a credential, a bracket and a place: longer ones are not tried.
    if (run.length && gap.length <= 140 && GAP.test(gap)) {
      run.push(k);
      lastGap = gap;
    } else {
      close();
      run = [k];
    }
  });
  close();
  return chains;
}

/** Whether the words before or after the whole list call its members scientists. */
export function listRole(sentence: string, first: Listed, last: Listed): boolean {
  if (LIST_BEFORE.test(sentence.slice(Math.max(0, first.at - 60), first.at))) return true;
  // After the last name: its own "of <place>" and credentials first.
  const tail = sentence.slice(last.end).replace(new RegExp(String.raw`^${CRED}*(?:,?\s+(?:of|from|at)\s+(?:the\s+)?[^,;]{2,80}?(?=,|\s+(?:are|were)\b|\s+${RESEARCH_VERB}))?`, 'u'), '');
  return LIST_AFTER_ROLE.test(tail);
}
