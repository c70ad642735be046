import type { InstrumentDefinition } from '@linkki/schema';

/**
 * SWEMWBS wording. Finnish: the items, response labels, instructions and notice as printed in the
 * Lapland pilot report (THL's Finnish version). English: the University of Warwick's wording.
 * Licensed: use requires registration with the University of Warwick. Do not edit the wording.
 */
const LICENCE =
  'SWEMWBS is licensed: register your use with the University of Warwick (warwick.ac.uk/wemwbs). Official translations come from the licensors.';

const ITEM_IDS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'] as const;

const items = (texts: readonly string[]) => ITEM_IDS.map((id, i) => ({ id, text: texts[i]! }));
const scale = (labels: readonly string[]) => ({ min: 1, max: 5, labels: labels.map((label, i) => ({ value: i + 1, label })) });

export const SWEMWBS_FI: InstrumentDefinition = {
  id: 'swemwbs',
  version: '1.0',
  title: 'Positiivisen mielenterveyden mittari (SWEMWBS)',
  language: 'fi',
  scoring: 'swemwbs',
  instructions:
    'Alla on esitetty joitakin väittämiä tunteista ja ajatuksista. Merkitse jokaisen väittämän kohdalla rasti siihen ruutuun, mikä parhaiten kuvaa kokemuksiasi viimeisen kahden viikon aikana.',
  items: items([
    'Olen tuntenut itseni toiveikkaaksi tulevaisuuden suhteen',
    'Olen tuntenut itseni hyödylliseksi',
    'Olen tuntenut itseni rentoutuneeksi',
    'Olen käsitellyt ongelmia hyvin',
    'Olen ajatellut selkeästi',
    'Olen tuntenut läheisyyttä toisiin ihmisiin',
    'Olen kyennyt tekemään omia päätöksiä asioista',
  ]),
  scale: scale(['En koskaan', 'Harvoin', 'Silloin tällöin', 'Usein', 'Koko ajan']),
  notice: 'Warwick Edinburgh Mental Well-Being Scale (WEMWBS) © University of Warwick and Terveyden ja hyvinvoinnin laitos all rights reserved.',
  licence: LICENCE,
};

export const SWEMWBS_EN: InstrumentDefinition = {
  id: 'swemwbs',
  version: '1.0',
  title: 'Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS)',
  language: 'en',
  scoring: 'swemwbs',
  instructions:
    'Below are some statements about feelings and thoughts. Please tick the box that best describes your experience of each over the last 2 weeks.',
  items: items([
    'I’ve been feeling optimistic about the future',
    'I’ve been feeling useful',
    'I’ve been feeling relaxed',
    'I’ve been dealing with problems well',
    'I’ve been thinking clearly',
    'I’ve been feeling close to other people',
    'I’ve been able to make up my own mind about things',
  ]),
  scale: scale(['None of the time', 'Rarely', 'Some of the time', 'Often', 'All of the time']),
  notice:
    'Short Warwick-Edinburgh Mental Well-Being Scale (SWEMWBS) © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008, all rights reserved.',
  licence: LICENCE,
};

/** Validated wordings shipped with Linkki, by language. Other UI languages show the Finnish one. */
export const SWEMWBS_WORDINGS: Partial<Record<string, InstrumentDefinition>> = { fi: SWEMWBS_FI, en: SWEMWBS_EN };
