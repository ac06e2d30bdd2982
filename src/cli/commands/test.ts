// `solar-sop test <files or folders…>`: runs a host's case files under its policy.
import { parseArgs } from 'node:util';
import { SopInputError } from '../../_lib/errors.js';
import { ruleCoverage } from '../../testing/coverage.js';
import { loadCaseFiles } from '../../testing/load.js';
import { CaseFileError } from '../../testing/parse.js';
import { runCases } from '../../testing/run.js';
import { coverageText, jsonReport, junitReport, REPORTERS, tapReport, textReport, type ReporterName } from '../reporters.js';
import { CommandError, EXIT, guarded, policyProblems, readPolicyFile } from '../testing-io.js';

export const USAGE = `Usage: solar-sop test <files or folders…> [--policy p.json] [--reporter text|junit|tap|json] [--coverage] [--min-coverage N]

Runs every case in the YAML or JSON case files (folders: every .yaml, .yml and .json file under them).
Exit codes: 0 all passed, 1 a case failed (or rule coverage below --min-coverage), 2 usage error or unreadable file.`;

export async function run(args: string[]): Promise<number> {
  return guarded(() => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        reporter: { type: 'string', default: 'text' },
        coverage: { type: 'boolean', default: false },
        'min-coverage': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const reporter = values.reporter as ReporterName;
    if (!REPORTERS.includes(reporter)) throw new CommandError(`--reporter must be one of ${REPORTERS.join(', ')}, got "${values.reporter}"\n\n${USAGE}`);
    const min = values['min-coverage'] === undefined ? undefined : Number(values['min-coverage']);
    if (min !== undefined && !(min >= 0 && min <= 100)) throw new CommandError(`--min-coverage must be a percentage from 0 to 100, got "${values['min-coverage']}"`);
    if (positionals.length === 0) throw new CommandError(`Name the case files or folders to run.\n\n${USAGE}`);

    const policy = values.policy === undefined ? undefined : readPolicyFile(values.policy);
    let cases;
    try {
      cases = loadCaseFiles(positionals);
    } catch (error) {
      if (error instanceof CaseFileError) throw new CommandError(error.message);
      throw error;
    }
    if (cases.length === 0) throw new CommandError(`No cases found in ${positionals.join(', ')} (case files end in .yaml, .yml or .json).`);
    let results;
    try {
      results = runCases(cases, policy === undefined ? {} : { policy });
    } catch (error) {
      if (error instanceof SopInputError && error.subject === 'policy') throw new CommandError(policyProblems(values.policy as string, error));
      throw error;
    }
    const coverage = values.coverage || min !== undefined ? ruleCoverage(results) : undefined;
    const report = { text: textReport, junit: junitReport, tap: tapReport, json: jsonReport }[reporter];
    process.stdout.write(report(results, coverage));
    // JUnit and TAP stay parseable: their coverage goes to stderr.
    if (coverage && (reporter === 'junit' || reporter === 'tap')) process.stderr.write(`${coverageText(coverage)}\n`);
    const belowMin = min !== undefined && (coverage?.rules.percent as number) < min;
    if (belowMin) process.stderr.write(`solar-sop: rule coverage ${coverage?.rules.percent.toFixed(1)}% is below --min-coverage ${min}%\n`);
    return results.some((r) => !r.passed) || belowMin ? EXIT.failed : EXIT.ok;
  });
}
