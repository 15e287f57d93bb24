/* tafel-export-pve.h: the Programma van Eisen workbook (libxlsxwriter)
 *
 * Sheets: Voorblad, Deelproducten, Intensiteit en duur, Functiemix,
 * Tarieven, Geeltjes (translated names). User text is always written as a
 * string cell, never as a formula (only Tarieven has formulas, built from
 * cell references, never from text); codes stay text;
 * dates are dates. The workbook is written to a temporary file beside
 * @path and renamed over it only when it is complete, so a failed export
 * leaves an earlier file as it was. The store is only read.
 */
#pragma once

#include "tafel-store.h"

G_BEGIN_DECLS

gboolean tafel_export_pve (TafelStore  *store,
                           gint64       traject_id,
                           const char  *path,
                           GError     **error);

G_END_DECLS
