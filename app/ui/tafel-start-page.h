/* tafel-start-page.h: the list of trajecten, and what a new user sees first */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_START_PAGE (tafel_start_page_get_type ())
G_DECLARE_FINAL_TYPE (TafelStartPage, tafel_start_page, TAFEL, START_PAGE, AdwBin)

void      tafel_start_page_set_store       (TafelStartPage *self,
                                            TafelStore     *store);
void      tafel_start_page_new_traject     (TafelStartPage *self);
void      tafel_start_page_edit_traject    (TafelStartPage *self,
                                            gint64          traject_id);
gboolean  tafel_start_page_delete_traject  (TafelStartPage *self,
                                            gint64          traject_id);
gboolean  tafel_start_page_undo_delete     (TafelStartPage *self,
                                            gint64          traject_id);

G_END_DECLS
