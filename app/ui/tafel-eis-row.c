/* tafel-eis-row.c: one requirement in the editor of the Eisen page */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-eis-row.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"

struct _TafelEisRow
{
  GtkListBoxRow      parent_instance;

  GtkLabel          *number_label;
  GtkTextView       *text_view;
  GtkLabel          *generated_label;
  GtkBox            *controls_box;
  GtkDropDown       *kind_dropdown;
  GtkEntry          *weight_entry;
  GtkDropDown       *status_dropdown;
  GtkDropDown       *aspect_dropdown;
  GtkExpander       *sources_expander;
  GtkBox            *sources_box;

  TafelTrajectModel *model;
  TafelEis          *eis;
  gboolean           generated;
  gboolean           updating;
  guint              section;
  guint              n_sources;
  char              *number;
};

enum {
  DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelEisRow, tafel_eis_row, GTK_TYPE_LIST_BOX_ROW)

static void
set_choice (GtkDropDown       *dropdown,
            const TafelChoice *choices,
            const char        *id)
{
  int index = tafel_choice_index (choices, id);

  gtk_drop_down_set_selected (dropdown, index >= 0 ? (guint) index : 0);
}

static void
store_choice (TafelEisRow       *self,
              GtkDropDown       *dropdown,
              const TafelChoice *choices,
              const char        *column)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;
  TafelStore *store;

  if (self->updating || self->eis == NULL || self->generated || self->model == NULL ||
      selected >= tafel_choice_count (choices))
    return;
  if (g_strcmp0 (tafel_entity_get_string (TAFEL_ENTITY (self->eis), column), choices[selected].id) == 0)
    return;

  store = tafel_traject_model_get_store (self->model);
  if (!tafel_store_set_string (store, self->eis, column, choices[selected].id, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      tafel_eis_row_update (self);
    }
}

static char *
show_weight (gpointer entity,
             gpointer user_data)
{
  gint64 gewicht = tafel_eis_get_gewicht (entity);

  return gewicht == TAFEL_DECIMAL_NONE ? g_strdup ("") : tafel_decimal_format (gewicht);
}

static gboolean
store_weight (TafelStore  *store,
              gpointer     entity,
              const char  *text,
              gpointer     user_data,
              GError     **error)
{
  return tafel_store_set_string (store, entity, "gewicht", text, error);
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_kind_selected_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     TafelEisRow *self)
{
  store_choice (self, dropdown, tafel_eis_soorten, "soort");
}

static void
on_status_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       TafelEisRow *self)
{
  store_choice (self, dropdown, tafel_eis_statussen, "status");
}

static void
on_aspect_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       TafelEisRow *self)
{
  store_choice (self, dropdown, tafel_eis_aspecten, "aspect");
}

