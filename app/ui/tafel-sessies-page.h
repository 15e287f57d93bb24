/* tafel-sessies-page.h: the Sessies page: dates, themes, locations and agendas of the sessions */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_SESSIES_PAGE (tafel_sessies_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelSessiesPage, tafel_sessies_page, TAFEL, SESSIES_PAGE, AdwBin)

GtkWidget         *tafel_sessies_page_new       (void);
TafelTrajectModel *tafel_sessies_page_get_model (TafelSessiesPage *self);
void               tafel_sessies_page_set_model (TafelSessiesPage *self,
                                            TafelTrajectModel *model);

G_END_DECLS
