/* tafel-demo-words.h: the facts, word lists and sentences of the demo traject
 *
 * Data only, included by tafel-demo.c alone. Every name and sentence is
 * invented (apart from generic method names); the dates, themes and rooms
 * follow the rhythm of a real series of ontwikkeltafels. The text is Dutch
 * demo content, not user interface, so it is not translated.
 */
#pragma once

#include <glib.h>

#define N_SESSIES 3

/* ---- the facts of the three sessions ---------------------------------- */

static const struct {
  const char *date;
  const char *theme;
  const char *room;
  const char *deadline;
} sessie_facts[N_SESSIES] = {
  { "2026-10-28", "Visie op de zorgvorm: hoe richten we de hulp effectief in", "Magnifica", "2026-11-10T12:00" },
  { "2026-11-11", "Inwoner centraal: wat verandert er voor kind en gezin", "Aurea", "2026-11-17T12:00" },
  { "2026-11-18", "Samenwerking in de keten: kaders en uitgangspunten", "Lobel", "2026-11-25T12:00" },
};

/* ---- word lists (all invented) ---------------------------------------- */

static const struct {
  const char *region;
  const char *place;
} regions[] = {
  { "Regio Lindeweerd", "Lindeweerd" },
  { "Regio Veenhorst en Kortewaal", "Veenhorst" },
  { "Regio Haverdonk", "Haverdonk" },
  { "Regio Brederveen-Oosterlaken", "Brederveen" },
  { "Regio Molenwaarde", "Molenwaarde" },
  { "Regio Dijkerhout", "Dijkerhout" },
};

static const char *const places[] = {
  "Lindeweerd", "Veenhorst", "Kortewaal", "Haverdonk", "Brederveen",
  "Oosterlaken", "Molenwaarde", "Dijkerhout",
};

/* Organisation names: before + stem + ending + after. */
static const struct {
  const char *before;
  const char *after;
} org_formats[] = {
  { "Stichting ", "" }, { "Zorggroep ", "" }, { "Jeugdhulp ", "" }, { "Praktijk ", "" },
  { "", " Jeugdzorg" }, { "", " Begeleiding" }, { "", " GGZ" }, { "Gezinscentrum ", "" },
  { "Expertisecentrum ", "" }, { "", " Jeugd & Gezin" },
};

static const char *const org_stems[] = {
  "Linde", "Eiken", "Wilgen", "Beuken", "Vlinder", "Zonne", "Kiem", "Groei", "Klaver", "Berken",
  "Duin", "Heide", "Veen", "Rivier", "Brug", "Anker", "Meeuwen", "Esdoorn", "Hazel", "Merel",
};

static const char *const org_endings[] = {
  "hof", "veld", "stroom", "gaard", "kring", "haven", "kamp", "tuin", "lint", "oever", "dal", "horst",
};

static const char *const first_names[] = {
  "Anouk", "Bas", "Charlotte", "Daan", "Eva", "Fatima", "Gijs", "Hanneke", "Imane", "Jeroen",
  "Karin", "Lars", "Marieke", "Noah", "Olga", "Pieter", "Rianne", "Sander", "Tessa", "Ufuk",
  "Vera", "Wouter", "Yara", "Zoë", "Mohammed", "Sanne", "Thijs", "Esther", "Kees", "Ingrid",
};

static const char *const last_names[] = {
  "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
  "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
  "van der Meer", "Kaya", "El Amrani", "Yilmaz", "Koster", "Prins", "Huisman", "Kuipers", "van Dam", "Postma",
};

static const char *const provider_functions[] = {
  "gedragswetenschapper", "teamleider", "jeugdzorgwerker", "GZ-psycholoog", "manager zorg",
  "orthopedagoog", "systeemtherapeut", "directeur-bestuurder", "kwaliteitsmedewerker", "ambulant hulpverlener",
};

static const char *const advies_openers[] = {
  "", "Mijn advies: ", "Vooral: ", "Belangrijkste is: ", "Denk eraan: ", "Kort gezegd: ",
};

