/* tafel-aanbod-list.c: the providers' offerings of a traject, read-only */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-aanbod-list.h"
#include "tafel-geeltje-filter.h"
#include "tafel-inlevering.h"
#include "tafel-ref-dropdown.h"
#include "tafel-ui-util.h"

struct _TafelAanbodList
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *deelproduct_filter;
  GtkLabel           *counts_label;
  GtkStack           *stack;
  GtkColumnView      *column_view;

  TafelTrajectModel  *model;
  TafelRefDropdown   *deelproduct_ref;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GHashTable         *bound;         /* GtkListItem * → column + 1, the cells on screen */
  GPtrArray          *words;         /* folded words of the search */
  gint64              deelproduct_id;

  guint               counts_id;
  guint               refresh_id;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A sorter can outlive the list (a sort model may keep it while it
 * finishes): it knows the list weakly. */
typedef struct {
  TafelAanbodList   *owner;
  TafelAanbodColumn  column;
} SortKey;

G_DEFINE_FINAL_TYPE (TafelAanbodList, tafel_aanbod_list, ADW_TYPE_BIN)

/* ---- helpers ----------------------------------------------------------- */

static GListModel *
get_aanbod (TafelAanbodList *self)
{
  return self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_AANBOD) : NULL;
}

static gint64
get_organisatie_id (TafelAanbodList *self,
                    TafelAanbod     *aanbod)
{
  gint64 id = tafel_aanbod_get_organisatie_id (aanbod);
  TafelEntity *inlevering;

  /* An offering without one belongs to whoever returned it. */
  if (id == 0 && self->model != NULL &&
      (inlevering = tafel_traject_model_lookup (self->model, TAFEL_TYPE_INLEVERING,
                                                tafel_entity_get_int (TAFEL_ENTITY (aanbod), "inlevering_id"))) != NULL)
    id = tafel_entity_get_int (inlevering, "organisatie_id");

  return id;
}

static const char *
get_organisatie_name (TafelAanbodList *self,
                      TafelAanbod     *aanbod)
{
  gint64 id = get_organisatie_id (self, aanbod);

  return self->model && id != 0 ? tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE, id) : "";
}

/* "Sessie 2 - Zorg BV.xlsx, Aanbod, row 7": the returned file, then the
 * sheet and row (as the import wrote it). */
static char *
dup_herkomst (TafelAanbodList *self,
              TafelAanbod     *aanbod)
{
  const char *herkomst = tafel_entity_get_string (TAFEL_ENTITY (aanbod), "herkomst");
  gint64 inlevering_id = tafel_entity_get_int (TAFEL_ENTITY (aanbod), "inlevering_id");
  TafelInlevering *inlevering = NULL;
  g_autofree char *file = NULL;

  if (herkomst == NULL)
    herkomst = "";
  if (inlevering_id != 0 && self->model != NULL)
    inlevering = tafel_traject_model_lookup (self->model, TAFEL_TYPE_INLEVERING, inlevering_id);
  if (inlevering != NULL && *tafel_inlevering_get_bestand (inlevering) != '\0')
    file = g_path_get_basename (tafel_inlevering_get_bestand (inlevering));

  if (file != NULL && *herkomst != '\0')
    /* Translators: where an offering came from: the returned file, then
     * “sheet, row 7” */
    return g_strdup_printf (C_("origin of an offering", "%s, %s"), file, herkomst);
  if (file != NULL)
    return g_steal_pointer (&file);

  return g_strdup (herkomst);
}

