/* tafel-eisen-page.c: the Eisen page, the Programma van Eisen */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-delete-undo.h"
#include "tafel-eis-nummer.h"
#include "tafel-eisen-page.h"
#include "tafel-ui-util.h"

struct _TafelEisenPage
{
  AdwBin             parent_instance;

  AdwLeaflet        *leaflet;
  GtkListBox        *chapter_list;
  GtkLabel          *title_label;
  GtkStack          *view_stack;
  GtkStack          *eisen_stack;
  AdwStatusPage     *empty_page;
  GtkListBox        *eis_list;
  TafelEisQueue     *queue;
  TafelEisControle  *controle;

  TafelTrajectModel *model;
  gulong             handler;
  guint              refresh_id;
  const char        *hoofdstuk;   /* interned: algemeen, kwaliteit, deelproduct */
  gint64             dp_id;
  GHashTable        *rows;        /* eis id → TafelEisRow (a reference) */
  GPtrArray         *gen_rows;    /* rows from the decisions */
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelEisenPage, tafel_eisen_page, ADW_TYPE_BIN)

static gint64
chapter_dp (GtkListBoxRow *row)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (row), "dp-id");
}

static gboolean
eis_in_chapter (TafelEisenPage *self,
                TafelEis       *eis)
{
  return g_strcmp0 (tafel_eis_get_hoofdstuk (eis), self->hoofdstuk) == 0 &&
         tafel_eis_get_deelproduct_id (eis) == self->dp_id;
}

static TafelEisRow *
current_row (TafelEisenPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, TAFEL_TYPE_EIS_ROW) : NULL;

  if (row != NULL && gtk_widget_is_ancestor (row, GTK_WIDGET (self->eis_list)))
    return TAFEL_EIS_ROW (row);
  row = GTK_WIDGET (gtk_list_box_get_selected_row (self->eis_list));
  return row ? TAFEL_EIS_ROW (row) : NULL;
}

static void
update_actions (TafelEisenPage *self)
{
  TafelEisRow *row = current_row (self);
  gboolean stored = row != NULL && !tafel_eis_row_is_generated (row);
  gboolean editing = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "eisen") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eisen.add", self->model != NULL && self->hoofdstuk != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eisen.delete", stored && editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eisen.move-up", stored && editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "eisen.move-down", stored && editing);
}

/* ---- the chapters -------------------------------------------------------- */

static void
add_chapter (TafelEisenPage *self,
             guint           number,
             const char     *hoofdstuk,
             gint64          dp_id,
             const char     *name,
             GHashTable     *counts)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = g_strdup_printf ("%u  %s", number, name);
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, hoofdstuk, dp_id);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *a11y = g_strdup_printf (ngettext ("%s, %u requirement", "%s, %u requirements", n), title, n);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *count_label = gtk_label_new (count);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_object_set_data (G_OBJECT (row), "hoofdstuk", (gpointer) g_intern_string (hoofdstuk));
  g_object_set_data_full (G_OBJECT (row), "dp-id", g_memdup2 (&dp_id, sizeof dp_id), g_free);
  g_object_set_data_full (G_OBJECT (row), "title", g_strdup (title), g_free);
  gtk_list_box_append (self->chapter_list, row);
}

static void
fill_chapters (TafelEisenPage *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *eisen, *dps;
  GtkWidget *child;
  const char *hoofdstuk = self->hoofdstuk;
  gint64 dp_id = self->dp_id;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chapter_list))) != NULL)
    gtk_list_box_remove (self->chapter_list, child);
  if (self->model == NULL)
    return;

  eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);
  for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
    {
      g_autoptr(TafelEis) eis = g_list_model_get_item (eisen, i);
      char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, tafel_eis_get_hoofdstuk (eis),
                                   tafel_eis_get_deelproduct_id (eis));

      g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
    }

  add_chapter (self, 1, "algemeen", 0, _("General"), counts);
  add_chapter (self, 2, "kwaliteit", 0, _("Quality"), counts);
  dps = tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT);
  for (guint i = 0; i < g_list_model_get_n_items (dps); i++)
    {
      g_autoptr(TafelDeelproduct) dp = g_list_model_get_item (dps, i);

      add_chapter (self, i + 3, "deelproduct", tafel_entity_get_id (TAFEL_ENTITY (dp)),
                   tafel_deelproduct_get_name (dp), counts);
    }

  if (hoofdstuk == NULL || !tafel_eisen_page_select_chapter (self, hoofdstuk, dp_id))
    tafel_eisen_page_select_chapter (self, "kwaliteit", 0);
}

