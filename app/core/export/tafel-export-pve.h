/* tafel-export-pve.h: the Programma van Eisen workbook (libxlsxwriter)
 *
 * Sheets, in this order (translated names): Voorblad, Programma van Eisen,
 * Deelproducten, Intensiteit en duur, Functiemix, Tarieven, Verantwoording,
 * Deelnemers (unless left out) and Controle. User text is always written
 * as a string cell, never as a formula (only Tarieven has formulas, built
 * from cell references, never from text); codes stay text; dates are
 * dates. The workbook is written to a temporary file beside @path and
 * renamed over it only when it is complete, so a failed export leaves an
 * earlier file as it was.
 *
 * The store is only read while the workbook is written. When the file is
 * complete, the export is logged in the traject (TafelExportlog: version,
 * final or not, options, file and its SHA-256) together with the number
 * every requirement had in it (table eis_nummer), in one batch.
 */
#pragma once

#include "tafel-eis.h"
#include "tafel-store.h"

G_BEGIN_DECLS

typedef struct {
  const char *version_label;  /* NULL: the next "concept 0.n" or "definitief n.0" */
  gboolean    final;          /* definitief; open findings do not stop it */
  gboolean    anonymise;      /* organisations become "Provider A", "Provider B", … */
  gboolean    participants;   /* include the Deelnemers sheet */
} TafelPveOptions;

void      tafel_pve_options_init       (TafelPveOptions        *options);
char     *tafel_export_pve_next_version (TafelStore            *store,
                                         gint64                 traject_id,
                                         gboolean               final,
                                         GError               **error);
char     *tafel_pve_anonymous_name     (guint                   index);

gboolean  tafel_export_pve_full        (TafelStore             *store,
                                        gint64                  traject_id,
                                        const char             *path,
                                        const TafelPveOptions  *options,
                                        TafelExportlog        **log_out,
                                        GError                **error);
gboolean  tafel_export_pve             (TafelStore             *store,
                                        gint64                  traject_id,
                                        const char             *path,
                                        GError                **error);

G_END_DECLS
