// Load test of `solar-sop serve` with autocannon, against 127.0.0.1 only: requests/s, p50/p99
// latency and errors for POST /v1/decide/service-desk/close-eligibility at 10 and 100 connections,
// beside the same decisions in process (the bare function, and the fetch handler without a
// socket), so the HTTP overhead is a measured ratio. Then batches under the same load, counting
// lost lines. The server logs every request to stdout as in production, here into a file: Node
// writes to a pipe synchronously, so a pipe read by this busy process would throttle the server.
// Needs a build (npm run build). Prints numbers; asserts nothing. Bounded: about 30 s in all.
//   node bench/server-load.mjs [seconds per run=5]
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { closeEligibility } from '../dist/esm/index.js';
import { createHandler } from '../dist/esm/server/index.js';

const SECONDS = Number(process.argv[2] ?? 5);
const KEY = 'bench-key-0123456789abcdef';
const PROCEDURE = 'service-desk/close-eligibility';
const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const examples = JSON.parse(readFileSync(new URL('../src/service-desk/examples/close-eligibility.json', import.meta.url), 'utf8')).examples;
const facts = examples.find((e) => e.name === 'confirmation-24h').facts;
const body = JSON.stringify(facts);
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

/** Decisions per second of `fn` over `ms` milliseconds (after a warm-up). */
async function rate(fn, ms = 2000) {
  for (let i = 0; i < 2000; i++) await fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 200; i++) await fn();
    n += 200;
  }
  return n / ((performance.now() - start) / 1000);
}

const handler = createHandler({ apiKeys: [KEY] });
const url = 'http://127.0.0.1/v1/decide/' + PROCEDURE;
const bare = await rate(() => closeEligibility(JSON.parse(body)));
const inProcess = await rate(async () => {
  const r = await handler.fetch(new Request(url, { method: 'POST', headers, body }));
  await r.arrayBuffer();
});

const logFile = join(mkdtempSync(join(tmpdir(), 'solar-sop-load-')), 'server.log');
const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
  env: { ...process.env, SOLAR_SOP_API_KEYS: KEY },
  stdio: ['ignore', openSync(logFile, 'w'), 'inherit'],
});
let base;
for (let i = 0; i < 200 && !base; i++) {
  await new Promise((resolve) => setTimeout(resolve, 50));
  base = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(readFileSync(logFile, 'utf8'))?.[1];
}
if (!base) throw new Error(`the server did not start: ${readFileSync(logFile, 'utf8')}`);

function load(connections) {
  return autocannon({ url: `${base}/v1/decide/${PROCEDURE}`, method: 'POST', headers, body, connections, duration: SECONDS });
}

/**
 * Posts `count` batches of `lines` facts lines, one after another, and counts the records that do
 * not come back in order. In a worker thread: parsing megabytes of records on this thread would stall
 * autocannon's event loop and show up as server latency.
 */
function batches(count, lines) {
  const worker = new Worker(
    `const { parentPort, workerData: { url, headers, body, count, lines } } = require('node:worker_threads');
    (async () => {
      const results = [];
      for (let b = 0; b < count; b++) {
        const r = await fetch(url, { method: 'POST', headers, body: (body + '\\n').repeat(lines) });
        const out = (await r.text()).split('\\n').filter((l) => l !== '');
        let inOrder = 0;
        out.forEach((l, i) => {
          const rec = JSON.parse(l);
          if (rec.line === i + 1 && rec.outcome === 'eligible') inOrder++;
        });
        results.push({ status: r.status, lost: lines - inOrder });
      }
      parentPort.postMessage(results);
    })();`,
    { eval: true, workerData: { url: `${base}/v1/batch/${PROCEDURE}`, headers: { ...headers, 'content-type': 'application/x-ndjson' }, body, count, lines } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}); server and load generator share them`);
console.log(`in process: closeEligibility (JSON.parse + decide)  ${fmt(bare)} decisions/s`);
console.log(`in process: createHandler().fetch(Request)           ${fmt(inProcess)} requests/s (routing, auth, body, JSON)\n`);
console.log('HTTP, POST /v1/decide/service-desk/close-eligibility (keep-alive, bearer key):');
console.log('connections   requests/s    p50 ms   p99 ms   errors  non-2xx   overhead vs in-process decide');
for (const connections of [10, 100]) {
  const r = await load(connections);
  const errors = r.errors + r.timeouts;
  console.log(
    `${String(connections).padStart(11)} ${fmt(r.requests.average).padStart(12)} ${fmt(r.latency.p50, 2).padStart(9)} ${fmt(r.latency.p99, 2).padStart(8)} ${String(errors).padStart(8)} ${String(r.non2xx).padStart(8)}   ×${fmt(bare / r.requests.average, 1)} (handler alone ×${fmt(bare / inProcess, 1)})`,
  );
}

// Batches while 100 connections keep deciding: every line must come back, in order.
const BATCHES = 8;
const LINES = 2000;
const during = load(100);
const results = await batches(BATCHES, LINES);
const r = await during;
// A batch that never came back counts all its lines as lost.
const lost = BATCHES * LINES - results.reduce((a, b) => a + (LINES - b.lost), 0);
console.log(
  `\nbatch under load: ${BATCHES} × ${fmt(LINES)} lines during 100-connection decide load: ${lost} lost lines, statuses ${[...new Set(results.map((b) => b.status))].join(',')}; decide p99 ${fmt(r.latency.p99, 2)} ms, ${r.errors + r.timeouts} errors, ${r.non2xx} non-2xx`,
);

server.kill('SIGTERM');
const code = await new Promise((resolve) => server.once('exit', resolve));
const logged = readFileSync(logFile, 'utf8').split('\n').length - 2;
console.log(`server exit code after SIGTERM: ${code}; ${fmt(logged)} log lines`);
