/* tafel-uitvraag-import-private.h: a read return, shared by reading and storing */
#pragma once

#include "tafel-besluit.h"
#include "tafel-uitvraag-import.h"
#include "tafel-xlsx-reader.h"

G_BEGIN_DECLS

typedef struct {
  gint64  deelproduct_id;   /* 0: general */
  char   *kind;             /* "tekstueel" or "conceptueel" (static) */
  char   *text;
  char   *herkomst;         /* "Suggesties, rij 7" */
} ImportGeeltje;

typedef struct {
  gint64      deelproduct_id;
  char       *title;
  char       *description;
  const char *fit;
  char       *fit_reason;
  const char *evidence;
  char       *herkomst;
} ImportAanbod;

typedef struct {
  gint64      deelproduct_id;
  const char *niveau;
  gint64      uren;          /* hundredths or TAFEL_DECIMAL_NONE */
  gint64      duur;
  char       *toelichting;
  char       *herkomst;
} ImportIntensiteit;

typedef struct {
  gint64          deelproduct_id;
  GArray         *lines;     /* TafelMixInvoer */
  GPtrArray      *herkomst;  /* char *, parallel to lines */
  GArray         *rows;      /* guint32 Excel rows, parallel to lines */
} ImportMix;

typedef struct {
  gint64  deelproduct_id;
  gint64  values[TAFEL_N_GROEP];
  char   *herkomst;
} ImportGroep;

struct _TafelUitvraagImport
{
  TafelStore        *store;
  gint64             traject_id;
  char              *path;
  char              *sha256;
  char              *inhoud;           /* hash of what was read, so a re-saved copy counts as the same */
  char              *gewijzigd;        /* docProps "modified", or "" */

  gint64             sessie_id;
  char              *sessie_name;
  gint64             organisatie_id;   /* 0: a new organisation named organisatie_name */
  char              *organisatie_name;
  gint64             uitvraag_id;

  TafelImportAction  action;
  gint64             vervangt_id;
  char              *vervangt_when;    /* created_at of the return replaced */
  char              *vervangt_file;
  gboolean           older_than_active;

  GArray            *geeltjes;         /* ImportGeeltje */
  GArray            *aanbod;           /* ImportAanbod */
  GArray            *intensiteit;      /* ImportIntensiteit */
  GPtrArray         *mixen;            /* ImportMix * */
  GArray            *groepen;          /* ImportGroep */
  char              *advies;
  char              *onderwerpen;
  char              *vragen;

  GPtrArray         *errors;           /* TafelImportFout * */
};

/* The deelproducten, function profiles and lookups of the traject. */
typedef struct {
  GPtrArray  *deelproducten;
  GPtrArray  *functieprofielen;
  GHashTable *deelproduct_by_id;       /* gint64 * → TafelDeelproduct */
} ImportContext;

void   _tafel_import_add_error   (TafelUitvraagImport *self,
                                  const char          *sheet,
                                  guint                row,
                                  guint                col,
                                  const char          *format,
                                  ...) G_GNUC_PRINTF (5, 6);

void   _tafel_import_read_sheets (TafelUitvraagImport *self,
                                  TafelXlsxBook       *book,
                                  ImportContext       *context);

char  *_tafel_import_hash_content (TafelUitvraagImport *self);
gboolean _tafel_import_decide_action (TafelUitvraagImport *self,
                                      GError             **error);
void   _tafel_import_free_mix     (gpointer             mix);

G_END_DECLS
