/* tafel-voorstel-mix.c: the function mix of one key, with running totals */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-besluit.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-mix.h"
#include "tafel-voorstel-mixregel.h"
#include "tafel-voorstel-util.h"

struct _TafelVoorstelMix
{
  GtkBox             parent_instance;

  GtkLabel          *heading_label;
  GtkLabel          *empty_label;
  GtkGrid           *lines_grid;
  GtkButton         *add_button;
  GtkLabel          *direct_label;
  GtkLabel          *indirect_label;
  GtkButton         *save_button;
  GtkLabel          *message_label;

  GPtrArray         *lines;   /* TafelVoorstelMixregel *, in the order shown */
  TafelTrajectModel *model;
  gboolean           decision;
  gint64             deelproduct_id;
  gint64             organisatie_id;
  gint64             sessie_id;
  gboolean           dirty;
  guint              loading;
};

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelVoorstelMix, tafel_voorstel_mix, GTK_TYPE_BOX)

static gboolean
has_key (TafelVoorstelMix *self)
{
  return self->model != NULL && self->deelproduct_id != 0 &&
         tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id) != NULL &&
         (self->decision || self->organisatie_id != 0);
}

static gint64
key_organisatie (TafelVoorstelMix *self)
{
  return self->decision ? 0 : self->organisatie_id;
}

static gint64
key_sessie (TafelVoorstelMix *self)
{
  return self->decision ? 0 : self->sessie_id;
}

static void
set_dirty (TafelVoorstelMix *self)
{
  if (self->loading > 0)
    return;

  self->dirty = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
}

static void
update_totals (TafelVoorstelMix *self)
{
  tafel_voorstel_mixregel_show_totals (self->lines, self->direct_label, self->indirect_label);
}

static void
update_line_names (TafelVoorstelMix *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    tafel_voorstel_mixregel_set_number (g_ptr_array_index (self->lines, i), i + 1);
}

static void
update_state (TafelVoorstelMix *self)
{
  GListModel *profielen = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_FUNCTIEPROFIEL) : NULL;
  gboolean any = profielen != NULL && g_list_model_get_n_items (profielen) > 0;
  gboolean key = has_key (self);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->model != NULL && !any);
  gtk_widget_set_sensitive (GTK_WIDGET (self->lines_grid), key);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mix.add-line", key && any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mix.save", key);
}

/* ---- lines ---------------------------------------------------------------- */

static void remove_line (TafelVoorstelMix *self, guint index);

static void
on_line_changed_cb (TafelVoorstelMixregel *line,
                    gpointer               user_data)
{
  TafelVoorstelMix *self = user_data;

  set_dirty (self);
  update_totals (self);
}

static void
on_line_removed_cb (TafelVoorstelMixregel *line,
                    gpointer               user_data)
{
  TafelVoorstelMix *self = user_data;
  guint index;

  if (g_ptr_array_find (self->lines, line, &index))
    remove_line (self, index);
}

static TafelVoorstelMixregel *
append_line (TafelVoorstelMix *self,
             gint64            profiel_id,
             const char       *niveau,
             gint64            aandeel,
             const char       *tijdsoort)
{
  TafelVoorstelMixregel *line;

  line = tafel_voorstel_mixregel_new (self->model, self->lines_grid, self->lines->len + 1,
                                      profiel_id, niveau, aandeel, tijdsoort,
                                      on_line_changed_cb, on_line_removed_cb, self);
  g_ptr_array_add (self->lines, line);
  update_line_names (self);
  return line;
}

static void
remove_line (TafelVoorstelMix *self,
             guint             index)
{
  gboolean had_focus;

  if (index >= self->lines->len)
    return;

  had_focus = tafel_voorstel_mixregel_release_focus (g_ptr_array_index (self->lines, index));

  /* The line lets go of its widgets before the grid destroys them. */
  g_ptr_array_remove_index (self->lines, index);
  gtk_grid_remove_row (self->lines_grid, index + 1);
  set_dirty (self);
  update_line_names (self);
  update_totals (self);

  if (had_focus)
    {
      if (index < self->lines->len)
        gtk_widget_grab_focus (GTK_WIDGET (((TafelVoorstelMixregel *) g_ptr_array_index (self->lines, index))->remove));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
    }
}

static void
clear_lines (TafelVoorstelMix *self)
{
  tafel_field_binding_release_focus (GTK_WIDGET (self->lines_grid));
  while (self->lines->len > 0)
    {
      guint last = self->lines->len - 1;

      g_ptr_array_remove_index (self->lines, last);
      gtk_grid_remove_row (self->lines_grid, last + 1);
    }
}

/* ---- loading and storing ----------------------------------------------------- */

