import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { ptoInstallerOutreach } from '../../src/pto-delay/installer-outreach.js';
import type { PtoInstallerOutreachFacts } from '../../src/pto-delay/schema.js';
import { ptoInstallerMessage } from '../../src/pto-delay/templates.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { FORBIDDEN_IN_INSTALLER_MESSAGE, INSTALLER_CLASSES, INSTALLERS, cross, defined, expectedOutreach } from './fixtures.js';

const ID = 'pto-delay/installer-outreach';
const OUTCOMES = ['linked-ticket', 'do-not-contact'];
const HOMEOWNER = { firstName: 'Ana', lastName: 'Diaz' };

const base = (over: Partial<PtoInstallerOutreachFacts> = {}): PtoInstallerOutreachFacts => ({
  installer: 'Sunny Roofs Inc.',
  contractorEmail: 'ops@sunnyroofs.example',
  installerContactName: 'Sam Lee',
  homeowner: HOMEOWNER,
  ...over,
});
const decide = (facts: PtoInstallerOutreachFacts, options?: Parameters<typeof ptoInstallerOutreach>[1]) =>
  expectDecision(ptoInstallerOutreach(facts, options), ID, OUTCOMES);

/**
 * The template's own text pieces, after checking that `message` is exactly those pieces with the
 * substituted values at the placeholders (so nothing else was inserted).
 */
function ownText(message: string, values: Record<string, string>): string[] {
  const parts = ptoInstallerMessage.text.split(/\{\{(\w+)\}\}/);
  const rebuilt = parts.map((part, i) => (i % 2 === 1 ? (values[part] as string) : part)).join('');
  expect(message).toBe(rebuilt);
  return parts.filter((_, i) => i % 2 === 0);
}

describe('ptoInstallerOutreach: the decision table (installer × contractor e-mail × homeowner ticket key)', () => {
  const rows = cross(INSTALLER_CLASSES, [true, false], [true, false]);
  it.each(rows)('%s, contractor e-mail given %s, homeowner ticket key given %s', (cls, withEmail, withKey) => {
    const facts: PtoInstallerOutreachFacts = defined({
      installer: INSTALLERS[cls],
      contractorEmail: withEmail ? 'ops@installer.example' : undefined,
      installerContactName: 'Sam Lee',
      homeowner: HOMEOWNER,
      homeownerTicketKey: withKey ? 'PTO-101' : undefined,
    });
    const expected = expectedOutreach(cls);
    if (expected.reporterSource === 'contractor-email' && !withEmail) {
      expect(issuePaths(inputError(() => ptoInstallerOutreach(facts)))).toEqual(['contractorEmail']);
      return;
    }
    const d = decide(facts);
    expect(d.outcome).toBe(expected.outcome);
    expect(d.reporterSource).toBe(expected.reporterSource);
    if (d.outcome === 'do-not-contact') {
      expect(d.actions.map((a) => a.kind)).toEqual(['stop']);
      expect(d.messages).toEqual([]);
      return;
    }
    expect(d.reporter).toBe(expected.reporterSource === 'shared-reporter' ? 'gi@shieldenergy.tech' : 'ops@installer.example');
    const create = d.actions[0];
    expect(create?.kind).toBe('create-ticket');
    expect(create?.kind === 'create-ticket' && create.fields['linkedFrom']).toBe(withKey ? 'PTO-101' : undefined);
  });
});

