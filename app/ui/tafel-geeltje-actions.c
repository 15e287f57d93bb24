/* tafel-geeltje-actions.c: what the list does with several sticky notes at once */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-geeltje-actions.h"
#include "tafel-koppel-actions.h"
#include "tafel-ui-util.h"
#include "tafel-verwerking.h"

typedef struct {
  TafelStore *store;
  GPtrArray  *geeltjes;
  GWeakRef    widget;
  char       *status;
  GtkEntry   *entry;
} Batch;

static Batch *
batch_new (GtkWidget  *widget,
           TafelStore *store,
           GPtrArray  *geeltjes)
{
  Batch *b = g_new0 (Batch, 1);

  b->store = g_object_ref (store);
  b->geeltjes = g_ptr_array_ref (geeltjes);
  g_weak_ref_init (&b->widget, widget);
  return b;
}

static void
batch_free (gpointer data)
{
  Batch *b = data;

  g_object_unref (b->store);
  g_ptr_array_unref (b->geeltjes);
  g_weak_ref_clear (&b->widget);
  g_free (b->status);
  g_free (b);
}

static void
show_error (Batch        *b,
            const GError *error)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&b->widget);

  if (widget != NULL)
    tafel_ui_toast_error (widget, error);
  else
    g_message ("%s", error->message);
}

typedef gboolean (*EachFunc) (TafelStore   *store,
                              TafelGeeltje *geeltje,
                              gpointer      user_data,
                              GError      **error);

/* Runs @func on every note in one transaction; on error nothing changed. */
static gboolean
run_batch (TafelStore *store,
           GPtrArray  *geeltjes,
           EachFunc    func,
           gpointer    user_data,
           GError    **error)
{
  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  for (guint i = 0; i < geeltjes->len; i++)
    {
      if (!func (store, g_ptr_array_index (geeltjes, i), user_data, error))
        {
          tafel_store_rollback_batch (store);
          return FALSE;
        }
    }

  return tafel_store_commit_batch (store, error);
}

static gboolean
delete_one (TafelStore   *store,
            TafelGeeltje *geeltje,
            gpointer      user_data,
            GError      **error)
{
  return tafel_store_delete (store, geeltje, error);
}

static gboolean
restore_one (TafelStore   *store,
             TafelGeeltje *geeltje,
             gpointer      user_data,
             GError      **error)
{
  return tafel_store_restore (store, geeltje, error);
}

static gboolean
set_status_one (TafelStore   *store,
                TafelGeeltje *geeltje,
                gpointer      user_data,
                GError      **error)
{
  const char **values = user_data;  /* status, reason or NULL */
  const char *columns[] = { "status", "reason" };
  GValue v[2] = { G_VALUE_INIT, G_VALUE_INIT };
  gboolean ok;

  if (values[1] == NULL)
    return g_strcmp0 (tafel_geeltje_get_status (geeltje), values[0]) == 0 ||
           tafel_store_set_string (store, geeltje, "status", values[0], error);

  g_value_init (&v[0], G_TYPE_STRING);
  g_value_set_string (&v[0], values[0]);
  g_value_init (&v[1], G_TYPE_STRING);
  g_value_set_string (&v[1], values[1]);
  ok = tafel_store_setv (store, geeltje, 2, columns, v, error);
  g_value_unset (&v[0]);
  g_value_unset (&v[1]);

  return ok;
}

static void
undo_delete_cb (gpointer data)
{
  Batch *b = data;
  g_autoptr(GError) error = NULL;

  if (!run_batch (b->store, b->geeltjes, restore_one, NULL, &error))
    show_error (b, error);
}

gboolean
tafel_geeltje_actions_delete (GtkWidget  *widget,
                              TafelStore *store,
                              GPtrArray  *geeltjes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);

  n = geeltjes->len;
  if (n == 0)
    return FALSE;

  if (!run_batch (store, geeltjes, delete_one, NULL, &error))
    {
      tafel_ui_toast_error (widget, error);
      return FALSE;
    }

  if (n == 1)
    message = g_strdup (_("Sticky note deleted"));
  else
    message = g_strdup_printf (ngettext ("%u sticky note deleted", "%u sticky notes deleted", n), n);

  tafel_ui_toast_undo (widget, message, undo_delete_cb, batch_new (widget, store, geeltjes), batch_free);
  return TRUE;
}

static void
on_reason_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Batch            *b)
{
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  const char *values[2];

  if (!g_str_equal (response, "set"))
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (b->entry))));
  values[0] = b->status;
  values[1] = reason;

  /* An empty reason is refused by the store, which says so. */
  if (!run_batch (b->store, b->geeltjes, set_status_one, values, &error))
    show_error (b, error);
}

static void
ask_reason (GtkWidget  *widget,
            TafelStore *store,
            GPtrArray  *geeltjes,
            const char *status)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  Batch *b = batch_new (widget, store, geeltjes);
  GtkWidget *dialog, *entry;
  const char *heading;

  heading = ngettext ("Why is this sticky note not processed?",
                      "Why are these sticky notes not processed?", geeltjes->len);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The region must be able to account for every sticky note it does not take into the Programma van Eisen."));

  entry = gtk_entry_new ();
  if (geeltjes->len == 1)
    gtk_editable_set_text (GTK_EDITABLE (entry), tafel_geeltje_get_reason (g_ptr_array_index (geeltjes, 0)));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "set", _("_Set Reason"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  b->status = g_strdup (status);
  b->entry = GTK_ENTRY (entry);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_reason_response_cb),
                         b, (GClosureNotify) (void (*) (void)) batch_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Whether one of @geeltjes went into no requirement yet. */
static gboolean
any_without_eis (TafelStore  *store,
                 GPtrArray   *geeltjes,
                 GError     **error)
{
  for (guint i = 0; i < geeltjes->len; i++)
    {
      g_autoptr(GArray) ids = tafel_geeltje_dup_eis_ids (store, g_ptr_array_index (geeltjes, i), error);

      if (ids == NULL || ids->len == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
tafel_geeltje_actions_set_status (GtkWidget  *widget,
                                  TafelStore *store,
                                  GPtrArray  *geeltjes,
                                  const char *status,
                                  const char *reason)
{
  g_autoptr(GError) error = NULL;
  const char *values[2] = { status, reason };

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (tafel_choice_intern (tafel_geeltje_statuses, status) != NULL, FALSE);

  if (geeltjes->len == 0)
    return FALSE;

  if (g_str_equal (status, "niet_verwerkt") && (reason == NULL || *reason == '\0'))
    {
      ask_reason (widget, store, geeltjes, status);
      return FALSE;
    }

  /* Processed means processed in a requirement: say which one first. */
  if ((g_str_equal (status, "verwerkt") || g_str_equal (status, "deels_verwerkt")) &&
      any_without_eis (store, geeltjes, &error))
    {
      if (error != NULL)
        tafel_ui_toast_error (widget, error);
      else
        tafel_koppel_actions_run (widget, store, geeltjes, status);
      return FALSE;
    }

  if (!run_batch (store, geeltjes, set_status_one, values, &error))
    {
      tafel_ui_toast_error (widget, error);
      return FALSE;
    }

  return TRUE;
}
