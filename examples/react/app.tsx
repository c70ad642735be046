// A fictional client system written in React: the Linkki elements through @linkki/react, with typed
// props and onLinkki… event props. Every name and number here is made up.
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkkiActivityFinder, LinkkiReferralForm, LinkkiSwemwbs, type LinkkiErrorDetail, type LinkkiReferralFormElement } from '@linkki/react';
import type { Activity } from '@linkki/schema';

/** The logged-in professional, as the client system knows her (fictional). */
const REFERRER: LinkkiReferralFormElement['referrer'] = {
  type: 'health-services',
  name: 'Testi Terveydenhoitaja',
  organisation: 'Esimerkkikunnan terveysasema',
  contact: { phone: '040 000 0001' },
};
/** The municipalities this system serves: Rovaniemi, Inari, Enontekiö, Kittilä, Utsjoki, Sodankylä. */
const MUNICIPALITIES = ['698', '148', '047', '261', '890', '758'];

const errorText = (detail: LinkkiErrorDetail) =>
  `${detail.kind}${detail.status ? ` (HTTP ${detail.status})` : ''}${detail.issues.length ? `, ${detail.issues.length} kohtaa` : ''}`;

function App() {
  const form = useRef<LinkkiReferralFormElement>(null);
  const nextCase = useRef(301);
  const [events, setEvents] = useState<{ name: string; text: string }[]>([]);
  const [saved, setSaved] = useState('');
  const [answered, setAnswered] = useState(0);
  const [score, setScore] = useState<number | undefined>();
  const [chosen, setChosen] = useState<Activity | undefined>();
  const [shortlist, setShortlist] = useState(0);
  const log = (name: string, text: string) => setEvents((shown) => [{ name, text }, ...shown].slice(0, 6));

  return (
    <>
      <h1>Linkki Reactissa</h1>
      <p>
        Kuvitteellinen asiakastietojärjestelmä, tehty Reactilla. Linkin elementit ovat <code>@linkki/react</code>-komponentteja:
        ominaisuudet annetaan propseina ja tapahtumat tulevat <code>onLinkki…</code>-propseihin tyypitettyinä.
      </p>

      <section className="events" aria-labelledby="events-heading">
        <h2 id="events-heading">Sovelluksen saamat tapahtumat</h2>
        {/* The log is there from the start, so that a screen reader announces each new entry. */}
        <ol role="log" aria-labelledby="events-heading">
          {events.map((event, index) => (
            <li key={events.length - index}>
              <code>{event.name}</code>: {event.text}
            </li>
          ))}
        </ol>
        {events.length ? null : <p>Ei vielä tapahtumia.</p>}
      </section>

      <section aria-labelledby="referral-heading">
        <h2 id="referral-heading">Uusi hyvinvointilähete</h2>
        <LinkkiReferralForm
          ref={form}
          headingLevel={3}
          referrer={REFERRER}
          municipality="758"
          municipalities={MUNICIPALITIES}
          draftKey="esimerkki-react-lahete"
          onLinkkiSubmit={(event) => {
            // Without `endpoint` the system stores the referral itself and gives it a reference.
            const reference = `2026-${String(nextCase.current++).padStart(4, '0')}`;
            const reasons = event.detail.reasons.join(', ');
            log('linkki-submit', `syyt: ${reasons}`);
            setTimeout(() => {
              form.current?.complete(reference);
              setSaved(`Järjestelmä tallensi lähetteen ${reference}: syyt ${reasons}.`);
            }, 400);
          }}
          onLinkkiSubmitted={(event) => log('linkki-submitted', `${event.detail.referral.kind}, ${event.detail.referral.reasons.length} syytä`)}
          onLinkkiError={(event) => log('linkki-error', errorText(event.detail))}
        />
        <output className="saved">{saved}</output>
      </section>

      <section aria-labelledby="swemwbs-heading">
        <h2 id="swemwbs-heading">SWEMWBS alussa</h2>
        <p className="note" aria-live="polite">
          Vastattu {answered}/7{score === undefined ? '' : `; tallennettu, metrinen pistemäärä ${score}`}
        </p>
        <LinkkiSwemwbs
          headingLevel={3}
          timepoint="start"
          showResult
          onLinkkiChanged={(event) => setAnswered(Object.keys(event.detail.answers).length)}
          onLinkkiCompleted={(event) => {
            setScore(event.detail.score.metric);
            log('linkki-completed', `${event.detail.instrument.id}, ${event.detail.completedAt.slice(0, 10)}`);
          }}
        />
      </section>

      <section aria-labelledby="finder-heading">
        <h2 id="finder-heading">Toiminnan valinta yhdessä</h2>
        <p className="note" aria-live="polite">
          Valittuja {shortlist}
          {chosen ? `; kirjattu kokeiltavaksi: ${chosen.name.fi ?? chosen.id}` : ''}
        </p>
        <LinkkiActivityFinder
          src="/data/catalogue.json"
          mode="link-worker"
          municipality="758"
          headingLevel={3}
          onLinkkiShortlistChanged={(event) => setShortlist(event.detail.ids.length)}
          onLinkkiSelected={(event) => {
            setChosen(event.detail.activity);
            log('linkki-selected', event.detail.activity.id);
          }}
          onLinkkiError={(event) => log('linkki-error', errorText(event.detail))}
        />
      </section>

    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
