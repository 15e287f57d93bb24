/* tafel-new-traject-dialog.h: name a new traject and pick the template it starts from */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_NEW_TRAJECT_DIALOG (tafel_new_traject_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TafelNewTrajectDialog, tafel_new_traject_dialog, TAFEL, NEW_TRAJECT_DIALOG, AdwWindow)

TafelNewTrajectDialog *tafel_new_traject_dialog_new    (TafelStore            *store);
gboolean               tafel_new_traject_dialog_create (TafelNewTrajectDialog *self);

G_END_DECLS