static const char *const advies_cores[] = {
  "houd de productstructuur eenvoudig",
  "stuur op resultaat in plaats van op uren",
  "geef aanbieders ruimte voor maatwerk",
  "betrek het onderwijs vanaf de start",
  "maak de verantwoording lichter",
  "zorg voor een reëel tarief dat de CAO volgt",
  "kijk naar wat in de wijk al werkt",
  "bouw een strippenkaart in tegen terugval",
  "houd LVB zichtbaar in elk deelproduct",
  "maak de grens tussen lokaal en regionaal helder",
  "kies voor langdurige samenwerking met minder aanbieders",
  "laat gezinnen meelezen met de resultaatbeschrijvingen",
};

/* Slots in the sentence templates, filled by expand(). */
static const char *const slot_functions[] = {
  "GZ-psycholoog", "gedragswetenschapper", "systeemtherapeut", "ervaringsdeskundige",
  "jeugdverpleegkundige", "vaktherapeut", "orthopedagoog", "maatschappelijk werker",
};
static const char *const slot_levels[] = { "MBO", "HBO", "WO", "post-WO/BIG" };
static const char *const slot_intensities[] = { "licht", "middel", "zwaar", "intensief" };
static const char *const slot_doelgroepen[] = {
  "jongeren van 16 tot 18 jaar", "gezinnen met meervoudige problematiek",
  "kinderen met een licht verstandelijke beperking", "jonge kinderen tot 4 jaar",
  "jongeren die thuiszitten", "kinderen van ouders met psychische problemen",
  "jongeren met autisme", "jongeren die 18 worden en nog hulp nodig hebben",
  "gezinnen die net in Nederland wonen", "broertjes en zusjes in het gezin",
};
static const char *const slot_methods[] = {
  "Video-hometraining", "Triple P", "MST", "FFT", "Signs of Safety", "geweldloos verzet (NVR)",
  "EMDR", "oplossingsgericht werken", "PMTO", "Theraplay",
};
static const char *const slot_replacements[] = {
  "“kind” door “jeugdige”", "“cliënt” door “gezin”", "“behandeling” door “begeleiding”",
  "“zo snel mogelijk” door “binnen zes weken”", "“ouders” door “ouders of verzorgers”",
  "“hulpverlener” door “jeugdprofessional”", "“problematiek” door “hulpvraag”",
  "“afschalen” door “afbouwen”",
};
static const int slot_weeks[] = { 6, 8, 10, 12, 16, 20, 26 };
static const int slot_months[] = { 3, 6, 9, 12, 18, 24 };
static const int slot_strips[] = { 5, 8, 10, 12, 15, 20 };

typedef struct {
  const char *block;   /* title of the question block it answers, or NULL */
  const char *text;
} Sentence;

