// The read stage: inputs (files, folders, feeds, URLs, stdin) → cleaned ReadDocuments.
export { readString, detectFormat, type ReadStringMeta, type TextFormat } from './document.js';
export { cleanText, type CleanOptions, type CleanResult } from './clean.js';
export { detectLanguage } from './language.js';
export { BANDS, bandKey, minhashOf, ROWS_PER_BAND, similarity, NEAR_DUPLICATE_THRESHOLD, type MinHash } from './dedup.js';
export { loadLexicon, type Lexicon } from './lexicon.js';
export { normaliseDate } from './dates.js';
export { readInputs, type ReadOptions, type ReadOutcome } from './inputs.js';
export { assertPublicUrl, isPrivateAddress, fetchText, type FetchOptions, type FetchedBody } from './fetch.js';
export { parseFeedItems, looksLikeFeed, type FeedItem } from './feed.js';