describe('ptoInstallerOutreach: the linked installer ticket', () => {
  it('uses the shared reporter address for Shield Energy, LA Solar and Top Electric, not the contractor e-mail', () => {
    for (const installer of ['Shield Energy', 'LA Solar', 'Top Electric', 'la solar, inc.', 'TOP ELECTRIC LLC']) {
      const d = decide(base({ installer }));
      expect(d.outcome).toBe('linked-ticket');
      expect(d.reporter).toBe('gi@shieldenergy.tech');
      expect(d.reporterSource).toBe('shared-reporter');
      expect(d.trace[0]).toMatchObject({ rule: 'pto-delay/shared-reporter' });
      expect(d.trace[0]?.detail).toContain('(not the contractor e-mail ops@sunnyroofs.example)');
    }
  });

  it('does not call the shared address a different contractor e-mail when only its case differs', () => {
    const d = decide(base({ installer: 'LA Solar', contractorEmail: 'GI@ShieldEnergy.tech' }));
    expect(d.trace[0]?.detail).toBe('"LA Solar" is LA Solar, one of Shield Energy, LA Solar or Top Electric: the reporter is gi@shieldenergy.tech.');
  });

  it('needs no contractor e-mail for a shared-reporter installer', () => {
    const d = decide({ installer: 'LA Solar', installerContactName: 'Sam Lee', homeowner: HOMEOWNER });
    expect(d.reporter).toBe('gi@shieldenergy.tech');
    expect(d.trace[0]?.detail).toBe('"LA Solar" is LA Solar, one of Shield Energy, LA Solar or Top Electric: the reporter is gi@shieldenergy.tech.');
  });

  it('does not contrast the reporter with a contractor e-mail that is the shared address itself', () => {
    const d = decide(base({ installer: 'Top Electric', contractorEmail: 'gi@shieldenergy.tech' }));
    expect(d.trace[0]?.detail).toBe(
      '"Top Electric" is Top Electric, one of Shield Energy, LA Solar or Top Electric: the reporter is gi@shieldenergy.tech.',
    );
  });

  it('links from "the homeowner ticket" when its key is not given, with no linkedFrom field', () => {
    const d = decide(base());
    const create = d.actions[0];
    expect(create?.kind).toBe('create-ticket');
    expect(create?.summary).toBe(
      'Create a "Linked ticket" from the homeowner ticket in the PTO project, assigned to Jessica Hauger, reporter ops@sunnyroofs.example, organization Sunny Roofs Inc., label PTO, request type PTO/M3 Delay.',
    );
    expect(Object.keys(create?.kind === 'create-ticket' ? create.fields : {})).toEqual(['title', 'assignee', 'reporter', 'organization', 'labels', 'requestType']);
    expect(d.trace.find((t) => t.rule === 'pto-delay/installer-ticket')?.detail).toBe(
      'Linked installer ticket from the homeowner ticket: assignee Jessica Hauger, reporter ops@sunnyroofs.example, organization Sunny Roofs Inc., title "Homeowner Concern Received - Ana Diaz - Sunny Roofs Inc.".',
    );
  });

  it('uses the contractor e-mail of the contract phase for everyone else', () => {
    const d = decide(base());
    expect(d.reporter).toBe('ops@sunnyroofs.example');
    expect(d.reporterSource).toBe('contractor-email');
    expect(d.trace[0]?.rule).toBe('pto-delay/contractor-reporter');
  });

  it('creates the linked ticket with assignee, reporter, organization, label and request type, then replies to the installer', () => {
    const d = decide(base({ installer: 'top electric', homeownerTicketKey: 'PTO-101' }));
    expect(d.actions).toEqual([
      {
        kind: 'create-ticket',
        project: 'PTO',
        fields: {
          linkedFrom: 'PTO-101',
          title: 'Homeowner Concern Received - Ana Diaz - Top Electric',
          assignee: 'Jessica Hauger',
          reporter: 'gi@shieldenergy.tech',
          organization: 'Top Electric',
          labels: ['PTO'],
          requestType: 'PTO/M3 Delay',
        },
        summary:
          'Create a "Linked ticket" from PTO-101 in the PTO project, assigned to Jessica Hauger, reporter gi@shieldenergy.tech, organization Top Electric, label PTO, request type PTO/M3 Delay.',
      },
      {
        kind: 'reply',
        to: 'installer',
        channel: 'email',
        templateId: 'pto-delay/installer-outreach',
        summary: '"Reply to customer" on the installer ticket asking Sam Lee to update Ana Diaz on the PTO status.',
      },
    ]);
    expect(d.title).toBe('Homeowner Concern Received - Ana Diaz - Top Electric');
    expect(d.trace.map((t) => t.rule)).toEqual([
      'pto-delay/shared-reporter',
      'pto-delay/installer-ticket',
      'pto-delay/request-type',
      'pto-delay/installer-message-pto-only',
    ]);
  });

  it('asks the installer for a PTO status update, naming the homeowner, in neutral words', () => {
    const d = decide(base());
    expect(d.messages).toEqual([
      {
        templateId: 'pto-delay/installer-outreach',
        audience: 'installer',
        channel: 'email',
        subject: 'PTO status update for a homeowner',
        text: `Hi Sam Lee,

Ana Diaz reached out to us and asked when their system would receive PTO from the utility. We advised them to discuss the status of PTO with you. Would you please reach out to Ana Diaz to give them an update?

Thanks`,
      },
    ]);
    expect(d.messages[0]?.text).not.toMatch(FORBIDDEN_IN_INSTALLER_MESSAGE);
  });

  it('has a word check that would catch the seed’s own wording (financing, her, him/her)', () => {
    for (const seedWording of [
      'some questions on their financing agreement',
      'We had advised her that she should discuss with you',
      'to give him/her an update',
      'it was billing related',
    ]) {
      expect(seedWording).toMatch(FORBIDDEN_IN_INSTALLER_MESSAGE);
    }
  });

  it('takes the shared reporter address and its installers from the policy', () => {
    const policy = definePolicy({
      name: 'p',
      version: '1',
      ptoDelay: { sharedReporterEmail: 'pto@partner.example', sharedReporterInstallers: ['Sunny Roofs'] },
    });
    const d = decide(base(), { policy });
    expect(d.reporter).toBe('pto@partner.example');
    expect(issuePaths(inputError(() => ptoInstallerOutreach(base({ installer: 'Shield Energy', contractorEmail: undefined }), { policy })))).toEqual([
      'contractorEmail',
    ]);
  });
});

