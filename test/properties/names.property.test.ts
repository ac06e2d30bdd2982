import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { findIn, nameCandidate, sameOrganization } from '../../src/_lib/names.js';
import { internalsOf, type Policy } from '../../src/policy/brand.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { handlePtoConcern, ptoHomeownerReply, ptoInstallerOutreach } from '../../src/pto-delay/index.js';

/** Characters that show nothing (SOPS.md item 16): zero-width, joiners, soft hyphen, selectors, tags, BOM, marks. */
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFE0F', '\uFE00', '\uFEFF', '\u180E', '\u{E0020}', '\u{E0041}', '\u034F', '\u0301', '\u0338', '\u1AB0'];

/** Look-alikes of each Latin letter, written out here independently of the library's table. */
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'ɑ', 'ａ', 'á'], b: ['Ь', 'ｂ'], c: ['с', 'ϲ', 'ç'], d: ['ԁ', 'ｄ'], e: ['е', 'ё', 'ε', 'é'], g: ['ɡ', 'ց'],
  h: ['һ', 'հ'], i: ['і', 'ı', 'ɩ', 'ι', '1'], j: ['ј', 'ϳ'], k: ['κ', 'ｋ'], l: ['ӏ', '1', 'ł'], m: ['ᴍ', 'ｍ'], n: ['ո', 'ɴ', 'η'],
  o: ['о', 'ο', 'օ', '0', 'ø', 'ö'], p: ['р', 'ρ'], q: ['ԛ', 'զ'], r: ['г', 'ʀ'], s: ['ѕ', 'ꜱ'], t: ['τ', 'ᴛ'], u: ['υ', 'ս'],
  v: ['ν', 'ѵ'], w: ['ԝ', 'ω'], x: ['х', 'χ'], y: ['у', 'γ', 'ү'], z: ['ᴢ', 'ｚ'],
  A: ['А', 'Α', 'Ꭺ'], B: ['В', 'Β', 'Ᏼ'], C: ['С', 'Ϲ', 'Ꮯ'], D: ['Ꭰ'], E: ['Е', 'Ε', 'Ꭼ'], G: ['Ꮐ'], H: ['Н', 'Η', 'Ꮋ'],
  I: ['І', 'Ι'], J: ['Ј', 'Ꭻ'], K: ['К', 'Κ', 'Ꮶ'], L: ['Ꮮ', 'Լ'], M: ['М', 'Μ', 'Ꮇ'], N: ['Ν'], O: ['О', 'Ο', 'Օ', 'Ø'],
  P: ['Р', 'Ρ', 'Ꮲ'], R: ['Ꭱ'], S: ['Ѕ', 'Ꮪ', 'Տ'], T: ['Т', 'Τ', 'Ꭲ'], W: ['Ꮃ'], X: ['Х', 'Χ'], Y: ['У', 'Υ', 'Ү'], Z: ['Ζ', 'Ꮓ'],
};

/**
 * A spelling of `name` with invisible characters inserted anywhere and letters swapped for
 * look-alikes, full-width forms or the other case.
 */
function trickSpelling(name: string): fc.Arbitrary<string> {
  const letters = [...name];
  return fc
    .tuple(
      fc.array(fc.option(fc.constantFrom(...INVISIBLE), { freq: 2 }), { minLength: letters.length + 1, maxLength: letters.length + 1 }),
      fc.array(fc.nat(), { minLength: letters.length, maxLength: letters.length }),
      fc.array(fc.boolean(), { minLength: letters.length, maxLength: letters.length }),
    )
    .map(([inserts, swaps, swapCase]) => {
      let out = inserts[0] ?? '';
      letters.forEach((letter, i) => {
        const cased = swapCase[i] ? (letter === letter.toUpperCase() ? letter.toLowerCase() : letter.toUpperCase()) : letter;
        const options = LOOK_ALIKES[cased] ?? [];
        const pick = (swaps[i] as number) % (options.length + 1);
        out += (pick === options.length ? cased : options[pick]) + (inserts[i + 1] ?? '');
      });
      return out;
    });
}

const defined = definePolicy({
  name: 'tricks',
  version: '1',
  installerAliases: { Stronger: ['Stronger Solar'], 'Acme Roofing': ['Acme'] },
  serviceDesk: { priorityInstallers: ['Sunny Roofs', 'Énergie Solaire'] },
  ptoDelay: { noContactInstallers: ['Blue Hammer', 'Stronger', 'Acme Roofing', 'Sølv Energi'] },
});

/** Every organization name a policy holds: its lists and its aliases. */
function policyNames(policy: Policy): string[] {
  const p = policy.ptoDelay;
  return [
    ...new Set([
      p.littleton.installer,
      ...p.sharedReporterInstallers,
      ...p.noContactInstallers,
      ...p.thingsYouCanDoInstallers,
      ...policy.serviceDesk.priorityInstallers,
      ...Object.keys(policy.installerAliases),
      ...Object.values(policy.installerAliases).flat(),
    ]),
  ];
}