/* ---- the requirements of the chapter ------------------------------------- */

static guint
chapter_number (TafelEisenPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->chapter_list);

  return row ? (guint) gtk_list_box_row_get_index (row) + 1 : 0;
}

static GHashTable *
dup_sources (TafelEisenPage *self)
{
  GListModel *bronnen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EISBRON);
  GHashTable *sources = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (bronnen); i++)
    {
      g_autoptr(TafelEisbron) b = g_list_model_get_item (bronnen, i);
      TafelGeeltje *g = tafel_traject_model_lookup (self->model, TAFEL_TYPE_GEELTJE, tafel_eisbron_get_geeltje_id (b));
      gint64 eid = tafel_eisbron_get_eis_id (b);
      GPtrArray *list;

      if (g == NULL)
        continue;
      list = g_hash_table_lookup (sources, &eid);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (sources, g_memdup2 (&eid, sizeof eid), list);
        }
      g_ptr_array_add (list, g);
    }
  return sources;
}

static void
on_row_dropped_cb (TafelEisRow    *target,
                   gint64          id,
                   TafelEisenPage *self);

static GtkWidget *
take_row (TafelEisenPage *self,
          TafelEis       *eis)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
  GtkWidget *row = g_hash_table_lookup (self->rows, &id);

  if (row == NULL)
    {
      row = g_object_ref_sink (tafel_eis_row_new (self->model, eis, FALSE));
      g_signal_connect (row, "dropped", G_CALLBACK (on_row_dropped_cb), self);
      g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
    }
  return row;
}

