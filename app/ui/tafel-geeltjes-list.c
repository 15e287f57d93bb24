/* tafel-geeltjes-list.c: the sticky notes of a traject, searched, filtered and edited in place */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-geeltje-actions.h"
#include "tafel-geeltjes-list.h"
#include "tafel-koppel-actions.h"
#include "tafel-ref-dropdown.h"
#include "tafel-row-slots.h"
#include "tafel-ui-util.h"

struct _TafelGeeltjesList
{
  AdwBin               parent_instance;

  GtkSearchEntry      *search_entry;
  GtkDropDown         *sessie_filter;
  GtkDropDown         *deelproduct_filter;
  GtkDropDown         *organisation_filter;
  GtkDropDown         *kind_filter;
  GtkDropDown         *status_filter;
  GtkLabel            *counts_label;
  GtkStack            *stack;
  GtkColumnView       *column_view;

  TafelTrajectModel   *model;
  TafelGeeltjeFilter  *filter;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  TafelRowSlots       *slots;
  GtkMultiSelection   *selection;
  TafelGeeltjeColumns *columns;
  TafelKoppelColumn   *koppel_column;
  TafelRefDropdown    *sessie_ref;
  TafelRefDropdown    *deelproduct_ref;
  TafelRefDropdown    *organisation_ref;

  guint                counts_id;
  guint                search_id;
};

G_DEFINE_FINAL_TYPE (TafelGeeltjesList, tafel_geeltjes_list, ADW_TYPE_BIN)

/* One per status, in the order of tafel_geeltje_statuses. */
#define N_STATUSES 4

/* How a status is counted under the list: "250 open". */
static void
append_status_count (GString *text,
                     guint    status,
                     guint    count)
{
  g_string_append (text, " · ");
  switch (status)
    {
    case 0:
      g_string_append_printf (text, _("%u open"), count);
      break;
    case 1:
      g_string_append_printf (text, _("%u processed"), count);
      break;
    case 2:
      g_string_append_printf (text, _("%u partly processed"), count);
      break;
    default:
      g_string_append_printf (text, _("%u not processed"), count);
      break;
    }
}

static GListModel *
get_geeltjes (TafelGeeltjesList *self)
{
  return self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE) : NULL;
}

static void
update_counts (TafelGeeltjesList *self)
{
  GListModel *geeltjes = get_geeltjes (self);
  guint total = geeltjes ? g_list_model_get_n_items (geeltjes) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint per_status[N_STATUSES] = { 0, };
  g_autoptr(GString) text = g_string_new (NULL);

  g_clear_handle_id (&self->counts_id, g_source_remove);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(TafelGeeltje) geeltje = g_list_model_get_item (geeltjes, i);
      const char *status = tafel_geeltje_get_status (geeltje);

      /* Statuses are interned: comparing pointers is enough. */
      for (guint s = 0; s < N_STATUSES; s++)
        if (status == tafel_geeltje_statuses[s].id)
          {
            per_status[s]++;
            break;
          }
    }

  if (tafel_geeltje_filter_is_active (self->filter))
    g_string_printf (text, ngettext ("%u of %u sticky note shown", "%u of %u sticky notes shown", total),
                     shown, total);
  else
    g_string_printf (text, ngettext ("%u sticky note", "%u sticky notes", total), total);

  for (guint s = 0; s < N_STATUSES; s++)
    if (per_status[s] > 0)
      append_status_count (text, s, per_status[s]);

  gtk_label_set_label (self->counts_label, text->str);
}

static gboolean
update_counts_cb (gpointer data)
{
  TafelGeeltjesList *self = data;

  self->counts_id = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* Counting walks every note: once per burst of changes is enough. */
static void
schedule_counts (TafelGeeltjesList *self)
{
  if (self->counts_id == 0)
    self->counts_id = g_idle_add (update_counts_cb, self);
}

static void
update_state (TafelGeeltjesList *self)
{
  GListModel *geeltjes = get_geeltjes (self);
  const char *name = "list";

  if (geeltjes != NULL && g_list_model_get_n_items (geeltjes) == 0)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 && geeltjes != NULL)
    name = "no-match";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static GPtrArray *
collect_selected (TafelGeeltjesList *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitset *set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, set, &position))
    {
      do
        g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->sort_model), position));
      while (gtk_bitset_iter_next (&iter, &position));
    }
  gtk_bitset_unref (set);

  return items;
}

static void
on_filtered_items_changed_cb (GListModel        *model,
                              guint              position,
                              guint              removed,
                              guint              added,
                              TafelGeeltjesList *self)
{
  update_state (self);
  schedule_counts (self);
}

