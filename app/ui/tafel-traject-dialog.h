/* tafel-traject-dialog.h: the properties of one traject, stored as they are edited */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_TRAJECT_DIALOG (tafel_traject_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TafelTrajectDialog, tafel_traject_dialog, TAFEL, TRAJECT_DIALOG, AdwWindow)

TafelTrajectDialog *tafel_traject_dialog_new         (TafelStore         *store,
                                                      TafelTraject       *traject);
TafelTraject       *tafel_traject_dialog_get_traject (TafelTrajectDialog *self);
gboolean            tafel_traject_dialog_apply       (TafelTrajectDialog *self);

G_END_DECLS
