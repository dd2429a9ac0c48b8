'use client';
// The users list and the change every row makes (role, disable, enable).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { Jsonify } from '@/lib/client/json';
import type { UserView } from '@/lib/auth/users';
import type { Role } from '@/lib/auth/roles';

export type User = Jsonify<UserView>;
export type UserChange = { role?: Role; disabled?: boolean };

export const USERS_KEY = ['admin', 'users'];

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => api.get<User[]>('/admin/users') });
}

export function useUpdateUser(onDone: (user: User, change: UserChange) => void, onError: (error: unknown) => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) => api.patch<User>(`/admin/users/${id}`, change),
    onSuccess: (user, { change }) => onDone(user, change),
    onError,
    onSettled: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
