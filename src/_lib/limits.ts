/**
 * The size limits of facts and policies, in one place. They are far above any real ticket (the
 * longest seed field is a few hundred characters; a ticket has a handful of follow-ups), so only
 * runaway or hostile input meets them; each keeps the work and the error a decision can cause
 * proportionate. Name-like fields (people, organizations) have their own limit where they are
 * defined.
 */

/** The most characters of a text fact or policy text, after trimming: ticket keys, notes, templates. */
export const MAX_TEXT_LENGTH = 10_000;

/** The most items of a list in facts or a policy: follow-ups, notes, closures, installer lists. */
export const MAX_LIST_ITEMS = 1_000;

/** The most issues a `SopInputError` lists; it counts the rest in `omitted`. */
export const MAX_REPORTED_ISSUES = 50;