static void
on_geeltjes_changed_cb (TafelTrajectModel *model,
                        TafelGeeltjesList *self)
{
  update_state (self);
  schedule_counts (self);
}

static void
on_ref_filter_changed_cb (TafelRefDropdown  *ref,
                          TafelGeeltjesList *self)
{
  GType type = ref == self->sessie_ref ? TAFEL_TYPE_SESSIE
             : ref == self->deelproduct_ref ? TAFEL_TYPE_DEELPRODUCT : TAFEL_TYPE_ORGANISATIE;

  tafel_geeltje_filter_set_ref (self->filter, type, tafel_ref_dropdown_get_id (ref));
}

static const char *
choice_for_position (const TafelChoice *choices,
                     guint              position)
{
  /* Position 0 is "All …". */
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > tafel_choice_count (choices))
    return NULL;

  return choices[position - 1].id;
}

static void
on_choice_filter_changed_cb (GtkDropDown       *dropdown,
                             GParamSpec        *pspec,
                             TafelGeeltjesList *self)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->filter == NULL)
    return;

  if (dropdown == self->kind_filter)
    tafel_geeltje_filter_set_kind (self->filter, choice_for_position (tafel_geeltje_kinds, position));
  else
    tafel_geeltje_filter_set_status (self->filter, choice_for_position (tafel_geeltje_statuses, position));
}

static gboolean
apply_empty_search_cb (gpointer data)
{
  TafelGeeltjesList *self = data;

  self->search_id = 0;
  /* Typed over a selection: the new text is on its way, keep the list. */
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    tafel_geeltje_filter_set_search (self->filter, "");
  return G_SOURCE_REMOVE;
}

/* The search entry reports an empty text at once, also when it is only
 * passed through on the way to the next text: wait a moment for that. */
static void
on_search_changed_cb (GtkSearchEntry    *entry,
                      TafelGeeltjesList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_clear_handle_id (&self->search_id, g_source_remove);
  if (*text == '\0')
    self->search_id = g_idle_add (apply_empty_search_cb, self);
  else
    tafel_geeltje_filter_set_search (self->filter, text);
}

/* Escape empties the search; a second Escape clears the other filters. */
static void
on_stop_search_cb (GtkSearchEntry    *entry,
                   TafelGeeltjesList *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    tafel_geeltjes_list_set_search_text (self, "");
  else
    tafel_geeltjes_list_clear_filters (self);
}

static void
on_row_activate_cb (GtkColumnView     *view,
                    guint              position,
                    TafelGeeltjesList *self)
{
  g_autoptr(TafelGeeltje) geeltje = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (geeltje != NULL)
    tafel_geeltje_columns_edit_text (self->columns, geeltje);
}

static void
on_clear_filters_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TafelGeeltjesList *self = TAFEL_GEELTJES_LIST (widget);

  tafel_geeltjes_list_clear_filters (self);
  tafel_geeltjes_list_focus_search (self);
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tafel_geeltjes_list_delete_selected (TAFEL_GEELTJES_LIST (widget));
}

static void
on_edit_text_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelGeeltjesList *self = TAFEL_GEELTJES_LIST (widget);
  g_autoptr(GPtrArray) items = collect_selected (self);

  if (items->len > 0)
    tafel_geeltje_columns_edit_text (self->columns, g_ptr_array_index (items, 0));
}

static void
on_set_status_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TafelGeeltjesList *self = TAFEL_GEELTJES_LIST (widget);
  g_autoptr(GPtrArray) items = collect_selected (self);

  if (self->model != NULL && items->len > 0)
    tafel_geeltje_actions_set_status (widget, tafel_traject_model_get_store (self->model), items,
                                      g_variant_get_string (parameter, NULL), NULL);
}

static void
on_koppel_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelGeeltjesList *self = TAFEL_GEELTJES_LIST (widget);
  g_autoptr(GPtrArray) items = collect_selected (self);

  if (self->model != NULL && items->len > 0)
    tafel_koppel_actions_run (widget, tafel_traject_model_get_store (self->model), items, NULL);
}

static void
add_view_shortcut (GtkShortcutController *controller,
                   guint                  keyval,
                   GdkModifierType        modifiers,
                   const char            *action,
                   GVariant              *argument)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (argument != NULL)
    gtk_shortcut_set_arguments (shortcut, argument);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Keys that act on the selected rows work only while the list has focus. */
