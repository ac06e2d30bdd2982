import fc from 'fast-check';

// Property tests are reproducible: a fixed seed unless FC_SEED is given (to explore new cases).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123), numRuns: Number(process.env.FC_RUNS ?? 200) });
