// An API error in words: the known refusals in the user's language, the rest as the server said it.
import { describeError } from '@/components/ui/query-state';
import { ApiClientError } from '@/lib/client/api';
import type { Messages } from '@/lib/i18n/messages';

export function apiMessage(error: unknown, t: Messages): string {
  if (error instanceof ApiClientError && error.code === 'last_admin') return t.admin.users.lastAdmin;
  return describeError(error, t.common.errors);
}
