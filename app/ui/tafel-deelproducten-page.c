/* tafel-deelproducten-page.c: the Deelproducten page: product groups and every field of each deelproduct */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelproduct-list.h"
#include "tafel-deelproducten-page.h"
#include "tafel-geeltje.h"
#include "tafel-productgroepen-dialog.h"
#include "tafel-ui-util.h"

struct _TafelDeelproductenPage
{
  AdwBin                  parent_instance;

  AdwLeaflet             *leaflet;
  TafelDeelproductList   *list;
  GtkLabel               *title_label;
  GtkStack               *content_stack;
  AdwStatusPage          *empty_page;
  TafelDeelproductEditor *editor;

  TafelTrajectModel      *model;
  GtkWidget              *groups_dialog; /* weak */
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an undo of a delete needs, also after the page is gone. */
typedef struct {
  TafelStore       *store;
  TafelDeelproduct *deelproduct;
  GWeakRef          page;
} UndoDelete;

G_DEFINE_FINAL_TYPE (TafelDeelproductenPage, tafel_deelproducten_page, ADW_TYPE_BIN)

static void
update_actions (TafelDeelproductenPage *self)
{
  gboolean selected = tafel_deelproducten_page_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelproducten.add", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelproducten.edit-groups", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelproducten.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelproducten.move-up", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deelproducten.move-down", selected);
}

static void
update_content (TafelDeelproductenPage *self)
{
  TafelDeelproduct *deelproduct = tafel_deelproducten_page_get_selected (self);

  /* Nothing to show while the page is taken apart. */
  if (self->list == NULL || self->editor == NULL)
    return;

  tafel_deelproduct_editor_set_deelproduct (self->editor, deelproduct);
  gtk_label_set_text (self->title_label, deelproduct ? tafel_deelproduct_get_name (deelproduct) : "");

  if (deelproduct != NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "editor");
    }
  else
    {
      gboolean empty = tafel_deelproduct_list_get_n_rows (self->list) == 0;

      adw_status_page_set_title (self->empty_page,
                                 empty ? _("No deelproducten yet") : _("No deelproduct selected"));
      adw_status_page_set_description (self->empty_page,
                                       empty ? _("Add the deelproducten of this traject, or start from a template.")
                                             : _("Choose a deelproduct in the list to see and edit all its fields."));
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }

  update_actions (self);
}

static gboolean
name_taken (TafelDeelproductenPage *self,
            const char             *name)
{
  GListModel *list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT);
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TafelDeelproduct) deelproduct = g_list_model_get_item (list, i);
      g_autofree char *other = g_utf8_casefold (tafel_deelproduct_get_name (deelproduct), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

/* "New deelproduct", "New deelproduct 2", … whichever is free. */
static char *
dup_unique_name (TafelDeelproductenPage *self)
{
  char *name = g_strdup (_("New deelproduct"));

  for (guint n = 2; name_taken (self, name); n++)
    {
      g_free (name);
      name = g_strdup_printf (_("New deelproduct %u"), n);
    }

  return name;
}

static guint
count_geeltjes (TafelDeelproductenPage *self,
                gint64                  deelproduct_id)
{
  GListModel *list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TafelGeeltje) geeltje = g_list_model_get_item (list, i);

      if (tafel_geeltje_get_deelproduct_id (geeltje) == deelproduct_id)
        n++;
    }

  return n;
}

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->deelproduct);
  g_weak_ref_clear (&undo->page);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelDeelproductenPage) page = g_weak_ref_get (&undo->page);

  if (!tafel_store_restore (undo->store, undo->deelproduct, &error))
    {
      if (page != NULL)
        tafel_ui_toast_error (GTK_WIDGET (page), error);
      else
        g_message ("%s", error->message);
      return;
    }

  if (page != NULL)
    tafel_deelproducten_page_select (page, tafel_entity_get_id (TAFEL_ENTITY (undo->deelproduct)));
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_row_selected_cb (GtkListBox             *list_box,
                    GtkListBoxRow          *row,
                    TafelDeelproductenPage *self)
{
  update_content (self);
}

/* A click shows the editor; on a narrow page it moves there. */
static void
on_row_activated_cb (GtkListBox             *list_box,
                     GtkListBoxRow          *row,
                     TafelDeelproductenPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  if (folded)
    tafel_deelproduct_editor_focus_name (self->editor, FALSE);
}

/* Enter in the list moves focus to the editor, where typing starts. */
static gboolean
on_list_key_pressed_cb (GtkEventControllerKey  *controller,
                        guint                   keyval,
                        guint                   keycode,
                        GdkModifierType         state,
                        TafelDeelproductenPage *self)
{
  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter) ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      tafel_deelproducten_page_get_selected (self) == NULL)
    return GDK_EVENT_PROPAGATE;

  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  tafel_deelproduct_editor_focus_name (self->editor, FALSE);
  return GDK_EVENT_STOP;
}

