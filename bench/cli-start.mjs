// Start-up time of the command line and of the library, against a bare `node -e 0`.
// Usage: node bench/cli-start.mjs [runs=20]. Needs a build (npm run build).
// Each round runs every command once, in turn, so load on the machine hits them alike; the
// median of the rounds is printed with its ratio to `node -e 0`. Where bash exists, each command
// also runs once more per round under bash, whose `times` gives the child's CPU time (user +
// system, 1 ms resolution): on a loaded, shared machine it varies far less than wall-clock time.
// Prints numbers; asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 20);
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const TARGET = 1.8;

/** [label, argv, target ratio or undefined]. The library is imported by its own name (self-reference). */
const commands = [
  ['node -e 0', ['-e', '0']],
  ['solar-sop --version', [cli, '--version'], TARGET],
  ['solar-sop --help', [cli, '--help']],
  // One procedure that reads a time zone (the first Intl time-zone lookup costs tens of ms) and one that does not.
  ['solar-sop decide fpt --example', [cli, 'decide', 'pto-delay/first-payment-timing', '--example'], TARGET],
  ['solar-sop decide close --example', [cli, 'decide', 'service-desk/close-eligibility', '--example'], TARGET],
  ['solar-sop list', [cli, 'list']],
  ["require('solar-sop')", ['-e', "require('solar-sop')"]],
  ["import('solar-sop')", ['--input-type=module', '-e', "await import('solar-sop')"]],
];

const timed = existsSync('/bin/bash');
const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;
/** CPU milliseconds (user + system) of one run, from bash's `times` (its second line: the children). */
function cpuMs(args) {
  const r = spawnSync('/bin/bash', ['-c', `${quote(process.execPath)} ${args.map(quote).join(' ')} >/dev/null 2>&1; times`], { cwd: root, encoding: 'utf8' });
  const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(r.stdout.trim().split('\n')[1] ?? '');
  return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : Number.NaN;
}

const times = commands.map(() => []);
const cpuTimes = commands.map(() => []);
// One warm-up round (file-system cache), not counted.
for (let round = -1; round < runs; round++) {
  commands.forEach(([label, args], i) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr}`);
    if (round < 0) return;
    times[i].push(ms);
    if (timed) cpuTimes[i].push(cpuMs(args));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times[0]);
const cpuBase = timed ? median(cpuTimes[0]) : Number.NaN;
console.log(`median of ${runs} runs each, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('command                          wall ms   × node -e 0   target          CPU ms   × node -e 0');
commands.forEach(([label, , target], i) => {
  const m = median(times[i]);
  const ratio = m / base;
  const verdict = target === undefined ? '' : `≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'}`;
  const cpu = timed ? median(cpuTimes[i]) : Number.NaN;
  const cpuCols = timed ? `${cpu.toFixed(0).padStart(6)}   ${(cpu / cpuBase).toFixed(2).padStart(11)}` : '';
  console.log(`${label.padEnd(32)} ${m.toFixed(1).padStart(7)}   ${ratio.toFixed(2).padStart(11)}   ${verdict.padEnd(14)}  ${cpuCols}`);
});
