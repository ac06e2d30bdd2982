/**
 * The decision service: a Web-standard `fetch` handler (built on Hono) that exposes every procedure
 * over HTTP for help-desk automations (Jira Automation, Zendesk webhooks, low-code bots). Run it
 * with `solar-sop serve`, or deploy the handler to an edge runtime or a serverless function.
 *
 * @packageDocumentation
 */
export { createHandler } from './handler.js';
export type { CorsOptions, LogEntry, ServerOptions, SopHandler } from './handler.js';
export type { Problem, ProblemCode } from './problem.js';