static void
on_eis_notify_cb (TafelEis    *eis,
                  GParamSpec  *pspec,
                  TafelEisRow *self)
{
  tafel_eis_row_update (self);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    TafelEisRow   *self)
{
  if (self->generated || self->eis == NULL)
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_INT64, tafel_eis_row_get_id (self));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  TafelEisRow   *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self->number_label));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            TafelEisRow   *self)
{
  gint64 id = g_value_get_int64 (value);

  if (self->generated || id == tafel_eis_row_get_id (self))
    return FALSE;

  g_signal_emit (self, signals[DROPPED], 0, id);
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_eis_row_dispose (GObject *object)
{
  TafelEisRow *self = TAFEL_EIS_ROW (object);

  if (self->eis != NULL)
    g_signal_handlers_disconnect_by_data (self->eis, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_EIS_ROW);
  g_clear_object (&self->eis);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (tafel_eis_row_parent_class)->dispose (object);
}

static void
tafel_eis_row_finalize (GObject *object)
{
  TafelEisRow *self = TAFEL_EIS_ROW (object);

  g_free (self->number);
  G_OBJECT_CLASS (tafel_eis_row_parent_class)->finalize (object);
}

static void
tafel_eis_row_class_init (TafelEisRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_eis_row_dispose;
  object_class->finalize = tafel_eis_row_finalize;

  signals[DROPPED] = g_signal_new ("dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-eis-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, generated_label);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, controls_box);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, weight_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, aspect_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, sources_expander);
  gtk_widget_class_bind_template_child (widget_class, TafelEisRow, sources_box);
}

static void
tafel_eis_row_init (TafelEisRow *self)
{
  g_autoptr(GtkStringList) kinds = tafel_ui_choice_model (tafel_eis_soorten);
  g_autoptr(GtkStringList) statuses = tafel_ui_choice_model (tafel_eis_statussen);
  g_autoptr(GtkStringList) aspects = tafel_ui_choice_model (tafel_eis_aspecten);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->aspect_dropdown, G_LIST_MODEL (aspects));
  gtk_drop_down_set_expression (self->aspect_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_label_set_mnemonic_widget (self->number_label, GTK_WIDGET (self->text_view));
}

/* ---- public ---------------------------------------------------------------- */

GtkWidget *
tafel_eis_row_new (TafelTrajectModel *model,
                   TafelEis          *eis,
                   gboolean           generated)
{
  TafelEisRow *self;
  TafelStore *store;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (model), NULL);
  g_return_val_if_fail (TAFEL_IS_EIS (eis), NULL);

  self = g_object_new (TAFEL_TYPE_EIS_ROW, NULL);
  self->model = g_object_ref (model);
  self->eis = g_object_ref (eis);
  self->generated = generated;
  store = tafel_traject_model_get_store (model);

  if (generated)
    {
      gtk_text_view_set_editable (self->text_view, FALSE);
      gtk_text_view_set_cursor_visible (self->text_view, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->controls_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->sources_expander), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->generated_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), tafel_eis_get_tekst (eis), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Requirement from the decision (read-only)"), -1);
    }
  else
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
      g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self->number_label), GTK_EVENT_CONTROLLER (source));
      g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->number_label),
                                   _("Drag the number to move the requirement; or Alt+Up and Alt+Down"));

      tafel_field_binding_bind (GTK_WIDGET (self->text_view), "tekst");
      tafel_field_binding_set_entity (GTK_WIDGET (self->text_view), store, eis);
      tafel_field_binding_bind_full (GTK_WIDGET (self->weight_entry), "gewicht", show_weight, store_weight, NULL);
      tafel_field_binding_set_entity (GTK_WIDGET (self->weight_entry), store, eis);

      g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);
      g_signal_connect (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
      g_signal_connect (self->aspect_dropdown, "notify::selected", G_CALLBACK (on_aspect_selected_cb), self);
      g_signal_connect (eis, "notify", G_CALLBACK (on_eis_notify_cb), self);
    }

  tafel_eis_row_update (self);
  return GTK_WIDGET (self);
}

TafelEis *
tafel_eis_row_get_eis (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), NULL);
  return self->eis;
}

/* 0 for a requirement from the decisions. */
gint64
tafel_eis_row_get_id (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), 0);
  return self->generated || self->eis == NULL ? 0 : tafel_entity_get_id (TAFEL_ENTITY (self->eis));
}

gboolean
tafel_eis_row_is_generated (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), FALSE);
  return self->generated;
}

void
tafel_eis_row_set_generated_text (TafelEisRow *self,
                                  const char  *text)
{
  GtkTextBuffer *buffer;
  g_autofree char *old = NULL;
  GtkTextIter start, end;

  g_return_if_fail (TAFEL_IS_EIS_ROW (self) && self->generated);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  old = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (old, text) != 0)
    gtk_text_buffer_set_text (buffer, text ? text : "", -1);
}

