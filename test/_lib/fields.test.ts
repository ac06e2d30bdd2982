import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { initialReply } from '../../src/service-desk/index.js';
import { routeSystemInquiry } from '../../src/system-support/index.js';
import { pvWattsOutage } from '../../src/pv-watts-outage/index.js';
import { pvWattsOutageStep } from '../../src/pv-watts-outage/step.js';
import { partnerTicket, ptoInstallerOutreach } from '../../src/pto-delay/index.js';
import { inputError } from '../_helpers/contract.js';

const outreach = (installerContactName: string) =>
  ptoInstallerOutreach({ installer: 'Sunny Roofs', contractorEmail: 'ops@x.example', installerContactName, homeowner: { firstName: 'Ana', lastName: 'Diaz' } });

describe('name-like facts are names (issue 13)', () => {
  it.each([
    ['an amount with a dollar sign', 'Sam $300', 'name_with_amount', 'must be a name: it holds an amount of money'],
    ['an amount with a currency code', 'Sam 300 USD', 'name_with_amount', 'must be a name: it holds an amount of money'],
    ['an amount in euros', 'Sam €20', 'name_with_amount', 'must be a name: it holds an amount of money'],
    ['a full-width amount', 'Sam ＄３００', 'name_with_amount', 'must be a name: it holds an amount of money'],
    ['a line break', 'Sam\nLee', 'name_with_control_character', 'must be a name on one line: it holds a control character (line break, tab, …)'],
    ['a tab', 'Sam\tLee', 'name_with_control_character', 'must be a name on one line: it holds a control character (line break, tab, …)'],
    ['a NUL', 'Sam\u0000', 'name_with_control_character', 'must be a name on one line: it holds a control character (line break, tab, …)'],
    ['a link', 'Sam https://pay.example', 'name_with_link', 'must be a name: it holds a link'],
    ['a www address', 'Sam www.example.com', 'name_with_link', 'must be a name: it holds a link'],
    ['a domain with a path', 'Sam evil.example/pay', 'name_with_link', 'must be a name: it holds a link'],
    ['a mailto link', 'mailto:sam@x.example', 'name_with_link', 'must be a name: it holds a link'],
    ['201 characters', 'S'.repeat(201), 'too_big', 'must have at most 200 characters (a name, not a description)'],
  ])('refuses a contact name with %s, with a stable code', (_label, name, code, message) => {
    expect(inputError(() => outreach(name)).issues).toEqual([{ path: ['installerContactName'], code, message }]);
  });

  it('lists every reason a name is not one', () => {
    expect(inputError(() => outreach('Sam $5 https://x.example\n')).issues.map((i) => i.code)).toEqual(['name_with_amount', 'name_with_link']);
    expect(inputError(() => outreach('Sam $5 https://x.example\nLee')).issues.map((i) => i.code)).toEqual(['name_with_amount', 'name_with_control_character', 'name_with_link']);
  });

  it.each(['Sam Lee', 'Solar.com', 'A1 Solar', 'O’Brien & Sons', 'Zoë Ñúñez', '日本太陽', 'S'.repeat(200), '3M', 'Bill Jones'])('accepts the name %j', (name) => {
    expect(outreach(name).outcome).toBe('linked-ticket');
  });

  it('guards the name-like facts of every procedure', () => {
    const cases: [() => unknown, string][] = [
      [() => partnerTicket({ fromEmail: 'a@b.example', description: 'x', organization: 'Acme $5' }), 'organization'],
      [() => initialReply({ canSuggestResolution: true, needsMoreDetails: false, customerName: 'An\na', agentName: 'Sam', suggestion: 'Restart it' } as never), 'customerName'],
      [() => routeSystemInquiry({ customerAuthenticated: true, concern: 'monitoring', contractType: 'RIC', channel: 'phone', m3Approved: false, installerName: 'www.x.example', installerContact: '555' } as never), 'installerName'],
      [() => pvWattsOutage({ status: 'awaiting-report', org: { name: 'Org' } } as never, { type: 'issue-reported', at: '2026-11-23T12:00:00Z', channel: 'phone', pvWattsEnabled: true, contactName: 'Sam 10 USD' } as never), 'event.contactName'],
      [() => pvWattsOutageStep({ org: { name: 'Org 10 USD' }, event: { type: 'issue-reported', at: '2026-11-23T12:00:00Z', channel: 'phone', pvWattsEnabled: true, contactName: 'Sam' } } as never), 'org.name'],
    ];
    for (const [decide, path] of cases) {
      let error: unknown;
      try {
        decide();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(SopInputError);
      expect((error as SopInputError).issues.map((i) => i.path.join('.')), path).toContain(path);
      expect((error as SopInputError).issues.find((i) => i.path.join('.') === path)?.code, path).toMatch(/^name_with_/);
    }
  });
});