static void
refresh_now (TafelEisenPage *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) gen_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) generated = NULL;
  g_autoptr(GPtrArray) gen_nummers = NULL;
  g_autoptr(GHashTable) nummers = NULL;
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  GListModel *eisen;
  gboolean same = TRUE;
  TafelEisRow *focus_row;
  GtkWidget *focus = NULL;
  GHashTableIter iter;
  gpointer value;

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->model != NULL && self->hoofdstuk != NULL)
    {
      TafelStore *store = tafel_traject_model_get_store (self->model);

      /* the numbers count the requirements from the decisions first */
      nummers = tafel_eis_nummers_full (store, tafel_traject_model_get_traject_id (self->model),
                                        &generated, &gen_nummers, NULL);
      sources = dup_sources (self);
      eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);

      for (guint s = 1; s <= 9; s++)
        {
          for (guint i = 0; generated != NULL && i < generated->len; i++)
            {
              TafelEis *eis = g_ptr_array_index (generated, i);
              GtkWidget *row;

              if (self->dp_id == 0 || tafel_eis_get_deelproduct_id (eis) != self->dp_id ||
                  tafel_eis_sectie ("deelproduct", tafel_eis_get_aspect (eis)) != s)
                continue;
              if (gen_rows->len < self->gen_rows->len)
                {
                  row = g_object_ref (g_ptr_array_index (self->gen_rows, gen_rows->len));
                  tafel_eis_row_set_generated_text (TAFEL_EIS_ROW (row), tafel_eis_get_tekst (eis));
                }
              else
                row = g_object_ref_sink (tafel_eis_row_new (self->model, eis, TRUE));
              g_ptr_array_add (gen_rows, row);
              tafel_eis_row_set_number (TAFEL_EIS_ROW (row), g_ptr_array_index (gen_nummers, i), s);
              g_ptr_array_add (order, row);
            }

          for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
            {
              g_autoptr(TafelEis) eis = g_list_model_get_item (eisen, i);
              gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
              GtkWidget *row;

              if (!eis_in_chapter (self, eis) || tafel_eis_sectie (self->hoofdstuk, tafel_eis_get_aspect (eis)) != s)
                continue;
              row = take_row (self, eis);
              tafel_eis_row_set_number (TAFEL_EIS_ROW (row), nummers ? g_hash_table_lookup (nummers, &id) : NULL, s);
              tafel_eis_row_set_sources (TAFEL_EIS_ROW (row), g_hash_table_lookup (sources, &id));
              g_hash_table_add (keep, row);
              g_ptr_array_add (order, row);
            }
        }
    }

  for (guint i = 0; same && i <= order->len; i++)
    {
      GtkListBoxRow *have = gtk_list_box_get_row_at_index (self->eis_list, i);

      same = i < order->len ? have == g_ptr_array_index (order, i) : have == NULL;
    }

  if (!same)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *child;

      focus_row = current_row (self);
      focus = root ? gtk_root_get_focus (root) : NULL;
      if (focus == NULL || focus_row == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (focus_row)))
        focus = NULL;
      if (focus != NULL)
        g_object_ref (focus);

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->eis_list))) != NULL)
        gtk_list_box_remove (self->eis_list, child);
      for (guint i = 0; i < order->len; i++)
        gtk_list_box_append (self->eis_list, g_ptr_array_index (order, i));

      if (focus != NULL)
        {
          if (gtk_widget_get_root (focus) != NULL)
            gtk_widget_grab_focus (focus);
          g_object_unref (focus);
        }
    }

  /* rows of requirements that went away or to another chapter */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!g_hash_table_contains (keep, value))
      g_hash_table_iter_remove (&iter);
  g_ptr_array_unref (self->gen_rows);
  self->gen_rows = g_steal_pointer (&gen_rows);

  gtk_list_box_invalidate_headers (self->eis_list);
  gtk_stack_set_visible_child_name (self->eisen_stack, order->len > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_page, _("No requirements in this chapter yet"));
  adw_status_page_set_description (self->empty_page,
                                   self->dp_id != 0
                                   ? _("Write down what providers of this deelproduct must do (a requirement, knock-out) or may offer (a wish, with a weight). The decided intensity, duration and function mix appear here by themselves.")
                                   : _("Write down what every provider must do (a requirement, knock-out) or may offer (a wish, with a weight). Process the sticky notes into requirements in the Processing view."));
  update_actions (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TafelEisenPage *self = data;

  self->refresh_id = 0;
  fill_chapters (self);
  return G_SOURCE_REMOVE;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  TafelEisenPage *self = user_data;
  guint section = tafel_eis_row_get_section (TAFEL_EIS_ROW (row));
  GtkWidget *label;
  g_autofree char *text = NULL;

  if (self->dp_id == 0 || (before != NULL && tafel_eis_row_get_section (TAFEL_EIS_ROW (before)) == section))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  for (guint i = 0; tafel_eis_aspecten[i].id != NULL; i++)
    if (tafel_eis_sectie ("deelproduct", tafel_eis_aspecten[i].id) == section)
      text = g_strdup_printf ("%u.%u  %s", chapter_number (self), section, _(tafel_eis_aspecten[i].label));

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_row_set_header (row, label);
}

/* Moves requirement @eis to index @to among the stored ones of its section. */
static gboolean
move_in_section (TafelEisenPage *self,
                 TafelEis       *eis,
                 int             to,
                 GError        **error)
{
  g_autoptr(GPtrArray) section = g_ptr_array_new ();
  GListModel *eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);
  guint s = tafel_eis_sectie (tafel_eis_get_hoofdstuk (eis), tafel_eis_get_aspect (eis));
  guint from = 0;

  for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
    {
      g_autoptr(TafelEis) other = g_list_model_get_item (eisen, i);

      if (other != eis && eis_in_chapter (self, other) &&
          tafel_eis_sectie (self->hoofdstuk, tafel_eis_get_aspect (other)) == s)
        g_ptr_array_add (section, other);   /* the model keeps it alive */
      else if (other == eis)
        from = section->len;
    }

  if (to < 0 || (guint) to > section->len || (guint) to == from)
    return FALSE;
  g_ptr_array_insert (section, to, eis);
  return tafel_store_reorder (tafel_traject_model_get_store (self->model), section->pdata, section->len, error);
}

static void
focus_row (TafelEisenPage *self,
           gint64          id)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, &id);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->eis_list, GTK_LIST_BOX_ROW (row));
  gtk_widget_grab_focus (row);
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelEisenPage    *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_chapter_selected_cb (GtkListBox     *list,
                        GtkListBoxRow  *row,
                        TafelEisenPage *self)
{
  if (row == NULL)
    return;

  self->hoofdstuk = g_object_get_data (G_OBJECT (row), "hoofdstuk");
  self->dp_id = chapter_dp (row);
  gtk_label_set_text (self->title_label, g_object_get_data (G_OBJECT (row), "title"));
  tafel_eis_queue_set_scope (self->queue, self->dp_id);
  refresh_now (self);
}