/* The whole text of @column, as stored (several lines maybe); "" for none. */
static char *
dup_full_text (TafelAanbodList   *self,
               TafelAanbod       *aanbod,
               TafelAanbodColumn  column)
{
  switch (column)
    {
    case TAFEL_AANBOD_COLUMN_TITLE:
      return g_strdup (tafel_aanbod_get_title (aanbod));
    case TAFEL_AANBOD_COLUMN_ORGANISATIE:
      return g_strdup (get_organisatie_name (self, aanbod));
    case TAFEL_AANBOD_COLUMN_DEELPRODUCT:
      return g_strdup (self->model ? tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_DEELPRODUCT,
                                                                      tafel_aanbod_get_deelproduct_id (aanbod))
                                   : "");
    case TAFEL_AANBOD_COLUMN_FIT:
      return g_strdup (tafel_choice_label (tafel_aanbod_fits, tafel_aanbod_get_fit (aanbod)));
    case TAFEL_AANBOD_COLUMN_EVIDENCE:
      return g_strdup (tafel_choice_label (tafel_evidence_levels, tafel_aanbod_get_evidence (aanbod)));
    case TAFEL_AANBOD_COLUMN_FIT_REASON:
      return g_strdup (tafel_aanbod_get_fit_reason (aanbod));
    case TAFEL_AANBOD_COLUMN_DESCRIPTION:
      return g_strdup (tafel_aanbod_get_description (aanbod));
    case TAFEL_AANBOD_COLUMN_HERKOMST:
      return dup_herkomst (self, aanbod);
    case TAFEL_AANBOD_N_COLUMNS:
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* Fits first, then partly, not; "not assessed" (and an unknown evidence
 * level, the first choice of both lists) last. */
static int
get_choice_rank (const TafelChoice *choices,
                 const char        *id)
{
  int index = tafel_choice_index (choices, id);

  return index <= 0 ? (int) tafel_choice_count (choices) : index;
}

static gboolean
is_filtered (TafelAanbodList *self)
{
  return self->words->len > 0 || self->deelproduct_id != TAFEL_AANBOD_LIST_ANY;
}

static gboolean
match_aanbod (gpointer item,
              gpointer user_data)
{
  TafelAanbodList *self = user_data;
  TafelAanbod *aanbod = item;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  if (self->deelproduct_id != TAFEL_AANBOD_LIST_ANY &&
      tafel_aanbod_get_deelproduct_id (aanbod) != self->deelproduct_id)
    return FALSE;
  if (self->words->len == 0)
    return TRUE;

  /* Every word somewhere in the title, description or organisation. */
  text = g_strjoin ("\n", tafel_aanbod_get_title (aanbod), tafel_aanbod_get_description (aanbod),
                    get_organisatie_name (self, aanbod), NULL);
  folded = tafel_geeltje_filter_fold (text);
  for (guint i = 0; i < self->words->len; i++)
    if (strstr (folded, g_ptr_array_index (self->words, i)) == NULL)
      return FALSE;

  return TRUE;
}

static void
refilter (TafelAanbodList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
apply_search (TafelAanbodList *self,
              const char      *text)
{
  g_autofree char *folded = tafel_geeltje_filter_fold (text ? text : "");
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\r\n", -1);

  g_ptr_array_set_size (self->words, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (self->words, g_strdup (parts[i]));

  refilter (self);
}

static void
update_counts (TafelAanbodList *self)
{
  GListModel *aanbod = get_aanbod (self);
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint total = aanbod ? g_list_model_get_n_items (aanbod) : 0;
  guint n_shown = g_list_model_get_n_items (shown);
  g_autoptr(GHashTable) organisaties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree char *offerings = NULL;
  g_autofree char *from = NULL;
  g_autofree char *text = NULL;
  guint n_organisaties;

  g_clear_handle_id (&self->counts_id, g_source_remove);

  for (guint i = 0; i < n_shown; i++)
    {
      g_autoptr(TafelAanbod) item = g_list_model_get_item (shown, i);
      gint64 id = get_organisatie_id (self, item);

      if (id != 0 && !g_hash_table_contains (organisaties, &id))
        g_hash_table_add (organisaties, g_memdup2 (&id, sizeof id));
    }
  n_organisaties = g_hash_table_size (organisaties);

  if (is_filtered (self))
    offerings = g_strdup_printf (ngettext ("%u of %u offering", "%u of %u offerings", total), n_shown, total);
  else
    offerings = g_strdup_printf (ngettext ("%u offering", "%u offerings", total), total);

  if (n_organisaties > 0)
    {
      from = g_strdup_printf (ngettext ("%u organisation", "%u organisations", n_organisaties), n_organisaties);
      /* Translators: the count above the offerings: “12 offerings” “from”
       * “5 organisations” */
      text = g_strdup_printf (_("%s from %s"), offerings, from);
    }
  else
    text = g_steal_pointer (&offerings);

  gtk_label_set_label (self->counts_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), total > 0);
}

static gboolean
update_counts_cb (gpointer data)
{
  TafelAanbodList *self = data;

  self->counts_id = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* An import adds its offerings one by one: count once at the end. */
static void
schedule_counts (TafelAanbodList *self)
{
  if (self->counts_id == 0)
    self->counts_id = g_idle_add (update_counts_cb, self);
}

static void
update_state (TafelAanbodList *self)
{
  GListModel *aanbod = get_aanbod (self);
  const char *name = "list";

  if (aanbod == NULL || g_list_model_get_n_items (aanbod) == 0)
    name = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    name = "no-match";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
render_cell (TafelAanbodList   *self,
             GtkListItem       *item,
             TafelAanbodColumn  column)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  TafelAanbod *aanbod = gtk_list_item_get_item (item);
  g_autofree char *full = NULL;
  g_autofree char *text = NULL;

  if (aanbod == NULL)
    return;

  full = dup_full_text (self, aanbod, column);
  text = tafel_aanbod_list_dup_text (self, aanbod, column);

  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_text (label, text);
  /* One line in the list; the whole text in the tooltip. */
  if (column != TAFEL_AANBOD_COLUMN_FIT && column != TAFEL_AANBOD_COLUMN_EVIDENCE &&
      g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), *full != '\0' ? full : NULL) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (label), *full != '\0' ? full : NULL);
}

/* Names and offerings changed: what is on screen shows them again, the
 * filter and the chosen order look again. */
static void
refresh (TafelAanbodList *self)
{
  GHashTableIter iter;
  gpointer item, column;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, &column))
    render_cell (self, item, GPOINTER_TO_INT (column) - 1);

  if (is_filtered (self))
    refilter (self);
  if (sorter != NULL && gtk_sorter_get_order (sorter) != GTK_SORTER_ORDER_NONE)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);

  update_state (self);
  update_counts (self);
}

