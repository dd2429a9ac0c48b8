// The dictionaries as plain typed objects: `t.common.nav.runs`, with functions
// where a message takes values. The compiler checks English has every key.
import { en } from './en';
import { es, type Messages } from './es';
import type { Locale } from './locales';

export type { Messages };
export const MESSAGES: Record<Locale, Messages> = { es, en };
