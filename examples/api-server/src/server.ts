// Starts the API on Node: `pnpm --filter @rollout/example-api-server start`.
// PORT (default 8787) and HOST (default 127.0.0.1) come from the environment.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: createApp().fetch, port, hostname }, (info) => {
  process.stdout.write(`Rollout API on http://${info.address}:${info.port}/\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
