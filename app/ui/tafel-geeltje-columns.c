/* tafel-geeltje-columns.c: the columns of the sticky-note list, edited in place */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-cell-input.h"
#include "tafel-choice-cell.h"
#include "tafel-edit-cell.h"
#include "tafel-geeltje-chooser.h"
#include "tafel-geeltje-columns.h"
#include "tafel-inlevering.h"
#include "tafel-ref-dropdown.h"
#include "tafel-row-slots.h"
#include "tafel-ui-util.h"

/* Widths fit a 1280-pixel window; the text column takes what is left. */
static const TafelGeeltjeColumnInfo column_info[TAFEL_GEELTJE_N_COLUMNS] = {
  [TAFEL_GEELTJE_COLUMN_NUMBER] = { N_("No."), NULL, NULL, NULL, 56 },
  [TAFEL_GEELTJE_COLUMN_TEXT] = { N_("Text"), "notify::text", "text", NULL, 260 },
  [TAFEL_GEELTJE_COLUMN_DEELPRODUCT] = { N_("Deelproduct"), "notify::deelproduct-id", "deelproduct_id", N_("No deelproduct"), 170 },
  [TAFEL_GEELTJE_COLUMN_ORGANISATIE] = { N_("Organisation"), "notify::organisatie-id", "organisatie_id", N_("No organisation"), 150 },
  [TAFEL_GEELTJE_COLUMN_SESSIE] = { N_("Session"), "notify::sessie-id", "sessie_id", N_("No session"), 120 },
  [TAFEL_GEELTJE_COLUMN_VRAAGBLOK] = { N_("Question block"), "notify::vraagblok-id", "vraagblok_id", N_("No question block"), 140 },
  [TAFEL_GEELTJE_COLUMN_KIND] = { N_("Kind"), "notify::kind", "kind", NULL, 100 },
  [TAFEL_GEELTJE_COLUMN_STATUS] = { N_("Status"), "notify::status", "status", NULL, 120 },
  [TAFEL_GEELTJE_COLUMN_REASON] = { N_("Reason"), "notify::reason", "reason", NULL, 140 },
};

struct _TafelGeeltjeColumns
{
  GObject            parent_instance;

  GtkWidget         *view;    /* weak */
  TafelTrajectModel *model;
  GHashTable        *bound;   /* Cell *, the cells of the rows shown */
};

/* One cell widget and the geeltje it shows, kept as data of the widget. */
typedef struct {
  TafelGeeltjeColumns *owner;
  TafelGeeltjeColumn   column;
  GtkWidget           *widget;
  TafelGeeltje        *geeltje;
  gulong               notify_id;
  const char          *status;    /* whose style the widget has */
} Cell;

/* A text still being edited when its row scrolled away is stored later. */
typedef struct {
  TafelTrajectModel  *model;
  TafelGeeltje       *geeltje;
  TafelGeeltjeColumn  column;
  char               *text;
  GWeakRef            widget;
} PendingText;

/* Sorting by a reference sorts by the name shown. */
typedef struct {
  TafelGeeltjeColumns *owner;
  TafelGeeltjeColumn   column;
} SortKey;

G_DEFINE_FINAL_TYPE (TafelGeeltjeColumns, tafel_geeltje_columns, G_TYPE_OBJECT)

static GQuark cell_quark;


static gboolean
is_text_column (TafelGeeltjeColumn column)
{
  return column == TAFEL_GEELTJE_COLUMN_TEXT || column == TAFEL_GEELTJE_COLUMN_REASON;
}

static void
cell_unbind (Cell *cell)
{
  if (cell->geeltje != NULL && cell->notify_id != 0 &&
      g_signal_handler_is_connected (cell->geeltje, cell->notify_id))
    g_signal_handler_disconnect (cell->geeltje, cell->notify_id);
  cell->notify_id = 0;
  g_clear_object (&cell->geeltje);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  cell_unbind (cell);
  g_free (cell);
}

/* The text a cell shows for a reference: its label, or a dash for none. */
static char *
dup_ref_text (TafelGeeltjeColumns *self,
              TafelGeeltjeColumn   column,
              TafelGeeltje        *geeltje)
{
  gint64 id = tafel_entity_get_int (TAFEL_ENTITY (geeltje), column_info[column].store_column);
  char *label = tafel_ref_dup_label_for_id (self->model, tafel_geeltje_column_get_ref_type (column), id);

  if (*label == '\0')
    {
      g_free (label);
      return g_strdup ("—");
    }

  return label;
}

/* Binding is the hot path of scrolling and filtering: change only what
 * differs. */
