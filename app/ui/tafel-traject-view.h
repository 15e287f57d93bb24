/* tafel-traject-view.h: one open traject, its pages in a view switcher */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TRAJECT_VIEW (tafel_traject_view_get_type ())
G_DECLARE_FINAL_TYPE (TafelTrajectView, tafel_traject_view, TAFEL, TRAJECT_VIEW, AdwBin)

TafelTrajectModel *tafel_traject_view_get_model   (TafelTrajectView  *self);
void               tafel_traject_view_set_model   (TafelTrajectView  *self,
                                                   TafelTrajectModel *model);
void               tafel_traject_view_show_page   (TafelTrajectView  *self,
                                                   const char        *name);
GtkWidget         *tafel_traject_view_get_page    (TafelTrajectView  *self,
                                                   const char        *name);

G_END_DECLS
