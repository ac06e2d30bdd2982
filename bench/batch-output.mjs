// Lines per second of `solar-sop batch` with the full decision records, with --compact (no trace
// sources) and with --select (a few fields), on the same input file of N lines. Usage:
//   node bench/batch-output.mjs [lines=200000] [runs=1]
// Needs a build (npm run build). Prints numbers and ratios to the full output; asserts nothing.
// Where bash exists, lines per CPU second of the CLI process (bash's `times`) are printed too: on
// a shared, loaded machine they vary far less than lines per wall-clock second.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lines = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 1);
const procedure = 'pto-delay/first-payment-timing';
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));

// The input is written once, before timing, so making it costs nothing in the runs.
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-batch-output-'));
const input = join(dir, 'facts.ndjson');
const rows = [];
for (let i = 0; i < lines; i++) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 9)).padStart(2, '0');
  rows.push(JSON.stringify({ m2ApprovedOn: `2026-${month}-${day}`, installer: i % 3 ? 'Top Electric' : 'Acme Solar', now: '2026-11-23T12:00:00Z' }));
}
writeFileSync(input, `${rows.join('\n')}\n`);

const variants = [
  ['full records', []],
  ['--compact', ['--compact']],
  ['--select outcome,firstPaymentDueOn', ['--select', 'outcome,firstPaymentDueOn']],
];

const timed = existsSync('/bin/bash');
const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;

/** Runs one batch, counting output lines and bytes; resolves with wall and CPU seconds, lines and bytes. */
function once(extra) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const argv = [cli, 'batch', procedure, input, ...extra];
    // Under bash, `times` (on stderr) gives the CPU time of the CLI process.
    const child = timed
      ? spawn('/bin/bash', ['-c', `${quote(process.execPath)} ${argv.map(quote).join(' ')}; status=$?; times >&2; exit $status`], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let outLines = 0;
    let bytes = 0;
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      // indexOf, not a byte loop: this process must not be the slow end of the pipe.
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outLines++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`exit ${code}: ${stderr}`));
      const cpu = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(stderr);
      const cpuSeconds = cpu ? Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4]) : Number.NaN;
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, cpuSeconds, outLines, bytes });
    });
  });
}

console.log(`${lines.toLocaleString('en-US')} lines of ${procedure}, best of ${runs} run(s); node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('output                                 lines/s   × full   lines/CPU s   × full   bytes/record');
let full;
for (const [label, extra] of variants) {
  let best;
  for (let r = 0; r < runs; r++) {
    const result = await once(extra);
    if (result.outLines !== lines) throw new Error(`${label}: ${result.outLines} output lines for ${lines} input lines`);
    // Best wall time and best CPU time of the runs, each on its own.
    best = best ? { ...result, seconds: Math.min(best.seconds, result.seconds), cpuSeconds: Math.min(best.cpuSeconds, result.cpuSeconds) } : result;
  }
  const rate = lines / best.seconds;
  const cpuRate = lines / best.cpuSeconds;
  full ??= { rate, cpuRate };
  const fmt = (n, width) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–').padStart(width);
  const ratio = (n, d) => (Number.isFinite(n / d) ? (n / d).toFixed(2) : '–').padStart(6);
  console.log(`${label.padEnd(36)} ${fmt(rate, 9)}   ${ratio(rate, full.rate)}   ${fmt(cpuRate, 11)}   ${ratio(cpuRate, full.cpuRate)}   ${fmt(best.bytes / lines, 12)}`);
}
rmSync(dir, { recursive: true, force: true });
