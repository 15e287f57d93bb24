/* tafel-sessies-page.c: the Sessies page: dates, themes, locations and agendas of the sessions */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-delete-undo.h"
#include "tafel-field-binding.h"
#include "tafel-sessie-row.h"
#include "tafel-sessies-page.h"
#include "tafel-traject-setup.h"
#include "tafel-ui-util.h"

struct _TafelSessiesPage
{
  AdwBin                   parent_instance;

  AdwLeaflet              *leaflet;
  GtkListBox              *sessie_list;
  GtkListBox              *extra_list;
  GtkWidget               *vraagblokken_row;
  GtkLabel                *vraagblokken_count_label;
  GtkWidget               *add_button;
  GtkStack                *content_stack;
  TafelSessieEditor       *sessie_editor;
  TafelVraagblokkenEditor *vraagblokken_editor;

  TafelTrajectModel       *model;
  TafelSessie             *current;
  guint                    current_index;
  gboolean                 showing_vraagblokken;
  gboolean                 selecting;
  GHashTable              *geeltje_counts;   /* gint64 sessie id → count */
  gulong                   handlers[3];
  guint                    count_id;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelSessiesPage, tafel_sessies_page, ADW_TYPE_BIN)

static guint
count_geeltjes (TafelSessiesPage *self,
                TafelSessie      *sessie)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (sessie));

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->geeltje_counts, &id));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  TafelSessiesPage *self = user_data;
  GtkWidget *row = tafel_sessie_row_new (item);

  tafel_sessie_row_set_n_geeltjes (TAFEL_SESSIE_ROW (row), count_geeltjes (self, item));
  return row;
}

static gint64
get_row_id (GtkListBoxRow *row)
{
  return tafel_entity_get_id (TAFEL_ENTITY (tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row))));
}

static GtkWidget *
find_row (TafelSessiesPage *self,
          TafelSessie      *sessie,
          guint            *index)
{
  if (sessie == NULL)
    return NULL;

  return GTK_WIDGET (tafel_ui_list_box_find_row (self->sessie_list, get_row_id,
                                                 tafel_entity_get_id (TAFEL_ENTITY (sessie)), index));
}

static void
set_content (TafelSessiesPage *self,
             const char       *name)
{
  tafel_field_binding_show_child (self->content_stack, name);
}

static void
update_content (TafelSessiesPage *self)
{
  GListModel *sessies = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_SESSIE) : NULL;

  if (self->showing_vraagblokken && self->model != NULL)
    set_content (self, "vraagblokken");
  else if (self->current != NULL)
    set_content (self, "sessie");
  else if (sessies == NULL || g_list_model_get_n_items (sessies) == 0)
    set_content (self, "empty");
  else
    set_content (self, "none");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessies.add", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessies.delete", self->current != NULL);
}

static void
select_current_row (TafelSessiesPage *self)
{
  GtkWidget *row = self->showing_vraagblokken ? NULL : find_row (self, self->current, &self->current_index);

  self->selecting = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->sessie_list, GTK_LIST_BOX_ROW (row));
  else
    gtk_list_box_unselect_all (self->sessie_list);
  if (!self->showing_vraagblokken)
    gtk_list_box_unselect_all (self->extra_list);
  else
    gtk_list_box_select_row (self->extra_list, GTK_LIST_BOX_ROW (self->vraagblokken_row));
  self->selecting = FALSE;
}

static void
show_sessie (TafelSessiesPage *self,
             TafelSessie      *sessie)
{
  self->showing_vraagblokken = FALSE;
  g_set_object (&self->current, sessie);
  tafel_sessie_editor_set_sessie (self->sessie_editor, self->model, sessie);
  select_current_row (self);
  update_content (self);
}

static void
show_vraagblokken (TafelSessiesPage *self)
{
  self->showing_vraagblokken = TRUE;
  select_current_row (self);
  update_content (self);
}

static void
show_content_pane (TafelSessiesPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
recount_geeltjes (TafelSessiesPage *self)
{
  GListModel *geeltjes;
  GtkListBoxRow *row;
  guint n;

  g_hash_table_remove_all (self->geeltje_counts);

  if (self->model != NULL)
    {
      geeltjes = tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE);
      n = g_list_model_get_n_items (geeltjes);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelGeeltje) g = g_list_model_get_item (geeltjes, i);
          gint64 id = tafel_geeltje_get_sessie_id (g);
          guint count;

          if (id == 0)
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (self->geeltje_counts, &id));
          g_hash_table_replace (self->geeltje_counts, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (count + 1));
        }
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sessie_list, i)) != NULL; i++)
    tafel_sessie_row_set_n_geeltjes (TAFEL_SESSIE_ROW (row),
                                     count_geeltjes (self, tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row))));
}

