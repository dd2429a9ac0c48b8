// `npm run token -- <command>`: API tokens from a terminal, for the first
// machine before anyone opens the console's admin pages.
import { createToken, listTokens, revokeToken } from '../lib/auth/tokens';
import { auditCli } from './audit';
import { parseCommandLine, withDatabase } from './run';

const USAGE = `Usage: npm run token -- <command>
  create --name <name> --role viewer|operator|admin [--expires YYYY-MM-DD]   (prints the secret once)
  list
  revoke <id>`;

const { positionals, values } = parseCommandLine({ name: { type: 'string' }, role: { type: 'string' }, expires: { type: 'string' } }, USAGE);
const [command, id] = positionals;

await withDatabase(async ({ db }) => {
  switch (command) {
    case 'create': {
      if (!values.name || !values.role) throw new Error(`create needs --name and --role.\n${USAGE}`);
      const { token, secret } = await createToken(db, { name: values.name, role: values.role as never, expires_at: values.expires }, null);
      await auditCli(db, { action: 'admin.token.create', target: token.name, params: { role: token.role, expires_at: values.expires ?? null }, result: 'success' });
      console.log(`✓ token "${token.name}" (${token.role}${token.expiresAt ? `, expires ${token.expiresAt.toISOString().slice(0, 10)}` : ''})\n  secret: ${secret}\n  (shown only now; send it as "Authorization: Bearer <secret>")`);
      return 0;
    }
    case 'list':
      for (const t of await listTokens(db)) {
        const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt < new Date() ? 'expired' : 'live';
        console.log(`  ${t.id}  ${t.prefix}…  ${t.name.padEnd(24)} ${t.role.padEnd(9)} ${state.padEnd(8)} last used ${t.lastUsedAt?.toISOString() ?? 'never'}`);
      }
      return 0;
    case 'revoke': {
      const token = id ? await revokeToken(db, id) : undefined;
      if (!token) throw new Error(id ? `No live token has the id ${id} (see \`npm run token -- list\`).` : `Name the token's id.\n${USAGE}`);
      await auditCli(db, { action: 'admin.token.revoke', target: token.id, params: { name: token.name }, result: 'success' });
      console.log(`✓ revoked "${token.name}"`);
      return 0;
    }
    default:
      throw new Error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
});
