import { registerDefaults } from '../i18n/i18n.js';
import { en } from './locales/en.js';
import { fi } from './locales/fi.js';
import { se } from './locales/se.js';
import { smn } from './locales/smn.js';
import { sms } from './locales/sms.js';
import { sv } from './locales/sv.js';

registerDefaults('participation', { fi, se, smn, sms, sv, en });
