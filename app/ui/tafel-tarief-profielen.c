/* tafel-tarief-profielen.c: the catalogue of function profiles of a traject */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-delete-undo.h"
#include "tafel-field-binding.h"
#include "tafel-tarief-profielen.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel.h"

/* A new profile, until the region fills it in. */
#define NEW_PRODUCTIVITEIT 7000

struct _TafelTariefProfielen
{
  AdwBin             parent_instance;

  GtkListBox        *list;
  GtkWidget         *add_row;

  TafelTrajectModel *model;
};

/* The widgets of one profile's row. */
typedef struct {
  TafelFunctieprofiel *profiel;
  GtkWidget           *tag;
  GtkWidget           *delete;
  GtkWidget           *niveau;
  GtkWidget           *voorbeeld;
  GtkWidget           *fields[4];   /* name, cao_schaal, uurloon, productiviteit */
  gboolean             updating;
} ProfielRow;

static const char *const entry_columns[] = { "name", "cao_schaal", "uurloon", "productiviteit" };

G_DEFINE_FINAL_TYPE (TafelTariefProfielen, tafel_tarief_profielen, ADW_TYPE_BIN)

static void
profiel_row_free (gpointer data)
{
  ProfielRow *r = data;

  g_clear_object (&r->profiel);
  g_free (r);
}

static ProfielRow *
get_profiel_row (GtkWidget *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "profiel-row") : NULL;
}

static char *
show_uurloon (gpointer entity,
              gpointer user_data)
{
  g_autofree char *amount = tafel_decimal_format_fixed (tafel_functieprofiel_get_uurloon (entity));

  return g_strdup_printf ("€ %s", amount);
}

static char *
show_productiviteit (gpointer entity,
                     gpointer user_data)
{
  g_autofree char *amount = tafel_decimal_format (tafel_functieprofiel_get_productiviteit (entity));

  return g_strdup_printf ("%s%%", amount);
}

/* A salary cost the region typed is no longer an example: both in one step. */
static gboolean
store_uurloon (TafelStore  *store,
               gpointer     entity,
               const char  *text,
               gpointer     user_data,
               GError     **error)
{
  const char *columns[] = { "uurloon", "voorbeeld" };
  GValue values[2] = { G_VALUE_INIT, G_VALUE_INIT };
  gboolean ok;

  g_value_init (&values[0], G_TYPE_STRING);
  g_value_set_string (&values[0], text);
  g_value_init (&values[1], G_TYPE_BOOLEAN);
  g_value_set_boolean (&values[1], FALSE);
  ok = tafel_store_setv (store, entity, G_N_ELEMENTS (columns), columns, values, error);
  g_value_unset (&values[0]);
  g_value_unset (&values[1]);

  return ok;
}

static void
update_row (GtkWidget *row)
{
  ProfielRow *r = get_profiel_row (row);
  TafelFunctieprofiel *p = r->profiel;
  const char *niveau = tafel_functieprofiel_get_opleidingsniveau (p);
  const char *cao = tafel_functieprofiel_get_cao_schaal (p);
  int index = niveau ? tafel_choice_index (tafel_opleidingsniveaus, niveau) : -1;
  g_autofree char *uurloon = show_uurloon (p, NULL);
  g_autofree char *productiviteit = show_productiviteit (p, NULL);
  g_autofree char *title = g_markup_escape_text (tafel_functieprofiel_get_name (p), -1);
  g_autofree char *delete = g_strdup_printf (_("Delete function profile “%s”"), tafel_functieprofiel_get_name (p));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  if (index >= 0)
    g_string_append_printf (subtitle, "%s · ", _(tafel_opleidingsniveaus[index].label));
  if (cao != NULL && *cao != '\0')
    g_string_append_printf (subtitle, "%s · ", cao);
  /* Translators: "€ 28,00 per hour · 70% client-bound" */
  g_string_append_printf (subtitle, _("%s per hour · %s client-bound"), uurloon, productiviteit);
  escaped = g_markup_escape_text (subtitle->str, -1);

  r->updating = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  gtk_widget_set_visible (r->tag, tafel_functieprofiel_is_voorbeeld (p));
  gtk_switch_set_active (GTK_SWITCH (r->voorbeeld), tafel_functieprofiel_is_voorbeeld (p));
  adw_combo_row_set_selected (ADW_COMBO_ROW (r->niveau), index >= 0 ? (guint) index : GTK_INVALID_LIST_POSITION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete, -1);
  r->updating = FALSE;
}