static const Sentence conceptual[] = {
  { "Product", "De definitie is te breed: maak duidelijk wanneer iets onder dit deelproduct valt en wanneer niet." },
  { "Product", "Neem in de definitie op dat de hulp ook thuis of op school kan plaatsvinden." },
  { "Product", "Het verschil tussen kortdurend en duurzaam is in de praktijk niet scherp; leg de grens bij {m} maanden." },
  { "Product", "Beschrijf dat {d} ook onder dit deelproduct vallen." },
  { "Product", "Maak in de definitie ruimte voor de inzet van het netwerk van het gezin." },
  { "Resultaat en product", "Wij werken hier met {x}; dat past goed binnen dit deelproduct." },
  { "Resultaat en product", "{x} hoort hier thuis, maar wordt nu nergens genoemd." },
  { "Resultaat en product", "Vraag naar evidence based methoden zoals {x}, maar laat ruimte voor practice based werken." },
  { "Resultaat en product", "Niet elke methode is erkend; laat ook goed onderbouwde eigen methodieken toe." },
  { "Doelgroep", "In de doelgroep ontbreken {d}." },
  { "Doelgroep", "Splits de doelgroep in kinderen tot 12 jaar en jongeren vanaf 12 jaar; de aanpak verschilt sterk." },
  { "Doelgroep", "Noem {d} uitdrukkelijk in de doelgroepbeschrijving." },
  { "Doelgroep", "De doelgroep overlapt met die van de specialistische GGZ; maak de afbakening scherper." },
  { "Doelgroep", "Voor jeugdigen met een LVB is een eigen variant nodig: tempo en taal van de hulp zijn anders." },
  { "Doelgroep", "Bij LVB duurt een traject vaak {m} maanden langer; houd daar rekening mee." },
  { "Doelgroep", "Stel LVB niet alleen vast op IQ, maar ook op hoe de jeugdige zich in het dagelijks leven redt." },
  { "Resultaat", "Het beoogde resultaat beschrijft nu vooral het proces; zeg wat er voor kind en gezin anders is na afloop." },
  { "Resultaat", "Voeg toe dat het gezin na afloop weet waar het terecht kan met nieuwe vragen." },
  { "Resultaat", "Meet het resultaat aan de doelen uit het plan van aanpak, niet aan het aantal contacten." },
  { "Resultaat", "Neem als resultaat op dat de jeugdige weer naar school gaat of een zinvolle dagbesteding heeft." },
  { "Resultaat", "Een resultaat als ‘zelfredzaam’ is te vaag; maak het concreet per intensiteit." },
  { "Tijd en intensiteit", "Intensiteit {i} met {u} uur per week is te weinig voor deze doelgroep." },
  { "Tijd en intensiteit", "Het verschil tussen de treden is klein; drie treden in plaats van vier is genoeg." },
  { "Tijd en intensiteit", "Aan het begin is vaak {u} uur per week nodig, daarna kan het af; sta een aflopende intensiteit toe." },
  { "Tijd en intensiteit", "Reken reistijd mee in de uren, anders is {i} in de buitengebieden niet uit te voeren." },
  { "Tijd en intensiteit", "Een traject is in de praktijk niet binnen {w} weken af te ronden; {m} maanden is realistischer." },
  { "Tijd en intensiteit", "Redenen om uit de tijd te lopen: wachttijd bij vervolgzorg, een crisis in het gezin of een verhuizing." },
  { "Tijd en intensiteit", "Sta een verlenging van {w} weken toe zonder nieuwe beschikking." },
  { "Tijd en intensiteit", "De voorgestelde duur past bij een {i} traject, maar niet bij {d}." },
  { "Wie en wat is er nodig", "In de functiemix ontbreekt de {f}; reken op ongeveer {p}% van de uren." },
  { "Wie en wat is er nodig", "Een {f} op {n}-niveau is genoeg voor de uitvoering, met de regie bij de gedragswetenschapper." },
  { "Wie en wat is er nodig", "Het aandeel indirecte tijd is met {p}% te laag: overleg met school en wijkteam kost veel tijd." },
  { "Wie en wat is er nodig", "Voorstel: {p}% jeugdzorgwerker HBO, de rest verdeeld over gedragswetenschapper en {f}." },
  { "Wie en wat is er nodig", "Beeldbellen werkt goed voor korte contacten; laat dat meetellen als directe tijd." },
  { "Wie en wat is er nodig", "Robotisering zien wij vooral in de administratie, niet in het contact met het gezin." },
  { "Maatwerk", "Een afgeschaalde lichte onderhoudsvorm van {u} uur per maand voorkomt terugval na afsluiting." },
  { "Maatwerk", "Maatwerk moet kunnen, met een heldere toets vooraf door het wijkteam." },
  { "Maatwerk", "Sta toe dat twee deelproducten tegelijk worden ingezet als het gezin dat nodig heeft." },
  { "Maatwerk", "Een strippenkaart van {s} contacten als vangnet na afsluiting zou goed werken." },
  { "Maatwerk", "Bij een strippenkaart moet het gezin zelf kunnen bellen, zonder nieuwe verwijzing." },
  { "Maatwerk", "Groepen van {g} jongeren zijn werkbaar als er twee begeleiders op de groep staan." },
};

