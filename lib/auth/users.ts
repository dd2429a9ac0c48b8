// People who sign in to the console: created by an admin (or the CLI, or the
// first start), with one role, and disabled rather than deleted so the audit
// log keeps naming them.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { users, type User } from '../db/schema/auth';
import { hashPassword, passwordSchema } from './password';
import { ROLES, type Role } from './roles';

export const emailSchema = z
  .string({ error: 'An e-mail address is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: (issue) => `"${String(issue.input)}" is not an e-mail address` }).max(254));

export const roleSchema = z.enum(ROLES, { error: `The role must be one of ${ROLES.join(', ')}` });

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(120).default(''),
  role: roleSchema,
  password: passwordSchema,
});

export const userChangeSchema = z
  .object({
    name: z.string().trim().max(120).optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .refine((change) => Object.values(change).some((v) => v !== undefined), 'Nothing to change');

/** What the console and the API show of a user: never the hash. */
export type UserView = Omit<User, 'passwordHash'>;

export function toView({ passwordHash: _, ...view }: User): UserView {
  return view;
}

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`A user with the e-mail ${email} already exists`);
    this.name = 'UserExistsError';
  }
}

export async function createUser(db: Db, input: z.input<typeof newUserSchema>): Promise<UserView> {
  const user = newUserSchema.parse(input);
  const [row] = await db
    .insert(users)
    .values({ email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new UserExistsError(user.email);
  return toView(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return undefined;
  const [row] = await db.select().from(users).where(eq(users.email, parsed.data));
  return row;
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function listUsers(db: Db): Promise<UserView[]> {
  return (await db.select().from(users).orderBy(asc(users.email))).map(toView);
}

export async function countUsers(db: Db): Promise<number> {
  return db.$count(users);
}

export class LastAdminError extends Error {
  constructor() {
    super('This is the last active admin: make another user admin first');
    this.name = 'LastAdminError';
  }
}

export async function updateUser(db: Db, id: string, change: z.input<typeof userChangeSchema>): Promise<UserView | undefined> {
  const parsed = userChangeSchema.parse(change);
  const hash = parsed.password === undefined ? undefined : await hashPassword(parsed.password);
  return db.transaction(async (tx) => {
    if (parsed.disabled === true || (parsed.role && parsed.role !== 'admin')) {
      // Locked, so two admins demoting each other at once cannot leave none.
      const admins = await tx.select({ id: users.id }).from(users)
        .where(and(eq(users.role, 'admin'), isNull(users.disabledAt))).for('update');
      if (admins.length === 1 && admins[0].id === id) throw new LastAdminError();
    }
    const [row] = await tx
    .update(users)
    .set({
      ...(parsed.name !== undefined && { name: parsed.name }),
      ...(parsed.role !== undefined && { role: parsed.role }),
      ...(parsed.disabled !== undefined && { disabledAt: parsed.disabled ? new Date() : null }),
      ...(hash !== undefined && { passwordHash: hash }),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning();
    return row && toView(row);
  });
}

export async function recordSignIn(db: Db, id: string) {
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, id));
}

export type { Role, User };