/* A deelproduct that gets another group goes to the end of that group. */
static void
on_group_changed_cb (TafelDeelproductEditor *editor,
                     TafelDeelproduct       *deelproduct,
                     TafelDeelproductenPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!tafel_deelproduct_list_move_to_group_end (self->list, deelproduct, &error))
    tafel_ui_toast_error (GTK_WIDGET (self), error);
}

static void
on_rows_changed_cb (TafelDeelproductList   *list,
                    TafelDeelproductenPage *self)
{
  update_content (self);
}

static void
on_add_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (widget);
  TafelDeelproduct *selected = tafel_deelproducten_page_get_selected (self);
  g_autoptr(TafelDeelproduct) deelproduct = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->model == NULL)
    return;

  tafel_deelproduct_editor_commit_pending (self->editor);

  name = dup_unique_name (self);
  deelproduct = tafel_deelproduct_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (deelproduct,
                "name", name,
                "productgroep-id", selected ? tafel_deelproduct_list_get_group_id (self->list, selected) : (gint64) 0,
                NULL);

  if (!tafel_store_insert (tafel_traject_model_get_store (self->model), deelproduct, &error))
    {
      tafel_ui_toast_error (widget, error);
      return;
    }

  tafel_deelproducten_page_select (self, tafel_entity_get_id (TAFEL_ENTITY (deelproduct)));
  adw_leaflet_set_visible_child_name (self->leaflet, "editor");
  tafel_deelproduct_editor_focus_name (self->editor, TRUE);
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (widget);
  TafelDeelproduct *deelproduct = tafel_deelproducten_page_get_selected (self);
  GtkListBox *list_box = tafel_deelproduct_list_get_list_box (self->list);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list_box);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean list_had_focus;
  UndoDelete *undo;
  gint64 id, next_id;
  guint n_geeltjes;

  if (deelproduct == NULL || row == NULL)
    return;

  g_object_ref (deelproduct);
  id = tafel_entity_get_id (TAFEL_ENTITY (deelproduct));
  n_geeltjes = count_geeltjes (self, id);
  next_id = tafel_deelproduct_list_get_id_at (self->list, gtk_list_box_row_get_index (row) + 1);
  if (next_id == 0)
    next_id = tafel_deelproduct_list_get_id_at (self->list, gtk_list_box_row_get_index (row) - 1);
  list_had_focus = gtk_widget_has_focus (GTK_WIDGET (row));

  /* What was typed is stored first, so that undo brings it back too. */
  tafel_deelproduct_editor_commit_pending (self->editor);

  if (!tafel_store_delete (tafel_traject_model_get_store (self->model), deelproduct, &error))
    {
      tafel_ui_toast_error (widget, error);
      g_object_unref (deelproduct);
      return;
    }

  if (n_geeltjes == 0)
    message = g_strdup_printf (_("Deelproduct “%s” deleted"), tafel_deelproduct_get_name (deelproduct));
  else
    message = g_strdup_printf (ngettext ("Deelproduct “%s” deleted; %u sticky note was on it",
                                         "Deelproduct “%s” deleted; %u sticky notes were on it",
                                         n_geeltjes),
                               tafel_deelproduct_get_name (deelproduct), n_geeltjes);

  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (tafel_traject_model_get_store (self->model));
  undo->deelproduct = deelproduct;  /* takes the reference */
  g_weak_ref_init (&undo->page, self);
  tafel_ui_toast_undo (widget, message, undo_delete, undo, undo_delete_free);

  if (next_id != 0 && tafel_deelproducten_page_select (self, next_id) && list_had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (list_box)));
}

static void
on_move_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (widget);
  int delta = g_str_equal (action_name, "deelproducten.move-up") ? -1 : 1;
  g_autoptr(GError) error = NULL;

  if (tafel_deelproduct_list_move_selected (self->list, delta, &error))
    return;

  if (error != NULL)
    tafel_ui_toast_error (widget, error);
  else
    gtk_widget_error_bell (widget);  /* the edge of the product group */
}

static void
on_edit_groups_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->model == NULL)
    return;

  if (self->groups_dialog == NULL)
    {
      self->groups_dialog = tafel_productgroepen_dialog_new (self->model);
      g_object_add_weak_pointer (G_OBJECT (self->groups_dialog), (gpointer *) &self->groups_dialog);
      if (GTK_IS_WINDOW (root))
        gtk_window_set_transient_for (GTK_WINDOW (self->groups_dialog), GTK_WINDOW (root));
    }

  gtk_window_present (GTK_WINDOW (self->groups_dialog));
}

