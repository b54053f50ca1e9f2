/**
 * The sources the guide cites. Shown as text and links only: nothing is fetched at run time (no
 * network calls), so urls may go stale without breaking anything. Titles live in the locales
 * (`guide: sources.<id>.title`) so both languages can name them.
 *
 * Honesty rules (domain contract version 2, §8.2; checked by content/fidelity.test.ts):
 * - `checked` is the day the wording in `excerpts` was compared with the page at `url`, by reading
 *   it. A source whose text nobody compared is cited as further reading only and has no `checked`
 *   (and no `excerpts`): it is never the source of a quote or of a legal claim on its own.
 * - `excerpts` are short passages copied verbatim from the page on the `checked` day. Every quote
 *   the guide shows as official text must stand verbatim in an excerpt of its `quoteSource`.
 * docs/decisions.md ("Version 2 of the domain contract: content and sources") says per source what
 * was compared and what could not be confirmed.
 */

export const SOURCE_IDS = [
  'meldcode-besluit',
  'basismodel-meldcode',
  'afwegingskader-2018',
  'nji-afwegingskader',
  'augeo-veilig-thuis',
  'signalenkaart-meldcode',
  'veilig-thuis-termijn',
  'ingrado-verzuim',
  'wmo-meldrecht',
  'nvo-meldrecht',
  'cbs-huiselijk-geweld',
  'nji-kindermishandeling',
  'wpo-meldplicht',
  'stb-1999-313',
  'wvo-meldplicht',
  'inspectie-zedenmisdrijven',
  'rijksoverheid-melden-aangeven',
  'vertrouwenspersoon-extern',
  'meldplicht-contactpersonen',
  'wet-seksuele-misdrijven',
  'rijksoverheid-seksuele-misdrijven',
  'wet-vrij-en-veilig-onderwijs',
  'veilig-thuis',
  'wet-kinderopvang-meldplicht',
  'kinderopvang-moa-2013',
  'inspectie-kinderopvang',
  'klachtenloket-kinderopvang',
  'kinderopvang-protocol-2024',
  'wmo-calamiteiten',
  'igj-jeugdhulp-melden',
  // Behaviour between children (issue 14 §5; docs/decisions.md, "Behaviour between children").
  'boink-meldcode-routes',
  'protocol-kinderopvang-onderling',
  'vlaggensysteem',
  'nji-grensoverschrijdend-zorgen',
  'schoolenveiligheid-sgg',
  'over-de-grens',
  'helpwanted-naaktbeelden-school',
  'schoolenveiligheid-sexting-acties',
  'schoolenveiligheid-sexting',
  // Issue 14 §2, §4, §7 (the child's voice and age, the kindcheck, the sector kaders and signals by age).
  'augeo-kindcheck',
  'jgz-richtlijn-stap3',
  'nji-praten-met-kind',
  'praten-met-kinderen-geheim',
  'nvo-toestemming',
  'kinderbescherming-scheiding',
  'schulinck-scheiding-jeugdhulp',
  'rijksoverheid-afwegingskader-basis',
  'afwegingskader-onderwijs',
  'boink-afwegingskader',
  'afwegingskader-sociaal-werk',
  'meldcode-nu-signalen',
  'signalenlijst-0-4',
  'signaalkaart-kindermishandeling',
  'kinderbescherming-achterlating',
  'lkha',
  'leraar24-signalen',
  // Issue 14 §1 (after a melding), §3 (sharing information), §6 (kinderopvang partners): after14.
  'vt-terugkoppeling-2019',
  'c-support-veilig-thuis',
  'meldcode-nu-melden',
  'handelingsprotocol-navragen',
  'radarfunctie',
  'ggdzw-radarfunctie',
  'nji-gegevensuitwisseling',
  'nji-informatie-school',
  'meldcode-nu-informatie-delen',
  'bpsw-geheimhouding',
  'servicepunt-smw-privacy',
  'nvo-beroepsgeheim',
  'kennisplein-conflict-van-plichten',
  'richtlijn-conflict-van-plichten',
  'avg-minimale-gegevensverwerking',
  'zat-op-naam',
  'verwijsindex-haaglanden',
  'verwijsindex-midden-nederland',
  'ggd-twente-voorschools',
  'nji-vsmw-rotterdam',
  // Which days the feedback reminder counts as working days (src/drafts/holidays.ts).
  'algemene-termijnenwet',
  // The legal ages and gezag after a divorce, compared on 2026-12-02 (docs/decisions.md, "Sources pass").
  'bw-1-251',
  'bw-1-251a',
  'nvo-zestien-jaar',
  'jeugdwet-zestien-jaar',
  'wgbo-driedeling',
  'bw-7-465',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  publisher: string;
  /** Year of the cited version: of the act or publication; for living web pages, the year we checked them. */
  year: number;
  url: string;
  /** Legal citation, when the source is a law or decree (kept in Dutch: it is a reference). */
  citation?: string;
  /** ISO date on which `excerpts` were compared with the page at `url`; absent when nobody compared it. */
  checked?: string;
  /** Passages copied verbatim from the page on the `checked` day (quotes must stand in one of them). */
  excerpts?: readonly string[];
}

/** The day the content editors of domain contract version 2 compared the sources below. */
const COMPARED = '2026-12-01';
/** The day the sources pass compared the legal-age and gezag sources (the last five below). */
const COMPARED_LAW = '2026-12-02';

