/* tafel-koppel-actions.c: linking sticky notes to a requirement ("koppel aan eis") */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-eis-nummer.h"
#include "tafel-koppel-actions.h"
#include "tafel-ui-util.h"
#include "tafel-verwerking.h"

/* How a note was just before it was linked, for the undo. */
typedef struct {
  TafelGeeltje *geeltje;
  const char   *status;   /* interned */
  char         *reason;
  GArray       *eis_ids;
} Before;

typedef struct {
  TafelStore *store;
  GPtrArray  *geeltjes;
  char       *status;
  GWeakRef    widget;
  GArray     *before;     /* Before */
} Koppel;

static void
before_clear (gpointer data)
{
  Before *b = data;

  g_clear_object (&b->geeltje);
  g_clear_pointer (&b->reason, g_free);
  g_clear_pointer (&b->eis_ids, g_array_unref);
}

static void
koppel_free (gpointer data)
{
  Koppel *k = data;

  g_object_unref (k->store);
  g_ptr_array_unref (k->geeltjes);
  g_free (k->status);
  g_weak_ref_clear (&k->widget);
  g_clear_pointer (&k->before, g_array_unref);
  g_free (k);
}

static void
koppel_closure_free (gpointer  data,
                     GClosure *closure)
{
  koppel_free (data);
}

static void
show_error (Koppel       *k,
            const GError *error)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&k->widget);

  if (widget != NULL)
    tafel_ui_toast_error (widget, error);
  else
    g_message ("%s", error->message);
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static GArray *
take_snapshot (TafelStore  *store,
               GPtrArray   *geeltjes,
               GError     **error)
{
  g_autoptr(GArray) before = g_array_sized_new (FALSE, TRUE, sizeof (Before), geeltjes->len);

  g_array_set_clear_func (before, before_clear);
  for (guint i = 0; i < geeltjes->len; i++)
    {
      TafelGeeltje *g = g_ptr_array_index (geeltjes, i);
      Before b = { 0, };

      b.eis_ids = tafel_geeltje_dup_eis_ids (store, g, error);
      if (b.eis_ids == NULL)
        return NULL;
      b.geeltje = g_object_ref (g);
      b.status = tafel_geeltje_get_status (g);
      b.reason = g_strdup (tafel_geeltje_get_reason (g));
      g_array_append_val (before, b);
    }

  return g_steal_pointer (&before);
}

/* Puts one note back as it was: status, reason and links. */
static gboolean
restore_one (TafelStore  *store,
             Before      *b,
             GError     **error)
{
  gboolean in_eisen = g_str_equal (b->status, "verwerkt") || g_str_equal (b->status, "deels_verwerkt");
  const char *columns[] = { "status", "reason" };
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
  gboolean ok;

  if (!in_eisen || b->eis_ids->len > 0)
    return tafel_geeltje_verwerk (store, b->geeltje, b->status, (const gint64 *) b->eis_ids->data,
                                  b->eis_ids->len, b->reason, error);

  /* Processed without a requirement (from before requirements were
   * linked): drop the links, then put the status back as it was. */
  if (!tafel_geeltje_verwerk (store, b->geeltje, "open", NULL, 0, NULL, error))
    return FALSE;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_static_string (&values[0], b->status);
  g_value_init (&values[1], G_TYPE_STRING);
  g_value_set_string (&values[1], b->reason);
  ok = tafel_store_setv (store, b->geeltje, 2, columns, values, error);
  g_value_unset (&values[0]);
  g_value_unset (&values[1]);
  return ok;
}

static void
undo_cb (gpointer data)
{
  Koppel *k = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!tafel_store_begin_batch (k->store, &error))
    {
      show_error (k, error);
      return;
    }

  ok = TRUE;
  for (guint i = 0; ok && i < k->before->len; i++)
    ok = restore_one (k->store, &g_array_index (k->before, Before, i), &error);

  if (!ok)
    {
      tafel_store_rollback_batch (k->store);
      show_error (k, error);
    }
  else if (!tafel_store_commit_batch (k->store, &error))
    show_error (k, error);
}

