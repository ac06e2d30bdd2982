/**
 * Shared zod building blocks for facts. @internal
 */
import * as z from 'zod/mini';
import { readAsLatin } from './confusables.js';
import { AMOUNT } from './wording.js';

/** The longest name a fact may hold: far above any real person or organization name. */
export const NAME_MAX_LENGTH = 200;

/** Control characters (C0 and C1: line breaks, tabs, NUL, escape…): never part of a name. */
const CONTROL = /\p{Cc}/u;
/** A link: a scheme (`https://`, `mailto:`), `www.`, or a domain followed by a path (`evil.example/pay`). */
const URL = /\b[a-z][a-z\d+.-]*:\/\/|\b(?:www\.|mailto:|javascript:|data:)|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\//;

/**
 * A person's or organization's name as facts give it: trimmed, not empty, at most
 * {@link NAME_MAX_LENGTH} characters, and only a name: no amount of money (`$300`, `300 USD`),
 * control character or link, read as names are (full-width and look-alike letters included).
 * Each refusal has its own issue code: `name_with_amount`, `name_with_control_character`,
 * `name_with_link`.
 */
// Built in a `/* @__PURE__ */` call so that a bundle without names drops it and the name readers (confusables, amounts) with it.
export const nameText = /* @__PURE__ */ (() =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(NAME_MAX_LENGTH, `must have at most ${NAME_MAX_LENGTH} characters (a name, not a description)`),
    (ctx) => {
      const reading = readAsLatin(ctx.value);
      const refuse = (code: string, message: string) => ctx.issues.push({ code: 'custom', params: { code }, message, input: ctx.value, continue: true });
      if (AMOUNT.test(reading)) refuse('name_with_amount', 'must be a name: it holds an amount of money');
      if (CONTROL.test(ctx.value)) refuse('name_with_control_character', 'must be a name on one line: it holds a control character (line break, tab, …)');
      if (URL.test(reading)) refuse('name_with_link', 'must be a name: it holds a link');
    },
  ))();
