import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finnishStem } from '../../packages/elements/src/activity-finder/search/finnish-stemmer.js';

// Pairs from Snowball's own test data (snowballstem/snowball-data, finnish/voc.txt → output.txt):
// 60 drawn at random, then one for each of the rarer endings (possessives, illatives, -ien, -mpi,
// -immat, -ejä, -sti, -kaan, -oon, -jo, -uj). The port matched all 49 957 words of that file.
const SNOWBALL =
  'baptiste:baptist agamemnon:agamemno hannoverin:hannover ilmiantoi:ilmiantoi aivotärähdys:aivotärähdys asialla:asia bryggaren:bryggar ahtaaksi:aht alaosasta:alaos hyväntahtoisen:hyväntahtois aseettomia:aseettom hämyyn:hämyy entistäkin:ent buddha:buddh antila:antil eläinkokeissa:eläinkok giljotiiniin:giljotiin ideoita:ideo engströmin:engström diabetespotilaiden:diabetespotil erottaa:erot con:con elämänasenteensa:elämänasent bongaus:bongaus baletista:balet englantilais:englantilais ehdotuksellaan:ehdotuks bismarck:bismarck eduskuntavaaliehdokas:eduskuntavaaliehdokas ilkalle:ilk halukkailta:haluk etupainotteisesti:etupainotteis bourgeois:bourgeois hennalan:hennal furuholm:furuholm etuni:etu haihtumista:haihtum aloitimme:aloit gaston:gasto helmaan:helm ennennäkemättömään:ennennäkemättöm filatovin:filatov hendrixiä:hendrix ehtii:eht hämmästellä:hämmäst hullin:hul frakissaan:frak esittääkseen:esittääks alistuisi:alistui haikon:haiko aidata:aida avauskilpailut:avauskilpailu arvojärjestys:arvojärjestys harppu:harpu asuntomarkkinoilla:asuntomarkkino hitaimmat:hitaim häkkisensä:häkkis iiriksen:iiriks ahtautuu:ahtautu dlp:dlp harrastukseni:harrastu huipussaan:huipu epäillään:epä asekauppoihin:asekaupo arktisiin:arktis hiipumiseen:hiipumis aseitten:ase alueohjelmien:alueohjelm huolestuttavampi:huolestuttav huomattavimmat:huomattav hiihtokilometrejä:hiihtokilometr epäilyttävästi:epäilyttäv hauskaan:hausk fortissimoon:fortissimo asiassajo:asiassaj';

test('the Finnish stemmer gives Snowball’s stems', () => {
  for (const pair of SNOWBALL.split(' ')) {
    const [word, stem] = pair.split(':') as [string, string];
    assert.equal(finnishStem(word), stem, word);
  }
});

test('inflected forms of activity words share a stem', () => {
  const same = [
    ['älylaitteisiin', 'älylaitteet', 'älylaite'],
    ['kuoroon', 'kuoro', 'kuorossa', 'kuoroja'],
    ['kirjastossa', 'kirjasto', 'kirjastoon', 'kirjastolla'],
    ['tanssiin', 'tanssi', 'tanssissa'],
    ['lukupiiriin', 'lukupiiri', 'lukupiirissä'],
  ];
  for (const forms of same) assert.deepEqual(new Set(forms.map(finnishStem)).size, 1, forms.join(' '));
});
