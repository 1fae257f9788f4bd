import type { Command } from 'commander';
import { serve } from '@hono/node-server';
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ParleyError } from '../../core/errors.js';
import { allowedHostsFor, createApp, isLoopbackBind } from '../../server/app.js';
import { Store } from '../../store/store.js';
import { addDbOption, addPackOption, isWritableDb, knowledge, openExisting, port as portOption, type CommandContext } from '../shared.js';

/** A failure to listen as one line naming the option to change; anything unforeseen stays as it is. */
function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EADDRINUSE') return new ParleyError('E_PORT_IN_USE', null, `port ${port} is already in use on ${host} (pick another --port)`);
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' || e.code === 'EADDRNOTAVAIL' || e.code === 'EAI_NONAME') {
    return new ParleyError('E_USAGE', '--host', `cannot listen on ${host}: ${e.code === 'EADDRNOTAVAIL' ? 'not an address of this machine' : 'no such host'} (the default is 127.0.0.1)`);
  }
  if (e.code === 'EACCES') return new ParleyError('E_USAGE', '--port', `no permission to listen on port ${port} of ${host} (ports below 1024 need privileges; pick another --port)`);
  return e;
}

export function registerServe(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('serve')
    .description('start the local web app and JSON API (OpenAPI at /api/openapi.json) over a database')
    .option('--port <n>', 'port to listen on (0 picks a free one)', portOption('--port'), 8377)
    .option('--host <host>', 'address to bind (loopback by default; anything else exposes the app on your network)', '127.0.0.1')
    .option('--allow-private', 'let URL ingest reach private or loopback addresses', false)
    .addHelpText(
      'after',
      '\nA --db file that does not exist (or is empty) is created as a new, empty database, with a note on stderr:\n' +
        'articles can then be added in the web app. Other commands only read an existing database.\n' +
        '\nExample:\n  $ parley serve --db talks.db\n  $ parley serve --db talks.db --port 9000',
    );
  addDbOption(cmd);
  addPackOption(cmd);
  cmd.action(async (opts: { db: string; port: number; host: string; allowPrivate: boolean; pack: string[] }) => {
    const kb = knowledge(opts);
    // A database this process cannot write is served read-only (browsing; writes refused), not opened for writing.
    const readOnly = existsSync(opts.db) && !isWritableDb(opts.db);
    // The web app ingests articles, so serve creates a missing database; a mistyped name must not pass unseen.
    const fresh = !existsSync(opts.db) ? 'did not exist' : statSync(opts.db).size === 0 ? 'was an empty file' : null;
    const store = readOnly ? openExisting(opts.db) : Store.open(opts.db);
    if (readOnly) ctx.io.err(`note: ${opts.db} is read-only: serving it for browsing; ingest and corrections are refused\n`);
    else if (fresh) ctx.io.err(`note: ${opts.db} ${fresh}: serving a new, empty database (add articles in the web app or with \`parley ingest\`)\n`);
    const app = createApp(store, kb, { allowPrivate: opts.allowPrivate, hosts: allowedHostsFor(opts.host) });
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (e: NodeJS.ErrnoException) => reject(listenError(e, opts.host, opts.port)));
    }).catch((e: unknown) => {
      store.close();
      throw e;
    });
    const { port } = server.address() as AddressInfo;
    const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    if (!isLoopbackBind(opts.host)) {
      ctx.io.err(`warning: ${opts.host} is not a loopback address: anyone on your network can read and change this database (the server has no authentication)\n`);
    }
    ctx.io.out(`Parley is serving ${opts.db} at http://${shownHost}:${port}/  (API: /api, OpenAPI: /api/openapi.json; Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => resolve());
        // Open keep-alive connections would hold close() back.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    store.close();
  });
}
