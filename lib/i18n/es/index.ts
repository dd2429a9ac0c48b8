// Every Spanish message, by area; each area's file is owned by its pages.
import { common } from './common';

export const es = { common };
export type Messages = typeof es;
