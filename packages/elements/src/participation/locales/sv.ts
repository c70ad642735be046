import type { ParticipationStrings } from './fi.js';

export const sv: ParticipationStrings = {
  explanation:
    'Talet 0–100 beskriver upplevelsen av delaktighet: att höra till, att det man gör är meningsfullt och att kunna påverka. THL rekommenderar inte mätaren för att bedöma en enskild person, så resultatet fungerar som en öppning för samtal och används för att utvärdera grupper och verksamheter.',
};