export const SOURCES: Record<SourceId, Source> = {
  'meldcode-besluit': {
    id: 'meldcode-besluit',
    publisher: 'Staatsblad (Rijksoverheid)',
    year: 2013,
    url: 'https://zoek.officielebekendmakingen.nl/stb-2013-324.html',
    // Only the title and preamble of the 2013 decree could be read; its articles (and the consolidated
    // text with the 2019 afwegingskader) could not: no wording of it is quoted (docs/decisions.md).
    citation: 'Stb. 2013, 324',
  },
  'basismodel-meldcode': {
    id: 'basismodel-meldcode',
    publisher: 'Rijksoverheid',
    year: 2017,
    url: 'https://www.rijksoverheid.nl/documenten/rapporten/2017/01/09/basismodel-meldcode-huiselijk-geweld-en-kindermishandeling',
    checked: COMPARED,
    // The landing page; the model's own text (a pdf) could not be read, so nothing of it is quoted.
    excerpts: [
      'Stappenplan voor het handelen bij signalen van huiselijk geweld en kindermishandeling. Versie 2017.',
      'Vanaf 2019 moet deze meldcode uitgebreid worden met een afwegingskader.',
    ],
  },
  'afwegingskader-2018': {
    id: 'afwegingskader-2018',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2018,
    url: 'https://www.huiselijkgeweld.nl/publicaties/publicaties/2018/05/08/het-afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
    // Not read: further reading only. The five afwegingen are quoted from the NJi page below.
  },
  'nji-afwegingskader': {
    id: 'nji-afwegingskader',
    publisher: 'Nederlands Jeugdinstituut',
    // Dated by its wording: the afwegingskader of 2018 (in force since 1 January 2019).
    year: 2018,
    url: 'https://www.nji.nl/kindermishandeling/afwegingskader-meldcode',
    checked: COMPARED,
    excerpts: [
      'Het gaat dan om het beslissen of een melding noodzakelijk is en vervolgens of het zelf bieden of organiseren van hulp (ook) mogelijk is.',
      'Heb ik op basis van de stappen 1 tot en met 4 van de meldcode een vermoeden van (dreiging van) huiselijk geweld en/of kindermishandeling?',
      'Nee: Afsluiten en vastleggen in dossier',
      'Schat ik op basis van de stappen 1 tot en met 4 van de meldcode in dat er sprake is van acute onveiligheid en/of structurele onveiligheid?',
      'Ja: Melden bij Veilig Thuis. De afwegingen 3 tot en met 5 worden samen met Veilig Thuis doorlopen.',
      'Ben ik in staat effectieve hulp te bieden of organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?',
      'Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?',
      'Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?',
      'Nee: (Opnieuw) melden bij Veilig Thuis.',
      'Ja: hulp afsluiten met afspraken over het volgen van toekomstige (on)veiligheid met betrokkenen en samenwerkingspartners.',
    ],
  },
  'augeo-veilig-thuis': {
    id: 'augeo-veilig-thuis',
    publisher: 'Augeo Foundation',
    year: 2026,
    url: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    checked: COMPARED,
    excerpts: [
      'Veilig Thuis is het Advies- en meldpunt Huiselijk geweld en kindermishandeling en is 24 uur per dag gratis bereikbaar op 0800-2000.',
      'Als een professional vermoedt dat een kind of volwassene acuut ernstig gevaar loopt of structureel onveilig is meldt hij of zij dat bij Veilig Thuis.',
      'Ook als een slachtoffer zelf vertelt over onveiligheid thuis (een disclosure doet), meldt de professional dat.',
      'In elke stap van de meldcode kan je Veilig thuis bellen voor advies',
    ],
  },
  'signalenkaart-meldcode': {
    id: 'signalenkaart-meldcode',
    publisher: 'signalenkaart.nl',
    year: 2026,
    url: 'https://signalenkaart.nl/meldcode/',
    checked: COMPARED,
    // Follows the wording of the Basismodel meldcode on the grounds for not discussing a melding.
    excerpts: [
      'Het doen van een melding zonder dat de signalen zijn besproken met de cliënt, is alleen mogelijk als:',
      'Er concrete aanwijzingen zijn dat de veiligheid van de cliënt, die van u zelf, of die van een ander in het geding is, of zou kunnen zijn;',
      'Als u goede redenen hebt om te veronderstellen dat de cliënt door dit gesprek het contact met u zal verbreke',
    ],
  },
  'veilig-thuis-termijn': {
    id: 'veilig-thuis-termijn',
    publisher: 'NH Nieuws',
    year: 2023,
    url: 'https://www.nhnieuws.nl/nieuws/n134555/wachttijden-veilig-thuis-nog-steeds-te-lang',
    checked: COMPARED,
    excerpts: [
      'Is de situatie niet acuut onveilig, dan is Veilig Thuis wettelijk verplicht om binnen vijf werkdagen een veiligheidsbeoordeling te doen.',
    ],
  },
  'ingrado-verzuim': {
    id: 'ingrado-verzuim',
    publisher: 'Ingrado',
    year: 2021,
    url: 'https://ingrado.nl/actueel/items/wat-is-er-aan-de-hand-met-schoolverzuim-en-een-veilig-thuis-melding',
    checked: COMPARED,
    excerpts: [
      'Relatief of absoluut verzuim alleen is daarom geen reden voor een VT-melding.',
      'Pas als verzuim een gevolg is van ernstige problematiek in het gezin en als alle ingezette hulp er niet toe leidt dat het kind weer naar school gaat, kan, bij voorkeur samen met de betrokken hulpverleners en school, een VT-melding worden gedaan.',
    ],
  },
  'wmo-meldrecht': {
    id: 'wmo-meldrecht',
    publisher: 'wetten.overheid.nl',
    year: 2015,
    url: 'https://wetten.overheid.nl/BWBR0035362',
    citation: 'Wmo 2015, art. 5.2.6',
    // The article's text was compared as quoted by the NVO (source below), not on wetten.overheid.nl.
  },
  'nvo-meldrecht': {
    id: 'nvo-meldrecht',
    publisher: 'NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)',
    year: 2026,
    url: 'https://www.nvo.nl/veelgestelde-vragen/wat-als-veilig-thuis-informatie-wil-over-de-behandeling-van-een-ouder-of-kind',
    citation: 'over Wmo 2015, art. 5.2.6',
    checked: COMPARED,
    excerpts: [
      'Derden die beroepshalve beschikken over inlichtingen die noodzakelijk kunnen worden geacht om een situatie van huiselijk geweld of kindermishandeling te beëindigen of een redelijk vermoeden daarvan te onderzoeken, kunnen aan Veilig Thuis deze inlichtingen desgevraagd of uit eigen beweging verstrekken zonder toestemming van degene die het betreft',
      'Het meldrecht geldt voor alle beroepskrachten.',
    ],
  },
  'cbs-huiselijk-geweld': {
    id: 'cbs-huiselijk-geweld',
    publisher: 'CBS (Centraal Bureau voor de Statistiek)',
    year: 2026,
    url: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/huiselijk-geweld',
    citation: 'over Wmo 2015, art. 1.1.1',
    checked: COMPARED,
    excerpts: [
      'Lichamelijk, geestelijk of seksueel misbruik of bedreiging daarmee door iemand uit de huiselijke kring (definitie artikel 1 Wmo 2015).',
    ],
  },
  'nji-kindermishandeling': {
    id: 'nji-kindermishandeling',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'http://nji.nl/Kindermishandeling-Probleemschets-Definitie',
    citation: 'over Jeugdwet, art. 1.1',
    checked: COMPARED,
    excerpts: [
      'De officiële definitie van kindermishandeling is vastgelegd in de Jeugdwet:',
      'Elke vorm van voor een minderjarige bedreigende of gewelddadige interactie van fysieke, psychische of seksuele aard, die de ouders of andere personen ten opzichte van wie de minderjarige in een relatie van afhankelijkheid of van onvrijheid staat, actief of passief opdringen, waardoor ernstige schade wordt berokkend of dreigt te worden berokkend aan de minderjarige in de vorm van fysiek of psychisch letsel.',
    ],
  },
  'wpo-meldplicht': {
    id: 'wpo-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 1998,
    url: 'https://wetten.overheid.nl/BWBR0003420',
    citation: 'WPO, art. 4a',
    // The consolidated article could not be read; its 1999 wording is in Stb. 1999, 313 (below).
  },
  'stb-1999-313': {
    id: 'stb-1999-313',
    publisher: 'Staatsblad (Rijksoverheid)',
    year: 1999,
    url: 'https://zoek.officielebekendmakingen.nl/stb-1999-313.html',
    citation: 'Stb. 1999, 313 (invoering WPO art. 4a)',
    checked: COMPARED,
    excerpts: [
      'Artikel 4a. Verplichting tot overleg en aangifte inzake zedenmisdrijven',
      'Indien het bevoegd gezag op enigerlei wijze bekend is geworden dat een ten behoeve van zijn school met taken belast persoon zich mogelijk schuldig maakt of heeft gemaakt aan een misdrijf tegen de zeden als bedoeld in Titel XIV van het Wetboek van Strafrecht jegens een leerling van de school, treedt het bevoegd gezag onverwijld in overleg met de vertrouwensinspecteur',
    ],
  },
  'wvo-meldplicht': {
    id: 'wvo-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 2020,
    url: 'https://wetten.overheid.nl/BWBR0044209',
    citation: 'WVO 2020',
    // Not read: the article number of the WVO 2020 equivalent is not confirmed, so none is cited.
  },
  'inspectie-zedenmisdrijven': {
    id: 'inspectie-zedenmisdrijven',
    publisher: 'Inspectie van het Onderwijs',
    year: 2026,
    url: 'https://www.onderwijsinspectie.nl/onderwerpen/vertrouwensinspecteurs/zedenmisdrijven',
    checked: COMPARED,
    excerpts: [
      'Als een medewerker van een school bekend is met een mogelijk zedenmisdrijf van een met taken belaste persoon jegens een minderjarige leerling of student, moet deze melding doen bij het bestuur.',
      'Als een bestuur bekend is met een mogelijk zedenmisdrijf van een met taken belaste persoon jegens een minderjarige leerling of student, moet dit onverwijld overleggen met de vertrouwensinspecteur.',
      'In de onderwijswetten is de meld-, overleg-, en aangifteplicht opgenomen inzake zedenmisdrijven.',
    ],
  },
  'rijksoverheid-melden-aangeven': {
    id: 'rijksoverheid-melden-aangeven',
    publisher: 'Rijksoverheid',
    year: 2026,
    url: 'https://www.rijksoverheid.nl/onderwerpen/voortgezet-onderwijs/vraag-en-antwoord/moet-de-school-seksueel-misbruik-melden-en-aangeven',
    checked: COMPARED,
    excerpts: [
      'Alle schoolmedewerkers moeten het schoolbestuur onmiddellijk informeren over een mogelijk zedendelict.',
      'Het is niet voldoende om een tussenpersoon te informeren, zoals een lid van de schoolleiding.',
      'De meldplicht geldt voor alle medewerkers op een school. Ook voor interne vertrouwenspersonen die binnen hun functie informatie krijgen over mogelijk seksueel misbruik of ontucht.',
      'Geen enkele medewerker kan zich in dit soort gevallen beroepen op de geheimhoudingsplicht.',
      'Dan is het schoolbestuur altijd verplicht aangifte van misbruik te doen bij de politie. Ook als de betrokkenen hierover hun bedenkingen hebben. Het schoolbestuur informeert ook de betrokkenen over de aangifte.',
    ],
  },
  'vertrouwenspersoon-extern': {
    id: 'vertrouwenspersoon-extern',
    publisher: 'seksueelmisdrijf.nl',
    year: 2026,
    url: 'http://seksueelmisdrijf.nl/onderwijs/vertrouwenspersoon',
    checked: COMPARED,
    excerpts: [
      'Externe vertrouwenspersonen die niet tot het onderwijspersoneel behoren, hebben geen meldplicht bij een vermoeden van strafbare feiten.',
    ],
  },
  'meldplicht-contactpersonen': {
    id: 'meldplicht-contactpersonen',
    publisher: 'Gemeente Valkenswaard (Kluwer)',
    year: 2015,
    url: 'http://www.valkenswaard.nl/internet/veelgestelde-vragen_41327/item/wat-zijn-de-meldplicht-en-aangifteplicht-bij-seksueel-misbruik-in-het-onderwijso_529.html',
    checked: COMPARED,
    excerpts: [
      'De meldplicht geldt voor alle medewerkers op een school. Hieronder vallen ook contactpersonen en interne vertrouwenspersonen die binnen hun functie informatie krijgen over mogelijke zedenmisdrijven.',
    ],
  },
  'wet-seksuele-misdrijven': {
    id: 'wet-seksuele-misdrijven',
    publisher: 'Staatsblad (Rijksoverheid)',
    year: 2024,
    url: 'https://zoek.officielebekendmakingen.nl/stb-2024-59.html',
    citation: 'Stb. 2024, 59 (Wet seksuele misdrijven), in werking per 1 juli 2024',
    checked: COMPARED,
    excerpts: [
      'in het Tweede Boek Titel XIV Misdrijven tegen de zeden te vervangen door een nieuwe Titel XIV Seksuele misdrijven',
    ],
  },
  'rijksoverheid-seksuele-misdrijven': {
    id: 'rijksoverheid-seksuele-misdrijven',
    publisher: 'Rijksoverheid',
    year: 2024,
    url: 'https://www.rijksoverheid.nl/actueel/nieuws/2024/03/20/nieuwe-wet-aanpak-seksuele-misdrijven-gaat-in-per-1-juli-2024',
    checked: COMPARED,
    excerpts: [
      'Nieuwe wet aanpak seksuele misdrijven gaat in per 1 juli 2024',
      'Daarnaast wordt sexchatting strafbaar',
      'Uitgangspunt in de nieuwe wet is dat seksueel geweld en seksueel grensoverschrijdend gedrag offline en online even strafwaardig is.',
    ],
  },
  'wet-vrij-en-veilig-onderwijs': {
    id: 'wet-vrij-en-veilig-onderwijs',
    publisher: 'Tweede Kamer (via berthub.eu/tkconv)',
    year: 2025,
    url: 'https://berthub.eu/tkconv/document.html?nummer=2025D41661',
    citation: 'Kamerstuk 36 777 (wetsvoorstel)',
    checked: COMPARED,
    excerpts: [
      'in verband met de versterking van het veiligheidsbeleid op scholen (Wet vrij en veilig onderwijs)',
    ],
  },
  'veilig-thuis': {
    id: 'veilig-thuis',
    publisher: 'Veilig Thuis',
    year: 2026,
    url: 'https://veiligthuis.nl',
    // The number and its hours were compared on Augeo's page (augeo-veilig-thuis), not on this site.
    citation: '0800-2000 (gratis, 24/7)',
  },
  'wet-kinderopvang-meldplicht': {
    id: 'wet-kinderopvang-meldplicht',
    publisher: 'wetten.overheid.nl',
    year: 2013,
    url: 'https://wetten.overheid.nl/BWBR0017017',
    citation: 'Wet kinderopvang (meld-, overleg- en aangifteplicht sinds 1 juli 2013)',
    // Not read on wetten.overheid.nl; the article number is not confirmed, so none is cited.
  },
  'kinderopvang-moa-2013': {
    id: 'kinderopvang-moa-2013',
    publisher: 'Kennisnetwerk Gastouderopvang',
    year: 2021,
    url: 'https://www.kennisnetwerkgastouderopvang.nl/facsheet-meldingen-vertouwensinspecteur/',
    checked: COMPARED,
    excerpts: [
      'Wanneer er sprake is van een mogelijk vermoeden van een zedenmisdrijf en/of mishandeling, gepleegd door een met taken belast persoon jegens een kind in de kinderopvang, dan geldt een meld-, overleg- en aangifteplicht bij de vertrouwensinspecteur van de Inspectie van Onderwijs.',
      'In de Wet kinderopvang is dit sinds 1 juli 2013 bepaald.',
      'Als tijdens dit overleg wordt geconcludeerd dat er een redelijk vermoeden van een strafbaar feit is, moet de houder aangifte doen bij de politie.',
    ],
  },
  'inspectie-kinderopvang': {
    id: 'inspectie-kinderopvang',
    publisher: 'Inspectie van het Onderwijs',
    year: 2026,
    url: 'https://www.onderwijsinspectie.nl/onderwerpen/vertrouwensinspecteurs/vertrouwensinspecteur-kinderopvang',
    checked: COMPARED,
    excerpts: [
      'De vertrouwensinspecteur voor de kinderopvang adviseert werkgevers, werknemers en ouders als zij aanwijzingen hebben dat een werkgever of werknemer (‘professional’) seksueel of ander geweld tegen een kind gebruikt.',
      'Voor professionals in de kinderopvang die een vermoeden hebben van seksueel misbruik of intimidatie of een vermoeden hebben van geweld tegen kinderen tijdens de opvang, geldt een meld- en overlegplicht.',
    ],
  },
  'klachtenloket-kinderopvang': {
    id: 'klachtenloket-kinderopvang',
    publisher: 'Klachtenloket Kinderopvang',
    year: 2026,
    url: 'https://www.klachtenloket-kinderopvang.nl/vraag-en-antwoord-ondernemers/wie-kan-een-melding-doen-bij-een-vermoeden-van-kindermishandeling-2/',
    checked: COMPARED,
    excerpts: [
      'Als het gaat om een melding over een houder/ directeur, dan is het niet mogelijk voor beroepskracht om dit in de organisatie hoger op te zoeken, dan is de beroepskracht verplicht de melding bij de politie te doen.',
      'De houder is na een melding van een beroepskracht direct verplicht om in overleg te treden met de vertrouwensinspecteur van de Inspectie van het Onderwijs.',
    ],
  },
  'kinderopvang-protocol-2024': {
    id: 'kinderopvang-protocol-2024',
    publisher: 'Brancheorganisatie Kinderopvang (kinderopvang.nl)',
    year: 2024,
    url: 'https://kinderopvang.nl/nieuws/aanpassing-van-het-protocol-kindermishandeling-en-grensoverschrijdend-gedrag-voor-de-kinderopvang-route-1-meldcode',
    checked: COMPARED,
    excerpts: [
      'Hierin staat namelijk in route 1 Meldcode niet expliciet vermeld dat de gastouder verantwoordelijk is voor het nemen van de beslissing voor het doen van een melding bij Veilig Thuis.',
      'Ook stonden er incorrectheden in route 2 de Meld-, overleg- en aangifteplicht oftewel de MOA.',
    ],
  },
  'wmo-calamiteiten': {
    id: 'wmo-calamiteiten',
    publisher: 'GGD Amsterdam',
    year: 2026,
    url: 'https://www.ggd.amsterdam.nl/toezicht-wmo/meldingen-toezichthouder/',
    citation: 'over Wmo 2015, art. 3.4',
    checked: COMPARED,
    excerpts: [
      'Aanbieders van Wmo-voorzieningen zijn verplicht onverwijld melding te doen van calamiteiten en geweldsincidenten op grond van art. 3.4, Wmo.',
    ],
  },
  'igj-jeugdhulp-melden': {
    id: 'igj-jeugdhulp-melden',
    publisher: 'Inspectie Gezondheidszorg en Jeugd',
    year: 2026,
    url: 'https://www.igj.nl/zorgsectoren/jeugd/melden-jeugdhulpverleners',
    citation: 'over Jeugdwet, art. 4.1.8',
    checked: COMPARED,
    excerpts: [
      'Jeugdhulpaanbieders, gecertificeerde instellingen, de Veilig Thuis organisaties en de Raad voor de Kinderbescherming moeten geweld en calamiteiten melden.',
      'Het melden van geweld en calamiteiten is verplicht volgens artikel 4.1.8 van de Jeugdwet',
    ],
  },
  // Behaviour between children (issue 14 §5): compared on 2026-12-01 with the text of each page as the
  // search tool returned it. BOinK's protocol itself (the pdf with route 3's steps) could not be read: it
  // is cited as further reading only, and the guide names its route 3 from the BOinK page that lists it.
  'boink-meldcode-routes': {
    id: 'boink-meldcode-routes',
    publisher: 'BOinK',
    year: 2026,
    url: 'https://www.boink.info/meldcode-kindermishandeling',
    checked: COMPARED,
    excerpts: [
      'Het protocol bestaat uit 3 routes voor 3 verschillende situaties:',
      '3. bij een vermoeden van seksueel grensoverschrijdend gedrag tussen kinderen onderling.',
      'Elke route bestaat uit een stappenplan met 5 stappen.',
    ],
  },
  'protocol-kinderopvang-onderling': {
    id: 'protocol-kinderopvang-onderling',
    publisher: 'huiselijkgeweld.nl (Rijksoverheid)',
    year: 2018,
    url: 'https://www.huiselijkgeweld.nl/interventies/hulpverlening/protocol-kindermishandeling-en-grensoverschrijdend-gedrag-voor-de-kinderopvang',
    checked: COMPARED,
    excerpts: [
      'Dit document bevat de meldcode inclusief afwegingskader, de meldplicht en hoe om te gaan met seksueel grensoverschrijdend gedrag tussen kinderen onderling.',
      'Het document is opgesteld door BOinK, in samenwerking met aandachtsfunctionarissen in de kinderopvang.',
    ],
  },
  vlaggensysteem: {
    id: 'vlaggensysteem',
    publisher: 'Vlaggensysteem (Sensoa en Movisie)',
    year: 2026,
    url: 'https://vlaggensysteem.nl/',
    checked: COMPARED,
    excerpts: [
      'De criteria zijn: toestemming (1), vrijwilligheid (2), gelijkwaardigheid (3), leeftijds- of ontwikkelingsadequaat (4), contextadequaat (5) en zelfrespect (6).',
      'Vervolgens beoordeel je het seksuele gedrag van kinderen en jongeren in een van de vier categorieën: groen is aanvaardbaar seksueel gedrag, geel is licht seksueel grensoverschrijdend gedrag, rood is ernstig seksueel grensoverschrijdend gedrag en zwart is zwaar grensoverschrijdend gedrag.',
      'Met het Vlaggensysteem leer je pedagogisch te reageren, maar zonder te veroordelen.',
      'De interventie wordt toegepast door professionele opvoeders, pedagogen, hulpverleners en leerkrachten.',
      'Het Vlaggensysteem is ontwikkeld door het Vlaams expertisecentrum voor seksuele gezondheid Sensoa in samenwerking met Movisie.',
    ],
  },
  'nji-grensoverschrijdend-zorgen': {
    id: 'nji-grensoverschrijdend-zorgen',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/grensoverschrijdend-gedrag/wat-kan-ik-doen-als-ik-mij-zorgen-maak',
    checked: COMPARED,
    excerpts: [
      'Ga dus in gesprek met ouders, collega\'s en eventueel met kinderen die betrokken zijn.',
      'Ken het stappenplan van jouw organisatie. Bijvoorbeeld een Meldcode of veiligheidsprotocol.',
      'Vermoed je dat er sprake is van seksueel misbruik? Volg dan de stappen van de Meldcode huiselijk geweld en kindermishandeling.',
      'Stem af op leeftijd en ontwikkelingsniveau van het kind.',
    ],
  },
  'schoolenveiligheid-sgg': {
    id: 'schoolenveiligheid-sgg',
    publisher: 'Stichting School & Veiligheid',
    year: 2026,
    url: 'https://www.schoolenveiligheid.nl/thema/seksuele-grensoverschrijding-po/',
    checked: COMPARED,
    excerpts: [
      'Met name bij leerlingen in het basisonderwijs kan het goed zijn om vanuit deze criteria te kijken omdat jonge kinderen elkaar ook vaak speels en onderzoekend aanraken zonder seksuele lading of intentie.',
      'Niet al het seksueel grensoverschrijdende gedrag is strafbaar. Als seksueel grensoverschrijdend gedrag strafbaar is, noemen we het een ‘zedendelict’.',
    ],
  },
  'over-de-grens': {
    id: 'over-de-grens',
    publisher: 'over-de-grens.nl',
    year: 2026,
    url: 'https://over-de-grens.nl/hoofdstuk/bo-over-de-grens/',
    checked: COMPARED,
    excerpts: [
      'Het belangrijkst is om gepast te reageren, de betreffende kinderen en hun ouders goed te begeleiden en onrust en escalatie te voorkomen.',
      'Erken wat er is gebeurd en houd tegelijkertijd het incident zo klein mogelijk.',
    ],
  },
  'helpwanted-naaktbeelden-school': {
    id: 'helpwanted-naaktbeelden-school',
    publisher: 'Helpwanted (Offlimits)',
    year: 2026,
    url: 'https://helpwanted.nl/ouders-verzorgers-hulpverleners-en-onderwijs/wat-kun-je-doen-als-school-wanneer-er-naaktfoto-s-circuleren-op-jouw-school',
    checked: COMPARED,
    excerpts: [
      'Het is strafbaar om naar afbeeldingen van seksueel kindermisbruik (kinderporno) te kijken. Het is ook strafbaar om ze te bezitten, te maken en te verspreiden.',
      'Zolang de situatie gelijkwaardig is, hoort dit bij het normale experimenteergedrag.',
      'Je spreekt van sexting-misbruik als deze foto’s/video’s zonder toestemming worden gedeeld met anderen.',
    ],
  },
  'schoolenveiligheid-sexting-acties': {
    id: 'schoolenveiligheid-sexting-acties',
    publisher: 'Stichting School & Veiligheid',
    year: 2026,
    url: 'https://www.schoolenveiligheid.nl/veelgestelde-vragen/er-rouleert-naaktfoto-op-school-welke-acties-moeten-we-nemen/',
    checked: COMPARED,
    excerpts: [
      'U richt zich daarbij op de zorg voor het slachtoffer, aanpak van dader(s) en het herstellen van de rust en veiligheid op school.',
      'Neem contact op met de politie en bespreek of er aangifte of melding wordt gedaan namens school.',
      'Verbied verdere verspreiding door leerlingen of studenten en verbind er sancties aan als dit toch gebeurt.',
    ],
  },
  'schoolenveiligheid-sexting': {
    id: 'schoolenveiligheid-sexting',
    publisher: 'Stichting School & Veiligheid',
    year: 2026,
    url: 'https://www.schoolenveiligheid.nl/kennisbank/sexting-en-ongewenste-verspreiding-van-beelden/',
    checked: COMPARED,
    excerpts: [
      'Geef slachtoffers niet de schuld.',
      'Bespreek met het slachtoffer of de ouders worden geïnformeerd en zo ja, hoe.',
      'Overweeg samen met (ouders van) het slachtoffer of er aangifte gedaan wordt.',
      'Ook kun je de schoolcontactpersoon bij de politie om raad vragen.',
    ],
  },
  // Issue 14 §2, §4, §7: compared on 2026-12-01 (docs/decisions.md, "The child's voice, the kindcheck
  // and the sector kaders"). Articles of the WGBO, BW and Jeugdwet were not read themselves: the age
  // rules are cited as these sources state them, and no article number is cited.
  'augeo-kindcheck': {
    id: 'augeo-kindcheck',
    publisher: 'Augeo Foundation',
    year: 2026,
    url: 'https://www.augeo.nl/nl-nl/kindcheck',
    checked: COMPARED,
    excerpts: [
      'De kindcheck is onderdeel van stap 1 van de meldcode huiselijk geweld en kindermishandeling.',
      'De kindcheck geldt voor alle professionals die werken met volwassen cliënten.',
      'Denk bijvoorbeeld aan cliënten met ernstige psychische problemen, drugs- of alcoholverslaving of met een gewelddadige partner.',
      'Bij een ‘positieve kindcheck’ volg je de stappen van de meldcode.',
      'Is er geen reden tot zorg? Dan sluit je af en noteer je dat in het dossier.',
      'Ga bij deze groepen cliënten ook na of zij zwanger zijn.',
      'De kindcheck houdt in dat je je bij bepaalde groepen volwassenen nagaat of zij voor minderjarige kinderen zorgen en of kinderen daar veilig opgroeien.',
    ],
  },
  'jgz-richtlijn-stap3': {
    id: 'jgz-richtlijn-stap3',
    publisher: 'JGZ-richtlijn Kindermishandeling (jgzrichtlijnen.nl)',
    year: 2026,
    url: 'https://www.jgzrichtlijnen.nl/richtlijn/jgz-richtlijn-kindermishandeling/4-signaleren-diagnostiek-en-verwijzen/4-2-meldcode/4-2-4-meldcode-stap-3-praat-met-ouders/',
    checked: COMPARED,
    excerpts: [
      'De wet (WGBO en Burgerlijk Wetboek) maakt onderscheid tussen drie leeftijdscategorieën: tot twaalf jaar, van twaalf tot zestien jaar en zestien jaar of ouder.',
      'Een gesprek met een jeugdige tot twaalf jaar vindt in beginsel alleen plaats met toestemming van de ouders (of wettelijk vertegenwoordigers) met gezag.',
      'Een jongere van boven de zestien jaar kan zelfstandig bepalen of hij met de JGZ-professional alleen wil spreken, tenzij de jongere wilsonbekwaam wordt geacht.',
      'Ook moet je jongeren van boven de zestien eerst toestemming vragen om met de ouders te mogen praten, tenzij er gegronde redenen zijn om hiervan af te wijken',
      'Noteer je afwegingen om niet met ouders of kind te spreken altijd in het dossier.',
    ],
  },
  'nji-praten-met-kind': {
    id: 'nji-praten-met-kind',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/kindermishandeling/hoe-praat-ik-met-een-kind-over-vermoedens',
    checked: COMPARED,
    excerpts: [
      'Bij kinderen jonger dan 16 jaar moet je eerst de ouders spreken om toestemming te vragen voor een gesprek met hun kind.',
      'Stem af op leeftijd en ontwikkelingsniveau van het kind: let bijvoorbeeld op woordgebruik, de manier van vragen en de lengte van het gesprek.',
      'Besef daarbij dat de leeftijd en het ontwikkelingsniveau niet altijd overeenkomen.',
      'Onthoud dat het nog niet jouw taak is om te bepalen of er daadwerkelijke sprake is (geweest) van kindermishandeling, of het probleem meteen op te lossen.',
    ],
  },
  'praten-met-kinderen-geheim': {
    id: 'praten-met-kinderen-geheim',
    publisher: 'Academie Praten met Kinderen',
    year: 2015,
    url: 'https://academiepratenmetkinderen.nl/niet-verder-vertellen/',
    checked: COMPARED,
    excerpts: [
      'Neem de achterliggende angst serieus.',
      'Leg uit hoe het werkt.',
      'Om ervoor te zorgen dat het thuis veiliger wordt, heb je de ouders nodig.',
      'Handel niet op eigen houtje.',
      'Geef het kind regie.',
    ],
  },
  'nvo-toestemming': {
    id: 'nvo-toestemming',
    publisher: 'NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)',
    year: 2026,
    url: 'https://www.nvo.nl/beroepscode-en-tuchtrecht/veelgestelde-vragen/hoe-is-het-toestemmingsvereiste-geregeld-.aspx',
    checked: COMPARED,
    excerpts: [
      'Bij het aangaan van een professionele relatie is het belangrijk om toestemming te hebben van de ouder(s) met het gezag (bij jongeren < 12 jaar) óf de jeugdige en de ouder(s) beide (bij jongeren tussen 12 en 16) en de jongere zelf (bij jongere > 16 jaar).',
      'Als professional heb je de plicht om zelf te onderzoeken hoe het gezag is geregeld.',
      'Je mag niet blindelings afgaan op iets wat één van de twee ouders vertelt.',
      'Je kan onder andere informatie vragen bij de rechtbank, in het gezagsregister.',
    ],
  },
  'kinderbescherming-scheiding': {
    id: 'kinderbescherming-scheiding',
    publisher: 'Raad voor de Kinderbescherming',
    year: 2026,
    url: 'https://www.kinderbescherming.nl/voor-kind-en-ouder/conflictscheiding/regels-van-de-wet-bij-een-scheiding',
    checked: COMPARED,
    excerpts: [
      'In Nederland houden de ouders na een scheiding allebei het gezag over hun kinderen.',
      'Bovendien moeten de ouders alle belangrijke beslissingen over de kinderen samen blijven nemen.',
      'Er zijn situaties dat maar 1 ouder het gezag heeft.',
    ],
  },
  'schulinck-scheiding-jeugdhulp': {
    id: 'schulinck-scheiding-jeugdhulp',
    publisher: 'Schulinck (Wolters Kluwer)',
    year: 2026,
    url: 'https://www.schulinck.nl/opinie/opinie-jeugd-jeugdhulp-en-vechtende-ouders/',
    checked: COMPARED,
    excerpts: [
      'Totdat de jeugdige 16 jaar is moeten beide ouders met gezag toestemming geven voor het verlenen van jeugdhulp aan hun kind. Ook als sprake is van een vechtscheiding.',
      'Ook na een scheiding blijven beide ouders vaak samen het gezag over hun kinderen uitoefenen.',
    ],
  },
  'rijksoverheid-afwegingskader-basis': {
    id: 'rijksoverheid-afwegingskader-basis',
    publisher: 'Rijksoverheid',
    year: 2017,
    url: 'https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
    checked: COMPARED,
    excerpts: [
      'Per 1 januari 2019 zijn professionals verplicht te werken met een afwegingskader in de meldcode.',
      'Dit Basisdocument helpt beroepsgroepen bij het opstellen van een voor hun beroepsgroep specifiek afwegingskader.',
    ],
  },
  'afwegingskader-onderwijs': {
    id: 'afwegingskader-onderwijs',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2018,
    url: 'https://www.huiselijkgeweld.nl/interventies/publicaties/interventies/2018/07/04/afwegingskader-meldcode-onderwijs-en-leerplicht',
    checked: COMPARED,
    // The landing page of the kader; the kader's own text (a pdf) could not be read.
    excerpts: [
      'Document van en voor het onderwijsveld.',
      'Deze uitwerking van het afwegingskader binnen de Meldcode is geldig voor het gehele onderwijsveld: van primair t/m hoger en wetenschappelijk onderwijs.',
      'Het afwegingskader is ook van toepassing op leerplichtambtenaren en medewerkers RMC.',
    ],
  },
  'boink-afwegingskader': {
    id: 'boink-afwegingskader',
    publisher: 'BOinK (Belangenvereniging van Ouders in de Kinderopvang)',
    year: 2026,
    url: 'https://www.boink.info/nieuws/speciale-app-meldcode-kindermishandeling-voor-kinderopvang',
    checked: COMPARED,
    excerpts: [
      'De app is een digitale vertaling van het protocol ‘kindermishandeling en grensoverschrijdend gedrag’ voor de kinderopvang van juni 2018.',
      'Aanleiding voor het ontwikkelen van de app was het nieuwe afwegingskader.',
      'Het afwegingskader bestaat uit vijf afwegingsvragen.',
      'Meldcode huiselijk geweld en kindermishandeling in de thuissituatie.',
    ],
  },
  'afwegingskader-sociaal-werk': {
    id: 'afwegingskader-sociaal-werk',
    publisher: 'NVO, NIP, BPSW e.a. (afwegingskadermeldcode.nl)',
    year: 2026,
    url: 'https://www.afwegingskadermeldcode.nl/',
    checked: COMPARED,
    excerpts: [
      'Dit afwegingskader voor pedagogen, psychologen, vaktherapeuten, (psycho)therapeuten en sociaal werkers hoort bij de stappen 4 en 5 van de Meldcode kindermishandeling en huiselijk geweld.',
      'Dit afwegingskader geeft de professionele norm wanneer melden bij Veilig Thuis aangewezen is voor psychologen, pedagogen, vaktherapeuten, (psycho)therapeuten, sociaal werkers en jeugd- en gezinsprofessionals.',
    ],
  },
  'meldcode-nu-signalen': {
    id: 'meldcode-nu-signalen',
    publisher: 'meldcode.nu',
    year: 2026,
    url: 'https://www.meldcode.nu/signalen-kindermishandeling/',
    checked: COMPARED,
    excerpts: [
      'De signalen zijn onderverdeeld in de leeftijdsgroepen 0 tot 4 jaar, 4 tot 12 jaar en 12 tot 18 jaar.',
      'Signaallijsten zijn niet volledig, ook andere signalen kunnen wijzen op vormen van kindermishandeling.',
      'Signalen staan niet op zichzelf, maar krijgen betekenis door de context.',
    ],
  },
  'signalenlijst-0-4': {
    id: 'signalenlijst-0-4',
    publisher: 'kindermishandelingonderwijskinderopvang.nl',
    year: 2026,
    url: 'https://www.kindermishandelingonderwijskinderopvang.nl/signalenlijst-0-4-jaar/',
    checked: COMPARED,
    excerpts: [
      'De signalenlijst is een hulpmiddel om een vermoeden van kindermishandeling te onderbouwen, niet om kindermishandeling te ‘bewijzen’.',
      'Vrijwel alle genoemde signalen kunnen namelijk een andere oorzaak hebben.',
    ],
  },
  'signaalkaart-kindermishandeling': {
    id: 'signaalkaart-kindermishandeling',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2019,
    url: 'https://www.huiselijkgeweld.nl/dossiers/kindermishandeling/publicaties/publicaties/2019/07/01/signaalkaart-kindermishandeling',
    checked: COMPARED,
    excerpts: ['De signaalkaart brengt de signalen die wijzen op kindermishandeling overzichtelijk in kaart.'],
  },
  'kinderbescherming-achterlating': {
    id: 'kinderbescherming-achterlating',
    publisher: 'Raad voor de Kinderbescherming',
    year: 2026,
    url: 'https://www.kinderbescherming.nl/themas/achterlating',
    checked: COMPARED,
    excerpts: [
      'Achterlating van kinderen is een vorm van kindermishandeling en houdt in dat een kind onder dwang wordt achtergelaten buiten Nederland, meestal in het land van herkomst van de familie.',
      'Om achterlating te voorkomen, is het van belang dat het wordt gesignaleerd en gemeld bij Veilig Thuis.',
    ],
  },
  lkha: {
    id: 'lkha',
    publisher: 'Landelijk Knooppunt Huwelijksdwang en Achterlating',
    year: 2026,
    url: 'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
    checked: COMPARED,
    excerpts: [
      'Het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) is een kennis- en expertisecentrum voor professionals.',
      'Slachtoffers van huwelijksdwang en achterlating kunnen terecht bij de Veilig Thuis organisatie in hun regio.',
    ],
  },
  'leraar24-signalen': {
    id: 'leraar24-signalen',
    publisher: 'Leraar24',
    year: 2026,
    url: 'https://www.leraar24.nl/50133/kindermishandeling/',
    checked: COMPARED,
    excerpts: [
      'Mishandelde kinderen of degenen die hen mishandelen, zullen meestal niet uit zichzelf over de situatie vertellen.',
      'Signalen van kindermishandeling in het primair onderwijs:',
      'Signalen van kindermishandeling in het voortgezet onderwijs:',
    ],
  },
  // --- Issue 14 §1: after a melding (feedback to the melder, the professional's role, the radarfunctie).
  'vt-terugkoppeling-2019': {
    id: 'vt-terugkoppeling-2019',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2018,
    url: 'https://www.huiselijkgeweld.nl/dossiers/veilig-thuis/nieuws/2018/12/11/veilig-thuis-start-landelijk-register',
    checked: COMPARED,
    // The first feedback: the outcome of the safety assessment, after five working days (the way of
    // working of all Veilig Thuis organisations from 2019).
    excerpts: [
      'Na vijf werkdagen worden de melder en de leden van het gemelde gezin of huishouden over de uitkomsten van deze veiligheidsbeoordeling geïnformeerd.',
      'Partnerschap staat in 2019 bij Veilig Thuis centraal.',
    ],
  },
  'c-support-veilig-thuis': {
    id: 'c-support-veilig-thuis',
    publisher: 'C-Support',
    year: 2026,
    url: 'https://www.c-support.nu/veelgestelde-vragen/wat-te-doen-bij-veilig-thuis-meldingen/',
    checked: COMPARED,
    // The second feedback: at the end of Veilig Thuis' involvement (after an investigation).
    excerpts: [
      'De melder wordt geïnformeerd over het al dan niet in behandeling nemen van de melding.',
      'Als Veilig Thuis zelf met het gezin of huishouden in gesprek gaat, dan geeft Veilig Thuis altijd aan het eind van haar bemoeienis een terugkoppeling aan de melder.',
    ],
  },
  'meldcode-nu-melden': {
    id: 'meldcode-nu-melden',
    publisher: 'meldcode.nu',
    year: 2026,
    url: 'https://www.meldcode.nu/melden/',
    checked: COMPARED,
    excerpts: [
      'Verdeling van verantwoordelijkheden tussen de melder en Veilig Thuis.',
      'Terugrapportage van Veilig Thuis naar de melder.',
      'Professionals blijven ook bij een Veilig Thuis-melding verantwoordelijk voor de ondersteuning en hulpverlening die zij aan betrokkenen kunnen bieden.',
    ],
  },
  'handelingsprotocol-navragen': {
    id: 'handelingsprotocol-navragen',
    publisher: 'handelingsprotocol.nl',
    year: 2026,
    url: 'https://handelingsprotocol.nl/kz-evaluatie-3',
    checked: COMPARED,
    // A regional protocol (for verloskundigen): the one source found that says to ask Veilig Thuis
    // yourself when the feedback is late. The guide follows it as good practice, not as a rule.
    excerpts: [
      'Na een melding bij het Veilig Thuis horen zij terug te koppelen aan de melder wat er met de melding gebeurd is.',
      'Mocht dit terugkoppelen te lang duren, dan belt de verloskundige ( of de JGZ als die al betrokken zijn bij het kind en gezin) zelf naar Veilig Thuis om actief te informeren naar de stand van zaken betreffende de melding',
    ],
  },
  radarfunctie: {
    id: 'radarfunctie',
    publisher: 'huiselijkgeweld.nl (Ministerie van VWS)',
    year: 2017,
    url: 'https://www.huiselijkgeweld.nl/beleid/landelijk/radarfunctie-veilig-thuis',
    checked: COMPARED,
    excerpts: [
      'Hiervoor is het van belang dat iedereen signalen en vermoedens meldt, zodat ze op de radar komen.',
      'Veilig Thuis moet deze signalen, ook van verschillende melders, langere tijd kunnen volgen. Dit is de radarfunctie van Veilig Thuis.',
    ],
  },
  'ggdzw-radarfunctie': {
    id: 'ggdzw-radarfunctie',
    publisher: 'GGD Zaanstreek-Waterland',
    year: 2018,
    url: 'https://www.ggdzw.nl/nieuws/nieuws-over-de-ggd/radarfunctie-extra-taak-bij-veilig-thuis-zaanstreek-waterland/',
    checked: COMPARED,
    excerpts: [
      'Ook als de professional zelf hulp gaat verlenen.',
      'om zodoende al beschikbare informatie van verschillende melders te kunnen combineren.',
    ],
  },

  // --- Issue 14 §3: what a school social worker may share with the school, and when.
  'nji-gegevensuitwisseling': {
    id: 'nji-gegevensuitwisseling',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/verbinding-onderwijs-en-jeugdhulp/gegevensuitwisseling-en-privacy',
    checked: COMPARED,
    excerpts: [
      "Uitgangspunt bij gegevensuitwisseling over een kind/gezin is altijd: 'Praten mét in plaats van praten óver'.",
      'Wanneer dat samen optrekken met ouders en kind niet tot stand komt, zal steeds een afweging gemaakt moeten worden tussen het belang van informatie-uitwisseling ten behoeve van het kind en het recht op privacy van ouders en kind.',
    ],
  },
  'nji-informatie-school': {
    id: 'nji-informatie-school',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/verbinding-onderwijs-en-jeugdhulp/welke-informatie-over-mijn-kind-mogen-de-school-en-de-hulpverlening-delen',
    checked: COMPARED,
    excerpts: [
      'Ouders en jongeren vanaf 12 jaar worden voor dit overleg uitgenodigd.',
      'Voordat het overleg plaatsvindt, krijg je informatie over wat het doel ervan is.',
      'Uit het casusoverleg neemt de school in het leerlingdossier alleen gegevens mee die nodig zijn om de eigen begeleiding goed in te vullen.',
    ],
  },
  'meldcode-nu-informatie-delen': {
    id: 'meldcode-nu-informatie-delen',
    publisher: 'meldcode.nu',
    year: 2026,
    url: 'https://www.meldcode.nu/informatie-delen/',
    checked: COMPARED,
    excerpts: [
      'Dit betekent dat je als regel toestemming nodig hebt van de klant(en) of zijn/haar ouders / wettelijk vertegenwoordigers om informatie over de klant(en) aan anderen te geven of extern overleg over hem/haar te voeren.',
      'Zowel aan de jongere als aan zijn ouders / wettelijk vertegenwoordiger',
    ],
  },
  'bpsw-geheimhouding': {
    id: 'bpsw-geheimhouding',
    publisher: 'BPSW (Beroepsvereniging van Professionals in Sociaal Werk)',
    year: 2026,
    url: 'https://www.bpsw.nl/actueel/nieuws/item/geheimhouding-wat-mag-wel-en-wat-niet-antwoorden-voor-sociaal-werkers/',
    checked: COMPARED,
    excerpts: [
      'Want in sociaal werk is zwijgen goud.',
      'Volgens de AVG mogen persoonsgegevens alleen aan derden worden verstrekt met toestemming van de cliënt.',
    ],
  },
  'servicepunt-smw-privacy': {
    id: 'servicepunt-smw-privacy',
    publisher: 'Servicepunt SMW',
    year: 2026,
    url: 'http://www.servicepuntsmw.nl/handboek/5-smw-en-privacy',
    checked: COMPARED,
    // Written before the AVG (it names the Wet bescherming persoonsgegevens); cited for the duty of
    // confidentiality of the beroepscode only, not for the privacy law it describes.
    excerpts: [
      'Schoolmaatschappelijk werkers hebben een geheimhoudingsplicht volgens de Beroepscode voor de  maatschappelijk werker.',
      'Soms is het echter nodig dat (een deel van) de  informatie van de SMW-er wordt uitgewisseld met andere professionals.',
    ],
  },
  'nvo-beroepsgeheim': {
    id: 'nvo-beroepsgeheim',
    publisher: 'NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)',
    year: 2026,
    url: 'https://www.nvo.nl/beroepscode-en-tuchtrecht/veelgestelde-vragen/wanneer-kanmag-je-je-beroepsgeheim-doorbreken.aspx',
    checked: COMPARED,
    excerpts: [
      'Bij conflict van plichten (bijv. Ik moet deze informatie nu delen anders gebeurt er iets erg met het betreffende kind)',
      'Hierbij is het belangrijk om af te wegen: welke informatie is noodzakelijk en kan ik het ook op een andere manier delen?',
    ],
  },
  'kennisplein-conflict-van-plichten': {
    id: 'kennisplein-conflict-van-plichten',
    publisher: 'Kennisplein Gehandicaptensector',
    year: 2021,
    url: 'https://www.kennispleingehandicaptensector.nl/tips-tools/tools/faq-geheimhouding-en-privacy',
    checked: COMPARED,
    excerpts: [
      'Dan ontstaat er een botsing tussen de geheimhoudingsplicht en de plicht om ernstige schade bij de cliënt of anderen te voorkomen.',
      'Het gaat hierbij alleen om informatie die de medewerker nodig heeft voor zijn/haar taak in de zorg.',
    ],
  },
  'richtlijn-conflict-van-plichten': {
    id: 'richtlijn-conflict-van-plichten',
    publisher: 'Richtlijnen Jeugdhulp en Jeugdbescherming',
    year: 2026,
    url: 'https://www.richtlijnenjeugdhulp.nl/seksuele-ontwikkeling/samenwerking/conflict-van-plichten',
    checked: COMPARED,
    excerpts: [
      'vraag dan advies aan de aandachtsfunctionaris kindermishandeling/seksualiteit of Veilig Thuis en raadpleeg de beroepsvereniging.',
      'Noteer de beargumentering om het beroepsgeheim te doorbreken in het dossier van het kind of de jongere.',
      'Bij het beroepsgeheim gaat het erom dat je informatie geheimhoudt zolang dat mogelijk is en dat geheim zorgvuldig doorbreekt als dat nodig is.',
      'Bij vermoedens van mishandeling doe je als professional je best om toestemming voor bijvoorbeeld de melding te krijgen.',
    ],
  },
  'avg-minimale-gegevensverwerking': {
    id: 'avg-minimale-gegevensverwerking',
    publisher: 'Dirkzwager advocaten',
    year: 2023,
    url: 'https://www.dirkzwager.nl/kennis/artikelen/dataminimalisatie/',
    citation: 'over AVG, art. 5 lid 1 sub c',
    checked: COMPARED,
    // The regulation's own text (eur-lex) was not read; the principle is compared as this page quotes it.
    excerpts: [
      'Een daarvan is dat de verwerking van persoonsgegevens “toereikend, ter zake dienend en beperkt zijn tot wat noodzakelijk is” (artikel 5 lid 1 sub c AVG).',
    ],
  },
  'zat-op-naam': {
    id: 'zat-op-naam',
    publisher: 'Helder havo/vwo (schoolgids)',
    year: 2026,
    url: 'https://www.helderhavovwo.nl/Ondersteuning/Zorgadviesteam-ZAT',
    checked: COMPARED,
    // One school's published rule, shown as an example of practice: no national text was found that
    // says it in so many words (docs/decisions.md).
    excerpts: [
      'Een leerling wordt alleen op naam besproken als ouders daar toestemming voor geven. Zonder toestemming, kan het ZAT de leerling alleen anoniem bespreken.',
    ],
  },
  'verwijsindex-haaglanden': {
    id: 'verwijsindex-haaglanden',
    publisher: 'Verwijsindex Haaglanden',
    year: 2026,
    url: 'https://www.verwijsindexhaaglanden.nl/professionals/hoe-werkt-de-verwijsindex-haaglanden/',
    checked: COMPARED,
    excerpts: [
      'De professionals nemen contact op met elkaar en stemmen af wie toestemming aan de ouders/verzorgers (of de jeugdige vanaf 16 jaar) gaat vragen voor het delen van informatie.',
      'Als je een signaal in de Verwijsindex afgeeft, informeer je ouders/verzorgers hierover.',
      'Vanaf 12 jaar informeer je ook de jeugdige waarbij je betrokken bent (vanaf 16 jaar informeer je alleen de jeugdige zelf).',
    ],
  },
  'verwijsindex-midden-nederland': {
    id: 'verwijsindex-midden-nederland',
    publisher: 'Verwijsindex Midden-Nederland',
    year: 2026,
    url: 'http://www.verwijsindexmiddennederland.nl/hoe-werkt-het',
    checked: COMPARED,
    excerpts: [
      'Het signaal bevat alleen de naam, het adres en de geboortedatum van de jeugdige, gekoppeld aan de naam en contactgegevens van de betrokken professional.',
      'Er staat geen inhoudelijk informatie over de jeugdige en/of het gezin in.',
    ],
  },

  // --- Issue 14 §6: partners of the kinderopvang.
  'ggd-twente-voorschools': {
    id: 'ggd-twente-voorschools',
    publisher: 'GGD Twente',
    year: 2026,
    url: 'https://www.ggdtwente.nl/professionals/voor-onderwijs-en-kinderopvang/voor-peuterspeelzaal-en-kinderdagverblijf/samenwerking-voorschoolse-voorzieningen-en-jeugdgezondheid',
    checked: COMPARED,
    excerpts: [
      'Samen met ouders volgen artsen en jeugdverpleegkundigen verbonden aan de consultatiebureaus de ontwikkeling van alle kinderen.',
      'Als ouders daarin toestemmen, kunnen medewerkers van de Jeugdgezondheid en van voorschoolse voorzieningen informatie en kennis delen over het kind.',
    ],
  },
  'nji-vsmw-rotterdam': {
    id: 'nji-vsmw-rotterdam',
    publisher: 'Nederlands Jeugdinstituut',
    year: 2026,
    url: 'https://www.nji.nl/verbinding-onderwijs-en-jeugdhulp/voorschools-maatschappelijk-werk-rotterdam',
    checked: COMPARED,
    excerpts: [
      'De voorschools maatschappelijk werkers sluiten aan op de zorgstructuur van het kinderdagverblijf of de peuterspeelzaal.',
      'Zij ondersteunen de pedagogisch medewerkers, bieden kortdurende hulpverlening aan de ouders',
    ],
  },
  'algemene-termijnenwet': {
    id: 'algemene-termijnenwet',
    publisher: 'staatsrechtpraktijk.nl',
    year: 2018,
    url: 'https://staatsrechtpraktijk.nl/nieuwjaarsdag-en-kerstmis-in-het-staatsrecht/',
    citation: 'Algemene termijnenwet, art. 3 lid 1 en 2',
    checked: COMPARED,
    // The article as quoted on this page (the consolidated act on wetten.overheid.nl was not in reach;
    // juridischwoordenboek.nl quotes the same words). Which days the feedback reminder skips.
    excerpts: [
      'Artikel 3 lid 1 en 2 van de Algemene termijnenwet luidt: Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei.',
      'Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde dagen gelijkgesteld.',
    ],
  },

  // --- The legal ages and gezag after a divorce (sources pass, 2026-12-02). The consolidated texts on
  // wetten.overheid.nl could not be read (the search tool holds only the opening of each act), so the
  // article text is compared as these pages reproduce it; the age rules of the WGBO and the Jeugdwet are
  // compared as secondary sources state them (docs/decisions.md says which is which).
  'bw-1-251': {
    id: 'bw-1-251',
    publisher: 'wetboekplus.nl (tekst van het Burgerlijk Wetboek)',
    year: 2026,
    url: 'https://wetboekplus.nl/burgerlijk-wetboek-boek-1-artikel-251-gezamenlijke-uitoefening-gezag/',
    citation: 'BW, art. 1:251 lid 1 en 2',
    checked: COMPARED_LAW,
    // The article's wording, the same on maxius.nl and viajuridica.nl (both read the same day).
    excerpts: [
      'Boek 1 Artikel 251 (1:251 BW)',
      'Gezamenlijke uitoefening gezag',
      'Gedurende hun huwelijk oefenen de ouders het gezag gezamenlijk uit.',
      'Na ontbinding van het huwelijk anders dan door de dood of na scheiding van tafel en bed blijven de ouders die gezamenlijk het gezag hebben, dit gezag gezamenlijk uitoefenen.',
    ],
  },
  'bw-1-251a': {
    id: 'bw-1-251a',
    publisher: 'Via Juridica (Sdu; wetstekst bij de toelichting op art. 1:251–1:253h BW)',
    year: 2023,
    url: 'https://www.viajuridica.nl/informatiesoorten/wetstoelichtingen/het-gezag-van-ouders-art-1-251-1-253h-bw',
    citation: 'BW, art. 1:251a lid 1',
    checked: COMPARED_LAW,
    // The commentary itself is behind a login; the article texts beside it are public and were read.
    excerpts: [
      'Ouders oefenen gedurende het bestaan van hun huwelijk of geregistreerd partnerschap van rechtswege gezamenlijk het gezag uit over hun minderjarige kinderen (art. 1:251 lid 1 BW jo. 1:253aa lid 1 BW).',
      'Artikel 251a',
      'De rechter kan na ontbinding van het huwelijk anders dan door de dood of na scheiding van tafel en bed op verzoek van de ouders of van één van hen bepalen dat het gezag over een kind aan één ouder toekomt indien:',
      'er een onaanvaardbaar risico is dat het kind klem of verloren zou raken tussen de ouders en niet te verwachten is dat hierin binnen afzienbare tijd voldoende verbetering zou komen, of',
      'wijziging van het gezag anderszins in het belang van het kind noodzakelijk is.',
    ],
  },
  'nvo-zestien-jaar': {
    id: 'nvo-zestien-jaar',
    publisher: 'NVO (Nederlandse Vereniging van Pedagogen en Onderwijskundigen)',
    year: 2026,
    url: 'https://www.nvo.nl/veelgestelde-vragen/beslist-een-16-jarige-zelfstandig-over-diens-verblijfplaats',
    checked: COMPARED_LAW,
    // The professional association's summary of three laws at once (AVG, Jeugdwet, WGBO); not the laws' text.
    excerpts: [
      'Zo zegt bijvoorbeeld de AVG dat een jeugdige vanaf 16 jaar zelf kan beslissen over de verwerking van diens persoonsgegevens en de Jeugdwet en WGBO geven aan dat een jeugdige vanaf 16 jaar zelf toestemming kan geven voor (jeugd)hulp.',
      'Nee, een jeugdige kan niet zelfstandig beslissen over diens verblijfplaats.',
      'De ouder(s) met gezag beslissen over de verblijfplaats van de jeugdige tot de jeugdige meerderjarig is.',
    ],
  },
  'jeugdwet-zestien-jaar': {
    id: 'jeugdwet-zestien-jaar',
    publisher: 'Bestuursopleidingen.nl',
    year: 2026,
    url: 'https://bestuursopleidingen.nl/jeugdwet/de-jeugdwet-de-ouder-16-er-en-de-algemene-wet-bestuursrecht/',
    citation: 'over Jeugdwet, art. 7.3.5 lid 1, en BW, art. 7:447',
    checked: COMPARED_LAW,
    // The author renders both articles after a colon, not as a marked quotation: compared as the page's
    // words, not as the articles' own text.
    excerpts: [
      'Op grond van artikel 7:447 BW is de jongere die de leeftijd van zestien jaren heeft bereikt, bekwaam tot het aangaan van een geneeskundige behandelingsovereenkomst ten behoeve van zichzelf en ook tot het verrichten van rechtshandelingen die met de overeenkomst onmiddellijk verband houden.',
      'De pendant hiervan is in de Jeugdwet te vinden in artikel 7.3.5, eerste lid: de minderjarige die de leeftijd van zestien jaar heeft bereikt, is bekwaam tot het verlenen van toestemming voor de verlening van jeugdhulp ten behoeve van zichzelf, alsmede tot het verrichten van rechtshandelingen die daarmee onmiddellijk verband houden.',
      'Voor het ondergaan van een geneeskundige behandeling of voor het verlenen van jeugdhulp heeft de 16+-er geen toestemming nodig van zijn (gezaghebbende) ouders.',
    ],
  },
  'wgbo-driedeling': {
    id: 'wgbo-driedeling',
    publisher: 'V-advocaten',
    year: 2026,
    url: 'https://v-advocaten.nl/blogs/geneeskundige-behandeling-minderjarigen/',
    citation: 'over BW, art. 7:446 e.v. (WGBO)',
    checked: COMPARED_LAW,
    excerpts: [
      'De Wet op de geneeskundige behandelingsovereenkomst is uitgewerkt in artikel 446 en verder van boek 7 van het Burgerlijk Wetboek.',
      'Met betrekking tot minderjarigen heeft de wetgever een driedeling in leeftijden gemaakt.',
      'Toestemming van de ouders is niet nodig, tenzij de minderjarige niet in staat is tot redelijke waardering van zijn belangen.',
    ],
  },
  'bw-7-465': {
    id: 'bw-7-465',
    publisher: 'Sdu (wetstekst bij het commentaar op art. 7:465 BW)',
    // The commentary is "bijgewerkt tot 30-01-2018"; the article's text is shown as of then.
    year: 2018,
    url: 'https://www.sdu.nl/content/commentaar-op-burgerlijk-wetboek-boek-7-art-465-letselschade-en-vermogensrecht',
    citation: 'BW, art. 7:465 lid 1 en 2 (WGBO)',
    checked: COMPARED_LAW,
    excerpts: [
      'Artikel 465 Tekst van de hele regeling',
      'De verplichtingen die voor de hulpverlener uit deze afdeling jegens de patiënt voortvloeien worden, indien de patiënt de leeftijd van twaalf jaren nog niet heeft bereikt, door de hulpverlener nagekomen jegens de ouders die het gezag over de patiënt uitoefenen dan wel jegens zijn voogd.',
      'Hetzelfde geldt indien de patiënt de leeftijd van twaalf jaren heeft bereikt, maar niet in staat kan worden geacht tot een redelijke waardering van zijn belangen ter zake,',
    ],
  },
};

/** Collapse runs of white space, so a quote split over lines in a locale still matches its excerpt. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `text` stands verbatim in an excerpt of `source` that was compared with the page: the
 * check behind every quote shown as official text (an unchecked source holds nothing).
 */
export function sourceHolds(source: Source, text: string): boolean {
  const wanted = normalise(text);
  if (!source.checked || wanted === '') return false;
  return (source.excerpts ?? []).some((excerpt) => normalise(excerpt).includes(wanted));
}