static void
set_cell_text (Cell       *cell,
               const char *text)
{
  g_autofree char *name = NULL;

  if (TAFEL_IS_EDIT_CELL (cell->widget))
    {
      if (g_strcmp0 (tafel_edit_cell_get_text (TAFEL_EDIT_CELL (cell->widget)), text) == 0)
        return;
      /* An edit cell never overwrites what is being typed. */
      tafel_edit_cell_set_text (TAFEL_EDIT_CELL (cell->widget), text);
    }
  else
    {
      if (g_strcmp0 (tafel_choice_cell_get_text (TAFEL_CHOICE_CELL (cell->widget)), text) == 0)
        return;
      tafel_choice_cell_set_text (TAFEL_CHOICE_CELL (cell->widget), text);
    }

  /* The text is drawn, not a label: tell screen readers what it says. */
  name = g_strdup_printf ("%s: %s", _(column_info[cell->column].title), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
set_status_style (Cell       *cell,
                  const char *status)
{
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;

  if (cell->status == status)
    return;

  if (cell->status != NULL)
    {
      old_class = g_strdup_printf ("geeltje-status-%s", cell->status);
      gtk_widget_remove_css_class (cell->widget, old_class);
    }
  new_class = g_strdup_printf ("geeltje-status-%s", status);
  gtk_widget_add_css_class (cell->widget, new_class);
  cell->status = status;
}

/* A note read from a provider's return says where it came from, on its
 * organisation: "Return: Zorg BV, Suggesties, row 7". */
static void
set_herkomst (Cell         *cell,
              TafelGeeltje *geeltje)
{
  TafelTrajectModel *model = cell->owner->model;
  gint64 inlevering_id = tafel_entity_get_int (TAFEL_ENTITY (geeltje), "inlevering_id");
  g_autofree char *text = NULL;

  if (inlevering_id != 0 && model != NULL)
    {
      TafelEntity *inlevering = tafel_traject_model_lookup (model, TAFEL_TYPE_INLEVERING, inlevering_id);
      gint64 organisatie_id = inlevering ? tafel_entity_get_int (inlevering, "organisatie_id")
                                         : tafel_entity_get_int (TAFEL_ENTITY (geeltje), "organisatie_id");

      /* TRANSLATORS: where a sticky note came from: organisation, "sheet, row" */
      text = g_strdup_printf (_("Return: %s, %s"),
                              tafel_traject_model_lookup_name (model, TAFEL_TYPE_ORGANISATIE, organisatie_id),
                              tafel_entity_get_string (TAFEL_ENTITY (geeltje), "herkomst"));
    }

  if (g_strcmp0 (gtk_widget_get_tooltip_text (cell->widget), text) == 0)
    return;

  gtk_widget_set_tooltip_text (cell->widget, text);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
render (Cell *cell)
{
  TafelGeeltje *geeltje = cell->geeltje;
  g_autofree char *text = NULL;

  if (geeltje == NULL)
    return;

  switch (cell->column)
    {
    case TAFEL_GEELTJE_COLUMN_NUMBER:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, tafel_entity_get_id (TAFEL_ENTITY (geeltje)));
      set_cell_text (cell, text);
      break;
    case TAFEL_GEELTJE_COLUMN_TEXT:
      set_cell_text (cell, tafel_geeltje_get_text (geeltje));
      break;
    case TAFEL_GEELTJE_COLUMN_REASON:
      set_cell_text (cell, tafel_geeltje_get_reason (geeltje));
      break;
    case TAFEL_GEELTJE_COLUMN_KIND:
      set_cell_text (cell, tafel_choice_label (tafel_geeltje_kinds, tafel_geeltje_get_kind (geeltje)));
      break;
    case TAFEL_GEELTJE_COLUMN_STATUS:
      set_cell_text (cell, tafel_choice_label (tafel_geeltje_statuses, tafel_geeltje_get_status (geeltje)));
      set_status_style (cell, tafel_geeltje_get_status (geeltje));
      break;
    case TAFEL_GEELTJE_COLUMN_DEELPRODUCT:
    case TAFEL_GEELTJE_COLUMN_ORGANISATIE:
    case TAFEL_GEELTJE_COLUMN_SESSIE:
    case TAFEL_GEELTJE_COLUMN_VRAAGBLOK:
      text = dup_ref_text (cell->owner, cell->column, geeltje);
      set_cell_text (cell, text);
      if (cell->column == TAFEL_GEELTJE_COLUMN_ORGANISATIE)
        set_herkomst (cell, geeltje);
      break;
    case TAFEL_GEELTJE_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Stores an edited text or reason; on error says why and shows the
 * stored value again. */
static void
store_text (TafelTrajectModel  *model,
            TafelGeeltje       *geeltje,
            TafelGeeltjeColumn  column,
            const char         *text,
            GtkWidget          *widget)
{
  const char *name = column_info[column].store_column;
  g_autoptr(GError) error = NULL;

  if (model == NULL || g_strcmp0 (tafel_entity_get_string (TAFEL_ENTITY (geeltje), name), text) == 0)
    return;

  if (!tafel_store_set_string (tafel_traject_model_get_store (model), geeltje, name, text, &error) &&
      widget != NULL)
    tafel_ui_toast_error (widget, error);
}

static void
pending_text_free (gpointer data)
{
  PendingText *p = data;

  g_object_unref (p->model);
  g_object_unref (p->geeltje);
  g_free (p->text);
  g_weak_ref_clear (&p->widget);
  g_free (p);
}

static gboolean
store_pending_text_cb (gpointer data)
{
  PendingText *p = data;
  g_autoptr(GtkWidget) widget = g_weak_ref_get (&p->widget);

  store_text (p->model, p->geeltje, p->column, p->text, widget);
  return G_SOURCE_REMOVE;
}

static void
on_geeltje_notify_cb (TafelGeeltje *geeltje,
                      GParamSpec   *pspec,
                      GtkWidget    *widget)
{
  Cell *cell = g_object_get_qdata (G_OBJECT (widget), cell_quark);

  if (cell != NULL)
    render (cell);
}

static void
on_commit_cb (TafelEditCell *edit_cell,
              const char    *text,
              Cell          *cell)
{
  if (cell->geeltje == NULL)
    return;

  store_text (cell->owner->model, cell->geeltje, cell->column, text, GTK_WIDGET (edit_cell));
  render (cell);
}

/* Built each time the cell opens, from the rows as they are now. */
static GtkPopover *
create_popup_cb (TafelChoiceCell *choice_cell,
                 gpointer         user_data)
{
  Cell *cell = user_data;

  if (cell->geeltje == NULL || cell->owner->model == NULL)
    return NULL;

  return tafel_geeltje_chooser_new (cell->owner->model, cell->geeltje, cell->column);
}

static GtkWidget *
create_cell_widget (Cell *cell)
{
  GtkWidget *widget;

  switch (cell->column)
    {
    case TAFEL_GEELTJE_COLUMN_NUMBER:
      widget = tafel_choice_cell_new (NULL, NULL);
      tafel_choice_cell_set_xalign (TAFEL_CHOICE_CELL (widget), 1);
      gtk_widget_add_css_class (widget, "numeric");
      gtk_widget_add_css_class (widget, "dim-label");
      return widget;

    case TAFEL_GEELTJE_COLUMN_TEXT:
    case TAFEL_GEELTJE_COLUMN_REASON:
      widget = tafel_edit_cell_new ();
      g_signal_connect (widget, "commit", G_CALLBACK (on_commit_cb), cell);
      return widget;

    default:
      widget = tafel_choice_cell_new (create_popup_cb, cell);
      return widget;
    }
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             TafelGeeltjeColumns      *self)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->owner = self;
  cell->column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  cell->widget = create_cell_widget (cell);
  g_object_set_qdata_full (G_OBJECT (cell->widget), cell_quark, cell, cell_free);
  gtk_list_item_set_child (list_item, cell->widget);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            TafelGeeltjeColumns      *self)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);
  Cell *cell = g_object_get_qdata (G_OBJECT (widget), cell_quark);
  const char *property = column_info[cell->column].property;

  cell_unbind (cell);
  cell->geeltje = g_object_ref (tafel_row_slot_get_item (gtk_list_item_get_item (list_item)));
  /* Disconnected on unbind, or when the cell goes (cell_free). */
  if (property != NULL)
    cell->notify_id = g_signal_connect (cell->geeltje, property, G_CALLBACK (on_geeltje_notify_cb), widget);
  render (cell);
  g_hash_table_add (self->bound, cell);
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              TafelGeeltjeColumns      *self)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);
  Cell *cell = g_object_get_qdata (G_OBJECT (widget), cell_quark);

  if (is_text_column (cell->column) && cell->geeltje != NULL && self->model != NULL &&
      tafel_edit_cell_get_editing (TAFEL_EDIT_CELL (widget)))
    {
      PendingText *p = g_new0 (PendingText, 1);

      p->model = g_object_ref (self->model);
      p->geeltje = g_object_ref (cell->geeltje);
      p->column = cell->column;
      p->text = g_strdup (gtk_editable_get_text (tafel_edit_cell_get_entry (TAFEL_EDIT_CELL (widget))));
      g_weak_ref_init (&p->widget, self->view);
      g_idle_add_full (G_PRIORITY_DEFAULT, store_pending_text_cb, p, pending_text_free);

      tafel_edit_cell_stop_editing (TAFEL_EDIT_CELL (widget), FALSE);
    }

  /* A chooser open on this row would now point at another note. */
  if (TAFEL_IS_CHOICE_CELL (widget) && tafel_choice_cell_get_popover (TAFEL_CHOICE_CELL (widget)) != NULL)
    gtk_popover_popdown (tafel_choice_cell_get_popover (TAFEL_CHOICE_CELL (widget)));

  g_hash_table_remove (self->bound, cell);
  cell_unbind (cell);
}

