/* tafel-ui-util.h: small helpers every widget shares */
#pragma once

#include <adwaita.h>

#include "tafel-choice.h"
#include "tafel-store.h"

G_BEGIN_DECLS

typedef void (*TafelUndoFunc) (gpointer user_data);

void        tafel_ui_toast           (GtkWidget         *widget,
                                      const char        *message);
void        tafel_ui_toast_error     (GtkWidget         *widget,
                                      const GError      *error);
void        tafel_ui_toast_undo      (GtkWidget         *widget,
                                      const char        *message,
                                      TafelUndoFunc      undo,
                                      gpointer           user_data,
                                      GDestroyNotify     destroy);
GtkStringList *tafel_ui_choice_model (const TafelChoice *choices);
TafelStore *tafel_ui_get_store       (GtkWidget         *widget);
char       *tafel_ui_entity_label    (gpointer           entity);

G_END_DECLS
