/**
 * `caveat analyze --check-paper`: the only CLI path that goes on the network. The API bases and contact address come
 * from flags or the environment, so tests point them at a local fake of Crossref and Unpaywall.
 */
import type { Analysis } from '../analysis/types';
import { createPaperClient, errorLine, firstUpdate, isContact, paperStatus, peerReviewLine, type PaperApi, type PaperCandidate, type PaperCheck } from '../paper';
import { DEFAULT_PAPER_API } from '../paper/urls';
import { citedDoi, paperHints } from '../paper/story';
import { InputError } from './load';
import { message } from './messages';

/** What the check found, as --json prints it under "paperCheck". */
export interface CliPaperResult {
  /** The DOI the story cites, if any. */
  doi?: string;
  check?: PaperCheck;
  /** For a story without a DOI: papers Crossref's search offers, for the reader to confirm (never taken as the story's). */
  candidates?: PaperCandidate[];
  /** A short message when the look-up failed; the analysis still prints. */
  error?: string;
}

/** API bases and contact: --crossref-api, --unpaywall-api, --contact, else CAVEAT_CROSSREF_API, CAVEAT_UNPAYWALL_API, CAVEAT_CONTACT. */
export function paperApiFrom(flags: Map<string, string | true>, env: NodeJS.ProcessEnv = process.env): PaperApi {
  const pick = (flag: string, name: string) => {
    const given = flags.get(flag);
    return typeof given === 'string' ? given : env[name];
  };
  const base = (flag: string, name: string, fallback: string) => {
    const value = pick(flag, name);
    if (value === undefined || value === '') return fallback;
    if (!/^https?:\/\/[^\s]+$/i.test(value)) throw new InputError(`${flag} must be an http(s) address`);
    return value;
  };
  const contact = pick('--contact', 'CAVEAT_CONTACT')?.trim() ?? '';
  if (contact && !isContact(contact)) throw new InputError('--contact must be an email address');
  return {
    crossref: base('--crossref-api', 'CAVEAT_CROSSREF_API', DEFAULT_PAPER_API.crossref),
    unpaywall: base('--unpaywall-api', 'CAVEAT_UNPAYWALL_API', DEFAULT_PAPER_API.unpaywall),
    contact,
  };
}

/** Checks the story's paper: by its DOI, else a search whose candidates are only offered. Never throws for the network. */
export async function checkStoryPaper(analysis: Analysis, api: PaperApi, fetchImpl?: typeof fetch): Promise<CliPaperResult> {
  const client = createPaperClient({ api, ...(fetchImpl ? { fetch: fetchImpl } : {}), userAgent: `Caveat-CLI/0.1${api.contact ? ` (mailto:${api.contact})` : ''}` });
  const doi = citedDoi(analysis);
  try {
    if (doi) return { doi, check: await client.check(doi) };
    return { candidates: await client.search(paperHints(analysis)) };
  } catch (error) {
    return { ...(doi ? { doi } : {}), error: errorLine(error) };
  }
}

const link = (doi: string) => `https://doi.org/${doi}`;

/** The PAPER section of the text report. */
export function formatPaper(result: CliPaperResult, analysis: Analysis): string {
  const lines = ['', 'THE PAPER'];
  if (result.error) return [...lines, `  ${result.doi ? `doi:${result.doi}: ` : ''}${result.error}`].join('\n');
  if (result.candidates) {
    if (!result.candidates.length) return [...lines, `  ${message('paperNoCandidates')}`].join('\n');
    lines.push(`  ${message('paperNoDoi')}`);
    for (const c of result.candidates) lines.push(`  ? ${[c.title, c.journal, c.published?.slice(0, 4)].filter(Boolean).join(' · ')} · ${link(c.doi)}`);
    return lines.join('\n');
  }
  const check = result.check!;
  if (!check.found) return [...lines, `  ${message('paperNotFound', check.doi)}`].join('\n');
  lines.push(`  ${[check.title, check.journal, check.published].filter(Boolean).join(' · ')} · ${link(check.doi)}`);
  const kind = paperStatus(check);
  if (kind) {
    const update = firstUpdate(check, kind)!;
    const word = { retraction: 'paperRetracted', 'expression-of-concern': 'paperConcern', correction: 'paperCorrected' }[kind];
    const text = update.date ? message(word, update.date) : message(`${word}Undated`);
    lines.push(`  ${kind === 'retraction' ? '!! ' : ''}${text}${update.noticeDoi ? ` (${message('paperNotice')}: ${link(update.noticeDoi)})` : ''}`);
  } else lines.push(`  ${message('paperClean')}`);
  if (check.publishedVersion) {
    const where = check.publishedVersion.journal ? message('paperPreprintPublishedIn', check.publishedVersion.journal) : message('paperPreprintPublished');
    lines.push(`  ${where}: ${link(check.publishedVersion.doi)}`);
  } else if (check.preprint) lines.push(`  ${message('paperPreprintOnly')}`);
  const peer = peerReviewLine(analysis.research, check);
  if (peer.source === 'crossref') {
    const words = peer.peerReview === 'peer-reviewed' && peer.journal ? message('peerReviewedIn', peer.journal) : message(`peer_${peer.peerReview.replaceAll('-', '_')}`);
    lines.push(`  ${words}: ${message('paperPeerSource')}`);
  }
  if (check.openCopy) lines.push(`  ${message(check.openCopy.pdf ? 'paperOpenCopyPdf' : 'paperOpenCopy')}: ${check.openCopy.url}`);
  else if (check.openCopyNote === 'no-contact') lines.push(`  ${message('paperNoContact')} (--contact)`);
  else if (check.openCopyNote === 'none') lines.push(`  ${message('paperNoOpenCopy')}`);
  else if (check.openCopyNote === 'failed') lines.push(`  ${message('paperOpenCopyFailed')}`);
  lines.push(`  ${message('paperCheckedOn', check.checkedAt.slice(0, 10))}`);
  return lines.join('\n');
}
