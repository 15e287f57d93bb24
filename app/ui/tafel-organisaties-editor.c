/* tafel-organisaties-editor.c: the organisations of a traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-delete-undo.h"
#include "tafel-field-binding.h"
#include "tafel-organisaties-editor.h"
#include "tafel-traject-setup.h"
#include "tafel-ui-util.h"

struct _TafelOrganisatiesEditor
{
  AdwBin             parent_instance;

  GtkListBox        *list;
  GtkWidget         *add_row;

  TafelTrajectModel *model;
  GHashTable        *counts;       /* gint64 organisatie id → number of participants */
  gulong             handlers[2];
  gulong             items_changed_id;
  gboolean           bound;        /* the list box shows the model's rows */
  gint64             focus_id;     /* the organisation whose row had focus last */
  int                focus_index;
};

G_DEFINE_FINAL_TYPE (TafelOrganisatiesEditor, tafel_organisaties_editor, ADW_TYPE_BIN)

static TafelOrganisatie *
row_get_org (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "organisatie");
}

static guint
count_deelnemers (TafelOrganisatiesEditor *self,
                  TafelOrganisatie        *org)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (org));

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, &id));
}

static void
update_row (GtkWidget *row)
{
  TafelOrganisatiesEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  TafelOrganisatie *org = row_get_org (row);
  guint n = count_deelnemers (self, org);
  g_autofree char *count = g_strdup_printf (ngettext ("%u participant", "%u participants", n), n);
  g_autofree char *delete = g_strdup_printf (_("Delete organisation “%s”"), tafel_organisatie_get_name (org));

  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "count"), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (row), "delete")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete, -1);
}

static void
recount (TafelOrganisatiesEditor *self)
{
  GtkListBoxRow *row;

  g_hash_table_remove_all (self->counts);

  if (self->model != NULL)
    {
      GListModel *deelnemers = tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELNEMER);
      guint n = g_list_model_get_n_items (deelnemers);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelDeelnemer) d = g_list_model_get_item (deelnemers, i);
          gint64 id = tafel_deelnemer_get_organisatie_id (d);
          guint count;

          if (id == 0)
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, &id));
          g_hash_table_replace (self->counts, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (count + 1));
        }
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    update_row (GTK_WIDGET (row));
}

static void
on_row_focus_enter_cb (GtkEventControllerFocus *controller,
                       TafelOrganisatiesEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  self->focus_id = tafel_entity_get_id (TAFEL_ENTITY (row_get_org (row)));
  self->focus_index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static void
on_delete_clicked_cb (GtkWidget               *button,
                      TafelOrganisatiesEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  TafelOrganisatie *org = row_get_org (row);
  g_autofree char *message = NULL;
  guint n = count_deelnemers (self, org);

  if (n > 0)
    message = g_strdup_printf (ngettext ("Organisation “%s” deleted; %u participant no longer shows it.",
                                         "Organisation “%s” deleted; %u participants no longer show it.", n),
                               tafel_organisatie_get_name (org), n);
  else
    message = g_strdup_printf (_("Organisation “%s” deleted."), tafel_organisatie_get_name (org));

  tafel_delete_with_undo (GTK_WIDGET (self), tafel_traject_model_get_store (self->model), org, message, NULL);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  TafelOrganisatiesEditor *self = user_data;
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *focus;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Organisation name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data_full (G_OBJECT (row), "organisatie", g_object_ref (item), g_object_unref);

  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "caption");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), count);
  g_object_set_data (G_OBJECT (row), "count", count);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete this organisation"));
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete);
  g_object_set_data (G_OBJECT (row), "delete", delete);

  tafel_field_binding_bind (row, "name");
  tafel_field_binding_set_entity (row, tafel_traject_model_get_store (self->model), item);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_row_focus_enter_cb), self);
  gtk_widget_add_controller (row, focus);

  update_row (row);
  g_signal_connect_object (item, "notify::name", G_CALLBACK (update_row), row, G_CONNECT_SWAPPED);

  return row;
}

/* Runs before the list box replaces rows: a row that goes away (renamed,
 * so moved; or deleted) must not take the focus with it unannounced. */
static void
on_items_changed_cb (GListModel              *list,
                     guint                    position,
                     guint                    removed,
                     guint                    added,
                     TafelOrganisatiesEditor *self)
{
  for (guint i = position; i < position + removed; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);

      if (row != NULL && tafel_field_binding_release_focus (GTK_WIDGET (row)))
        break;
    }
}

/* A rename moves the row (the list is sorted by name) and a delete removes
 * it: give the focus back to the same organisation or its neighbour. */
static void
on_organisaties_changed_cb (TafelTrajectModel       *model,
                            TafelOrganisatiesEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *target;
  GtkListBoxRow *last;
  int n = 0;

  if (root == NULL || gtk_root_get_focus (root) != NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  target = tafel_organisaties_editor_get_row (self, self->focus_id);
  while ((last = gtk_list_box_get_row_at_index (self->list, n)) != NULL)
    n++;
  if (target == NULL && n > 0)
    target = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, MIN (self->focus_index, n - 1)));

  gtk_widget_grab_focus (target ? target : self->add_row);
}