void
tafel_eis_row_set_number (TafelEisRow *self,
                          const char  *number,
                          guint        section)
{
  g_autofree char *label = NULL;

  g_return_if_fail (TAFEL_IS_EIS_ROW (self));

  self->section = section;
  if (g_strcmp0 (self->number, number) == 0)
    return;

  g_free (self->number);
  self->number = g_strdup (number);
  gtk_label_set_text (self->number_label, number ? number : "–");
  label = g_strdup_printf (self->generated ? _("Requirement %s, from the decision") : _("Requirement %s"),
                           number ? number : "–");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

const char *
tafel_eis_row_get_number (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), NULL);
  return self->number;
}

guint
tafel_eis_row_get_section (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), 0);
  return self->section;
}

/* Shows @geeltjes (TafelGeeltje) as the sources: text and organisation. */
void
tafel_eis_row_set_sources (TafelEisRow *self,
                           GPtrArray   *geeltjes)
{
  GtkWidget *child;
  g_autofree char *title = NULL;
  guint n = geeltjes ? geeltjes->len : 0;

  g_return_if_fail (TAFEL_IS_EIS_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sources_box))) != NULL)
    gtk_box_remove (self->sources_box, child);

  for (guint i = 0; i < n; i++)
    {
      TafelGeeltje *g = g_ptr_array_index (geeltjes, i);
      const char *org = tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                                         tafel_geeltje_get_organisatie_id (g));
      g_autofree char *text = org && *org ? g_strdup_printf ("“%s” — %s", tafel_geeltje_get_text (g), org)
                                          : g_strdup_printf ("“%s”", tafel_geeltje_get_text (g));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (self->sources_box, label);
    }

  self->n_sources = n;
  title = n == 0 ? g_strdup (_("No sticky notes linked"))
                 : g_strdup_printf (ngettext ("%u sticky note", "%u sticky notes", n), n);
  gtk_expander_set_label (self->sources_expander, title);
}

guint
tafel_eis_row_get_n_sources (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), 0);
  return self->n_sources;
}

/* Shows the stored choices again. */
void
tafel_eis_row_update (TafelEisRow *self)
{
  gboolean wens;

  g_return_if_fail (TAFEL_IS_EIS_ROW (self));

  if (self->eis == NULL || self->kind_dropdown == NULL)
    return;

  self->updating = TRUE;
  set_choice (self->kind_dropdown, tafel_eis_soorten, tafel_eis_get_soort (self->eis));
  set_choice (self->status_dropdown, tafel_eis_statussen, tafel_eis_get_status (self->eis));
  set_choice (self->aspect_dropdown, tafel_eis_aspecten, tafel_eis_get_aspect (self->eis));
  self->updating = FALSE;

  wens = g_strcmp0 (tafel_eis_get_soort (self->eis), "wens") == 0;
  gtk_widget_set_visible (GTK_WIDGET (self->weight_entry), wens);
  gtk_widget_set_visible (GTK_WIDGET (self->aspect_dropdown),
                          g_strcmp0 (tafel_eis_get_hoofdstuk (self->eis), "deelproduct") == 0);
}

/* Stores what was typed but not yet applied. */
void
tafel_eis_row_commit_pending (TafelEisRow *self)
{
  g_return_if_fail (TAFEL_IS_EIS_ROW (self));

  if (self->generated || self->text_view == NULL)
    return;
  if (tafel_field_binding_is_dirty (GTK_WIDGET (self->text_view)))
    tafel_field_binding_apply (GTK_WIDGET (self->text_view));
  if (tafel_field_binding_is_dirty (GTK_WIDGET (self->weight_entry)))
    tafel_field_binding_apply (GTK_WIDGET (self->weight_entry));
}

void
tafel_eis_row_focus_text (TafelEisRow *self)
{
  g_return_if_fail (TAFEL_IS_EIS_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

GtkTextView *
tafel_eis_row_get_text_view (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), NULL);
  return self->text_view;
}

GtkEntry *
tafel_eis_row_get_weight_entry (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), NULL);
  return self->weight_entry;
}

GtkDropDown *
tafel_eis_row_get_kind_dropdown (TafelEisRow *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_ROW (self), NULL);
  return self->kind_dropdown;
}