/* Every note gets @status and keeps its links plus @eis. */
static gboolean
verwerk_all (Koppel    *k,
             TafelEis  *eis,
             GError   **error)
{
  gint64 eis_id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  gboolean ok = TRUE;

  if (!tafel_store_begin_batch (k->store, error))
    return FALSE;

  for (guint i = 0; ok && i < k->before->len; i++)
    {
      Before *b = &g_array_index (k->before, Before, i);
      g_autoptr(GArray) ids = g_array_copy (b->eis_ids);

      if (!has_id (ids, eis_id))
        g_array_append_val (ids, eis_id);
      ok = tafel_geeltje_verwerk (k->store, b->geeltje, k->status, (const gint64 *) ids->data, ids->len,
                                  NULL, error);
    }

  if (!ok)
    {
      tafel_store_rollback_batch (k->store);
      return FALSE;
    }
  return tafel_store_commit_batch (k->store, error);
}

static char *
dup_nummer (TafelStore *store,
            TafelEis   *eis)
{
  g_autoptr(GHashTable) nummers = tafel_eis_nummers (store, tafel_entity_get_traject_id (TAFEL_ENTITY (eis)), NULL);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  const char *nummer = nummers ? g_hash_table_lookup (nummers, &id) : NULL;

  return g_strdup (nummer ? nummer : "?");
}

static void
on_chosen_cb (TafelKoppelDialog *dialog,
              TafelEis          *eis,
              Koppel            *data)
{
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&data->widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *nummer = NULL;
  g_autofree char *message = NULL;
  Koppel *k;
  guint n;
  gboolean ok;

  /* The dialog keeps its data until it goes; the toast gets its own. */
  k = g_new0 (Koppel, 1);
  k->store = g_object_ref (data->store);
  k->geeltjes = g_ptr_array_ref (data->geeltjes);
  k->status = g_strdup (data->status);
  g_weak_ref_init (&k->widget, widget);
  n = k->geeltjes->len;

  k->before = take_snapshot (k->store, k->geeltjes, &error);
  if (k->before == NULL)
    ok = FALSE;
  else if (k->status == NULL)
    ok = tafel_eis_koppel_geeltjes (k->store, eis, (TafelGeeltje **) k->geeltjes->pdata, n, &error);
  else
    ok = verwerk_all (k, eis, &error);

  if (!ok)
    {
      show_error (k, error);
      koppel_free (k);
      return;
    }

  nummer = dup_nummer (k->store, eis);
  message = g_strdup_printf (ngettext ("%u sticky note linked to requirement %s",
                                       "%u sticky notes linked to requirement %s", n), n, nummer);
  if (widget != NULL)
    tafel_ui_toast_undo (widget, message, undo_cb, k, koppel_free);
  else
    koppel_free (k);
}

TafelKoppelDialog *
tafel_koppel_actions_run (GtkWidget  *widget,
                          TafelStore *store,
                          GPtrArray  *geeltjes,
                          const char *status)
{
  g_autoptr(GArray) deelproducten = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  GtkRoot *root;
  TafelKoppelDialog *dialog;
  Koppel *k;
  guint n;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (status == NULL || g_str_equal (status, "verwerkt") ||
                        g_str_equal (status, "deels_verwerkt"), NULL);

  n = geeltjes->len;
  if (n == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      gint64 id = tafel_geeltje_get_deelproduct_id (g_ptr_array_index (geeltjes, i));

      if (id != 0 && !has_id (deelproducten, id))
        g_array_append_val (deelproducten, id);
    }

  if (status == NULL)
    subtitle = g_strdup_printf (ngettext ("%u sticky note", "%u sticky notes", n), n);
  else if (g_str_equal (status, "verwerkt"))
    subtitle = g_strdup_printf (ngettext ("%u sticky note, processed in…", "%u sticky notes, processed in…", n), n);
  else
    subtitle = g_strdup_printf (ngettext ("%u sticky note, partly processed in…",
                                          "%u sticky notes, partly processed in…", n), n);

  dialog = tafel_koppel_dialog_new (store, tafel_entity_get_traject_id (g_ptr_array_index (geeltjes, 0)),
                                    deelproducten, subtitle, &error);
  if (dialog == NULL)
    {
      tafel_ui_toast_error (widget, error);
      return NULL;
    }

  k = g_new0 (Koppel, 1);
  k->store = g_object_ref (store);
  k->geeltjes = g_ptr_array_ref (geeltjes);
  k->status = g_strdup (status);
  g_weak_ref_init (&k->widget, widget);
  g_signal_connect_data (dialog, "chosen", G_CALLBACK (on_chosen_cb), k, koppel_closure_free, 0);

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
