import type { QuestionnaireStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: QuestionnaireStrings = {
  statement: 'Näggtõs {{number}}',
  progress: 'Näggtõs {{current}}/{{total}}',
  answered: 'Vaʹsttuum {{count}}/{{total}}',
  next: 'Čuâvvai',
  back: 'Ouddlõž',
  toReview: 'Taaʹrǩest vasttõõzzid',
  review: {
    title: 'Taaʹrǩest vasttõõzzid',
    intro: 'Vuäitak veâl muʹtted vasttõõzzid. Ko tõk lie vuõiggâd, raavâd tõid.',
    change: 'Muuʹtt',
    changeLabel: 'Muuʹtt vasttõõzz näggtõʹsse {{number}}',
    notAnswered: 'Ij vaʹsttuum',
  },
  confirm: 'Raavâd vasttõõzzid',
  confirmed: 'Späʹsseb. Vasttõõzz lie raavuum.',
  chooseOne: 'Vaʹlljed õhtt vasttõõzz.',
  unanswered: 'Vaʹstted näggtõʹsse {{number}}: {{statement}}',
  valueMissing: 'Vaʹstted puk näggtõõzzid.',
  itemsLanguage: 'Näggtõõzzi ǩiõll: {{language}}. Tõin ij leäkku raavuum jåårǥlõs tän ǩiõʹlle.',
  result: {
    title: 'Puåđõs',
    score: '{{score}} čuõkk skaalâst {{min}}–{{max}}.',
    change: 'Muuttâs ouddlõž meâldummšest ({{timepoint}}, {{previous}} čuõkk): {{change}}.',
    noChange: 'Seämma ko ouddlõž vuâra ({{timepoint}}).',
    disclaimer: 'Puåđõs čuäʹjat vaʹsttemääiʹj ǩiõččlõõzz. Tõt ij leäkku diagnoos ij-ga aʹrvvõs ooumžest.',
  },
  loading: 'Kõõjjõõzz viiǯǯât…',
  missing: {
    title: 'Näggtõõzz vääʹnne',
    body: 'Tän kõõjjõõzz vuäitt âânned pâi vuõiggâdvuõđlaž näggtõõzzivuiʹm, koid organisaatio vuäžž looʹvin. Näggtõõzz jie leäkku na lââʹzztum tän seidde.',
    help: 'Reâššjeeʹja: uuʹd näggtõõzzid teâttõssân (src) leʹbe jiijjâsvuõttân (instrument). Õhjj lie Linkki README-teâttõõzzâst.',
  },
  failed: {
    title: 'Kõõjjõõzz ij vuäittam viǯǯâd',
    body: 'Õhttvuõtt pottʼtõõvi leʹbe server ij vaʹsttam. Taaʹrǩest neʹttõhttvuõđ da ǩiččâl oʹđđest.',
    retry: 'Ǩiččâl oʹđđest',
  },
  invalid: {
    title: 'Kõõjjõõzz ij vuäittam čuäʹjted',
    body: 'Koʹččmõštteâttõõzzâst lij vââʹǩǩ, tõn diõtt näggtõõzz jie čuäʹjtõõđ. Vääʹld õhttvuõđ seeid reâššjeeʹja.',
  },
};
