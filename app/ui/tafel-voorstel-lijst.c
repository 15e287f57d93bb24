/* tafel-voorstel-lijst.c: the deelproducten on the Proposals page */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-voorstel-lijst.h"

struct _TafelVoorstelLijst
{
  AdwBin             parent_instance;

  GtkListBox        *list_box;

  TafelTrajectModel *model;
  gint64             sessie_id;
  gint64             selected_id;
  guint              updating;
  guint              counts_idle;
};

enum {
  SELECTED_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark row_id_quark;

G_DEFINE_FINAL_TYPE (TafelVoorstelLijst, tafel_voorstel_lijst, ADW_TYPE_BIN)

static gint64
get_row_id (GtkListBoxRow *row)
{
  return row ? GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (row), row_id_quark)) : 0;
}

static void
set_selected_id (TafelVoorstelLijst *self,
                 gint64              id)
{
  if (self->selected_id == id)
    return;

  self->selected_id = id;
  g_signal_emit (self, signals[SELECTED_CHANGED], 0);
}

/* Adds the organisations that proposed something in @type, per
 * deelproduct, to @proposed, and the decided deelproducten to @decided. */
static void
count_rows (TafelVoorstelLijst *self,
            GType               type,
            GHashTable         *proposed,
            GHashTable         *decided)
{
  GListModel *list = tafel_traject_model_get_list (self->model, type);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) e = g_list_model_get_item (list, i);
      gint64 deelproduct_id = tafel_entity_get_int (e, "deelproduct_id");
      gint64 organisatie_id = tafel_entity_get_int (e, "organisatie_id");
      GHashTable *orgs;

      if (organisatie_id == 0)
        {
          g_hash_table_add (decided, GSIZE_TO_POINTER (deelproduct_id));
          continue;
        }
      if ((self->sessie_id != 0 && tafel_entity_get_int (e, "sessie_id") != self->sessie_id) ||
          tafel_traject_model_lookup (self->model, TAFEL_TYPE_ORGANISATIE, organisatie_id) == NULL)
        continue;

      orgs = g_hash_table_lookup (proposed, GSIZE_TO_POINTER (deelproduct_id));
      if (orgs == NULL)
        {
          orgs = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (proposed, GSIZE_TO_POINTER (deelproduct_id), orgs);
        }
      g_hash_table_add (orgs, GSIZE_TO_POINTER (organisatie_id));
    }
}

static void
update_counts (TafelVoorstelLijst *self)
{
  g_autoptr(GHashTable) proposed = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GHashTable) decided = g_hash_table_new (NULL, NULL);
  GtkListBoxRow *row;

  if (self->model == NULL)
    return;

  count_rows (self, TAFEL_TYPE_INTENSITEIT, proposed, decided);
  count_rows (self, TAFEL_TYPE_MIXREGEL, proposed, decided);
  count_rows (self, TAFEL_TYPE_GROEPSPARAMETERS, proposed, decided);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      gpointer key = GSIZE_TO_POINTER (get_row_id (row));
      GHashTable *orgs = g_hash_table_lookup (proposed, key);
      guint n = orgs ? g_hash_table_size (orgs) : 0;
      gboolean is_decided = g_hash_table_contains (decided, key);
      GtkWidget *icon = g_object_get_data (G_OBJECT (row), "decided-icon");
      g_autofree char *count = n == 0 ? g_strdup (_("No proposals yet"))
                                      : g_strdup_printf (ngettext ("%u organisation proposed",
                                                                   "%u organisations proposed", n), n);
      g_autofree char *subtitle = is_decided ? g_strdup_printf ("%s · %s", count, _("decided")) : g_strdup (count);
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      gtk_widget_set_visible (icon, is_decided);
    }
}

static gboolean
on_counts_idle_cb (gpointer user_data)
{
  TafelVoorstelLijst *self = user_data;

  self->counts_idle = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* Many rows may change at once (an import): count once afterwards. */
static void
queue_counts (TafelVoorstelLijst *self)
{
  if (self->counts_idle == 0)
    self->counts_idle = g_idle_add (on_counts_idle_cb, self);
}

static GtkWidget *
create_row (TafelDeelproduct *deelproduct)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

  gtk_widget_set_tooltip_text (icon, _("Decided"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decided"), -1);
  gtk_widget_add_css_class (icon, "success");
  gtk_widget_set_visible (icon, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "decided-icon", icon);
  g_object_set_qdata (G_OBJECT (row), row_id_quark,
                      GSIZE_TO_POINTER (tafel_entity_get_id (TAFEL_ENTITY (deelproduct))));
  return row;
}

/* Brings the rows in line with the model's list; rows are only made
 * anew when deelproducten were added, removed or moved. */
static void
sync_rows (TafelVoorstelLijst *self)
{
  GListModel *list = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT) : NULL;
  guint n = list ? g_list_model_get_n_items (list) : 0;
  gboolean same = TRUE;
  GtkListBoxRow *row;
  gint64 keep = self->selected_id;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(TafelEntity) e = g_list_model_get_item (list, i);

      same = get_row_id (gtk_list_box_get_row_at_index (self->list_box, i)) == tafel_entity_get_id (e);
    }
  same = same && gtk_list_box_get_row_at_index (self->list_box, n) == NULL;

  if (!same)
    {
      gboolean had_focus = FALSE;
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box));
      self->updating++;
      if (had_focus)
        gtk_root_set_focus (root, NULL);
      while ((row = gtk_list_box_get_row_at_index (self->list_box, 0)) != NULL)
        gtk_list_box_remove (self->list_box, GTK_WIDGET (row));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelDeelproduct) deelproduct = g_list_model_get_item (list, i);

          gtk_list_box_append (self->list_box, create_row (deelproduct));
        }
      self->updating--;

      if (!tafel_voorstel_lijst_select (self, keep))
        {
          row = gtk_list_box_get_row_at_index (self->list_box, 0);
          if (row != NULL)
            gtk_list_box_select_row (self->list_box, row);
          else
            set_selected_id (self, 0);
        }
      row = gtk_list_box_get_selected_row (self->list_box);
      if (had_focus && row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      TafelDeelproduct *deelproduct = tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, get_row_id (row));
      g_autofree char *title = g_markup_escape_text (tafel_deelproduct_get_name (deelproduct), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
    }

  update_counts (self);
}

