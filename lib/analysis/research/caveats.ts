import { de } from '../../text/de-regex';
import type { Sentence } from './sentences';

/** Ways a story qualifies its own finding (English). */
export const CAVEAT_CUES_EN: RegExp[] = [
  /\bnot (?:yet )?(?:been )?(?:tested|tried|studied|shown|proven|confirmed|approved) in (?:humans|people|patients|animals)\b/i,
  /\b(?:has|have) not (?:yet )?(?:entered|reached|begun|started) (?:clinical|human) trials?\b/i,
  /\b(?:in|at) (?:the )?(?:mouse|animal|preclinical|early|lab|laboratory)[- ](?:model )?stages?\b|\bearly[- ]stage\b/i,
  /\b(?:only|so far) (?:been )?(?:tested |shown |studied )?in (?:mice|rats|animals|cells|the lab)\b/i,
  /\bmore (?:research|studies|work|data|trials|testing|fossils|specimens|samples|observations|evidence) (?:is|are|will be|would be) (?:needed|required)\b|\bneeds? (?:more|further|larger) (?:research|studies|trials|testing)\b/i,
  /\b(?:larger|bigger|longer|further|randomi[sz]ed) (?:studies|trials|research|testing) (?:are|is|will be) (?:needed|required)\b/i,
  /\b(?:small|limited|short) (?:study|studies|trial|trials|sample|samples|number of (?:patients|participants|people))\b|\bonly \d+ (?:patients|participants|people|volunteers|mice)\b|\b(?:trials?|studies|study|samples?|groups?) (?:was|were) (?:\w+ )?(?:small|short|tiny|limited)\b|\b(?:effect|effects|benefit|benefits|difference|improvement)s? (?:was|were) (?:\w+ )?(?:small|modest|slight|tiny)\b/i,
  /\b(?:cannot|can't|does not|doesn't|do not|don't|did not|didn't) (?:prove|show|establish) (?:cause|causation|that)\b|\bfunded by (?:the )?(?:\w+['’]s )?(?:maker|manufacturer|makers|drugmaker|company|firm|industry)\b|\bmay have (?:affected|biased|skewed|influenced|inflated) the (?:results|findings)\b|\b(?:cannot|can't|does not|doesn't) (?:prove|show|mean) (?:that )?(?:\w+ ){0,4}(?:is|are|was|were) (?:the )?(?:cause|causes|reason)\b|\bcause and effect\b|\bcorrelation\b/i,
  /\bnot (?:yet )?(?:been )?(?:peer[- ]reviewed|published|reviewed by)\b|\b(?:retract(?:ed|ion|s)|withdr(?:ew|awn) (?:the |its |their )?(?:paper|study|article))\b|\byet to be (?:peer[- ]reviewed|published)\b|\bpreliminary\b/i,
  // A limitation the new work overcomes ("targets the core limitation", "gets around this limitation") is no caveat of it.
  /(?<!\b(?:target|address|overc[oa]me|solv|remov|tackl|fix|sidestep|bypass|circumvent|lift|get|got|getting)\w* (?:\w+ ){0,3})\blimitations?\b|\bcaution(?:ed|s)?\b|\bwarn(?:ed|s)? that\b|\bcaveats?\b/i,
  /\b(?:cannot|can't|could not|couldn't) (?:yet )?(?:say|tell|show|rule out)\b|\b(?:a single|only one|just one) (?:patient|case|person|child|burial|site|skeleton|specimen|fossil|sample|structure|object|grave|tooth|bone|find)\b/i,
  /\b(?:years|decades) away\b|\bit is too (?:early|soon)\b|\btoo (?:early|soon) to (?:say|tell|know|judge|conclude|recommend)\b|\bstill unclear\b|\b(?:is|are|was|were) (?:less|not(?: yet)?) clear\b|\bless (?:certain|reliable|precise)\b|\b(?:hard|difficult|impossible) to (?:know|say|tell|judge)\b|\bremains? (?:unclear|unknown|to be seen)\b/i,
  /\bnot (?:involved|part of) (?:in )?the (?:study|research)\b.*\b(?:but|however|cautioned|noted)\b/i,
  /\b(?:may|might) not (?:hold|apply|translate|carry over|work as well|perform as well|be the same|represent|reflect|generali[sz]e|extend)\b|\b(?:may|might|could) (?:differ|be different) (?:elsewhere|in other|for other|among other)\b|\b(?:depends?|depending|relies|rely|rests?|based) on (?:(?:several|many|some|key|certain|its|their) )?assumptions\b/i,
  /\b(?:will|would|could|may|might) (?:be|pose|remain) (?:a |an )?(?:\w+ )?(?:challenge|hurdle|obstacle)\b|\bscal(?:e|ing) (?:it |this |them )?up (?:is|will be|would be|remains) (?:\w+ )?(?:hard|difficult|a challenge)\b/i,
  /\b(?:may|might|could|which|would) limit (?:how (?:widely|far|well|much)|the extent|their|its|the)\b|\blimits? how (?:widely|far|well|much)\b/i,
  /\bstill (?:struggle[sd]?|struggling|fails?|failed|falls? short|fell short|misses|missed)\b|\b(?:will|would) need (?:years|decades|more time)\b|\b(?:did not|didn['’]t|does not|doesn['’]t|would not|wouldn['’]t) (?:say|disclose|reveal|report|share|release) (?:how|whether|what|when|which)\b/i,
  /\b(?:human|clinical) (?:trials?|tests|testing|studies) (?:could|may|might|would|will|are expected to|are planned to|are set to) (?:begin|start|follow)\b|\bwill take (?:several |many |a few |some |\d+ )?(?:more )?years\b|\bneed(?:s|ed)? to (?:study|test|examine|analy[sz]e|collect|find) more\b/i,
  // The authors concede a weakness: "the researchers acknowledge that…", "one major weakness, researchers acknowledged".
  /\b(?:researchers|authors|team|scientists|they|he|she|panel|experts|investigators) (?:\w+ ){0,2}(?:acknowledg(?:e|es|ed)|conced(?:e|es|ed)|admit(?:s|ted)?) (?:that\b|(?:\w+ )?(?:limitations?|weakness(?:es)?|uncertaint(?:y|ies)|shortcomings?|caveats?)\b)|\b(?:weakness|limitation|shortcoming|caveat)s?,? (?:the )?(?:researchers|authors|team|scientists|they) (?:acknowledg(?:e|es|ed)|conced(?:e|es|ed)|admit(?:s|ted)?)\b/i,
];

// The same questions asked of German stories.
export const CAVEAT_CUES_DE: RegExp[] = [
  de(String.raw`\bnoch nicht (?:\w+ ){0,3}(?:an|bei|in) (?:Menschen|Patient\w*|Tieren)\b|\bnoch keine (?:klinischen )?Studien (?:an|bei|mit) Menschen\b`, 'i'),
  de(String.raw`\b(?:bisher|bislang|nur|erst) (?:\w+ ){0,2}(?:an|bei|in) (?:Mäusen|Ratten|Tieren|Zellen|Zellkulturen|im Labor)\b|\bim Tierversuch\b|\bfrühe\w* (?:Stadium|Phase)\b`, 'i'),
  de(String.raw`\b(?:weitere|größere|längere) (?:Studien|Untersuchungen|Forschung|Tests) (?:\w+ ){0,3}(?:nötig|notwendig|erforderlich|nötig sind)\b|\bmüssen (?:\w+ ){0,4}(?:bestätigt|überprüft|geprüft) werden\b`, 'i'),
  de(String.raw`\b(?:kleine\w*|begrenzte\w*|wenige\w*) (?:Studie|Stichprobe|Teilnehmerzahl|Zahl)\b|\bnur \d+ (?:Teilnehm\w*|Patient\w*|Menschen|Probanden|Mäuse)\b`, 'i'),
  de(String.raw`\b(?:kein\w*|nicht) (?:\w+ ){0,2}(?:Beweis|belegt|beweist|beweisen)\b|\bUrsache und Wirkung\b|\bkausale\w* Zusammenhang\b|\bKorrelation\b`, 'i'),
  de(String.raw`\bnoch nicht (?:\w+ ){0,2}(?:begutachtet|veröffentlicht)\b|\bvorläufig\w*|(?<!\b(?:überw[iu]nd|beheb|umgeh|lös|beseitig)\w* (?:\w+ ){0,3})\bEinschränkung\w*|\bwarn(?:t|en|te|ten)\b|\bVorsicht\b`, 'i'),
  de(String.raw`\b(?:unklar|offen|ungewiss)\b|\bzu früh\b|\b(?:Jahre|Jahrzehnte) entfernt\b`, 'i'),
  // Die Autoren räumen ein, geben zu bedenken: a weakness conceded.
  de(String.raw`\b(?:räum\w*) (?:\w+ ){0,4}ein\b|\bgeben? (?:\w+ ){0,3}zu bedenken\b`, 'i'),
];

/** The story's own caveats, in story order, each sentence once (at most six). */
export function findCaveats(sentences: Sentence[], lang: 'en' | 'de' = 'en'): string[] {
  const cues = lang === 'de' ? CAVEAT_CUES_DE : CAVEAT_CUES_EN;
  const out: string[] = [];
  for (const s of sentences) {
    if (s.paragraph === 0 || out.includes(s.text) || !cues.some((re) => re.test(s.text))) continue;
    out.push(s.text);
    if (out.length >= 6) break;
  }
  return out;
}