describe('ptoInstallerOutreach: no contact with Blue Hammer or Stronger', () => {
  it.each(['Blue Hammer', 'BLUE HAMMER, LLC', 'blue-hammer', 'Stronger', 'stronger inc', 'Stronger Co.'])(
    'never creates a ticket for %j, and says why',
    (installer) => {
      const d = decide({ installer, homeowner: HOMEOWNER });
      expect(d.outcome).toBe('do-not-contact');
      expect(d.reporter).toBeNull();
      expect(d.title).toBeNull();
      expect(d.doNotContactReason).toMatch(/^We no longer communicate with Blue Hammer or Stronger, and ".*" is (Blue Hammer|Stronger): do not create an installer communications ticket\.$/);
      expect(d.actions).toEqual([
        { kind: 'stop', summary: expect.stringMatching(/^Do not create an installer communications ticket for (Blue Hammer|Stronger): we no longer communicate with them\.$/) },
      ]);
      expect(d.trace.map((t) => t.rule)).toEqual(['pto-delay/do-not-contact']);
    },
  );

  it('ignores the contractor e-mail and contact name it was given for a no-contact installer', () => {
    expect(decide(base({ installer: 'Stronger' })).outcome).toBe('do-not-contact');
  });

  it('treats "Stronger Solar Inc." as another installer (a contractor e-mail is needed), unless the policy makes it an alias', () => {
    expect(decide(base({ installer: 'Stronger Solar Inc.' })).outcome).toBe('linked-ticket');
    const policy = definePolicy({ name: 'p', version: '1', installerAliases: { Stronger: ['Stronger Solar'] } });
    const d = decide(base({ installer: 'Stronger Solar Inc.' }), { policy });
    expect(d.outcome).toBe('do-not-contact');
    expect(d.organization).toBe('Stronger');
  });

  it('contacts Blue Hammer when the policy no longer lists it', () => {
    const policy = definePolicy({ name: 'p', version: '1', ptoDelay: { noContactInstallers: ['Stronger'] } });
    expect(decide(base({ installer: 'Blue Hammer' }), { policy }).outcome).toBe('linked-ticket');
  });
});