static void
on_deelnemers_changed_cb (TafelTrajectModel       *model,
                          TafelOrganisatiesEditor *self)
{
  recount (self);
}

static void
on_add_apply_cb (GtkWidget               *add_row,
                 TafelOrganisatiesEditor *self)
{
  g_autoptr(TafelOrganisatie) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (add_row))));
  gboolean created = FALSE;

  if (self->model == NULL || *name == '\0')
    return;

  org = tafel_traject_ensure_organisatie (tafel_traject_model_get_store (self->model),
                                          tafel_traject_model_get_traject_id (self->model), name, &created, &error);
  if (org == NULL)
    {
      /* A refused name stays in the field, to be corrected. */
      tafel_ui_toast_error (add_row, error);
      return;
    }

  if (!created)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is already an organisation of this traject."),
                                                  tafel_organisatie_get_name (org));
      tafel_ui_toast (add_row, message);
    }

  gtk_editable_set_text (GTK_EDITABLE (add_row), "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), TRUE);
}

/* Makes the rows, once: a traject with hundreds of organisations should not
 * pay for them until the editor is shown (or a row is asked for). */
static void
bind_list (TafelOrganisatiesEditor *self)
{
  if (self->bound || self->model == NULL)
    return;

  self->bound = TRUE;
  gtk_list_box_bind_model (self->list, tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE),
                           create_row_cb, self, NULL);
}

static void
tafel_organisaties_editor_map (GtkWidget *widget)
{
  /* Before the children are mapped, so that the new rows are mapped too. */
  bind_list (TAFEL_ORGANISATIES_EDITOR (widget));

  GTK_WIDGET_CLASS (tafel_organisaties_editor_parent_class)->map (widget);
}

static void
tafel_organisaties_editor_dispose (GObject *object)
{
  TafelOrganisatiesEditor *self = TAFEL_ORGANISATIES_EDITOR (object);

  tafel_organisaties_editor_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_ORGANISATIES_EDITOR);
  g_clear_pointer (&self->counts, g_hash_table_unref);

  G_OBJECT_CLASS (tafel_organisaties_editor_parent_class)->dispose (object);
}

static void
tafel_organisaties_editor_class_init (TafelOrganisatiesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_organisaties_editor_dispose;
  widget_class->map = tafel_organisaties_editor_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-organisaties-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelOrganisatiesEditor, list);
  gtk_widget_class_bind_template_child (widget_class, TafelOrganisatiesEditor, add_row);
}

static void
tafel_organisaties_editor_init (TafelOrganisatiesEditor *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  placeholder = gtk_label_new (_("No organisations yet. Type one below, or in the Organisation field of a participant."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);

  g_signal_connect (self->add_row, "apply", G_CALLBACK (on_add_apply_cb), self);
  g_signal_connect (self->add_row, "entry-activated", G_CALLBACK (on_add_apply_cb), self);
}

GtkWidget *
tafel_organisaties_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_ORGANISATIES_EDITOR, NULL);
}

void
tafel_organisaties_editor_set_model (TafelOrganisatiesEditor *self,
                                     TafelTrajectModel       *model)
{
  g_return_if_fail (TAFEL_IS_ORGANISATIES_EDITOR (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
        g_clear_signal_handler (&self->handlers[i], self->model);
      g_clear_signal_handler (&self->items_changed_id,
                              tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE));
    }

  tafel_field_binding_release_focus (GTK_WIDGET (self->list));
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  self->bound = FALSE;
  g_set_object (&self->model, model);
  self->focus_id = 0;
  self->focus_index = 0;

  if (model != NULL)
    {
      self->handlers[0] = g_signal_connect (model, "changed::organisatie",
                                            G_CALLBACK (on_organisaties_changed_cb), self);
      self->handlers[1] = g_signal_connect (model, "changed::deelnemer",
                                            G_CALLBACK (on_deelnemers_changed_cb), self);
      /* Before the list box's own handler, which replaces the rows. */
      self->items_changed_id = g_signal_connect (tafel_traject_model_get_list (model, TAFEL_TYPE_ORGANISATIE),
                                                 "items-changed", G_CALLBACK (on_items_changed_cb), self);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        bind_list (self);
    }

  recount (self);
}

/* The entry row that adds an organisation: type a name and apply. */
GtkWidget *
tafel_organisaties_editor_get_add_row (TafelOrganisatiesEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_ORGANISATIES_EDITOR (self), NULL);
  return self->add_row;
}

/* The entry row with the name of an organisation, or NULL. */
GtkWidget *
tafel_organisaties_editor_get_row (TafelOrganisatiesEditor *self,
                                   gint64                   organisatie_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_ORGANISATIES_EDITOR (self), NULL);

  bind_list (self);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (tafel_entity_get_id (TAFEL_ENTITY (row_get_org (GTK_WIDGET (row)))) == organisatie_id)
      return GTK_WIDGET (row);

  return NULL;
}

GtkWidget *
tafel_organisaties_editor_get_delete_button (TafelOrganisatiesEditor *self,
                                             gint64                   organisatie_id)
{
  GtkWidget *row = tafel_organisaties_editor_get_row (self, organisatie_id);

  return row ? g_object_get_data (G_OBJECT (row), "delete") : NULL;
}