static void
on_names_changed_cb (TafelTrajectModel   *model,
                     TafelGeeltjeColumns *self)
{
  GHashTableIter iter;
  Cell *cell;
  GQuark detail = g_signal_get_invocation_hint (model)->detail;
  GType type = G_TYPE_INVALID;

  if (detail == g_quark_from_static_string ("deelproduct"))
    type = TAFEL_TYPE_DEELPRODUCT;
  else if (detail == g_quark_from_static_string ("organisatie"))
    type = TAFEL_TYPE_ORGANISATIE;
  else if (detail == g_quark_from_static_string ("sessie"))
    type = TAFEL_TYPE_SESSIE;
  else if (detail == g_quark_from_static_string ("vraagblok"))
    type = TAFEL_TYPE_VRAAGBLOK;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &cell, NULL))
    if (tafel_geeltje_column_get_ref_type (cell->column) == type)
      render (cell);
}

static char *
get_ref_sort_key (TafelGeeltje *geeltje,
                  gpointer      user_data)
{
  SortKey *key = user_data;

  if (geeltje == NULL || key->owner == NULL || key->owner->model == NULL)
    return g_strdup ("");

  return tafel_ref_dup_label_for_id (key->owner->model, tafel_geeltje_column_get_ref_type (key->column),
                                     tafel_entity_get_int (TAFEL_ENTITY (geeltje),
                                                           column_info[key->column].store_column));
}

