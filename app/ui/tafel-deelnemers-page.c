/* tafel-deelnemers-page.c: the Deelnemers page: participants, their attendance and advice */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-deelnemer-row.h"
#include "tafel-deelnemers-page.h"
#include "tafel-delete-undo.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"

struct _TafelDeelnemersPage
{
  AdwBin                   parent_instance;

  AdwLeaflet              *leaflet;
  GtkWidget               *add_entry;
  GtkWidget               *add_button;
  GtkWidget               *search_entry;
  GtkListBox              *deelnemer_list;
  GtkListBox              *extra_list;
  GtkWidget               *organisaties_row;
  GtkLabel                *organisaties_count_label;
  GtkStack                *content_stack;
  TafelDeelnemerEditor    *deelnemer_editor;
  TafelOrganisatiesEditor *organisaties_editor;

  TafelTrajectModel       *model;
  GtkFilterListModel      *filtered;
  GtkCustomFilter         *filter;
  char                    *search;        /* casefolded, or NULL */
  TafelDeelnemer          *current;
  guint                    current_index;
  gboolean                 showing_organisaties;
  gboolean                 selecting;
  gulong                   handlers[2];
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelDeelnemersPage, tafel_deelnemers_page, ADW_TYPE_BIN)

static const char *
organisation_name (TafelDeelnemersPage *self,
                   TafelDeelnemer      *deelnemer)
{
  if (self->model == NULL)
    return "";

  return tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                          tafel_deelnemer_get_organisatie_id (deelnemer));
}

static gboolean
contains_folded (const char *text,
                 const char *folded_needle)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  TafelDeelnemersPage *self = user_data;

  if (self->search == NULL)
    return TRUE;

  return contains_folded (tafel_deelnemer_get_name (item), self->search) ||
         contains_folded (organisation_name (self, item), self->search) ||
         contains_folded (tafel_deelnemer_get_function (item), self->search);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  TafelDeelnemersPage *self = user_data;

  return tafel_deelnemer_row_new (item, self->model);
}

static gint64
get_row_id (GtkListBoxRow *row)
{
  return tafel_entity_get_id (TAFEL_ENTITY (tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (row))));
}

static GtkWidget *
find_row (TafelDeelnemersPage *self,
          TafelDeelnemer      *deelnemer,
          guint               *index)
{
  if (deelnemer == NULL)
    return NULL;

  return GTK_WIDGET (tafel_ui_list_box_find_row (self->deelnemer_list, get_row_id,
                                                 tafel_entity_get_id (TAFEL_ENTITY (deelnemer)), index));
}

static void
set_content (TafelDeelnemersPage *self,
             const char          *name)
{
  tafel_field_binding_show_child (self->content_stack, name);
}

static void
update_content (TafelDeelnemersPage *self)
{
  GListModel *all = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELNEMER) : NULL;

  if (self->showing_organisaties && self->model != NULL)
    set_content (self, "organisaties");
  else if (self->current != NULL)
    set_content (self, "deelnemer");
  else if (all == NULL || g_list_model_get_n_items (all) == 0)
    set_content (self, "empty");
  else
    set_content (self, "none");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelnemers.add", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelnemers.delete", self->current != NULL);
  gtk_widget_set_sensitive (self->add_entry, self->model != NULL);
}

static void
update_organisaties_count (TafelDeelnemersPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u organisation", "%u organisations", n), n);

  gtk_label_set_label (self->organisaties_count_label, text);
}

static void
select_current_row (TafelDeelnemersPage *self)
{
  GtkWidget *row = self->showing_organisaties ? NULL : find_row (self, self->current, &self->current_index);

  self->selecting = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->deelnemer_list, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->deelnemer_list);
  if (self->showing_organisaties)
    gtk_list_box_select_row (self->extra_list, GTK_LIST_BOX_ROW (self->organisaties_row));
  else
    gtk_list_box_unselect_all (self->extra_list);
  self->selecting = FALSE;
}

static void
show_deelnemer (TafelDeelnemersPage *self,
                TafelDeelnemer      *deelnemer)
{
  self->showing_organisaties = FALSE;
  g_set_object (&self->current, deelnemer);
  tafel_deelnemer_editor_set_deelnemer (self->deelnemer_editor, self->model, deelnemer);
  select_current_row (self);
  update_content (self);
}

static void
show_organisaties (TafelDeelnemersPage *self)
{
  self->showing_organisaties = TRUE;
  select_current_row (self);
  update_content (self);
}

static void
show_content_pane (TafelDeelnemersPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
update_all_rows (TafelDeelnemersPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->deelnemer_list, i)) != NULL; i++)
    tafel_deelnemer_row_update (TAFEL_DEELNEMER_ROW (row));
}

/* After the list changed: keep the chosen participant chosen, or choose
 * the neighbour when they were deleted; give focus back when their row
 * took it along. A participant hidden by the search stays in the editor. */
