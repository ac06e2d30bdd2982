/**
 * Words the installer message must never contain (SOPS.md items 9 and 16), matched as whole words
 * in the text as `readAsLatin` reads it (lower case, look-alikes read as Latin), with digits and
 * symbols that stand for letters (`b1ll1ng`, `m0n3y`). @internal
 */
import { readAsLatin } from './confusables.js';

/** Money, billing and payment words: the installer must not learn the concern was about money. */
export const MONEY_WORDS: readonly string[] = [
  // what the homeowner is billed and pays
  'bill', 'bills', 'billed', 'billing', 'rebill', 'rebilled', 'rebilling', 'autopay',
  'pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'payable', 'unpaid', 'prepaid', 'prepay',
  'repay', 'repaid', 'repayment', 'overpaid', 'underpaid', 'payoff',
  'invoice', 'invoices', 'invoiced', 'balance', 'balances', 'statement', 'statements',
  'charge', 'charges', 'charged', 'surcharge', 'fee', 'fees', 'penalty', 'penalties',
  'refund', 'refunds', 'refunded', 'reimburse', 'reimbursed', 'reimbursement', 'credit', 'credits', 'credited',
  'cost', 'costs', 'price', 'prices', 'pricing', 'deposit', 'deposits', 'installment', 'installments',
  // money itself
  'money', 'monies', 'cash', 'dollar', 'dollars', 'cent', 'cents', 'penny', 'pennies', 'usd', 'currency', 'funds',
  // owing it
  'owe', 'owes', 'owed', 'owing', 'debt', 'debts', 'arrears', 'overdue', 'delinquent', 'collections',
  'loan', 'loans', 'lender', 'mortgage', 'finance', 'finances', 'financed', 'financing', 'financial', 'financier',
];


/** The forms of an amount: after a currency symbol, before a symbol, code or word, after a code. */
const SYMBOL_THEN_NUMBER = String.raw`\p{Sc}\s*\d[\d,.]*`;
const NUMBER_THEN_CURRENCY = String.raw`\d[\d,.]*\s*(?:\p{Sc}|(?:usd|eur|gbp|cad|aud|dollars?|bucks|cents?)\b)`;
const CODE_THEN_NUMBER = String.raw`(?:usd|eur|gbp|cad|aud)\s*\d[\d,.]*`;

/** An amount of money: digits with a currency symbol (`$300`, `€ 5`, `5£`), code or word (`300 USD`). */
export const AMOUNT = /* @__PURE__ */ new RegExp(`${SYMBOL_THEN_NUMBER}|${NUMBER_THEN_CURRENCY}|\\b${CODE_THEN_NUMBER}`, 'u');

/** Gendered pronouns: SOPS.md item 9 makes the installer message gender-neutral. */
export const GENDERED_WORDS: readonly string[] = ['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'];

/** Digits and symbols written for a letter. @internal */
export const STAND_INS: Readonly<Record<string, string>> = { a: '[a4@]', e: '[e3]', i: '[il1|!]', l: '[il1|]', o: '[o0]', s: '[s5]' };

/** Every letter of `text` (but an escaped one) as a class of itself and its stand-ins. */
function spelled(text: string): string {
  return text.replace(/(?<!\\)[aeilos]/g, (letter) => STAND_INS[letter] as string);
}

/** A node of {@link wordTree}'s prefix tree: the next letters, and whether a word ends here. */
interface Prefixes {
  readonly next: Map<string, Prefixes>;
  end: boolean;
}

/**
 * The words of `list` (the texts are read in lower case), each letter also matching its
 * stand-ins, as one pattern with shared prefixes factored out (`bill|billing` → `bill(?:ing)?`):
 * V8 tries a flat list of a hundred words at every word start, which made this check cost as much
 * as the rest of a decision. A property test compares it with the flat list.
 */
function wordTree(list: readonly string[]): string {
  const root: Prefixes = { next: new Map(), end: false };
  for (const word of list) {
    let node = root;
    for (const letter of word) {
      const child = node.next.get(letter) ?? { next: new Map(), end: false };
      node.next.set(letter, child);
      node = child;
    }
    node.end = true;
  }
  const pattern = (node: Prefixes): string => {
    const branches = [...node.next].map(([letter, child]) => spelled(letter) + pattern(child));
    if (branches.length === 0) return '';
    return node.end ? `(?:${branches.join('|')})?` : branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  };
  return pattern(root);
}

/** "past due", in any spacing. */
const PAST_DUE = String.raw`${spelled('past')}\s*due`;

/** Money talk of any kind: words, "past due", amounts and any currency symbol (`$`, `€`, `£`, `¥`, `₹`, …). */
export const MONEY_TALK = /* @__PURE__ */ new RegExp(String.raw`\b${wordTree(MONEY_WORDS)}\b|\b${PAST_DUE}\b|${AMOUNT.source}|\p{Sc}`, 'u');

/** Gendered wording. */
export const GENDERED = /* @__PURE__ */ new RegExp(String.raw`\b${wordTree(GENDERED_WORDS)}\b`, 'u');

/**
 * What the installer message must never say (SOPS.md item 9): money talk and gendered wording,
 * finding what `MONEY_TALK|GENDERED` finds. The branches that start at a word boundary share one
 * `\b` and one prefix tree, which makes the check a quarter faster; no two reordered branches can
 * match at the same place (they start with different characters), and a property test compares
 * the two patterns.
 */
export const INSTALLER_MUST_NOT_SAY = /* @__PURE__ */ new RegExp(
  String.raw`\b(?:${wordTree([...MONEY_WORDS, ...GENDERED_WORDS])}\b|${PAST_DUE}\b|${CODE_THEN_NUMBER})|${SYMBOL_THEN_NUMBER}|${NUMBER_THEN_CURRENCY}|\p{Sc}`,
  'u',
);

/**
 * Money and pronoun words that are also people's names: in a message whose placeholders are filled,
 * `Bill`, `Cash`, `Penny`, `Price` or `He` written as a name (a capital first letter, or all
 * capitals) is a name, not money talk. A template's own text gets no such reading.
 */
const NAMES_THAT_ARE_WORDS = ['Bill', 'Cash', 'Penny', 'Price', 'He'];
const WRITTEN_AS_NAME = /* @__PURE__ */ new RegExp(`\\b(?:${NAMES_THAT_ARE_WORDS.flatMap((n) => [n, n.toUpperCase()]).join('|')})\\b`, 'g');

/**
 * The first word of `text` (as `readAsLatin` reads it) that `pattern` finds, or `undefined`.
 * `filled` reads the {@link NAMES_THAT_ARE_WORDS} written as names as names (a rendered message).
 */
export function prohibitedWord(pattern: RegExp, text: string, filled = false): string | undefined {
  return readAsLatin(filled ? text.replace(WRITTEN_AS_NAME, 'Name') : text).match(pattern)?.[0];
}