static void
add_view_shortcuts (TafelGeeltjesList *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  add_view_shortcut (shortcuts, GDK_KEY_Delete, 0, "geeltjes.delete-selected", NULL);
  add_view_shortcut (shortcuts, GDK_KEY_KP_Delete, 0, "geeltjes.delete-selected", NULL);
  add_view_shortcut (shortcuts, GDK_KEY_F2, 0, "geeltjes.edit-text", NULL);
  add_view_shortcut (shortcuts, GDK_KEY_k, GDK_CONTROL_MASK, "geeltjes.koppel", NULL);
  for (guint i = 0; tafel_geeltje_statuses[i].id != NULL; i++)
    add_view_shortcut (shortcuts, GDK_KEY_1 + i, GDK_CONTROL_MASK, "geeltjes.set-status",
                       g_variant_new_string (tafel_geeltje_statuses[i].id));

  gtk_widget_add_controller (GTK_WIDGET (self->column_view), controller);
}

static GtkStringList *
create_choice_filter_model (const char        *all,
                            const TafelChoice *choices)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all);
  for (guint i = 0; choices[i].id != NULL; i++)
    gtk_string_list_append (list, _(choices[i].label));

  return list;
}

static TafelRefDropdown *
create_ref_filter (TafelGeeltjesList *self,
                   GtkDropDown       *dropdown,
                   GType              type,
                   const char        *all,
                   const char        *none)
{
  TafelRefDropdown *ref = tafel_ref_dropdown_new (dropdown, type);

  tafel_ref_dropdown_add_fixed (ref, TAFEL_GEELTJE_FILTER_ANY, all);
  tafel_ref_dropdown_add_fixed (ref, 0, none);
  g_signal_connect (ref, "changed", G_CALLBACK (on_ref_filter_changed_cb), self);

  return ref;
}

static void
tafel_geeltjes_list_dispose (GObject *object)
{
  TafelGeeltjesList *self = TAFEL_GEELTJES_LIST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_handle_id (&self->counts_id, g_source_remove);
  g_clear_handle_id (&self->search_id, g_source_remove);
  g_clear_object (&self->sessie_ref);
  g_clear_object (&self->deelproduct_ref);
  g_clear_object (&self->organisation_ref);
  if (self->columns != NULL)
    tafel_geeltje_columns_set_model (self->columns, NULL);
  if (self->koppel_column != NULL)
    tafel_koppel_column_set_model (self->koppel_column, NULL);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_GEELTJES_LIST);

  g_clear_object (&self->columns);
  g_clear_object (&self->koppel_column);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  if (self->filter != NULL)
    tafel_geeltje_filter_set_model (self->filter, NULL);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (tafel_geeltjes_list_parent_class)->dispose (object);
}

static void
tafel_geeltjes_list_class_init (TafelGeeltjesListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_geeltjes_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-geeltjes-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, sessie_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, deelproduct_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, organisation_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, status_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, counts_label);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelGeeltjesList, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activate_cb);

  gtk_widget_class_install_action (widget_class, "geeltjes.clear-filters", NULL, on_clear_filters_action_cb);
  gtk_widget_class_install_action (widget_class, "geeltjes.delete-selected", NULL, on_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "geeltjes.edit-text", NULL, on_edit_text_action_cb);
  gtk_widget_class_install_action (widget_class, "geeltjes.set-status", "s", on_set_status_action_cb);
  gtk_widget_class_install_action (widget_class, "geeltjes.koppel", NULL, on_koppel_action_cb);
}

static void
tafel_geeltjes_list_init (TafelGeeltjesList *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) statuses = NULL;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Exact counts need the filter to run at once, not in chunks. */
  self->filter = tafel_geeltje_filter_new ();
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_filter_list_model_set_incremental (self->filter_model, FALSE);
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_filtered_items_changed_cb), self);

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              sorter ? g_object_ref (sorter) : NULL);
  /* Rows are reused while the shown notes change: see tafel-row-slots.h. */
  self->slots = tafel_row_slots_new (G_LIST_MODEL (self->sort_model));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  self->columns = tafel_geeltje_columns_new (self->column_view);
  self->koppel_column = tafel_koppel_column_new (self->column_view);
  add_view_shortcuts (self);

  self->sessie_ref = create_ref_filter (self, self->sessie_filter, TAFEL_TYPE_SESSIE,
                                        _("All sessions"), _("No session"));
  self->deelproduct_ref = create_ref_filter (self, self->deelproduct_filter, TAFEL_TYPE_DEELPRODUCT,
                                             _("All deelproducten"), _("No deelproduct"));
  self->organisation_ref = create_ref_filter (self, self->organisation_filter, TAFEL_TYPE_ORGANISATIE,
                                              _("All organisations"), _("No organisation"));

  kinds = create_choice_filter_model (_("All kinds"), tafel_geeltje_kinds);
  statuses = create_choice_filter_model (_("All statuses"), tafel_geeltje_statuses);
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  update_counts (self);
}

GtkWidget *
tafel_geeltjes_list_new (void)
{
  return g_object_new (TAFEL_TYPE_GEELTJES_LIST, NULL);
}