static void
on_deelnemers_changed_cb (TafelTrajectModel   *model,
                          TafelDeelnemersPage *self)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (shown);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean focus_lost = root != NULL && gtk_root_get_focus (root) == NULL && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (self->current != NULL &&
      tafel_traject_model_lookup (model, TAFEL_TYPE_DEELNEMER, tafel_entity_get_id (TAFEL_ENTITY (self->current))) == NULL)
    {
      g_autoptr(TafelDeelnemer) next = n > 0 ? g_list_model_get_item (shown, MIN (self->current_index, n - 1)) : NULL;
      gboolean organisaties = self->showing_organisaties;

      show_deelnemer (self, next);
      if (organisaties)
        show_organisaties (self);
    }
  else
    select_current_row (self);

  update_content (self);

  if (focus_lost)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->deelnemer_list);
      gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_entry);
    }
}

/* A renamed organisation shows in the rows and in the search. */
static void
on_organisaties_changed_cb (TafelTrajectModel   *model,
                            TafelDeelnemersPage *self)
{
  update_all_rows (self);
  update_organisaties_count (self);
  if (self->search != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed_cb (GtkSearchEntry      *entry,
                      TafelDeelnemersPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  g_clear_pointer (&self->search, g_free);
  if (*text != '\0')
    self->search = g_utf8_casefold (text, -1);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  select_current_row (self);
}

static void
on_search_stop_cb (GtkSearchEntry      *entry,
                   TafelDeelnemersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Enter in the search goes to the first match. */
static void
on_search_activate_cb (GtkSearchEntry      *entry,
                       TafelDeelnemersPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->deelnemer_list, 0);

  if (row == NULL)
    return;

  show_deelnemer (self, tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (row)));
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_add_entry_activate_cb (GtkEntry            *entry,
                          TafelDeelnemersPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text != '\0')
    gtk_widget_activate_action (GTK_WIDGET (self), "deelnemers.add", NULL);
}

static void
on_deelnemer_row_selected_cb (GtkListBox          *list,
                              GtkListBoxRow       *row,
                              TafelDeelnemersPage *self)
{
  if (self->selecting || row == NULL)
    return;

  show_deelnemer (self, tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (row)));
}

static void
on_deelnemer_row_activated_cb (GtkListBox          *list,
                               GtkListBoxRow       *row,
                               TafelDeelnemersPage *self)
{
  show_deelnemer (self, tafel_deelnemer_row_get_deelnemer (TAFEL_DEELNEMER_ROW (row)));
  show_content_pane (self);
  tafel_deelnemer_editor_focus_field (self->deelnemer_editor, "name");
}

static void
on_extra_row_selected_cb (GtkListBox          *list,
                          GtkListBoxRow       *row,
                          TafelDeelnemersPage *self)
{
  if (self->selecting || row == NULL)
    return;

  show_organisaties (self);
}

static void
on_extra_row_activated_cb (GtkListBox          *list,
                           GtkListBoxRow       *row,
                           TafelDeelnemersPage *self)
{
  show_organisaties (self);
  show_content_pane (self);
  gtk_widget_child_focus (GTK_WIDGET (self->organisaties_editor), GTK_DIR_TAB_FORWARD);
}

static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        TafelDeelnemersPage   *self)
{
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) == 0 && self->current != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "deelnemers.delete", NULL);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Adds the name typed in the add field, or "New participant" when it is
 * empty; then the organisation field (or the name field) takes the focus. */
static void
on_add_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));
  g_autoptr(TafelDeelnemer) deelnemer = NULL;
  g_autoptr(GError) error = NULL;
  gboolean typed = *name != '\0';

  if (self->model == NULL)
    return;

  deelnemer = tafel_deelnemer_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (deelnemer, "name", typed ? name : _("New participant"), NULL);

  /* A refused name stays in the field, to be corrected. */
  if (!tafel_store_insert (tafel_traject_model_get_store (self->model), deelnemer, &error))
    {
      tafel_ui_toast_error (widget, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  if (self->search != NULL && !filter_func (deelnemer, self))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  show_deelnemer (self, deelnemer);
  show_content_pane (self);
  tafel_deelnemer_editor_focus_field (self->deelnemer_editor, typed ? "organisatie_id" : "name");
}

static void
on_deelnemer_restored (GtkWidget *widget,
                       gpointer   entity)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (widget);

  if (self->model != NULL && tafel_entity_get_traject_id (entity) == tafel_traject_model_get_traject_id (self->model))
    show_deelnemer (self, entity);
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (widget);
  g_autoptr(TafelDeelnemer) deelnemer = NULL;
  g_autofree char *message = NULL;
  gboolean from_list;

  if (self->current == NULL || self->model == NULL)
    return;

  deelnemer = g_object_ref (self->current);
  message = g_strdup_printf (_("Participant “%s” deleted."), tafel_deelnemer_get_name (deelnemer));
  /* Its row goes away: the focus moves to the next one. */
  from_list = tafel_field_binding_release_focus (GTK_WIDGET (self->deelnemer_list));
  tafel_delete_with_undo (widget, tafel_traject_model_get_store (self->model), deelnemer, message,
                          on_deelnemer_restored);

  if (from_list)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->deelnemer_list);
      gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_entry);
    }
}