describe('ptoInstallerOutreach: properties (SOPS.md item 9)', () => {
  const aliasPolicy = definePolicy({
    name: 'aliases',
    version: '1',
    installerAliases: { 'Blue Hammer': ['BH Solar', 'Blue Hammer Roofing'], Stronger: ['Stronger Solar'], 'LA Solar': ['L.A. Solar'] },
  });
  const noContactNames = ['Blue Hammer', 'Stronger'];
  const aliasNoContactNames = ['BH Solar', 'Blue Hammer Roofing', 'Stronger Solar'];
  const knownNames = ['Top Electric', 'Shield Energy', 'LA Solar', 'Top Electrical', 'Blue Hammers', 'L.A. Solar', 'Stronger Energy'];
  const suffix = fc.constantFrom('', ' LLC', ', Inc.', ' Co', ' Corp.', ' Company', ' Ltd');
  const spell = (name: string) =>
    fc.tuple(fc.constantFrom(name), suffix, fc.constantFrom('as-is', 'upper', 'lower', 'spaced')).map(([n, s, c]) => {
      const v = `${n}${s}`;
      return c === 'upper' ? v.toUpperCase() : c === 'lower' ? v.toLowerCase() : c === 'spaced' ? ` ${v.replace(/ /g, '   ')} ` : v;
    });
  const nonBlank = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
  const person = fc.oneof(nonBlank, fc.constantFrom('Bill', 'Penny Payment', 'Her', 'Sheila Charge', 'Fee Finance', 'Cash Money', 'Al'));
  const installer = fc.oneof(
    fc.constantFrom(...noContactNames).chain(spell).map((name) => ({ name, noContact: 'always' as const })),
    fc.constantFrom(...aliasNoContactNames).chain(spell).map((name) => ({ name, noContact: 'with-aliases' as const })),
    fc.constantFrom(...knownNames).chain(spell).map((name) => ({ name, noContact: 'never' as const })),
    nonBlank.map((name) => ({ name, noContact: 'unknown' as const })),
  );
  const policy = fc.constantFrom(defaultPolicy, aliasPolicy);

  it('either does not contact (Blue Hammer, Stronger, also via aliases) and creates no ticket, or links a ticket whose message is PTO-only and neutral', () => {
    fc.assert(
      fc.property(installer, person, person, person, policy, (inst, contact, first, last, pol) => {
        let d;
        try {
          d = ptoInstallerOutreach(
            { installer: inst.name, contractorEmail: 'ops@installer.example', installerContactName: contact, homeowner: { firstName: first, lastName: last } },
            { policy: pol },
          );
        } catch (error) {
          // Only a name can be refused: one that is not a name, or one that would make the message speak of money.
          expect(error).toBeInstanceOf(SopInputError);
          for (const issue of (error as SopInputError).issues) {
            expect(['installer', 'installerContactName', 'homeowner.firstName', 'homeowner.lastName']).toContain(issue.path.join('.'));
            expect(issue.code).toMatch(/^(name_with_|forbidden_wording)/);
          }
          // A no-contact installer's message is never written (only invalid names are refused), and a known installer's name is a name.
          if (inst.noContact === 'always' || (inst.noContact === 'with-aliases' && pol === aliasPolicy)) {
            expect((error as SopInputError).issues.map((i) => i.code)).not.toContain('forbidden_wording');
          }
          if (inst.noContact !== 'unknown') expect((error as SopInputError).issues.map((i) => i.path[0])).not.toContain('installer');
          return;
        }
        const mustNotContact = inst.noContact === 'always' || (inst.noContact === 'with-aliases' && pol === aliasPolicy);
        if (mustNotContact) expect(d.outcome).toBe('do-not-contact');
        if (inst.noContact === 'never' || (inst.noContact === 'with-aliases' && pol === defaultPolicy)) expect(d.outcome).toBe('linked-ticket');
        if (d.outcome === 'do-not-contact') {
          expect(d.actions.some((a) => a.kind === 'create-ticket')).toBe(false);
          expect(d.messages).toEqual([]);
          return;
        }
        expect(d.actions.filter((a) => a.kind === 'create-ticket')).toHaveLength(1);
        const message = d.messages.find((m) => m.templateId === 'pto-delay/installer-outreach');
        expect(message?.audience).toBe('installer');
        const pieces = ownText(message?.text as string, {
          installerContactName: contact.trim(),
          homeownerName: `${first.trim()} ${last.trim()}`,
        });
        for (const piece of pieces) expect(piece).not.toMatch(FORBIDDEN_IN_INSTALLER_MESSAGE);
        expect(pieces.join(' ')).not.toMatch(FORBIDDEN_IN_INSTALLER_MESSAGE);
        // The names filled in carry no money talk either (a capitalized Bill or Penny is a name).
        expect(message?.text.normalize('NFKC')).not.toMatch(/\p{Sc}|\b(payment|balance|invoice|refund|past due|owe|debt|loan|dollars?|usd|her|she|his|him)\b/iu);
      }),
    );
  });

  it('without a contractor e-mail: no contact, the shared reporter, or an input error on contractorEmail', () => {
    fc.assert(
      fc.property(installer, policy, (inst, pol) => {
        try {
          const d = ptoInstallerOutreach({ installer: inst.name, installerContactName: 'Sam', homeowner: HOMEOWNER }, { policy: pol });
          if (d.outcome === 'linked-ticket') expect(d.reporterSource).toBe('shared-reporter');
        } catch (error) {
          expect(error).toBeInstanceOf(SopInputError);
          // contractorEmail, unless the random installer name is not a name at all (a control character, a link, an amount).
          const issues = (error as SopInputError).issues.filter((i) => !i.code.startsWith('name_with_'));
          expect(issues.map((i) => i.path.join('.'))).toEqual(issues.length === 0 ? [] : ['contractorEmail']);
        }
      }),
    );
  });
});

