/* tafel-uitvraag-import.h: reading returned uitvraag workbooks back in
 *
 * Two steps. tafel_uitvraag_import_read() reads a file into a preview:
 * which organisation and session, what would be added or replaced, and
 * every error per sheet, row and cell ("Functiemix, rij 7: aandeel
 * 'zestig' is geen getal"). Nothing is stored. tafel_uitvraag_import_apply()
 * then stores it in one transaction: its valid rows only when the caller
 * accepts the errors. The same file (or the same content, re-saved)
 * imported twice changes nothing; a newer return from the organisation for
 * the session replaces the earlier one, which stays in the history; and
 * tafel_uitvraag_import_undo() takes an import back as one step.
 */
#pragma once

#include "tafel-store.h"
#include "tafel-inlevering.h"

G_BEGIN_DECLS

typedef enum {
  TAFEL_IMPORT_NEW,        /* the first return of this organisation for this session */
  TAFEL_IMPORT_REPLACE,    /* replaces an earlier return */
  TAFEL_IMPORT_UNCHANGED,  /* this content was imported already: nothing to do */
} TafelImportAction;

typedef struct {
  char   *sheet;    /* "Functiemix" */
  guint   row;      /* as Excel shows it, 0 for the whole sheet */
  guint   col;      /* 1-based, 0 for the whole row */
  char   *message;  /* translated, complete: "Functiemix, rij 7: …" */
} TafelImportFout;

typedef struct _TafelUitvraagImport TafelUitvraagImport;

/* NULL with an error only when the file cannot be used at all: not a
 * workbook, hostile, not an uitvraag, another traject, an unknown version
 * or organisation. */
TafelUitvraagImport *tafel_uitvraag_import_read     (TafelStore           *store,
                                                     gint64                traject_id,
                                                     const char           *path,
                                                     GError              **error);
void                 tafel_uitvraag_import_free     (TafelUitvraagImport  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelUitvraagImport, tafel_uitvraag_import_free)

const char          *tafel_uitvraag_import_get_path          (TafelUitvraagImport *self);
gint64               tafel_uitvraag_import_get_organisatie_id (TafelUitvraagImport *self);
const char          *tafel_uitvraag_import_get_organisatie_name (TafelUitvraagImport *self);
gint64               tafel_uitvraag_import_get_sessie_id     (TafelUitvraagImport *self);
const char          *tafel_uitvraag_import_get_sessie_name   (TafelUitvraagImport *self);
TafelImportAction    tafel_uitvraag_import_get_action        (TafelUitvraagImport *self);
/* counts of what would be stored */
guint                tafel_uitvraag_import_get_n_geeltjes    (TafelUitvraagImport *self);
guint                tafel_uitvraag_import_get_n_aanbod      (TafelUitvraagImport *self);
guint                tafel_uitvraag_import_get_n_intensiteit (TafelUitvraagImport *self);
guint                tafel_uitvraag_import_get_n_mix         (TafelUitvraagImport *self);   /* deelproducten with a mix */
guint                tafel_uitvraag_import_get_n_groepen     (TafelUitvraagImport *self);
gboolean             tafel_uitvraag_import_has_advies        (TafelUitvraagImport *self);
/* Lines for a preview: "12 suggesties worden geeltjes", "Vervangt de
 * inlevering van 3 november 14:02 (bestand …)". */
GPtrArray           *tafel_uitvraag_import_describe          (TafelUitvraagImport *self);
guint                tafel_uitvraag_import_get_n_errors      (TafelUitvraagImport *self);
const TafelImportFout *tafel_uitvraag_import_get_error       (TafelUitvraagImport *self,
                                                              guint                index);

/* Stores the preview. With errors present it fails (TAFEL_ERROR_INVALID)
 * unless @accept_errors, and then stores the valid rows. Returns the new
 * inlevering's id in @inlevering_id (0 when the action was UNCHANGED). */
gboolean             tafel_uitvraag_import_apply   (TafelUitvraagImport  *self,
                                                    gboolean              accept_errors,
                                                    gint64               *inlevering_id,
                                                    GError              **error);
/* Takes back everything an import added and brings back what it replaced
 * (the earlier return becomes the active one again). */
gboolean             tafel_uitvraag_import_undo    (TafelStore           *store,
                                                    gint64                inlevering_id,
                                                    GError              **error);

/* ---- status per session ---- */

typedef enum {
  TAFEL_UITVRAAG_NIET_VERSTUURD,   /* no workbook made yet */
  TAFEL_UITVRAAG_VERSTUURD,        /* made, nothing back, deadline not passed (or none) */
  TAFEL_UITVRAAG_TE_LAAT,          /* made, nothing back, deadline passed */
  TAFEL_UITVRAAG_INGELEVERD,       /* returned on time */
  TAFEL_UITVRAAG_INGELEVERD_LAAT,  /* returned after the deadline */
  TAFEL_UITVRAAG_MET_FOUTEN,       /* returned, with errors (valid rows imported) */
} TafelUitvraagStatus;

typedef struct {
  gint64              organisatie_id;
  char               *organisatie;     /* name */
  TafelUitvraagStatus status;
  char               *verstuurd_op;    /* UTC timestamp of the newest workbook, or NULL */
  char               *ingeleverd_op;   /* when the active return was last saved by the provider
                                        (or, if the file does not say, imported): ISO 8601, or NULL */
  gint64              inlevering_id;   /* the active return, or 0 */
} TafelUitvraagRegel;

const char *tafel_uitvraag_status_label (TafelUitvraagStatus status);   /* translated */

/* The invited organisations of a session (those with a participant
 * marked present at it; when nobody is, as for a session still to come,
 * every organisation of the traject; and always those a workbook was
 * made for or that returned one), by name, each with its status against
 * the session's deadline at @now (NULL: the current time). Free with
 * g_ptr_array_unref. */
GPtrArray  *tafel_uitvraag_status_list  (TafelStore *store,
                                         gint64      traject_id,
                                         gint64      sessie_id,
                                         GDateTime  *now,
                                         GError    **error);

G_END_DECLS
