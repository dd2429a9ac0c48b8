import type { Messages } from '../es';
import { common } from './common';

export const en: Messages = { common };
