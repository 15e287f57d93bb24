/* tafel-uitvraag-layout.h: where everything sits in an uitvraag workbook
 *
 * The contract between the writer (tafel-uitvraag-export.c) and the reader
 * of returns (tafel-uitvraag-import.c). Sheet names are fixed Dutch words,
 * whatever the language of the app, because they identify the parts of the
 * workbook; titles, headers, instructions and list labels are written in
 * the app's language, and the reader accepts a list label in any language
 * it knows (the translated label, the English msgid, or the stored id).
 *
 * Rows and columns here count from 0, as libxlsxwriter does; the xlsx
 * reader counts from 1 (row 0 here is Excel's row 1 and the reader's 1).
 *
 * Every data sheet has a title in row 0, a line of help in row 1, the
 * header in TAFEL_UITVRAAG_HEADER_ROW and data below it. Rows the provider
 * sorts or deletes are no problem: prefilled rows carry their key in a
 * hidden last column, and the reader reads every row below the header,
 * whatever its position.
 *
 * Bump TAFEL_UITVRAAG_VERSION whenever a column moves; the reader refuses
 * versions it does not know with a clear message.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TAFEL_UITVRAAG_VERSION 1
#define TAFEL_UITVRAAG_FORMAT  "ontwikkeltafel-uitvraag"

#define TAFEL_UITVRAAG_HEADER_ROW 3
#define TAFEL_UITVRAAG_FIRST_ROW  4

/* Empty input rows offered on the sheets where providers add rows. */
#define TAFEL_UITVRAAG_AANBOD_ROWS     25
#define TAFEL_UITVRAAG_SUGGESTIE_ROWS  30   /* free rows below the prefilled ones */
#define TAFEL_UITVRAAG_MIX_ROWS         6   /* rows per deelproduct */

/* Limits the reader applies (and the writer's validations announce). */
#define TAFEL_UITVRAAG_TEXT_MAX 2000

/* Sheet names, in this order in the workbook. */
#define TAFEL_UITVRAAG_SHEET_INSTRUCTIE  "Instructie"
#define TAFEL_UITVRAAG_SHEET_AANBOD      "Aanbod"
#define TAFEL_UITVRAAG_SHEET_SUGGESTIES  "Suggesties"
#define TAFEL_UITVRAAG_SHEET_INTENSITEIT "Intensiteit en duur"
#define TAFEL_UITVRAAG_SHEET_MIX         "Functiemix"
#define TAFEL_UITVRAAG_SHEET_GROEPEN     "Groepen"
#define TAFEL_UITVRAAG_SHEET_ADVIES      "Advies"
#define TAFEL_UITVRAAG_SHEET_LIJSTEN     "Lijsten"    /* hidden: the validation lists */
#define TAFEL_UITVRAAG_SHEET_META        "_meta"      /* hidden and protected */

/* Instructie: the organisation's name is an input cell in a blank
 * workbook (locked and filled in one made for an organisation). */
#define TAFEL_UITVRAAG_INSTRUCTIE_ORG_ROW 3
#define TAFEL_UITVRAAG_INSTRUCTIE_ORG_COL 1

/* Aanbod: one offering per row; rows with an empty title are skipped. */
enum {
  TAFEL_UITVRAAG_AANBOD_TITEL,        /* text, required when the row is used */
  TAFEL_UITVRAAG_AANBOD_BESCHRIJVING, /* text */
  TAFEL_UITVRAAG_AANBOD_PAST,         /* list: tafel_aanbod_fits labels */
  TAFEL_UITVRAAG_AANBOD_WAAROM,       /* text: why it does or does not fit */
  TAFEL_UITVRAAG_AANBOD_EVIDENTIE,    /* list: tafel_evidence_levels labels */
  TAFEL_UITVRAAG_AANBOD_DEELPRODUCT,  /* list: deelproduct names */
  TAFEL_UITVRAAG_AANBOD_N_COLS
};

/* Suggesties: first a prefilled row per deelproduct (its name locked,
 * its current description beside it), then free rows whose first cell is
 * a list of "Algemeen" and the deelproduct names. Each non-empty
 * suggestion cell becomes one geeltje of that kind. */
enum {
  TAFEL_UITVRAAG_SUGGESTIE_DEELPRODUCT, /* locked in prefilled rows, list in free rows */
  TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL,   /* text → geeltje kind "tekstueel" */
  TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL, /* text → geeltje kind "conceptueel" */
  TAFEL_UITVRAAG_SUGGESTIE_HUIDIG,      /* locked: the current description */
  TAFEL_UITVRAAG_SUGGESTIE_SLEUTEL,     /* hidden: "dp:<id>" in prefilled rows */
  TAFEL_UITVRAAG_SUGGESTIE_N_COLS
};
/* The list entry for suggestions about no deelproduct in particular. */
#define TAFEL_UITVRAAG_ALGEMEEN "Algemeen"