static void
on_row_selected_cb (GtkListBox         *list_box,
                    GtkListBoxRow      *row,
                    TafelVoorstelLijst *self)
{
  if (self->updating > 0)
    return;

  set_selected_id (self, get_row_id (row));
}

static void
on_deelproducten_changed_cb (TafelTrajectModel  *model,
                             TafelVoorstelLijst *self)
{
  sync_rows (self);
}

static void
on_proposals_changed_cb (TafelTrajectModel  *model,
                         TafelVoorstelLijst *self)
{
  queue_counts (self);
}

static void
tafel_voorstel_lijst_dispose (GObject *object)
{
  TafelVoorstelLijst *self = TAFEL_VOORSTEL_LIJST (object);

  g_clear_handle_id (&self->counts_idle, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_LIJST);

  G_OBJECT_CLASS (tafel_voorstel_lijst_parent_class)->dispose (object);
}

static void
tafel_voorstel_lijst_class_init (TafelVoorstelLijstClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_lijst_dispose;

  signals[SELECTED_CHANGED] =
    g_signal_new ("selected-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  row_id_quark = g_quark_from_static_string ("tafel-voorstel-lijst-id");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-lijst.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelLijst, list_box);
}

static void
tafel_voorstel_lijst_init (TafelVoorstelLijst *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->list_box, "row-selected", G_CALLBACK (on_row_selected_cb), self);
}

void
tafel_voorstel_lijst_set_model (TafelVoorstelLijst *self,
                                TafelTrajectModel  *model)
{
  static const char *const proposals[] = {
    "changed::intensiteit", "changed::mixregel", "changed::groepsparameters", "changed::organisatie",
  };

  g_return_if_fail (TAFEL_IS_VOORSTEL_LIJST (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproducten_changed_cb), self);
      for (guint i = 0; i < G_N_ELEMENTS (proposals); i++)
        g_signal_connect (model, proposals[i], G_CALLBACK (on_proposals_changed_cb), self);
    }

  sync_rows (self);
}

/* Counts the organisations that proposed in session @sessie_id (0: any). */
void
tafel_voorstel_lijst_set_sessie (TafelVoorstelLijst *self,
                                 gint64              sessie_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_LIJST (self));

  self->sessie_id = sessie_id;
  update_counts (self);
}

gint64
tafel_voorstel_lijst_get_selected_id (TafelVoorstelLijst *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_LIJST (self), 0);
  return self->selected_id;
}

gboolean
tafel_voorstel_lijst_select (TafelVoorstelLijst *self,
                             gint64              deelproduct_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_LIJST (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (get_row_id (row) == deelproduct_id && deelproduct_id != 0)
      {
        gtk_list_box_select_row (self->list_box, row);
        set_selected_id (self, deelproduct_id);
        return TRUE;
      }

  return FALSE;
}

/* Selects the next (@delta 1) or previous (-1) deelproduct; FALSE at the
 * end of the list. */
gboolean
tafel_voorstel_lijst_select_relative (TafelVoorstelLijst *self,
                                      int                 delta)
{
  GtkListBoxRow *row;
  GtkListBoxRow *next;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_LIJST (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list_box);
  next = gtk_list_box_get_row_at_index (self->list_box, row ? gtk_list_box_row_get_index (row) + delta : 0);
  if (next == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list_box, next);
  return TRUE;
}

guint
tafel_voorstel_lijst_get_n_rows (TafelVoorstelLijst *self)
{
  guint n = 0;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_LIJST (self), 0);

  while (gtk_list_box_get_row_at_index (self->list_box, n) != NULL)
    n++;
  return n;
}

GtkListBox *
tafel_voorstel_lijst_get_list_box (TafelVoorstelLijst *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_LIJST (self), NULL);
  return self->list_box;
}