static char *
get_choice_sort_key (TafelGeeltje *geeltje,
                     gpointer      user_data)
{
  TafelGeeltjeColumn column = GPOINTER_TO_INT (user_data);
  const char *id;

  if (geeltje == NULL)
    return g_strdup ("");

  id = tafel_entity_get_string (TAFEL_ENTITY (geeltje), column_info[column].store_column);
  return g_strdup (tafel_choice_label (tafel_geeltje_column_get_choices (column), id));
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
create_sorter (TafelGeeltjeColumns *self,
               TafelGeeltjeColumn   column)
{
  GtkExpression *expression;
  SortKey *key;

  switch (column)
    {
    case TAFEL_GEELTJE_COLUMN_NUMBER:
      return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (TAFEL_TYPE_GEELTJE, NULL, "id")));
    case TAFEL_GEELTJE_COLUMN_TEXT:
    case TAFEL_GEELTJE_COLUMN_REASON:
      return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (TAFEL_TYPE_GEELTJE, NULL,
                                                                             column_info[column].store_column)));
    case TAFEL_GEELTJE_COLUMN_KIND:
    case TAFEL_GEELTJE_COLUMN_STATUS:
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (get_choice_sort_key),
                                                GINT_TO_POINTER (column), NULL);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    default:
      key = g_new0 (SortKey, 1);
      /* Weak: a sorter can outlive the columns (a sort model may keep it
       * while it finishes), and must not keep them and the traject alive. */
      g_set_weak_pointer (&key->owner, self);
      key->column = column;
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (get_ref_sort_key),
                                                key, sort_key_free);
      return GTK_SORTER (gtk_string_sorter_new (expression));
    }
}

static void
add_column (TafelGeeltjeColumns *self,
            TafelGeeltjeColumn   column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = create_sorter (self, column);

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  /* The factory keeps this object alive for as long as it makes cells. */
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_setup_cb),
                         g_object_ref (self), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);

  view_column = gtk_column_view_column_new (_(column_info[column].title), g_object_ref (factory));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_fixed_width (view_column, column_info[column].width);
  gtk_column_view_column_set_expand (view_column, column == TAFEL_GEELTJE_COLUMN_TEXT);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), view_column);
}

