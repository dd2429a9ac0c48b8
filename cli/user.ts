// `npm run user -- <command>`: people who sign in to the console, managed from a
// terminal (the first admin, or when no admin can sign in).
import { randomPassword } from '../lib/auth/password';
import { createUser, findUserByEmail, listUsers, roleSchema, updateUser } from '../lib/auth/users';
import { parseOrThrow } from '../lib/etl/requests';
import { auditCli } from './audit';
import { parseCommandLine, withDatabase } from './run';

const USAGE = `Usage: npm run user -- <command>
  create --email <e-mail> --role viewer|operator|admin [--name "…"]   (prints a generated password once)
  list
  role <e-mail> viewer|operator|admin
  password <e-mail>        (a new generated password, printed once)
  disable <e-mail> | enable <e-mail>`;

const { positionals, values } = parseCommandLine({ email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } }, USAGE);
const [command, email, role] = positionals;

await withDatabase(async ({ db }) => {
  const target = async () => {
    const user = email ? await findUserByEmail(db, email) : undefined;
    if (!user) throw new Error(email ? `No user has the e-mail ${email}.` : `Name the user by e-mail.\n${USAGE}`);
    return user;
  };
  const audit = (action: string, subject: string, params: Record<string, unknown> = {}) =>
    auditCli(db, { action, target: subject, params, result: 'success' });
  switch (command) {
    case 'create': {
      if (!values.email || !values.role) throw new Error(`create needs --email and --role.\n${USAGE}`);
      const password = randomPassword();
      const user = await createUser(db, { email: values.email, role: parseOrThrow(roleSchema, values.role), name: values.name, password });
      await audit('admin.user.create', user.email, { role: user.role });
      console.log(`✓ created ${user.email} (${user.role})\n  password: ${password}\n  (shown only now: hand it over safely; they can get a new one with \`npm run user -- password ${user.email}\`)`);
      return 0;
    }
    case 'list':
      for (const u of await listUsers(db)) {
        console.log(`  ${u.email.padEnd(32)} ${u.role.padEnd(9)} ${u.disabledAt ? 'disabled' : 'active  '} last sign-in ${u.lastSignInAt?.toISOString() ?? 'never'}`);
      }
      return 0;
    case 'role': {
      const user = await updateUser(db, (await target()).id, { role: parseOrThrow(roleSchema, role) });
      await audit('admin.user.update', user!.email, { role: user!.role });
      console.log(`✓ ${user!.email} is now ${user!.role}`);
      return 0;
    }
    case 'password': {
      const password = randomPassword();
      const user = await updateUser(db, (await target()).id, { password });
      await audit('admin.user.update', user!.email, { password: 'changed' });
      console.log(`✓ new password for ${user!.email}\n  password: ${password}\n  (shown only now)`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const user = await updateUser(db, (await target()).id, { disabled: command === 'disable' });
      await audit('admin.user.update', user!.email, { disabled: command === 'disable' });
      console.log(`✓ ${user!.email} ${command}d`);
      return 0;
    }
    default:
      throw new Error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
});
