/* tafel-uitvraag-history.c: the Uitvraag page's Import History: a row per
 * return of the traject, newest first, each with Undo while it is active
 * (see tafel-uitvraag-page-private.h for the other parts) */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-inlevering.h"
#include "tafel-ui-util.h"
#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-page-private.h"
#include "tafel-uitvraag-preview.h"

/* ---- signals ----------------------------------------------------------- */

static void
on_history_expanded_cb (AdwExpanderRow    *row,
                        GParamSpec        *pspec,
                        TafelUitvraagPage *self)
{
  gint64 id = tafel_uitvraag_history_row_get_id (GTK_LIST_BOX_ROW (row));

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded, &id);
}

/* ---- shared with the other parts (tafel-uitvraag-page-private.h) ------- */

void
tafel_uitvraag_page_refresh_history (TafelUitvraagPage *self)
{
  g_autoptr(GString) signature = g_string_new (NULL);
  GListModel *list;
  guint n;

  if (self->model == NULL)
    {
      g_clear_pointer (&self->history_shown, g_free);
      tafel_uitvraag_page_clear_list (self->history_list);
      return;
    }

  /* As the status rows: rebuilt only when a return (or a name shown) changed. */
  list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_INLEVERING);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelInlevering) inlevering = g_list_model_get_item (list, i);

      g_string_append_printf (signature, "%" G_GINT64_FORMAT "\t%s\t%s\t%s\n",
                              tafel_entity_get_id (TAFEL_ENTITY (inlevering)),
                              tafel_inlevering_get_status (inlevering),
                              tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                                               tafel_inlevering_get_organisatie_id (inlevering)),
                              tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_SESSIE,
                                                               tafel_inlevering_get_sessie_id (inlevering)));
    }
  if (g_strcmp0 (signature->str, self->history_shown) == 0)
    return;
  g_free (self->history_shown);
  self->history_shown = g_strdup (signature->str);

  tafel_uitvraag_page_clear_list (self->history_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelInlevering) inlevering = g_list_model_get_item (list, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (inlevering));
      GtkWidget *row = tafel_uitvraag_history_row_new (self->model, inlevering);

      if (g_hash_table_contains (self->expanded, &id))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      g_signal_connect (row, "notify::expanded", G_CALLBACK (on_history_expanded_cb), self);
      gtk_list_box_append (self->history_list, row);
    }
}

void
tafel_uitvraag_page_on_undo_inlevering_action_cb (GtkWidget  *widget,
                                                  const char *action_name,
                                                  GVariant   *parameter)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  TafelInlevering *inlevering;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  inlevering = tafel_traject_model_lookup (self->model, TAFEL_TYPE_INLEVERING, id);
  name = inlevering ? g_path_get_basename (tafel_inlevering_get_bestand (inlevering)) : g_strdup ("");

  if (!tafel_uitvraag_import_undo (tafel_uitvraag_page_get_store (self), id, &error))
    {
      tafel_ui_toast_error (widget, error);
      return;
    }

  message = g_strdup_printf (_("Import of %s undone"), name);
  tafel_ui_toast (widget, message);
}

/* ---- public ------------------------------------------------------------ */

GtkListBox *
tafel_uitvraag_page_get_history (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->history_list;
}