static void
tafel_geeltje_columns_dispose (GObject *object)
{
  TafelGeeltjeColumns *self = TAFEL_GEELTJE_COLUMNS (object);

  tafel_geeltje_columns_set_model (self, NULL);
  if (self->view != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }

  G_OBJECT_CLASS (tafel_geeltje_columns_parent_class)->dispose (object);
}

static void
tafel_geeltje_columns_finalize (GObject *object)
{
  TafelGeeltjeColumns *self = TAFEL_GEELTJE_COLUMNS (object);

  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (tafel_geeltje_columns_parent_class)->finalize (object);
}

static void
tafel_geeltje_columns_class_init (TafelGeeltjeColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_geeltje_columns_dispose;
  object_class->finalize = tafel_geeltje_columns_finalize;

  cell_quark = g_quark_from_static_string ("tafel-geeltje-cell");
}

static void
tafel_geeltje_columns_init (TafelGeeltjeColumns *self)
{
  self->bound = g_hash_table_new (NULL, NULL);
}

/* Appends the columns to @view; the columns keep the returned object
 * alive as long as they make cells. */
TafelGeeltjeColumns *
tafel_geeltje_columns_new (GtkColumnView *view)
{
  TafelGeeltjeColumns *self;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  self = g_object_new (TAFEL_TYPE_GEELTJE_COLUMNS, NULL);
  self->view = GTK_WIDGET (view);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);

  for (int i = 0; i < TAFEL_GEELTJE_N_COLUMNS; i++)
    add_column (self, i);
  tafel_cell_input_attach (GTK_WIDGET (view));

  return self;
}

void
tafel_geeltje_columns_set_model (TafelGeeltjeColumns *self,
                                 TafelTrajectModel   *model)
{
  g_return_if_fail (TAFEL_IS_GEELTJE_COLUMNS (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::sessie", G_CALLBACK (on_names_changed_cb), self);
      g_signal_connect (model, "changed::vraagblok", G_CALLBACK (on_names_changed_cb), self);
    }
}

gboolean
tafel_geeltje_columns_edit_text (TafelGeeltjeColumns *self,
                                 TafelGeeltje        *geeltje)
{
  GtkWidget *widget;

  g_return_val_if_fail (TAFEL_IS_GEELTJE_COLUMNS (self), FALSE);

  widget = tafel_geeltje_columns_get_cell (self, TAFEL_GEELTJE_COLUMN_TEXT, geeltje);
  if (widget == NULL)
    return FALSE;

  tafel_edit_cell_start_editing (TAFEL_EDIT_CELL (widget));
  return TRUE;
}

GtkWidget *
tafel_geeltje_columns_get_cell (TafelGeeltjeColumns *self,
                                TafelGeeltjeColumn   column,
                                TafelGeeltje        *geeltje)
{
  GHashTableIter iter;
  Cell *cell;

  g_return_val_if_fail (TAFEL_IS_GEELTJE_COLUMNS (self), NULL);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &cell, NULL))
    if (cell->column == column && cell->geeltje == geeltje)
      return cell->widget;

  return NULL;
}

const TafelGeeltjeColumnInfo *
tafel_geeltje_column_get_info (TafelGeeltjeColumn column)
{
  g_return_val_if_fail (column < TAFEL_GEELTJE_N_COLUMNS, NULL);
  return &column_info[column];
}

/* The kind of row a reference column names, or G_TYPE_INVALID. */
GType
tafel_geeltje_column_get_ref_type (TafelGeeltjeColumn column)
{
  switch (column)
    {
    case TAFEL_GEELTJE_COLUMN_DEELPRODUCT:
      return TAFEL_TYPE_DEELPRODUCT;
    case TAFEL_GEELTJE_COLUMN_ORGANISATIE:
      return TAFEL_TYPE_ORGANISATIE;
    case TAFEL_GEELTJE_COLUMN_SESSIE:
      return TAFEL_TYPE_SESSIE;
    case TAFEL_GEELTJE_COLUMN_VRAAGBLOK:
      return TAFEL_TYPE_VRAAGBLOK;
    default:
      return G_TYPE_INVALID;
    }
}

/* The values of the kind and status columns; NULL for the others. */
const TafelChoice *
tafel_geeltje_column_get_choices (TafelGeeltjeColumn column)
{
  switch (column)
    {
    case TAFEL_GEELTJE_COLUMN_KIND:
      return tafel_geeltje_kinds;
    case TAFEL_GEELTJE_COLUMN_STATUS:
      return tafel_geeltje_statuses;
    default:
      return NULL;
    }
}
