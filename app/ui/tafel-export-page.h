/* tafel-export-page.h: the Export page: writing the Programma van Eisen workbook */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_EXPORT_PAGE (tafel_export_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelExportPage, tafel_export_page, TAFEL, EXPORT_PAGE, AdwBin)

GtkWidget         *tafel_export_page_new       (void);
TafelTrajectModel *tafel_export_page_get_model (TafelExportPage *self);
void               tafel_export_page_set_model (TafelExportPage *self,
                                            TafelTrajectModel *model);

G_END_DECLS
