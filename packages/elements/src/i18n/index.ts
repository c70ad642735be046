export { LocalizeController, whenStringsReady } from './localize-controller.js';
export { registerStrings, registerDefaults, registerCodeLabels, languageReady, onStringsChanged, i18n, type Resources, type StringTree, type StringSource, type LabelModule } from './i18n.js';
export { resolveLanguage, languageTagOf, LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages.js';
export { intlLocale, formatDate, formatNumber, formatList, formatWeekday, compareText, parseDay } from './format.js';