/* Intensiteit en duur: a prefilled row per deelproduct × level in use. */
enum {
  TAFEL_UITVRAAG_INT_DEELPRODUCT,  /* locked */
  TAFEL_UITVRAAG_INT_NIVEAU,       /* locked: tafel_niveaus label */
  TAFEL_UITVRAAG_INT_EENHEID,      /* locked: tafel_intensiteit_eenheden label */
  TAFEL_UITVRAAG_INT_UREN,         /* decimal ≥ 0, limit per unit as tafel_intensiteit_check_uren */
  TAFEL_UITVRAAG_INT_DUUR,         /* decimal ≥ 0 */
  TAFEL_UITVRAAG_INT_DUUR_EENHEID, /* locked: tafel_duur_eenheden label */
  TAFEL_UITVRAAG_INT_TOELICHTING,  /* text */
  TAFEL_UITVRAAG_INT_HUIDIG,       /* locked: current intensiteit / doorlooptijd text */
  TAFEL_UITVRAAG_INT_SLEUTEL,      /* hidden: "dp:<id>:<niveau id>" */
  TAFEL_UITVRAAG_INT_N_COLS
};

/* Functiemix: TAFEL_UITVRAAG_MIX_ROWS prefilled rows per deelproduct. A
 * deelproduct's rows must add up to 100% per kind of time, as in the app. */
enum {
  TAFEL_UITVRAAG_MIX_DEELPRODUCT,  /* locked */
  TAFEL_UITVRAAG_MIX_FUNCTIE,      /* list: function profile names */
  TAFEL_UITVRAAG_MIX_OPLEIDING,    /* list: tafel_opleidingsniveaus labels; empty = the profile's own */
  TAFEL_UITVRAAG_MIX_AANDEEL,      /* decimal percentage 0–100 ("60" is 60%; 0.6 formatted as % is read as 60%) */
  TAFEL_UITVRAAG_MIX_TIJDSOORT,    /* list: tafel_tijdsoorten labels; empty = direct */
  TAFEL_UITVRAAG_MIX_SLEUTEL,      /* hidden: "dp:<id>" */
  TAFEL_UITVRAAG_MIX_N_COLS
};

/* Groepen: a prefilled row per group product (deelproduct with
 * groepsproduct set); the values in the order of TafelGroepVeld. */
enum {
  TAFEL_UITVRAAG_GROEP_DEELPRODUCT,  /* locked */
  TAFEL_UITVRAAG_GROEP_JEUGDIGEN,    /* decimal 1–100 */
  TAFEL_UITVRAAG_GROEP_BEZETTING,    /* percentage 1–100 */
  TAFEL_UITVRAAG_GROEP_UREN,         /* hours per meeting 0–24 */
  TAFEL_UITVRAAG_GROEP_PER_WEEK,     /* meetings per week 0–21 */
  TAFEL_UITVRAAG_GROEP_DIRECT,       /* professionals per group, direct 0–100 */
  TAFEL_UITVRAAG_GROEP_INDIRECT,     /* indirect 0–100 */
  TAFEL_UITVRAAG_GROEP_SLEUTEL,      /* hidden: "dp:<id>" */
  TAFEL_UITVRAAG_GROEP_N_COLS
};

/* Advies: a question per row in column 0, the answer in column 1. */
enum {
  TAFEL_UITVRAAG_ADVIES_BELANGRIJKST = TAFEL_UITVRAAG_FIRST_ROW, /* the most important advice */
  TAFEL_UITVRAAG_ADVIES_ONDERWERPEN,                             /* topics for the next session */
  TAFEL_UITVRAAG_ADVIES_VRAGEN,                                  /* questions for the next session */
};
#define TAFEL_UITVRAAG_ADVIES_COL 1

/* Lijsten (hidden): one list per column, from row 0 down, referred to by
 * the data validations as absolute ranges. */
enum {
  TAFEL_UITVRAAG_LIJST_DEELPRODUCTEN,  /* deelproduct names */
  TAFEL_UITVRAAG_LIJST_ONDERWERPEN,    /* "Algemeen" and the deelproduct names */
  TAFEL_UITVRAAG_LIJST_FUNCTIES,       /* function profile names */
  TAFEL_UITVRAAG_LIJST_OPLEIDING,      /* tafel_opleidingsniveaus labels */
  TAFEL_UITVRAAG_LIJST_TIJDSOORT,      /* tafel_tijdsoorten labels */
  TAFEL_UITVRAAG_LIJST_PAST,           /* tafel_aanbod_fits labels */
  TAFEL_UITVRAAG_LIJST_EVIDENTIE,      /* tafel_evidence_levels labels */
};

/* _meta (hidden, protected): key in column 0, value in column 1, from
 * row 0 down. Ids are written as text. */
#define TAFEL_UITVRAAG_META_FORMAT        "format"          /* TAFEL_UITVRAAG_FORMAT */
#define TAFEL_UITVRAAG_META_VERSION       "versie"          /* TAFEL_UITVRAAG_VERSION, as text */
#define TAFEL_UITVRAAG_META_TRAJECT       "traject_id"
#define TAFEL_UITVRAAG_META_TRAJECT_NAAM  "traject"
#define TAFEL_UITVRAAG_META_SESSIE        "sessie_id"
#define TAFEL_UITVRAAG_META_SESSIE_NAAM   "sessie"
#define TAFEL_UITVRAAG_META_ORGANISATIE   "organisatie_id"  /* "" in a blank workbook */
#define TAFEL_UITVRAAG_META_ORG_NAAM      "organisatie"     /* "" in a blank workbook */
#define TAFEL_UITVRAAG_META_SLEUTEL       "sleutel"         /* the uitvraag row's key */
#define TAFEL_UITVRAAG_META_AANGEMAAKT    "aangemaakt"      /* UTC timestamp */
#define TAFEL_UITVRAAG_META_DEADLINE      "deadline"        /* the session's deadline or "" */

G_END_DECLS
