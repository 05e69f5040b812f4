// Language of a document, with eld (n-gram detector; right on French/English/German in our checks).
import { eld } from 'eld/medium';

/** Enough text for a stable label; detecting on megabytes would only cost time. */
const SAMPLE_CHARS = 5_000;

/** ISO 639-1 code, or 'und' when the text is too short or ambiguous for a reliable label. */
export function detectLanguage(text: string): { lang: string; score: number } {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = eld.detect(sample);
  const score = result.language ? (result.getScores()[result.language] ?? 0) : 0;
  if (!result.language || !result.isReliable()) return { lang: 'und', score: roundScore(score) };
  return { lang: result.language, score: roundScore(score) };
}

function roundScore(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
