/**
 * "Susan Stroud Goes After David Okafor As The New Frank Hadley": a title-case line is one long run
 * of capitalised words, so the name reader finds only its last name. Inside such a run, a known first
 * name and the capitalised word after it are a full name too ("Hillary Clinton", "Donald Trump"), so
 * that "Clinton" in the body can be read as the person the headline names.
 */
import { foldKey } from '../text/normalize';
import type { NameMention } from './names-key';
import { nameIn } from './names-in-run';
import { HE_FIRST_NAMES, SHE_FIRST_NAMES } from './people-hints';

/** Runs shorter than this are read whole by the name reader. */
const LONG_RUN = 5;

/** Full names opened by a known first name inside a long run of capitalised words starting at `start`. */
export function namesInLongRun(words: readonly string[], start: number, paragraph: number, common: ReadonlySet<string>): NameMention[] {
  if (words.length < LONG_RUN) return [];
  const out: NameMention[] = [];
  let offset = start;
  words.forEach((w, i) => {
    const first = foldKey(w);
    const next = words[i + 1];
    if (next && i + 1 < words.length - 1 && (HE_FIRST_NAMES.has(first) || SHE_FIRST_NAMES.has(first))) {
      const name = nameIn([w, next], offset, paragraph, false, common);
      if (name) out.push(name);
    }
    offset += w.length + 1;
  });
  return out;
}
