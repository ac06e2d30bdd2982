import { describe, expect, it } from 'vitest';
import { isSopInputError, isTemplateError, SopInputError, TemplateError } from '../../src/_lib/errors.js';
import { ConsentRequiredError, InvalidTransitionError, isConsentRequiredError, isInvalidTransitionError } from '../../src/pv-watts-outage/errors.js';

// Across copies of the package (ESM and CJS at once): test/package/error-identity.test.ts.
describe('is…Error guards', () => {
  const errors = {
    SopInputError: new SopInputError('x', [{ path: [], message: 'bad', code: 'custom' }]),
    TemplateError: new TemplateError('t', [{ variable: 'v', message: 'missing' }]),
    ConsentRequiredError: new ConsentRequiredError('Acme', 'workaround-offered', 'switch-requested', null),
    InvalidTransitionError: new InvalidTransitionError('Acme', 'awaiting-report', 'consent-declined', 'no offer'),
  };
  const guards = {
    SopInputError: isSopInputError,
    TemplateError: isTemplateError,
    ConsentRequiredError: isConsentRequiredError,
    InvalidTransitionError: isInvalidTransitionError,
  };

  for (const [name, guard] of Object.entries(guards)) {
    it(`${guard.name} recognizes a ${name} and no other error`, () => {
      for (const [other, error] of Object.entries(errors)) expect(guard(error), other).toBe(other === name);
    });

    it(`${guard.name} is false for an unbranded error of that name, and for non-errors`, () => {
      expect(guard(Object.assign(new Error('look-alike'), { name }))).toBe(false);
      for (const value of [undefined, null, 'SopInputError', 42, { name }]) expect(guard(value)).toBe(false);
    });
  }

  it('recognizes a copy of the class (a second copy of the package) by its brand and name', () => {
    const brand = Symbol.for('solar-sop.error');
    const copy = Object.defineProperty(Object.assign(new Error('from another copy'), { name: 'SopInputError' }), brand, { value: true });
    expect(copy instanceof SopInputError).toBe(false);
    expect(isSopInputError(copy)).toBe(true);
    expect(isTemplateError(copy)).toBe(false);
  });

  it('keeps the brand out of the error’s enumerable fields (JSON, structured logs)', () => {
    expect(Object.keys(errors.SopInputError)).toEqual(['name', 'subject', 'issues', 'omitted']);
    expect(JSON.parse(JSON.stringify(errors.TemplateError))).toEqual({ name: 'TemplateError', templateId: 't', issues: [{ variable: 'v', message: 'missing' }] });
  });
});