static void
on_chapter_activated_cb (GtkListBox     *list,
                         GtkListBoxRow  *row,
                         TafelEisenPage *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->eis_list, 0);

  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  if (g_str_equal (tafel_eisen_page_get_view (self), "verwerken"))
    tafel_eis_queue_focus (self->queue);
  else if (g_str_equal (tafel_eisen_page_get_view (self), "eisen") && first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
on_eis_selected_cb (GtkListBox     *list,
                    GtkListBoxRow  *row,
                    TafelEisenPage *self)
{
  update_actions (self);
}

static void
on_row_dropped_cb (TafelEisRow    *target,
                   gint64          id,
                   TafelEisenPage *self)
{
  TafelEis *eis = tafel_traject_model_lookup (self->model, TAFEL_TYPE_EIS, id);
  TafelEis *at = tafel_eis_row_get_eis (target);
  g_autoptr(GError) error = NULL;
  GListModel *eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);
  int to = 0;

  if (eis == NULL || !eis_in_chapter (self, eis))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  /* dropped in another section: it takes on that aspect */
  if (g_strcmp0 (tafel_eis_get_aspect (eis), tafel_eis_get_aspect (at)) != 0 &&
      !tafel_store_set_string (tafel_traject_model_get_store (self->model), eis, "aspect",
                               tafel_eis_get_aspect (at), &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
    {
      g_autoptr(TafelEis) other = g_list_model_get_item (eisen, i);

      if (other == at)
        break;
      if (other != eis && eis_in_chapter (self, other) &&
          g_strcmp0 (tafel_eis_get_aspect (other), tafel_eis_get_aspect (at)) == 0)
        to++;
    }
  if (!move_in_section (self, eis, to, &error) && error != NULL)
    tafel_ui_toast_error (GTK_WIDGET (self), error);
  refresh_now (self);
  focus_row (self, id);
}

static void
on_finding_activated_cb (TafelEisControle *controle,
                         const char       *soort,
                         gint64            dp_id,
                         gint64            eis_id,
                         TafelEisenPage   *self)
{
  if (eis_id != 0 && tafel_eisen_page_select_eis (self, eis_id))
    return;

  tafel_eisen_page_select_chapter (self, dp_id != 0 ? "deelproduct" : "algemeen", dp_id);
  if (g_strcmp0 (soort, "open") == 0)
    {
      tafel_eisen_page_set_view (self, "verwerken");
      tafel_eis_queue_focus (self->queue);
    }
  else
    tafel_eisen_page_set_view (self, "eisen");
}

static void
on_add_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (widget);
  TafelEisRow *row = current_row (self);
  g_autoptr(TafelEis) eis = NULL;
  g_autoptr(GError) error = NULL;
  const char *aspect = "overig";

  if (self->model == NULL || self->hoofdstuk == NULL)
    return;
  if (row != NULL)
    {
      tafel_eis_row_commit_pending (row);
      aspect = tafel_eis_get_aspect (tafel_eis_row_get_eis (row));
    }

  eis = tafel_eis_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (eis, "hoofdstuk", self->hoofdstuk, "deelproduct-id", self->dp_id,
                "aspect", self->dp_id != 0 ? aspect : "overig", "soort", "eis", NULL);
  if (!tafel_store_insert (tafel_traject_model_get_store (self->model), eis, &error))
    {
      tafel_ui_toast_error (widget, error);
      return;
    }

  tafel_eisen_page_set_view (self, "eisen");
  tafel_eisen_page_refresh (self);
  tafel_eisen_page_select_eis (self, tafel_entity_get_id (TAFEL_ENTITY (eis)));
  row = tafel_eisen_page_find_row (self, tafel_entity_get_id (TAFEL_ENTITY (eis)));
  if (row != NULL)
    tafel_eis_row_focus_text (row);
}

static void
on_restored_cb (GtkWidget *widget,
                gpointer   entity)
{
  tafel_eisen_page_refresh (TAFEL_EISEN_PAGE (widget));
  tafel_eisen_page_select_eis (TAFEL_EISEN_PAGE (widget), tafel_entity_get_id (entity));
}

static void
on_delete_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (widget);
  TafelEisRow *row = current_row (self);
  g_autofree char *message = NULL;
  GtkListBoxRow *next;
  int index;

  if (row == NULL || tafel_eis_row_is_generated (row))
    return;

  tafel_eis_row_commit_pending (row);
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  message = g_strdup_printf (_("Requirement %s deleted"), tafel_eis_row_get_number (row));
  if (!tafel_delete_with_undo (widget, tafel_traject_model_get_store (self->model), tafel_eis_row_get_eis (row),
                               message, on_restored_cb))
    return;

  refresh_now (self);
  next = gtk_list_box_get_row_at_index (self->eis_list, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->eis_list, index - 1);
  if (next != NULL)
    {
      gtk_list_box_select_row (self->eis_list, next);
      gtk_widget_grab_focus (GTK_WIDGET (next));
    }
}