static gboolean
recount_idle_cb (gpointer user_data)
{
  TafelSessiesPage *self = user_data;

  self->count_id = 0;
  recount_geeltjes (self);

  return G_SOURCE_REMOVE;
}

static void
update_vraagblokken_count (TafelSessiesPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (tafel_traject_model_get_list (self->model, TAFEL_TYPE_VRAAGBLOK)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u question block", "%u question blocks", n), n);

  gtk_label_set_label (self->vraagblokken_count_label, text);
}

/* A burst of new sticky notes (an import) is counted once. */
static void
on_geeltjes_changed_cb (TafelTrajectModel *model,
                        TafelSessiesPage  *self)
{
  if (self->count_id == 0)
    self->count_id = g_idle_add (recount_idle_cb, self);
}

static void
on_vraagblokken_changed_cb (TafelTrajectModel *model,
                            TafelSessiesPage  *self)
{
  update_vraagblokken_count (self);
}

/* After the list changed (a session added, deleted or moved by its new
 * date): keep the chosen session chosen, or choose its neighbour when it is
 * gone, and give focus back when its row took the focus with it. */
static void
on_sessies_changed_cb (TafelTrajectModel *model,
                       TafelSessiesPage  *self)
{
  GListModel *sessies = tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE);
  guint n = g_list_model_get_n_items (sessies);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean focus_lost = root != NULL && gtk_root_get_focus (root) == NULL && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (self->current != NULL && find_row (self, self->current, NULL) == NULL)
    {
      g_autoptr(TafelSessie) next = n > 0 ? g_list_model_get_item (sessies, MIN (self->current_index, n - 1)) : NULL;
      gboolean vraagblokken = self->showing_vraagblokken;

      show_sessie (self, next);
      if (vraagblokken)
        show_vraagblokken (self);
    }
  else
    select_current_row (self);

  update_content (self);

  if (focus_lost)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sessie_list);
      gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_button);
    }
}

static void
on_sessie_row_selected_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           TafelSessiesPage *self)
{
  if (self->selecting || row == NULL)
    return;

  show_sessie (self, tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row)));
}

static void
on_sessie_row_activated_cb (GtkListBox       *list,
                            GtkListBoxRow    *row,
                            TafelSessiesPage *self)
{
  show_sessie (self, tafel_sessie_row_get_sessie (TAFEL_SESSIE_ROW (row)));
  show_content_pane (self);
  tafel_sessie_editor_focus_name (self->sessie_editor);
}

static void
on_extra_row_selected_cb (GtkListBox       *list,
                          GtkListBoxRow    *row,
                          TafelSessiesPage *self)
{
  if (self->selecting || row == NULL)
    return;

  show_vraagblokken (self);
}

static void
on_extra_row_activated_cb (GtkListBox       *list,
                           GtkListBoxRow    *row,
                           TafelSessiesPage *self)
{
  show_vraagblokken (self);
  show_content_pane (self);
  gtk_widget_child_focus (GTK_WIDGET (self->vraagblokken_editor), GTK_DIR_TAB_FORWARD);
}

static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        TafelSessiesPage      *self)
{
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) == 0 && self->current != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "sessies.delete", NULL);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_add_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (widget);
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  sessie = tafel_traject_add_sessie (tafel_traject_model_get_store (self->model),
                                     tafel_traject_model_get_traject_id (self->model), &error);
  if (sessie == NULL)
    {
      tafel_ui_toast_error (widget, error);
      return;
    }

  show_sessie (self, sessie);
  show_content_pane (self);
  tafel_sessie_editor_focus_name (self->sessie_editor);
}

static void
on_sessie_restored (GtkWidget *widget,
                    gpointer   entity)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (widget);

  if (self->model != NULL && tafel_entity_get_traject_id (entity) == tafel_traject_model_get_traject_id (self->model))
    show_sessie (self, entity);
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (widget);
  g_autoptr(TafelSessie) sessie = NULL;
  g_autofree char *message = NULL;
  gboolean from_list;
  guint n;

  if (self->current == NULL || self->model == NULL)
    return;

  sessie = g_object_ref (self->current);
  n = count_geeltjes (self, sessie);
  if (n > 0)
    message = g_strdup_printf (ngettext ("Session “%s” deleted. Its %u sticky note is kept.",
                                         "Session “%s” deleted. Its %u sticky notes are kept.", n),
                               tafel_sessie_get_name (sessie), n);
  else
    message = g_strdup_printf (_("Session “%s” deleted."), tafel_sessie_get_name (sessie));

  /* Its row goes away: the focus moves to the next one. */
  from_list = tafel_field_binding_release_focus (GTK_WIDGET (self->sessie_list));
  tafel_delete_with_undo (widget, tafel_traject_model_get_store (self->model), sessie, message,
                          on_sessie_restored);

  if (from_list)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sessie_list);
      gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_button);
    }
}

