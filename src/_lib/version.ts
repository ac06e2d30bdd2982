/** This package's version, as in package.json (a test keeps the two equal). @internal */
export const LIBRARY_VERSION = '0.3.0';
