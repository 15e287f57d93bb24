/* tafel-export-page.h: the Export page: writing the Programma van Eisen workbook
 *
 * Shows what will be exported (kept current through the model), the
 * options (version, proposed as the next "concept 0.n" or "definitief
 * n.0"; final; organisations anonymised in Verantwoording; Deelnemers left
 * out), and exports with "Export Programma van Eisen…" (action
 * export.export-pve, Ctrl+E): a final export with open findings
 * (tafel_controle_run) first lists them and asks, then a file chooser,
 * then tafel_export_pve_full(), which logs the export in the traject.
 * Success shows a toast with an Open button; "Earlier Exports" lists the
 * log (version, date, options, short hash, file with an Open button);
 * failure shows the store's message and changes nothing. The row
 * "Traject details…" (export.traject-details) opens the traject
 * properties dialog.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EXPORT_PAGE (tafel_export_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelExportPage, tafel_export_page, TAFEL, EXPORT_PAGE, AdwBin)

GtkWidget         *tafel_export_page_new           (void);
TafelTrajectModel *tafel_export_page_get_model     (TafelExportPage   *self);
void               tafel_export_page_set_model     (TafelExportPage   *self,
                                                    TafelTrajectModel *model);

/* What the button does after the file chooser: exports to @path (".xlsx"
 * is added when missing), shows the outcome and lists a written file. */
gboolean           tafel_export_page_export_to     (TafelExportPage   *self,
                                                    const char        *path,
                                                    GError           **error);
/* How many workbooks were written from this page since it was made. */
guint              tafel_export_page_get_n_exports (TafelExportPage   *self);
/* How many exports "Earlier Exports" lists. For tests. */
guint              tafel_export_page_get_n_logged  (TafelExportPage   *self);
/* The widget of an option, see the .c file. For tests. */
GtkWidget         *tafel_export_page_get_option    (TafelExportPage   *self,
                                                    const char        *name);
/* The counts as shown, e.g. "11" for "deelproducten" ("sessies",
 * "organisaties", "geeltjes"; "geeltjes-open" is the subtitle). For tests. */
const char        *tafel_export_page_get_shown     (TafelExportPage   *self,
                                                    const char        *what);

/* "PvE <traject name> <yyyy-mm-dd>.xlsx", with characters that file names
 * may not hold replaced by "-". */
char              *tafel_export_default_file_name  (const char        *traject_name,
                                                    GDateTime         *date);
/* @path, ending in ".xlsx" (in any case). */
char              *tafel_export_ensure_xlsx        (const char        *path);

G_END_DECLS
