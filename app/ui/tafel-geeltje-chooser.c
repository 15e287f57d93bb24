/* tafel-geeltje-chooser.c: the chooser a list cell opens to change one field of a sticky note */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-choice-popover.h"
#include "tafel-geeltje-chooser.h"
#include "tafel-koppel-actions.h"
#include "tafel-verwerking.h"
#include "tafel-ref-dropdown.h"
#include "tafel-ui-util.h"

/* What the popover needs to store the choice, whatever happens to the cell
 * that opened it. */
typedef struct {
  TafelTrajectModel  *model;
  TafelGeeltje       *geeltje;
  TafelGeeltjeColumn  column;
  GArray             *ids;       /* gint64 for references */
  GPtrArray          *choices;   /* const char * for kind and status */
} PopupData;

static void
popup_data_free (gpointer data,
                 GClosure *closure)
{
  PopupData *p = data;

  g_clear_object (&p->model);
  g_clear_object (&p->geeltje);
  g_clear_pointer (&p->ids, g_array_unref);
  g_clear_pointer (&p->choices, g_ptr_array_unref);
  g_free (p);
}

/* A processing status, as tafel_geeltje_verwerk() keeps it: verwerkt and
 * deels verwerkt go into requirements (chosen now when the note has none
 * yet), niet verwerkt has a reason and no requirements, open has neither. */
static gboolean
store_status (TafelChoicePopover  *popover,
              TafelStore          *store,
              TafelGeeltje        *geeltje,
              const char          *status,
              const char          *reason,
              GError             **error)
{
  g_autoptr(GArray) eisen = NULL;

  if (g_strcmp0 (status, tafel_geeltje_get_status (geeltje)) == 0 && reason == NULL)
    return TRUE;

  eisen = tafel_geeltje_dup_eis_ids (store, geeltje, error);
  if (eisen == NULL)
    return FALSE;

  if ((g_str_equal (status, "verwerkt") || g_str_equal (status, "deels_verwerkt")) && eisen->len == 0)
    {
      g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
      GtkWidget *anchor = gtk_widget_get_parent (GTK_WIDGET (popover));

      g_ptr_array_add (notes, g_object_ref (geeltje));
      tafel_koppel_actions_run (anchor ? anchor : GTK_WIDGET (popover), store, notes, status);
      return TRUE;
    }

  return tafel_geeltje_verwerk (store, geeltje, status, (const gint64 *) eisen->data, eisen->len, reason, error);
}

static void
on_chosen_cb (TafelChoicePopover *popover,
              guint               index,
              const char         *reason,
              PopupData          *p)
{
  TafelStore *store = tafel_traject_model_get_store (p->model);
  const char *column = tafel_geeltje_column_get_info (p->column)->store_column;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (p->ids != NULL)
    {
      gint64 id = g_array_index (p->ids, gint64, index);

      ok = id == tafel_entity_get_int (TAFEL_ENTITY (p->geeltje), column) ||
           tafel_store_set_int (store, p->geeltje, column, id, &error);
    }
  else if (g_str_equal (column, "status"))
    ok = store_status (popover, store, p->geeltje, g_ptr_array_index (p->choices, index), reason, &error);
  else if (reason != NULL)
    {
      const char *columns[] = { column, "reason" };
      GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };

      g_value_init (&values[0], G_TYPE_STRING);
      g_value_set_static_string (&values[0], g_ptr_array_index (p->choices, index));
      g_value_init (&values[1], G_TYPE_STRING);
      g_value_set_string (&values[1], reason);
      ok = tafel_store_setv (store, p->geeltje, 2, columns, values, &error);
      g_value_unset (&values[0]);
      g_value_unset (&values[1]);
    }
  else
    {
      const char *id = g_ptr_array_index (p->choices, index);

      ok = g_strcmp0 (id, tafel_entity_get_string (TAFEL_ENTITY (p->geeltje), column)) == 0 ||
           tafel_store_set_string (store, p->geeltje, column, id, &error);
    }

  if (!ok)
    tafel_ui_toast_error (GTK_WIDGET (popover), error);
}

static void
fill_ref_popover (TafelChoicePopover *popover,
                  PopupData          *p)
{
  const TafelGeeltjeColumnInfo *info = tafel_geeltje_column_get_info (p->column);
  GListModel *rows = tafel_traject_model_get_list (p->model, tafel_geeltje_column_get_ref_type (p->column));
  gint64 current = tafel_entity_get_int (TAFEL_ENTITY (p->geeltje), info->store_column);
  guint n = g_list_model_get_n_items (rows);
  gint64 none = 0;

  p->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  tafel_choice_popover_append (popover, _(info->none_label), NULL, current == 0);
  g_array_append_val (p->ids, none);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) entity = g_list_model_get_item (rows, i);
      g_autofree char *label = tafel_ref_dup_label (entity);
      gint64 id = tafel_entity_get_id (entity);
      const char *subtitle = NULL;

      if (TAFEL_IS_DEELPRODUCT (entity))
        subtitle = tafel_traject_model_lookup_name (p->model, TAFEL_TYPE_PRODUCTGROEP,
                                                    tafel_deelproduct_get_productgroep_id (TAFEL_DEELPRODUCT (entity)));
      tafel_choice_popover_append (popover, label, subtitle, id == current);
      g_array_append_val (p->ids, id);
    }
}

static void
fill_choice_popover (TafelChoicePopover *popover,
                     PopupData          *p)
{
  const TafelChoice *choices = tafel_geeltje_column_get_choices (p->column);
  const char *current = tafel_entity_get_string (TAFEL_ENTITY (p->geeltje),
                                                 tafel_geeltje_column_get_info (p->column)->store_column);

  p->choices = g_ptr_array_new ();
  for (guint i = 0; choices[i].id != NULL; i++)
    {
      guint index = tafel_choice_popover_append (popover, _(choices[i].label), NULL,
                                                 g_strcmp0 (choices[i].id, current) == 0);

      g_ptr_array_add (p->choices, (gpointer) choices[i].id);
      if (choices == tafel_geeltje_statuses && g_str_equal (choices[i].id, "niet_verwerkt"))
        tafel_choice_popover_ask_reason (popover, index, _("Why is it not processed?"),
                                         tafel_geeltje_get_reason (p->geeltje));
    }
}

/* A popover listing the values of @column for @geeltje, the current one
 * checked; choosing one stores it (errors are shown as a toast). */
GtkPopover *
tafel_geeltje_chooser_new (TafelTrajectModel  *model,
                           TafelGeeltje       *geeltje,
                           TafelGeeltjeColumn  column)
{
  GtkWidget *popover;
  PopupData *p;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (model), NULL);
  g_return_val_if_fail (TAFEL_IS_GEELTJE (geeltje), NULL);
  g_return_val_if_fail (tafel_geeltje_column_get_ref_type (column) != G_TYPE_INVALID ||
                        tafel_geeltje_column_get_choices (column) != NULL, NULL);

  popover = tafel_choice_popover_new (_(tafel_geeltje_column_get_info (column)->title));
  p = g_new0 (PopupData, 1);
  p->model = g_object_ref (model);
  p->geeltje = g_object_ref (geeltje);
  p->column = column;

  if (tafel_geeltje_column_get_ref_type (column) != G_TYPE_INVALID)
    fill_ref_popover (TAFEL_CHOICE_POPOVER (popover), p);
  else
    fill_choice_popover (TAFEL_CHOICE_POPOVER (popover), p);

  g_signal_connect_data (popover, "chosen", G_CALLBACK (on_chosen_cb), p, popup_data_free, 0);
  return GTK_POPOVER (popover);
}