static gboolean
refresh_cb (gpointer data)
{
  TafelAanbodList *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (TafelAanbodList *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

/* ---- sorting ----------------------------------------------------------- */

static char *
get_text_sort_key (TafelAanbod *aanbod,
                   gpointer     user_data)
{
  SortKey *key = user_data;

  if (aanbod == NULL || key->owner == NULL)
    return g_strdup ("");

  return dup_full_text (key->owner, aanbod, key->column);
}

static int
get_fit_sort_key (TafelAanbod *aanbod,
                  gpointer     user_data)
{
  return aanbod ? get_choice_rank (tafel_aanbod_fits, tafel_aanbod_get_fit (aanbod)) : 0;
}

static int
get_evidence_sort_key (TafelAanbod *aanbod,
                       gpointer     user_data)
{
  return aanbod ? get_choice_rank (tafel_evidence_levels, tafel_aanbod_get_evidence (aanbod)) : 0;
}

static void
sort_key_free (gpointer  data,
               GClosure *closure)
{
  SortKey *key = data;

  g_clear_weak_pointer (&key->owner);
  g_free (key);
}

static GtkSorter *
create_sorter (TafelAanbodList   *self,
               TafelAanbodColumn  column)
{
  GtkExpression *expression;
  SortKey *key;

  switch (column)
    {
    case TAFEL_AANBOD_COLUMN_FIT:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (get_fit_sort_key),
                                                NULL, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    case TAFEL_AANBOD_COLUMN_EVIDENCE:
      expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (get_evidence_sort_key),
                                                NULL, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    default:
      key = g_new0 (SortKey, 1);
      g_set_weak_pointer (&key->owner, self);
      key->column = column;
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (get_text_sort_key),
                                                key, sort_key_free);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    }
}

/* ---- cells ------------------------------------------------------------- */

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 TafelAanbodList          *self)
{
  TafelAanbodColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));

  g_hash_table_insert (self->bound, item, GINT_TO_POINTER (column + 1));
  render_cell (self, item, column);
}

static void
on_cell_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   TafelAanbodList          *self)
{
  g_hash_table_remove (self->bound, item);
}

/* ---- signals ----------------------------------------------------------- */

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelAanbodList   *self)
{
  queue_refresh (self);
}

static void
on_filtered_items_changed_cb (GListModel      *model,
                              guint            position,
                              guint            removed,
                              guint            added,
                              TafelAanbodList *self)
{
  update_state (self);
  schedule_counts (self);
}

static void
on_deelproduct_chosen_cb (TafelRefDropdown *ref,
                          TafelAanbodList  *self)
{
  gint64 id = tafel_ref_dropdown_get_id (ref);

  if (id == self->deelproduct_id)
    return;

  self->deelproduct_id = id;
  refilter (self);
}

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      TafelAanbodList *self)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Escape empties the search; a second Escape shows every deelproduct. */
static void
on_stop_search_cb (GtkSearchEntry  *entry,
                   TafelAanbodList *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    tafel_aanbod_list_set_search_text (self, "");
  else
    tafel_aanbod_list_clear_filters (self);
}

