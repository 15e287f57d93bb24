/* tafel-productgroepen-dialog.h: add, rename, abbreviate, reorder and delete product groups
 *
 * One row per product group of the model, in position order: the name
 * (stored on Enter or when focus leaves it), the abbreviation, buttons to
 * move it up or down and to delete it (with undo). Ctrl+Shift+N adds a
 * group, Escape closes the dialog.
 */
#pragma once

#include <adwaita.h>

#include "tafel-traject-model.h"

G_BEGIN_DECLS

#define TAFEL_TYPE_PRODUCTGROEPEN_DIALOG (tafel_productgroepen_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TafelProductgroepenDialog, tafel_productgroepen_dialog, TAFEL, PRODUCTGROEPEN_DIALOG, AdwPreferencesWindow)

GtkWidget         *tafel_productgroepen_dialog_new       (TafelTrajectModel         *model);
TafelTrajectModel *tafel_productgroepen_dialog_get_model (TafelProductgroepenDialog *self);

/* A part of the row of the group at @position: "name" (the AdwEntryRow),
 * "abbreviation" (a GtkEntry), "up", "down" or "delete" (GtkButtons).
 * NULL past the end. For tests and for moving focus. */
GtkWidget         *tafel_productgroepen_dialog_get_part  (TafelProductgroepenDialog *self,
                                                          guint                      position,
                                                          const char                *part);

G_END_DECLS
