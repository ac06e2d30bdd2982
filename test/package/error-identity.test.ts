import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built package (npm run build) in a fresh Node process, as a host loads it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const subpaths = ['calendar', 'templates', 'service-desk', 'pto-delay', 'system-support', 'pv-watts-outage'];

function node(code: string, type: 'commonjs' | 'module'): unknown {
  if (!existsSync(`${root}/dist/cjs/index.cjs`)) throw new Error('dist/ is missing: run `npm run build` first');
  const args = type === 'module' ? ['--input-type=module', '-e', code] : ['-e', code];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

/** Code that throws each documented error from `lib` (a loaded entry point) into `caught`. */
const THROW_EACH = `
  const caught = {};
  const attempt = (name, fn) => { try { fn(); } catch (e) { caught[name] = e; } };
  attempt('SopInputError', () => sd.closeEligibility({}));
  attempt('TemplateError', () => tpl.renderTemplate(tpl.ptoInstallerMessage, {}));
  const org = pv.initialPvWattsState({ name: 'Acme Solar' });
  attempt('InvalidTransitionError', () => pv.pvWattsOutage(org, { type: 'consent-declined', at: '2026-11-23T17:00:00Z' }));
  const { state } = pv.pvWattsOutage(org, { type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana' });
  attempt('ConsentRequiredError', () => pv.pvWattsOutage(state, { type: 'switch-requested', at: '2026-11-23T17:05:00Z' }));
  const guard = { SopInputError: 'isSopInputError', TemplateError: 'isTemplateError', ConsentRequiredError: 'isConsentRequiredError', InvalidTransitionError: 'isInvalidTransitionError' };
`;

describe('one error identity across entry points (built package, child processes)', { timeout: 30_000 }, () => {
  it('in CJS, an error thrown by any subpath is an instance of the root’s class, and every subpath exports its classes', () => {
    const result = node(
      `const root = require('solar-sop');
       const sd = require('solar-sop/service-desk'), tpl = require('solar-sop/templates'), pv = require('solar-sop/pv-watts-outage');
       ${THROW_EACH}
       const out = {};
       for (const [name, e] of Object.entries(caught)) out[name] = { name: e.name, instanceofRoot: e instanceof root[name], guard: root[guard[name]](e) };
       out.subpaths = Object.fromEntries(${JSON.stringify(subpaths)}.map((s) => { const m = require('solar-sop/' + s); return [s, m.SopInputError === root.SopInputError && m.isSopInputError === root.isSopInputError]; }));
       out.pvClasses = pv.ConsentRequiredError === root.ConsentRequiredError && pv.InvalidTransitionError === root.InvalidTransitionError && pv.TemplateError === root.TemplateError;
       console.log(JSON.stringify(out));`,
      'commonjs',
    );
    const each = { instanceofRoot: true, guard: true };
    expect(result).toEqual({
      SopInputError: { name: 'SopInputError', ...each },
      TemplateError: { name: 'TemplateError', ...each },
      InvalidTransitionError: { name: 'InvalidTransitionError', ...each },
      ConsentRequiredError: { name: 'ConsentRequiredError', ...each },
      subpaths: Object.fromEntries(subpaths.map((s) => [s, true])),
      pvClasses: true,
    });
  });

  it('in ESM, the same', () => {
    const result = node(
      `import * as root from 'solar-sop';
       import * as sd from 'solar-sop/service-desk'; import * as tpl from 'solar-sop/templates'; import * as pv from 'solar-sop/pv-watts-outage';
       ${THROW_EACH}
       const out = {};
       for (const [name, e] of Object.entries(caught)) out[name] = e instanceof root[name] && root[guard[name]](e);
       console.log(JSON.stringify(out));`,
      'module',
    );
    expect(result).toEqual({ SopInputError: true, TemplateError: true, InvalidTransitionError: true, ConsentRequiredError: true });
  });

  it('with an ESM and a CJS copy loaded at once, instanceof fails across them but the is…Error guards recognize each error', () => {
    const result = node(
      `import { createRequire } from 'node:module';
       import * as esm from 'solar-sop';
       const cjs = createRequire(import.meta.url)('solar-sop');
       const sd = cjs, tpl = cjs, pv = cjs;
       ${THROW_EACH}
       const out = {};
       for (const [name, e] of Object.entries(caught)) {
         const others = Object.values(guard).filter((g) => g !== guard[name]);
         out[name] = { esmInstanceof: e instanceof esm[name], esmGuard: esm[guard[name]](e), otherGuards: others.some((g) => esm[g](e)) };
       }
       out.plainError = Object.values(guard).some((g) => esm[g](Object.assign(new Error('x'), { name: 'SopInputError' })));
       console.log(JSON.stringify(out));`,
      'module',
    );
    const each = { esmInstanceof: false, esmGuard: true, otherGuards: false };
    expect(result).toEqual({
      SopInputError: each,
      TemplateError: each,
      InvalidTransitionError: each,
      ConsentRequiredError: each,
      plainError: false,
    });
  });
});