static void
on_show_list_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->sessie_list);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  if (self->showing_vraagblokken)
    gtk_widget_grab_focus (self->vraagblokken_row);
  else
    gtk_widget_grab_focus (row ? GTK_WIDGET (row) : self->add_button);
}

static void
tafel_sessies_page_dispose (GObject *object)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (object);

  tafel_sessies_page_set_model (self, NULL);
  g_clear_handle_id (&self->count_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_SESSIES_PAGE);
  g_clear_pointer (&self->geeltje_counts, g_hash_table_unref);

  G_OBJECT_CLASS (tafel_sessies_page_parent_class)->dispose (object);
}

static void
tafel_sessies_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (object);

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
tafel_sessies_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TafelSessiesPage *self = TAFEL_SESSIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_sessies_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_sessies_page_class_init (TafelSessiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_sessies_page_dispose;
  object_class->get_property = tafel_sessies_page_get_property;
  object_class->set_property = tafel_sessies_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_SESSIE_EDITOR);
  g_type_ensure (TAFEL_TYPE_VRAAGBLOKKEN_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-sessies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, sessie_list);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, extra_list);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, vraagblokken_row);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, vraagblokken_count_label);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, sessie_editor);
  gtk_widget_class_bind_template_child (widget_class, TafelSessiesPage, vraagblokken_editor);

  gtk_widget_class_install_action (widget_class, "sessies.add", NULL, on_add_action_cb);
  gtk_widget_class_install_action (widget_class, "sessies.delete", NULL, on_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "sessies.show-list", NULL, on_show_list_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "sessies.add", NULL);
}

static void
tafel_sessies_page_init (TafelSessiesPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a bound template child: AdwBin owns it and unparents it itself. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));

  self->geeltje_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_signal_connect (self->sessie_list, "row-selected", G_CALLBACK (on_sessie_row_selected_cb), self);
  g_signal_connect (self->sessie_list, "row-activated", G_CALLBACK (on_sessie_row_activated_cb), self);
  g_signal_connect (self->extra_list, "row-selected", G_CALLBACK (on_extra_row_selected_cb), self);
  g_signal_connect (self->extra_list, "row-activated", G_CALLBACK (on_extra_row_activated_cb), self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sessie_list), keys);

  update_vraagblokken_count (self);
  update_content (self);
}

GtkWidget *
tafel_sessies_page_new (void)
{
  return g_object_new (TAFEL_TYPE_SESSIES_PAGE, NULL);
}

TafelTrajectModel *
tafel_sessies_page_get_model (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->model;
}

void
tafel_sessies_page_set_model (TafelSessiesPage  *self,
                              TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_SESSIES_PAGE (self));
  g_return_if_fail (model == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
      g_clear_signal_handler (&self->handlers[i], self->model);

  /* Stores what was typed for the old traject before letting go of it. */
  show_sessie (self, NULL);
  gtk_list_box_bind_model (self->sessie_list, NULL, NULL, NULL, NULL);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      GListModel *sessies = tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE);

      self->handlers[0] = g_signal_connect (model, "changed::sessie", G_CALLBACK (on_sessies_changed_cb), self);
      self->handlers[1] = g_signal_connect (model, "changed::geeltje", G_CALLBACK (on_geeltjes_changed_cb), self);
      self->handlers[2] = g_signal_connect (model, "changed::vraagblok", G_CALLBACK (on_vraagblokken_changed_cb), self);

      recount_geeltjes (self);
      gtk_list_box_bind_model (self->sessie_list, sessies, create_row_cb, self, NULL);
    }

  tafel_vraagblokken_editor_set_model (self->vraagblokken_editor, model);
  update_vraagblokken_count (self);

  if (model != NULL && g_list_model_get_n_items (tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE)) > 0)
    {
      g_autoptr(TafelSessie) first = g_list_model_get_item (tafel_traject_model_get_list (model, TAFEL_TYPE_SESSIE), 0);
      show_sessie (self, first);
    }
  else
    update_content (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The session shown in the editor, or NULL. */
TafelSessie *
tafel_sessies_page_get_current (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->current;
}

/* The list of sessions: one row per session, in the model's order. */
GtkListBox *
tafel_sessies_page_get_list (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->sessie_list;
}

GtkWidget *
tafel_sessies_page_get_vraagblokken_row (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->vraagblokken_row;
}

TafelSessieEditor *
tafel_sessies_page_get_editor (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->sessie_editor;
}

TafelVraagblokkenEditor *
tafel_sessies_page_get_vraagblokken_editor (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return self->vraagblokken_editor;
}

/* "empty", "none", "sessie" or "vraagblokken". */
const char *
tafel_sessies_page_get_visible_content (TafelSessiesPage *self)
{
  g_return_val_if_fail (TAFEL_IS_SESSIES_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->content_stack);
}
