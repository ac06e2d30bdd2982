// Output unchanged: a SHA-256 digest of every decision (or error) the bench's inputs give, per
// procedure, compared with the digests stored in bench/digests.json. Speed work must keep these
// byte-identical; regenerate (--update) only when an issue changes behaviour on purpose, and say
// so in the commit. The `stamp` (library version, hashes) is left out: it names the decision's
// provenance, not the decision. Needs a build (npm run build).
//   node bench/digest.mjs [inputs=100000] [--update]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS, inputs } from './inputs.mjs';

const args = process.argv.slice(2);
const update = args.includes('--update');
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const file = fileURLToPath(new URL('digests.json', import.meta.url));

/**
 * The decision as compared: everything but its stamp (also the stamp of the `decision` a PV Watts
 * step returns beside its state); an error by its name, message and issues.
 */
function outputOf(fn, facts) {
  try {
    const { stamp: _stamp, ...result } = fn(facts);
    if (result.decision?.stamp !== undefined) {
      const { stamp: _inner, ...decision } = result.decision;
      return JSON.stringify({ ...result, decision });
    }
    return JSON.stringify(result);
  } catch (error) {
    return JSON.stringify({ error: error.name, message: error.message, issues: error.issues });
  }
}

const digests = {};
for (const [id, fn] of Object.entries(FUNCTIONS)) {
  const hash = createHash('sha256');
  for (const facts of inputs(id, N)) hash.update(`${outputOf(fn, facts)}\n`);
  digests[id] = hash.digest('hex');
}

if (update) {
  writeFileSync(file, `${JSON.stringify({ inputs: N, digests }, null, 2)}\n`);
  console.log(`wrote ${Object.keys(digests).length} digests of ${N.toLocaleString('en-US')} decisions each to bench/digests.json`);
} else {
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  if (stored.inputs !== N) console.log(`note: stored digests are of ${stored.inputs} inputs, this run made ${N}`);
  let changed = 0;
  for (const [id, digest] of Object.entries(digests)) {
    const same = stored.digests[id] === digest;
    if (!same) changed++;
    console.log(`${id.padEnd(42)} ${same ? 'unchanged' : 'CHANGED'}`);
  }
  console.log(changed === 0 ? 'every procedure gives byte-identical output' : `${changed} procedure(s) changed`);
  process.exitCode = changed === 0 ? 0 : 1;
}
