import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { firstPaymentTiming, handlePtoConcern, ptoHomeownerReply, ptoInstallerOutreach, type HandlePtoConcernFacts, type PtoInstallerOutreachFacts } from '../../src/pto-delay/index.js';
import { inputError } from '../_helpers/contract.js';

const HOMEOWNER = { firstName: 'Ana', lastName: 'Diaz' };
const outreach = (over: Partial<PtoInstallerOutreachFacts>, options?: Parameters<typeof ptoInstallerOutreach>[1]) =>
  ptoInstallerOutreach({ installer: 'Sunny Roofs', contractorEmail: 'ops@installer.example', installerContactName: 'Sam Lee', homeowner: HOMEOWNER, ...over }, options);
const concern = (over: Partial<HandlePtoConcernFacts>): HandlePtoConcernFacts => ({
  channel: 'ticket',
  installer: 'Sunny Roofs',
  site: { city: 'Denver', state: 'CO' },
  homeowner: HOMEOWNER,
  m2ApprovedOn: '2026-09-01',
  now: '2026-11-23T12:00:00Z',
  installerContactName: 'Sam Lee',
  contractorEmail: 'ops@installer.example',
  ...over,
});

/** Issue 13: each spelling that used to get an installer ticket for a company we no longer contact. */
const NO_CONTACT_SPELLINGS = [
  ['a zero-width joiner', 'Stro\u200Dnger', 'Stronger'],
  ['a zero-width space inside a word', 'Stro\u200Bnger', 'Stronger'],
  ['a zero-width non-joiner inside a word', 'Blue Ham\u200Cmer', 'Blue Hammer'],
  ['a word joiner inside a word', 'Str\u2060onger', 'Stronger'],
  ['a soft hyphen', 'Stron\u00ADger', 'Stronger'],
  ['a variation selector', 'Blue\uFE0F Hammer', 'Blue Hammer'],
  ['a combining mark (U+1AB0)', 'Stro\u1AB0nger', 'Stronger'],
  ['a Cyrillic о', 'Str\u043Enger', 'Stronger'],
  ['a Cyrillic В', '\u0412lue Hammer', 'Blue Hammer'],
  ['Greek look-alikes', '\u0392lue Ηammer', 'Blue Hammer'],
  ['a Greek ο', 'Str\u03BFnger', 'Stronger'],
  ['a digit 0 for an o', 'Str0nger', 'Stronger'],
  ['a legal suffix with a 0 for its o', 'Stronger C0rp', 'Stronger'],
  ['a legal suffix with 1s for its Ls', 'Blue Hammer 11C', 'Blue Hammer'],
  ['digits in the name and in its suffix', 'Str0nger, C0', 'Stronger'],
] as const;

describe('a no-contact installer however it is spelled (issue 13, SOPS.md item 16)', () => {
  it.each(NO_CONTACT_SPELLINGS)('ptoInstallerOutreach does not contact an installer spelled with %s', (_label, installer, name) => {
    const d = outreach({ installer });
    expect(d.outcome).toBe('do-not-contact');
    expect(d.doNotContactReason).toContain(`is ${name}`);
    expect(d.actions.map((a) => a.kind)).toEqual(['stop']);
  });

  it.each(NO_CONTACT_SPELLINGS)('handlePtoConcern creates no installer ticket for an installer spelled with %s', (_label, installer) => {
    const d = handlePtoConcern(concern({ installer }));
    expect(d.installerOutreach.outcome).toBe('do-not-contact');
    expect(d.messages.filter((m) => m.audience === 'installer')).toEqual([]);
    expect(d.actions.filter((a) => a.kind === 'create-ticket' && a.fields.linkedFrom !== undefined)).toEqual([]);
    expect(d.actions.filter((a) => a.kind === 'create-ticket').map((a) => a.fields.title)).toEqual(['Homeowner Concern Received - Ana Diaz - ' + d.installerOutreach.organization]);
  });

  it.each(NO_CONTACT_SPELLINGS)('firstPaymentTiming does not promise to reach out to an installer spelled with %s', (_label, installer) => {
    const d = firstPaymentTiming({ installer, m2ApprovedOn: '2026-09-01', now: '2026-11-23T12:00:00Z' });
    expect(d.trace.map((t) => t.detail).join(' ')).toContain('We no longer communicate with');
    expect(d.messages.some((m) => m.templateId === 'pto-delay/grace-ended-response')).toBe(false);
  });

  it('still contacts an ordinary installer whose name has accents or other letters', () => {
    for (const installer of ['Énergie Solaire', 'Sølv Energi', 'Acme Solar', 'Strong Energy', 'Blue Hammers']) {
      expect(outreach({ installer }).outcome, installer).toBe('linked-ticket');
    }
  });
});

