import type { QuestionnaireStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: QuestionnaireStrings = {
  statement: 'Ǩeeʹrjtõs {{number}}',
  progress: 'Ǩeeʹrjtõs {{current}}/{{total}}',
  answered: 'Vaʹsttum {{count}}/{{total}}',
  next: 'Čuâvvai',
  back: 'Ouddlõž',
  toReview: 'Taaʹrǩest vasttõõzzid',
  review: {
    title: 'Taaʹrǩest vasttõõzzid',
    intro: 'Vuäitak še muʹtted vasttõõzzid. Ko tõk lie vuõiggâd, tuʹhssted tõid.',
    change: 'Muuʹtt',
    changeLabel: 'Muuʹtt vasttõõzz näggtõʹsse {{number}}',
    notAnswered: 'Ij vaʹsttum',
  },
  confirm: 'Tuʹhssted vasttõõzzid',
  confirmed: 'Späʹsseb. Vaʹsttõõzz lie tuʹhsstum.',
  chooseOne: 'Vaʹlljed õhtt vaʹlljemnääll.',
  unanswered: 'Vaʹstted näggtõʹsse {{number}}: {{statement}}',
  valueMissing: 'Vaʹstted puk näggtõõzzid.',
  itemsLanguage: 'Ǩeeʹrjtõõzzi ǩiõll: {{language}}. Ǩeeʹrjtõõzzin ij leäkku tuʹhsstum jåårǥlõs tän ǩiõʹlle.',
  result: {
    title: 'Puåđõs',
    score: '{{score}} čuõkk skaalâst {{min}}–{{max}}.',
    change: 'Muttâs ouddlõž meâldummšest ({{timepoint}}, {{previous}} čuõkk): {{change}}.',
    noChange: 'Seämma ko ouddlõž vuâra ({{timepoint}}).',
    disclaimer: 'Puåđõs čuäʹjat vaʹsttemääiʹj ǩiõččlõõzz. Tõt ij leäkku diagnoos ij-ga aʹrvvõs ooumžest.',
  },
  loading: 'Koʹččmõõžž vieʹžžet…',
  missing: {
    title: 'Näggtõõzz vääʹnne',
    body: 'Tän koʹččmõõžž vuäitt âânned pâi vuõiggâdvuõđlaž näggtõõzzivuiʹm, koid organisaatio vuäžž looʹvin. Näggtõõzz jie leäkku na lââʹzztum tän seidde.',
    help: 'Reâššjeeʹja: uuʹd näggtõõzzid teâttõssân (src) leʹbe jiijjâsvuõttân (instrument). Õhjj lie Linkki README-teâttõõzzâst.',
  },
  failed: {
    title: 'Koʹččmõõžž ij vuäittam vieʹžžed',
    body: 'Õhttvuõtt pottʼtõõvi leʹbe server ij vaʹsttam. Taaʹrǩest neʹttõhttvuõđ da ǩiččâl oʹđđest.',
    retry: 'Ǩiččâl oʹđđest',
  },
  invalid: {
    title: 'Koʹččmõõžž ij vuäittam čuäʹjted',
    body: 'Koʹččmõštteâttõõzzâst lij vââʹǩǩ, tõn diõtt näggtõõzz jie čuäʹjtõõđ. Vääʹld õhttvuõđ seeid reâššjeeʹja.',
  },
};