static void
on_clear_filters_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TafelAanbodList *self = TAFEL_AANBOD_LIST (widget);

  tafel_aanbod_list_clear_filters (self);
  tafel_aanbod_list_focus_search (self);
}

/* ---- GObject ----------------------------------------------------------- */

static void
tafel_aanbod_list_dispose (GObject *object)
{
  TafelAanbodList *self = TAFEL_AANBOD_LIST (object);

  tafel_aanbod_list_set_model (self, NULL);
  g_clear_handle_id (&self->counts_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->deelproduct_ref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_AANBOD_LIST);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (tafel_aanbod_list_parent_class)->dispose (object);
}

static void
tafel_aanbod_list_finalize (GObject *object)
{
  TafelAanbodList *self = TAFEL_AANBOD_LIST (object);

  g_hash_table_unref (self->bound);
  g_ptr_array_unref (self->words);

  G_OBJECT_CLASS (tafel_aanbod_list_parent_class)->finalize (object);
}

static void
tafel_aanbod_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TafelAanbodList *self = TAFEL_AANBOD_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_aanbod_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TafelAanbodList *self = TAFEL_AANBOD_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_aanbod_list_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_aanbod_list_class_init (TafelAanbodListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_aanbod_list_dispose;
  object_class->finalize = tafel_aanbod_list_finalize;
  object_class->get_property = tafel_aanbod_list_get_property;
  object_class->set_property = tafel_aanbod_list_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-aanbod-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelAanbodList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelAanbodList, deelproduct_filter);
  gtk_widget_class_bind_template_child (widget_class, TafelAanbodList, counts_label);
  gtk_widget_class_bind_template_child (widget_class, TafelAanbodList, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelAanbodList, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "aanbod.clear-filters", NULL, on_clear_filters_action_cb);
}

static void
tafel_aanbod_list_init (TafelAanbodList *self)
{
  GListModel *columns;
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound = g_hash_table_new (NULL, NULL);
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->deelproduct_id = TAFEL_AANBOD_LIST_ANY;

  self->filter = gtk_custom_filter_new (match_aanbod, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_filtered_items_changed_cb), self);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              sorter ? g_object_ref (sorter) : NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* The columns of the template, in the order of TafelAanbodColumn. */
  columns = gtk_column_view_get_columns (self->column_view);
  g_assert (g_list_model_get_n_items (columns) == TAFEL_AANBOD_N_COLUMNS);
  for (guint i = 0; i < TAFEL_AANBOD_N_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) column_sorter = create_sorter (self, i);

      g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_cell_unbind_cb), self);
      g_signal_connect (factory, "teardown", G_CALLBACK (on_cell_unbind_cb), self);
      gtk_column_view_column_set_factory (column, factory);
      gtk_column_view_column_set_sorter (column, column_sorter);
    }

  self->deelproduct_ref = tafel_ref_dropdown_new (self->deelproduct_filter, TAFEL_TYPE_DEELPRODUCT);
  tafel_ref_dropdown_add_fixed (self->deelproduct_ref, TAFEL_AANBOD_LIST_ANY, _("All deelproducten"));
  tafel_ref_dropdown_add_fixed (self->deelproduct_ref, 0, _("No deelproduct"));
  g_signal_connect (self->deelproduct_ref, "changed", G_CALLBACK (on_deelproduct_chosen_cb), self);
  g_signal_connect (self->deelproduct_filter, "mnemonic-activate", G_CALLBACK (tafel_ui_dropdown_mnemonic_cb), NULL);

  update_state (self);
  update_counts (self);
}

/* ---- public ------------------------------------------------------------ */

GtkWidget *
tafel_aanbod_list_new (void)
{
  return g_object_new (TAFEL_TYPE_AANBOD_LIST, NULL);
}

TafelTrajectModel *
tafel_aanbod_list_get_model (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  return self->model;
}

