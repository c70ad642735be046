import type { Activity } from '@linkki/schema';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../i18n/index.js';
import { inLanguage, otherLanguage, placeOf, scheduleText } from './activity-text.js';

export interface ShortlistView {
  i18n: LocalizeController;
  items: Activity[];
  notes: Record<string, string>;
  shareUrl: string;
  heading: (text: string, id: string) => unknown;
  setNote: (id: string, note: string) => void;
  remove: (id: string) => void;
  print: () => void;
  copy: () => void;
}

/** Plain text of the shortlist for a text message or an email. */
export function shortlistText(i18n: LocalizeController, items: Activity[], notes: Record<string, string>, shareUrl: string): string {
  const lines = items.map((a) => {
    const phone = a.contact?.phone ? `, ${a.contact.phone}` : '';
    const note = notes[a.id] ? `\n  ${notes[a.id]}` : '';
    return `- ${inLanguage(a.name, i18n.lang)}: ${scheduleText(i18n, a)}, ${placeOf(a, i18n.lang)}${phone}${note}`;
  });
  return [`${i18n.t('linkWorker.shareText')}:`, ...lines, shareUrl].join('\n');
}

/**
 * The shortlist ("Valitut") the link worker and the person build together: a note per item, print,
 * copy-to-clipboard text and a link that restores it. On paper each item is a large card.
 */
export function shortlistView(view: ShortlistView) {
  const { i18n, items } = view;
  return html`<section class="shortlist" part="shortlist" aria-labelledby="shortlist-title">
    ${view.heading(i18n.t('linkWorker.shortlistCount', { count: items.length }), 'shortlist-title')}
    ${items.length === 0
      ? html`<p>${i18n.t('linkWorker.empty')}</p>`
      : html`<ol class="picked">
            ${items.map((a) => {
              const name = inLanguage(a.name, i18n.lang);
              return html`<li class="card" part="shortlist-card">
                <p class="card-name" lang=${ifDefined(otherLanguage(a.name, i18n.lang))}>${name}</p>
                <p>${scheduleText(i18n, a)}</p>
                <p>${placeOf(a, i18n.lang)}</p>
                ${a.contact?.phone ? html`<p>${a.contact.phone}</p>` : nothing}
                <label class="label" for=${`note-${a.id}`}>${i18n.t('linkWorker.note', { name })}</label>
                <textarea id=${`note-${a.id}`} rows="2" maxlength="500" .value=${view.notes[a.id] ?? ''}
                  @change=${(e: Event) => view.setNote(a.id, (e.target as HTMLTextAreaElement).value)}></textarea>
                <p class="print-note">${view.notes[a.id] ?? ''}</p>
                <button type="button" class="secondary no-print" aria-label=${i18n.t('linkWorker.removeName', { name })} @click=${() => view.remove(a.id)}>
                  ${i18n.t('linkWorker.remove')}
                </button>
              </li>`;
            })}
          </ol>
          <div class="actions no-print">
            <button type="button" @click=${view.print}>${i18n.t('linkWorker.print')}</button>
            <button type="button" class="secondary" @click=${view.copy}>${i18n.t('linkWorker.copy')}</button>
          </div>
          <div class="field no-print">
            <label class="label" for="share-link">${i18n.t('linkWorker.shareLink')}</label>
            <input id="share-link" type="text" readonly .value=${view.shareUrl} />
          </div>`}
  </section>`;
}
