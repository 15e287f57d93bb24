/* tafel-uitvraag-page.h: the Uitvraag page: workbooks to providers, their returns back
 *
 * For the session chosen at the top (at first the next one whose deadline
 * is still ahead, else the last one; its deadline is shown under it) the
 * page lists every invited organisation with its status
 * (tafel_uitvraag_status_list: not sent, sent, late, returned, returned
 * late, with errors) and when its workbook was made and returned, with
 * the counts above; it follows the store and looks again every minute
 * while shown, as deadlines pass.
 *
 * Actions (group "uitvraag"):
 *   export-all (Ctrl+E)        a folder chooser, then one workbook per
 *                              invited organisation, one per main-loop
 *                              idle step with a progress bar; Cancel stops
 *   export-blank               a save chooser, then a blank workbook
 *   export-one (x)             a save chooser, then the workbook of one
 *                              organisation again (the button on its row)
 *   import-files (Ctrl+I)      an open chooser (several .xlsx files)
 *   import-folder (Shift+Ctrl+I) a folder chooser: every .xlsx in it
 *   cancel                     stops writing or reading
 *   undo-inlevering (x)        takes one return back (its history row)
 *   search-aanbod (Ctrl+F)     the search of the offerings
 * Import reads every file (one per idle step), then a preview
 * (tafel-uitvraag-preview.h) asks; "Import" stores the files without
 * errors (and those with errors when the check is ticked), lists the
 * outcome under "Last Import" and offers Undo in a toast. "Import
 * History" lists every return of the traject, newest first. "Offerings
 * from Providers" (tafel-aanbod-list.h) shows what the returns offered.
 */
#pragma once

#include <adwaita.h>

#include "tafel-aanbod-list.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_UITVRAAG_PAGE (tafel_uitvraag_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelUitvraagPage, tafel_uitvraag_page, TAFEL, UITVRAAG_PAGE, AdwBin)

GtkWidget         *tafel_uitvraag_page_new              (void);
TafelTrajectModel *tafel_uitvraag_page_get_model        (TafelUitvraagPage *self);
void               tafel_uitvraag_page_set_model        (TafelUitvraagPage *self,
                                                         TafelTrajectModel *model);

gint64             tafel_uitvraag_page_get_sessie_id    (TafelUitvraagPage *self);
/* Chooses the session; FALSE (and no session) when there is no such one. */
gboolean           tafel_uitvraag_page_set_sessie_id    (TafelUitvraagPage *self,
                                                         gint64             sessie_id);

/* What the folder chooser of export-all does: starts writing a workbook
 * per invited organisation of the chosen session into @folder. FALSE,
 * with a toast, when it cannot start. */
gboolean           tafel_uitvraag_page_export_to_folder (TafelUitvraagPage *self,
                                                         const char        *folder);
/* What the save chooser of export-one and export-blank does (0: blank). */
gboolean           tafel_uitvraag_page_export_one_to    (TafelUitvraagPage *self,
                                                         gint64             organisatie_id,
                                                         const char        *path,
                                                         GError           **error);
/* What the open chooser of import-files does: reads @files (GFile) one by
 * one, then shows the preview. */
void               tafel_uitvraag_page_import_files     (TafelUitvraagPage *self,
                                                         GList             *files);
/* Every .xlsx file in @folder (not Office's "~$" lock files), by name. */
gboolean           tafel_uitvraag_page_import_folder    (TafelUitvraagPage *self,
                                                         GFile             *folder);
/* Whether writing or reading is under way. */
gboolean           tafel_uitvraag_page_is_busy          (TafelUitvraagPage *self);
void               tafel_uitvraag_page_cancel           (TafelUitvraagPage *self);
/* What the Undo button of the toast after an import does. Returns how
 * many returns were taken back. */
guint              tafel_uitvraag_page_undo_last_import (TafelUitvraagPage *self);

/* For tests: the open preview (or NULL) and its check that accepts files
 * with errors; the status shown for @organisation ("" when not listed);
 * the counts line; the lists. */
AdwMessageDialog  *tafel_uitvraag_page_get_preview      (TafelUitvraagPage *self);
GtkCheckButton    *tafel_uitvraag_page_get_errors_check (TafelUitvraagPage *self);
const char        *tafel_uitvraag_page_get_status       (TafelUitvraagPage *self,
                                                         const char        *organisation);
const char        *tafel_uitvraag_page_get_counts       (TafelUitvraagPage *self);
const char        *tafel_uitvraag_page_get_deadline     (TafelUitvraagPage *self);
GtkListBox        *tafel_uitvraag_page_get_status_list  (TafelUitvraagPage *self);
GtkListBox        *tafel_uitvraag_page_get_history      (TafelUitvraagPage *self);
GtkListBox        *tafel_uitvraag_page_get_results      (TafelUitvraagPage *self);
GtkProgressBar    *tafel_uitvraag_page_get_progress     (TafelUitvraagPage *self);
TafelAanbodList   *tafel_uitvraag_page_get_aanbod_list  (TafelUitvraagPage *self);

G_END_DECLS