static void
on_move_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (widget);
  TafelEisRow *row = current_row (self);
  int delta = g_str_equal (action_name, "eisen.move-up") ? -1 : 1;
  g_autoptr(GError) error = NULL;
  GListModel *eisen;
  TafelEis *eis;
  int from = 0;

  if (row == NULL || tafel_eis_row_is_generated (row))
    return;

  tafel_eis_row_commit_pending (row);
  eis = tafel_eis_row_get_eis (row);
  eisen = tafel_traject_model_get_list (self->model, TAFEL_TYPE_EIS);
  for (guint i = 0; i < g_list_model_get_n_items (eisen); i++)
    {
      g_autoptr(TafelEis) other = g_list_model_get_item (eisen, i);

      if (other == eis)
        break;
      if (eis_in_chapter (self, other) && g_strcmp0 (tafel_eis_get_aspect (other), tafel_eis_get_aspect (eis)) == 0)
        from++;
    }

  if (!move_in_section (self, eis, from + delta, &error))
    {
      if (error != NULL)
        tafel_ui_toast_error (widget, error);
      else
        gtk_widget_error_bell (widget);   /* the edge of the section */
      return;
    }
  refresh_now (self);
  focus_row (self, tafel_entity_get_id (TAFEL_ENTITY (eis)));
}

static void
on_show_chapters_action_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->chapter_list);

  adw_leaflet_set_visible_child_name (self->leaflet, "chapters");
  gtk_widget_grab_focus (row ? GTK_WIDGET (row) : GTK_WIDGET (self->chapter_list));
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_eisen_page_dispose (GObject *object)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (object);

  tafel_eisen_page_set_model (self, NULL);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->gen_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_EISEN_PAGE);
  self->leaflet = NULL;
  G_OBJECT_CLASS (tafel_eisen_page_parent_class)->dispose (object);
}

static void
tafel_eisen_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_VIEW:
      g_value_set_string (value, tafel_eisen_page_get_view (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_eisen_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TafelEisenPage *self = TAFEL_EISEN_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_eisen_page_set_model (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      tafel_eisen_page_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_eisen_page_class_init (TafelEisenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_eisen_page_dispose;
  object_class->get_property = tafel_eisen_page_get_property;
  object_class->set_property = tafel_eisen_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "eisen",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAFEL_TYPE_EIS_QUEUE);
  g_type_ensure (TAFEL_TYPE_EIS_CONTROLE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-eisen-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, chapter_list);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, eisen_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, eis_list);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, queue);
  gtk_widget_class_bind_template_child (widget_class, TafelEisenPage, controle);

  gtk_widget_class_install_property_action (widget_class, "eisen.view", "view");
  gtk_widget_class_install_action (widget_class, "eisen.add", NULL, on_add_action_cb);
  gtk_widget_class_install_action (widget_class, "eisen.delete", NULL, on_delete_action_cb);
  gtk_widget_class_install_action (widget_class, "eisen.move-up", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "eisen.move-down", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "eisen.show-chapters", NULL, on_show_chapters_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "eisen.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "eisen.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "eisen.move-down", NULL);
}

