import { DEFAULT_LANGUAGE } from '../language/index.ts';
import { repliesFor } from './answers.ts';
import type { Asker } from './types.ts';

/** What every adapter says, privately, when it cannot give an answer: in English, where the asker's language is not known. */
export const NOTICES = DEFAULT_LANGUAGE.replies.notices;

/** The notices in the asker's language. */
export function noticesFor(asker: Asker): typeof NOTICES {
  return repliesFor(asker).notices;
}