/* Another traject: its notes, all shown, nothing selected. */
void
tafel_geeltjes_list_set_model (TafelGeeltjesList *self,
                               TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_LIST (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  g_set_object (&self->model, model);

  /* The filter first, so that the drop-downs find nothing to change. */
  tafel_geeltje_filter_reset (self->filter);
  tafel_geeltje_filter_set_model (self->filter, model);
  tafel_geeltje_columns_set_model (self->columns, model);
  tafel_koppel_column_set_model (self->koppel_column, model);
  tafel_geeltjes_list_clear_filters (self);
  tafel_ref_dropdown_set_model (self->sessie_ref, model);
  tafel_ref_dropdown_set_model (self->deelproduct_ref, model);
  tafel_ref_dropdown_set_model (self->organisation_ref, model);

  gtk_filter_list_model_set_model (self->filter_model, get_geeltjes (self));

  if (model != NULL)
    g_signal_connect (model, "changed::geeltje", G_CALLBACK (on_geeltjes_changed_cb), self);

  update_state (self);
  update_counts (self);
}

void
tafel_geeltjes_list_focus_search (TafelGeeltjesList *self)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Filters at once, as if @text was typed in the search entry. */
void
tafel_geeltjes_list_set_search_text (TafelGeeltjesList *self,
                                     const char        *text)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_LIST (self));

  if (text == NULL)
    text = "";

  /* Setting the text passes through "" on the way: filter once only. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    {
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
    }
  g_clear_handle_id (&self->search_id, g_source_remove);
  tafel_geeltje_filter_set_search (self->filter, text);
}

void
tafel_geeltjes_list_clear_filters (TafelGeeltjesList *self)
{
  g_return_if_fail (TAFEL_IS_GEELTJES_LIST (self));

  /* One run of the filter; the widgets then follow without changes. */
  tafel_geeltje_filter_reset (self->filter);
  tafel_geeltjes_list_set_search_text (self, "");
  tafel_ref_dropdown_set_id (self->sessie_ref, TAFEL_GEELTJE_FILTER_ANY);
  tafel_ref_dropdown_set_id (self->deelproduct_ref, TAFEL_GEELTJE_FILTER_ANY);
  tafel_ref_dropdown_set_id (self->organisation_ref, TAFEL_GEELTJE_FILTER_ANY);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
}

guint
tafel_geeltjes_list_get_n_visible (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), 0);

  tafel_geeltje_filter_flush (self->filter);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

TafelGeeltje *
tafel_geeltjes_list_get_item (TafelGeeltjesList *self,
                              guint              position)
{
  g_autoptr(TafelGeeltje) geeltje = NULL;

  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);

  /* The model keeps every shown note alive. */
  geeltje = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  return geeltje;
}

gboolean
tafel_geeltjes_list_delete_selected (TafelGeeltjesList *self)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), FALSE);

  if (self->model == NULL)
    return FALSE;

  items = collect_selected (self);
  return tafel_geeltje_actions_delete (GTK_WIDGET (self), tafel_traject_model_get_store (self->model), items);
}

const char *
tafel_geeltjes_list_get_counts_text (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);

  tafel_geeltje_filter_flush (self->filter);
  if (self->counts_id != 0)
    update_counts (self);
  return gtk_label_get_label (self->counts_label);
}

const char *
tafel_geeltjes_list_get_state (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);

  tafel_geeltje_filter_flush (self->filter);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkColumnView *
tafel_geeltjes_list_get_column_view (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);
  return self->column_view;
}

TafelGeeltjeColumns *
tafel_geeltjes_list_get_columns (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);
  return self->columns;
}

TafelKoppelColumn *
tafel_geeltjes_list_get_koppel_column (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);
  return self->koppel_column;
}

TafelGeeltjeFilter *
tafel_geeltjes_list_get_filter (TafelGeeltjesList *self)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);
  return self->filter;
}

/* @name: "sessie", "deelproduct", "organisation", "kind" or "status". */
GtkDropDown *
tafel_geeltjes_list_get_filter_dropdown (TafelGeeltjesList *self,
                                         const char        *name)
{
  g_return_val_if_fail (TAFEL_IS_GEELTJES_LIST (self), NULL);

  if (g_str_equal (name, "sessie"))
    return self->sessie_filter;
  if (g_str_equal (name, "deelproduct"))
    return self->deelproduct_filter;
  if (g_str_equal (name, "organisation"))
    return self->organisation_filter;
  if (g_str_equal (name, "kind"))
    return self->kind_filter;
  if (g_str_equal (name, "status"))
    return self->status_filter;

  g_return_val_if_reached (NULL);
}
