// Streams N facts lines through `solar-sop batch` and reports lines per second and the CLI
// process's peak resident memory (VmHWM from /proc, Linux). Usage:
//   node bench/batch-memory.mjs [lines=1000000] [procedure=service-desk/close-eligibility]
// Needs a build (npm run build). Prints numbers; asserts nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lines = Number(process.argv[2] ?? 1_000_000);
const procedure = process.argv[3] ?? 'pto-delay/first-payment-timing';
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));

/** Varied facts for the procedure, one per line, made on the fly (nothing held in memory). */
function factsLine(i) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 9)).padStart(2, '0');
  if (procedure === 'pto-delay/first-payment-timing') {
    return JSON.stringify({ m2ApprovedOn: `2026-${month}-${day}`, installer: i % 3 ? 'Top Electric' : 'Acme Solar', now: '2026-11-23T12:00:00Z' });
  }
  throw new Error(`no generator for ${procedure}`);
}

const child = spawn(process.execPath, [cli, 'batch', procedure, '-', '--now', '2026-11-23T12:00:00Z'], {
  stdio: ['pipe', 'pipe', 'pipe'],
});
let peakKb = 0;
const sample = () => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
  } catch {
    // the process has exited
  }
};
const timer = setInterval(sample, 50);
let outLines = 0;
child.stdout.on('data', (chunk) => {
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) outLines++;
  sample();
});
let summary = '';
child.stderr.on('data', (chunk) => {
  summary += chunk;
});

const start = process.hrtime.bigint();
let i = 0;
function pump() {
  while (i < lines) {
    const ok = child.stdin.write(`${factsLine(i++)}\n`);
    if (!ok) return child.stdin.once('drain', pump);
  }
  child.stdin.end();
}
pump();

child.on('exit', (code) => {
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`procedure:        ${procedure}`);
  console.log(`lines in / out:   ${lines} / ${outLines}`);
  console.log(`exit code:        ${code}`);
  console.log(`wall time:        ${seconds.toFixed(1)} s`);
  console.log(`throughput:       ${Math.round(lines / seconds).toLocaleString('en-US')} lines/s`);
  console.log(`peak RSS (VmHWM): ${(peakKb / 1024).toFixed(1)} MB (limit 200 MB)`);
  console.log(`summary (stderr): ${summary.trim()}`);
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
});
