/**
 * Where sentences end, for every grammar that asks: a paragraph may end after a sentence, a task's text
 * is whole when it ends one, a title carries no sentence punctuation and a heading stops no sentence.
 */
import {
  FULLWIDTH_COLON,
  FULLWIDTH_COMMA,
  FULLWIDTH_EXCLAMATION_MARK,
  FULLWIDTH_QUESTION_MARK,
  FULLWIDTH_RIGHT_PARENTHESIS,
  FULLWIDTH_SEMICOLON,
  IDEOGRAPHIC_FULL_STOP,
  RIGHT_DOUBLE_ANGLE_BRACKET,
  RIGHT_DOUBLE_QUOTATION_MARK,
} from "../src/tokenize/characters.js";

/** `。` `；` `！` `？`: the marks a sentence ends with. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([IDEOGRAPHIC_FULL_STOP, FULLWIDTH_SEMICOLON, FULLWIDTH_EXCLAMATION_MARK, FULLWIDTH_QUESTION_MARK]);
/** `”` `）` `》`: marks that may close a sentence after its end (`…“码上办”。`, `…认定。”`, `…（试行）。）`). */
const SENTENCE_CLOSERS: ReadonlySet<string> = new Set([RIGHT_DOUBLE_QUOTATION_MARK, FULLWIDTH_RIGHT_PARENTHESIS, RIGHT_DOUBLE_ANGLE_BRACKET]);
/** `。` `；` `：` `！` `？`: the marks that stop a sentence or lead into a list, which a heading does not carry. */
export const STOPS: readonly string[] = [IDEOGRAPHIC_FULL_STOP, FULLWIDTH_SEMICOLON, FULLWIDTH_COLON, FULLWIDTH_EXCLAMATION_MARK, FULLWIDTH_QUESTION_MARK];
const SENTENCE_STOPS = new RegExp(`[${STOPS.join("")}]`);
/** The stops and `，`: the punctuation of sentences, which titles do not carry (a heading's halves may be joined by `，`). */
const SENTENCE_PUNCTUATION = new RegExp(`[${[FULLWIDTH_COMMA, ...STOPS].join("")}]`);

interface SentenceEnd {
  /**
   * Whether `：` ends a sentence, as it does a paragraph that leads into a list (`…分工如下：`); a task's
   * text does not end with one.
   */
  colon: boolean;
}

/** A paragraph may end with `：`, leading into a list. */
const PARAGRAPH_END: SentenceEnd = { colon: true };

/** Whether a text ends a sentence: `…制定本办法。`, `…分工如下：`, `…“12345”。`, `…认定。”`. */
export function endsSentence(text: string, { colon }: SentenceEnd = PARAGRAPH_END): boolean {
  // Every mark here is one UTF-16 unit: the text's end is read unit by unit, without a copy.
  let end = text.length - 1;
  while (end >= 0 && SENTENCE_CLOSERS.has(text[end]!)) end -= 1;
  return end >= 0 && (SENTENCE_ENDS.has(text[end]!) || (colon && text[end] === FULLWIDTH_COLON));
}

/** Whether a text carries sentence punctuation, which a title does not. */
export const hasSentencePunctuation = (text: string): boolean => SENTENCE_PUNCTUATION.test(text);

/** Whether a text stops a sentence somewhere, as a heading does not: `提高思想认识，压实防御责任` stops none. */
export const hasSentenceStop = (text: string): boolean => SENTENCE_STOPS.test(text);