static void
on_profiel_notify_cb (GObject    *profiel,
                      GParamSpec *pspec,
                      GtkWidget  *row)
{
  update_row (row);
}

static void
on_niveau_selected_cb (GtkWidget  *combo,
                       GParamSpec *pspec,
                       GtkWidget  *row)
{
  TafelTariefProfielen *self = TAFEL_TARIEF_PROFIELEN (gtk_widget_get_ancestor (row, TAFEL_TYPE_TARIEF_PROFIELEN));
  ProfielRow *r = get_profiel_row (row);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));
  g_autoptr(GError) error = NULL;
  const char *id;

  if (r->updating || self == NULL || self->model == NULL || selected >= tafel_choice_count (tafel_opleidingsniveaus))
    return;

  id = tafel_opleidingsniveaus[selected].id;
  if (g_strcmp0 (id, tafel_functieprofiel_get_opleidingsniveau (r->profiel)) == 0)
    return;

  if (!tafel_store_set_string (tafel_traject_model_get_store (self->model), r->profiel, "opleidingsniveau", id, &error))
    {
      tafel_ui_toast_error (combo, error);
      update_row (row);
    }
}

static void
on_voorbeeld_active_cb (GtkWidget  *toggle,
                        GParamSpec *pspec,
                        GtkWidget  *row)
{
  TafelTariefProfielen *self = TAFEL_TARIEF_PROFIELEN (gtk_widget_get_ancestor (row, TAFEL_TYPE_TARIEF_PROFIELEN));
  ProfielRow *r = get_profiel_row (row);
  gboolean active = gtk_switch_get_active (GTK_SWITCH (toggle));
  g_autoptr(GError) error = NULL;

  if (r->updating || self == NULL || self->model == NULL || active == tafel_functieprofiel_is_voorbeeld (r->profiel))
    return;

  if (!tafel_store_set_bool (tafel_traject_model_get_store (self->model), r->profiel, "voorbeeld", active, &error))
    {
      tafel_ui_toast_error (toggle, error);
      update_row (row);
    }
}

/* How many deelproducten have a function mix (proposed or decided) that
 * uses profile @id. */
static guint
count_deelproducten_using (TafelTariefProfielen *self,
                           gint64                id)
{
  GListModel *regels = tafel_traject_model_get_list (self->model, TAFEL_TYPE_MIXREGEL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (regels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelMixregel) regel = g_list_model_get_item (regels, i);
      gint64 dp = tafel_mixregel_get_deelproduct_id (regel);

      if (tafel_mixregel_get_functieprofiel_id (regel) == id)
        g_hash_table_add (seen, g_memdup2 (&dp, sizeof dp));
    }

  return g_hash_table_size (seen);
}

/* An expander row takes no focus itself: its header, inside it, does. */
static void
focus_row (TafelTariefProfielen *self,
           GtkListBoxRow        *row)
{
  if (row == NULL || !gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (self->add_row);
}

static void
on_delete_clicked_cb (GtkWidget            *button,
                      TafelTariefProfielen *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
  g_autoptr(TafelFunctieprofiel) profiel = g_object_ref (get_profiel_row (row)->profiel);
  const char *name = tafel_functieprofiel_get_name (profiel);
  guint used = count_deelproducten_using (self, tafel_entity_get_id (TAFEL_ENTITY (profiel)));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  gboolean had_focus = tafel_field_binding_release_focus (row);
  g_autofree char *message = NULL;

  if (used > 0)
    message = g_strdup_printf (ngettext ("Function profile “%s” deleted. It is in the function mix of %u deelproduct, whose price now leaves it out.",
                                         "Function profile “%s” deleted. It is in the function mix of %u deelproducten, whose prices now leave it out.",
                                         used),
                               name, used);
  else
    message = g_strdup_printf (_("Function profile “%s” deleted."), name);

  if (!tafel_delete_with_undo (GTK_WIDGET (self), tafel_traject_model_get_store (self->model), profiel, message, NULL))
    return;

  if (had_focus)
    {
      GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->list, index);

      if (next == NULL && index > 0)
        next = gtk_list_box_get_row_at_index (self->list, index - 1);
      focus_row (self, next);
    }
}