static void
on_show_list_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (widget);
  GtkListBox *list_box = tafel_deelproduct_list_get_list_box (self->list);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list_box);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (row ? GTK_WIDGET (row) : GTK_WIDGET (list_box));
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_deelproducten_page_dispose (GObject *object)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (object);

  tafel_deelproducten_page_set_model (self, NULL);
  if (self->groups_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->groups_dialog), (gpointer *) &self->groups_dialog);
      gtk_window_destroy (GTK_WINDOW (self->groups_dialog));
      self->groups_dialog = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_DEELPRODUCTEN_PAGE);
  self->leaflet = NULL;

  G_OBJECT_CLASS (tafel_deelproducten_page_parent_class)->dispose (object);
}

static void
tafel_deelproducten_page_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (object);

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
tafel_deelproducten_page_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TafelDeelproductenPage *self = TAFEL_DEELPRODUCTEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_deelproducten_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_deelproducten_page_class_init (TafelDeelproductenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_deelproducten_page_dispose;
  object_class->get_property = tafel_deelproducten_page_get_property;
  object_class->set_property = tafel_deelproducten_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_DEELPRODUCT_EDITOR);
  g_type_ensure (TAFEL_TYPE_DEELPRODUCT_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-deelproducten-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductenPage, list);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductenPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductenPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductenPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductenPage, editor);

  gtk_widget_class_install_action (widget_class, "deelproducten.add", NULL, on_add_action_cb);
  gtk_widget_class_install_action (widget_class, "deelproducten.delete", NULL, on_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "deelproducten.move-up", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "deelproducten.move-down", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "deelproducten.edit-groups", NULL, on_edit_groups_action_cb);
  gtk_widget_class_install_action (widget_class, "deelproducten.show-list", NULL, on_show_list_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "deelproducten.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "deelproducten.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "deelproducten.move-down", NULL);
}

static void
tafel_deelproducten_page_init (TafelDeelproductenPage *self)
{
  GtkEventController *shortcuts;
  GtkEventController *keys;
  GtkListBox *list_box;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound template child: gtk_widget_dispose_template() would unparent
   * it behind AdwBin's back. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));
  list_box = tafel_deelproduct_list_get_list_box (self->list);
  g_signal_connect (self->list, "rows-changed", G_CALLBACK (on_rows_changed_cb), self);
  g_signal_connect (list_box, "row-selected", G_CALLBACK (on_row_selected_cb), self);
  g_signal_connect (list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self->editor, "group-changed", G_CALLBACK (on_group_changed_cb), self);

  /* Delete deletes only where it cannot mean deleting text: in the list. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("deelproducten.delete")));
  gtk_widget_add_controller (GTK_WIDGET (list_box), shortcuts);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (list_box), keys);

  update_content (self);
}

/* ---- public ---------------------------------------------------------------- */

GtkWidget *
tafel_deelproducten_page_new (void)
{
  return g_object_new (TAFEL_TYPE_DEELPRODUCTEN_PAGE, NULL);
}

TafelTrajectModel *
tafel_deelproducten_page_get_model (TafelDeelproductenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self), NULL);
  return self->model;
}

void
tafel_deelproducten_page_set_model (TafelDeelproductenPage *self,
                                    TafelTrajectModel      *model)
{
  gint64 first;

  g_return_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self));

  if (self->model == model)
    return;

  if (self->groups_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->groups_dialog));

  /* The editor stores what was typed before the old traject goes. */
  if (self->editor != NULL)
    tafel_deelproduct_editor_set_model (self->editor, model);

  g_set_object (&self->model, model);

  if (self->list != NULL)
    {
      tafel_deelproduct_list_set_model (self->list, model);
      first = tafel_deelproduct_list_get_id_at (self->list, 0);
      if (first != 0)
        tafel_deelproduct_list_select (self->list, first);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

TafelDeelproduct *
tafel_deelproducten_page_get_selected (TafelDeelproductenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self), NULL);

  return self->list ? tafel_deelproduct_list_get_selected (self->list) : NULL;
}

gboolean
tafel_deelproducten_page_select (TafelDeelproductenPage *self,
                                 gint64                  id)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self), FALSE);

  return self->list ? tafel_deelproduct_list_select (self->list, id) : FALSE;
}

GtkListBox *
tafel_deelproducten_page_get_list_box (TafelDeelproductenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self), NULL);
  return tafel_deelproduct_list_get_list_box (self->list);
}

TafelDeelproductEditor *
tafel_deelproducten_page_get_editor (TafelDeelproductenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCTEN_PAGE (self), NULL);
  return self->editor;
}