void
tafel_aanbod_list_set_model (TafelAanbodList   *self,
                             TafelTrajectModel *model)
{
  static const char *const watched[] = { "aanbod", "organisatie", "deelproduct", "inlevering" };

  g_return_if_fail (TAFEL_IS_AANBOD_LIST (self));
  g_return_if_fail (model == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  g_set_object (&self->model, model);

  if (model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
      {
        g_autofree char *signal = g_strconcat ("changed::", watched[i], NULL);

        g_signal_connect (model, signal, G_CALLBACK (on_model_changed_cb), self);
      }

  /* During dispose the template may be gone already. */
  if (self->filter_model != NULL)
    {
      /* The filters first, so that the new list is filtered once. */
      self->deelproduct_id = TAFEL_AANBOD_LIST_ANY;
      g_ptr_array_set_size (self->words, 0);
      if (self->search_entry != NULL)
        {
          g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
        }
      if (self->deelproduct_ref != NULL)
        {
          tafel_ref_dropdown_set_model (self->deelproduct_ref, model);
          tafel_ref_dropdown_set_id (self->deelproduct_ref, TAFEL_AANBOD_LIST_ANY);
        }
      gtk_filter_list_model_set_model (self->filter_model, get_aanbod (self));
      refilter (self);
      update_state (self);
      update_counts (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
tafel_aanbod_list_focus_search (TafelAanbodList *self)
{
  g_return_if_fail (TAFEL_IS_AANBOD_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
tafel_aanbod_list_set_search_text (TafelAanbodList *self,
                                   const char      *text)
{
  g_return_if_fail (TAFEL_IS_AANBOD_LIST (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    {
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
    }
  apply_search (self, text);
}

gint64
tafel_aanbod_list_get_deelproduct (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), TAFEL_AANBOD_LIST_ANY);
  return self->deelproduct_id;
}

gboolean
tafel_aanbod_list_set_deelproduct (TafelAanbodList *self,
                                   gint64           deelproduct_id)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), FALSE);

  if (tafel_ref_dropdown_set_id (self->deelproduct_ref, deelproduct_id))
    return TRUE;

  tafel_ref_dropdown_set_id (self->deelproduct_ref, TAFEL_AANBOD_LIST_ANY);
  return FALSE;
}

void
tafel_aanbod_list_clear_filters (TafelAanbodList *self)
{
  g_return_if_fail (TAFEL_IS_AANBOD_LIST (self));

  tafel_aanbod_list_set_search_text (self, "");
  tafel_ref_dropdown_set_id (self->deelproduct_ref, TAFEL_AANBOD_LIST_ANY);
}

guint
tafel_aanbod_list_get_n_visible (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

TafelAanbod *
tafel_aanbod_list_get_item (TafelAanbodList *self,
                            guint            position)
{
  g_autoptr(TafelAanbod) aanbod = NULL;

  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);

  /* The model keeps every offering shown alive. */
  aanbod = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  return aanbod;
}

/* One line: line breaks and tabs become spaces; "—" for nothing. */
char *
tafel_aanbod_list_dup_text (TafelAanbodList   *self,
                            TafelAanbod       *aanbod,
                            TafelAanbodColumn  column)
{
  char *text;

  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  g_return_val_if_fail (TAFEL_IS_AANBOD (aanbod), NULL);
  g_return_val_if_fail (column < TAFEL_AANBOD_N_COLUMNS, NULL);

  text = dup_full_text (self, aanbod, column);
  if (*text == '\0')
    {
      g_free (text);
      return g_strdup ("—");
    }

  return g_strdelimit (text, "\t\r\n", ' ');
}

const char *
tafel_aanbod_list_get_counts_text (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);

  if (self->refresh_id != 0)
    refresh (self);
  if (self->counts_id != 0)
    update_counts (self);
  return gtk_label_get_label (self->counts_label);
}

const char *
tafel_aanbod_list_get_state (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkColumnView *
tafel_aanbod_list_get_column_view (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  return self->column_view;
}

GtkSearchEntry *
tafel_aanbod_list_get_search_entry (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  return self->search_entry;
}

GtkDropDown *
tafel_aanbod_list_get_deelproduct_dropdown (TafelAanbodList *self)
{
  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);
  return self->deelproduct_filter;
}

GtkLabel *
tafel_aanbod_list_get_cell (TafelAanbodList   *self,
                            TafelAanbodColumn  column,
                            TafelAanbod       *aanbod)
{
  GHashTableIter iter;
  gpointer item, bound_column;

  g_return_val_if_fail (TAFEL_IS_AANBOD_LIST (self), NULL);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, &bound_column))
    if (GPOINTER_TO_INT (bound_column) - 1 == (int) column &&
        gtk_list_item_get_item (item) == (gpointer) aanbod)
      return GTK_LABEL (gtk_list_item_get_child (item));

  return NULL;
}