describe('ptoInstallerOutreach: bad input', () => {
  it('requires the contractor e-mail for an installer without the shared address, explaining where to find it', () => {
    const error = inputError(() => ptoInstallerOutreach(base({ contractorEmail: undefined })));
    expect(issuePaths(error)).toEqual(['contractorEmail']);
    expect(error.issues[0]?.code).toBe('required');
    expect(error.message).toContain('copy the "Contractor" e-mail from the contract phase in engine');
  });

  it('requires the installer contact name when a ticket is due, together with the e-mail', () => {
    const error = inputError(() => ptoInstallerOutreach({ installer: 'Sunny Roofs', homeowner: HOMEOWNER }));
    expect(issuePaths(error)).toEqual(['contractorEmail', 'installerContactName']);
    expect(issuePaths(inputError(() => ptoInstallerOutreach({ installer: 'Top Electric', homeowner: HOMEOWNER })))).toEqual([
      'installerContactName',
    ]);
  });

  it('says why the installer contact name is required, with code "required"', () => {
    const error = inputError(() => ptoInstallerOutreach({ installer: 'Top Electric', homeowner: HOMEOWNER }));
    expect(error.issues[0]).toEqual({
      path: ['installerContactName'],
      code: 'required',
      message: 'is required for "Top Electric": the installer ticket\'s message greets the installer contact by name',
    });
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      ptoInstallerOutreach({
        installer: '',
        contractorEmail: 'ops@',
        installerContactName: '   ',
        homeowner: { firstName: '', lastName: 'Diaz', middle: 'Q' } as never,
        homeownerTicketKey: '123',
      }),
    );
    expect(issuePaths(error)).toEqual(['installer', 'contractorEmail', 'installerContactName', 'homeowner.firstName', 'homeowner', 'homeownerTicketKey']);
  });
});

standardCases('ptoInstallerOutreach', ptoInstallerOutreach as never, () => ({
  installer: 'Sunny Roofs Inc.',
  contractorEmail: 'ops@sunnyroofs.example',
  installerContactName: 'Sam Lee',
  homeowner: { firstName: 'Ana', lastName: 'Diaz' },
}));