describe('a look-alike Top Electric in Littleton, CO (issue 13)', () => {
  it.each([
    ['a Cyrillic о', 'T\u043Ep Electric'],
    ['a Greek Τ and ο', '\u03A4\u03BFp Electric'],
    ['a zero-width space', 'Top Elec\u200Btric'],
    ['a digit 1 for the i', 'Top Electr1c, LLC'],
  ])('gets the Littleton reply when spelled with %s', (_label, installer) => {
    const d = ptoHomeownerReply({ installer, site: { city: 'Littleton', state: 'CO' }, homeowner: HOMEOWNER, m2ApprovedOn: '2026-09-01' });
    expect(d.outcome).toBe('littleton-top-electric');
    expect(d.organization).toBe('Top Electric');
  });

  it('reads the city and state the same way', () => {
    const d = ptoHomeownerReply({ installer: 'Top Electric', site: { city: 'L\u0456ttleton', state: '\u0421\u041E' }, homeowner: HOMEOWNER, m2ApprovedOn: '2026-09-01' });
    expect(d.outcome).toBe('littleton-top-electric');
  });
});

describe('installer messages never speak of money, through facts too (issue 13)', () => {
  it('refuses a contact name that would put a past-due balance in the installer message, naming the fact', () => {
    const error = inputError(() => outreach({ installerContactName: 'Sam, her balance is $300 past due' }));
    expect(error.issues).toEqual([{ path: ['installerContactName'], code: 'name_with_amount', message: 'must be a name: it holds an amount of money' }]);
  });

  it.each([
    ['money words', 'Sam, the balance is past due', 'balance'],
    ['a gendered pronoun', 'Sam, call her', 'her'],
    ['a word written with a digit', 'Sam re b1lling', 'b1lling'],
    ['Cyrillic look-alikes', 'Sam re b\u0456lling', 'billing'],
    ['an invisible character', 'Sam re in\u200Bvoice', 'invoice'],
    ['full-width letters', 'Sam ｒｅｆｕｎｄ', 'refund'],
  ])('refuses a contact name with %s (forbidden_wording at installerContactName)', (_label, installerContactName, word) => {
    const error = inputError(() => outreach({ installerContactName }));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: ['installerContactName'], code: 'forbidden_wording' });
    expect(error.issues[0]?.message).toContain(`cannot go into the installer message: it says "${word}"; SOPS.md item 9`);
  });

  it('names the homeowner fact when the homeowner’s name carries the money talk, in handlePtoConcern too', () => {
    const error = inputError(() => handlePtoConcern(concern({ homeowner: { firstName: 'Ana', lastName: 'Diaz owes rent' } })));
    expect(error.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['homeowner.lastName', 'forbidden_wording']]);
  });

  it('does not ask for the names of an installer it will not contact', () => {
    expect(outreach({ installer: 'Stronger', installerContactName: 'Sam re billing' }).outcome).toBe('do-not-contact');
  });

  it('reads Bill, Cash, Penny, Price and He written as names as names', () => {
    for (const installerContactName of ['Bill Jones', 'Johnny Cash', 'Penny Lane', 'Vincent Price', 'He Wei', 'BILL JONES']) {
      const d = outreach({ installerContactName });
      expect(d.outcome, installerContactName).toBe('linked-ticket');
      expect(d.messages[0]?.text.startsWith(`Hi ${installerContactName},`)).toBe(true);
    }
    expect(inputError(() => outreach({ installerContactName: 'Sam, the bill' })).issues[0]?.message).toContain('says "bill"');
  });

  it('checks the message as rendered: a policy text around a placeholder cannot make a name into money talk', () => {
    const policy = definePolicy({
      name: 'glued',
      version: '1',
      templates: { 'pto-delay/installer-outreach': 'Hi {{installerContactName}}ing team, please update {{homeownerName}} on PTO.' },
    });
    expect(outreach({ installerContactName: 'Sam' }, { policy }).outcome).toBe('linked-ticket');
    const error = inputError(() => outreach({ installerContactName: 'Bill' }, { policy }));
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['installerContactName', 'homeowner.firstName', 'homeowner.lastName']);
    expect(error.issues[0]?.message).toBe(
      'together with the policy\'s installer message text, it says "billing"; SOPS.md item 9: the installer message speaks of PTO status only (never billing, payments or money) and is gender-neutral',
    );
    expect(error).toBeInstanceOf(SopInputError);
  });
});
