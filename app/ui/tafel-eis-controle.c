/* tafel-eis-controle.c: the completeness checks as a list to click through */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-controle.h"
#include "tafel-eis-controle.h"
#include "tafel-ui-util.h"

struct _TafelEisControle
{
  GtkBox             parent_instance;

  GtkLabel          *summary_label;
  GtkStack          *stack;
  GtkListBox        *list_box;

  TafelTrajectModel *model;
  gulong             handler;
  guint              refresh_id;
  gboolean           dirty;
  GPtrArray         *findings;   /* TafelBevinding, parallel to the rows */
};

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelEisControle, tafel_eis_controle, GTK_TYPE_BOX)

static const struct {
  const char *soort;
  const char *label;
} soorten[] = {
  { "aspect", N_("Aspect of the verordening not described") },
  { "besluit", N_("Decision missing") },
  { "open", N_("Open sticky notes (activate to process them)") },
  { "leeg", N_("Empty requirement") },
  { "gewicht", N_("Weights of the wishes") },
  { "dubbel", N_("Same text twice") },
};

static const char *
soort_label (const char *soort)
{
  for (guint i = 0; i < G_N_ELEMENTS (soorten); i++)
    if (g_strcmp0 (soorten[i].soort, soort) == 0)
      return _(soorten[i].label);
  return soort;
}

/* ---- callbacks ----------------------------------------------------------- */

static gboolean
refresh_idle_cb (gpointer data)
{
  TafelEisControle *self = data;

  self->refresh_id = 0;
  tafel_eis_controle_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Any change may change a finding; checked once things settle, when shown. */
static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelEisControle  *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->refresh_id == 0)
    self->refresh_id = g_timeout_add (200, refresh_idle_cb, self);
}

static void
on_map_cb (GtkWidget        *widget,
           TafelEisControle *self)
{
  if (self->dirty)
    tafel_eis_controle_refresh (self);
}

static void
on_row_activated_cb (GtkListBox       *list_box,
                     GtkListBoxRow    *row,
                     TafelEisControle *self)
{
  int index = gtk_list_box_row_get_index (row);
  TafelBevinding *b;

  if (index < 0 || (guint) index >= self->findings->len)
    return;
  b = g_ptr_array_index (self->findings, index);
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, b->soort, b->deelproduct_id, b->eis_id);
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_eis_controle_dispose (GObject *object)
{
  TafelEisControle *self = TAFEL_EIS_CONTROLE (object);

  tafel_eis_controle_set_model (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_EIS_CONTROLE);
  G_OBJECT_CLASS (tafel_eis_controle_parent_class)->dispose (object);
}

static void
tafel_eis_controle_finalize (GObject *object)
{
  TafelEisControle *self = TAFEL_EIS_CONTROLE (object);

  g_ptr_array_unref (self->findings);
  G_OBJECT_CLASS (tafel_eis_controle_parent_class)->finalize (object);
}

static void
tafel_eis_controle_class_init (TafelEisControleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_eis_controle_dispose;
  object_class->finalize = tafel_eis_controle_finalize;

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-eis-controle.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelEisControle, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TafelEisControle, stack);
  gtk_widget_class_bind_template_child (widget_class, TafelEisControle, list_box);
}

static void
tafel_eis_controle_init (TafelEisControle *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_bevinding_free);
  g_signal_connect (self->list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), self);
  tafel_eis_controle_refresh (self);
}

/* ---- public ---------------------------------------------------------------- */

void
tafel_eis_controle_set_model (TafelEisControle  *self,
                              TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_EIS_CONTROLE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->handler, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->handler = g_signal_connect (model, "changed", G_CALLBACK (on_model_changed_cb), self);
  if (self->list_box != NULL)
    tafel_eis_controle_refresh (self);
}

/* Runs the checks now. */
void
tafel_eis_controle_refresh (TafelEisControle *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;

  g_return_if_fail (TAFEL_IS_EIS_CONTROLE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->dirty = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->findings, 0);

  if (self->model != NULL)
    {
      findings = tafel_controle_run (tafel_traject_model_get_store (self->model),
                                     tafel_traject_model_get_traject_id (self->model), &error);
      if (findings == NULL)
        tafel_ui_toast_error (GTK_WIDGET (self), error);
    }

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      TafelBevinding *b = g_ptr_array_index (findings, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (b->melding, -1);
      g_autofree char *subtitle = g_markup_escape_text (soort_label (b->soort), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->list_box, row);
    }
  if (findings != NULL)
    {
      g_ptr_array_extend_and_steal (self->findings, g_steal_pointer (&findings));
    }

  summary = self->findings->len == 0
            ? g_strdup (_("No findings"))
            : g_strdup_printf (ngettext ("%u finding before a final export; activate one to go there",
                                         "%u findings before a final export; activate one to go there",
                                         self->findings->len),
                               self->findings->len);
  gtk_label_set_text (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, self->findings->len > 0 ? "list" : "empty");
}

/* How many findings of @soort (about @eis_id, unless 0) are listed. */
guint
tafel_eis_controle_count (TafelEisControle *self,
                          const char       *soort,
                          gint64            eis_id)
{
  guint n = 0;

  g_return_val_if_fail (TAFEL_IS_EIS_CONTROLE (self), 0);

  for (guint i = 0; i < self->findings->len; i++)
    {
      TafelBevinding *b = g_ptr_array_index (self->findings, i);

      if (g_strcmp0 (b->soort, soort) == 0 && (eis_id == 0 || b->eis_id == eis_id))
        n++;
    }
  return n;
}

GtkListBox *
tafel_eis_controle_get_list_box (TafelEisControle *self)
{
  g_return_val_if_fail (TAFEL_IS_EIS_CONTROLE (self), NULL);
  return self->list_box;
}