static GtkWidget *
add_entry (GtkWidget  *row,
           ProfielRow *r,
           guint       i,
           const char *title)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  r->fields[i] = entry;
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
  return entry;
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  TafelTariefProfielen *self = user_data;
  TafelStore *store = tafel_traject_model_get_store (self->model);
  GtkWidget *row = adw_expander_row_new ();
  ProfielRow *r = g_new0 (ProfielRow, 1);
  g_autoptr(GtkStringList) niveaus = tafel_ui_choice_model (tafel_opleidingsniveaus);
  GtkWidget *voorbeeld_row;

  r->profiel = g_object_ref (item);
  g_object_set_data_full (G_OBJECT (row), "profiel-row", r, profiel_row_free);

  r->tag = gtk_label_new (_("Example value"));
  gtk_widget_set_valign (r->tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (r->tag, "caption-heading");
  gtk_widget_add_css_class (r->tag, "warning");
  gtk_widget_set_tooltip_text (r->tag, _("The salary cost is still an example value: replace it with the CAO amount of your region."));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), r->tag);

  r->delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (r->delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (r->delete, "flat");
  gtk_widget_set_tooltip_text (r->delete, _("Delete this function profile"));
  g_signal_connect (r->delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), r->delete);

  add_entry (row, r, 0, _("Name"));
  r->niveau = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r->niveau), _("Education level"));
  adw_combo_row_set_model (ADW_COMBO_ROW (r->niveau), G_LIST_MODEL (niveaus));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), r->niveau);
  add_entry (row, r, 1, _("CAO scale"));
  add_entry (row, r, 2, _("Hourly salary cost, before surcharges"));
  add_entry (row, r, 3, _("Productivity: client-bound share of paid hours"));

  r->voorbeeld = gtk_switch_new ();
  gtk_widget_set_valign (r->voorbeeld, GTK_ALIGN_CENTER);
  voorbeeld_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (voorbeeld_row), _("Salary cost is an example value"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (voorbeeld_row),
                               _("Cleared when you store a salary cost; switch it on again to mark the amount as still to be replaced."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (voorbeeld_row), r->voorbeeld);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (voorbeeld_row), r->voorbeeld);
  gtk_accessible_update_property (GTK_ACCESSIBLE (r->voorbeeld), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Salary cost is an example value"), -1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), voorbeeld_row);

  tafel_field_binding_bind (r->fields[0], "name");
  tafel_field_binding_bind (r->fields[1], "cao_schaal");
  tafel_field_binding_bind_full (r->fields[2], "uurloon", show_uurloon, store_uurloon, NULL);
  tafel_field_binding_bind_full (r->fields[3], "productiviteit", show_productiviteit, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (r->fields); i++)
    tafel_field_binding_set_entity (r->fields[i], store, item);

  update_row (row);
  g_signal_connect (r->niveau, "notify::selected", G_CALLBACK (on_niveau_selected_cb), row);
  g_signal_connect (r->voorbeeld, "notify::active", G_CALLBACK (on_voorbeeld_active_cb), row);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_profiel_notify_cb), row, 0);

  return row;
}

/* Runs before the list box replaces rows: a row that goes away must store
 * what was typed in it while it is still shown. */
static void
on_items_changed_cb (GListModel           *list,
                     guint                 position,
                     guint                 removed,
                     guint                 added,
                     TafelTariefProfielen *self)
{
  for (guint i = position; i < position + removed; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i);

      if (row != NULL && tafel_field_binding_release_focus (GTK_WIDGET (row)))
        break;
    }
}