/** One alias for an ordinary and a no-contact installer: the name must read as no-contact everywhere (fail closed). */
const sharedAlias = definePolicy({ name: 'shared alias', version: '1', installerAliases: { 'Shield Energy': ['X Corp'], Stronger: ['X Corp'] } });

const policies = [
  ['the default policy', defaultPolicy],
  ['a defined policy', defined],
  ['a policy with an alias of two installers', sharedAlias],
] as const;

describe.each(policies)('names against tricks under %s (SOPS.md item 16, fast-check)', (_label, policy) => {
  const names = policyNames(policy);
  const index = internalsOf(policy).names;
  const organizations = internalsOf(policy).organizations;
  const spelled = fc.constantFrom(...names).chain((name) => trickSpelling(name).map((spelling) => ({ name, spelling })));

  it('still reads every policy name with invisible characters and look-alike letters as that name', () => {
    fc.assert(
      fc.property(spelled, ({ name, spelling }) => {
        expect(sameOrganization(spelling, name, policy.installerAliases)).toBe(true);
        const found = findIn(index, nameCandidate(spelling), [name]);
        expect(found).toBe(name);
        if (organizations.includes(name)) expect(findIn(index, nameCandidate(spelling), organizations)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  const noContact = fc.constantFrom(...policy.ptoDelay.noContactInstallers, ...Object.entries(policy.installerAliases).filter(([k]) => policy.ptoDelay.noContactInstallers.includes(k)).flatMap(([, v]) => v));
  const spelledNoContact = noContact.chain(trickSpelling);
  const homeowner = { firstName: 'Ana', lastName: 'Diaz' };

  it('never gives a no-contact installer an installer ticket, however it is spelled', () => {
    fc.assert(
      fc.property(spelledNoContact, fc.constantFrom('phone', 'ticket'), fc.constantFrom('2026-09-01', '2026-10-20'), (installer, channel, m2ApprovedOn) => {
        const outreach = ptoInstallerOutreach({ installer, installerContactName: 'Sam Lee', contractorEmail: 'ops@installer.example', homeowner }, { policy });
        expect(outreach.outcome).toBe('do-not-contact');
        expect(outreach.actions.some((a) => a.kind === 'create-ticket')).toBe(false);
        const plan = handlePtoConcern(
          {
            channel,
            installer,
            site: { city: 'Denver', state: 'CO' },
            homeowner,
            m2ApprovedOn,
            now: '2026-11-23T12:00:00Z',
            installerContactName: 'Sam Lee',
            contractorEmail: 'ops@installer.example',
            stillAskingAboutDoubleBilling: true,
          },
          { policy },
        );
        expect(plan.installerOutreach.outcome).toBe('do-not-contact');
        expect(plan.noContactInstaller).toBe(true);
        expect(plan.messages.filter((m) => m.audience === 'installer')).toEqual([]);
        expect(plan.actions.filter((a) => a.kind === 'create-ticket' && a.fields.linkedFrom !== undefined)).toEqual([]);
        // Nothing promises the homeowner that we will contact the installer (SOPS.md item 9).
        const promises = ['pto-delay/grace-ended-response', 'pto-delay/double-billing-escalation'];
        expect(plan.messages.filter((m) => promises.includes(m.templateId))).toEqual([]);
        expect(plan.actions.filter((a) => /reach out to their installer|escalate/i.test(a.summary))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a look-alike of the Littleton installer in Littleton, CO the Littleton reply', () => {
    fc.assert(
      fc.property(trickSpelling(policy.ptoDelay.littleton.installer), trickSpelling('Littleton'), (installer, city) => {
        const d = ptoHomeownerReply({ installer, site: { city, state: 'CO' }, homeowner, m2ApprovedOn: '2026-09-01' }, { policy });
        expect(d.outcome).toBe('littleton-top-electric');
      }),
    );
  });
});

describe('installer messages against tricks (SOPS.md item 16, fast-check)', () => {
  const moneyTalk = fc.constantFrom('billing', 'balance', 'payment', 'refund', 'invoice', 'past due', 'owes', 'debt', 'loan', 'financing', 'money');
  it('refuses an installer contact name that carries money talk, however it is spelled', () => {
    fc.assert(
      fc.property(moneyTalk.chain(trickSpelling), fc.constantFrom(...policies.map(([, p]) => p)), (words, policy) => {
        let error: unknown;
        try {
          ptoInstallerOutreach(
            { installer: 'Sunny Roofs', installerContactName: `Sam, about the ${words}`, contractorEmail: 'ops@installer.example', homeowner: { firstName: 'Ana', lastName: 'Diaz' } },
            { policy },
          );
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(SopInputError);
        expect((error as SopInputError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([['installerContactName', 'forbidden_wording']]);
      }),
      { numRuns: 300 },
    );
  });
});
