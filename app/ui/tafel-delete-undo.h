/* tafel-delete-undo.h: delete a stored row and offer to bring it back
 *
 * tafel_store_delete() and a toast with an Undo button whose click calls
 * tafel_store_restore(). A refusal (either way) shows the store's message.
 */
#pragma once

#include <adwaita.h>

#include "tafel-store.h"

G_BEGIN_DECLS

/* Called after an undo brought @entity back, while @widget still exists. */
typedef void (*TafelRestoredFunc) (GtkWidget *widget,
                                   gpointer   entity);

gboolean tafel_delete_with_undo (GtkWidget         *widget,
                                 TafelStore        *store,
                                 gpointer           entity,
                                 const char        *message,
                                 TafelRestoredFunc  restored);

G_END_DECLS
