/* tafel-geeltje-actions.h: what the list does with several sticky notes at once
 *
 * Delete (with an undo toast that brings them all back) and set the
 * processing status; "Not processed" first asks for the reason the store
 * requires, "Processed" and "Partly processed" for the requirement (a
 * TafelKoppelDialog) when a note went into none yet. Each is one transaction: all notes change, or none.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-store.h"

G_BEGIN_DECLS

/* @widget finds the toast overlay and the window for dialogs. */
gboolean tafel_geeltje_actions_delete     (GtkWidget  *widget,
                                           TafelStore *store,
                                           GPtrArray  *geeltjes);
/* Returns FALSE on error (shown) and when a reason or a requirement is
 * asked first: the status is then set when the dialog is answered. */
gboolean tafel_geeltje_actions_set_status (GtkWidget  *widget,
                                           TafelStore *store,
                                           GPtrArray  *geeltjes,
                                           const char *status,
                                           const char *reason);

G_END_DECLS