static const Sentence textual[] = {
  { "Resultaat", "Vervang in de resultaatbeschrijving {r}." },
  { "Product", "Vervang in de definitie {r}." },
  { "Resultaat", "Schrap “zo snel mogelijk” en noem een termijn, bijvoorbeeld binnen {w} weken." },
  { "Doelgroep", "Schrijf “ouders of verzorgers” in plaats van alleen “ouders”." },
  { "Doelgroep", "De zin over de doelgroep is te lang; knip hem in tweeën." },
  { "Product", "Gebruik overal dezelfde term: nu staat er afwisselend “traject” en “behandeling”." },
  { "Resultaat", "Voeg aan de resultaatbeschrijving toe: “in samenspraak met het gezin”." },
  { "Product", "Gebruik het woord “{i}” pas als het ergens is uitgelegd." },
  { "Product", "Schrijf de activiteiten als opsomming, dat leest makkelijker." },
  { "Resultaat", "Begin de resultaatbeschrijving met wat de jeugdige zelf kan, niet met wat de aanbieder doet." },
  { "Tijd en intensiteit", "Zet “{i}” achter het aantal uren, zodat duidelijk is welke trede bedoeld is." },
  { "Doelgroep", "Noem {d} letterlijk, niet als ‘overige jeugdigen’." },
  { "Tijd en intensiteit", "Schrijf “maximaal {m} maanden” in plaats van “ongeveer een half jaar”." },
  { "Product", "Haal de naam {x} uit de definitie; een definitie hoort los te staan van een methode." },
  { "Doelgroep", "Vervang in de doelgroepbeschrijving {r}." },
  { "Product", "Het woord “regie” staat drie keer in één alinea; één keer is genoeg." },
  { "Tijd en intensiteit", "Maak van “in principe” een harde termijn van {w} weken, of schrap het." },
  { "Product", "Zet de activiteiten in de volgorde waarin ze in een traject voorkomen." },
};

static const char *const textual_closers[] = {
  " Dat leest voor ouders prettiger.", " Dan sluit het aan bij de andere deelproducten.",
  " Dat voorkomt discussie bij de beoordeling.", " Zo staat het ook in de verordening.",
};

static const Sentence general[] = {
  { NULL, "Stuur de vragen voor de volgende sessie een week van tevoren mee." },
  { NULL, "Betrek ook cliëntvertegenwoordigers bij de volgende ontwikkeltafel." },
  { NULL, "Houd de administratieve last laag: één verantwoording per traject is genoeg." },
  { NULL, "Zorg dat het tarief meebeweegt met de CAO." },
  { NULL, "Maak afspraken over lopende trajecten bij de overgang naar het nieuwe contract." },
  { NULL, "Graag een overzicht van wat lokaal en wat regionaal wordt ingekocht." },
  { "Product", "De kwaliteitseisen uit de Jeugdwet gelden al; herhaal ze niet per deelproduct." },
  { "Product", "De samenwerking met het onderwijs mist in de hele productstructuur." },
  { NULL, "Kunnen we in sessie {k} terugkomen op de tarieven?" },
};

static const char *const openers[] = {
  "Voorstel: ", "Uit de praktijk: ", "Let op: ", "Vraag: ", "Punt van zorg: ", "Aanvulling: ",
};

static const char *const closers[] = {
  " Dat sluit beter aan bij de praktijk.", " Zo voorkomen we wachtlijsten.",
  " Graag bespreken in de volgende sessie.", " Dit zien we nu al bij veel gezinnen.",
  " Anders lopen trajecten onnodig uit.", " Andere aanbieders aan tafel herkenden dit.",
  " Zie ook ons ingevulde werkblad.", " Dat scheelt ook in de kosten.",
};

static const char *const reasons_not[] = {
  "Valt buiten de afbakening van dit perceel.",
  "Wordt lokaal geregeld en hoort niet in het regionale Programma van Eisen.",
  "Past niet binnen de maximale duur uit de verordening.",
  "Al verwerkt bij een ander deelproduct.",
  "Te weinig onderbouwd; de andere aanbieders herkennen dit niet.",
  "Strijdig met het uitgangspunt ‘collectief, tenzij’.",
  "Maakt de hulp duurder zonder aantoonbaar beter resultaat.",
  "Komt terug bij de tariefberekening, niet in het Programma van Eisen.",
};

static const char *const reasons_not_textual[] = {
  "De huidige term volgt de verordening; die houden we aan.",
  "Al anders geformuleerd in een eerdere versie.",
  "De andere aanbieders gaven de voorkeur aan de huidige tekst.",
  "Juridisch is de huidige formulering nodig.",
};