static void
on_add_apply_cb (GtkWidget            *add_row,
                 TafelTariefProfielen *self)
{
  g_autoptr(TafelFunctieprofiel) profiel = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (add_row))));
  GtkWidget *row;

  if (self->model == NULL || *name == '\0')
    return;

  profiel = tafel_functieprofiel_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (profiel,
                "name", name,
                "opleidingsniveau", tafel_opleidingsniveaus[0].id,
                "uurloon", (gint64) 0,
                "voorbeeld", TRUE,
                "productiviteit", (gint64) NEW_PRODUCTIVITEIT,
                NULL);
  if (!tafel_store_insert (tafel_traject_model_get_store (self->model), profiel, &error))
    {
      /* A refused name stays in the field, to be corrected. */
      tafel_ui_toast_error (add_row, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (add_row), "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), TRUE);

  /* Open it: its salary cost is still to be filled in. */
  row = tafel_tarief_profielen_get_row (self, tafel_entity_get_id (TAFEL_ENTITY (profiel)));
  if (row != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

/* Alt+F: into the catalogue, on its first profile. */
static gboolean
on_list_mnemonic_cb (GtkWidget            *list,
                     gboolean              group_cycling,
                     TafelTariefProfielen *self)
{
  focus_row (self, gtk_list_box_get_row_at_index (self->list, 0));
  return TRUE;
}

static void
tafel_tarief_profielen_dispose (GObject *object)
{
  TafelTariefProfielen *self = TAFEL_TARIEF_PROFIELEN (object);

  tafel_tarief_profielen_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TARIEF_PROFIELEN);

  G_OBJECT_CLASS (tafel_tarief_profielen_parent_class)->dispose (object);
}

static void
tafel_tarief_profielen_class_init (TafelTariefProfielenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_tarief_profielen_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-tarief-profielen.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTariefProfielen, list);
  gtk_widget_class_bind_template_child (widget_class, TafelTariefProfielen, add_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_mnemonic_cb);
}

static void
tafel_tarief_profielen_init (TafelTariefProfielen *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No function profiles yet. Type one below."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
}

GtkWidget *
tafel_tarief_profielen_new (void)
{
  return g_object_new (TAFEL_TYPE_TARIEF_PROFIELEN, NULL);
}

void
tafel_tarief_profielen_set_model (TafelTariefProfielen *self,
                                  TafelTrajectModel    *model)
{
  g_return_if_fail (TAFEL_IS_TARIEF_PROFIELEN (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (tafel_traject_model_get_list (self->model, TAFEL_TYPE_FUNCTIEPROFIEL),
                                          on_items_changed_cb, self);

  if (self->list != NULL)
    {
      tafel_field_binding_release_focus (GTK_WIDGET (self->list));
      gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
    }
  g_set_object (&self->model, model);

  if (model != NULL && self->list != NULL)
    {
      GListModel *list = tafel_traject_model_get_list (model, TAFEL_TYPE_FUNCTIEPROFIEL);

      /* Before the list box's own handler, which replaces the rows. */
      g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      gtk_list_box_bind_model (self->list, list, create_row_cb, self, NULL);
    }
}

/* The entry row that adds a profile: type a name and press Enter. */
GtkWidget *
tafel_tarief_profielen_get_add_row (TafelTariefProfielen *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PROFIELEN (self), NULL);
  return self->add_row;
}

GtkListBox *
tafel_tarief_profielen_get_list_box (TafelTariefProfielen *self)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PROFIELEN (self), NULL);
  return self->list;
}

/* The expander row of a profile, or NULL. */
GtkWidget *
tafel_tarief_profielen_get_row (TafelTariefProfielen *self,
                                gint64                functieprofiel_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_TARIEF_PROFIELEN (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (tafel_entity_get_id (TAFEL_ENTITY (get_profiel_row (GTK_WIDGET (row))->profiel)) == functieprofiel_id)
      return GTK_WIDGET (row);

  return NULL;
}

/* The widget that edits @column of a profile: an AdwEntryRow for "name",
 * "cao_schaal", "uurloon" and "productiviteit", the AdwComboRow for
 * "opleidingsniveau", the GtkSwitch for "voorbeeld"; or NULL. */
GtkWidget *
tafel_tarief_profielen_get_field (TafelTariefProfielen *self,
                                  gint64                functieprofiel_id,
                                  const char           *column)
{
  ProfielRow *r = get_profiel_row (tafel_tarief_profielen_get_row (self, functieprofiel_id));

  if (r == NULL)
    return NULL;
  if (g_strcmp0 (column, "opleidingsniveau") == 0)
    return r->niveau;
  if (g_strcmp0 (column, "voorbeeld") == 0)
    return r->voorbeeld;
  for (guint i = 0; i < G_N_ELEMENTS (entry_columns); i++)
    if (g_strcmp0 (column, entry_columns[i]) == 0)
      return r->fields[i];

  return NULL;
}

/* The "Example value" tag of a profile (shown only while it is one). */
GtkWidget *
tafel_tarief_profielen_get_tag (TafelTariefProfielen *self,
                                gint64                functieprofiel_id)
{
  ProfielRow *r = get_profiel_row (tafel_tarief_profielen_get_row (self, functieprofiel_id));

  return r ? r->tag : NULL;
}

GtkWidget *
tafel_tarief_profielen_get_delete_button (TafelTariefProfielen *self,
                                          gint64                functieprofiel_id)
{
  ProfielRow *r = get_profiel_row (tafel_tarief_profielen_get_row (self, functieprofiel_id));

  return r ? r->delete : NULL;
}
