/* tafel-uitvraag-import-private.h: a read return, shared by reading and storing */
#pragma once

#include "tafel-besluit.h"
#include "tafel-choice.h"
#include "tafel-product.h"
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

gpointer _tafel_import_find_by_name (GPtrArray  *rows,
                                     const char *name);
char  *_tafel_import_hash_content (TafelUitvraagImport *self);
gboolean _tafel_import_decide_action (TafelUitvraagImport *self,
                                      GError             **error);
void   _tafel_import_free_mix     (gpointer             mix);

/* One sheet being read, at one row. */
#define ROW(r) ((guint32) (r) + 1)     /* layout row (from 0) → reader row (from 1) */
#define COL(c) ((guint16) ((c) + 1))

typedef struct {
  TafelUitvraagImport *self;
  ImportContext       *context;
  TafelXlsxReadSheet      *sheet;
  const char          *name;
  guint32              row;            /* as Excel shows it */
} Reading;

char       *_tafel_import_dup_cell         (Reading     *r,
                                            guint        col);
char       *_tafel_import_read_text        (Reading     *r,
                                            guint        col);
gboolean    _tafel_import_read_decimal     (Reading     *r,
                                            guint        col,
                                            const char  *label,
                                            gint64       min,
                                            gint64       max,
                                            gboolean     percent,
                                            gint64      *out);
const char *_tafel_import_read_choice      (Reading           *r,
                                            guint              col,
                                            const TafelChoice *choices,
                                            gboolean          *ok);
TafelDeelproduct *_tafel_import_read_deelproduct (Reading     *r,
                                                  guint        name_col,
                                                  int          key_col,
                                                  gboolean     allow_general,
                                                  gboolean    *general,
                                                  const char **niveau);
gboolean    _tafel_import_row_is_empty     (Reading     *r,
                                            const int   *cols);
char       *_tafel_import_dup_herkomst     (Reading     *r);

/* tafel-uitvraag-import-mix.c */
void        _tafel_import_read_mix_row     (Reading     *r,
                                            GHashTable  *mixen);
void        _tafel_import_check_mixen      (TafelUitvraagImport *self,
                                            ImportContext       *context,
                                            GHashTable          *mixen);
void        _tafel_import_read_groep_row   (Reading     *r,
                                            GHashTable  *seen);

G_END_DECLS