static const char *const reasons_done[] = {
  "Opgenomen als eis {e}.", "Overgenomen in het concept-PvE, eis {e}.",
  "Verwerkt; besproken in sessie {k}.", "Opgenomen als eis {e}, in iets andere woorden.",
};

static const char *const reasons_partly[] = {
  "Deels overgenomen in eis {e}; de rest valt buiten dit perceel.",
  "De strekking is overgenomen in eis {e}, de getallen niet.",
  "Deels verwerkt: komt terug bij de tariefberekening.",
  "Opgenomen als aandachtspunt bij eis {e}.",
};

typedef struct {
  const char *title;
  const char *description;
  const char *evidence;
  const char *fit;
  const char *fit_reason;
  const char *deelproduct;   /* name in the template, or NULL */
} AanbodFact;

static const AanbodFact aanbod_facts[] = {
  { "MST", "Intensieve behandeling in het gezin en de omgeving van jongeren met ernstig probleemgedrag.",
    "evidence_based", "past", "Sluit aan bij opvoedhulp om uithuisplaatsing te voorkomen.",
    "Opvoedhulp voor ernstige opvoedingsproblematiek en/of ter voorkoming uithuisplaatsing" },
  { "FFT", "Gezinstherapie die in korte tijd de communicatie en het gedrag in het gezin verbetert.",
    "evidence_based", "past", "Past bij systeemgerichte hulp van enkele maanden.", "Kortdurende systeembegeleiding" },
  { "Triple P", "Opvoedondersteuning in niveaus, individueel en in groepen.",
    "evidence_based", "past_deels", "De lichte niveaus horen in het voorveld, de zwaardere passen hier.",
    "Ouderbegeleiding groepsgericht" },
  { "Video-hometraining", "Korte video-opnamen van gewone momenten om goede interactie te versterken.",
    "practice_based", "past", "Goed in te zetten binnen kortdurende begeleiding.", "Kortdurende systeembegeleiding" },
  { "Signs of Safety", "Oplossingsgerichte werkwijze rond veiligheid, samen met het gezin en zijn netwerk.",
    "practice_based", "past_deels", "Een werkwijze, geen product: bruikbaar in meerdere deelproducten.",
    "Opvoedhulp voor ernstige opvoedingsproblematiek en/of ter voorkoming uithuisplaatsing" },
  { "Agressieregulatie in groepen", "Groepstraining voor jongeren die hun boosheid moeilijk kunnen hanteren.",
    "andere_methode", "past", "Valt onder de groepsgerichte GGZ.", "Groepsgerichte GGZ" },
  { "Begeleider in de klas", "Vaste begeleider op school die samenwerkt met de intern begeleider.",
    "andere_methode", "past", "Precies waar ambulante begeleiding op school voor bedoeld is.",
    "Ambulante begeleiding op school" },
  { "EMDR bij jeugd", "Traumabehandeling voor kinderen en jongeren.",
    "evidence_based", "past", "Behandeling binnen de specialistische GGZ.", "Specialistische GGZ" },
  { "Leren en doen", "Dagprogramma dat onderwijs en zorg combineert voor jongeren die thuiszitten.",
    "andere_methode", "past_deels", "De bekostiging samen met onderwijs moet nog geregeld worden.",
    "Onderwijsgericht dagprogramma" },
  { "Oudergroep Samen Sterker", "Acht groepsbijeenkomsten voor ouders van kinderen met gedragsproblemen.",
    "practice_based", "past", "Groepsgewijze ouderbegeleiding.", "Ouderbegeleiding groepsgericht" },
  { "Maatjesproject", "Vrijwillige maatjes voor jongeren na afloop van de hulp.",
    "andere_methode", "past_niet", "Vrijwillige inzet hoort in het voorveld, niet in ingekochte jeugdhulp.", NULL },
  { "Geweldloos verzet (NVR)", "Ouders leren escalaties te doorbreken zonder macht of geweld.",
    "practice_based", "past", "Past bij langdurige systeembegeleiding.", "Duurzame systeembegeleiding" },
};
