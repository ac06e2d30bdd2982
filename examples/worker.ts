/**
 * A Cloudflare Workers entry for the solar-sop decision service (wrangler: `main = "examples/worker.ts"`).
 * Secrets: `wrangler secret put SOLAR_SOP_API_KEYS` (comma-separated keys); optionally
 * SOLAR_SOP_HMAC_SECRET. The handler is made once per isolate, on the first request.
 */
import { createHandler, type SopHandler } from 'solar-sop/server';

interface Env {
  readonly SOLAR_SOP_API_KEYS?: string;
  readonly SOLAR_SOP_HMAC_SECRET?: string;
}

let handler: SopHandler | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    handler ??= createHandler({
      ...(env.SOLAR_SOP_API_KEYS ? { apiKeys: env.SOLAR_SOP_API_KEYS.split(',').map((k) => k.trim()).filter(Boolean) } : {}),
      ...(env.SOLAR_SOP_HMAC_SECRET ? { hmacSecret: env.SOLAR_SOP_HMAC_SECRET } : {}),
      log: (entry) => console.log(JSON.stringify(entry)),
    });
    return handler.fetch(request);
  },
};
