/* tafel-geeltjes-page.h: the Geeltjes page: keyboard-first capture and the list of sticky notes */
#pragma once

#include <adwaita.h>

#include "tafel-geeltje-capture.h"
#include "tafel-geeltjes-list.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_GEELTJES_PAGE (tafel_geeltjes_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelGeeltjesPage, tafel_geeltjes_page, TAFEL, GEELTJES_PAGE, AdwBin)

GtkWidget         *tafel_geeltjes_page_new       (void);
TafelTrajectModel *tafel_geeltjes_page_get_model (TafelGeeltjesPage *self);
void               tafel_geeltjes_page_set_model (TafelGeeltjesPage *self,
                                                  TafelTrajectModel *model);

/* For tests and benchmarks: filter as if typed in the search entry, and
 * how many geeltjes the list shows afterwards (filtering is synchronous). */
void               tafel_geeltjes_page_set_search_text (TafelGeeltjesPage *self,
                                                        const char        *text);
guint              tafel_geeltjes_page_get_n_visible   (TafelGeeltjesPage *self);

/* The two halves of the page, for tests. */
TafelGeeltjeCapture *tafel_geeltjes_page_get_capture   (TafelGeeltjesPage *self);
TafelGeeltjesList   *tafel_geeltjes_page_get_list      (TafelGeeltjesPage *self);

G_END_DECLS
