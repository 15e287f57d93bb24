/* tafel-export-log.h: the parts of the Export page around one export
 *
 * The rows of "Earlier Exports" (one per TafelExportlog of the traject:
 * version, date, options, short hash, file, and an Open button while the
 * file is still there), the question before a final export with open
 * findings (an AdwMessageDialog listing them), the toast after an export,
 * opening a workbook in the program that handles it, and the file-name
 * helpers declared in tafel-export-page.h.
 */
#pragma once

#include <adwaita.h>

#include "tafel-eis.h"

G_BEGIN_DECLS

/* At most this many findings are listed; the rest are counted. */
#define TAFEL_EXPORT_MAX_FINDINGS 15

GtkWidget *tafel_export_log_row_new         (TafelExportlog *log);
/* "anonymised organisations, without Deelnemers" from the stored options. */
char      *tafel_export_log_describe        (const char     *opties);
/* The findings (TafelBevinding) as lines, at most TAFEL_EXPORT_MAX_FINDINGS
 * and "and N more". */
char      *tafel_export_findings_text       (GPtrArray      *findings);
/* Asks whether to export as final although @findings are open; the
 * dialog answers "cancel" or "export" in its "response" signal. */
AdwMessageDialog *tafel_export_confirm_final_new (GtkWidget *parent,
                                                  GPtrArray *findings);
/* "Programma van Eisen saved", with a button that opens @path. */
void       tafel_export_show_saved_toast    (GtkWidget      *widget,
                                             const char     *path);
/* Opens @path in the program that handles workbooks; errors are toasts
 * over @widget. */
void       tafel_export_open_file           (GtkWidget      *widget,
                                             const char     *path);

G_END_DECLS
