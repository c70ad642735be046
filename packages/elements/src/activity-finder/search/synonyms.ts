/**
 * Groups of words that find one another, in Finnish and Northern Sami: one word per entry, in any
 * form (entries are stemmed and folded like the catalogue). A query word that is (or inflects
 * like) a member also finds the other members, ranked below direct matches. Grounded in the demo
 * catalogue's activities and in what people are referred for: loneliness, low mood, little to do.
 *
 * Northern Sami words are from the Giellatekno dictionaries (giellalt dict-fin-sme and
 * dict-sme-fin): each is given there for a Finnish word of its group (`doarjja` for the `tuki` of
 * `vertaistuki`) — except `sámi`, the attributive form of `sápmi` ("Sámi kultuvra"). The Inari
 * Sami `anarâš` and `anarâškielâ` are from the demo catalogue's Inari Sami activity names. An
 * embedder adds its own groups through the finder's `synonyms` property; these always apply.
 */
export type SynonymGroups = readonly (readonly string[])[];

export const SYNONYMS: SynonymGroups = [
  // Loneliness, mood, company — the reasons people are referred for
  ['yksinäisyys', 'yksinäinen', 'yksin', 'kohtaamispaikka', 'juttuseura', 'oktonas', 'okto', 'deaivvadanbáiki'],
  ['suru', 'sureva', 'surra', 'menetys', 'menettää', 'sururyhmä', 'surutyö', 'leski', 'moraš', 'massin', 'menettäminen'],
  ['masennus', 'masentunut', 'mieliala', 'alakulo', 'mielenterveys', 'jaksaminen', 'ahdistus', 'nuonddahallan'],
  ['vertaistuki', 'vertaisryhmä', 'vertaistukiryhmä', 'tukiryhmä', 'vertainen', 'doarjja'],
  ['ystävä', 'kaveri', 'ystäväpalvelu', 'ystävätoiminta', 'ystävyys', 'ustit', 'ustitvuohta'],
  ['keskustelu', 'jutella', 'juttelu', 'jutustelu', 'rupattelu', 'ságastallan', 'ságastallat'],
  ['harrastus', 'harrastaminen', 'ajanviete', 'tekeminen', 'virkistys', 'áiggeádji', 'ájanas'],
  ['hyvinvointi', 'jaksaminen', 'virkistys', 'buresbirgejeaddji', 'čálgu'],
  ['eläkeläinen', 'seniori', 'ikäihminen', 'ikääntynyt', 'vanhus', 'ikäinen', 'pensionista', 'boaran'],
  ['omaishoitaja', 'omaishoito', 'omainen', 'läheinen'],
  ['muisti', 'muistisairaus', 'muistisairas', 'dementia', 'muistihäiriö'],
  // Exercise and outdoors
  ['jumppa', 'liikunta', 'kuntosali', 'liikuntaryhmä', 'voimistelu', 'kuntoilu', 'lihaskunto', 'lášmmohallan', 'lihkadeapmi'],
  ['kävely', 'kävellä', 'sauvakävely', 'lenkki', 'lenkkeily', 'ulkoilu', 'vázzin', 'vázzit'],
  ['ulkoilu', 'ulkoilla', 'luonto', 'metsä', 'luontoretki', 'luondu', 'olgodaddat'],
  ['uinti', 'uida', 'uimahalli', 'vesijumppa', 'vesiliikunta', 'vuodjan'],
  ['hiihto', 'hiihtää', 'latu', 'čuoigan', 'čuoigat'],
  ['tanssi', 'tanssia', 'tanssiaiset', 'lavatanssit', 'dánsa', 'dánsut'],
  ['kalastus', 'kalastaa', 'pilkki', 'pilkkiminen', 'onkiminen', 'guolásteapmi', 'guolástit', 'bilka', 'bilket'],
  ['marjastus', 'marja', 'marjaretki', 'marjanpoiminta', 'sienestys', 'muorji'],
  ['retki', 'retkeily', 'tuvra'],
  // Music, culture, crafts
  ['kuoro', 'laulu', 'lauluryhmä', 'laulaa', 'laulaminen', 'yhteislaulu', 'koarra', 'lávlla', 'lávlun', 'lávlut'],
  ['virsi', 'virsilaulu', 'hengellinen', 'sálbma'],
  ['joiku', 'joikaaminen', 'luohti', 'juoigat'],
  ['musiikki', 'soitto', 'soittaa', 'konsertti', 'musihkka'],
  ['käsityö', 'käsityöt', 'neulonta', 'neulominen', 'virkkaus', 'ompelu', 'kudonta', 'duodji', 'giehtaduodji'],
  ['kudonta', 'kutominen', 'kangaspuut', 'matonkudonta', 'poppana'],
  ['maalaus', 'maalata', 'taide', 'piirtäminen', 'vesiväri', 'akvarelli', 'málen', 'málet'],
  ['muistelu', 'muistella', 'muistot', 'muisto', 'muitu', 'muittašit'],
  ['teatteri', 'näytelmä', 'draama', 'teáhter'],
  ['elokuva', 'leffa', 'filbma'],
  ['valokuvaus', 'valokuva', 'kuvaaminen', 'kamera'],
  ['kirjoittaminen', 'kirjoituspiiri', 'runo', 'runous', 'tarina'],
  ['peli', 'pelata', 'bingo', 'kortit', 'korttipeli', 'lautapeli', 'shakki', 'speallu', 'speallat'],
  ['ruoka', 'ruokailu', 'kokkaus', 'kokki', 'kokkikerho', 'ruoanlaitto', 'leivonta', 'lounas', 'biebmu'],
  ['puutarha', 'puutarhanhoito', 'viljely', 'kasvimaa'],
  // Learning, library, digital help
  ['kirjasto', 'kirjastoauto', 'girjerádju', 'bibliotehka'],
  ['lukeminen', 'lukupiiri', 'kirja', 'kirjallisuus', 'girji', 'lohkat'],
  ['kurssi', 'opisto', 'kansalaisopisto', 'opiskelu', 'koulutus', 'kursa', 'oahppolihttu'],
  ['digi', 'digituki', 'älylaite', 'tietokone', 'kännykkä', 'älypuhelin', 'tabletti', 'laite', 'tietotekniikka', 'verkkopankki', 'internet', 'dihtor', 'mobiila', 'tableahtta', 'internáhta'],
  ['etä', 'etäyhteys', 'videoyhteys', 'video', 'etätapaaminen', 'verkossa'],
  // Meeting places, church, village, volunteering
  ['kahvila', 'kahvi', 'kahvio', 'gáffe', 'kafea', 'gáffádat'],
  ['seurakunta', 'diakonia', 'kirkko', 'hartaus', 'searvegoddi'],
  ['kerho', 'piiri', 'riekkis', 'biire'],
  ['vapaaehtoinen', 'vapaaehtoistyö', 'talkoot', 'auttaminen', 'eaktodáhtolaš'],
  ['kuljetus', 'kyyti', 'kimppakyyti', 'fievrrideapmi'],
  ['mies', 'miehet', 'äijä', 'äijät', 'äijäporukka'],
  ['nainen', 'naiset', 'martat', 'marttayhdistys'],
  // Sami languages and culture
  ['saame', 'sami', 'sámi', 'saamelainen', 'saamenkielinen', 'sápmelaš', 'sápmi', 'sámegiella'],
  ['inarinsaame', 'anaraš', 'anarâš', 'anarâškielâ'],
  ['koltansaame', 'kolttasaame', 'kolttasaamelainen', 'koltta'],
];
