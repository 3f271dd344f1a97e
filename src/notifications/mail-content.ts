/** What a message says, independent of HTML or plain text; the two templates lay it out. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Order lines or similar rows, with a header row. */
  table?: { head: string[]; rows: string[][]; totals: { label: string; value: string }[] };
  /** Labelled facts (an address, a tracking number). */
  details?: { label: string; value: string }[];
  actions?: { label: string; url: string }[];
  /** Why the recipient got it: every message says so. */
  why: string;
  /** Set for non-essential messages: where to turn them off. */
  optOut?: string;
  signature: string;
}
