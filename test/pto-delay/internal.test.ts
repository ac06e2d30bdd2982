import { describe, expect, it } from 'vitest';
import { nameCandidate } from '../../src/_lib/names.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import {
  isInLittleton,
  isLittletonInstaller,
  littletonLabel,
  noContactMatch,
  organizationName,
  orList,
  siteLine,
} from '../../src/pto-delay/internal.js';

describe('the pieces of text the PTO decisions share', () => {
  it.each([
    [[], '(none)'],
    [['Blue Hammer'], 'Blue Hammer'],
    [['Blue Hammer', 'Stronger'], 'Blue Hammer or Stronger'],
    [['Shield Energy', 'LA Solar', 'Top Electric'], 'Shield Energy, LA Solar or Top Electric'],
  ])('lists %j as %j', (names, text) => {
    expect(orList(names)).toBe(text);
  });

  it.each([
    [{ street: '12 Elm St', city: 'Littleton', state: 'CO', postalCode: '80120' }, '12 Elm St, Littleton, CO 80120'],
    [{ city: 'Littleton', state: 'CO', postalCode: '80120' }, 'Littleton, CO 80120'],
    [{ street: '12 Elm St', city: 'Littleton', state: 'CO' }, '12 Elm St, Littleton, CO'],
    [{ city: 'Littleton', state: 'CO' }, 'Littleton, CO'],
  ])('writes the site %o on one line as %j, leaving out what is not known', (site, line) => {
    expect(siteLine(site)).toBe(line);
  });

  it('names Littleton with every spelling of its state', () => {
    expect(littletonLabel(defaultPolicy)).toBe('Littleton, CO/Colorado');
    const one = definePolicy({ name: 't', version: '1', ptoDelay: { littleton: { states: ['CO'] } } });
    expect(littletonLabel(one)).toBe('Littleton, CO');
    const three = definePolicy({ name: 't', version: '1', ptoDelay: { littleton: { states: ['CO', 'Colo.', 'Colorado'] } } });
    expect(littletonLabel(three)).toBe('Littleton, CO/Colo./Colorado');
  });
});

describe('installer and site matching through the policy’s name index (SOPS.md item 7)', () => {
  const aliased = definePolicy({
    name: 'aliases',
    version: '1',
    installerAliases: { Stronger: ['Stronger Solar'], 'Acme Roofing': ['Acme'] },
  });

  it('records an installer the policy names in the policy’s spelling, and any other as given', () => {
    expect(organizationName('TOP ELECTRIC, LLC', nameCandidate('TOP ELECTRIC, LLC'), defaultPolicy)).toBe('Top Electric');
    expect(organizationName('stronger solar', nameCandidate('stronger solar'), aliased)).toBe('Stronger');
    expect(organizationName('ACME', nameCandidate('ACME'), aliased)).toBe('Acme Roofing');
    expect(organizationName('Sunny Roofs Inc.', nameCandidate('Sunny Roofs Inc.'), aliased)).toBe('Sunny Roofs Inc.');
  });

  it('knows the no-contact and Littleton installers, aliases included', () => {
    expect(noContactMatch(nameCandidate('Stronger Solar'), aliased)).toBe('Stronger');
    expect(noContactMatch(nameCandidate('Stronger Solar'), defaultPolicy)).toBeUndefined();
    expect(isLittletonInstaller(nameCandidate('top electric inc'), defaultPolicy)).toBe(true);
    expect(isLittletonInstaller(nameCandidate('Top Electrical'), defaultPolicy)).toBe(false);
  });

  it('finds Littleton, CO by city and any spelling of the state', () => {
    expect(isInLittleton({ city: 'LITTLETON', state: 'colorado' }, defaultPolicy)).toBe(true);
    expect(isInLittleton({ city: 'Littleton', state: 'C.O.' }, defaultPolicy)).toBe(true);
    expect(isInLittleton({ city: 'Littleton', state: 'MA' }, defaultPolicy)).toBe(false);
    expect(isInLittleton({ city: 'Denver', state: 'CO' }, defaultPolicy)).toBe(false);
  });
});
