import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CaseFileError, parseCases, type LoadedCase } from './parse.js';

/** The file names a folder's case files have. */
const CASE_FILE = /\.(ya?ml|json)$/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return CASE_FILE.test(name) ? [path] : [];
    });
}

function unreadable(path: string, error: unknown): CaseFileError {
  const code = (error as NodeJS.ErrnoException).code as string;
  return new CaseFileError(path, [{ path: [], code: 'unreadable', message: `cannot be read (${code})`, location: { file: path, line: 1, column: 1 } }]);
}

/**
 * Reads case files from disk: each path is a file (read whatever its name) or a folder (every
 * `.yaml`, `.yml` and `.json` file under it, in name order). The one function of `solar-sop/testing`
 * that does I/O; {@link parseCases} does the reading of each text.
 *
 * @param paths - files and folders
 * @returns the cases of every file, in order, each with its file and line
 * @throws CaseFileError for a path that cannot be read, or an invalid file (with line and column)
 *
 * @example
 * ```ts
 * import { loadCaseFiles, runCases } from 'solar-sop/testing';
 * const failed = runCases(loadCaseFiles(['test/cases'])).filter((r) => !r.passed);
 * failed.length; //=> 0
 * ```
 */
export function loadCaseFiles(paths: readonly string[]): LoadedCase[] {
  return paths.flatMap((path) => {
    let texts: [string, string][];
    try {
      const files = statSync(path).isDirectory() ? filesUnder(path) : [path];
      texts = files.map((file) => [file, readFileSync(file, 'utf8')]);
    } catch (error) {
      throw unreadable(path, error);
    }
    return texts.flatMap(([file, text]) => parseCases(text, file));
  });
}