static void
tafel_eisen_page_init (TafelEisenPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound template child: AdwBin owns it. */
  self->leaflet = ADW_LEAFLET (adw_bin_get_child (ADW_BIN (self)));
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->gen_rows = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_list_box_set_header_func (self->eis_list, header_func, self, NULL);
  g_signal_connect (self->chapter_list, "row-selected", G_CALLBACK (on_chapter_selected_cb), self);
  g_signal_connect (self->chapter_list, "row-activated", G_CALLBACK (on_chapter_activated_cb), self);
  g_signal_connect (self->eis_list, "row-selected", G_CALLBACK (on_eis_selected_cb), self);
  g_signal_connect (self->controle, "finding-activated", G_CALLBACK (on_finding_activated_cb), self);

  /* Delete deletes a requirement only on its row, not while editing text. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("eisen.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->eis_list), shortcuts);

  refresh_now (self);
}

/* ---- public ---------------------------------------------------------------- */

GtkWidget *
tafel_eisen_page_new (void)
{
  return g_object_new (TAFEL_TYPE_EISEN_PAGE, NULL);
}

TafelTrajectModel *
tafel_eisen_page_get_model (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->model;
}

void
tafel_eisen_page_set_model (TafelEisenPage    *self,
                            TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_EISEN_PAGE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->handler, self->model);
  if (self->rows != NULL)
    g_hash_table_remove_all (self->rows);
  if (self->gen_rows != NULL)
    g_ptr_array_set_size (self->gen_rows, 0);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->handler = g_signal_connect (model, "changed", G_CALLBACK (on_model_changed_cb), self);

  if (self->queue != NULL)
    tafel_eis_queue_set_model (self->queue, model);
  if (self->controle != NULL)
    tafel_eis_controle_set_model (self->controle, model);
  if (self->chapter_list != NULL)
    {
      self->hoofdstuk = NULL;
      self->dp_id = 0;
      fill_chapters (self);
      refresh_now (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gboolean
tafel_eisen_page_select_chapter (TafelEisenPage *self,
                                 const char     *hoofdstuk,
                                 gint64          deelproduct_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->chapter_list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "hoofdstuk"), hoofdstuk) == 0 &&
        chapter_dp (row) == deelproduct_id)
      {
        if (gtk_list_box_get_selected_row (self->chapter_list) == row)
          refresh_now (self);
        else
          gtk_list_box_select_row (self->chapter_list, row);
        return TRUE;
      }
  return FALSE;
}

/* Shows requirement @eis_id in its chapter, selected and focused. */
gboolean
tafel_eisen_page_select_eis (TafelEisenPage *self,
                             gint64          eis_id)
{
  TafelEis *eis;

  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), FALSE);

  if (self->model == NULL ||
      (eis = tafel_traject_model_lookup (self->model, TAFEL_TYPE_EIS, eis_id)) == NULL ||
      !tafel_eisen_page_select_chapter (self, tafel_eis_get_hoofdstuk (eis), tafel_eis_get_deelproduct_id (eis)))
    return FALSE;

  tafel_eisen_page_set_view (self, "eisen");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  focus_row (self, eis_id);
  return g_hash_table_lookup (self->rows, &eis_id) != NULL;
}

TafelEisRow *
tafel_eisen_page_find_row (TafelEisenPage *self,
                           gint64          eis_id)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return g_hash_table_lookup (self->rows, &eis_id);
}

/* Follows the model now instead of when the main loop is idle. */
void
tafel_eisen_page_refresh (TafelEisenPage *self)
{
  g_return_if_fail (TAFEL_IS_EISEN_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  fill_chapters (self);
}

void
tafel_eisen_page_set_view (TafelEisenPage *self,
                           const char     *view)
{
  g_return_if_fail (TAFEL_IS_EISEN_PAGE (self));

  if (view == NULL || g_strcmp0 (view, tafel_eisen_page_get_view (self)) == 0)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, view);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const char *
tafel_eisen_page_get_view (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->view_stack ? gtk_stack_get_visible_child_name (self->view_stack) : "eisen";
}

GtkListBox *
tafel_eisen_page_get_eis_list (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->eis_list;
}

GtkListBox *
tafel_eisen_page_get_chapter_list (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->chapter_list;
}

TafelEisQueue *
tafel_eisen_page_get_queue (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->queue;
}

TafelEisControle *
tafel_eisen_page_get_controle (TafelEisenPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EISEN_PAGE (self), NULL);
  return self->controle;
}
