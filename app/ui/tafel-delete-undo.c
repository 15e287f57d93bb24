/* tafel-delete-undo.c: delete a stored row and offer to bring it back */
#include "config.h"

#include "tafel-delete-undo.h"
#include "tafel-ui-util.h"

typedef struct {
  GWeakRef           widget;
  TafelStore        *store;
  TafelEntity       *entity;
  TafelRestoredFunc  restored;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *u = data;

  g_weak_ref_clear (&u->widget);
  g_clear_object (&u->store);
  g_clear_object (&u->entity);
  g_free (u);
}

static void
undo_delete (gpointer data)
{
  UndoData *u = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&u->widget);
  g_autoptr(GError) error = NULL;

  if (!tafel_store_restore (u->store, u->entity, &error))
    {
      if (widget != NULL)
        tafel_ui_toast_error (widget, error);
      else
        g_message ("%s", error->message);
      return;
    }

  if (widget != NULL && u->restored != NULL)
    u->restored (widget, u->entity);
}

/* Deletes @entity and shows @message with an Undo button. Returns FALSE,
 * after showing why, when the store refused. */
gboolean
tafel_delete_with_undo (GtkWidget         *widget,
                        TafelStore        *store,
                        gpointer           entity,
                        const char        *message,
                        TafelRestoredFunc  restored)
{
  g_autoptr(GError) error = NULL;
  UndoData *u;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), FALSE);

  /* Keep the object: the model lets go of it once it is deleted. */
  u = g_new0 (UndoData, 1);
  g_weak_ref_init (&u->widget, widget);
  u->store = g_object_ref (store);
  u->entity = g_object_ref (entity);
  u->restored = restored;

  if (!tafel_store_delete (store, entity, &error))
    {
      tafel_ui_toast_error (widget, error);
      undo_data_free (u);
      return FALSE;
    }

  tafel_ui_toast_undo (widget, message, undo_delete, u, undo_data_free);
  return TRUE;
}
