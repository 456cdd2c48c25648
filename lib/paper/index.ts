/** Checking the paper behind a story: Crossref's record, its notices, its journal version, an open copy (issue 18). */
export type * from './types';
export { PAPER_UPDATE_KINDS, OPEN_COPY_NOTES } from './types';
export { createPaperClient, type PaperClient, type PaperClientOptions } from './client';
export { PaperLookupError, PAPER_ERROR_KINDS, errorLine, type PaperErrorKind } from './errors';
export { DEFAULT_PAPER_API, isContact, type PaperApi } from './urls';
export { paperStatus, firstUpdate, peerReviewLine, type PeerReviewLine } from './status';
export { recheckPapers, DEFAULT_PACE_MS, type RecheckItem, type RecheckReport } from './recheck';
