/* tafel-uitvraag-preview.h: the parts of the Uitvraag page around returns read in
 *
 * A TafelUitvraagBestand is one file chosen for import: what reading it
 * gave (a TafelUitvraagImport, or the message why it cannot be used) and,
 * after the import, what became of it. The preview is an AdwMessageDialog
 * that lists per file the organisation, the session, the action (new,
 * replaces an earlier return, already imported), the lines of
 * tafel_uitvraag_import_describe() and every error per sheet and row,
 * with a check "Also import files with errors (only the valid rows)"; it
 * answers "cancel" or "import". The history rows show one TafelInlevering
 * each (file, organisation, session, when, status, counts; expanded: the
 * errors and the advice) with an Undo button while the return is active.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"
#include "tafel-uitvraag-import.h"

G_BEGIN_DECLS

/* At most this many errors are listed per file; the rest are counted. */
#define TAFEL_UITVRAAG_MAX_ERRORS_SHOWN 200

typedef enum {
  TAFEL_BESTAND_PENDING,      /* not imported (yet) */
  TAFEL_BESTAND_IMPORTED,     /* stored; inlevering_id says as what */
  TAFEL_BESTAND_UNCHANGED,    /* imported before: nothing to do */
  TAFEL_BESTAND_SKIPPED,      /* errors, not accepted; or a later file replaces it */
  TAFEL_BESTAND_FAILED,       /* unreadable, or the store refused it */
} TafelBestandOutcome;

typedef struct {
  GFile               *file;
  char                *name;            /* display name, no folder */
  TafelUitvraagImport *import;          /* NULL when it cannot be used */
  GError              *error;           /* why, when import is NULL or applying failed */
  gboolean             superseded;      /* a later file of the selection is for the same organisation and session */
  TafelBestandOutcome  outcome;
  gint64               inlevering_id;
} TafelUitvraagBestand;

TafelUitvraagBestand *tafel_uitvraag_bestand_new   (GFile                *file);
void                  tafel_uitvraag_bestand_free  (TafelUitvraagBestand *bestand);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelUitvraagBestand, tafel_uitvraag_bestand_free)

/* Reads @bestand (once) for the traject of @model. */
void        tafel_uitvraag_bestand_read            (TafelUitvraagBestand *bestand,
                                                    TafelTrajectModel    *model);
/* Marks files that a later file of @bestanden replaces (same organisation
 * and session): only the last one of each is imported. */
void        tafel_uitvraag_bestanden_mark_superseded (GPtrArray          *bestanden);
/* Whether importing would store @bestand, with or without its errors. */
gboolean    tafel_uitvraag_bestand_is_importable   (TafelUitvraagBestand *bestand,
                                                    gboolean              accept_errors);
gboolean    tafel_uitvraag_bestand_has_errors      (TafelUitvraagBestand *bestand);
/* Stores @bestand when importable, and records the outcome. Returns TRUE
 * when a new return was stored. */
gboolean    tafel_uitvraag_bestand_apply           (TafelUitvraagBestand *bestand,
                                                    gboolean              accept_errors);
/* What became of @bestand, in one line. */
char       *tafel_uitvraag_bestand_dup_outcome     (TafelUitvraagBestand *bestand);

/* The preview of @bestanden (TafelUitvraagBestand, kept alive by the
 * dialog); @errors_check is set to the check that accepts files with
 * errors. */
AdwMessageDialog *tafel_uitvraag_preview_new       (GtkWidget            *parent,
                                                    GPtrArray            *bestanden,
                                                    GtkCheckButton      **errors_check);
/* A row of "Last Import": file name and outcome. */
GtkWidget  *tafel_uitvraag_result_row_new          (TafelUitvraagBestand *bestand);

/* A row of the import history. The Undo button (while the return is
 * active) activates the action "uitvraag.undo-inlevering" with the
 * return's id. */
GtkWidget  *tafel_uitvraag_history_row_new         (TafelTrajectModel    *model,
                                                    TafelInlevering      *inlevering);
/* The id of the return a history row shows. */
gint64      tafel_uitvraag_history_row_get_id      (GtkListBoxRow        *row);
/* The Undo button of a history row, or NULL when the return is not active. */
GtkWidget  *tafel_uitvraag_history_row_get_undo    (GtkListBoxRow        *row);

/* "3 November 2026, 14:02" in local time, from a stored UTC timestamp. */
char       *tafel_uitvraag_format_when             (const char           *utc);

G_END_DECLS
