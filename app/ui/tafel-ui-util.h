/* tafel-ui-util.h: small helpers every widget shares */
#pragma once

#include <adwaita.h>

#include "tafel-choice.h"
#include "tafel-store.h"
#include "tafel-traject-model.h"

G_BEGIN_DECLS

typedef void   (*TafelUndoFunc)  (gpointer       user_data);
typedef gint64 (*TafelRowIdFunc) (GtkListBoxRow *row);

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
AdwToastOverlay *tafel_ui_find_toast_overlay (GtkWidget   *widget);
GtkListBoxRow   *tafel_ui_list_box_find_row  (GtkListBox  *list,
                                              TafelRowIdFunc get_id,
                                              gint64       id,
                                              guint       *index);

void        tafel_ui_fill_organisation_names (GtkListStore      *names,
                                              TafelTrajectModel *model);
gboolean    tafel_ui_match_name          (GtkEntryCompletion *completion,
                                          const char         *key,
                                          GtkTreeIter        *iter,
                                          gpointer            user_data);
gint64      tafel_ui_last_held_sessie    (TafelTrajectModel *model);
gboolean    tafel_ui_dropdown_mnemonic_cb (GtkWidget         *dropdown,
                                          gboolean           group_cycling,
                                          gpointer           user_data);

G_END_DECLS