static int
compare_regels (gconstpointer a,
                gconstpointer b)
{
  TafelMixregel *x = *(TafelMixregel **) a, *y = *(TafelMixregel **) b;
  gboolean dx = g_strcmp0 (tafel_mixregel_get_tijdsoort (x), "indirect") != 0;
  gboolean dy = g_strcmp0 (tafel_mixregel_get_tijdsoort (y), "indirect") != 0;
  gint64 ix = tafel_entity_get_id (TAFEL_ENTITY (x)), iy = tafel_entity_get_id (TAFEL_ENTITY (y));

  if (dx != dy)
    return dx ? -1 : 1;
  return ix < iy ? -1 : ix > iy;
}

/* The stored lines of the key, direct time first. */
static GPtrArray *
dup_stored (TafelVoorstelMix *self)
{
  GPtrArray *regels = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list;
  guint n;

  if (!has_key (self))
    return regels;

  list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_MIXREGEL);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      TafelMixregel *regel = g_list_model_get_item (list, i);

      if (tafel_voorstel_matches (regel, self->deelproduct_id, key_organisatie (self), key_sessie (self)))
        g_ptr_array_add (regels, regel);
      else
        g_object_unref (regel);
    }

  g_ptr_array_sort (regels, compare_regels);
  return regels;
}

/* Shows the stored mix; the lines stay as they are (and keep the focus)
 * when they show it already. */
static void
load (TafelVoorstelMix *self)
{
  g_autoptr(GPtrArray) regels = dup_stored (self);

  self->loading++;
  if (!tafel_voorstel_mixregel_shows (self->lines, regels))
    {
      clear_lines (self);
      for (guint i = 0; i < regels->len; i++)
        {
          TafelMixregel *regel = g_ptr_array_index (regels, i);

          append_line (self, tafel_mixregel_get_functieprofiel_id (regel),
                       tafel_mixregel_get_opleidingsniveau (regel),
                       tafel_mixregel_get_aandeel (regel), tafel_mixregel_get_tijdsoort (regel));
        }
    }
  self->loading--;

  self->dirty = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  update_totals (self);
  update_state (self);
}

static void
on_profielen_changed_cb (TafelTrajectModel *model,
                         TafelVoorstelMix  *self)
{
  update_state (self);
}

static void
on_mixregel_changed_cb (TafelTrajectModel *model,
                        TafelVoorstelMix  *self)
{
  /* A draft being typed stays; otherwise follow what is stored. */
  if (!self->dirty)
    load (self);
}

static void
on_deelproduct_changed_cb (TafelTrajectModel *model,
                           TafelVoorstelMix  *self)
{
  update_state (self);
}

static void
on_save_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  tafel_voorstel_mix_save (TAFEL_VOORSTEL_MIX (widget));
}

static void
on_add_line_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  tafel_voorstel_mix_add_line (TAFEL_VOORSTEL_MIX (widget));
}

/* ---- GObject ------------------------------------------------------------------- */

static void
tafel_voorstel_mix_dispose (GObject *object)
{
  TafelVoorstelMix *self = TAFEL_VOORSTEL_MIX (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  if (self->lines != NULL)
    g_ptr_array_set_size (self->lines, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_MIX);

  G_OBJECT_CLASS (tafel_voorstel_mix_parent_class)->dispose (object);
}

static void
tafel_voorstel_mix_finalize (GObject *object)
{
  TafelVoorstelMix *self = TAFEL_VOORSTEL_MIX (object);

  g_ptr_array_unref (self->lines);

  G_OBJECT_CLASS (tafel_voorstel_mix_parent_class)->finalize (object);
}

static void
tafel_voorstel_mix_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TafelVoorstelMix *self = TAFEL_VOORSTEL_MIX (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_boolean (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_mix_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TafelVoorstelMix *self = TAFEL_VOORSTEL_MIX (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      self->decision = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_mix_constructed (GObject *object)
{
  TafelVoorstelMix *self = TAFEL_VOORSTEL_MIX (object);

  G_OBJECT_CLASS (tafel_voorstel_mix_parent_class)->constructed (object);

  if (self->decision)
    gtk_label_set_text (self->heading_label, _("Decided function mix"));
}

static void
tafel_voorstel_mix_class_init (TafelVoorstelMixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_mix_dispose;
  object_class->finalize = tafel_voorstel_mix_finalize;
  object_class->get_property = tafel_voorstel_mix_get_property;
  object_class->set_property = tafel_voorstel_mix_set_property;
  object_class->constructed = tafel_voorstel_mix_constructed;

  properties[PROP_DECISION] =
    g_param_spec_boolean ("decision", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-mix.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, empty_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, lines_grid);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, add_button);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, direct_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, indirect_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, save_button);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelMix, message_label);

  gtk_widget_class_install_action (widget_class, "mix.save", NULL, on_save_action_cb);
  gtk_widget_class_install_action (widget_class, "mix.add-line", NULL, on_add_line_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "mix.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "mix.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "mix.add-line", NULL);
}

static void
tafel_voorstel_mix_init (TafelVoorstelMix *self)
{
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_voorstel_mixregel_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  update_totals (self);
  update_state (self);
}

/* ---- public ------------------------------------------------------------------------ */

void
tafel_voorstel_mix_set_model (TafelVoorstelMix  *self,
                              TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_MIX (self));

  if (self->model == model)
    return;

  /* A draft of another traject has nowhere to go. */
  self->dirty = FALSE;
  self->deelproduct_id = 0;
  clear_lines (self);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect (model, "changed::functieprofiel", G_CALLBACK (on_profielen_changed_cb), self);
      g_signal_connect (model, "changed::mixregel", G_CALLBACK (on_mixregel_changed_cb), self);
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproduct_changed_cb), self);
    }

  load (self);
}