static void
on_search_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (self->search_entry);
}

static void
on_show_list_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->deelnemer_list);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (self->showing_organisaties)
    gtk_widget_grab_focus (self->organisaties_row);
  else
    gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_entry);
}

static void
tafel_deelnemers_page_dispose (GObject *object)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (object);

  tafel_deelnemers_page_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_DEELNEMERS_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (tafel_deelnemers_page_parent_class)->dispose (object);
}

static void
tafel_deelnemers_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (object);

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
tafel_deelnemers_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TafelDeelnemersPage *self = TAFEL_DEELNEMERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_deelnemers_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_deelnemers_page_class_init (TafelDeelnemersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_deelnemers_page_dispose;
  object_class->get_property = tafel_deelnemers_page_get_property;
  object_class->set_property = tafel_deelnemers_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_DEELNEMER_EDITOR);
  g_type_ensure (TAFEL_TYPE_ORGANISATIES_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-deelnemers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, add_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, deelnemer_list);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, extra_list);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, organisaties_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, organisaties_count_label);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, deelnemer_editor);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemersPage, organisaties_editor);

  gtk_widget_class_install_action (widget_class, "deelnemers.add", NULL, on_add_action_cb);
  gtk_widget_class_install_action (widget_class, "deelnemers.delete", NULL, on_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "deelnemers.search", NULL, on_search_action_cb);
  gtk_widget_class_install_action (widget_class, "deelnemers.show-list", NULL, on_show_list_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "deelnemers.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "deelnemers.search", NULL);
}

static void
tafel_deelnemers_page_init (TafelDeelnemersPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin owns it and unparents it itself. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->deelnemer_list, G_LIST_MODEL (self->filtered), create_row_cb, self, NULL);

  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_search_stop_cb), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect (self->add_entry, "activate", G_CALLBACK (on_add_entry_activate_cb), self);
  g_signal_connect (self->deelnemer_list, "row-selected", G_CALLBACK (on_deelnemer_row_selected_cb), self);
  g_signal_connect (self->deelnemer_list, "row-activated", G_CALLBACK (on_deelnemer_row_activated_cb), self);
  g_signal_connect (self->extra_list, "row-selected", G_CALLBACK (on_extra_row_selected_cb), self);
  g_signal_connect (self->extra_list, "row-activated", G_CALLBACK (on_extra_row_activated_cb), self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->deelnemer_list), keys);

  update_organisaties_count (self);
  update_content (self);
}

GtkWidget *
tafel_deelnemers_page_new (void)
{
  return g_object_new (TAFEL_TYPE_DEELNEMERS_PAGE, NULL);
}

TafelTrajectModel *
tafel_deelnemers_page_get_model (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->model;
}

void
tafel_deelnemers_page_set_model (TafelDeelnemersPage *self,
                                 TafelTrajectModel   *model)
{
  g_return_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self));
  g_return_if_fail (model == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
      g_clear_signal_handler (&self->handlers[i], self->model);

  /* Stores what was typed for the old traject before letting go of it. */
  show_deelnemer (self, NULL);
  gtk_filter_list_model_set_model (self->filtered, NULL);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      self->handlers[0] = g_signal_connect (model, "changed::deelnemer", G_CALLBACK (on_deelnemers_changed_cb), self);
      self->handlers[1] = g_signal_connect (model, "changed::organisatie", G_CALLBACK (on_organisaties_changed_cb), self);
      gtk_filter_list_model_set_model (self->filtered, tafel_traject_model_get_list (model, TAFEL_TYPE_DEELNEMER));
    }

  tafel_organisaties_editor_set_model (self->organisaties_editor, model);
  update_organisaties_count (self);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      g_autoptr(TafelDeelnemer) first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
      show_deelnemer (self, first);
    }
  else
    update_content (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The participant shown in the editor, or NULL. */
TafelDeelnemer *
tafel_deelnemers_page_get_current (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->current;
}

/* The list of participants that match the search. */
GtkListBox *
tafel_deelnemers_page_get_list (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->deelnemer_list;
}

/* The entry where a new participant's name is typed. */
GtkWidget *
tafel_deelnemers_page_get_add_entry (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->add_entry;
}

GtkWidget *
tafel_deelnemers_page_get_search_entry (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->search_entry;
}

GtkWidget *
tafel_deelnemers_page_get_organisaties_row (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->organisaties_row;
}

TafelDeelnemerEditor *
tafel_deelnemers_page_get_editor (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->deelnemer_editor;
}

TafelOrganisatiesEditor *
tafel_deelnemers_page_get_organisaties_editor (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return self->organisaties_editor;
}

/* "empty", "none", "deelnemer" or "organisaties". */
const char *
tafel_deelnemers_page_get_visible_content (TafelDeelnemersPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMERS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->content_stack);
}
