/* tafel-deelnemers-page.h: the Deelnemers page: participants, their attendance and advice */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_DEELNEMERS_PAGE (tafel_deelnemers_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelDeelnemersPage, tafel_deelnemers_page, TAFEL, DEELNEMERS_PAGE, AdwBin)

GtkWidget         *tafel_deelnemers_page_new       (void);
TafelTrajectModel *tafel_deelnemers_page_get_model (TafelDeelnemersPage *self);
void               tafel_deelnemers_page_set_model (TafelDeelnemersPage *self,
                                            TafelTrajectModel *model);

G_END_DECLS