/* A changed draft is stored first; a refusal is shown, and the draft of
 * the previous key is then dropped. */
void
tafel_voorstel_mix_set_key (TafelVoorstelMix *self,
                            gint64            deelproduct_id,
                            gint64            organisatie_id,
                            gint64            sessie_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_MIX (self));

  if (self->deelproduct_id == deelproduct_id && self->organisatie_id == organisatie_id &&
      self->sessie_id == sessie_id)
    return;

  if (self->dirty && has_key (self))
    tafel_voorstel_mix_save (self);

  self->deelproduct_id = deelproduct_id;
  self->organisatie_id = organisatie_id;
  self->sessie_id = sessie_id;
  self->dirty = FALSE;
  load (self);
}

/* Stores the lines as the mix of the key. On refusal the message is shown
 * below the lines and as a toast, and nothing is stored. */
gboolean
tafel_voorstel_mix_save (TafelVoorstelMix *self)
{
  g_autoptr(GArray) invoer = g_array_new (FALSE, TRUE, sizeof (TafelMixInvoer));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), FALSE);

  if (!has_key (self))
    return FALSE;

  if (!tafel_voorstel_mixregel_collect (self->lines, invoer, &error))
    {
      TafelDeelproduct *deelproduct = tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT,
                                                                  self->deelproduct_id);

      g_prefix_error (&error, "%s: ", tafel_deelproduct_get_name (deelproduct));
    }
  else
    {
      gboolean was_dirty = self->dirty;

      /* The model's signal must not reload the lines half-way. */
      self->dirty = TRUE;
      if (tafel_mix_replace (tafel_traject_model_get_store (self->model),
                             tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id),
                             key_organisatie (self), key_sessie (self),
                             (const TafelMixInvoer *) invoer->data, invoer->len, &error))
        {
          self->dirty = FALSE;
          load (self);
          tafel_ui_toast (GTK_WIDGET (self), _("Function mix stored"));
          return TRUE;
        }
      self->dirty = was_dirty;
    }

  gtk_label_set_text (self->message_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
  tafel_ui_toast_error (GTK_WIDGET (self), error);
  return FALSE;
}

/* Throws the draft away and shows what is stored. */
void
tafel_voorstel_mix_reload (TafelVoorstelMix *self)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_MIX (self));

  self->dirty = FALSE;
  load (self);
}

/* Adds an empty line and puts the focus in its profile. Returns its index. */
guint
tafel_voorstel_mix_add_line (TafelVoorstelMix *self)
{
  TafelVoorstelMixregel *line;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), 0);

  line = append_line (self, 0, NULL, TAFEL_DECIMAL_NONE, "direct");
  set_dirty (self);
  update_totals (self);
  gtk_widget_child_focus (GTK_WIDGET (line->profiel), GTK_DIR_TAB_FORWARD);

  return self->lines->len - 1;
}

guint
tafel_voorstel_mix_get_n_lines (TafelVoorstelMix *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), 0);
  return self->lines->len;
}

gboolean
tafel_voorstel_mix_is_dirty (TafelVoorstelMix *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), FALSE);
  return self->dirty;
}

/* The widgets of line @index (see tafel-voorstel-mixregel.h). */
TafelVoorstelMixregel *
tafel_voorstel_mix_get_line (TafelVoorstelMix *self,
                             guint             index)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, index);
}

GtkLabel *
tafel_voorstel_mix_get_total_label (TafelVoorstelMix *self,
                                    const char       *tijdsoort)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), NULL);

  return g_strcmp0 (tijdsoort, "indirect") == 0 ? self->indirect_label : self->direct_label;
}

GtkLabel *
tafel_voorstel_mix_get_message_label (TafelVoorstelMix *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_MIX (self), NULL);
  return self->message_label;
}
